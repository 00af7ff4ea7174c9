"""Periodic and final evaluations of an approved SKP (reference §1.7–§1.9).

The predikat is never typed: it is derived with ``domain.predikat.predikat_kinerja`` and stored
in ``Evaluasi.predikat`` whenever a rating changes (None until both ratings are set). The views
derive it again from the ratings, so a stray stored value can never be shown.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from asn_desktop.db.models import (
    CapaianUnit,
    Evaluasi,
    EvaluasiRhk,
    Indikator,
    OrgUnit,
    Pegawai,
    Realisasi,
    Rhk,
    Skp,
    TahunKinerja,
)
from asn_desktop.db.models import (
    Periode as PeriodeRow,
)
from asn_desktop.domain.berakhlak import BERAKHLAK, core_value
from asn_desktop.domain.dokumen import STATUS_LABELS, Aksi, Status
from asn_desktop.domain.jabatan import JenisJabatan, form_spec
from asn_desktop.domain.organisasi import CapaianOrganisasi, check_distribution
from asn_desktop.domain.periods import (
    Frekuensi,
    Periode,
    current_periode,
    periode_by_kode,
    periods_for_year,
)
from asn_desktop.domain.predikat import PREDIKAT_CURVE_ORDER, Predikat, predikat_kinerja
from asn_desktop.domain.ratings import Rating, rating_from_text
from asn_desktop.errors import NotFoundError, ValidationError
from asn_desktop.services import evaluasi_isi, orgs, pengaturan
from asn_desktop.services import identitas as ident
from asn_desktop.services import skp as skp_svc
from asn_desktop.services import workflow as wf
from asn_desktop.services.authority import (
    require_appraisal_scope,
    require_master,
    require_unit_scope,
)
from asn_desktop.services.pegawai import nama_lengkap
from asn_desktop.services.riwayat import (
    clean,
    history,
    record,
    status_of,
)
from asn_desktop.services.workspace import InstallationInfo
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


# -- frequency and periods ------------------------------------------------------------------------


def _frekuensi(value: str | None) -> Frekuensi | None:
    if not value:
        return None
    try:
        return Frekuensi(value)
    except ValueError:
        return None


def frekuensi_tahun(s: Session, tahun: int) -> Frekuensi:
    """TahunKinerja.frekuensi, or the published default when the year is not set up."""
    value = s.scalar(
        select(TahunKinerja.frekuensi).where(
            TahunKinerja.tahun == tahun, TahunKinerja.deleted.is_(False)
        )
    )
    return _frekuensi(value) or pengaturan.frekuensi_default(s)


def frekuensi_unit(s: Session, unit_id: str | None, tahun: int) -> Frekuensi:
    """The unit's own frequency, or its nearest ancestor's, or the year's."""
    for unit in reversed(orgs.unit_path(s, unit_id)):
        f = _frekuensi(unit.frekuensi_evaluasi)
        if f is not None:
            return f
    return frekuensi_tahun(s, tahun)


def frekuensi_pegawai(s: Session, pegawai_id: str, tahun: int) -> Frekuensi:
    p = s.get(Pegawai, pegawai_id)
    if p is None:
        raise NotFoundError("Pegawai tidak ditemukan.")
    return frekuensi_unit(s, p.unit_id, tahun)


def periods_for(s: Session, pegawai_id: str, tahun: int) -> list[Periode]:
    """The evaluation periods that apply to the pegawai in the year, AKHIR last."""
    return periods_for_year(tahun, frekuensi_pegawai(s, pegawai_id, tahun))


def ensure_tahun(
    s: Session,
    tahun: int,
    frekuensi: Frekuensi | None = None,
    *,
    tanggal_skp: date | None = None,
    info: InstallationInfo | None = None,
) -> str:
    """The TahunKinerja row of the year (created when missing; master data). Returns its id."""
    row = s.scalars(
        select(TahunKinerja).where(TahunKinerja.tahun == tahun, TahunKinerja.deleted.is_(False))
    ).first()
    if row is not None:
        return row.id
    require_master(info)
    periods_for_year(tahun, Frekuensi.TRIWULANAN)  # validates the year
    row = TahunKinerja(
        tahun=tahun,
        frekuensi=(frekuensi or pengaturan.frekuensi_default(s)).value,
        tanggal_skp=tanggal_skp,
        dibuka=True,
    )
    s.add(row)
    s.flush()
    return row.id


