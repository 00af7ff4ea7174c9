"""NIP PNS and NI PPPK: normalisation, validation and construction (reference §4.1, §4.2).

NIP PNS (18 digits):  YYYYMMDD lahir | YYYYMM TMT CPNS | jenis kelamin | nomor urut (3).
NI PPPK (18 digits):  YYYYMMDD lahir | YYYY tahun pengangkatan | 2-digit kode | jenis kelamin |
nomor urut (3). The kode's official meaning is unconfirmed, so it is not checked; in particular
the PNS month check must never be applied to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from asn_desktop.domain.dates import format_bulan_tahun, format_tanggal
from asn_desktop.domain.pegawai_status import LABEL_NOMOR_INDUK, StatusKepegawaian
from asn_desktop.errors import ValidationError

__all__ = [
    "NiPppk",
    "NipError",
    "NipPns",
    "StatusKepegawaian",
    "format_nip_grouped",
    "make_ni_pppk",
    "make_nip_pns",
    "normalize_nip",
    "parse_ni_pppk",
    "parse_nip_pns",
    "parse_nomor_induk",
]

PANJANG = 18
_ANGKA = frozenset("0123456789")
_JENIS_KELAMIN = {"1": "L", "2": "P"}
_KODE_JENIS_KELAMIN = {"L": "1", "P": "2"}
# Birth dates before this are taken as typing errors.
_TAHUN_LAHIR_MIN = 1900
_USIA_MINIMUM = 18


class NipError(ValidationError):
    """An invalid NIP / NI PPPK. ``kode`` names the fault (see module docs of each parser)."""

    def __init__(self, message: str, *, kode: str, field: str = "nip") -> None:
        super().__init__(message, field=field, kode=kode)


@dataclass(frozen=True)
class NipPns:
    nip: str
    tanggal_lahir: date
    tmt_cpns: tuple[int, int]  # (year, month); the day is always the 1st
    jenis_kelamin: str  # "L" or "P"
    urut: int
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class NiPppk:
    nip: str
    tanggal_lahir: date
    tahun_pengangkatan: int
    kode: str  # digits 13–14, meaning unconfirmed ("21" regular, "24" seen for paruh waktu)
    jenis_kelamin: str
    urut: int
    warnings: tuple[str, ...] = ()


def normalize_nip(s: str) -> str:
    """Drop surrounding blanks, inner spaces and dots ("19860926 201505 1 001" is accepted)."""
    return "".join(ch for ch in s if not ch.isspace() and ch != ".")


def _tambah_tahun(d: date, tahun: int) -> date:
    try:
        return d.replace(year=d.year + tahun)
    except ValueError:  # 29 February in a non-leap year
        return date(d.year + tahun, 3, 1)


def _cek_umum(s: str, label: str, today: date) -> tuple[str, date]:
    """Checks shared by PNS and PPPK: digits, length, birth date. Returns (digits, birth date)."""
    n = normalize_nip(s)
    if not n:
        raise NipError(f"{label} wajib diisi.", kode="kosong")
    salah = [f"ke-{i} ('{ch}')" for i, ch in enumerate(n, start=1) if ch not in _ANGKA]
    if salah:
        daftar = ", ".join(salah[:5]) + (", ..." if len(salah) > 5 else "")
        raise NipError(
            f"{label} hanya boleh berisi angka; karakter {daftar} bukan angka.", kode="bukan_angka"
        )
    if len(n) != PANJANG:
        raise NipError(
            f"{label} harus {PANJANG} digit angka; yang diisi {len(n)} digit.", kode="panjang"
        )
    lahir_teks = n[:8]
    try:
        lahir = date(int(n[:4]), int(n[4:6]), int(n[6:8]))
    except ValueError:
        bulan = int(n[4:6])
        rincian = "" if 1 <= bulan <= 12 else f" (bulan {n[4:6]})"
        raise NipError(
            f"Tanggal lahir pada digit 1–8 ({lahir_teks}) bukan tanggal yang sah{rincian}.",
            kode="tanggal_lahir",
        ) from None
    if lahir.year < _TAHUN_LAHIR_MIN:
        raise NipError(
            f"Tahun lahir pada digit 1–4 ({n[:4]}) tidak masuk akal.", kode="tanggal_lahir"
        )
    if lahir > today:
        raise NipError(
            f"Tanggal lahir pada digit 1–8 ({lahir_teks}) ada di masa depan.", kode="tanggal_lahir"
        )
    return n, lahir


def _cek_ekor(n: str, label: str) -> tuple[str, int]:
    """Digit 15 (jenis kelamin) and 16–18 (nomor urut), same in both layouts."""
    jk = _JENIS_KELAMIN.get(n[14])
    if jk is None:
        raise NipError(
            f"Digit ke-15 (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan), bukan {n[14]}.",
            kode="jenis_kelamin",
        )
    urut = int(n[15:18])
    if urut == 0:
        raise NipError("Nomor urut (digit 16–18) tidak boleh 000.", kode="urut")
    return jk, urut


def parse_nip_pns(s: str, today: date | None = None) -> NipPns:
    """Validate a NIP PNS.

    ``NipError.kode``: kosong, bukan_angka, panjang, tanggal_lahir (not a date, before 1900 or in
    the future), tahun_tmt (TMT year after next year), bulan_tmt, tmt_sebelum_lahir, jenis_kelamin,
    urut. A TMT less than 18 years after birth is only a warning.
    """
    hari_ini = today or date.today()
    label = LABEL_NOMOR_INDUK[StatusKepegawaian.PNS]
    n, lahir = _cek_umum(s, label, hari_ini)
    tahun = int(n[8:12])
    if tahun > hari_ini.year + 1:
        raise NipError(
            f"Tahun TMT CPNS pada digit 9–12 ({n[8:12]}) tidak boleh melewati tahun "
            f"{hari_ini.year + 1}.",
            kode="tahun_tmt",
        )
    bulan = int(n[12:14])
    if not 1 <= bulan <= 12:
        raise NipError(
            f"Bulan TMT CPNS pada digit 13–14 harus 01–12, bukan {n[12:14]}.", kode="bulan_tmt"
        )
    tmt = date(tahun, bulan, 1)
    if tmt < lahir:
        raise NipError(
            f"TMT CPNS pada digit 9–14 ({format_bulan_tahun(tahun, bulan)}) lebih awal dari "
            f"tanggal lahir ({format_tanggal(lahir)}).",
            kode="tmt_sebelum_lahir",
        )
    warnings: list[str] = []
    if tmt < _tambah_tahun(lahir, _USIA_MINIMUM):
        warnings.append(
            f"TMT CPNS ({format_bulan_tahun(tahun, bulan)}) kurang dari {_USIA_MINIMUM} tahun "
            f"setelah tanggal lahir ({format_tanggal(lahir)}); periksa kembali {label}."
        )
    jk, urut = _cek_ekor(n, label)
    return NipPns(n, lahir, (tahun, bulan), jk, urut, tuple(warnings))


def parse_ni_pppk(s: str, today: date | None = None) -> NiPppk:
    """Validate a NI PPPK. Same ``kode`` values as :func:`parse_nip_pns` except bulan_tmt.

    The appointment year (digits 9–12) must be after the birth year (else tmt_sebelum_lahir) and at
    most next year (else tahun_tmt); less than 18 years after the birth year is a warning.
    """
    hari_ini = today or date.today()
    label = LABEL_NOMOR_INDUK[StatusKepegawaian.PPPK]
    n, lahir = _cek_umum(s, label, hari_ini)
    tahun = int(n[8:12])
    if tahun > hari_ini.year + 1:
        raise NipError(
            f"Tahun pengangkatan pada digit 9–12 ({n[8:12]}) tidak boleh melewati tahun "
            f"{hari_ini.year + 1}.",
            kode="tahun_tmt",
        )
    if tahun <= lahir.year:
        raise NipError(
            f"Tahun pengangkatan pada digit 9–12 ({n[8:12]}) harus sesudah tahun lahir "
            f"({lahir.year}).",
            kode="tmt_sebelum_lahir",
        )
    warnings: list[str] = []
    if tahun < lahir.year + _USIA_MINIMUM:
        warnings.append(
            f"Tahun pengangkatan ({tahun}) kurang dari {_USIA_MINIMUM} tahun setelah tahun lahir "
            f"({lahir.year}); periksa kembali {label}."
        )
    jk, urut = _cek_ekor(n, label)
    return NiPppk(n, lahir, tahun, n[12:14], jk, urut, tuple(warnings))


def parse_nomor_induk(
    status: StatusKepegawaian, s: str, today: date | None = None
) -> NipPns | NiPppk:
    """Validate ``s`` as NIP PNS or NI PPPK according to the pegawai's status."""
    if StatusKepegawaian(status) is StatusKepegawaian.PNS:
        return parse_nip_pns(s, today)
    return parse_ni_pppk(s, today)


