"""Units named in a roster: matching a cell to an existing unit (kode or name, case and spacing
free) and planning the kode and jenis of a unit the import is asked to create."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

PANJANG_KODE = 40  # OrgUnit.kode is String(40)
_BUKAN_HURUF = re.compile(r"[^0-9A-Z]+")

# (words the name starts with, jenis); first match wins
_JENIS_DARI_NAMA: tuple[tuple[tuple[str, ...], str], ...] = (
    (("SD", "SDN", "SMP", "SMPN", "SMA", "SMAN", "SMK", "SMKN", "SLB", "TK", "TKN",
      "SEKOLAH"), "SEKOLAH"),
    (("PUSKESMAS",), "PUSKESMAS"),
    (("KECAMATAN",), "KECAMATAN"),
    (("KELURAHAN",), "KELURAHAN"),
    (("DINAS", "BADAN", "KANTOR", "SEKRETARIAT", "INSPEKTORAT", "SATUAN"), "OPD"),
    (("UPT", "UPTD"), "UPT"),
)
# the jenis of a child by its parent's jenis, when the name says nothing
_ANAK_BAWAAN = {"PEMKOT": "OPD", "OPD": "BIDANG", "KECAMATAN": "KELURAHAN", "UPT": "BIDANG",
                "BIDANG": "BIDANG"}


def kunci_unit(teks: str) -> str:
    """Case and spacing free form of a unit kode or name."""
    return " ".join(teks.upper().split())


@dataclass(frozen=True)
class UnitAda:
    id: str
    kode: str
    nama: str
    jenis: str


class PetaUnit:
    """Existing units by kode and by name, read once."""

    def __init__(self, units: Collection[UnitAda]) -> None:
        self.by_id = {u.id: u for u in units}
        self._kode = {kunci_unit(u.kode): u.id for u in units}
        self._nama: dict[str, list[str]] = {}
        for u in units:
            self._nama.setdefault(kunci_unit(u.nama), []).append(u.id)

    def cari(self, teks: str) -> list[str]:
        """Ids the cell may mean: one (found), none (unknown) or several (ambiguous name)."""
        k = kunci_unit(teks)
        if k in self._kode:
            return [self._kode[k]]
        return list(self._nama.get(k, []))

    def kode_dipakai(self) -> set[str]:
        return set(self._kode)


def tebak_jenis(nama: str, jenis_induk: str) -> str:
    kata = _BUKAN_HURUF.sub(" ", nama.upper()).split()
    pertama = kata[0] if kata else ""
    for awalan, jenis in _JENIS_DARI_NAMA:
        if pertama in awalan:
            return jenis
    return _ANAK_BAWAAN.get(jenis_induk, "BIDANG")


def rencana_kode(induk_kode: str, nama: str, dipakai: set[str]) -> str:
    """'3673' + 'SDN 5 Serang' -> '3673.SDN-5-SERANG', made unique against ``dipakai`` (upper
    case keys, updated) and cut to the column's length."""
    slug = _BUKAN_HURUF.sub("-", nama.upper()).strip("-") or "UNIT"
    dasar = f"{induk_kode}.{slug}"[:PANJANG_KODE].rstrip("-")
    kode, n = dasar, 2
    while kunci_unit(kode) in dipakai:
        akhiran = f"-{n}"
        kode = dasar[: PANJANG_KODE - len(akhiran)] + akhiran
        n += 1
    dipakai.add(kunci_unit(kode))
    return kode
