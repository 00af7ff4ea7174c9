"""Periodic and final evaluations of an approved SKP (reference §1.7–§1.9).

The predikat is never typed: it is derived with ``domain.predikat.predikat_kinerja`` and stored
in ``Evaluasi.predikat`` whenever a rating changes (None until both ratings are set). The views
derive it again from the ratings, so a stray stored value can never be shown.

This module keeps creating, editing and the workflow of an evaluation; the frequency, periods
and capaian of a unit are in ``evaluasi_periode`` and the reads in ``evaluasi_baca``. Every
name callers use is re-exported here.
"""

from __future__ import annotations

import math
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.db.models import (
    Evaluasi,
    EvaluasiRhk,
    Indikator,
    Pegawai,
    Realisasi,
    Rhk,
    Skp,
)
from asn_desktop.domain.berakhlak import core_value
from asn_desktop.domain.dokumen import Aksi, Status
from asn_desktop.domain.label import periode_teks
from asn_desktop.domain.organisasi import CapaianOrganisasi
from asn_desktop.domain.panjang import BUKTI, CATATAN, REALISASI_TEKS, UMPAN_BALIK, periksa_panjang
from asn_desktop.domain.periods import (
    periode_by_kode,
)
from asn_desktop.domain.pimpinan import rating_pimpinan
from asn_desktop.domain.predikat import Predikat
from asn_desktop.domain.ratings import Rating, rating_from_text
from asn_desktop.errors import NotFoundError, ValidationError
from asn_desktop.services import evaluasi_isi
from asn_desktop.services import identitas as ident
from asn_desktop.services import workflow as wf
from asn_desktop.services.authority import (
    require_appraisal_scope,
)
from asn_desktop.services.evaluasi_baca import (
    _evaluasi,
)
from asn_desktop.services.evaluasi_baca import (
    count_evaluasi as count_evaluasi,
)
from asn_desktop.services.evaluasi_baca import (
    derive_predikat as derive_predikat,
)
from asn_desktop.services.evaluasi_baca import (
    distribusi_unit as distribusi_unit,
)
from asn_desktop.services.evaluasi_baca import (
    evaluasi_due as evaluasi_due,
)
from asn_desktop.services.evaluasi_baca import (
    evaluasi_row as evaluasi_row,
)
from asn_desktop.services.evaluasi_baca import (
    get_evaluasi as get_evaluasi,
)
from asn_desktop.services.evaluasi_baca import (
    list_evaluasi as list_evaluasi,
)
from asn_desktop.services.evaluasi_baca import (
    peringatan_pimpinan as peringatan_pimpinan,
)
from asn_desktop.services.evaluasi_baca import (
    peringatan_rating_pimpinan as peringatan_rating_pimpinan,
)
from asn_desktop.services.evaluasi_periode import (
    _capaian,
)
from asn_desktop.services.evaluasi_periode import (
    capaian_unit as capaian_unit,
)
from asn_desktop.services.evaluasi_periode import (
    ensure_periods as ensure_periods,
)
from asn_desktop.services.evaluasi_periode import (
    ensure_tahun as ensure_tahun,
)
from asn_desktop.services.evaluasi_periode import (
    frekuensi_pegawai as frekuensi_pegawai,
)
from asn_desktop.services.evaluasi_periode import (
    frekuensi_tahun as frekuensi_tahun,
)
from asn_desktop.services.evaluasi_periode import (
    frekuensi_unit as frekuensi_unit,
)
from asn_desktop.services.evaluasi_periode import (
    periods_for as periods_for,
)
from asn_desktop.services.evaluasi_periode import (
    set_capaian_unit as set_capaian_unit,
)
from asn_desktop.services.riwayat import (
    clean,
    record,
    status_of,
)
from asn_desktop.teks import N_, _
from asn_desktop.views.evaluasi import (
    DistribusiView as DistribusiView,
)
from asn_desktop.views.evaluasi import (
    EvaluasiDue as EvaluasiDue,
)
from asn_desktop.views.evaluasi import (
    EvaluasiRow as EvaluasiRow,
)
from asn_desktop.views.evaluasi import (
    EvaluasiView as EvaluasiView,
)
from asn_desktop.views.evaluasi import (  # re-exported: callers name them from here too
    IndikatorEvalView as IndikatorEvalView,
)
from asn_desktop.views.evaluasi import (
    PerilakuEvalView as PerilakuEvalView,
)
from asn_desktop.views.evaluasi import (
    RhkEvalView as RhkEvalView,
)

