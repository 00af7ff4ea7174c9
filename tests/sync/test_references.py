"""Authority on every reference and every claim: a validly enrolled unit, signing with its own
keys, writes rows owned by its own employees that point at another unit's documents, claims to
have seen an approval it never had, or sends a full package in the central's name. Each is
rejected (or held) with its reason and nothing else changes at the central."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from tests.sync.conftest import Net, add_skp, table_counts
from tests.sync.forge import FIELD_INDEX, TABLE_INDEX, build, lines

from asn_desktop.db.models import Evaluasi, LogHarian, Pegawai, Rhk, RiwayatDokumen, Skp
from asn_desktop.errors import PackageRejected
from asn_desktop.services import sync_service as svc
from asn_desktop.sync.scope import raw


def _b_docs(net: Net) -> dict[str, Any]:
    """Unit B's approved SKP, known at the central."""
    ids = add_skp(net.units["3673.B"], net.org.people["staf_b1"], status="DISETUJUI")
    net.sync_unit("3673.B")
    return ids


def _rejected(net: Net) -> str:
    a, c = net.units["3673.A"], net.central
    before = table_counts(c)
    with pytest.raises(PackageRejected) as exc:
        net.recv(c, net.send(a, c))
    assert table_counts(c) == before  # nothing changed
    return str(exc.value)


def _identity(ws: Any, pegawai_id: str) -> dict[str, Any]:
    with ws.db.Session() as s:
        p = s.get_one(Pegawai, pegawai_id)
        return {"pegawai_id": p.id, "nama": p.nama, "nip": p.nip}


def test_evaluation_of_own_employee_pointing_at_another_units_skp(net: Net) -> None:
    b = _b_docs(net)
    a = net.units["3673.A"]
    with a.session() as s:
        snap = {"versi": 1, "pegawai": _identity(net.central, net.org.people["staf_b1"]),
                "penilai": None, "atasan_penilai": None}
        snap["pegawai"]["pegawai_id"] = net.org.people["staf_a1"]
        s.add(Evaluasi(skp_id=b["skp"], pegawai_id=net.org.people["staf_a1"],
                       periode_kode="2026-TW1", status="DISETUJUI", predikat="Sangat Baik",
                       identitas_json=json.dumps(snap)))
    assert "SKP milik pegawai lain" in _rejected(net)


def test_identity_snapshot_copied_from_another_units_employee(net: Net) -> None:
    a = net.units["3673.A"]
    ids = add_skp(a, net.org.people["staf_a1"])
    net.sync_unit("3673.A")
    forged = _identity(net.central, net.org.people["staf_b1"])
    forged["pegawai_id"] = net.org.people["staf_a1"]  # the right id, someone else's NIP/name
    with a.session() as s:
        e = s.get_one(Evaluasi, ids["evaluasi"])
        e.identitas_json = json.dumps({"versi": 1, "pegawai": forged, "penilai": None,
                                       "atasan_penilai": None})
    assert "identitas" in _rejected(net)


def test_history_entry_on_another_units_skp(net: Net) -> None:
    b = _b_docs(net)
    with net.units["3673.A"].session() as s:
        s.add(RiwayatDokumen(dokumen="skp", dokumen_id=b["skp"],
                             pegawai_id=net.org.people["staf_a1"], aksi="DISETUJUI",
                             waktu="2026-03-01T08:00:00"))
    assert "riwayat_dokumen" in _rejected(net)


def test_log_booked_to_another_units_rhk(net: Net) -> None:
    b = _b_docs(net)
    with net.units["3673.A"].session() as s:
        s.add(LogHarian(pegawai_id=net.org.people["staf_a1"], tanggal=date(2026, 3, 2),
                        uraian="Kegiatan", rhk_id=b["rhk"][0]))
    assert "log_harian" in _rejected(net)


def test_rhk_intervening_in_an_rhk_of_someone_not_the_atasan(net: Net) -> None:
    b = _b_docs(net)
    a = net.units["3673.A"]
    ids = add_skp(a, net.org.people["staf_a1"])
    with a.session() as s:
        s.get_one(Rhk, ids["rhk"][0]).rhk_atasan_id = b["rhk"][0]
    assert "bukan atasannya" in _rejected(net)


def test_honest_references_still_apply(net: Net) -> None:
    """An RHK intervening in the atasan's RHK (in the unit, or the sekda's at the central),
    logs on the employee's own RHK, history on the employee's own SKP."""
    a = net.units["3673.A"]
    sekda = add_skp(net.central, net.org.people["sekda"], status="DISETUJUI")
    net.sync_unit("3673.A")  # the sekda's SKP reaches the unit as the atasan chain's
    kepala = add_skp(a, net.org.people["kepala_a"])
    ids = add_skp(a, net.org.people["staf_a1"])
    with a.session() as s:
        s.get_one(Rhk, kepala["rhk"][0]).rhk_atasan_id = sekda["rhk"][0]
        s.get_one(Rhk, ids["rhk"][0]).rhk_atasan_id = kepala["rhk"][0]
        s.add(LogHarian(pegawai_id=net.org.people["staf_a1"], tanggal=date(2026, 3, 2),
                        uraian="Kegiatan", rhk_id=ids["rhk"][0]))
        s.add(RiwayatDokumen(dokumen="skp", dokumen_id=ids["skp"],
                             pegawai_id=net.org.people["staf_a1"], aksi="DIAJUKAN",
                             waktu="2026-03-01T08:00:00"))
    net.sync_unit("3673.A")
    with net.central.db.Session() as s:
        assert s.get_one(Rhk, kepala["rhk"][0]).rhk_atasan_id == sekda["rhk"][0]
        assert s.get_one(Rhk, ids["rhk"][0]).rhk_atasan_id == kepala["rhk"][0]
    assert net.converged()


