"""Values are checked by meaning, not only by type: a date that is not on the calendar, a member
the application never writes, a number outside what the domain allows rejects the whole package,
with the table and column named; the application's own (demo) data passes and round-trips."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from tests.sync.conftest import Net, table_counts
from tests.sync.forge import build, lines

from asn_desktop import paths as paths_mod
from asn_desktop.errors import PackageRejected
from asn_desktop.services import sync_service as svc
from asn_desktop.services.demo import fill_demo
from asn_desktop.services.enrol import init_from_setup
from asn_desktop.services.workspace import Workspace, init_workspace
from asn_desktop.sync import schema
from asn_desktop.sync.scope import raw

# name -> (table, column, bad value, good value, other fields of the row)
CASES: dict[str, tuple[str, str, Any, Any, dict[str, Any]]] = {
    "tanggal yang tidak ada": ("log_harian", "tanggal", "2026-02-31", "2026-02-28",
                               {"uraian": "Rapat"}),
    "bulan ke-13": ("umpan_balik", "tanggal", "2026-13-01", "2026-12-01", {"isi": "Baik"}),
    "status di luar pilihan": ("skp", "status", "SELESAI", "DRAFT", {"tahun": 2026}),
    "rating di luar pilihan": ("evaluasi", "rating_hasil_kerja", "LUAR BIASA",
                               "SESUAI_EKSPEKTASI", {"periode_kode": "2026-TW1"}),
    "kode periode yang tidak ada": ("evaluasi", "periode_kode", "2026-TW5", "2026-TW4", {}),
    "jumlah negatif": ("log_harian", "kuantitas", -3.0, 3.0, {"uraian": "Surat"}),
    "tahun di luar rentang": ("skp", "tahun", 20260, 2026, {}),
    "tanda hapus bukan 0/1": ("log_harian", "deleted", 2, 1, {"uraian": "Surat"}),
}


def _package(net: Net, tmp: Path, tbl: str, fields: dict[str, Any]) -> Path:
    """A package from unit A with one new row of ``tbl`` for its own employee."""
    a = net.units["3673.A"]
    row = {"pegawai_id": net.org.people["staf_a1"], **fields}
    h = a.db.context.hlc()
    objs, counts, n = lines([(tbl, uuid.uuid4().hex,
                              [(f, v, h + i, a.info.node_id) for i, (f, v) in
                               enumerate(row.items())])])
    return build(tmp / f"{uuid.uuid4().hex[:8]}.asnpkg", a, net.central, objs=objs,
                 counts=counts, changes=n)


@pytest.mark.parametrize("name", list(CASES))
def test_value_without_meaning_rejects_the_package(net: Net, tmp_path: Path, name: str) -> None:
    tbl, col, bad, _good, other = CASES[name]
    path = _package(net, tmp_path, tbl, {**other, col: bad})
    before = (net.fp(net.central), table_counts(net.central))
    with pytest.raises(PackageRejected) as info:
        svc.import_package(net.central, path)
    assert info.value.reason == "value_type"
    message = info.value.message
    assert f"Nilai {tbl}.{col} di dalam paket tidak sah" in message, message
    assert str(bad) in message and "\n" not in message
    assert (net.fp(net.central), table_counts(net.central)) == before
    assert not list((net.central.paths.data_dir / "paket-masuk").glob("*.part"))


@pytest.mark.parametrize("name", list(CASES))
def test_the_good_twin_is_applied(net: Net, tmp_path: Path, name: str) -> None:
    """The same row with a sound value goes in, so each case tests only its value."""
    tbl, col, _bad, good, other = CASES[name]
    r = svc.import_package(net.central, _package(net, tmp_path, tbl, {**other, col: good}))
    assert r.diterapkan == len(other) + 2


def _all_values_pass(ws: Workspace) -> set[tuple[str, str]]:
    """Every value this installation ever wrote passes its column's check; returns the
    columns seen."""
    seen: set[tuple[str, str]] = set()
    with ws.db.Session() as s:
        for tbl, fld, value in raw(s).execute("SELECT tbl, field, value FROM change_log"):
            spec = schema.TABLES[tbl].fields[fld]
            spec.check(schema.encode_value(spec, value))  # raises ValueError if not
            seen.add((tbl, fld))
    return seen


def test_demo_data_passes_every_check_and_round_trips(tmp_path: Path) -> None:
    today = date(2026, 11, 20)
    central = init_workspace(paths_mod.resolve(tmp_path / "pusat"), "central", "BKPSDM")
    unit: Workspace | None = None
    try:
        fill_demo(central, employees=80, seed=3, tahun=2026, today=today)
        inv = svc.invite(central, "3673.DINKES", tmp_path / "undangan.asnsetup")
        unit = init_from_setup(paths_mod.resolve(tmp_path / "dinkes"), inv.path, inv.kode)
        fill_demo(unit, employees=15, seed=4, tahun=2026, today=today)
        up = svc.export(unit, tmp_path / "naik").files[0].path
        assert svc.import_package(central, up).diterapkan > 0
        down = svc.export(central, tmp_path / "turun", unit_kode="3673.DINKES").files[0].path
        svc.import_package(unit, down)
        assert svc.fingerprint(unit, "3673.DINKES") == svc.fingerprint(central, "3673.DINKES")
        seen = _all_values_pass(central) | _all_values_pass(unit)
    finally:
        central.close()
        if unit is not None:
            unit.close()
    # every kind of check met real data
    dates = {(t, f) for t, spec in schema.TABLES.items() for f, fs in spec.fields.items()
             if fs.kind == "date"}
    for ruled in (schema.MEMBERS, schema.PERIODE_KODE, schema.TIMESTAMP, schema.RANGES, dates):
        assert seen & set(ruled), ruled
    assert {("skp", "status"), ("evaluasi", "periode_kode"), ("indikator", "target_nilai"),
            ("log_harian", "tanggal")} <= seen
