from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asn_desktop.db.models import Evaluasi, OrgUnit, Pegawai, Realisasi
from asn_desktop.db.models import Periode as PeriodeRow
from asn_desktop.domain.organisasi import CapaianOrganisasi
from asn_desktop.domain.periods import Frekuensi
from asn_desktop.domain.predikat import Predikat
from asn_desktop.domain.ratings import Rating
from asn_desktop.errors import LockedError, ValidationError
from asn_desktop.services import evaluasi as svc
from asn_desktop.services import pengaturan
from asn_desktop.services import skp as skp_svc
from asn_desktop.services.workspace import Workspace

from .conftest import TAHUN, Org, add_pegawai, approved_skp

GOLDEN = json.loads(
    (Path(__file__).resolve().parents[1] / "golden" / "golden.json").read_text(encoding="utf-8")
)
A, S, B = Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI


def test_requires_approved_skp(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        skp_id = skp_svc.create_skp(s, org.staf1, TAHUN)
        with pytest.raises(ValidationError, match="disetujui"):
            svc.open_evaluasi(s, skp_id, f"{TAHUN}-TW1")


def test_period_must_fit_frequency_and_year(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        skp_id = approved_skp(s, org.staf1)
        with pytest.raises(ValidationError):
            svc.open_evaluasi(s, skp_id, f"{TAHUN}-SM1")  # the year is triwulanan
        with pytest.raises(ValidationError):
            svc.open_evaluasi(s, skp_id, f"{TAHUN + 1}-TW1")
        first = svc.open_evaluasi(s, skp_id, f"{TAHUN}-TW1", oleh="Siti")
        assert svc.open_evaluasi(s, skp_id, f"{TAHUN}-tw1") == first  # opens the same one
        e = s.get_one(Evaluasi, first)
        assert (e.pegawai_id, e.periode_kode, e.status) == (org.staf1, f"{TAHUN}-TW1", "DRAFT")
        assert e.tanggal == date(TAHUN, 3, 31)


def test_frequency_follows_unit_override(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        svc.ensure_tahun(s, TAHUN, Frekuensi.TRIWULANAN)
        s.get_one(OrgUnit, org.disdik).frekuensi_evaluasi = "SEMESTERAN"
        assert svc.frekuensi_pegawai(s, org.staf1, TAHUN) is Frekuensi.SEMESTERAN  # ancestor
        assert svc.frekuensi_pegawai(s, org.perawat, TAHUN) is Frekuensi.TRIWULANAN
        assert [p.kode for p in svc.periods_for(s, org.staf1, TAHUN)] == [
            f"{TAHUN}-SM1", f"{TAHUN}-SM2", f"{TAHUN}-SM-AKHIR"]
        skp_id = approved_skp(s, org.staf1)
        with pytest.raises(ValidationError):
            svc.open_evaluasi(s, skp_id, f"{TAHUN}-TW1")
        svc.open_evaluasi(s, skp_id, f"{TAHUN}-SM1")


def test_ensure_periods(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        s.get_one(OrgUnit, org.dinkes).frekuensi_evaluasi = "SEMESTERAN"
        created = svc.ensure_periods(s, TAHUN)
        again = svc.ensure_periods(s, TAHUN)
        rows = s.scalars(select(PeriodeRow).where(PeriodeRow.tahun == TAHUN)).all()
    assert created == [f"{TAHUN}-SM1", f"{TAHUN}-SM2", f"{TAHUN}-SM-AKHIR",
                       f"{TAHUN}-TW1", f"{TAHUN}-TW2", f"{TAHUN}-TW3", f"{TAHUN}-TW4"]
    assert again == []
    tw2 = next(r for r in rows if r.kode == f"{TAHUN}-TW2")
    assert (tw2.mulai, tw2.selesai, tw2.frekuensi) == (date(TAHUN, 4, 1), date(TAHUN, 6, 30),
                                                       "TRIWULANAN")


@pytest.mark.parametrize("hasil", [A, S, B])
@pytest.mark.parametrize("perilaku", [A, S, B])
def test_predikat_follows_matrix(ws: Workspace, org: Org, hasil: Rating,
                                 perilaku: Rating) -> None:
    expected = Predikat(GOLDEN["predikat_matrix"][hasil.value][perilaku.value])
    with ws.session() as s:
        e = svc.open_evaluasi(s, approved_skp(s, org.staf1, n_rhk=1), f"{TAHUN}-TW1")
        assert svc.set_rating_hasil_kerja(s, e, hasil) is None
        assert s.get_one(Evaluasi, e).predikat is None  # not until both are set
        assert svc.set_rating_perilaku_kerja(s, e, perilaku) is expected
    with ws.session() as s:
        stored = s.get_one(Evaluasi, e)
        assert stored.predikat == expected.value
        assert (stored.rating_hasil_kerja, stored.rating_perilaku_kerja) == (hasil, perilaku)
        assert svc.get_evaluasi(s, e).predikat is expected
        svc.set_rating_hasil_kerja(s, e, None)
        assert s.get_one(Evaluasi, e).predikat is None


def test_ratings_accept_printed_text(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        e = svc.open_evaluasi(s, approved_skp(s, org.staf1, n_rhk=1), f"{TAHUN}-TW1")
        assert svc.set_ratings(s, e, "DIATAS EKSPEKTASI", "di atas ekspektasi") is \
            Predikat.SANGAT_BAIK
        with pytest.raises(ValidationError):
            svc.set_ratings(s, e, "LUAR BIASA", None)


def test_predikat_cannot_be_set_directly(ws: Workspace, org: Org) -> None:
    writers = [name for name, f in inspect.getmembers(svc, inspect.isfunction)
               if f.__module__ == svc.__name__ and "predikat" in inspect.signature(f).parameters]
    assert writers == []
    assert not hasattr(svc, "set_predikat")
    with ws.session() as s:
        e = svc.open_evaluasi(s, approved_skp(s, org.staf1, n_rhk=1), f"{TAHUN}-TW1")
        svc.set_ratings(s, e, S, S)
        s.get_one(Evaluasi, e).predikat = Predikat.SANGAT_BAIK.value  # tampering
    with ws.session() as s:
        assert svc.get_evaluasi(s, e).predikat is Predikat.BAIK  # views derive it
        svc.set_catatan_rekomendasi(s, e, "x")
        svc.ajukan(s, e)
        svc.setujui(s, e)
        assert s.get_one(Evaluasi, e).predikat == Predikat.BAIK.value  # re-derived on approval


def test_texts_and_numbers_past_what_a_sheet_holds_are_refused(ws: Workspace,
                                                                 org: Org) -> None:
    with ws.session() as s:
        skp_id = approved_skp(s, org.staf1)
        e = svc.open_evaluasi(s, skp_id, f"{TAHUN}-TW2", oleh="Siti")
        rhk = svc.get_evaluasi(s, e).utama[0]
        ind = rhk.indikator[0].indikator.id
        for call, field in (
            (lambda: svc.set_catatan_rekomendasi(s, e, "x" * 4001), "catatan_rekomendasi"),
            (lambda: svc.set_umpan_balik_perilaku(s, e, "kolaboratif", "x" * 2001),
             "umpan_balik_kolaboratif"),
            (lambda: svc.set_umpan_balik_rhk(s, e, rhk.rhk.id, "x" * 2001), "umpan_balik"),
            (lambda: svc.set_realisasi(s, e, ind, 5, "x" * 2001), "realisasi_teks"),
            (lambda: svc.set_realisasi(s, e, ind, 5, None, "x" * 501), "bukti_dukung"),
            (lambda: svc.set_realisasi(s, e, ind, float("nan")), "realisasi_nilai"),
            (lambda: svc.set_realisasi(s, e, ind, float("inf")), "realisasi_nilai"),
        ):
            with pytest.raises(ValidationError, match=r"paling panjang|angka") as exc:
                call()
            assert exc.value.field == field
        svc.set_catatan_rekomendasi(s, e, "x" * 4000)
        stored = s.get_one(Evaluasi, e)
        assert stored.catatan_rekomendasi == "x" * 4000
        # a longer text already stored (an older version wrote it) blocks nothing
        stored.umpan_balik_kolaboratif = "y" * 3000
        svc.set_umpan_balik_perilaku(s, e, "kolaboratif", "y" * 3000)
        svc.set_catatan_rekomendasi(s, e, "lebih pendek")
        assert s.get_one(Evaluasi, e).catatan_rekomendasi == "lebih pendek"
        assert s.scalar(select(func.count()).select_from(Realisasi)) == 0


def test_lifecycle_lock_and_reopen(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        skp_id = approved_skp(s, org.staf1)
        svc.set_capaian_unit(s, org.disdik, f"{TAHUN}-TW2", CapaianOrganisasi.ISTIMEWA)
        e = svc.open_evaluasi(s, skp_id, f"{TAHUN}-TW2", oleh="Siti")
        v = svc.get_evaluasi(s, e)
        rhk = v.utama[0]
        svc.set_realisasi(s, e, rhk.indikator[0].indikator.id, 5, None, "Daftar hadir")
        svc.set_realisasi(s, e, rhk.indikator[1].indikator.id, None, "Semua tepat", None)
        svc.set_umpan_balik_rhk(s, e, rhk.rhk.id, "Pertahankan")
        svc.set_umpan_balik_perilaku(s, e, "kolaboratif", "Aktif dalam tim")
        svc.ajukan(s, e, oleh="Budi")
        with pytest.raises(ValidationError, match="Rating hasil kerja"):
            svc.setujui(s, e)
        svc.set_ratings(s, e, A, S)
        svc.setujui(s, e, oleh="Siti")

    with ws.session() as s:
        v = svc.get_evaluasi(s, e)
        stored = s.get_one(Evaluasi, e)
        assert stored.identitas_json and stored.capaian_organisasi == "ISTIMEWA"
    assert v.status == "DISETUJUI" and v.terkunci and v.identitas_snapshot
    assert v.periode.kode == f"{TAHUN}-TW2" and v.periode.label == "TRIWULAN II"
    assert v.predikat is Predikat.BAIK
    assert v.capaian_organisasi is CapaianOrganisasi.ISTIMEWA and not v.capaian_dari_unit
    first = v.utama[0]
    assert first.umpan_balik == "Pertahankan"
    assert first.indikator[0].realisasi_nilai == 5
    assert first.indikator[0].bukti_dukung == "Daftar hadir"
    assert first.indikator[0].realisasi_cetak == "5 Dokumen"
    assert first.indikator[0].indikator.target_teks == "12 Dokumen"
    assert first.indikator[1].realisasi_teks == "Semua tepat"
    assert v.utama[1].umpan_balik == "" and v.utama[1].indikator[0].realisasi_nilai is None
    kol = next(p for p in v.perilaku if p.kode == "kolaboratif")
    assert kol.umpan_balik == "Aktif dalam tim" and len(kol.panduan) == 3
    assert v.form.title_lines[0] == "EVALUASI KINERJA PEGAWAI"
    assert [r.aksi for r in v.riwayat] == ["DIBUAT", "DIAJUKAN", "DISETUJUI"]
    assert v.identitas.penilai is not None and v.identitas.penilai.pegawai_id == org.kabid

    with ws.session() as s:
        edits: list[Callable[[], object]] = [
            lambda: svc.set_realisasi(s, e, first.indikator[0].indikator.id, 6),
            lambda: svc.set_umpan_balik_rhk(s, e, first.rhk.id, "x"),
            lambda: svc.set_umpan_balik_perilaku(s, e, "loyal", "x"),
            lambda: svc.set_ratings(s, e, B, B),
            lambda: svc.set_rating_hasil_kerja(s, e, B),
            lambda: svc.set_capaian_organisasi(s, e, "BAIK"),
            lambda: svc.set_catatan_rekomendasi(s, e, "x"),
            lambda: svc.set_tanggal(s, e, date(TAHUN, 7, 1)),
            lambda: svc.ajukan(s, e),
            lambda: svc.delete_evaluasi(s, e),
        ]
        for edit in edits:
            with pytest.raises(LockedError):
                edit()
        # an RHK assessed in an approved evaluation cannot be deleted from a reopened SKP
        skp_svc.buka_kembali(s, skp_id, "Revisi", "Siti")
        with pytest.raises(ValidationError, match="sudah dinilai"):
            skp_svc.delete_rhk(s, first.rhk.id)

    with ws.session() as s:
        with pytest.raises(ValidationError):
            svc.buka_kembali(s, e, "", "Siti")
        svc.buka_kembali(s, e, "Bukti dukung tertinggal", "Siti")
        svc.set_realisasi(s, e, first.indikator[0].indikator.id, 6, None, "Daftar hadir")
        # the SKP is reopened: the evaluation cannot go forward until it is approved again
        with pytest.raises(ValidationError, match="SKP"):
            svc.ajukan(s, e)
        v2 = svc.get_evaluasi(s, e)
        assert s.get_one(Evaluasi, e).identitas_json is None
    assert v2.status == "DRAFT" and v2.utama[0].indikator[0].realisasi_nilai == 6
    assert (v2.riwayat[-1].aksi, v2.riwayat[-1].alasan) == ("DIBUKA_KEMBALI",
                                                            "Bukti dukung tertinggal")


def test_kembalikan_and_validation(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        skp_id = approved_skp(s, org.staf1)
        other = approved_skp(s, org.staf2)
        e = svc.open_evaluasi(s, skp_id, f"{TAHUN}-TW1")
        foreign = skp_svc.get_skp(s, other).utama[0]
        with pytest.raises(ValidationError) as exc:
            svc.set_realisasi(s, e, foreign.indikator[0].id, 1)
        assert exc.value.field == "indikator_id"
        with pytest.raises(ValidationError):
            svc.set_umpan_balik_rhk(s, e, foreign.id, "x")
        with pytest.raises(ValidationError):
            svc.set_umpan_balik_perilaku(s, e, "jujur", "x")
        own = skp_svc.get_skp(s, skp_id).utama[0].indikator[0].id
        with pytest.raises(ValidationError):
            svc.set_realisasi(s, e, own, -1)
        with pytest.raises(ValidationError):
            svc.set_capaian_organisasi(s, e, "LUMAYAN")
        svc.ajukan(s, e)
        with pytest.raises(ValidationError):
            svc.kembalikan(s, e, " ")
        svc.kembalikan(s, e, "Lengkapi bukti dukung", oleh="Siti")
        v = svc.get_evaluasi(s, e)
    assert v.status == "DRAFT"
    assert (v.riwayat[-1].aksi, v.riwayat[-1].alasan) == ("DIKEMBALIKAN",
                                                          "Lengkapi bukti dukung")


def test_capaian_default_from_unit(ws: Workspace, org: Org) -> None:
    kode = f"{TAHUN}-TW1"
    with ws.session() as s:
        skp1 = approved_skp(s, org.staf1)
        skp2 = approved_skp(s, org.staf2)
        e_before = svc.open_evaluasi(s, skp1, kode)
        assert svc.get_evaluasi(s, e_before).capaian_organisasi is None
        svc.set_capaian_unit(s, org.disdik, kode, "BAIK")  # the bidang inherits
        v = svc.get_evaluasi(s, e_before)
        assert v.capaian_organisasi is CapaianOrganisasi.BAIK and v.capaian_dari_unit
        assert s.get_one(Evaluasi, e_before).capaian_organisasi is None
        e_after = svc.open_evaluasi(s, skp2, kode)
        assert s.get_one(Evaluasi, e_after).capaian_organisasi == "BAIK"
        svc.set_capaian_unit(s, org.bidang, kode, CapaianOrganisasi.KURANG)  # nearer wins
        assert svc.capaian_unit(s, org.bidang, kode) is CapaianOrganisasi.KURANG
        assert svc.capaian_unit(s, org.disdik, kode) is CapaianOrganisasi.BAIK
        svc.set_capaian_unit(s, org.bidang, kode, None)
        assert svc.capaian_unit(s, org.bidang, kode) is CapaianOrganisasi.BAIK
        with pytest.raises(ValidationError):
            svc.set_capaian_unit(s, org.bidang, kode, "HEBAT")


def _rated(s: Session, people: list[str], pairs: list[tuple[Rating, Rating]],
           approve: bool = True) -> None:
    for pid, (h, p) in zip(people, pairs, strict=True):
        e = svc.open_evaluasi(s, approved_skp(s, pid, n_rhk=1), f"{TAHUN}-TW1")
        svc.set_ratings(s, e, h, p)
        if approve:
            svc.ajukan(s, e)
            svc.setujui(s, e)


def test_distribution_warnings(ws: Workspace, org: Org) -> None:
    kode = f"{TAHUN}-TW1"
    with ws.session() as s:
        extra = [add_pegawai(s, f"Pegawai {n}", org.bidang, atasan_id=org.kabid)
                 for n in range(3)]
        people = [org.staf1, org.staf2, org.pppk, *extra]
        _rated(s, people, [(S, S)] * 5 + [(A, A)])
        # one more without ratings
        svc.open_evaluasi(s, approved_skp(s, org.kabid, n_rhk=1), kode)
        baru = add_pegawai(s, "Pegawai Baru", org.bidang, atasan_id=org.kabid)
        svc.set_capaian_unit(s, org.bidang, kode, CapaianOrganisasi.BAIK)
        d = svc.distribusi_unit(s, {org.bidang}, kode)
        d_ok = svc.distribusi_unit(s, {org.bidang}, kode,
                                   capaian=CapaianOrganisasi.ISTIMEWA)
        d_none = svc.distribusi_unit(s, {org.dinkes}, kode)
    assert d.capaian is CapaianOrganisasi.BAIK
    assert [p for p, _ in d.jumlah] == [Predikat.SANGAT_KURANG, Predikat.KURANG,
                                         Predikat.BUTUH_PERBAIKAN, Predikat.BAIK,
                                         Predikat.SANGAT_BAIK]
    assert d.count(Predikat.BAIK) == 5 and d.count(Predikat.SANGAT_BAIK) == 1
    # belum dinilai counts people: the kabid's unrated evaluation and the newcomer with none
    assert d.total == 6 and d.belum_dinilai == 2
    assert d.tanpa_evaluasi == ((baru, "Pegawai Baru"),)
    # Baik 5/6 > 70% and nobody Butuh Perbaikan / Kurang
    assert len(d.peringatan) == 2
    assert any("paling banyak 70%" in w for w in d.peringatan)
    assert any("paling sedikit 1 orang" in w for w in d.peringatan)
    assert d_ok.peringatan == ()
    assert d_none.total == 0 and d_none.peringatan == ()


def test_distribution_uses_published_guidance(ws: Workspace, org: Org) -> None:
    kode = f"{TAHUN}-TW1"
    with ws.session() as s:
        _rated(s, [org.staf1, org.staf2], [(S, S), (S, S)], approve=False)
        guidance = pengaturan.get_setting(s, pengaturan.PANDUAN_DISTRIBUSI)
        guidance["BAIK"] = []  # checks switched off for BAIK
        pengaturan.set_setting(s, pengaturan.PANDUAN_DISTRIBUSI, guidance)
        d = svc.distribusi_unit(s, {org.bidang}, kode, capaian="BAIK")
        d_approved = svc.distribusi_unit(s, {org.bidang}, kode, capaian="BAIK",
                                         hanya_disetujui=True)
    assert d.total == 2 and d.peringatan == ()
    assert d_approved.total == 0


def test_evaluasi_due(ws: Workspace, org: Org) -> None:
    today = date(TAHUN, 5, 10)
    with ws.session() as s:
        s1 = approved_skp(s, org.staf1)
        s2 = approved_skp(s, org.staf2)
        approved_skp(s, org.perawat)
        skp_svc.create_skp(s, org.pppk, TAHUN)  # not approved: not due
        e1 = svc.open_evaluasi(s, s1, f"{TAHUN}-TW2")
        e2 = svc.open_evaluasi(s, s2, f"{TAHUN}-TW2")
        svc.set_ratings(s, e2, S, S)
        svc.ajukan(s, e2)
        svc.setujui(s, e2)
        due = svc.evaluasi_due(s, {org.bidang}, today)
        due_all = svc.evaluasi_due(s, None, today)
        s.get_one(Pegawai, org.perawat).aktif = False
        due_after = svc.evaluasi_due(s, None, today)
    assert [(d.pegawai_id, d.periode_kode, d.evaluasi_id, d.status) for d in due] == [
        (org.staf1, f"{TAHUN}-TW2", e1, "DRAFT")]
    assert {d.pegawai_id for d in due_all} == {org.staf1, org.perawat}
    assert next(d for d in due_all if d.pegawai_id == org.perawat).evaluasi_id is None
    assert {d.pegawai_id for d in due_after} == {org.staf1}


def test_delete_draft_evaluasi(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        skp_id = approved_skp(s, org.staf1)
        e = svc.open_evaluasi(s, skp_id, f"{TAHUN}-TW1")
        svc.delete_evaluasi(s, e)
        assert s.get_one(Evaluasi, e).deleted
        assert svc.open_evaluasi(s, skp_id, f"{TAHUN}-TW1") != e
        assert svc.count_evaluasi(s, skp_id) == 1