DOKUMEN = "evaluasi"

# -- guards --------------------------------------------------------------------------------------


JENIS = wf.JenisDokumen(
    DOKUMEN, N_("evaluasi"),
    lambda _doc: _("Evaluasi ini sudah disetujui dan terkunci. Buka kembali (dengan alasan) "
                   "untuk mengubahnya."))


def _editable(s: Session, evaluasi_id: str) -> Evaluasi:
    e = _evaluasi(s, evaluasi_id)
    wf.terkunci(s, JENIS, e)
    return e


def _rating(value: Rating | str | None) -> Rating | None:
    if value is None:
        return None
    if isinstance(value, Rating):
        return value
    return rating_from_text(value)


def _rederive(e: Evaluasi) -> None:
    p = derive_predikat(e.rating_hasil_kerja, e.rating_perilaku_kerja)
    value = p.value if p else None
    if e.predikat != value:
        e.predikat = value


# -- create ---------------------------------------------------------------------------------------


def evaluasi_record(s: Session, skp_id: str, periode_kode: str) -> Evaluasi | None:
    return s.scalars(
        select(Evaluasi)
        .where(Evaluasi.skp_id == skp_id, Evaluasi.periode_kode == periode_kode,
               Evaluasi.deleted.is_(False))
        .order_by(Evaluasi.id)
    ).first()


def open_evaluasi(
    s: Session,
    skp_id: str,
    periode_kode: str,
    *,
    oleh: str | None = None,
) -> str:
    """The evaluation of the SKP for the period: the existing one, or a new DRAFT (which
    requires an approved SKP). Returns its id."""
    skp = s.get(Skp, skp_id)
    if skp is None or skp.deleted:
        raise NotFoundError(_("SKP tidak ditemukan."))
    existing = evaluasi_record(s, skp_id, periode_kode.strip().upper())
    if existing is not None:
        return existing.id
    require_appraisal_scope(s, skp.pegawai_id)
    if status_of(skp.status) is not Status.DISETUJUI:
        raise ValidationError(
            _("Evaluasi hanya dapat dibuat untuk SKP yang sudah disetujui."), "skp_id"
        )
    frek = frekuensi_pegawai(s, skp.pegawai_id, skp.tahun)
    periode = periode_by_kode(periode_kode, frek)
    if periode.tahun != skp.tahun:
        raise ValidationError(
            _("Periode {periode} {tahun} tidak berada di tahun SKP ({tahun_skp}).").format(
                periode=periode_teks(periode.label), tahun=periode.tahun, tahun_skp=skp.tahun),
            "periode_kode"
        )
    p = s.get(Pegawai, skp.pegawai_id)
    capaian = capaian_unit(s, p.unit_id if p else None, periode.kode)
    # a head of unit starts with the rating their unit's capaian gives (domain.pimpinan)
    awal = rating_pimpinan(bool(p and p.pimpinan_unit), capaian)
    e = Evaluasi(
        skp_id=skp.id,
        pegawai_id=skp.pegawai_id,
        periode_kode=periode.kode,
        status=Status.DRAFT.value,
        capaian_organisasi=capaian.value if capaian else None,
        rating_hasil_kerja=awal.value if awal else None,
        tanggal=periode.penilaian_selesai,
    )
    s.add(e)
    s.flush()
    record(s, DOKUMEN, e.id, e.pegawai_id, Aksi.DIBUAT, oleh)
    return e.id