def ensure_periods(s: Session, tahun: int, *, info: InstallationInfo | None = None) -> list[str]:
    """Create the missing Periode rows of the year, for the year's frequency and for every
    frequency a unit sets (master data, central). Returns the codes created."""
    require_master(info)
    freqs = {frekuensi_tahun(s, tahun)}
    for value in s.scalars(
        select(OrgUnit.frekuensi_evaluasi).where(
            OrgUnit.deleted.is_(False), OrgUnit.frekuensi_evaluasi.is_not(None)
        )
    ):
        f = _frekuensi(value)
        if f is not None:
            freqs.add(f)
    existing = set(
        s.scalars(
            select(PeriodeRow.kode).where(PeriodeRow.tahun == tahun, PeriodeRow.deleted.is_(False))
        )
    )
    created = []
    for f in sorted(freqs):
        for p in periods_for_year(tahun, f):
            if p.kode in existing:
                continue
            s.add(PeriodeRow(tahun=tahun, kode=p.kode, frekuensi=f.value, mulai=p.mulai,
                             selesai=p.selesai))
            existing.add(p.kode)
            created.append(p.kode)
    s.flush()
    return created


# -- capaian kinerja organisasi -------------------------------------------------------------------


def _capaian(value: CapaianOrganisasi | str | None) -> CapaianOrganisasi | None:
    if value is None:
        return None
    try:
        return CapaianOrganisasi(value)
    except ValueError:
        raise ValidationError(
            "Capaian kinerja organisasi harus Istimewa, Baik, Butuh Perbaikan, Kurang atau "
            "Sangat Kurang.",
            "capaian_organisasi",
        ) from None


def set_capaian_unit(
    s: Session,
    unit_id: str,
    periode_kode: str,
    capaian: CapaianOrganisasi | str | None,
    *,
    info: InstallationInfo | None = None,
) -> None:
    """Capaian kinerja organisasi of a unit for a period (None removes it)."""
    unit = s.get(OrgUnit, unit_id)
    if unit is None or unit.deleted:
        raise NotFoundError("Unit tidak ditemukan.")
    require_unit_scope(s, info, unit_id)
    periode = periode_by_kode(periode_kode)
    nilai = _capaian(capaian)
    row = s.scalars(
        select(CapaianUnit).where(
            CapaianUnit.unit_id == unit_id,
            CapaianUnit.periode_kode == periode.kode,
            CapaianUnit.deleted.is_(False),
        )
    ).first()
    if nilai is None:
        if row is not None:
            row.deleted = True
    elif row is None:
        s.add(CapaianUnit(unit_id=unit_id, periode_kode=periode.kode, capaian=nilai.value))
    elif row.capaian != nilai.value:
        row.capaian = nilai.value
    s.flush()


def capaian_unit(s: Session, unit_id: str | None, periode_kode: str) -> CapaianOrganisasi | None:
    """The capaian set for the unit, or for its nearest ancestor, in the period."""
    for unit in reversed(orgs.unit_path(s, unit_id)):
        value = s.scalar(
            select(CapaianUnit.capaian).where(
                CapaianUnit.unit_id == unit.id,
                CapaianUnit.periode_kode == periode_kode,
                CapaianUnit.deleted.is_(False),
            )
        )
        if value:
            try:
                return CapaianOrganisasi(value)
            except ValueError:
                return None
    return None


# -- views ----------------------------------------------------------------------------------------


# -- guards --------------------------------------------------------------------------------------


def _evaluasi(s: Session, evaluasi_id: str) -> Evaluasi:
    e = s.get(Evaluasi, evaluasi_id)
    if e is None or e.deleted:
        raise NotFoundError("Evaluasi tidak ditemukan.")
    return e


JENIS = wf.JenisDokumen(
    DOKUMEN, "evaluasi",
    lambda _doc: ("Evaluasi ini sudah disetujui dan terkunci. Buka kembali (dengan alasan) "
                  "untuk mengubahnya."))


def _editable(s: Session, evaluasi_id: str, info: InstallationInfo | None) -> Evaluasi:
    e = _evaluasi(s, evaluasi_id)
    wf.terkunci(s, JENIS, e, info)
    return e


def _rating(value: Rating | str | None) -> Rating | None:
    if value is None:
        return None
    if isinstance(value, Rating):
        return value
    return rating_from_text(value)


