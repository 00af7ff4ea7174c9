"""Authority travels with the transaction: a unit installation writes appraisal data only for
employees placed in its subtree and never master data, and no service write runs in a
transaction that does not say who acts."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

import asn_desktop.services as services_pkg
from asn_desktop.db.models import ChangeLog, Pegawai, Skp
from asn_desktop.db.models_pelayanan import Pengaduan
from asn_desktop.domain.dokumen import Aksi
from asn_desktop.domain.jabatan import Aspek
from asn_desktop.domain.pelayanan import Kanal
from asn_desktop.domain.periods import Frekuensi
from asn_desktop.domain.siklus_pegawai import AlasanBerhenti, Peristiwa
from asn_desktop.errors import AsnError, PermissionError_
from asn_desktop.services import (
    evaluasi,
    ikm,
    koreksi_pegawai,
    langkah_massal,
    log_harian,
    mutasi,
    organisasi,
    pegawai,
    pelayanan,
    pelayanan_impor,
    pelayanan_kinerja,
    penempatan,
    pengaduan,
    pengaturan,
    riwayat,
    roster_impor,
    roster_periksa,
    siklus_pegawai,
    skp,
    skp_salin,
    tahun_kinerja,
    umpan_balik,
    workflow,
)
from asn_desktop.services.authority import SISTEM, bind, require_appraisal_scope, scope_unit_ids
from asn_desktop.services.workspace import Workspace

from .conftest import TAHUN, Org, approved_skp, fill_skp, unit_session

# Public service functions that take a session and only read (or only check).
READS = {
    "authority.bind", "authority.pelaku", "authority.require_appraisal_scope",
    "authority.require_master", "authority.require_unit_scope", "authority.scope_of",
    "authority.scope_unit_ids", "beranda.todo", "langkah_awal.langkah_awal",
    "cetak_lembar.build_sheet",
    "cetak_lembar.record_exists", "cetak_target.choose_evaluasi", "cetak_target.resolve_target",
    "cetak_target.target_by_nip", "cetak_target.targets_for_unit", "cetak_verifikasi.cetakan_of",
    "ekspor_daftar.ekspor_evaluasi", "ekspor_daftar.ekspor_pegawai", "ekspor_daftar.ekspor_skp",
    "evaluasi.evaluasi_record", "evaluasi.realisasi_row", "evaluasi_baca.count_evaluasi",
    "evaluasi_baca.distribusi_unit", "evaluasi_baca.evaluasi_due", "evaluasi_baca.evaluasi_row",
    "evaluasi_baca.get_evaluasi", "evaluasi_baca.list_evaluasi", "evaluasi_isi.current",
    "evaluasi_isi.current_of", "evaluasi_periode.capaian_unit",
    "evaluasi_periode.frekuensi_pegawai", "evaluasi_periode.frekuensi_tahun",
    "evaluasi_periode.frekuensi_unit", "evaluasi_periode.periods_for",
    "identitas.default_penilai_id", "identitas.form_variant_of", "identitas.kepala_daerah",
    "identitas.pihak", "identitas.snapshot", "identitas.unit_head_above", "log_harian.entries",
    "log_harian.totals", "log_harian.week", "organisasi.daftar_unit",
    "organisasi.detail_unit", "organisasi.logo_unit", "organisasi.validate_unit",
    "orgs.list_units", "orgs.subtree_ids",
    "orgs.unit_by_kode", "orgs.unit_path", "pegawai.count_pegawai", "pegawai.detail",
    "pegawai.get_pegawai", "pegawai.list_pegawai", "pegawai.list_pegawai_by_ids",
    "pegawai.deleted_pegawai",
    "pegawai.pegawai_by_nip", "pegawai.subordinates_tree_counts", "pegawai.validate",
    "pengaturan.frekuensi_default", "pengaturan.gambar", "pengaturan.get_setting",
    "pengaturan.instansi",
    "pengaturan.jenis_unit_mandiri", "pengaturan.kepala_daerah", "pengaturan.list_settings",
    "pengaturan.panduan_distribusi", "pengaturan.tempat", "riwayat.current_actor",
    "roster_periksa.periksa", "siklus_pegawai.riwayat_penempatan",
    "pemantauan.opd_units", "pemantauan.rekap", "pemantauan.riwayat_predikat",
    "pemantauan.lingkup", "pemantauan.baris_pegawai", "pemantauan.baris_opd",
    "pemantauan_ringkas.ringkasan", "pemantauan_ringkas.tindak_lanjut",
    "pemantauan_ringkas.pegawai_opd",
    "riwayat.history", "status_kerja.hitung", "status_kerja.kondisi",
    "status_kerja.periode_per_unit", "status_kerja.status_pegawai", "skp.masalah_pengajuan",
    "skp_baca.get_skp", "skp_baca.list_skp",
    "skp_baca.matriks_peran_hasil", "skp_baca.rhk_views", "skp_baca.rhk_views_of",
    "skp_baca.skp_for", "skp_baca.skp_identitas", "skp_dasar.live_skp_of",
    "skp_rencana.cascade_options", "skp_rencana.cascade_source", "sync_status.pending_counts",
    "tahun_kinerja.daftar_tahun",
    "tahun_kinerja.tahun_ini",
    "umpan_balik.atasan_ids", "umpan_balik.feedback_by", "umpan_balik.feedback_for",
    "umpan_balik.get_forum", "umpan_balik.list_forum", "workflow.terkunci",
    "beranda.pengaduan_perhatian", "ikm.daftar", "pelayanan.backlog_kemarin",
    "pelayanan.backlog_tercatat",
    "pelayanan.harian", "pelayanan.katalog", "pelayanan.layanan_by_kode",
    "pelayanan.unit_berlayanan", "pelayanan.unit_dari", "pelayanan.unit_layanan_dari",
    "pelayanan_berkas.tulis", "pelayanan_kinerja.ada_sumber", "pelayanan_kinerja.nilai_sumber",
    "pelayanan_rekap.ada_data", "pelayanan_rekap.rekap", "pelayanan_rekap.ringkas_unit",
    "pengaduan.ambil", "pengaduan.cari_nomor", "pengaduan.daftar",
    "pengaduan.diselesaikan_oleh", "pengaduan.hitung_batas", "pengaduan.hitung_perhatian",
    "pengaduan.riwayat", "pengaturan.batas_pengaduan", "pengaturan.hari_libur",
    "pengaturan.interval_ikm",
}
# The demo generator writes in bulk inside fill_demo, which keeps to the installation's scope
# itself (tests/services/test_demo.py); its builders are not reachable from the GUI or the CLI.
BULK = {"demo_penilaian.freeze_evaluated_content", "demo_penilaian.freeze_again",
        "demo_pelayanan.isi", "demo_pelayanan.bulk"}
# Writes that look only inside the session's own scope, so another unit's session finds nothing
# to write instead of being refused (tests/services/test_pengaduan_nomor.py checks that).
OWN_SCOPE = {"pengaduan.nomor_ganda_diganti"}


def public_session_functions() -> dict[str, Callable[..., object]]:
    """Every public function of the service layer whose first parameter is the session."""
    found: dict[str, Callable[..., object]] = {}
    for m in pkgutil.iter_modules(services_pkg.__path__):
        mod = importlib.import_module(f"{services_pkg.__name__}.{m.name}")
        for name, fn in vars(mod).items():
            if name.startswith("_") or not inspect.isfunction(fn) or fn.__module__ != mod.__name__:
                continue
            params = list(inspect.signature(fn).parameters)
            if params and params[0] == "s":
                found[f"{m.name}.{name}"] = fn
    return found


@dataclass(frozen=True)
class Data:
    """Appraisal data of Dinas Pendidikan (org.disdik), written by the central."""

    draft: str  # staf1's SKP in konsep
    rid: str
    iid: str
    diajukan: str  # the PPPK's SKP, waiting for approval
    done: str  # staf2's approved SKP
    e: str  # its TW1 evaluation, konsep
    lid: str
    fb: str
    forum: str
    lay: str  # a service of Dinas Pendidikan's catalogue, with a day of register
    adu: str  # a complaint it received


def _data(ws: Workspace, org: Org) -> Data:
    with ws.session() as s:
        draft = skp.create_skp(s, org.staf1, TAHUN)
        rid = fill_skp(s, draft, 1)[0]
        iid = skp.get_skp(s, draft).utama[0].indikator[0].id
        diajukan = skp.create_skp(s, org.pppk, TAHUN)
        fill_skp(s, diajukan, 1)
        skp.ajukan(s, diajukan)
        done = approved_skp(s, org.staf2)
        e = evaluasi.open_evaluasi(s, done, f"{TAHUN}-TW1")
        lid = log_harian.add_log(s, org.staf2, log_harian.LogInput(date(TAHUN, 2, 1), "x"))
        fb = umpan_balik.add_umpan_balik(s, umpan_balik.UmpanBalikInput(
            org.staf1, org.staf2, umpan_balik.Peran.REKAN, "Bagus", date(TAHUN, 2, 1)))
        forum = umpan_balik.create_forum(s, umpan_balik.ForumInput(
            org.bidang, date(TAHUN, 3, 1), "Forum"))
        lay = pelayanan.tambah_layanan(s, org.disdik, pelayanan.LayananInput("KTP", "KTP", 1))
        pelayanan.catat_harian(s, pelayanan.HarianInput(lay, date(TAHUN, 2, 2), 3, 3, 3, 0))
        adu = pengaduan.catat(s, org.disdik, pengaduan.PengaduanInput(
            date(TAHUN, 2, 2), Kanal.LANGSUNG, "x"), hari_ini=date(TAHUN, 2, 3))
        ikm.catat(s, org.disdik, f"{TAHUN}-TW1", 10, [3.0] * 9)
        return Data(draft, rid, iid, diajukan, done, e, lid, fb, forum, lay, adu)


def _writes(org: Org, d: Data) -> dict[str, Callable[[Session], object]]:
    """One call per public service write, each aimed at Dinas Pendidikan's data or at master
    data: a Dinas Kesehatan installation must be refused every one of them."""
    tw1, tw2 = f"{TAHUN}-TW1", f"{TAHUN}-TW2"
    rekan = umpan_balik.UmpanBalikInput(org.staf1, org.staf2, umpan_balik.Peran.REKAN, "x",
                                        date(TAHUN, 2, 1))
    forum = umpan_balik.ForumInput(org.bidang, date(TAHUN, 3, 1), "Forum")
    return {
        "evaluasi.ajukan": lambda s: evaluasi.ajukan(s, d.e),
        "evaluasi.buka_kembali": lambda s: evaluasi.buka_kembali(s, d.e, "alasan"),
        "evaluasi.delete_evaluasi": lambda s: evaluasi.delete_evaluasi(s, d.e),
        "evaluasi.kembalikan": lambda s: evaluasi.kembalikan(s, d.e, "alasan"),
        "evaluasi.open_evaluasi": lambda s: evaluasi.open_evaluasi(s, d.done, tw2),
        "evaluasi.set_capaian_organisasi":
            lambda s: evaluasi.set_capaian_organisasi(s, d.e, "BAIK"),
        "evaluasi.set_catatan_rekomendasi":
            lambda s: evaluasi.set_catatan_rekomendasi(s, d.e, "x"),
        "evaluasi.set_rating_hasil_kerja":
            lambda s: evaluasi.set_rating_hasil_kerja(s, d.e, "SESUAI_EKSPEKTASI"),
        "evaluasi.set_rating_perilaku_kerja":
            lambda s: evaluasi.set_rating_perilaku_kerja(s, d.e, "SESUAI_EKSPEKTASI"),
        "evaluasi.set_ratings":
            lambda s: evaluasi.set_ratings(s, d.e, "SESUAI_EKSPEKTASI", None),
        "evaluasi.set_realisasi": lambda s: evaluasi.set_realisasi(s, d.e, d.iid, 1.0),
        "evaluasi.set_tanggal": lambda s: evaluasi.set_tanggal(s, d.e, date(TAHUN, 4, 1)),
        "evaluasi.set_umpan_balik_perilaku":
            lambda s: evaluasi.set_umpan_balik_perilaku(s, d.e, "loyal", "x"),
        "evaluasi.set_umpan_balik_rhk":
            lambda s: evaluasi.set_umpan_balik_rhk(s, d.e, d.rid, "x"),
        "evaluasi.setujui": lambda s: evaluasi.setujui(s, d.e),
        "evaluasi.write_realisasi":
            lambda s: evaluasi.write_realisasi(s, d.e, d.iid, 1.0, None, None),
        "evaluasi_periode.ensure_periods": lambda s: evaluasi.ensure_periods(s, TAHUN),
        "evaluasi_periode.ensure_tahun": lambda s: evaluasi.ensure_tahun(s, TAHUN),
        "evaluasi_periode.set_capaian_unit":
            lambda s: evaluasi.set_capaian_unit(s, org.bidang, tw1, "BAIK"),
        "koreksi_pegawai.tukar_nip": lambda s: koreksi_pegawai.tukar_nip(
            s, pegawai.get_pegawai(s, org.staf1).nip, pegawai.get_pegawai(s, org.staf2).nip),
        "koreksi_pegawai.ubah": lambda s: koreksi_pegawai.ubah(
            s, pegawai.get_pegawai(s, org.staf1).nip, {"nama": "Nama Lain"}),
        "log_harian.add_log": lambda s: log_harian.add_log(
            s, org.staf2, log_harian.LogInput(date(TAHUN, 2, 2), "x")),
        "log_harian.carry_to_realisasi": lambda s: log_harian.carry_to_realisasi(s, d.e),
        "log_harian.delete_log": lambda s: log_harian.delete_log(s, d.lid),
        "log_harian.update_log": lambda s: log_harian.update_log(
            s, d.lid, log_harian.LogInput(date(TAHUN, 2, 3), "y")),
        "mutasi.pindah": lambda s: mutasi.pindah(
            s, pegawai.get_pegawai(s, org.perawat).nip, "3673.DISDIK"),
        "organisasi.buka_unit": lambda s: organisasi.buka_unit(s, "3673.DISDIK.GTK"),
        "organisasi.hapus_unit": lambda s: organisasi.hapus_unit(s, "3673.DISDIK.GTK"),
        "organisasi.pindah_unit":
            lambda s: organisasi.pindah_unit(s, "3673.DISDIK.GTK", "3673.DINKES"),
        "organisasi.pulihkan_unit": lambda s: organisasi.pulihkan_unit(s, "3673.DISDIK.GTK"),
        "organisasi.tambah_unit": lambda s: organisasi.tambah_unit(s, organisasi.UnitInput(
            "3673.DINKES.BARU", "Bidang Baru", "BIDANG", "3673.DINKES")),
        "organisasi.tutup_unit": lambda s: organisasi.tutup_unit(s, "3673.DISDIK.GTK"),
        "organisasi.ubah_unit": lambda s: organisasi.ubah_unit(
            s, "3673.DINKES", organisasi.UnitInput("3673.DINKES", "Dinas Kesehatan Kota", "OPD",
                                                   "3673")),
        "organisasi.urutkan_sub_unit":
            lambda s: organisasi.urutkan_sub_unit(s, "3673", ["3673.DINKES", "3673.DISDIK"]),
        "pegawai.delete_pegawai": lambda s: pegawai.delete_pegawai(s, org.staf1),
        "pegawai.restore_pegawai": lambda s: pegawai.restore_pegawai(s, org.staf1),
        "langkah_massal.jalankan_massal":
            lambda s: langkah_massal.jalankan_massal(s, [d.draft], skp.ajukan),
        "pegawai.save_pegawai": lambda s: pegawai.save_pegawai(
            s, _same(pegawai.get_pegawai(s, org.perawat)), org.perawat),
        "penempatan.catat": lambda s: penempatan.catat(
            s, pegawai.get_pegawai(s, org.perawat), Peristiwa.MUTASI),
        "pengaturan.reset_setting": lambda s: pengaturan.reset_setting(s, pengaturan.TEMPAT),
        "pengaturan.set_gambar": lambda s: pengaturan.set_gambar(s, pengaturan.LAMBANG, None),
        "pengaturan.set_setting":
            lambda s: pengaturan.set_setting(s, pengaturan.TEMPAT, "Cilegon"),
        "pengaturan.set_settings":
            lambda s: pengaturan.set_settings(s, {pengaturan.TEMPAT: "Cilegon"}),
        "roster_impor.terapkan": lambda s: roster_impor.terapkan(s, roster_periksa.Pratinjau()),
        "riwayat.record": lambda s: riwayat.record(s, "SKP", d.draft, org.staf1, Aksi.DIAJUKAN),
        "siklus_pegawai.berhenti": lambda s: siklus_pegawai.berhenti(
            s, pegawai.get_pegawai(s, org.perawat).nip, AlasanBerhenti.PENSIUN,
            date(TAHUN, 6, 1)),
        "siklus_pegawai.catat_berhenti": lambda s: siklus_pegawai.catat_berhenti(
            s, pegawai.get_pegawai(s, org.staf1), AlasanBerhenti.MENINGGAL, date(TAHUN, 6, 1)),
        "siklus_pegawai.pulihkan": lambda s: siklus_pegawai.pulihkan(
            s, pegawai.get_pegawai(s, org.staf1).nip),
        "skp.ajukan": lambda s: skp.ajukan(s, d.draft),
        "skp.buka_kembali": lambda s: skp.buka_kembali(s, d.done, "alasan"),
        "skp.create_skp": lambda s: skp.create_skp(s, org.kabid, TAHUN),
        "skp.delete_skp": lambda s: skp.delete_skp(s, d.draft),
        "skp.kembalikan": lambda s: skp.kembalikan(s, d.diajukan, "alasan"),
        "skp.set_catatan": lambda s: skp.set_catatan(s, d.draft, "x"),
        "skp.set_ekspektasi": lambda s: skp.set_ekspektasi(s, d.draft, "loyal", "x"),
        "skp.set_lampiran": lambda s: skp.set_lampiran(s, d.draft, skp.Lampiran(("x",))),
        "skp.set_pendekatan": lambda s: skp.set_pendekatan(s, d.draft, "KUALITATIF"),
        "skp.set_penilai": lambda s: skp.set_penilai(s, d.draft, org.kadis, None),
        "skp.set_periode":
            lambda s: skp.set_periode(s, d.draft, date(TAHUN, 2, 1), date(TAHUN, 12, 31)),
        "skp.setujui": lambda s: skp.setujui(s, d.diajukan),
        "skp_rencana.add_indikator": lambda s: skp.add_indikator(
            s, d.rid, skp.IndikatorInput("x", Aspek.KUANTITAS, 1, "Dok")),
        "skp_rencana.add_rhk": lambda s: skp.add_rhk(s, d.draft, skp.RhkInput("x")),
        "skp_rencana.delete_indikator": lambda s: skp.delete_indikator(s, d.iid),
        "skp_rencana.delete_rhk": lambda s: skp.delete_rhk(s, d.rid),
        "skp_rencana.move_rhk": lambda s: skp.move_rhk(s, d.rid, 1),
        "skp_rencana.reorder_indikator": lambda s: skp.reorder_indikator(s, d.rid, [d.iid]),
        "skp_rencana.reorder_rhk": lambda s: skp.reorder_rhk(s, d.draft, [d.rid]),
        "skp_rencana.set_rhk_atasan": lambda s: skp.set_rhk_atasan(s, d.rid, None, "x"),
        "skp_rencana.update_indikator":
            lambda s: skp.update_indikator(s, d.iid, skp.IndikatorInput("y")),
        "skp_rencana.update_rhk": lambda s: skp.update_rhk(s, d.rid, skp.RhkInput("y")),
        "skp_salin.salin_skp":
            lambda s: skp_salin.salin_skp(s, TAHUN, TAHUN + 1, frozenset({org.bidang})),
        "tahun_kinerja.buka_tahun":
            lambda s: tahun_kinerja.buka_tahun(s, TAHUN + 1, Frekuensi.TRIWULANAN),
        "umpan_balik.add_umpan_balik": lambda s: umpan_balik.add_umpan_balik(s, rekan),
        "umpan_balik.create_forum": lambda s: umpan_balik.create_forum(s, forum),
        "umpan_balik.delete_forum": lambda s: umpan_balik.delete_forum(s, d.forum),
        "umpan_balik.delete_umpan_balik":
            lambda s: umpan_balik.delete_umpan_balik(s, d.fb),
        "umpan_balik.update_forum": lambda s: umpan_balik.update_forum(s, d.forum, forum),
        "umpan_balik.update_umpan_balik":
            lambda s: umpan_balik.update_umpan_balik(s, d.fb, rekan),
        "workflow.jalankan": lambda s: workflow.jalankan(
            s, skp.JENIS, s.get_one(Skp, d.draft), workflow.Langkah.AJUKAN, oleh=None),
        "workflow.jalankan_alur": lambda s: workflow.jalankan_alur(
            s, pengaduan.ALUR, pengaduan.NAMA, s.get_one(Pengaduan, d.adu),
            pengaduan.LangkahPengaduan.VERIFIKASI, oleh=None),
        "pelayanan.tambah_layanan": lambda s: pelayanan.tambah_layanan(
            s, org.disdik, pelayanan.LayananInput("KK", "KK", 1)),
        "pelayanan.ubah_layanan": lambda s: pelayanan.ubah_layanan(
            s, d.lay, pelayanan.LayananInput("KTP", "KTP-el", 1)),
        "pelayanan.hapus_layanan": lambda s: pelayanan.hapus_layanan(s, d.lay),
        "pelayanan.catat_harian": lambda s: pelayanan.catat_harian(
            s, pelayanan.HarianInput(d.lay, date(TAHUN, 2, 3), 1, 1, 1, 0)),
        "pelayanan.hapus_harian":
            lambda s: pelayanan.hapus_harian(s, d.lay, date(TAHUN, 2, 2)),
        "pelayanan_impor.impor_register":
            lambda s: pelayanan_impor.impor_register(s, org.disdik, "register.csv"),
        "pelayanan_impor.periksa_register":
            lambda s: pelayanan_impor.periksa_register(s, org.disdik, "register.csv"),
        "pelayanan_kinerja.isi_dari_register":
            lambda s: pelayanan_kinerja.isi_dari_register(s, d.e),
        "ikm.catat": lambda s: ikm.catat(s, org.disdik, f"{TAHUN}-TW2", 5, [3.0] * 9),
        "ikm.hapus": lambda s: ikm.hapus(s, org.disdik, f"{TAHUN}-TW1"),
        "pengaduan.catat": lambda s: pengaduan.catat(s, org.disdik, pengaduan.PengaduanInput(
            date(TAHUN, 2, 2), Kanal.EMAIL, "y"), hari_ini=date(TAHUN, 2, 3)),
        "pengaduan.ubah": lambda s: pengaduan.ubah(s, d.adu, pengaduan.PengaduanInput(
            date(TAHUN, 2, 2), Kanal.EMAIL, "y"), hari_ini=date(TAHUN, 2, 3)),
        "pengaduan.hapus": lambda s: pengaduan.hapus(s, d.adu),
        "pengaduan.langkah": lambda s: pengaduan.langkah(
            s, d.adu, "verifikasi", hari_ini=date(TAHUN, 2, 3)),
    }


def _same(p: Pegawai) -> pegawai.PegawaiInput:
    return pegawai.PegawaiInput(status=p.status, nip=p.nip, nama=p.nama, jabatan=p.jabatan,
                                jenis_jabatan=p.jenis_jabatan, golongan=p.golongan,
                                unit_id=p.unit_id, atasan_id=p.atasan_id)


def _changes(ws: Workspace) -> int:
    with ws.db.Session() as s:
        return int(s.scalar(select(func.count()).select_from(ChangeLog)) or 0)


def test_every_write_refused_to_another_unit_and_without_an_actor(ws: Workspace,
                                                                   org: Org) -> None:
    d = _data(ws, org)
    writes = _writes(org, d)
    found = set(public_session_functions())
    # a new public write must join the walk (and a new read READS)
    assert not (READS | BULK | OWN_SCOPE) - found, "stale names in READS/BULK/OWN_SCOPE"
    assert not set(writes) & READS
    assert set(writes) == found - READS - BULK - OWN_SCOPE, "unclassified: " + ", ".join(
        sorted(found - READS - BULK - OWN_SCOPE - set(writes)))
    before = _changes(ws)
    for name, write in writes.items():
        with unit_session(ws, org.dinkes) as s, pytest.raises(PermissionError_) as refused:
            write(s)
        assert refused.value.args[0], name
        with ws.db.session() as s, pytest.raises(AsnError, match="identitas instalasi"):
            write(s)
    assert _changes(ws) == before  # nothing of the refused writes was kept
    with ws.db.Session() as s:
        v = skp.get_skp(s, d.draft)
        assert v.status == "DRAFT" and len(v.utama) == 1 and v.perilaku[4].ekspektasi == ""
        assert skp.skp_for(s, org.kabid, TAHUN) is None


def test_scope(ws: Workspace, org: Org) -> None:
    with ws.db.session() as s:
        bind(s, SISTEM)
        assert scope_unit_ids(s) is None
    with ws.session() as s:
        assert scope_unit_ids(s) is None
    with unit_session(ws, org.disdik) as s:
        assert scope_unit_ids(s) == {org.disdik, org.bidang}
        require_appraisal_scope(s, org.staf1)
    with unit_session(ws, org.bidang) as s, pytest.raises(PermissionError_):
        require_appraisal_scope(s, org.kadis)


def test_unit_writes_inside_its_subtree(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        kabid_skp = approved_skp(s, org.kabid)
    with unit_session(ws, org.disdik) as s:
        sid = skp.create_skp(s, org.staf1, TAHUN)
        rid = skp.add_rhk(s, sid, skp.RhkInput("RHK", rhk_atasan_id=skp.get_skp(
            s, kabid_skp).utama[0].id))
        skp.add_indikator(s, rid, skp.IndikatorInput("IKI", Aspek.KUANTITAS, 1, "Dok"))
        skp.ajukan(s, sid)
        skp.setujui(s, sid)
        e = evaluasi.open_evaluasi(s, sid, f"{TAHUN}-TW1")
        evaluasi.set_ratings(s, e, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI")
        evaluasi.set_capaian_unit(s, org.bidang, f"{TAHUN}-TW1", "BAIK")
        log_harian.add_log(s, org.staf1, log_harian.LogInput(date(TAHUN, 2, 1), "x", rid))
        umpan_balik.add_umpan_balik(s, umpan_balik.UmpanBalikInput(
            org.staf1, org.kabid, umpan_balik.Peran.ATASAN, "Bagus", date(TAHUN, 2, 1)))
        umpan_balik.create_forum(s, umpan_balik.ForumInput(org.bidang, date(TAHUN, 3, 1),
                                                           "Forum"))
        assert riwayat.history(s, sid)[-1].aksi == Aksi.DISETUJUI.value


def test_unit_never_writes_master_data(ws: Workspace, org: Org) -> None:
    with unit_session(ws, org.disdik) as s:
        for write in (lambda: evaluasi.ensure_periods(s, TAHUN),
                      lambda: evaluasi.ensure_tahun(s, TAHUN),
                      lambda: pengaturan.set_setting(s, pengaturan.TEMPAT, "Cilegon"),
                      lambda: pengaturan.reset_setting(s, pengaturan.TEMPAT),
                      lambda: pegawai.delete_pegawai(s, org.staf1)):
            with pytest.raises(PermissionError_):
                write()
        assert pengaturan.tempat(s) == "Serang"
    with ws.session() as s:  # the central may
        assert evaluasi.ensure_periods(s, TAHUN)
