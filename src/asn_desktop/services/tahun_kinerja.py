"""Performance years: opening a year with its evaluation periods (central) and the list of the
years with what they hold."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from asn_desktop.db.models import Periode, Skp, TahunKinerja
from asn_desktop.domain.dokumen import Status
from asn_desktop.domain.periods import TAHUN_MAX, TAHUN_MIN, Frekuensi
from asn_desktop.errors import ValidationError
from asn_desktop.services.authority import require_master
from asn_desktop.services.evaluasi_periode import ensure_periods, ensure_tahun
from asn_desktop.teks import N_, _

FREKUENSI_LABEL = {
    Frekuensi.BULANAN: N_("bulanan"),
    Frekuensi.TRIWULANAN: N_("triwulanan"),
    Frekuensi.SEMESTERAN: N_("semesteran"),
}


@dataclass(frozen=True)
class TahunRow:
    tahun: int
    frekuensi: str  # Frekuensi value
    dibuka: bool
    jumlah_periode: int  # periods of every frequency defined in the year
    jumlah_skp: int
    skp_disetujui: int


def _frekuensi(value: Frekuensi | str) -> Frekuensi:
    try:
        return Frekuensi(str(value).upper())
    except ValueError:
        pilihan = ", ".join(FREKUENSI_LABEL.values())  # what may be typed: not translated
        raise ValidationError(_("Frekuensi evaluasi harus salah satu dari {pilihan}.").format(
            pilihan=pilihan), "frekuensi") from None


def _label(value: str) -> str:
    try:
        return _(FREKUENSI_LABEL[Frekuensi(value)])
    except ValueError:
        return value.lower()


def buka_tahun(s: Session, tahun: int, frekuensi: Frekuensi) -> TahunRow:
    """Open a performance year with its evaluation periods (for the year's frequency and every
    frequency a unit sets). A year already opened is refused: its frequency is changed, if
    ever, by the people who set it, not by opening it again."""
    require_master(s)
    frek = _frekuensi(frekuensi)
    if not TAHUN_MIN <= tahun <= TAHUN_MAX:
        raise ValidationError(
            _("Tahun {tahun} di luar rentang {min}–{max}.").format(
                tahun=tahun, min=TAHUN_MIN, max=TAHUN_MAX), "tahun")
    ada = s.scalars(
        select(TahunKinerja).where(TahunKinerja.tahun == tahun, TahunKinerja.deleted.is_(False))
    ).first()
    if ada is not None:
        if not ada.dibuka:
            raise ValidationError(_("Tahun kinerja {tahun} sudah ada dan telah ditutup.").format(
                tahun=tahun), "tahun")
        if ada.frekuensi == frek.value:
            raise ValidationError(
                _("Tahun kinerja {tahun} sudah dibuka (frekuensi {frekuensi}).").format(
                    tahun=tahun, frekuensi=_label(ada.frekuensi)), "tahun")
        raise ValidationError(
            _("Tahun kinerja {tahun} sudah dibuka dengan frekuensi {frekuensi}, bukan {diminta}; "
              "tahun yang sudah dibuka tidak dibuka ulang.").format(
                tahun=tahun, frekuensi=_label(ada.frekuensi), diminta=_(FREKUENSI_LABEL[frek])),
            "frekuensi")
    ensure_tahun(s, tahun, frek)
    ensure_periods(s, tahun)
    return _rows(s, tahun)[0]


def tahun_ini(s: Session, tahun: int) -> TahunRow | None:
    """The performance year as set up, or None when it is not yet."""
    rows = _rows(s, tahun)
    return rows[0] if rows else None


def daftar_tahun(s: Session) -> list[TahunRow]:
    """Every performance year, newest first, with its periods and SKP counts."""
    return _rows(s, None)


def _rows(s: Session, tahun: int | None) -> list[TahunRow]:
    q = select(TahunKinerja.tahun, TahunKinerja.frekuensi, TahunKinerja.dibuka).where(
        TahunKinerja.deleted.is_(False))
    if tahun is not None:
        q = q.where(TahunKinerja.tahun == tahun)
    years = s.execute(q.order_by(TahunKinerja.tahun.desc(), TahunKinerja.id)).all()
    if not years:
        return []
    pq = select(Periode.tahun, func.count(Periode.id)).where(Periode.deleted.is_(False))
    disetujui = func.sum(case((Skp.status == Status.DISETUJUI.value, 1), else_=0))
    sq = select(Skp.tahun, func.count(Skp.id), disetujui).where(Skp.deleted.is_(False))
    if tahun is not None:  # one year asked for: count that year's only
        pq, sq = pq.where(Periode.tahun == tahun), sq.where(Skp.tahun == tahun)
    n_periode = dict(s.execute(pq.group_by(Periode.tahun)).all())
    n_skp = {t: (int(n or 0), int(d or 0)) for t, n, d in s.execute(sq.group_by(Skp.tahun))}
    out: list[TahunRow] = []
    seen: set[int] = set()
    for t, frek, dibuka in years:
        if t in seen:  # two rows of one year (made apart before a sync): show it once
            continue
        seen.add(t)
        jumlah, setuju = n_skp.get(t, (0, 0))
        out.append(TahunRow(t, frek, bool(dibuka), int(n_periode.get(t, 0)), jumlah, setuju))
    return out
