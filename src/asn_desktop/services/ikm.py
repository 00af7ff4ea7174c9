"""Survei Kepuasan Masyarakat (IKM) results of a unit per period: the nine unsur's mean scores
(NRR) and the number of respondents give the nilai IKM and its mutu (the intervals are a
setting, UNCONFIRMED in the reference)."""

from __future__ import annotations

import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.db.models_pelayanan import UNSUR_KOLOM, SurveiIkm
from asn_desktop.domain.panjang import CATATAN_PENDEK, periksa_panjang
from asn_desktop.domain.pelayanan import (
    KINERJA_MUTU,
    NRR_MAX,
    NRR_MIN,
    UNSUR_IKM,
    mutu_ikm,
    nilai_ikm,
)
from asn_desktop.domain.periods import periode_by_kode
from asn_desktop.errors import NotFoundError, ValidationError
from asn_desktop.services import pengaturan
from asn_desktop.services.authority import require_unit_scope
from asn_desktop.services.riwayat import clean
from asn_desktop.teks import _

_NS_IKM = uuid.UUID("0b7f5a3c-6e0d-4c62-8f7e-2d9c1b4a5e61")


@dataclass(frozen=True)
class IkmView:
    id: str
    unit_id: str
    periode_kode: str
    responden: int
    nrr: tuple[float, ...]
    nilai: float
    mutu: str  # A..D
    catatan: str | None

    @property
    def mutu_teks(self) -> str:
        return f"{self.mutu} ({_(KINERJA_MUTU.get(self.mutu, ''))})"


def id_survei(unit_id: str, periode_kode: str) -> str:
    return uuid.uuid5(_NS_IKM, f"{unit_id}/{periode_kode}").hex


AWAL_SURVEI = 2000  # a survey year before this is a typing error


def _periode(kode: str, hari_ini: date | None = None) -> str:
    p = periode_by_kode(kode)  # ValidationError with the reason
    if p.mulai > (hari_ini or date.today()):
        raise ValidationError(_("Periode survei {kode} belum dimulai.").format(kode=p.kode),
                              "periode")
    if p.tahun < AWAL_SURVEI:
        raise ValidationError(_("Periode survei {kode} terlalu lama; periksa tahunnya.")
                              .format(kode=p.kode), "periode")
    return p.kode


def catat(s: Session, unit_id: str, periode_kode: str, responden: int, nrr: Sequence[float],
          catatan: str | None = None, *, hari_ini: date | None = None) -> IkmView:
    """Record (or replace) the unit's survey result for the period."""
    require_unit_scope(s, unit_id)
    kode = _periode(periode_kode, hari_ini)
    if type(responden) is not int or responden <= 0:
        raise ValidationError(_("Jumlah responden harus lebih dari 0."), "responden")
    periksa_panjang(clean(catatan), CATATAN_PENDEK, _("catatan"), "catatan")
    if len(nrr) != len(UNSUR_IKM):
        raise ValidationError(_("Isi nilai rata-rata kesembilan unsur."), "nrr")
    nilai = []
    for i, v in enumerate(nrr, start=1):
        if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v) \
                or not NRR_MIN <= v <= NRR_MAX:
            raise ValidationError(_("Nilai unsur {n} ({unsur}) harus antara 1 dan 4.").format(
                n=i, unsur=_(UNSUR_IKM[i - 1])), f"u{i}")
        nilai.append(round(float(v), 3))
    rid = id_survei(unit_id, kode)
    row = s.get(SurveiIkm, rid)
    if row is None:
        row = SurveiIkm(id=rid, unit_id=unit_id, periode_kode=kode)
        s.add(row)
    row.deleted = False
    row.responden = responden
    for col, v in zip(UNSUR_KOLOM, nilai, strict=True):
        setattr(row, col, v)
    row.catatan = clean(catatan)
    s.flush()
    return _view(row, pengaturan.interval_ikm(s))


def hapus(s: Session, unit_id: str, periode_kode: str) -> None:
    row = s.get(SurveiIkm, id_survei(unit_id, periode_by_kode(periode_kode).kode))
    if row is None or row.deleted:
        raise NotFoundError(_("Survei IKM periode itu belum dicatat."))
    require_unit_scope(s, row.unit_id)
    s.delete(row)
    s.flush()


def _view(row: SurveiIkm, interval: dict[str, float]) -> IkmView:
    nrr = tuple(float(getattr(row, c)) for c in UNSUR_KOLOM)
    nilai = nilai_ikm(nrr)
    return IkmView(row.id, row.unit_id, row.periode_kode, row.responden, nrr, nilai,
                   mutu_ikm(nilai, interval), row.catatan)


def daftar(s: Session, unit_id: str, tahun: int | None = None) -> list[IkmView]:
    q = select(SurveiIkm).where(SurveiIkm.unit_id == unit_id, SurveiIkm.deleted.is_(False))
    if tahun is not None:
        q = q.where(SurveiIkm.periode_kode.like(f"{tahun}-%"))
    interval = pengaturan.interval_ikm(s)
    out = []
    for row in s.scalars(q.order_by(SurveiIkm.periode_kode)):
        try:
            out.append(_view(row, interval))
        except ValueError:  # a value out of range cannot arrive (sync checks it); skip safely
            continue
    return out


def gabungan(views: Sequence[IkmView], interval: dict[str, float]) -> IkmView | None:
    """Several surveys as one (weighted by respondents): a report over a longer span."""
    if not views:
        return None
    if len(views) == 1:
        return views[0]
    total = sum(v.responden for v in views) or len(views)
    nrr = tuple(sum(v.nrr[i] * (v.responden or 1) for v in views) / total
                for i in range(len(UNSUR_IKM)))
    nilai = nilai_ikm(nrr)
    return IkmView("", views[0].unit_id, "+".join(v.periode_kode for v in views),
                   sum(v.responden for v in views), nrr, nilai, mutu_ikm(nilai, interval), None)