def delete_evaluasi(
    s: Session, evaluasi_id: str, *, oleh: str | None = None,
) -> None:
    """Tombstone a DRAFT evaluation with its realisasi and umpan balik rows."""
    e = _editable(s, evaluasi_id)
    if status_of(e.status) is not Status.DRAFT:
        raise ValidationError(_("Hanya evaluasi berstatus konsep yang dapat dihapus."),
                              "status")
    for r in s.scalars(select(Realisasi).where(Realisasi.evaluasi_id == e.id,
                                               Realisasi.deleted.is_(False))):
        r.deleted = True
    for u in s.scalars(select(EvaluasiRhk).where(EvaluasiRhk.evaluasi_id == e.id,
                                                 EvaluasiRhk.deleted.is_(False))):
        u.deleted = True
    e.deleted = True
    record(s, DOKUMEN, e.id, e.pegawai_id, Aksi.DIHAPUS, oleh)


# -- content --------------------------------------------------------------------------------------


def _skp_indikator_ids(s: Session, skp_id: str) -> dict[str, str]:
    """Live indicator id -> rhk id, for the SKP."""
    rows = s.execute(
        select(Indikator.id, Indikator.rhk_id)
        .join(Rhk, Rhk.id == Indikator.rhk_id)
        .where(Rhk.skp_id == skp_id, Rhk.deleted.is_(False), Indikator.deleted.is_(False))
    ).all()
    return {r[0]: r[1] for r in rows}


def realisasi_row(s: Session, evaluasi_id: str, indikator_id: str) -> Realisasi | None:
    return s.scalars(
        select(Realisasi)
        .where(Realisasi.evaluasi_id == evaluasi_id, Realisasi.indikator_id == indikator_id,
               Realisasi.deleted.is_(False))
        .order_by(Realisasi.id)
    ).first()


def set_realisasi(
    s: Session,
    evaluasi_id: str,
    indikator_id: str,
    nilai: float | None = None,
    teks: str | None = None,
    bukti_dukung: str | None = None) -> None:
    """Realisasi (number and/or text) and bukti dukung of one indicator; replaces all three."""
    e = _editable(s, evaluasi_id)
    if indikator_id not in _skp_indikator_ids(s, e.skp_id):
        raise ValidationError(_("Indikator tidak termasuk SKP evaluasi ini."), "indikator_id")
    if nilai is not None and nilai < 0:
        raise ValidationError(_("Realisasi tidak boleh negatif."), "realisasi_nilai")
    if nilai is not None and not math.isfinite(nilai):
        raise ValidationError(_("Realisasi harus berupa angka."), "realisasi_nilai")
    teks, bukti_dukung = clean(teks), clean(bukti_dukung)
    lama = realisasi_row(s, e.id, indikator_id)
    periksa_panjang(teks, REALISASI_TEKS, _("realisasi"), "realisasi_teks",
                    lama.realisasi_teks if lama else None)
    periksa_panjang(bukti_dukung, BUKTI, _("bukti dukung"), "bukti_dukung",
                    lama.bukti_dukung if lama else None)
    write_realisasi(s, e.id, indikator_id, nilai, teks, bukti_dukung)


def write_realisasi(
    s: Session,
    evaluasi_id: str,
    indikator_id: str,
    nilai: float | None,
    teks: str | None,
    bukti: str | None,
) -> None:
    """Upsert without the lock check (callers check it); writes only fields that change."""
    e = s.get(Evaluasi, evaluasi_id)
    if e is None:
        raise NotFoundError(_("Evaluasi tidak ditemukan."))
    require_appraisal_scope(s, e.pegawai_id)
    row = realisasi_row(s, evaluasi_id, indikator_id)
    if row is None:
        if nilai is None and teks is None and bukti is None:
            return
        s.add(Realisasi(evaluasi_id=evaluasi_id, indikator_id=indikator_id,
                        realisasi_nilai=nilai, realisasi_teks=teks, bukti_dukung=bukti))
    else:
        if row.realisasi_nilai != nilai:
            row.realisasi_nilai = nilai
        if row.realisasi_teks != teks:
            row.realisasi_teks = teks
        if row.bukti_dukung != bukti:
            row.bukti_dukung = bukti
    s.flush()


