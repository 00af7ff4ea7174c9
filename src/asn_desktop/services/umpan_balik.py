"""Umpan balik berkelanjutan from the atasan or a rekan kerja, and the forum evaluasi kinerja
where employees present their results (reference §1.6)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session, aliased

from asn_desktop.db.models import ForumEvaluasi, OrgUnit, Pegawai, Rhk, Skp, UmpanBalik
from asn_desktop.domain.berakhlak import BERAKHLAK, core_value
from asn_desktop.domain.panjang import CATATAN, CATATAN_PENDEK, UMPAN_BALIK, periksa_panjang
from asn_desktop.domain.periods import periode_berjalan, periode_by_kode
from asn_desktop.domain.umpan_balik import Peran as Peran  # re-exported (UI: svc.Peran)
from asn_desktop.errors import NotFoundError, ValidationError
from asn_desktop.services import evaluasi as eval_svc
from asn_desktop.services import identitas as ident
from asn_desktop.services.authority import require_appraisal_scope, require_unit_scope
from asn_desktop.services.pegawai import nama_lengkap
from asn_desktop.services.riwayat import clean, lines
from asn_desktop.teks import _

PERAN_LABELS: dict[Peran, str] = {Peran.ATASAN: "Atasan", Peran.REKAN: "Rekan kerja"}
_NILAI_NAMA = {v.kode: v.nilai for v in BERAKHLAK}


@dataclass(frozen=True)
class UmpanBalikInput:
    pegawai_id: str  # who the feedback is about
    pemberi_id: str
    peran: Peran
    isi: str
    tanggal: date
    periode_kode: str | None = None  # None: the pegawai's period holding ``tanggal``
    nilai_kode: str | None = None  # a BerAKHLAK value, if about one
    rhk_id: str | None = None  # an RHK of the pegawai's SKP, if about one
    forum_id: str | None = None  # given in a forum evaluasi kinerja


@dataclass(frozen=True)
class UmpanBalikRow:
    id: str
    pegawai_id: str
    pegawai_nama: str
    pemberi_id: str | None
    pemberi_nama: str
    peran: str
    tanggal: date | None
    periode_kode: str | None
    nilai_kode: str | None
    nilai_nama: str
    rhk_id: str | None
    rhk_uraian: str
    isi: str
    forum_id: str | None


@dataclass(frozen=True)
class ForumInput:
    unit_id: str
    tanggal: date
    agenda: str
    peserta: tuple[str, ...] = ()  # names, one per item
    pegawai_presentasi_id: str | None = None
    catatan: str | None = None


@dataclass(frozen=True)
class ForumRow:
    id: str
    unit_id: str
    unit_nama: str
    tanggal: date | None
    agenda: str
    pegawai_presentasi_id: str | None
    pegawai_presentasi_nama: str


@dataclass(frozen=True)
class ForumView:
    row: ForumRow
    peserta: tuple[str, ...]
    catatan: str | None
    umpan_balik: tuple[UmpanBalikRow, ...]


# -- feedback --------------------------------------------------------------------------------------


def _pegawai(s: Session, pegawai_id: str, field: str) -> Pegawai:
    p = s.get(Pegawai, pegawai_id)
    if p is None or p.deleted:
        raise ValidationError(_("Pegawai tidak ditemukan."), field)
    return p


def atasan_ids(s: Session, p: Pegawai, tahun: int) -> set[str]:
    """Who may give feedback as ATASAN: the atasan langsung, the default pejabat penilai
    (vacancy fallback) and a penilai set on the pegawai's SKP of the year."""
    ids = {x for x in (p.atasan_id, ident.default_penilai_id(s, p.id)) if x}
    ids |= {
        x for x in s.scalars(
            select(Skp.penilai_id).where(Skp.pegawai_id == p.id, Skp.tahun == tahun,
                                         Skp.deleted.is_(False))
        ) if x
    }
    return ids


