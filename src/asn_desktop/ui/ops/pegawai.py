"""What the central does to its employees: add and edit, mutasi, berhenti and back, remove."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from asn_desktop.domain.siklus_pegawai import AlasanBerhenti
from asn_desktop.services import mutasi as mutasi_svc
from asn_desktop.services import pegawai as svc
from asn_desktop.services import siklus_pegawai as siklus
from asn_desktop.ui.context import PEGAWAI
from asn_desktop.ui.ops import Op, tulis


def simpan(data: svc.PegawaiInput, pegawai_id: str | None) -> Op[str]:
    """A new employee (``pegawai_id`` None) or changes to one; the result is the id."""
    return tulis(lambda s: svc.save_pegawai(s, data, pegawai_id).id, PEGAWAI)


def hapus(pegawai_id: str) -> Op[None]:
    return tulis(lambda s: svc.delete_pegawai(s, pegawai_id), PEGAWAI)


def pindah(nip: str, unit_kode: str, atasan_nip: str | None, tmt: date) -> Op[mutasi_svc.Mutasi]:
    """Mutasi to another unit from ``tmt``."""
    return tulis(lambda s: mutasi_svc.pindah(s, nip, unit_kode, atasan_nip=atasan_nip, tmt=tmt),
                 PEGAWAI)


def berhenti(nip: str, alasan: AlasanBerhenti, tanggal: date,
             catatan: str | None) -> Op[siklus.BerhentiHasil]:
    return tulis(lambda s: siklus.berhenti(s, nip, alasan, tanggal, catatan), PEGAWAI)


def pulihkan(nip: str) -> Op[None]:
    def work(s: Session) -> None:
        siklus.pulihkan(s, nip)

    return tulis(work, PEGAWAI)


def kembalikan(pegawai_id: str) -> Op[None]:
    """Bring back an employee removed from the list by mistake."""
    return tulis(lambda s: svc.restore_pegawai(s, pegawai_id), PEGAWAI)
