"""A unit installation writes appraisal data only for employees placed in its subtree, and
never master data."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy.orm import Session

from asn_desktop.domain.jabatan import Aspek
from asn_desktop.errors import PermissionError_
from asn_desktop.services import evaluasi, log_harian, pengaturan, skp, umpan_balik
from asn_desktop.services.authority import require_appraisal_scope, scope_unit_ids
from asn_desktop.services.workspace import Workspace

from .conftest import TAHUN, Org, approved_skp, fill_skp, unit_info


def test_scope(ws: Workspace, org: Org) -> None:
    with ws.db.session() as s:
        assert scope_unit_ids(s, None) is None
        assert scope_unit_ids(s, ws.info) is None
        assert scope_unit_ids(s, unit_info(ws, org.disdik)) == {org.disdik, org.bidang}
        require_appraisal_scope(s, unit_info(ws, org.disdik), org.staf1)
        with pytest.raises(PermissionError_):
            require_appraisal_scope(s, unit_info(ws, org.bidang), org.kadis)


def test_unit_writes_inside_its_subtree(ws: Workspace, org: Org) -> None:
    info = unit_info(ws, org.disdik)
    with ws.db.session() as s:
        kabid_skp = approved_skp(s, org.kabid)
        sid = skp.create_skp(s, org.staf1, TAHUN, info=info)
        rid = skp.add_rhk(s, sid, skp.RhkInput("RHK", rhk_atasan_id=skp.get_skp(
            s, kabid_skp).utama[0].id), info=info)
        skp.add_indikator(s, rid, skp.IndikatorInput("IKI", Aspek.KUANTITAS, 1, "Dok"),
                          info=info)
        skp.ajukan(s, sid, info=info)
        skp.setujui(s, sid, info=info)
        e = evaluasi.open_evaluasi(s, sid, f"{TAHUN}-TW1", info=info)
        evaluasi.set_ratings(s, e, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", info=info)
        evaluasi.set_capaian_unit(s, org.bidang, f"{TAHUN}-TW1", "BAIK", info=info)
        log_harian.add_log(s, org.staf1, log_harian.LogInput(date(TAHUN, 2, 1), "x", rid),
                           info=info)
        umpan_balik.add_umpan_balik(s, umpan_balik.UmpanBalikInput(
            org.staf1, org.kabid, umpan_balik.Peran.ATASAN, "Bagus", date(TAHUN, 2, 1)),
            info=info)
        umpan_balik.create_forum(s, umpan_balik.ForumInput(org.bidang, date(TAHUN, 3, 1),
                                                           "Forum"), info=info)


def test_unit_refused_outside_its_subtree(ws: Workspace, org: Org) -> None:
    info = unit_info(ws, org.dinkes)
    with ws.db.session() as s:
        draft = skp.create_skp(s, org.staf1, TAHUN)
        rid = fill_skp(s, draft, 1)[0]
        iid = skp.get_skp(s, draft).utama[0].indikator[0].id
        done = approved_skp(s, org.staf2)
        e = evaluasi.open_evaluasi(s, done, f"{TAHUN}-TW1")
        lid = log_harian.add_log(s, org.staf2, log_harian.LogInput(date(TAHUN, 2, 1), "x"))
        fb = umpan_balik.add_umpan_balik(s, umpan_balik.UmpanBalikInput(
            org.staf1, org.staf2, umpan_balik.Peran.REKAN, "Bagus", date(TAHUN, 2, 1)))
        forum = umpan_balik.create_forum(s, umpan_balik.ForumInput(
            org.bidang, date(TAHUN, 3, 1), "Forum"))
        writes: list[Callable[[Session], object]] = [
            lambda s: skp.create_skp(s, org.pppk, TAHUN, info=info),
            lambda s: skp.add_rhk(s, draft, skp.RhkInput("x"), info=info),
            lambda s: skp.update_rhk(s, rid, skp.RhkInput("x"), info=info),
            lambda s: skp.delete_rhk(s, rid, info=info),
            lambda s: skp.add_indikator(s, rid, skp.IndikatorInput("x"), info=info),
            lambda s: skp.delete_indikator(s, iid, info=info),
            lambda s: skp.set_ekspektasi(s, draft, "loyal", "x", info=info),
            lambda s: skp.ajukan(s, draft, info=info),
            lambda s: skp.buka_kembali(s, done, "alasan", "x", info=info),
            lambda s: skp.delete_skp(s, draft, info=info),
            lambda s: evaluasi.open_evaluasi(s, done, f"{TAHUN}-TW2", info=info),
            lambda s: evaluasi.set_ratings(s, e, "SESUAI_EKSPEKTASI", None, info=info),
            lambda s: evaluasi.set_umpan_balik_perilaku(s, e, "loyal", "x", info=info),
            lambda s: evaluasi.set_capaian_unit(s, org.bidang, f"{TAHUN}-TW1", "BAIK",
                                                info=info),
            lambda s: log_harian.add_log(s, org.staf2, log_harian.LogInput(
                date(TAHUN, 2, 2), "x"), info=info),
            lambda s: log_harian.delete_log(s, lid, info=info),
            lambda s: log_harian.carry_to_realisasi(s, e, info=info),
            lambda s: umpan_balik.add_umpan_balik(s, umpan_balik.UmpanBalikInput(
                org.staf1, org.staf2, umpan_balik.Peran.REKAN, "x", date(TAHUN, 2, 1)),
                info=info),
            lambda s: umpan_balik.delete_umpan_balik(s, fb, info=info),
            lambda s: umpan_balik.create_forum(s, umpan_balik.ForumInput(
                org.bidang, date(TAHUN, 3, 1), "Forum"), info=info),
            lambda s: umpan_balik.delete_forum(s, forum, info=info),
        ]
    for write in writes:
        with ws.db.session() as s, pytest.raises(PermissionError_):
            write(s)
    # nothing was changed by the refused writes
    with ws.db.session() as s:
        v = skp.get_skp(s, draft)
        assert v.status == "DRAFT" and len(v.utama) == 1 and v.perilaku[4].ekspektasi == ""
        assert skp.skp_for(s, org.pppk, TAHUN) is None


def test_unit_never_writes_master_data(ws: Workspace, org: Org) -> None:
    info = unit_info(ws, org.disdik)
    with ws.db.session() as s:
        with pytest.raises(PermissionError_):
            evaluasi.ensure_periods(s, TAHUN, info=info)
        with pytest.raises(PermissionError_):
            evaluasi.ensure_tahun(s, TAHUN, info=info)
        with pytest.raises(PermissionError_):
            pengaturan.set_setting(s, pengaturan.TEMPAT, "Cilegon", info=info)
        with pytest.raises(PermissionError_):
            pengaturan.reset_setting(s, pengaturan.TEMPAT, info=info)
        assert pengaturan.tempat(s) == "Serang"
        # the central may
        assert evaluasi.ensure_periods(s, TAHUN, info=ws.info)
