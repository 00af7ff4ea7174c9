"""Indonesian date formatting and parsing as printed on SKP and evaluation sheets."""

from __future__ import annotations

import re
from datetime import date

from asn_desktop.errors import ValidationError
from asn_desktop.teks import N_

BULAN: tuple[str, ...] = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)

# Lower-cased month names (and the usual short forms) to month numbers, for parsing.
# The same names marked for the interface language (dates printed on sheets stay Indonesian).
NAMA_BULAN: tuple[str, ...] = (
    N_("Januari"), N_("Februari"), N_("Maret"), N_("April"), N_("Mei"), N_("Juni"),
    N_("Juli"), N_("Agustus"), N_("September"), N_("Oktober"), N_("November"),
    N_("Desember"),
)
NAMA_HARI: tuple[str, ...] = (
    N_("Senin"), N_("Selasa"), N_("Rabu"), N_("Kamis"), N_("Jumat"), N_("Sabtu"), N_("Minggu"),
)

_BULAN_KE_ANGKA: dict[str, int] = {nama.lower(): i for i, nama in enumerate(BULAN, start=1)}
_BULAN_KE_ANGKA.update({nama[:3].lower(): i for i, nama in enumerate(BULAN, start=1)})
_BULAN_KE_ANGKA.update({"agt": 8, "nop": 11, "pebruari": 2, "nopember": 11})

_RE_TEKS = re.compile(r"^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$")
_RE_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_RE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def nama_bulan(bulan: int) -> str:
    """'Januari' for 1 ... 'Desember' for 12."""
    if not 1 <= bulan <= 12:
        raise ValidationError(f"Bulan harus 1–12, bukan {bulan}.", field="bulan", kode="bulan")
    return BULAN[bulan - 1]


def format_tanggal(d: date, dua_digit: bool = True) -> str:
    """'28 November 2026'; the day is zero-padded ('03 Januari 2024') as the e-Kinerja prints do."""
    hari = f"{d.day:02d}" if dua_digit else str(d.day)
    return f"{hari} {BULAN[d.month - 1]} {d.year}"


def format_tanggal_upper(d: date, dua_digit: bool = True) -> str:
    """'28 NOVEMBER 2026', for headers such as PERIODE PENILAIAN."""
    return format_tanggal(d, dua_digit).upper()


def format_tanggal_pendek(d: date) -> str:
    """'28/11/2026'."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def format_bulan_tahun(tahun: int, bulan: int) -> str:
    """'Mei 2015'."""
    return f"{nama_bulan(bulan)} {tahun}"


def parse_tanggal(s: str) -> date:
    """Parse '28 November 2026', '28-11-2026', '28/11/2026' or '2026-11-28'.

    Numeric dates other than ISO are always day first, as written in Indonesia.
    """
    teks = " ".join(s.split())
    tahun: int
    bulan: int | None
    hari: int
    if m := _RE_ISO.match(teks):
        tahun, bulan, hari = int(m[1]), int(m[2]), int(m[3])
    elif m := _RE_DMY.match(teks):
        hari, bulan, tahun = int(m[1]), int(m[2]), int(m[3])
    elif m := _RE_TEKS.match(teks):
        hari, tahun = int(m[1]), int(m[3])
        bulan = _BULAN_KE_ANGKA.get(m[2].lower())
        if bulan is None:
            raise ValidationError(
                f"Nama bulan '{m[2]}' tidak dikenal.", field="tanggal", kode="tanggal_tidak_sah"
            )
    else:
        raise ValidationError(
            f"Tanggal '{s.strip()}' tidak dapat dibaca; gunakan misalnya '28 November 2026', "
            "'28-11-2026' atau '2026-11-28'.",
            field="tanggal",
            kode="tanggal_tidak_sah",
        )
    try:
        return date(tahun, bulan, hari)
    except ValueError:
        raise ValidationError(
            f"Tanggal '{s.strip()}' tidak ada di kalender.",
            field="tanggal",
            kode="tanggal_tidak_sah",
        ) from None