def derive_predikat(hasil_kerja: str | None, perilaku_kerja: str | None) -> Predikat | None:
    """The predikat of two stored ratings, None unless both are valid."""
    try:
        if hasil_kerja and perilaku_kerja:
            return predikat_kinerja(Rating(hasil_kerja), Rating(perilaku_kerja))
    except ValueError:
        pass
    return None


def _rederive(e: Evaluasi) -> None:
    p = derive_predikat(e.rating_hasil_kerja, e.rating_perilaku_kerja)
    value = p.value if p else None
    if e.predikat != value:
        e.predikat = value


# -- create ---------------------------------------------------------------------------------------


def evaluasi_of(s: Session, skp_id: str, periode_kode: str) -> Evaluasi | None:
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
    info: InstallationInfo | None = None,
) -> str:
    """The evaluation of the SKP for the period: the existing one, or a new DRAFT (which
    requires an approved SKP). Returns its id."""
    skp = s.get(Skp, skp_id)
    if skp is None or skp.deleted:
        raise NotFoundError("SKP tidak ditemukan.")
    existing = evaluasi_of(s, skp_id, periode_kode.strip().upper())
    if existing is not None:
        return existing.id
    require_appraisal_scope(s, info, skp.pegawai_id)
    if status_of(skp.status) is not Status.DISETUJUI:
        raise ValidationError(
            "Evaluasi hanya dapat dibuat untuk SKP yang sudah disetujui.", "skp_id"
        )
    frek = frekuensi_pegawai(s, skp.pegawai_id, skp.tahun)
    periode = periode_by_kode(periode_kode, frek)
    if periode.tahun != skp.tahun:
        raise ValidationError(
            f"Periode {periode.kode} tidak berada di tahun SKP ({skp.tahun}).", "periode_kode"
        )
    p = s.get(Pegawai, skp.pegawai_id)
    capaian = capaian_unit(s, p.unit_id if p else None, periode.kode)
    e = Evaluasi(
        skp_id=skp.id,
        pegawai_id=skp.pegawai_id,
        periode_kode=periode.kode,
        status=Status.DRAFT.value,
        capaian_organisasi=capaian.value if capaian else None,
        tanggal=periode.penilaian_selesai,
    )
    s.add(e)
    s.flush()
    record(s, DOKUMEN, e.id, e.pegawai_id, Aksi.DIBUAT, oleh)
    return e.id


def delete_evaluasi(
    s: Session, evaluasi_id: str, *, oleh: str | None = None,
    info: InstallationInfo | None = None,
) -> None:
    """Tombstone a DRAFT evaluation with its realisasi and umpan balik rows."""
    e = _editable(s, evaluasi_id, info)
    if status_of(e.status) is not Status.DRAFT:
        raise ValidationError("Hanya evaluasi berstatus konsep yang dapat dihapus.", "status")
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
    bukti_dukung: str | None = None,
    *,
    info: InstallationInfo | None = None,
) -> None:
    """Realisasi (number and/or text) and bukti dukung of one indicator; replaces all three."""
    e = _editable(s, evaluasi_id, info)
    if indikator_id not in _skp_indikator_ids(s, e.skp_id):
        raise ValidationError("Indikator tidak termasuk SKP evaluasi ini.", "indikator_id")
    if nilai is not None and nilai < 0:
        raise ValidationError("Realisasi tidak boleh negatif.", "realisasi_nilai")
    write_realisasi(s, e.id, indikator_id, nilai, clean(teks), clean(bukti_dukung))


def write_realisasi(
    s: Session,
    evaluasi_id: str,
    indikator_id: str,
    nilai: float | None,
    teks: str | None,
    bukti: str | None,
) -> None:
    """Upsert without checks (callers check); writes only fields that change."""
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
    s: Session, evaluasi_id: str, rhk_id: str, teks: str | None, *,
    info: InstallationInfo | None = None,
) -> None:
    """Umpan balik berkelanjutan of the pimpinan on one RHK."""
    e = _editable(s, evaluasi_id, info)
    r = s.get(Rhk, rhk_id)
    if r is None or r.deleted or r.skp_id != e.skp_id:
        raise ValidationError("RHK tidak termasuk SKP evaluasi ini.", "rhk_id")
    value = clean(teks)
    row = s.scalars(
        select(EvaluasiRhk).where(EvaluasiRhk.evaluasi_id == e.id, EvaluasiRhk.rhk_id == rhk_id,
                                  EvaluasiRhk.deleted.is_(False))
    ).first()
    if row is None:
        if value is not None:
            s.add(EvaluasiRhk(evaluasi_id=e.id, rhk_id=rhk_id, umpan_balik=value))
    elif row.umpan_balik != value:
        row.umpan_balik = value
    s.flush()