def set_umpan_balik_rhk(
    s: Session, evaluasi_id: str, rhk_id: str, teks: str | None) -> None:
    """Umpan balik berkelanjutan of the pimpinan on one RHK."""
    e = _editable(s, evaluasi_id)
    r = s.get(Rhk, rhk_id)
    if r is None or r.deleted or r.skp_id != e.skp_id:
        raise ValidationError(_("RHK tidak termasuk SKP evaluasi ini."), "rhk_id")
    value = clean(teks)
    row = s.scalars(
        select(EvaluasiRhk).where(EvaluasiRhk.evaluasi_id == e.id, EvaluasiRhk.rhk_id == rhk_id,
                                  EvaluasiRhk.deleted.is_(False))
    ).first()
    periksa_panjang(value, UMPAN_BALIK, _("umpan balik"), "umpan_balik",
                    row.umpan_balik if row else None)
    if row is None:
        if value is not None:
            s.add(EvaluasiRhk(evaluasi_id=e.id, rhk_id=rhk_id, umpan_balik=value))
    elif row.umpan_balik != value:
        row.umpan_balik = value
    s.flush()


def set_umpan_balik_perilaku(
    s: Session, evaluasi_id: str, kode: str, teks: str | None) -> None:
    """Umpan balik on one BerAKHLAK value."""
    e = _editable(s, evaluasi_id)
    core_value(kode)
    kolom, value = f"umpan_balik_{kode}", clean(teks)
    periksa_panjang(value, UMPAN_BALIK, _("umpan balik"), kolom, getattr(e, kolom))
    setattr(e, kolom, value)


def set_ratings(
    s: Session,
    evaluasi_id: str,
    hasil_kerja: Rating | str | None,
    perilaku_kerja: Rating | str | None) -> Predikat | None:
    """Set both ratings; the predikat follows (returned)."""
    e = _editable(s, evaluasi_id)
    h, p = _rating(hasil_kerja), _rating(perilaku_kerja)
    e.rating_hasil_kerja = h.value if h else None
    e.rating_perilaku_kerja = p.value if p else None
    _rederive(e)
    s.flush()
    return derive_predikat(e.rating_hasil_kerja, e.rating_perilaku_kerja)


def set_rating_hasil_kerja(
    s: Session, evaluasi_id: str, rating: Rating | str | None) -> Predikat | None:
    e = _editable(s, evaluasi_id)
    return set_ratings(s, evaluasi_id, _rating(rating), e.rating_perilaku_kerja)


def set_rating_perilaku_kerja(
    s: Session, evaluasi_id: str, rating: Rating | str | None) -> Predikat | None:
    e = _editable(s, evaluasi_id)
    return set_ratings(s, evaluasi_id, e.rating_hasil_kerja, _rating(rating))


def set_capaian_organisasi(
    s: Session, evaluasi_id: str, capaian: CapaianOrganisasi | str | None) -> None:
    """Override the capaian on this evaluation (None: follow the unit's capaian)."""
    e = _editable(s, evaluasi_id)
    c = _capaian(capaian)
    e.capaian_organisasi = c.value if c else None


def set_catatan_rekomendasi(
    s: Session, evaluasi_id: str, teks: str | None) -> None:
    e, value = _editable(s, evaluasi_id), clean(teks)
    periksa_panjang(value, CATATAN, _("catatan dan rekomendasi"), "catatan_rekomendasi",
                    e.catatan_rekomendasi)
    e.catatan_rekomendasi = value


