"""Evaluation frequency, the periods of a year and the capaian kinerja organisasi of a unit.

Split out of ``services.evaluasi`` (which still re-exports every public name here): the frequency
that applies to a unit or a pegawai (its own, its nearest ancestor's, or the year's), the master
data rows of the year and its periods, and the capaian a unit is given for a period, which the
evaluation views and the distribution check fall back on.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.db.models import (
    CapaianUnit,
    OrgUnit,
    Pegawai,
    TahunKinerja,
)
from asn_desktop.db.models import (
    Periode as PeriodeRow,
)
from asn_desktop.domain.organisasi import CapaianOrganisasi
from asn_desktop.domain.periods import (
    Frekuensi,
    Periode,
    periode_by_kode,
    periode_tahun,
)
from asn_desktop.errors import NotFoundError, ValidationError
from asn_desktop.services import orgs, pengaturan
from asn_desktop.services.authority import (
    require_master,
    require_unit_scope,
)
from asn_desktop.teks import _

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
        raise NotFoundError(_("Pegawai tidak ditemukan."))
    return frekuensi_unit(s, p.unit_id, tahun)


def periods_for(s: Session, pegawai_id: str, tahun: int) -> list[Periode]:
    """The evaluation periods that apply to the pegawai in the year, AKHIR last."""
    return periode_tahun(tahun, frekuensi_pegawai(s, pegawai_id, tahun))


def ensure_tahun(
    s: Session,
    tahun: int,
    frekuensi: Frekuensi | None = None,
    *,
    tanggal_skp: date | None = None,
) -> str:
    """The TahunKinerja row of the year (created when missing; master data). Returns its id."""
    row = s.scalars(
        select(TahunKinerja).where(TahunKinerja.tahun == tahun, TahunKinerja.deleted.is_(False))
    ).first()
    if row is not None:
        return row.id
    require_master(s)
    periode_tahun(tahun, Frekuensi.TRIWULANAN)  # validates the year
    row = TahunKinerja(
        tahun=tahun,
        frekuensi=(frekuensi or pengaturan.frekuensi_default(s)).value,
        tanggal_skp=tanggal_skp,
        dibuka=True,
    )
    s.add(row)
    s.flush()
    return row.id


def ensure_periods(s: Session, tahun: int) -> list[str]:
    """Create the missing Periode rows of the year, for the year's frequency and for every
    frequency a unit sets (master data, central). Returns the codes created."""
    require_master(s)
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
        for p in periode_tahun(tahun, f):
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
            _("Capaian kinerja organisasi harus Istimewa, Baik, Butuh Perbaikan, Kurang atau "
              "Sangat Kurang."),
            "capaian_organisasi",
        ) from None


def set_capaian_unit(
    s: Session,
    unit_id: str,
    periode_kode: str,
    capaian: CapaianOrganisasi | str | None) -> None:
    """Capaian kinerja organisasi of a unit for a period (None removes it)."""
    unit = s.get(OrgUnit, unit_id)
    if unit is None or unit.deleted:
        raise NotFoundError(_("Unit tidak ditemukan."))
    require_unit_scope(s, unit_id)
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
