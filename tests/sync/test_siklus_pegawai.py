"""Employee lifecycle across installations: a berhenti recorded at the central, and the placement
history of a mutasi, reach the units; the history is the central's own (a unit's package that
writes it is rejected whole), and only the central records a berhenti."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from tests.sync.conftest import Net
from tests.sync.forge import build, lines

from asn_desktop.db.models import Pegawai, RiwayatPenempatan
from asn_desktop.domain.siklus_pegawai import AlasanBerhenti
from asn_desktop.errors import PackageRejected, PermissionError_
from asn_desktop.services import mutasi, siklus_pegawai
from asn_desktop.services import sync_service as svc
from asn_desktop.services.workspace import Workspace

HARI = date(2026, 6, 30)


def _nip(net: Net, key: str) -> str:
    with net.central.db.Session() as s:
        return s.get_one(Pegawai, net.org.people[key]).nip


def _riwayat(ws: Workspace, pid: str) -> list[tuple[str, str]]:
    with ws.db.Session() as s:
        return [(r.peristiwa, r.unit_kode)
                for r in siklus_pegawai.riwayat_penempatan(s, pid)]


def _n_riwayat(ws: Workspace) -> int:
    with ws.db.Session() as s:
        return int(s.scalar(select(func.count()).select_from(RiwayatPenempatan)) or 0)


def test_berhenti_and_mutasi_history_reach_the_units(net: Net) -> None:
    a, b, c = net.units["3673.A"], net.units["3673.B"], net.units["3673.C"]
    staf_a1, staf_b1 = net.org.people["staf_a1"], net.org.people["staf_b1"]
    with net.central.session() as s:
        mutasi.pindah(s, _nip(net, "staf_b1"), "3673.C", tmt=date(2026, 3, 1))
        h = siklus_pegawai.berhenti(s, _nip(net, "staf_a1"), AlasanBerhenti.MENINGGAL, HARI,
                                    "Akta kematian 12/2026")
    assert h.bawahan_tanpa_atasan == []
    net.sync_all(rounds=2)
    with a.db.Session() as s:
        p = s.get_one(Pegawai, staf_a1)
        assert (p.aktif, p.alasan_berhenti, p.tanggal_berhenti) == (False, "MENINGGAL", HARI)
        rows = siklus_pegawai.riwayat_penempatan(s, staf_a1)
    assert [(r.peristiwa, r.tmt) for r in rows] == [("BERHENTI", HARI)]
    assert rows[0].catatan == "Meninggal dunia; Akta kematian 12/2026"
    assert _riwayat(c, staf_b1) == [("MUTASI", "3673.C")]  # the new unit has the history
    assert _riwayat(c, staf_b1) == _riwayat(net.central, staf_b1)
    with b.db.Session() as s:  # the old unit learns of the move
        assert s.get_one(Pegawai, staf_b1).unit_id == net.org.units["3673.C"]
    assert net.converged()
    with net.central.session() as s:  # and the undo travels the same way
        siklus_pegawai.pulihkan(s, _nip(net, "staf_a1"))
    net.sync_all(rounds=1)
    with a.db.Session() as s:
        assert s.get_one(Pegawai, staf_a1).aktif
    assert [e for e, _ in _riwayat(a, staf_a1)] == ["PULIH", "BERHENTI"]
    assert net.converged()


def test_only_the_central_records_a_berhenti(net: Net) -> None:
    a = net.units["3673.A"]
    with a.session() as s, pytest.raises(PermissionError_, match="pusat"):
        siklus_pegawai.berhenti(s, _nip(net, "staf_a1"), AlasanBerhenti.PENSIUN, HARI)
    with a.session() as s, pytest.raises(PermissionError_, match="pusat"):
        siklus_pegawai.pulihkan(s, _nip(net, "staf_a1"))


def test_a_unit_cannot_forge_placement_history(net: Net, tmp_path: Path) -> None:
    """Unit A's own, validly signed package writing a history row for its own employee: the
    table is the central's, so the whole package is rejected and nothing changes."""
    a, c = net.units["3673.A"], net.central
    node, h = a.info.node_id, a.db.context.hlc()
    fields = {"pegawai_id": net.org.people["staf_a1"], "unit_id": net.org.units["3673.A.1"],
              "peristiwa": "PULIH", "catatan": "Dipulihkan sendiri",
              "waktu": "2026-07-01T08:00:00.000000"}
    objs, counts, n = lines([("riwayat_penempatan", uuid.uuid4().hex,
                              [(f, v, h + i, node) for i, (f, v) in enumerate(fields.items())])])
    paket = build(tmp_path / "palsu.asnpkg", a, c, objs=objs, counts=counts, changes=n)
    before, fp = _n_riwayat(c), net.fp(c)
    with pytest.raises(PackageRejected) as info:
        svc.import_package(c, paket, backup=False)
    assert info.value.reason == "outside_authority"
    assert "riwayat_penempatan" in info.value.message and "pusat" in info.value.message
    assert _n_riwayat(c) == before and net.fp(c) == fp
