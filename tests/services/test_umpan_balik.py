from __future__ import annotations

from datetime import date

import pytest

from asn_desktop.db.models import ForumEvaluasi, UmpanBalik
from asn_desktop.errors import ValidationError
from asn_desktop.services import skp as skp_svc
from asn_desktop.services import umpan_balik as svc
from asn_desktop.services.umpan_balik import Peran, UmpanBalikInput
from asn_desktop.services.workspace import Workspace

from .conftest import TAHUN, Org, add_pegawai, approved_skp


def _fb(pegawai: str, pemberi: str, peran: Peran, d: date = date(TAHUN, 2, 10),
        **kw: object) -> UmpanBalikInput:
    return UmpanBalikInput(pegawai, pemberi, peran, "Umpan balik", d, **kw)  # type: ignore[arg-type]


def test_atasan_rules(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        fid = svc.add_umpan_balik(s, _fb(org.staf1, org.kabid, Peran.ATASAN,
                                         nilai_kode="akuntabel"))
        row = s.get_one(UmpanBalik, fid)
        assert (row.pegawai_id, row.pemberi_id, row.peran, row.periode_kode, row.nilai_kode) == (
            org.staf1, org.kabid, "ATASAN", f"{TAHUN}-TW1", "akuntabel")
        for pemberi in (org.staf2, org.kadis, org.perawat):
            with pytest.raises(ValidationError) as exc:
                svc.add_umpan_balik(s, _fb(org.staf1, pemberi, Peran.ATASAN))
            assert exc.value.field == "pemberi_id"
        # a penilai set on the SKP may give atasan feedback
        skp_svc.create_skp(s, org.staf1, TAHUN, penilai_id=org.kadis)
        svc.add_umpan_balik(s, _fb(org.staf1, org.kadis, Peran.ATASAN))


def test_rekan_rules(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        svc.add_umpan_balik(s, _fb(org.staf1, org.staf2, Peran.REKAN))  # same atasan
        other_unit_same_atasan = add_pegawai(s, "Pindahan", org.disdik, atasan_id=org.kabid)
        svc.add_umpan_balik(s, _fb(org.staf1, other_unit_same_atasan, Peran.REKAN))
        same_unit = add_pegawai(s, "Tetangga", org.bidang, atasan_id=org.kadis)
        svc.add_umpan_balik(s, _fb(org.staf1, same_unit, Peran.REKAN))
        with pytest.raises(ValidationError, match="bukan rekan"):
            svc.add_umpan_balik(s, _fb(org.staf1, org.perawat, Peran.REKAN))
        with pytest.raises(ValidationError, match="atasan"):
            svc.add_umpan_balik(s, _fb(org.staf1, org.kabid, Peran.REKAN))
        with pytest.raises(ValidationError, match="dirinya sendiri"):
            svc.add_umpan_balik(s, _fb(org.staf1, org.staf1, Peran.REKAN))
        with pytest.raises(ValidationError) as exc:
            svc.add_umpan_balik(s, UmpanBalikInput(org.staf1, org.staf2, Peran.REKAN, " ",
                                                   date(TAHUN, 2, 1)))
        assert exc.value.field == "isi"
        with pytest.raises(ValidationError):
            svc.add_umpan_balik(s, _fb(org.staf1, org.staf2, Peran.REKAN, nilai_kode="jujur"))


def test_rhk_must_belong_to_pegawai(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        own = skp_svc.get_skp(s, approved_skp(s, org.staf1)).utama[0].id
        foreign = skp_svc.get_skp(s, approved_skp(s, org.staf2)).utama[0].id
        fid = svc.add_umpan_balik(s, _fb(org.staf1, org.kabid, Peran.ATASAN, rhk_id=own))
        with pytest.raises(ValidationError) as exc:
            svc.add_umpan_balik(s, _fb(org.staf1, org.kabid, Peran.ATASAN, rhk_id=foreign))
        assert exc.value.field == "rhk_id"
        rows = svc.feedback_for(s, org.staf1, f"{TAHUN}-TW1")
    assert [(r.id, r.rhk_uraian, r.pemberi_nama) for r in rows] == [
        (fid, "Tersusunnya dokumen 1", "Siti Rahma, S.Pd.")]


def test_feedback_for_period_and_forum(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        forum = svc.create_forum(s, svc.ForumInput(
            org.bidang, date(TAHUN, 4, 20), "Evaluasi triwulan I",
            ("Siti Rahma", " ", "Budi Santoso"), org.staf1, "Presentasi capaian"))
        f1 = svc.add_umpan_balik(s, _fb(org.staf1, org.kabid, Peran.ATASAN, date(TAHUN, 3, 30),
                                        nilai_kode="kolaboratif"))
        f2 = svc.add_umpan_balik(s, _fb(org.staf1, org.staf2, Peran.REKAN, date(TAHUN, 4, 20),
                                        forum_id=forum, periode_kode=f"{TAHUN}-TW1"))
        f3 = svc.add_umpan_balik(s, _fb(org.staf1, org.kabid, Peran.ATASAN, date(TAHUN, 5, 2)))
        svc.add_umpan_balik(s, _fb(org.staf2, org.kabid, Peran.ATASAN, date(TAHUN, 3, 1)))
        # a row synced without a period code is matched by its date
        legacy = UmpanBalik(pegawai_id=org.staf1, pemberi_id=org.kabid, peran="ATASAN",
                            tanggal=date(TAHUN, 1, 15), isi="lama")
        s.add(legacy)
        s.flush()
        tw1 = svc.feedback_for(s, org.staf1, f"{TAHUN}-TW1")
        tw2 = svc.feedback_for(s, org.staf1, f"{TAHUN}-TW2")
        fv = svc.get_forum(s, forum)
        forums = svc.list_forum(s, {org.bidang}, TAHUN)
        with pytest.raises(ValidationError):
            svc.create_forum(s, svc.ForumInput(org.bidang, date(TAHUN, 4, 20), " "))
        svc.delete_umpan_balik(s, f3)
        assert svc.feedback_for(s, org.staf1, f"{TAHUN}-TW2") == []
        svc.update_forum(s, forum, svc.ForumInput(org.bidang, date(TAHUN, 4, 21), "Agenda baru"))
        assert s.get_one(ForumEvaluasi, forum).agenda == "Agenda baru"
        svc.delete_forum(s, forum)
        assert svc.list_forum(s, None, TAHUN) == []
    assert [r.id for r in tw1] == [legacy.id, f1, f2]
    assert tw1[1].nilai_nama == "Kolaboratif" and tw1[2].forum_id == forum
    assert [r.id for r in tw2] == [f3]
    assert fv.peserta == ("Siti Rahma", "Budi Santoso")
    assert fv.row.pegawai_presentasi_nama == "Budi Santoso"
    assert [u.id for u in fv.umpan_balik] == [f2]
    assert [f.id for f in forums] == [forum] and forums[0].unit_nama == "Bidang GTK"


def test_update_umpan_balik_revalidates(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        fid = svc.add_umpan_balik(s, _fb(org.staf1, org.staf2, Peran.REKAN))
        with pytest.raises(ValidationError):
            svc.update_umpan_balik(s, fid, _fb(org.staf1, org.perawat, Peran.REKAN))
        svc.update_umpan_balik(s, fid, UmpanBalikInput(
            org.staf1, org.staf2, Peran.REKAN, "Lebih rinci", date(TAHUN, 8, 1)))
        row = s.get_one(UmpanBalik, fid)
        assert (row.isi, row.periode_kode) == ("Lebih rinci", f"{TAHUN}-TW3")
