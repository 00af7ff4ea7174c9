"""A unit's complaint numbers issued twice (after a restore, the lost ones given back) are
made one again: the later numbered gets a new number, at the unit only, in its own series."""

from __future__ import annotations

from datetime import date

from asn_desktop.db.models_pelayanan import Pengaduan
from asn_desktop.services import pengaduan
from asn_desktop.services.workspace import Workspace

from .conftest import Org, unit_session


def _adu(s: object, unit: str, nomor: str) -> str:
    row = Pengaduan(unit_id=unit, nomor=nomor, tanggal=date(2026, 11, 2), uraian=nomor)
    s.add(row)  # type: ignore[attr-defined]
    s.flush()  # type: ignore[attr-defined]
    return row.id


def test_the_later_of_two_with_one_number_gets_a_new_one(ws: Workspace, org: Org) -> None:
    with unit_session(ws, org.disdik) as s:
        first = _adu(s, org.disdik, "ADU/DISDIK/2026/0001")
        _adu(s, org.disdik, "ADU/DISDIK/2026/0002")
    with unit_session(ws, org.disdik) as s:
        later = _adu(s, org.disdik, "ADU/DISDIK/2026/0001")
        typed = [_adu(s, org.disdik, "LAPOR-123"), _adu(s, org.disdik, "LAPOR-123")]
        central = [_adu(s, org.disdik, "ADU/DISDIK/2026/P0001") for _ in range(2)]
    with unit_session(ws, org.dinkes) as s:  # another unit: nothing of disdik's is its own
        assert pengaduan.nomor_ganda_diganti(s) == []
    with ws.session() as s:  # the central never renumbers a unit's complaints
        assert pengaduan.nomor_ganda_diganti(s) == []
    with unit_session(ws, org.disdik) as s:
        assert pengaduan.nomor_ganda_diganti(s) == [("ADU/DISDIK/2026/0001",
                                                       "ADU/DISDIK/2026/0006")]
        assert pengaduan.nomor_ganda_diganti(s) == []
        got = {i: s.get_one(Pengaduan, i).nomor for i in (first, later, *typed, *central)}
    assert got[first] == "ADU/DISDIK/2026/0001" and got[later] == "ADU/DISDIK/2026/0006"
    assert {got[i] for i in typed} == {"LAPOR-123"}  # typed numbers are left alone
    assert {got[i] for i in central} == {"ADU/DISDIK/2026/P0001"}
