"""Mutasi: the central moves an employee to another unit.

The move is an ordinary change of ``pegawai.unit_id`` (and ``atasan_id``), so its clock is the
placement history the sync engine judges each unit's changes against: what the old unit wrote
while the employee was its own still applies; what it wrote after the move, not knowing it yet,
is set aside at the central for review. The old unit learns of the move in the central's next
package and keeps a read-only copy; the new unit receives the employee's appraisal data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.db.models import OrgUnit, Pegawai
from asn_desktop.domain.siklus_pegawai import Peristiwa
from asn_desktop.errors import PermissionError_, ValidationError
from asn_desktop.services import penempatan
from asn_desktop.services.authority import pelaku
from asn_desktop.services.orgs import pesan_unit_ditutup, unit_by_kode
from asn_desktop.services.pegawai import _would_cycle, pegawai_by_nip
from asn_desktop.teks import _


@dataclass(frozen=True)
class Mutasi:
    nama: str
    nip: str
    dari: str
    ke: str
    atasan: str | None
    tmt: date

    @property
    def ringkasan(self) -> str:
        if self.atasan:
            teks = _("{nama} ({nip}) dipindahkan dari {dari} ke {ke} TMT {tmt}; atasan "
                     "langsung: {atasan}.")
        else:
            teks = _("{nama} ({nip}) dipindahkan dari {dari} ke {ke} TMT {tmt}; belum ada "
                     "atasan.")
        return teks.format(nama=self.nama, nip=self.nip, dari=self.dari, ke=self.ke,
                           tmt=self.tmt.isoformat(), atasan=self.atasan) + " " + _(
            "Unit lama mengetahuinya dari paket pusat berikutnya; data kinerjanya ikut ke "
            "unit baru.")


def pindah(s: Session, nip: str, unit_kode: str, *, atasan_nip: str | None = None,
           tmt: date | None = None) -> Mutasi:
    """Move an employee (central only) from ``tmt`` (default today). Without ``atasan_nip``
    the new unit's leader, if one is recorded, becomes the atasan langsung."""
    if not pelaku(s).may_write_master:
        raise PermissionError_(_("Mutasi pegawai dicatat oleh pusat (BKPSDM); unit "
                                 "menerimanya melalui paket sinkronisasi."))
    p = pegawai_by_nip(s, nip)
    if not p.aktif:
        raise ValidationError(_("{nama} sudah berhenti; pulihkan lebih dulu bila ia kembali "
                                "bertugas.").format(nama=p.nama), "nip")
    unit = unit_by_kode(s, unit_kode)
    if p.unit_id == unit.id:
        raise ValidationError(_("{nama} sudah ditempatkan di {unit}.").format(
            nama=p.nama, unit=unit.nama), "unit")
    if unit.ditutup is not None:
        raise ValidationError(pesan_unit_ditutup(unit.nama, unit.kode, unit.ditutup), "unit")
    old = s.get(OrgUnit, p.unit_id) if p.unit_id else None
    atasan: Pegawai | None
    if atasan_nip:
        atasan = pegawai_by_nip(s, atasan_nip)
        if atasan.id == p.id or _would_cycle(s, p.id, atasan.id):
            raise ValidationError(_("Atasan langsung tidak boleh pegawai itu sendiri atau "
                                    "bawahannya."), "atasan")
        if not atasan.aktif:
            raise ValidationError(_("{nama} sudah berhenti; pilih atasan langsung yang "
                                    "aktif.").format(nama=atasan.nama), "atasan")
    else:
        atasan = s.scalars(select(Pegawai).where(
            Pegawai.unit_id == unit.id, Pegawai.pimpinan_unit.is_(True),
            Pegawai.aktif.is_(True), Pegawai.deleted.is_(False), Pegawai.id != p.id)).first()
    tmt = tmt or date.today()
    if p.tmt_unit is not None and tmt < p.tmt_unit:
        raise ValidationError(_("TMT {tmt} lebih awal dari TMT penempatan sekarang "
                                "({tmt_sekarang}).").format(
                                    tmt=tmt.isoformat(), tmt_sekarang=p.tmt_unit.isoformat()),
                              "tmt")
    p.unit_id = unit.id
    p.atasan_id = atasan.id if atasan else None
    p.pimpinan_unit = False
    p.tmt_unit = tmt
    s.flush()
    dari = f"{old.nama} ({old.kode})" if old else "-"
    penempatan.catat(s, p, Peristiwa.MUTASI, tmt=tmt, catatan=f"Dari {dari}")
    return Mutasi(p.nama, p.nip, dari, f"{unit.nama} ({unit.kode})",
                  atasan.nama if atasan else None, tmt)
