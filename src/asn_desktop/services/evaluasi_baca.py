"""Reads of evaluations: the full evaluation view, the list rows, the predikat distribution of a
unit and the evaluations that are due.

Split out of ``services.evaluasi`` (which still re-exports every public name here). Also holds
the two small helpers both the reads and the workflow need: the row by id (``_evaluasi``) and
the predikat derived from two stored ratings (``derive_predikat``).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from asn_desktop.db.models import (
    Evaluasi,
    EvaluasiRhk,
    OrgUnit,
    Pegawai,
    Realisasi,
    Skp,
)
from asn_desktop.domain.berakhlak import BERAKHLAK
from asn_desktop.domain.dokumen import STATUS_LABELS, Status
from asn_desktop.domain.jabatan import JenisJabatan, form_spec
from asn_desktop.domain.organisasi import CapaianOrganisasi, check_distribution
from asn_desktop.domain.periods import (
    Frekuensi,
    periode_berjalan,
    periode_by_kode,
)
from asn_desktop.domain.pimpinan import rating_pimpinan
from asn_desktop.domain.predikat import PREDIKAT_CURVE_ORDER, Predikat, predikat_kinerja
from asn_desktop.domain.ratings import RATING_LABELS, Rating
from asn_desktop.errors import NotFoundError, ValidationError
from asn_desktop.services import evaluasi_isi, pengaturan
from asn_desktop.services import identitas as ident
from asn_desktop.services import skp as skp_svc
from asn_desktop.services.evaluasi_periode import _capaian, capaian_unit, frekuensi_unit
from asn_desktop.services.pegawai import nama_lengkap
from asn_desktop.services.riwayat import (
    history,
    status_of,
)
from asn_desktop.teks import _
from asn_desktop.views.evaluasi import (
    DistribusiView,
    EvaluasiDue,
    EvaluasiRow,
    EvaluasiView,
    IndikatorEvalView,
    PerilakuEvalView,
    RhkEvalView,
)

# -- the row and its predikat ---------------------------------------------------------------------


def _evaluasi(s: Session, evaluasi_id: str) -> Evaluasi:
    e = s.get(Evaluasi, evaluasi_id)
    if e is None or e.deleted:
        raise NotFoundError(_("Evaluasi tidak ditemukan."))
    return e


def derive_predikat(hasil_kerja: str | None, perilaku_kerja: str | None) -> Predikat | None:
    """The predikat of two stored ratings, None unless both are valid."""
    try:
        if hasil_kerja and perilaku_kerja:
            return predikat_kinerja(Rating(hasil_kerja), Rating(perilaku_kerja))
    except ValueError:
        pass
    return None


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
        raise NotFoundError(_("SKP evaluasi ini tidak ditemukan."))
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
        rating_pimpinan=rating_pimpinan(identitas.pegawai.pimpinan_unit, capaian),
    )


def peringatan_pimpinan(v: EvaluasiView) -> str | None:
    """The warning shown while a head of unit's rating hasil kerja departs from the capaian
    of the unit they lead (domain.pimpinan); None when it follows it or does not apply."""
    return peringatan_rating_pimpinan(v, v.rating_hasil_kerja)


def rating_aturan_pimpinan(v: EvaluasiView,
                           capaian: CapaianOrganisasi | None = None) -> Rating | None:
    """The rating hasil kerja the head-of-unit rule gives ``v``'s employee with ``capaian``
    (the one chosen on the form; None: the evaluation's)."""
    return rating_pimpinan(v.identitas.pegawai.pimpinan_unit, capaian or v.capaian_organisasi)


def peringatan_rating_pimpinan(v: EvaluasiView, rating: Rating | None,
                               capaian: CapaianOrganisasi | None = None) -> str | None:
    """The warning for ``rating`` (the stored one, or the one chosen on the form before it is
    saved) as the rating hasil kerja of ``v`` with ``capaian`` (see rating_aturan_pimpinan):
    None when no rating is chosen, when it follows the rule, or when the rule does not apply
    (not a head of unit, or no capaian)."""
    harus = rating_aturan_pimpinan(v, capaian)
    if harus is None or rating is None or rating is harus:
        return None
    c = capaian or v.capaian_organisasi
    assert c is not None  # the rule applies only with a capaian
    return _("{nama} memimpin unitnya: capaian kinerja organisasi {capaian} ditetapkan sebagai "
             "rating hasil kerjanya ({seharusnya}), bukan {dipilih}.").format(
                 nama=v.identitas.pegawai.nama, capaian=c.value,
                 seharusnya=_(RATING_LABELS[harus]), dipilih=_(RATING_LABELS[rating]))


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


def evaluasi_row(s: Session, skp_id: str, periode_kode: str) -> EvaluasiRow | None:
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
    # "belum dinilai" counts people, as Beranda does: those with no evaluation at all too
    aktif: dict[str, str] = {pid: nama for pid, nama in s.execute(
        select(Pegawai.id, Pegawai.nama).where(Pegawai.unit_id.in_(list(unit_ids)),
                                               Pegawai.deleted.is_(False),
                                               Pegawai.aktif.is_(True))
        .order_by(Pegawai.nama, Pegawai.id))}
    dinilai = {r.pegawai_id for r in rows if r.predikat is not None}
    dievaluasi = {r.pegawai_id for r in rows}
    belum = sum(1 for pid in aktif if pid not in dinilai)
    tanpa = tuple((pid, nama) for pid, nama in aktif.items() if pid not in dievaluasi)
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
            warnings.append(_("Capaian kinerja organisasi belum ditetapkan; pola distribusi "
                              "belum dapat diperiksa."))
    else:
        guidance = pengaturan.panduan_distribusi(s)
        warnings += [v.message for v in check_distribution(c, predikat, guidance)]
    return DistribusiView(kode, c, tuple(counts.items()), len(predikat), belum, tuple(warnings),
                          tanpa)


def evaluasi_due(
    s: Session, unit_ids: Collection[str] | None, today: date, tahun: int | None = None
) -> list[EvaluasiDue]:
    """Employees (in ``unit_ids``; None: all) with an approved SKP of ``tahun`` (today's year)
    whose evaluation for the period holding today (within that year) is missing or not yet
    approved: the rows counted by ``status_kerja`` as unfinished."""
    from asn_desktop.services.status_kerja import tanggal_acuan

    tahun = today.year if tahun is None else tahun
    ref = tanggal_acuan(tahun, today)
    q = (
        select(Skp.id, Skp.tahun, Pegawai.id, Pegawai.nama, Pegawai.gelar_depan,
               Pegawai.gelar_belakang, Pegawai.nip, Pegawai.unit_id, OrgUnit.nama)
        .join(Pegawai, Pegawai.id == Skp.pegawai_id)
        .outerjoin(OrgUnit, OrgUnit.id == Pegawai.unit_id)
        .where(Skp.deleted.is_(False), Skp.tahun == tahun,
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
        periode = periode_berjalan(ref, freq_cache[unit_id])
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
