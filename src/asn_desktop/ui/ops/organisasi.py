"""What the central does to its organisation tree (services/organisasi.py has the rules)."""

from __future__ import annotations

from asn_desktop.services import organisasi as svc
from asn_desktop.ui.context import ORGANISASI
from asn_desktop.ui.ops import Op, tulis


def tambah(data: svc.UnitInput) -> Op[str]:
    """A new unit; the result is its id."""
    return tulis(lambda s: svc.tambah_unit(s, data).id, ORGANISASI)


def ubah(kode: str, data: svc.UnitInput) -> Op[str]:
    return tulis(lambda s: svc.ubah_unit(s, kode, data).id, ORGANISASI)


def pindah(kode: str, induk_kode: str) -> Op[str]:
    return tulis(lambda s: svc.pindah_unit(s, kode, induk_kode).id, ORGANISASI)


def tutup(kode: str) -> Op[str]:
    return tulis(lambda s: svc.tutup_unit(s, kode).id, ORGANISASI)


def buka(kode: str) -> Op[str]:
    return tulis(lambda s: svc.buka_unit(s, kode).id, ORGANISASI)


def hapus(kode: str) -> Op[None]:
    return tulis(lambda s: svc.hapus_unit(s, kode), ORGANISASI)