def _check(s: Session, data: UmpanBalikInput) -> tuple[str, str, str | None]:
    """Validate; returns (isi, periode_kode, nilai_kode)."""
    p = _pegawai(s, data.pegawai_id, "pegawai_id")
    g = _pegawai(s, data.pemberi_id, "pemberi_id")
    isi = (data.isi or "").strip()
    if not isi:
        raise ValidationError(_("Isi umpan balik wajib diisi."), "isi")
    periksa_panjang(isi, UMPAN_BALIK, _("umpan balik"), "isi")
    if g.id == p.id:
        raise ValidationError(
            _("Pegawai tidak dapat memberi umpan balik kepada dirinya sendiri."), "pemberi_id")
    try:
        peran = Peran(data.peran)
    except ValueError:
        raise ValidationError(_("Peran pemberi harus ATASAN atau REKAN."),
                              "peran") from None
    atasan = atasan_ids(s, p, data.tanggal.year)
    if peran is Peran.ATASAN and g.id not in atasan:
        raise ValidationError(
            _("{pemberi} bukan atasan {pegawai}; umpan balik atasan hanya dari atasan langsung "
              "atau pejabat penilai.").format(pemberi=g.nama, pegawai=p.nama),
            "pemberi_id",
        )
    if peran is Peran.REKAN:
        if g.id in atasan:
            raise ValidationError(
                _("{pemberi} adalah atasan {pegawai}; pilih peran Atasan.").format(
                    pemberi=g.nama, pegawai=p.nama), "peran")
        same_atasan = p.atasan_id is not None and g.atasan_id == p.atasan_id
        same_unit = p.unit_id is not None and g.unit_id == p.unit_id
        if not (same_atasan or same_unit):
            raise ValidationError(
                _("{pemberi} bukan rekan kerja {pegawai} (tidak seatasan dan tidak satu "
                  "unit).").format(pemberi=g.nama, pegawai=p.nama),
                "pemberi_id",
            )
    if data.periode_kode:
        periode = periode_by_kode(data.periode_kode)
    else:
        frek = eval_svc.frekuensi_pegawai(s, p.id, data.tanggal.year)
        periode = periode_berjalan(data.tanggal, frek)
    nilai_kode = None
    if data.nilai_kode:
        nilai_kode = core_value(data.nilai_kode).kode
    if data.rhk_id is not None:
        r = s.get(Rhk, data.rhk_id)
        skp = s.get(Skp, r.skp_id) if r is not None and not r.deleted else None
        if skp is None or skp.deleted or skp.pegawai_id != p.id:
            raise ValidationError(_("RHK tersebut bukan milik SKP pegawai ini."), "rhk_id")
    if data.forum_id is not None:
        f = s.get(ForumEvaluasi, data.forum_id)
        if f is None or f.deleted:
            raise ValidationError(_("Forum evaluasi kinerja tidak ditemukan."), "forum_id")
    return isi, periode.kode, nilai_kode


def add_umpan_balik(
    s: Session, data: UmpanBalikInput) -> str:
    _pegawai(s, data.pegawai_id, "pegawai_id")
    require_appraisal_scope(s, data.pegawai_id)
    isi, kode, nilai = _check(s, data)
    row = UmpanBalik(pegawai_id=data.pegawai_id, pemberi_id=data.pemberi_id,
                     peran=Peran(data.peran).value, tanggal=data.tanggal, periode_kode=kode,
                     nilai_kode=nilai, rhk_id=data.rhk_id, isi=isi, forum_id=data.forum_id)
    s.add(row)
    s.flush()
    return row.id


def _row(s: Session, umpan_balik_id: str) -> UmpanBalik:
    row = s.get(UmpanBalik, umpan_balik_id)
    if row is None or row.deleted:
        raise NotFoundError(_("Umpan balik tidak ditemukan."))
    return row


def update_umpan_balik(
    s: Session, umpan_balik_id: str, data: UmpanBalikInput) -> None:
    row = _row(s, umpan_balik_id)
    require_appraisal_scope(s, row.pegawai_id)
    if data.pegawai_id != row.pegawai_id:
        require_appraisal_scope(s, data.pegawai_id)
    isi, kode, nilai = _check(s, data)
    row.pegawai_id = data.pegawai_id
    row.pemberi_id = data.pemberi_id
    row.peran = Peran(data.peran).value
    row.tanggal = data.tanggal
    row.periode_kode = kode
    row.nilai_kode = nilai
    row.rhk_id = data.rhk_id
    row.isi = isi
    row.forum_id = data.forum_id
    s.flush()


def delete_umpan_balik(
    s: Session, umpan_balik_id: str) -> None:
    row = _row(s, umpan_balik_id)
    require_appraisal_scope(s, row.pegawai_id)
    row.deleted = True
    s.flush()


def _feedback_rows(s: Session, where: Sequence[ColumnElement[bool]]) -> list[UmpanBalikRow]:
    target = aliased(Pegawai)
    giver = aliased(Pegawai)
    q = (
        select(UmpanBalik, target.nama, target.gelar_depan, target.gelar_belakang,
               giver.nama, giver.gelar_depan, giver.gelar_belakang, Rhk.uraian)
        .outerjoin(target, target.id == UmpanBalik.pegawai_id)
        .outerjoin(giver, giver.id == UmpanBalik.pemberi_id)
        .outerjoin(Rhk, Rhk.id == UmpanBalik.rhk_id)
        .where(UmpanBalik.deleted.is_(False), *where)
        .order_by(UmpanBalik.tanggal, UmpanBalik.id)
    )
    out = []
    for u, tn, tgd, tgb, gn, ggd, ggb, rhk_uraian in s.execute(q):
        out.append(UmpanBalikRow(
            u.id, u.pegawai_id, nama_lengkap(tn, tgd, tgb) if tn else "", u.pemberi_id,
            nama_lengkap(gn, ggd, ggb) if gn else "", u.peran, u.tanggal, u.periode_kode,
            u.nilai_kode, _NILAI_NAMA.get(u.nilai_kode or "", ""), u.rhk_id, rhk_uraian or "",
            u.isi, u.forum_id,
        ))
    return out


