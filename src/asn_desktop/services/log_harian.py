"""Daily activity log against the RHK of the pegawai's SKP, its totals per period, and carrying
those totals into the realisasi of an evaluation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.db.models import Evaluasi, Indikator, LogHarian, Pegawai, Rhk, Skp
from asn_desktop.domain.angka import format_angka
from asn_desktop.domain.dokumen import Status
from asn_desktop.domain.jabatan import Aspek, JenisRhk
from asn_desktop.domain.panjang import URAIAN_KEGIATAN, periksa_panjang
from asn_desktop.domain.periods import Periode, periode_by_kode
from asn_desktop.errors import LockedError, NotFoundError, ValidationError
from asn_desktop.services import evaluasi as eval_svc
from asn_desktop.services.authority import require_appraisal_scope
from asn_desktop.services.riwayat import clean, status_of
from asn_desktop.teks import _

KUANTITAS_MAKS = 10_000  # more output than this from one activity in one day is a typing error


@dataclass(frozen=True)
class LogInput:
    tanggal: date
    uraian: str
    rhk_id: str | None = None  # None: an activity outside the RHK
    output_satuan: str | None = None
    kuantitas: float | None = None


@dataclass(frozen=True)
class LogRow:
    id: str
    pegawai_id: str
    tanggal: date
    rhk_id: str | None
    rhk_uraian: str
    uraian: str
    output_satuan: str | None
    kuantitas: float | None


@dataclass(frozen=True)
class LogTotal:
    rhk_id: str | None
    rhk_uraian: str
    satuan: str | None  # as first written; grouping ignores case and spacing
    kuantitas: float
    jumlah_entri: int


@dataclass(frozen=True)
class RealisasiChange:
    indikator_id: str
    rhk_id: str
    indikator_uraian: str
    satuan: str | None
    lama: float | None
    baru: float


def _norm_satuan(satuan: str | None) -> str:
    return " ".join((satuan or "").split()).casefold()


def _validate(s: Session, pegawai_id: str, data: LogInput) -> tuple[str, str | None]:
    uraian = " ".join(data.uraian.split())
    if not uraian:
        raise ValidationError(_("Uraian kegiatan wajib diisi."), "uraian")
    periksa_panjang(uraian, URAIAN_KEGIATAN, _("uraian kegiatan"), "uraian")
    if data.kuantitas is not None and data.kuantitas < 0:
        raise ValidationError(_("Kuantitas tidak boleh negatif."), "kuantitas")
    if data.kuantitas is not None and data.kuantitas == 0:
        raise ValidationError(_("Kuantitas harus lebih dari 0 (mis. 1 dokumen)."), "kuantitas")
    if data.kuantitas is not None and data.kuantitas > KUANTITAS_MAKS:
        raise ValidationError(_("Kuantitas satu kegiatan paling banyak {n}; periksa "
                                "ketikannya.").format(n=format_angka(KUANTITAS_MAKS)),
                              "kuantitas")
    if data.tanggal > date.today():
        raise ValidationError(_("Log harian mencatat kegiatan yang sudah dikerjakan; tanggalnya "
                                "tidak boleh sesudah hari ini."), "tanggal")
    if data.rhk_id is not None:
        r = s.get(Rhk, data.rhk_id)
        skp = s.get(Skp, r.skp_id) if r is not None and not r.deleted else None
        if r is None or skp is None or skp.deleted or skp.pegawai_id != pegawai_id:
            raise ValidationError(_("RHK tersebut bukan milik SKP pegawai ini."), "rhk_id")
        if skp.tahun != data.tanggal.year:
            raise ValidationError(
                _("Tanggal kegiatan harus di dalam tahun SKP ({tahun}).").format(tahun=skp.tahun),
                "tanggal"
            )
        mulai = skp.periode_mulai or date(skp.tahun, 1, 1)
        selesai = skp.periode_selesai or date(skp.tahun, 12, 31)
        if not mulai <= data.tanggal <= selesai:
            raise ValidationError(_("Tanggal kegiatan di luar periode SKP."), "tanggal")
    satuan = clean(data.output_satuan)
    return uraian, " ".join(satuan.split()) if satuan else None


def _log(s: Session, log_id: str) -> LogHarian:
    row = s.get(LogHarian, log_id)
    if row is None or row.deleted:
        raise NotFoundError(_("Catatan kegiatan tidak ditemukan."))
    return row


def add_log(
    s: Session, pegawai_id: str, data: LogInput) -> str:
    p = s.get(Pegawai, pegawai_id)
    if p is None or p.deleted:
        raise NotFoundError(_("Pegawai tidak ditemukan."))
    require_appraisal_scope(s, pegawai_id)
    uraian, satuan = _validate(s, pegawai_id, data)
    row = LogHarian(pegawai_id=pegawai_id, rhk_id=data.rhk_id, tanggal=data.tanggal,
                    uraian=uraian, output_satuan=satuan, kuantitas=data.kuantitas)
    s.add(row)
    s.flush()
    return row.id


def update_log(
    s: Session, log_id: str, data: LogInput) -> None:
    row = _log(s, log_id)
    require_appraisal_scope(s, row.pegawai_id)
    uraian, satuan = _validate(s, row.pegawai_id, data)
    row.tanggal = data.tanggal
    row.rhk_id = data.rhk_id
    row.uraian = uraian
    row.output_satuan = satuan
    row.kuantitas = data.kuantitas
    s.flush()


def delete_log(s: Session, log_id: str) -> None:
    row = _log(s, log_id)
    require_appraisal_scope(s, row.pegawai_id)
    row.deleted = True
    s.flush()


def entries(s: Session, pegawai_id: str, mulai: date, selesai: date) -> list[LogRow]:
    q = (
        select(LogHarian, Rhk.uraian)
        .outerjoin(Rhk, Rhk.id == LogHarian.rhk_id)
        .where(LogHarian.pegawai_id == pegawai_id, LogHarian.deleted.is_(False),
               LogHarian.tanggal >= mulai, LogHarian.tanggal <= selesai)
        .order_by(LogHarian.tanggal, LogHarian.id)
    )
    out = []
    for row, rhk_uraian in s.execute(q):
        assert row.tanggal is not None
        out.append(LogRow(row.id, row.pegawai_id, row.tanggal, row.rhk_id, rhk_uraian or "",
                          row.uraian, row.output_satuan, row.kuantitas))
    return out


def week(s: Session, pegawai_id: str, monday: date) -> list[LogRow]:
    """Entries of the 7 days starting ``monday`` (any date: its week's Monday is used)."""
    start = monday - timedelta(days=monday.weekday())
    return entries(s, pegawai_id, start, start + timedelta(days=6))


def _span(periode: Periode, kumulatif: bool) -> tuple[date, date]:
    return (date(periode.tahun, 1, 1) if kumulatif else periode.mulai), periode.selesai


def totals(
    s: Session, pegawai_id: str, periode_kode: str, *, kumulatif: bool = False
) -> list[LogTotal]:
    """Sum of kuantitas per RHK and output unit within the period (from 1 January when
    ``kumulatif``). Entries without an RHK are grouped under ``rhk_id=None``."""
    periode = periode_by_kode(periode_kode)
    mulai, selesai = _span(periode, kumulatif)
    groups: dict[tuple[str | None, str], list[LogRow]] = {}
    for row in entries(s, pegawai_id, mulai, selesai):
        groups.setdefault((row.rhk_id, _norm_satuan(row.output_satuan)), []).append(row)
    out = [
        LogTotal(rhk_id, rows[0].rhk_uraian, rows[0].output_satuan,
                 float(sum(r.kuantitas or 0 for r in rows)), len(rows))
        for (rhk_id, _x), rows in groups.items()
    ]
    out.sort(key=lambda t: (t.rhk_id is None, t.rhk_uraian, _norm_satuan(t.satuan)))
    return out


def carry_to_realisasi(
    s: Session,
    evaluasi_id: str,
    *,
    kumulatif: bool = False,
) -> list[RealisasiChange]:
    """Fill the realisasi of each RHK's indicators from the period's log totals, in one action.

    An indicator takes the total whose output unit equals its target unit (case and spacing
    ignored); a Kuantitas indicator without such a total takes the RHK's total when all its
    entries share one unit. Other indicators, and realisasi already equal, are left alone.
    Returns what changed."""
    e = s.get(Evaluasi, evaluasi_id)
    if e is None or e.deleted:
        raise NotFoundError(_("Evaluasi tidak ditemukan."))
    require_appraisal_scope(s, e.pegawai_id)
    if status_of(e.status) is Status.DISETUJUI:
        raise LockedError(
            _("Evaluasi periode ini sudah disetujui dan terkunci, jadi realisasinya tidak diisi "
              "dari log harian. Bila realisasinya memang perlu diubah, buka kembali evaluasi itu "
              "di halaman Evaluasi (alasannya dicatat), lalu ulangi."))
    per_rhk: dict[str, dict[str, float]] = {}
    for t in totals(s, e.pegawai_id, e.periode_kode, kumulatif=kumulatif):
        if t.rhk_id is not None:
            per_rhk.setdefault(t.rhk_id, {})[_norm_satuan(t.satuan)] = t.kuantitas
    changes: list[RealisasiChange] = []
    rhks = s.scalars(select(Rhk).where(Rhk.skp_id == e.skp_id, Rhk.deleted.is_(False))).all()
    for r in sorted(rhks, key=lambda x: (x.jenis != JenisRhk.UTAMA.value, x.urutan, x.id)):
        by_unit = per_rhk.get(r.id)
        if not by_unit:
            continue
        inds = s.scalars(select(Indikator).where(Indikator.rhk_id == r.id,
                                                 Indikator.deleted.is_(False))
                         .order_by(Indikator.urutan)).all()
        for i in inds:
            unit = _norm_satuan(i.target_satuan)
            value: float | None = None
            if unit and unit in by_unit:
                value = by_unit[unit]
            elif i.aspek == Aspek.KUANTITAS.value and len(by_unit) == 1:
                value = next(iter(by_unit.values()))
            if value is None:
                continue
            existing = eval_svc.realisasi_row(s, e.id, i.id)
            lama = existing.realisasi_nilai if existing else None
            if lama == value:
                continue
            eval_svc.write_realisasi(
                s, e.id, i.id, value,
                existing.realisasi_teks if existing else None,
                existing.bukti_dukung if existing else None,
            )
            changes.append(RealisasiChange(i.id, r.id, i.uraian, i.target_satuan, lama, value))
    return changes