def format_nip_grouped(nip: str, status: StatusKepegawaian = StatusKepegawaian.PNS) -> str:
    """'19860926 201505 1 001' (PNS) or '19900913 2025 24 2 014' (PPPK).

    Anything that is not 18 digits after normalising (e.g. an old 9-digit NIP) comes back
    normalised but ungrouped, so printing never fails.
    """
    n = normalize_nip(nip)
    if len(n) != PANJANG or not set(n) <= _ANGKA:
        return n
    if StatusKepegawaian(status) is StatusKepegawaian.PNS:
        return f"{n[:8]} {n[8:14]} {n[14]} {n[15:]}"
    return f"{n[:8]} {n[8:12]} {n[12:14]} {n[14]} {n[15:]}"


def _kode_jk(jenis_kelamin: str) -> str:
    kode = _KODE_JENIS_KELAMIN.get(jenis_kelamin.strip().upper())
    if kode is None:
        raise NipError(
            f"Jenis kelamin harus L atau P, bukan '{jenis_kelamin}'.",
            kode="jenis_kelamin",
            field="jenis_kelamin",
        )
    return kode


def _cek_urut(urut: int) -> None:
    if not 1 <= urut <= 999:
        raise NipError(f"Nomor urut harus 1–999, bukan {urut}.", kode="urut", field="urut")


