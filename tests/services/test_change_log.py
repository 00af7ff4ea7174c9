"""Every write of the appraisal services lands in change_log (the audit trail and sync feed)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from asn_desktop.db.models import ChangeLog, RiwayatDokumen
from asn_desktop.domain.jabatan import Aspek
from asn_desktop.services import evaluasi, log_harian, pengaturan, skp, umpan_balik
from asn_desktop.services.workspace import Workspace

from .conftest import TAHUN, Org, changes


def test_skp_and_evaluation_writes_are_captured(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        sid = skp.create_skp(s, org.staf1, TAHUN, oleh="operator")
        rid = skp.add_rhk(s, sid, skp.RhkInput("Administrasi", rhk_atasan_teks="Sementara"))
        iid = skp.add_indikator(s, rid, skp.IndikatorInput("Jumlah", Aspek.KUANTITAS, 12,
                                                           "Dokumen"))
        skp.set_ekspektasi(s, sid, "adaptif", "Cepat belajar")
        skp.ajukan(s, sid)
        skp.setujui(s, sid, tanggal=date(TAHUN, 1, 3))
        e = evaluasi.open_evaluasi(s, sid, f"{TAHUN}-TW1")
        evaluasi.set_realisasi(s, e, iid, 3, None, "bukti.pdf")
        evaluasi.set_umpan_balik_rhk(s, e, rid, "Baik")
        evaluasi.set_ratings(s, e, "DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI")
        evaluasi.set_capaian_unit(s, org.bidang, f"{TAHUN}-TW1", "BAIK")
        lid = log_harian.add_log(s, org.staf1, log_harian.LogInput(
            date(TAHUN, 2, 1), "Surat", rid, "Dokumen", 2))
        log_harian.delete_log(s, lid)
        fb = umpan_balik.add_umpan_balik(s, umpan_balik.UmpanBalikInput(
            org.staf1, org.kabid, umpan_balik.Peran.ATASAN, "Rapi", date(TAHUN, 2, 2)))
        pengaturan.set_setting(s, pengaturan.TEMPAT, "Kota Serang")

    with ws.session() as s:
        c_skp = changes(s, "skp", sid)
        assert c_skp["pegawai_id"] == [org.staf1] and c_skp["tahun"] == [TAHUN]
        assert c_skp["status"] == ["DRAFT", "DIAJUKAN", "DISETUJUI"]
        assert c_skp["ekspektasi_adaptif"] == ["Cepat belajar"]
        assert c_skp["tanggal_ditetapkan"] == [date(TAHUN, 1, 3).isoformat()]
        assert len(c_skp["identitas_json"]) == 1
        c_rhk = changes(s, "rhk", rid)
        assert c_rhk["uraian"] == ["Administrasi"] and c_rhk["rhk_atasan_teks"] == ["Sementara"]
        assert changes(s, "indikator", iid)["target_nilai"] == [12]
        c_e = changes(s, "evaluasi", e)
        assert c_e["rating_hasil_kerja"] == ["DI_ATAS_EKSPEKTASI"]
        assert c_e["predikat"] == ["Sangat Baik"]
        real = s.scalar(select(ChangeLog.row_id).where(ChangeLog.tbl == "realisasi",
                                                       ChangeLog.field == "bukti_dukung"))
        assert real is not None and changes(s, "realisasi", real)["realisasi_nilai"] == [3]
        assert s.scalar(select(func.count()).select_from(ChangeLog).where(
            ChangeLog.tbl == "evaluasi_rhk", ChangeLog.field == "umpan_balik")) == 1
        assert s.scalar(select(func.count()).select_from(ChangeLog).where(
            ChangeLog.tbl == "capaian_unit", ChangeLog.field == "capaian")) == 1
        c_log = changes(s, "log_harian", lid)
        assert c_log["kuantitas"] == [2] and c_log["deleted"] == [0, 1]  # tombstone
        assert changes(s, "umpan_balik", fb)["isi"] == ["Rapi"]
        assert changes(s, "pengaturan", "tempat")["nilai"] == ['"Kota Serang"']
        # workflow history rows are synced data too
        riwayat = s.scalars(select(RiwayatDokumen.id).where(
            RiwayatDokumen.dokumen_id == sid)).all()
        assert len(riwayat) == 3
        for rid_ in riwayat:
            assert "aksi" in changes(s, "riwayat_dokumen", rid_)
        actors = set(s.scalars(select(ChangeLog.node).where(ChangeLog.tbl == "skp")))
        assert actors == {ws.info.node_id}


def test_unchanged_values_write_nothing(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        sid = skp.create_skp(s, org.staf1, TAHUN)
        rid = skp.add_rhk(s, sid, skp.RhkInput("A", rhk_atasan_teks="RHK pimpinan sementara"))
        iid = skp.add_indikator(s, rid, skp.IndikatorInput("I", Aspek.KUANTITAS, 1, "Dok"))
        skp.ajukan(s, sid)
        skp.setujui(s, sid)
        e = evaluasi.open_evaluasi(s, sid, f"{TAHUN}-TW1")
        evaluasi.set_realisasi(s, e, iid, 1, None, None)
    with ws.session() as s:
        before = s.scalar(select(func.max(ChangeLog.seq)))
        evaluasi.set_realisasi(s, e, iid, 1, None, None)
        evaluasi.set_umpan_balik_rhk(s, e, rid, None)  # nothing to store
        pengaturan.set_setting(s, pengaturan.TEMPAT, "Serang")
        pengaturan.set_setting(s, pengaturan.TEMPAT, "Serang")
        after = s.scalar(select(func.max(ChangeLog.seq)))
    # only the first set_setting (a new pengaturan row: id-less fields nilai + deleted) wrote
    assert after is not None and before is not None
    with ws.session() as s:
        written = s.scalars(select(ChangeLog.tbl).where(ChangeLog.seq > before)).all()
    assert set(written) == {"pengaturan"}