def set_umpan_balik_perilaku(
    s: Session, evaluasi_id: str, kode: str, teks: str | None, *,
    info: InstallationInfo | None = None,
) -> None:
    """Umpan balik on one BerAKHLAK value."""
    e = _editable(s, evaluasi_id, info)
    core_value(kode)
    setattr(e, f"umpan_balik_{kode}", clean(teks))


def set_ratings(
    s: Session,
    evaluasi_id: str,
    hasil_kerja: Rating | str | None,
    perilaku_kerja: Rating | str | None,
    *,
    info: InstallationInfo | None = None,
) -> Predikat | None:
    """Set both ratings; the predikat follows (returned)."""
    e = _editable(s, evaluasi_id, info)
    h, p = _rating(hasil_kerja), _rating(perilaku_kerja)
    e.rating_hasil_kerja = h.value if h else None
    e.rating_perilaku_kerja = p.value if p else None
    _rederive(e)
    s.flush()
    return derive_predikat(e.rating_hasil_kerja, e.rating_perilaku_kerja)


def set_rating_hasil_kerja(
    s: Session, evaluasi_id: str, rating: Rating | str | None, *,
    info: InstallationInfo | None = None,
) -> Predikat | None:
    e = _editable(s, evaluasi_id, info)
    return set_ratings(s, evaluasi_id, _rating(rating), e.rating_perilaku_kerja, info=info)


def set_rating_perilaku_kerja(
    s: Session, evaluasi_id: str, rating: Rating | str | None, *,
    info: InstallationInfo | None = None,
) -> Predikat | None:
    e = _editable(s, evaluasi_id, info)
    return set_ratings(s, evaluasi_id, e.rating_hasil_kerja, _rating(rating), info=info)


def set_capaian_organisasi(
    s: Session, evaluasi_id: str, capaian: CapaianOrganisasi | str | None, *,
    info: InstallationInfo | None = None,
) -> None:
    """Override the capaian on this evaluation (None: follow the unit's capaian)."""
    e = _editable(s, evaluasi_id, info)
    c = _capaian(capaian)
    e.capaian_organisasi = c.value if c else None


def set_catatan_rekomendasi(
    s: Session, evaluasi_id: str, teks: str | None, *, info: InstallationInfo | None = None
) -> None:
    _editable(s, evaluasi_id, info).catatan_rekomendasi = clean(teks)


def set_tanggal(
    s: Session, evaluasi_id: str, tanggal: date | None, *, info: InstallationInfo | None = None
) -> None:
    e = _editable(s, evaluasi_id, info)
    if tanggal is not None:
        periode = periode_by_kode(e.periode_kode)
        if tanggal < periode.mulai:
            raise ValidationError("Tanggal evaluasi tidak boleh sebelum awal periode.",
                                  "tanggal")
    e.tanggal = tanggal


# -- workflow -------------------------------------------------------------------------------------


def ajukan(
    s: Session, evaluasi_id: str, *, oleh: str | None = None,
    info: InstallationInfo | None = None,
) -> None:
    """DRAFT → DIAJUKAN, while the SKP is approved."""
    e = _evaluasi(s, evaluasi_id)
    wf.jalankan(s, JENIS, e, wf.Langkah.AJUKAN, oleh=oleh, info=info,
                syarat=lambda: _require_skp_approved(s, e))


def kembalikan(
    s: Session, evaluasi_id: str, alasan: str, *, oleh: str | None = None,
    info: InstallationInfo | None = None,
) -> None:
    """DIAJUKAN → DRAFT with a reason."""
    wf.jalankan(s, JENIS, _evaluasi(s, evaluasi_id), wf.Langkah.KEMBALIKAN, oleh=oleh,
                info=info, alasan=alasan)


