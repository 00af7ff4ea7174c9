"""A fresh central's first hour: which of the set-up steps are done (units, employees, the
year, invited units), so Beranda can say what to do first."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from asn_desktop.db.models import OrgUnit, Pegawai, TahunKinerja


@dataclass(frozen=True)
class LangkahAwal:
    jumlah_unit: int  # open units below the root
    jumlah_pegawai: int  # active employees
    tahun_dibuka: bool  # the year asked about is open
    jumlah_undangan: int  # unit installations invited (any status)

    @property
    def selesai(self) -> bool:
        return bool(self.jumlah_unit and self.jumlah_pegawai and self.tahun_dibuka
                    and self.jumlah_undangan)


def langkah_awal(s: Session, tahun: int) -> LangkahAwal:
    unit = s.scalar(select(func.count()).select_from(OrgUnit).where(
        OrgUnit.deleted.is_(False), OrgUnit.parent_id.is_not(None), OrgUnit.ditutup.is_(None)))
    pegawai = s.scalar(select(func.count()).select_from(Pegawai).where(
        Pegawai.deleted.is_(False), Pegawai.aktif.is_(True)))
    tahun_ada = s.scalar(select(func.count()).select_from(TahunKinerja).where(
        TahunKinerja.deleted.is_(False), TahunKinerja.tahun == tahun))
    undangan = s.scalar(text("SELECT count(*) FROM sync_peer WHERE role = 'unit'"))
    return LangkahAwal(int(unit or 0), int(pegawai or 0), bool(tahun_ada), int(undangan or 0))