def feedback_for(s: Session, pegawai_id: str, periode_kode: str) -> list[UmpanBalikRow]:
    """Feedback on the pegawai in the period (by code, or by date when a row has no code)."""
    periode = periode_by_kode(periode_kode)
    return _feedback_rows(s, [
        UmpanBalik.pegawai_id == pegawai_id,
        or_(
            UmpanBalik.periode_kode == periode.kode,
            and_(UmpanBalik.periode_kode.is_(None), UmpanBalik.tanggal >= periode.mulai,
                 UmpanBalik.tanggal <= periode.selesai),
        ),
    ])


def feedback_by(s: Session, pemberi_id: str, tahun: int) -> list[UmpanBalikRow]:
    """Feedback given by one person in the year."""
    return _feedback_rows(s, [
        UmpanBalik.pemberi_id == pemberi_id,
        UmpanBalik.tanggal >= date(tahun, 1, 1),
        UmpanBalik.tanggal <= date(tahun, 12, 31),
    ])


# -- forum evaluasi kinerja -----------------------------------------------------------------------


def _forum_values(s: Session, data: ForumInput) -> dict[str, object]:
    unit = s.get(OrgUnit, data.unit_id)
    if unit is None or unit.deleted:
        raise ValidationError(_("Unit forum tidak ditemukan."), "unit_id")
    agenda = (data.agenda or "").strip()
    if not agenda:
        raise ValidationError(_("Agenda forum wajib diisi."), "agenda")
    periksa_panjang(agenda, CATATAN_PENDEK, _("agenda"), "agenda")
    periksa_panjang(clean(data.catatan), CATATAN, _("catatan"), "catatan")
    if data.pegawai_presentasi_id is not None:
        _pegawai(s, data.pegawai_presentasi_id, "pegawai_presentasi_id")
    peserta = "\n".join(" ".join(x.split()) for x in data.peserta if x.strip()) or None
    return {
        "unit_id": data.unit_id, "tanggal": data.tanggal, "agenda": agenda, "peserta": peserta,
        "pegawai_presentasi_id": data.pegawai_presentasi_id, "catatan": clean(data.catatan),
    }


def _forum(s: Session, forum_id: str) -> ForumEvaluasi:
    f = s.get(ForumEvaluasi, forum_id)
    if f is None or f.deleted:
        raise NotFoundError(_("Forum evaluasi kinerja tidak ditemukan."))
    return f


def create_forum(s: Session, data: ForumInput) -> str:
    values = _forum_values(s, data)
    require_unit_scope(s, data.unit_id)
    f = ForumEvaluasi(**values)
    s.add(f)
    s.flush()
    return f.id


def update_forum(
    s: Session, forum_id: str, data: ForumInput) -> None:
    f = _forum(s, forum_id)
    require_unit_scope(s, f.unit_id)
    values = _forum_values(s, data)
    require_unit_scope(s, data.unit_id)
    for k, v in values.items():
        if getattr(f, k) != v:
            setattr(f, k, v)
    s.flush()


def delete_forum(s: Session, forum_id: str) -> None:
    """Tombstone the forum; the feedback given in it stays (with its forum link)."""
    f = _forum(s, forum_id)
    require_unit_scope(s, f.unit_id)
    f.deleted = True
    s.flush()


def _forum_rows(s: Session, where: Sequence[ColumnElement[bool]]) -> list[ForumRow]:
    q = (
        select(ForumEvaluasi, OrgUnit.nama, Pegawai.nama, Pegawai.gelar_depan,
               Pegawai.gelar_belakang)
        .outerjoin(OrgUnit, OrgUnit.id == ForumEvaluasi.unit_id)
        .outerjoin(Pegawai, Pegawai.id == ForumEvaluasi.pegawai_presentasi_id)
        .where(ForumEvaluasi.deleted.is_(False), *where)
        .order_by(ForumEvaluasi.tanggal, ForumEvaluasi.id)
    )
    return [
        ForumRow(f.id, f.unit_id, un or "", f.tanggal, f.agenda, f.pegawai_presentasi_id,
                 nama_lengkap(pn, gd, gb) if pn else "")
        for f, un, pn, gd, gb in s.execute(q)
    ]


def list_forum(s: Session, unit_ids: Collection[str] | None, tahun: int) -> list[ForumRow]:
    where = [ForumEvaluasi.tanggal >= date(tahun, 1, 1),
             ForumEvaluasi.tanggal <= date(tahun, 12, 31)]
    if unit_ids is not None:
        where.append(ForumEvaluasi.unit_id.in_(list(unit_ids)))
    return _forum_rows(s, where)


def get_forum(s: Session, forum_id: str) -> ForumView:
    f = _forum(s, forum_id)
    row = _forum_rows(s, [ForumEvaluasi.id == forum_id])[0]
    return ForumView(row, lines(f.peserta), f.catatan,
                     tuple(_feedback_rows(s, [UmpanBalik.forum_id == forum_id])))