def _yyyymmdd(d: date) -> str:
    return f"{d.year:04d}{d.month:02d}{d.day:02d}"


def make_nip_pns(lahir: date, tmt_year: int, tmt_month: int, jenis_kelamin: str, urut: int) -> str:
    """Compose a NIP PNS (no plausibility checks beyond field ranges; parse it to validate)."""
    if not 1000 <= tmt_year <= 9999:
        raise NipError(
            f"Tahun TMT harus 4 digit, bukan {tmt_year}.", kode="tahun_tmt", field="tmt_cpns"
        )
    if not 1 <= tmt_month <= 12:
        raise NipError(
            f"Bulan TMT harus 1–12, bukan {tmt_month}.", kode="bulan_tmt", field="tmt_cpns"
        )
    kode_jk = _kode_jk(jenis_kelamin)
    _cek_urut(urut)
    return f"{_yyyymmdd(lahir)}{tmt_year:04d}{tmt_month:02d}{kode_jk}{urut:03d}"


def make_ni_pppk(lahir: date, tahun: int, kode: str, jenis_kelamin: str, urut: int) -> str:
    """Compose a NI PPPK; ``kode`` is the 2-digit segment (e.g. "21")."""
    if not 1000 <= tahun <= 9999:
        raise NipError(
            f"Tahun pengangkatan harus 4 digit, bukan {tahun}.",
            kode="tahun_tmt",
            field="tahun_pengangkatan",
        )
    if len(kode) != 2 or not set(kode) <= _ANGKA:
        raise NipError(
            f"Kode NI PPPK harus 2 digit angka, bukan '{kode}'.", kode="kode", field="kode"
        )
    kode_jk = _kode_jk(jenis_kelamin)
    _cek_urut(urut)
    return f"{_yyyymmdd(lahir)}{tahun:04d}{kode}{kode_jk}{urut:03d}"