def _approved_at_central(net: Net) -> tuple[dict[str, Any], int]:
    """A's SKP, approved at the central; the unit has not heard of it."""
    ids = add_skp(net.units["3673.A"], net.org.people["staf_a1"])
    net.sync_unit("3673.A")
    with net.central.session() as s:
        s.get_one(Skp, ids["skp"]).status = "DISETUJUI"
    with net.central.db.Session() as s:
        (h,) = raw(s).execute("SELECT MAX(hlc) FROM change_log WHERE tbl = 'skp' AND "
                              "row_id = ? AND field = 'status'", (ids["skp"],)).fetchone()
    return ids, int(h)


def _one_change(net: Net, tmp: Path, skp: str, node: str, seen: tuple[int, str] | None,
                kind: str = "delta") -> Path:
    a, c = net.units["3673.A"], net.central
    head = lines([])[0][0]
    nodes = [a.info.node_id] + ([c.info.node_id] if c.info.node_id in (node, *(seen or ())) else [])
    hlc = a.db.context.hlc()
    if seen is not None:
        # written after what it claims to have seen, even when both fall in one millisecond
        hlc = max(hlc, seen[0] + 1)
    item: list[Any] = [FIELD_INDEX[("skp", "catatan")], "Diubah diam-diam", hlc,
                       nodes.index(node)]
    if seen is not None:
        item += [None, None, [hlc - seen[0], nodes.index(seen[1])]]
    objs = [head, *({"t": "dict", "k": "n", "v": n} for n in nodes),
            [TABLE_INDEX["skp"], skp, [item]], {"t": "end", "groups": 1, "changes": 1}]
    return build(tmp / f"paket-{kind}.asnpkg", a, c, objs=objs, counts={"skp": 1}, changes=1,
                 kind=kind)


def test_a_seen_claim_for_a_version_never_held_is_not_believed(net: Net, tmp_path: Path) -> None:
    ids, approved = _approved_at_central(net)
    c = net.central
    forged = _one_change(net, tmp_path, ids["skp"], net.units["3673.A"].info.node_id,
                         (approved + 1, c.info.node_id))  # "I had seen a later approval"
    net.recv(c, forged)
    with c.db.Session() as s:
        assert s.get_one(Skp, ids["skp"]).catatan != "Diubah diam-diam"  # held, not applied
    assert [k for k in svc.conflicts(c) if k.pemenang == "held" and k.kolom == "catatan"]


def test_a_full_package_cannot_carry_changes_in_the_centrals_name(net: Net,
                                                                  tmp_path: Path) -> None:
    ids = add_skp(net.units["3673.A"], net.org.people["staf_a1"])
    net.sync_unit("3673.A")
    c = net.central
    before = table_counts(c)
    with pytest.raises(PackageRejected, match="atas nama instalasi lain"):
        net.recv(c, _one_change(net, tmp_path, ids["skp"], c.info.node_id, None, kind="full"))
    assert table_counts(c) == before


def test_a_units_change_outside_its_authority_is_said_at_export(net: Net,
                                                                 tmp_path: Path) -> None:
    """The application never lets a unit write master data; a data file edited around that
    (an employee's name, central-owned) is not sent, and the unit's export says so rather
    than report nothing left to send."""
    a = net.units["3673.A"]
    pid = net.org.people["staf_a1"]
    res = svc.export(a, tmp_path / "biasa")
    assert res.di_luar_wewenang == 0 and "wewenang" not in res.ringkasan
    with a.session() as s:
        s.get_one(Pegawai, pid).nama = "Nama Diubah Di Unit"
    ids = add_skp(a, pid)  # and ordinary work beside it, which is sent
    res = svc.export(a, tmp_path / "luar")
    assert res.di_luar_wewenang == 1 and "1 perubahan" in res.ringkasan
    assert "di luar wewenang unit ini" in res.ringkasan
    net.recv(net.central, res.files[0].path)
    with net.central.db.Session() as s:
        assert s.get_one(Pegawai, pid).nama != "Nama Diubah Di Unit"
        assert s.get(Skp, ids["skp"]) is not None
    # once the central has confirmed that range, the same edit is not said again
    net.recv(a, net.send(net.central, a))
    assert svc.export(a, tmp_path / "lagi").di_luar_wewenang == 0