def set_tanggal(
    s: Session, evaluasi_id: str, tanggal: date | None) -> None:
    e = _editable(s, evaluasi_id)
    if tanggal is not None:
        periode = periode_by_kode(e.periode_kode)
        if tanggal < periode.mulai:
            raise ValidationError(_("Tanggal evaluasi tidak boleh sebelum awal periode."),
                                  "tanggal")
    e.tanggal = tanggal


# -- workflow -------------------------------------------------------------------------------------


def ajukan(
    s: Session, evaluasi_id: str, *, oleh: str | None = None,
) -> None:
    """DRAFT → DIAJUKAN, while the SKP is approved."""
    e = _evaluasi(s, evaluasi_id)
    wf.jalankan(s, JENIS, e, wf.Langkah.AJUKAN, oleh=oleh,
                syarat=lambda: _require_skp_approved(s, e))


def kembalikan(
    s: Session, evaluasi_id: str, alasan: str, *, oleh: str | None = None,
) -> None:
    """DIAJUKAN → DRAFT with a reason."""
    wf.jalankan(s, JENIS, _evaluasi(s, evaluasi_id), wf.Langkah.KEMBALIKAN, oleh=oleh,
                alasan=alasan)


def _require_skp_approved(s: Session, e: Evaluasi) -> Skp:
    skp = s.get(Skp, e.skp_id)
    if skp is None or skp.deleted:
        raise NotFoundError(_("SKP evaluasi ini tidak ditemukan."))
    if status_of(skp.status) is not Status.DISETUJUI:
        raise ValidationError(
            _("SKP pegawai sedang dibuka kembali; setujui SKP dahulu sebelum melanjutkan "
              "evaluasi."),
            "skp_id",
        )
    return skp


def setujui(
    s: Session, evaluasi_id: str, *, oleh: str | None = None,
) -> None:
    """DIAJUKAN → DISETUJUI: both ratings required; snapshot identities; lock."""
    e = _evaluasi(s, evaluasi_id)
    found: list[tuple[Skp, ident.Identitas]] = []

    def syarat() -> None:
        skp = _require_skp_approved(s, e)
        if not e.rating_hasil_kerja:
            raise ValidationError(_("Rating hasil kerja belum diisi."), "rating_hasil_kerja")
        if not e.rating_perilaku_kerja:
            raise ValidationError(_("Rating perilaku kerja belum diisi."),
                                  "rating_perilaku_kerja")
        _rederive(e)
        snap = ident.snapshot(s, e.pegawai_id, skp.penilai_id, skp.atasan_penilai_id)
        if snap.penilai is None:
            raise ValidationError(
                _("Pejabat penilai kinerja belum dapat ditentukan; isi atasan langsung pegawai "
                  "atau kepala daerah pada pengaturan."),
                "penilai_id",
            )
        found.append((skp, snap))

    def efek() -> None:
        skp, snap = found[0]
        if e.capaian_organisasi is None:
            c = capaian_unit(s, snap.pegawai.unit_id, e.periode_kode)
            e.capaian_organisasi = c.value if c else None
        if e.tanggal is None:
            e.tanggal = periode_by_kode(e.periode_kode).penilaian_selesai
        e.identitas_json = ident.to_json(snap)
        e.isi_json = evaluasi_isi.to_json(evaluasi_isi.current(s, skp))

    wf.jalankan(s, JENIS, e, wf.Langkah.SETUJUI, oleh=oleh, syarat=syarat,
                efek=efek)


def buka_kembali(
    s: Session, evaluasi_id: str, alasan: str, oleh: str | None = None) -> None:
    """DISETUJUI → DRAFT with a required reason; drops the identity snapshot."""
    e = _evaluasi(s, evaluasi_id)

    def efek() -> None:
        e.identitas_json = None
        e.isi_json = None

    wf.jalankan(s, JENIS, e, wf.Langkah.BUKA_KEMBALI, oleh=oleh, alasan=alasan,
                efek=efek)
