from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import select

from asn_desktop.db.models import Indikator, Pegawai, Rhk, RiwayatDokumen, Skp, TahunKinerja
from asn_desktop.domain.jabatan import (
    KOLOM_RHK_PIMPINAN,
    Aspek,
    FormVariant,
    JenisRhk,
    Pendekatan,
    Perspektif,
)
from asn_desktop.errors import LockedError, NotFoundError, ValidationError
from asn_desktop.services import evaluasi, pengaturan
from asn_desktop.services import skp as svc
from asn_desktop.services.workspace import Workspace

from .conftest import TAHUN, Org, approved_skp, fill_skp


def _rows(ws: Workspace, skp_id: str) -> list[tuple[str, str | None, str | None]]:
    with ws.session() as s:
        return [(r.aksi, r.oleh, r.alasan) for r in s.scalars(
            select(RiwayatDokumen).where(RiwayatDokumen.dokumen_id == skp_id)
            .order_by(RiwayatDokumen.waktu))]


def test_full_lifecycle(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        atasan_skp = approved_skp(s, org.kabid, rhk_atasan=None)
        opts_source = svc.get_skp(s, atasan_skp).utama
        skp_id = svc.create_skp(s, org.staf1, TAHUN, Pendekatan.KUANTITATIF, oleh="operator")
        opts = svc.cascade_options(s, skp_id)
        assert [o.id for o in opts] == [r.id for r in opts_source]
        r1 = svc.add_rhk(s, skp_id, svc.RhkInput("Terlaksananya administrasi GTK",
                                                  rhk_atasan_id=opts[0].id))
        r2 = svc.add_rhk(s, skp_id, svc.RhkInput("Laporan kegiatan", JenisRhk.TAMBAHAN))
        svc.add_indikator(s, r1, svc.IndikatorInput("Jumlah berkas", Aspek.KUANTITAS, 120,
                                                    "Berkas"))
        svc.add_indikator(s, r1, svc.IndikatorInput("Ketepatan waktu", Aspek.WAKTU, 12,
                                                    "Bulan"))
        svc.add_indikator(s, r2, svc.IndikatorInput("Jumlah laporan", Aspek.KUANTITAS,
                                                    target_narasi="4–6 laporan"))
        svc.set_ekspektasi(s, skp_id, "pelayanan", "Melayani guru dengan ramah")
        svc.set_lampiran(s, skp_id, svc.Lampiran(("Anggaran", " ", "Komputer"),
                                                 ("Laporan bulanan",), ()))
        svc.ajukan(s, skp_id, oleh="Budi")
        svc.setujui(s, skp_id, tanggal=date(TAHUN, 1, 3), oleh="Siti")

    with ws.session() as s:
        v = svc.get_skp(s, skp_id)
        stored = s.get_one(Skp, skp_id)
        assert stored.identitas_json and stored.tanggal_ditetapkan == date(TAHUN, 1, 3)
    assert v.status == "DISETUJUI" and v.terkunci and v.identitas_snapshot
    assert v.form.variant is FormVariant.JA_JF and KOLOM_RHK_PIMPINAN in v.form.kolom
    assert [r.uraian for r in v.utama] == ["Terlaksananya administrasi GTK"]
    assert v.utama[0].rhk_atasan_teks == opts[0].uraian and not v.utama[0].rhk_atasan_sementara
    assert [i.target_teks for i in v.utama[0].indikator] == ["120 Berkas", "12 Bulan"]
    assert [i.aspek for i in v.utama[0].indikator] == ["Kuantitas", "Waktu"]
    assert v.tambahan[0].indikator[0].target_teks == "4–6 laporan"
    assert v.perilaku[0].kode == "pelayanan"
    assert v.perilaku[0].ekspektasi == "Melayani guru dengan ramah"
    assert len(v.perilaku[0].panduan) == 3 and [p.kode for p in v.perilaku][-1] == "kolaboratif"
    assert v.lampiran.dukungan_sumber_daya == ("Anggaran", "Komputer")
    assert v.lampiran.skema_pertanggungjawaban == ("Laporan bulanan",)
    assert v.identitas.penilai is not None and v.identitas.penilai.pegawai_id == org.kabid
    assert [r.aksi for r in v.riwayat] == ["DIBUAT", "DIAJUKAN", "DISETUJUI"]
    assert [(a, o) for a, o, _ in _rows(ws, skp_id)] == [
        ("DIBUAT", "operator"), ("DIAJUKAN", "Budi"), ("DISETUJUI", "Siti")]

    # locked: every edit refuses
    edits: list[Callable[[], object]] = []
    with ws.session() as s:
        rid = v.utama[0].id
        iid = v.utama[0].indikator[0].id
        edits = [
            lambda: svc.add_rhk(s, skp_id, svc.RhkInput("baru")),
            lambda: svc.update_rhk(s, rid, svc.RhkInput("ubah")),
            lambda: svc.delete_rhk(s, rid),
            lambda: svc.reorder_rhk(s, skp_id, [rid]),
            lambda: svc.set_rhk_atasan(s, rid, None, "teks"),
            lambda: svc.add_indikator(s, rid, svc.IndikatorInput("x", Aspek.BIAYA, 1, "Rp")),
            lambda: svc.update_indikator(s, iid, svc.IndikatorInput("x", Aspek.BIAYA, 1, "Rp")),
            lambda: svc.delete_indikator(s, iid),
            lambda: svc.reorder_indikator(s, rid, [iid]),
            lambda: svc.set_ekspektasi(s, skp_id, "loyal", "x"),
            lambda: svc.set_lampiran(s, skp_id, svc.Lampiran()),
            lambda: svc.set_penilai(s, skp_id, org.kadis),
            lambda: svc.set_periode(s, skp_id, date(TAHUN, 2, 1), date(TAHUN, 12, 31)),
            lambda: svc.set_pendekatan(s, skp_id, Pendekatan.KUALITATIF),
            lambda: svc.set_catatan(s, skp_id, "x"),
            lambda: svc.ajukan(s, skp_id),
            lambda: svc.kembalikan(s, skp_id, "x"),
            lambda: svc.setujui(s, skp_id),
            lambda: svc.delete_skp(s, skp_id),
        ]
        for edit in edits:
            with pytest.raises(LockedError):
                edit()

    with ws.session() as s, pytest.raises(ValidationError) as exc:
        svc.buka_kembali(s, skp_id, "  ", "Siti")
    assert exc.value.field == "alasan"

    with ws.session() as s:
        svc.buka_kembali(s, skp_id, "Revisi target triwulan II", "Siti")
        svc.update_rhk(s, v.utama[0].id, svc.RhkInput("Terlaksananya administrasi GTK tertib",
                                                       rhk_atasan_id=opts[0].id))
        after = svc.get_skp(s, skp_id)
        stored = s.get_one(Skp, skp_id)
        assert stored.identitas_json is None and stored.tanggal_ditetapkan is None
    assert after.status == "DRAFT" and not after.terkunci and not after.identitas_snapshot
    assert after.utama[0].uraian == "Terlaksananya administrasi GTK tertib"
    assert after.riwayat[-1].aksi == "DIBUKA_KEMBALI"
    assert after.riwayat[-1].alasan == "Revisi target triwulan II"


def test_one_live_skp_per_year(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        first = svc.create_skp(s, org.staf1, TAHUN)
        with pytest.raises(ValidationError) as exc:
            svc.create_skp(s, org.staf1, TAHUN, Pendekatan.KUALITATIF)
        assert exc.value.field == "tahun"
        svc.create_skp(s, org.staf1, TAHUN + 1)  # another year is fine
        svc.delete_skp(s, first)
        svc.create_skp(s, org.staf1, TAHUN)  # the deleted one no longer counts
        n = s.scalar(select(Skp.id).where(Skp.id == first, Skp.deleted.is_(True)))
        assert n == first


def test_submit_validations(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        skp_id = svc.create_skp(s, org.staf1, TAHUN)
        with pytest.raises(ValidationError, match="utama"):
            svc.ajukan(s, skp_id)
        tambahan = svc.add_rhk(s, skp_id, svc.RhkInput("Tambahan", JenisRhk.TAMBAHAN))
        svc.add_indikator(s, tambahan, svc.IndikatorInput("x", Aspek.KUANTITAS, 1, "Kali"))
        with pytest.raises(ValidationError, match="utama"):
            svc.ajukan(s, skp_id)
        rid = svc.add_rhk(s, skp_id, svc.RhkInput("Utama"))
        with pytest.raises(ValidationError, match="belum memiliki indikator"):
            svc.ajukan(s, skp_id)
        iid = svc.add_indikator(s, rid, svc.IndikatorInput("Jumlah", Aspek.KUANTITAS))
        with pytest.raises(ValidationError, match="belum memiliki target"):
            svc.ajukan(s, skp_id)
        svc.update_indikator(s, iid, svc.IndikatorInput("Jumlah", None, 5, "Dokumen"))
        with pytest.raises(ValidationError, match="aspek"):
            svc.ajukan(s, skp_id)
        svc.update_indikator(s, iid, svc.IndikatorInput("Jumlah", Aspek.KUANTITAS, 5, "Dokumen"))
        # JA/JF: the penilai (kabid) has no SKP yet, so a provisional RHK pimpinan stands in
        with pytest.raises(ValidationError, match="RHK pimpinan sementara"):
            svc.ajukan(s, skp_id)
        svc.set_rhk_atasan(s, rid, None, "Meningkatnya layanan GTK")
        assert svc.masalah_pengajuan(s, skp_id) == []
        svc.ajukan(s, skp_id)
        with pytest.raises(ValidationError):
            svc.ajukan(s, skp_id)
        assert s.get_one(Skp, skp_id).status == "DIAJUKAN"


def test_input_validation(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        skp_id = svc.create_skp(s, org.staf1, TAHUN)
        with pytest.raises(ValidationError) as e1:
            svc.add_rhk(s, skp_id, svc.RhkInput("   "))
        assert e1.value.field == "uraian"
        with pytest.raises(ValidationError) as e2:
            svc.add_rhk(s, skp_id, svc.RhkInput("x", perspektif=Perspektif.ANGGARAN))
        assert e2.value.field == "perspektif"
        rid = svc.add_rhk(s, skp_id, svc.RhkInput("x"))
        with pytest.raises(ValidationError) as e3:
            svc.add_indikator(s, rid, svc.IndikatorInput("y", Aspek.KUANTITAS, -1, "Dok"))
        assert e3.value.field == "target_nilai"
        with pytest.raises(ValidationError) as e4:
            svc.add_indikator(s, rid, svc.IndikatorInput("y", "Kecepatan", 1, "Dok"))  # type: ignore[arg-type]
        assert e4.value.field == "aspek"
        with pytest.raises(ValidationError) as e5:
            svc.create_skp(s, org.staf2, TAHUN, "CAMPURAN")
        assert e5.value.field == "pendekatan"
        with pytest.raises(NotFoundError):
            svc.get_skp(s, "tidak-ada")


def test_kembalikan_requires_reason(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        skp_id = svc.create_skp(s, org.staf1, TAHUN)
        fill_skp(s, skp_id, 1)
        with pytest.raises(ValidationError):
            svc.kembalikan(s, skp_id, "Target kurang jelas")  # not submitted yet
        svc.ajukan(s, skp_id)
        with pytest.raises(ValidationError) as exc:
            svc.kembalikan(s, skp_id, "")
        assert exc.value.field == "alasan"
        svc.kembalikan(s, skp_id, "Target kurang jelas", oleh="Siti")
        v = svc.get_skp(s, skp_id)
    assert v.status == "DRAFT"
    assert (v.riwayat[-1].aksi, v.riwayat[-1].alasan) == ("DIKEMBALIKAN", "Target kurang jelas")


def test_approval_needs_submission(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        skp_id = svc.create_skp(s, org.staf1, TAHUN)
        fill_skp(s, skp_id, 1)
        with pytest.raises(ValidationError, match="diajukan"):
            svc.setujui(s, skp_id)


def test_approval_snapshot_survives_move(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        skp_id = approved_skp(s, org.staf1)
        staf = s.get_one(Pegawai, org.staf1)
        staf.unit_id = org.dinkes
        staf.atasan_id = org.kadinkes
        staf.jabatan = "Pengadministrasi Kesehatan"
    with ws.session() as s:
        v = svc.get_skp(s, skp_id)
    assert v.identitas_snapshot
    assert v.identitas.pegawai.unit_kerja == "Bidang GTK"
    assert v.identitas.pegawai.jabatan == "Pengadministrasi Umum"
    assert v.identitas.penilai is not None and v.identitas.penilai.pegawai_id == org.kabid
    assert v.identitas.atasan_penilai is not None
    assert v.identitas.atasan_penilai.pegawai_id == org.kadis
    with ws.session() as s:
        svc.buka_kembali(s, skp_id, "Pindah unit", "BKPSDM")
        live = svc.get_skp(s, skp_id)
    assert live.identitas.pegawai.unit_kerja == "Dinas Kesehatan"
    assert live.identitas.penilai is not None
    assert live.identitas.penilai.pegawai_id == org.kadinkes


def test_jpt_form(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        skp_id = svc.create_skp(s, org.kadis, TAHUN)
        assert svc.cascade_options(s, skp_id) == []
        with pytest.raises(ValidationError) as exc:
            svc.add_rhk(s, skp_id, svc.RhkInput("x", rhk_atasan_teks="RPJMD"))
        assert exc.value.field == "rhk_atasan_id"
        rid = svc.add_rhk(s, skp_id, svc.RhkInput("Meningkatnya mutu pendidikan"))
        with pytest.raises(ValidationError) as exc2:
            svc.add_indikator(s, rid, svc.IndikatorInput("APK", Aspek.KUANTITAS, 95, "%"))
        assert exc2.value.field == "aspek"
        iid = svc.add_indikator(s, rid, svc.IndikatorInput("Angka partisipasi kasar", None, 95,
                                                           "%"))
        with pytest.raises(ValidationError, match="perspektif"):
            svc.ajukan(s, skp_id)
        svc.update_indikator(s, iid, svc.IndikatorInput(
            "Angka partisipasi kasar", None, 95, "%", perspektif=Perspektif.PENERIMA_LAYANAN))
        svc.ajukan(s, skp_id)
        v = svc.get_skp(s, skp_id)
    assert v.status == "DIAJUKAN" and v.form.variant is FormVariant.JPT
    assert v.utama[0].indikator[0].perspektif == Perspektif.PENERIMA_LAYANAN.value


def test_jpt_form_approval(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        skp_id = svc.create_skp(s, org.kadis, TAHUN, penilai_id=org.kadinkes)
        fill_skp(s, skp_id, 1, jpt=True)
        svc.ajukan(s, skp_id)
        svc.setujui(s, skp_id)
        v = svc.get_skp(s, skp_id)
    assert v.form.variant is FormVariant.JPT
    assert not v.form.has_rhk_pimpinan and v.form.has_perspektif and not v.form.has_aspek
    assert KOLOM_RHK_PIMPINAN not in v.form.kolom
    assert v.utama[0].perspektif == Perspektif.PENERIMA_LAYANAN.value
    assert v.identitas.penilai is not None and v.identitas.penilai.pegawai_id == org.kadinkes


def test_jpt_without_penilai_cannot_be_approved(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        pengaturan.reset_setting(s, pengaturan.KEPALA_DAERAH)
        skp_id = svc.create_skp(s, org.kadis, TAHUN)
        fill_skp(s, skp_id, 1, jpt=True)
        svc.ajukan(s, skp_id)
        with pytest.raises(ValidationError) as exc:
            svc.setujui(s, skp_id)
        assert exc.value.field == "penilai_id"


def test_cascade_validation_and_provisional_text(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        skp_id = svc.create_skp(s, org.staf1, TAHUN)
        assert svc.cascade_options(s, skp_id) == []  # the kabid has no SKP yet
        rid = svc.add_rhk(s, skp_id, svc.RhkInput(
            "Administrasi", rhk_atasan_teks="Terkelolanya data GTK"))
        v = svc.get_skp(s, skp_id).utama[0]
        assert v.rhk_atasan_teks == "Terkelolanya data GTK" and v.rhk_atasan_sementara
        # an RHK of someone who is not the penilai is refused
        other = approved_skp(s, org.kadinkes, jpt=True)
        other_rhk = svc.get_skp(s, other).utama[0].id
        with pytest.raises(ValidationError) as exc:
            svc.set_rhk_atasan(s, rid, other_rhk)
        assert exc.value.field == "rhk_atasan_id"
        kabid_skp = approved_skp(s, org.kabid)
        target = svc.cascade_options(s, skp_id)[1]
        svc.set_rhk_atasan(s, rid, target.id)
        v = svc.get_skp(s, skp_id).utama[0]
        assert (v.rhk_atasan_id, v.rhk_atasan_teks, v.rhk_atasan_sementara) == (
            target.id, target.uraian, False)
        assert s.get_one(Rhk, rid).rhk_atasan_teks is None
        # a penilai override changes the source of the options
        svc.set_penilai(s, skp_id, org.kadinkes, alasan="Penugasan")
        assert svc.cascade_source(s, skp_id) == (org.kadinkes, other)
        assert [o.id for o in svc.cascade_options(s, skp_id)] == [
            r.id for r in svc.get_skp(s, other).utama]
        assert any("bukan milik SKP pejabat penilai" in m
                   for m in svc.masalah_pengajuan(s, skp_id))
        svc.set_penilai(s, skp_id, None)
        assert svc.cascade_source(s, skp_id) == (org.kabid, kabid_skp)
        aksi = [r.aksi for r in svc.get_skp(s, skp_id).riwayat]
    assert aksi == ["DIBUAT", "PENILAI_DIUBAH", "PENILAI_DIUBAH"]


def test_ja_jf_rhk_utama_must_intervene_an_atasan_rhk(ws: Workspace, org: Org) -> None:
    """Once the penilai's plan is here, a provisional text no longer stands in for the link;
    an RHK tambahan needs none, and the JPT form has no such column."""
    with ws.session() as s:
        kabid = approved_skp(s, org.kabid, rhk_atasan=[])
        skp_id = svc.create_skp(s, org.staf1, TAHUN)
        rid = svc.add_rhk(s, skp_id, svc.RhkInput("Administrasi", rhk_atasan_teks="Sementara"))
        svc.add_indikator(s, rid, svc.IndikatorInput("Jumlah", Aspek.KUANTITAS, 5, "Dokumen"))
        extra = svc.add_rhk(s, skp_id, svc.RhkInput("Rapat", JenisRhk.TAMBAHAN))
        svc.add_indikator(s, extra, svc.IndikatorInput("Notulen", Aspek.KUANTITAS, 4, "Notulen"))
        assert svc.masalah_pengajuan(s, skp_id) == [
            "RHK utama 'Administrasi' belum dihubungkan ke RHK pimpinan yang diintervensi."]
        with pytest.raises(ValidationError, match="belum dihubungkan"):
            svc.ajukan(s, skp_id)
        assert s.get_one(Skp, skp_id).status == "DRAFT"
        svc.set_rhk_atasan(s, rid, svc.get_skp(s, kabid).utama[0].id)
        svc.ajukan(s, skp_id)
        svc.setujui(s, skp_id)
        assert s.get_one(Skp, skp_id).status == "DISETUJUI"


def test_order_and_tombstones(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        skp_id = svc.create_skp(s, org.staf1, TAHUN)
        a, b, c = (svc.add_rhk(s, skp_id, svc.RhkInput(t)) for t in ("A", "B", "C"))
        t = svc.add_rhk(s, skp_id, svc.RhkInput("T", JenisRhk.TAMBAHAN))
        svc.reorder_rhk(s, skp_id, [c, a, b])
        assert [r.uraian for r in svc.get_skp(s, skp_id).utama] == ["C", "A", "B"]
        with pytest.raises(ValidationError):
            svc.reorder_rhk(s, skp_id, [c, a])
        svc.move_rhk(s, b, -1)
        assert [r.uraian for r in svc.get_skp(s, skp_id).utama] == ["C", "B", "A"]
        i1 = svc.add_indikator(s, a, svc.IndikatorInput("i1", Aspek.KUANTITAS, 1, "x"))
        i2 = svc.add_indikator(s, a, svc.IndikatorInput("i2", Aspek.KUALITAS, 1, "x"))
        svc.reorder_indikator(s, a, [i2, i1])
        assert [i.uraian for i in svc.get_skp(s, skp_id).utama[2].indikator] == ["i2", "i1"]
        # moving an RHK to TAMBAHAN puts it last there
        svc.update_rhk(s, c, svc.RhkInput("C", JenisRhk.TAMBAHAN))
        v = svc.get_skp(s, skp_id)
        assert [r.uraian for r in v.utama] == ["B", "A"]
        assert [r.uraian for r in v.tambahan] == ["T", "C"]
        assert [r.nomor for r in v.tambahan] == [1, 2]
        svc.delete_rhk(s, a)
        assert s.get_one(Rhk, a).deleted and s.get_one(Indikator, i1).deleted
        assert [r.uraian for r in svc.get_skp(s, skp_id).utama] == ["B"]
        svc.delete_rhk(s, t)
        assert [r.uraian for r in svc.get_skp(s, skp_id).tambahan] == ["C"]


def test_lists_and_matrix(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        kabid_skp = approved_skp(s, org.kabid, n_rhk=3)
        cols = [o.id for o in svc.get_skp(s, kabid_skp).utama]
        s1 = approved_skp(s, org.staf1, rhk_atasan=[cols[0], cols[0]])
        s2 = svc.create_skp(s, org.staf2, TAHUN)
        svc.add_rhk(s, s2, svc.RhkInput("Data GTK mutakhir", rhk_atasan_id=cols[2]))
        svc.add_rhk(s, s2, svc.RhkInput("Belum jelas", rhk_atasan_teks="nanti"))
        m = svc.matriks_peran_hasil(s, org.kabid, TAHUN)
        rows_all = svc.list_skp(s, None, TAHUN)
        rows_bidang = svc.list_skp(s, {org.bidang}, TAHUN, "DRAFT")
        mine = svc.skp_for(s, org.staf1, TAHUN)
        none = svc.skp_for(s, org.pppk, TAHUN)
    assert m.skp_atasan_id == kabid_skp
    assert [k.rhk_id for k in m.kolom] == cols
    assert [b.pegawai_id for b in m.baris] == [org.staf1, org.staf2, org.pppk]  # by name
    budi, dewi, rudi = m.baris
    assert budi.skp_id == s1
    assert budi.sel == (("Tersusunnya dokumen 1", "Tersusunnya dokumen 2"), (), ())
    assert [svc.sel_teks(c) for c in dewi.sel] == ["x", "x", "Data GTK mutakhir"]
    assert dewi.belum_terhubung == ("Belum jelas",)
    assert rudi.skp_id is None and rudi.sel == ((), (), ())
    assert {r.pegawai_id for r in rows_all} == {org.kabid, org.staf1, org.staf2}
    assert [r.pegawai_id for r in rows_bidang] == [org.staf2]
    assert rows_bidang[0].jumlah_rhk == 2 and rows_bidang[0].status_label == "Konsep"
    assert mine is not None and mine.id == s1 and mine.status == "DISETUJUI"
    assert mine.unit_nama == "Bidang GTK" and mine.tanggal_ditetapkan == date(TAHUN, 1, 3)
    assert none is None


def test_tahun_ditutup(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        tid = evaluasi.ensure_tahun(s, TAHUN)
        s.get_one(TahunKinerja, tid).dibuka = False
        with pytest.raises(ValidationError, match="ditutup"):
            svc.create_skp(s, org.staf1, TAHUN)


def test_default_tanggal_from_tahun(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        evaluasi.ensure_tahun(s, TAHUN, tanggal_skp=date(TAHUN, 1, 2))
        skp_id = svc.create_skp(s, org.staf1, TAHUN)
        fill_skp(s, skp_id, 1)
        svc.ajukan(s, skp_id)
        svc.setujui(s, skp_id)
        assert s.get_one(Skp, skp_id).tanggal_ditetapkan == date(TAHUN, 1, 2)
