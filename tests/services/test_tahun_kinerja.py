"""Opening a performance year with its periods, and the list of years."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from asn_desktop.db.models import OrgUnit, Periode, TahunKinerja
from asn_desktop.domain.periods import Frekuensi
from asn_desktop.errors import PermissionError_, ValidationError
from asn_desktop.services import skp as skp_svc
from asn_desktop.services import tahun_kinerja as svc
from asn_desktop.services.workspace import Workspace

from .conftest import TAHUN, Org, approved_skp, unit_session


def _kodes(ws: Workspace, tahun: int) -> list[str]:
    with ws.db.Session() as s:
        return sorted(s.scalars(select(Periode.kode).where(Periode.tahun == tahun)))


def test_buka_tahun_creates_year_and_periods(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        row = svc.buka_tahun(s, TAHUN + 1, Frekuensi.SEMESTERAN)
    assert (row.tahun, row.frekuensi, row.dibuka) == (TAHUN + 1, "SEMESTERAN", True)
    assert (row.jumlah_periode, row.jumlah_skp, row.skp_disetujui) == (3, 0, 0)
    assert _kodes(ws, TAHUN + 1) == [f"{TAHUN + 1}-SM-AKHIR", f"{TAHUN + 1}-SM1",
                                     f"{TAHUN + 1}-SM2"]
    with ws.db.Session() as s:
        tk = s.scalars(select(TahunKinerja).where(TahunKinerja.tahun == TAHUN + 1)).one()
        assert (tk.frekuensi, tk.dibuka) == ("SEMESTERAN", True)


def test_units_with_their_own_frequency_get_their_periods(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        s.get_one(OrgUnit, org.dinkes).frekuensi_evaluasi = "BULANAN"
        row = svc.buka_tahun(s, TAHUN, Frekuensi.TRIWULANAN)
    assert row.jumlah_periode == 4 + 13
    assert f"{TAHUN}-BL07" in _kodes(ws, TAHUN) and f"{TAHUN}-TW3" in _kodes(ws, TAHUN)


def test_an_opened_year_is_refused(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        svc.buka_tahun(s, TAHUN, Frekuensi.TRIWULANAN)
    with ws.session() as s, pytest.raises(ValidationError, match="sudah dibuka") as same:
        svc.buka_tahun(s, TAHUN, Frekuensi.TRIWULANAN)
    assert "triwulanan" in same.value.message and "bukan" not in same.value.message
    with ws.session() as s, pytest.raises(ValidationError, match="bukan semesteran") as other:
        svc.buka_tahun(s, TAHUN, Frekuensi.SEMESTERAN)
    assert other.value.field == "frekuensi"
    with ws.db.Session() as s:
        assert s.scalar(select(func.count()).select_from(TahunKinerja)) == 1
        assert s.scalar(select(TahunKinerja.frekuensi)) == "TRIWULANAN"
    assert len(_kodes(ws, TAHUN)) == 4


@pytest.mark.parametrize("tahun", [1899, 3000])
def test_years_outside_the_range_are_refused(ws: Workspace, org: Org, tahun: int) -> None:
    with ws.session() as s, pytest.raises(ValidationError, match="rentang 1900–2999"):
        svc.buka_tahun(s, tahun, Frekuensi.TRIWULANAN)
    with ws.db.Session() as s:
        assert s.scalar(select(func.count()).select_from(TahunKinerja)) == 0


def test_unknown_frequency_is_refused(ws: Workspace, org: Org) -> None:
    with ws.session() as s, pytest.raises(ValidationError, match="bulanan, triwulanan"):
        svc.buka_tahun(s, TAHUN, "TAHUNAN")  # type: ignore[arg-type]


def test_a_unit_installation_may_not_open_a_year(ws: Workspace, org: Org) -> None:
    with unit_session(ws, org.disdik) as s, pytest.raises(PermissionError_):
        svc.buka_tahun(s, TAHUN, Frekuensi.TRIWULANAN)


def test_daftar_tahun_counts_periods_and_skp(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        svc.buka_tahun(s, TAHUN, Frekuensi.TRIWULANAN)
        svc.buka_tahun(s, TAHUN + 1, Frekuensi.BULANAN)
        approved_skp(s, org.kabid)
        approved_skp(s, org.staf1)
        skp_svc.create_skp(s, org.staf2, TAHUN)
        draft = skp_svc.create_skp(s, org.pppk, TAHUN)
        skp_svc.delete_skp(s, draft)
    with ws.db.Session() as s:
        rows = svc.daftar_tahun(s)
    assert [(r.tahun, r.frekuensi, r.jumlah_periode, r.jumlah_skp, r.skp_disetujui)
            for r in rows] == [(TAHUN + 1, "BULANAN", 13, 0, 0),
                               (TAHUN, "TRIWULANAN", 4, 3, 2)]
