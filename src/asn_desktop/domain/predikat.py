"""Predikat kinerja pegawai: the 3×3 "Kuadran Kinerja" matrix (reference §1.8)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from asn_desktop.domain.ratings import Rating
from asn_desktop.errors import ValidationError


class Predikat(StrEnum):
    SANGAT_BAIK = "Sangat Baik"
    BAIK = "Baik"
    BUTUH_PERBAIKAN = "Butuh Perbaikan"
    KURANG = "Kurang/Misconduct"
    SANGAT_KURANG = "Sangat Kurang"


_A = Rating.DI_ATAS_EKSPEKTASI
_S = Rating.SESUAI_EKSPEKTASI
_B = Rating.DI_BAWAH_EKSPEKTASI

# hasil kerja -> perilaku kerja -> predikat. Same nine cells in 7+ independent implementations.
PREDIKAT_MATRIX: dict[Rating, dict[Rating, Predikat]] = {
    _A: {_B: Predikat.KURANG, _S: Predikat.BAIK, _A: Predikat.SANGAT_BAIK},
    _S: {_B: Predikat.KURANG, _S: Predikat.BAIK, _A: Predikat.BAIK},
    _B: {_B: Predikat.SANGAT_KURANG, _S: Predikat.BUTUH_PERBAIKAN, _A: Predikat.BUTUH_PERBAIKAN},
}


def predikat_kinerja(hasil_kerja: Rating, perilaku_kerja: Rating) -> Predikat:
    """Predikat from rating hasil kerja (rows) and rating perilaku kerja (columns)."""
    return PREDIKAT_MATRIX[Rating(hasil_kerja)][Rating(perilaku_kerja)]


# The forms' option line drops "/Misconduct"; the matrix and the curve keep it.
PREDIKAT_PRINTED: dict[Predikat, str] = {
    Predikat.SANGAT_BAIK: "SANGAT BAIK",
    Predikat.BAIK: "BAIK",
    Predikat.BUTUH_PERBAIKAN: "BUTUH PERBAIKAN",
    Predikat.KURANG: "KURANG",
    Predikat.SANGAT_KURANG: "SANGAT KURANG",
}

PRINTED_PREDIKAT_OPTIONS = "SANGAT BAIK/ BAIK/ BUTUH PERBAIKAN/ KURANG/ SANGAT KURANG"

# X axis of "KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI", left to right.
PREDIKAT_CURVE_ORDER: tuple[Predikat, ...] = (
    Predikat.SANGAT_KURANG,
    Predikat.KURANG,
    Predikat.BUTUH_PERBAIKAN,
    Predikat.BAIK,
    Predikat.SANGAT_BAIK,
)

# Conversion of predikat to angka kredit for jabatan fungsional (PermenPANRB 1/2023). Secondary
# source (repo Apriiansh/konversi-kinerja-kpk); matches memory of the regulation, not verified.
ANGKA_KREDIT_PERSENTASE: dict[Predikat, int] = {
    Predikat.SANGAT_BAIK: 150,
    Predikat.BAIK: 100,
    Predikat.BUTUH_PERBAIKAN: 75,
    Predikat.KURANG: 50,
    Predikat.SANGAT_KURANG: 25,
}

# Annual angka kredit coefficient per jenjang JF keahlian (same secondary source).
KOEFISIEN_ANGKA_KREDIT_TAHUNAN: dict[str, Decimal] = {
    "Ahli Pertama": Decimal("12.5"),
    "Ahli Muda": Decimal("25"),
    "Ahli Madya": Decimal("37.5"),
    "Ahli Utama": Decimal("50"),
}


def angka_kredit(predikat: Predikat, bulan: int, koefisien_tahunan: Decimal) -> Decimal:
    """AK = (bulan/12) × persentase × koefisien tahunan, rounded half-up to 3 decimals."""
    if not 0 <= bulan <= 12:
        raise ValidationError(
            f"Jumlah bulan harus 0–12, bukan {bulan}.", field="bulan", kode="bulan"
        )
    nilai = Decimal(bulan) / 12 * Decimal(ANGKA_KREDIT_PERSENTASE[predikat]) / 100
    return (nilai * koefisien_tahunan).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)


def _kunci(teks: str) -> str:
    return "".join(ch for ch in teks.upper() if ch.isalpha())


_TEKS_KE_PREDIKAT: dict[str, Predikat] = {}
for _p in Predikat:
    for _t in (_p.value, _p.name, PREDIKAT_PRINTED[_p]):
        _TEKS_KE_PREDIKAT[_kunci(_t)] = _p


def predikat_from_text(teks: str) -> Predikat:
    """Accept 'Kurang/Misconduct', 'KURANG', 'SANGAT_BAIK', 'sangat baik', ..."""
    try:
        return _TEKS_KE_PREDIKAT[_kunci(teks)]
    except KeyError:
        raise ValidationError(
            f"Predikat '{teks.strip()}' tidak dikenal.",
            field="predikat",
            kode="predikat_tidak_dikenal",
        ) from None