def _require_skp_approved(s: Session, e: Evaluasi) -> Skp:
    skp = s.get(Skp, e.skp_id)
    if skp is None or skp.deleted:
        raise NotFoundError("SKP evaluasi ini tidak ditemukan.")
    if status_of(skp.status) is not Status.DISETUJUI:
        raise ValidationError(
            "SKP pegawai sedang dibuka kembali; setujui SKP dahulu sebelum melanjutkan evaluasi.",
            "skp_id",
        )
    return skp


def setujui(
    s: Session, evaluasi_id: str, *, oleh: str | None = None,
    info: InstallationInfo | None = None,
) -> None:
    """DIAJUKAN → DISETUJUI: both ratings required; snapshot identities; lock."""
    e = _evaluasi(s, evaluasi_id)
    found: list[tuple[Skp, ident.Identitas]] = []

    def syarat() -> None:
        skp = _require_skp_approved(s, e)
        if not e.rating_hasil_kerja:
            raise ValidationError("Rating hasil kerja belum diisi.", "rating_hasil_kerja")
        if not e.rating_perilaku_kerja:
            raise ValidationError("Rating perilaku kerja belum diisi.", "rating_perilaku_kerja")
        _rederive(e)
        snap = ident.snapshot(s, e.pegawai_id, skp.penilai_id, skp.atasan_penilai_id)
        if snap.penilai is None:
            raise ValidationError(
                "Pejabat penilai kinerja belum dapat ditentukan; isi atasan langsung pegawai "
                "atau kepala daerah pada pengaturan.",
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

    wf.jalankan(s, JENIS, e, wf.Langkah.SETUJUI, oleh=oleh, info=info, syarat=syarat,
                efek=efek)


def buka_kembali(
    s: Session, evaluasi_id: str, alasan: str, oleh: str | None = None, *,
    info: InstallationInfo | None = None,
) -> None:
    """DISETUJUI → DRAFT with a required reason; drops the identity snapshot."""
    e = _evaluasi(s, evaluasi_id)

    def efek() -> None:
        e.identitas_json = None
        e.isi_json = None

    wf.jalankan(s, JENIS, e, wf.Langkah.BUKA_KEMBALI, oleh=oleh, info=info, alasan=alasan,
                efek=efek)


# -- reads ----------------------------------------------------------------------------------------


def _identitas(s: Session, e: Evaluasi, skp: Skp) -> tuple[ident.Identitas, bool]:
    if status_of(e.status) is Status.DISETUJUI and e.identitas_json:
        try:
            return ident.from_json(e.identitas_json), True
        except ValidationError:
            pass
    return ident.snapshot(s, e.pegawai_id, skp.penilai_id, skp.atasan_penilai_id), False


def get_evaluasi(s: Session, evaluasi_id: str) -> EvaluasiView:
    e = _evaluasi(s, evaluasi_id)
    skp = s.get(Skp, e.skp_id)
    if skp is None:
        raise NotFoundError("SKP evaluasi ini tidak ditemukan.")
    identitas, snap = _identitas(s, e, skp)
    isi = None
    if status_of(e.status) is Status.DISETUJUI:
        isi = evaluasi_isi.from_json(e.isi_json)
    if isi is None:
        isi = evaluasi_isi.current(s, skp)
    utama, tambahan = isi.utama, isi.tambahan
    real = {
        r.indikator_id: r
        for r in s.scalars(select(Realisasi).where(Realisasi.evaluasi_id == e.id,
                                                   Realisasi.deleted.is_(False)))
    }
    ub = {
        r.rhk_id: r.umpan_balik or ""
        for r in s.scalars(select(EvaluasiRhk).where(EvaluasiRhk.evaluasi_id == e.id,
                                                     EvaluasiRhk.deleted.is_(False)))
    }

    def rhk_eval(rv: skp_svc.RhkView) -> RhkEvalView:
        inds = []
        for iv in rv.indikator:
            r = real.get(iv.id)
            inds.append(IndikatorEvalView(iv, r.realisasi_nilai if r else None,
                                          r.realisasi_teks if r else None,
                                          r.bukti_dukung if r else None))
        return RhkEvalView(rv, tuple(inds), ub.get(rv.id, ""))

    perilaku = tuple(
        PerilakuEvalView(v.kode, v.nilai, v.definisi, v.panduan,
                         isi.ekspektasi.get(v.kode, ""),
                         getattr(e, f"umpan_balik_{v.kode}") or "")
        for v in BERAKHLAK
    )
    try:
        jenis = JenisJabatan(identitas.pegawai.jenis_jabatan)
    except ValueError:
        jenis = JenisJabatan.PELAKSANA
    form = form_spec(jenis, skp_svc.parse_pendekatan(isi.pendekatan), "EVALUASI",
                     identitas.pegawai.unit_kerja_mandiri)
    capaian = _capaian_or_none(e.capaian_organisasi)
    dari_unit = False
    if capaian is None:
        capaian = capaian_unit(s, identitas.pegawai.unit_id, e.periode_kode)
        dari_unit = capaian is not None
    status = status_of(e.status)
    return EvaluasiView(
        id=e.id,
        skp_id=skp.id,
        pegawai_id=e.pegawai_id,
        tahun=skp.tahun,
        periode=periode_by_kode(e.periode_kode),
        status=status.value,
        status_label=STATUS_LABELS[status],
        pendekatan=isi.pendekatan,
        form=form,
        identitas=identitas,
        identitas_snapshot=snap,
        utama=tuple(rhk_eval(r) for r in utama),
        tambahan=tuple(rhk_eval(r) for r in tambahan),
        perilaku=perilaku,
        rating_hasil_kerja=_rating_or_none(e.rating_hasil_kerja),
        rating_perilaku_kerja=_rating_or_none(e.rating_perilaku_kerja),
        predikat=derive_predikat(e.rating_hasil_kerja, e.rating_perilaku_kerja),
        capaian_organisasi=capaian,
        capaian_dari_unit=dari_unit,
        catatan_rekomendasi=e.catatan_rekomendasi,
        tanggal=e.tanggal,
        skp_status=skp.status,
        riwayat=history(s, e.id),
    )


def _rating_or_none(value: str | None) -> Rating | None:
    try:
        return Rating(value) if value else None
    except ValueError:
        return None


def _capaian_or_none(value: str | None) -> CapaianOrganisasi | None:
    try:
        return CapaianOrganisasi(value) if value else None
    except ValueError:
        return None


def _eval_rows(s: Session, where: list[ColumnElement[bool]]) -> list[EvaluasiRow]:
    q = (
        select(Evaluasi.id, Evaluasi.skp_id, Evaluasi.pegawai_id, Pegawai.nama,
               Pegawai.gelar_depan, Pegawai.gelar_belakang, Pegawai.nip, Pegawai.jabatan,
               OrgUnit.nama, Evaluasi.periode_kode, Evaluasi.status,
               Evaluasi.rating_hasil_kerja, Evaluasi.rating_perilaku_kerja)
        .join(Pegawai, Pegawai.id == Evaluasi.pegawai_id)
        .outerjoin(OrgUnit, OrgUnit.id == Pegawai.unit_id)
        .where(Evaluasi.deleted.is_(False), *where)
        .order_by(Pegawai.nama, Evaluasi.periode_kode, Evaluasi.id)
    )
    out = []
    for r in s.execute(q):
        st = status_of(r[10])
        out.append(EvaluasiRow(r[0], r[1], r[2], nama_lengkap(r[3], r[4], r[5]), r[6], r[7],
                               r[8] or "", r[9], st.value, STATUS_LABELS[st],
                               _rating_or_none(r[11]), _rating_or_none(r[12]),
                               derive_predikat(r[11], r[12])))
    return out


def evaluasi_for(s: Session, skp_id: str, periode_kode: str) -> EvaluasiRow | None:
    rows = _eval_rows(s, [Evaluasi.skp_id == skp_id, Evaluasi.periode_kode == periode_kode])
    return rows[0] if rows else None


def list_evaluasi(
    s: Session,
    unit_ids: Collection[str] | None,
    periode_kode: str | None = None,
    status: Status | str | None = None,
    *,
    pegawai_id: str | None = None,
) -> list[EvaluasiRow]:
    where: list[ColumnElement[bool]] = []
    if unit_ids is not None:
        where.append(Pegawai.unit_id.in_(list(unit_ids)))
    if periode_kode is not None:
        where.append(Evaluasi.periode_kode == periode_kode)
    if status is not None:
        where.append(Evaluasi.status == Status(status).value)
    if pegawai_id is not None:
        where.append(Evaluasi.pegawai_id == pegawai_id)
    return _eval_rows(s, where)


def _root_units(s: Session, unit_ids: Collection[str]) -> list[str]:
    ids = set(unit_ids)
    rows = s.execute(select(OrgUnit.id, OrgUnit.parent_id).where(OrgUnit.id.in_(ids))).all()
    return sorted(uid for uid, pid in rows if pid not in ids)


def distribusi_unit(
    s: Session,
    unit_ids: Collection[str],
    periode_kode: str,
    *,
    capaian: CapaianOrganisasi | str | None = None,
    hanya_disetujui: bool = False,
) -> DistribusiView:
    """Predikat counts of the period for employees placed in ``unit_ids``, with the distribution
    guidance (published setting) checked as warnings. Without ``capaian`` the capaian of the
    single top unit among ``unit_ids`` is used."""
    kode = periode_by_kode(periode_kode).kode
    rows = list_evaluasi(s, unit_ids, kode, Status.DISETUJUI if hanya_disetujui else None)
    predikat = [r.predikat for r in rows if r.predikat is not None]
    belum = sum(1 for r in rows if r.predikat is None)
    c = _capaian(capaian)
    if c is None:
        roots = _root_units(s, unit_ids)
        if len(roots) == 1:
            c = capaian_unit(s, roots[0], kode)
    counts = {p: 0 for p in PREDIKAT_CURVE_ORDER}
    for p in predikat:
        counts[p] += 1
    warnings: list[str] = []
    if c is None:
        if predikat:
            warnings.append("Capaian kinerja organisasi belum ditetapkan; pola distribusi "
                            "belum dapat diperiksa.")
    else:
        guidance = pengaturan.panduan_distribusi(s)
        warnings += [v.message for v in check_distribution(c, predikat, guidance)]
    return DistribusiView(kode, c, tuple(counts.items()), len(predikat), belum, tuple(warnings))


def evaluasi_due(
    s: Session, unit_ids: Collection[str] | None, today: date
) -> list[EvaluasiDue]:
    """Employees (in ``unit_ids``; None: all) with an approved SKP for today's year whose
    evaluation for the current period is missing or not yet approved."""
    q = (
        select(Skp.id, Skp.tahun, Pegawai.id, Pegawai.nama, Pegawai.gelar_depan,
               Pegawai.gelar_belakang, Pegawai.nip, Pegawai.unit_id, OrgUnit.nama)
        .join(Pegawai, Pegawai.id == Skp.pegawai_id)
        .outerjoin(OrgUnit, OrgUnit.id == Pegawai.unit_id)
        .where(Skp.deleted.is_(False), Skp.tahun == today.year,
               Skp.status == Status.DISETUJUI.value, Pegawai.deleted.is_(False),
               Pegawai.aktif.is_(True))
        .order_by(Pegawai.nama, Pegawai.id)
    )
    if unit_ids is not None:
        q = q.where(Pegawai.unit_id.in_(list(unit_ids)))
    rows = s.execute(q).all()
    if not rows:
        return []
    evals: dict[tuple[str, str], tuple[str, str]] = {}
    for eid, skp_id, kode, st in s.execute(
        select(Evaluasi.id, Evaluasi.skp_id, Evaluasi.periode_kode, Evaluasi.status).where(
            Evaluasi.deleted.is_(False), Evaluasi.skp_id.in_([r[0] for r in rows])
        )
    ):
        evals[(skp_id, kode)] = (eid, st)
    freq_cache: dict[str | None, Frekuensi] = {}
    out = []
    for skp_id, tahun, pid, nama, gd, gb, nip, unit_id, unit_nama in rows:
        if unit_id not in freq_cache:
            freq_cache[unit_id] = frekuensi_unit(s, unit_id, tahun)
        periode = current_periode(today, freq_cache[unit_id])
        found = evals.get((skp_id, periode.kode))
        if found is not None and status_of(found[1]) is Status.DISETUJUI:
            continue
        out.append(EvaluasiDue(pid, nama_lengkap(nama, gd, gb), nip, unit_nama or "", skp_id,
                               periode.kode, periode.label, found[0] if found else None,
                               found[1] if found else None))
    return out


def count_evaluasi(s: Session, skp_id: str) -> int:
    return int(s.scalar(select(func.count(Evaluasi.id)).where(
        Evaluasi.skp_id == skp_id, Evaluasi.deleted.is_(False))) or 0)
