"""Pangkat/golongan ruang PNS and golongan PPPK (reference §4.3, §4.4).

Pangkat and golongan are stored separately; :func:`format_pangkat_golongan` joins them for the
"PANGKAT/GOL. RUANG" row of the sheets as "Penata Muda, III/a" (PNS) or "IX" (PPPK). The comma
form is used because "Penata Muda / III/a" would put two slashes in one value.
"""

from __future__ import annotations

from dataclasses import dataclass

from asn_desktop.domain.pegawai_status import StatusKepegawaian
from asn_desktop.errors import ValidationError


@dataclass(frozen=True)
class GolonganPns:
    kode: str  # "11".."45": SAPK/SIMPEG numbering (not confirmed as SIASN ids)
    ruang: str  # "III/a"
    pangkat: str  # "Penata Muda"


GOLONGAN_PNS: tuple[GolonganPns, ...] = (
    GolonganPns("11", "I/a", "Juru Muda"),
    GolonganPns("12", "I/b", "Juru Muda Tingkat I"),
    GolonganPns("13", "I/c", "Juru"),
    GolonganPns("14", "I/d", "Juru Tingkat I"),
    GolonganPns("21", "II/a", "Pengatur Muda"),
    GolonganPns("22", "II/b", "Pengatur Muda Tingkat I"),
    GolonganPns("23", "II/c", "Pengatur"),
    GolonganPns("24", "II/d", "Pengatur Tingkat I"),
    GolonganPns("31", "III/a", "Penata Muda"),
    GolonganPns("32", "III/b", "Penata Muda Tingkat I"),
    GolonganPns("33", "III/c", "Penata"),
    GolonganPns("34", "III/d", "Penata Tingkat I"),
    GolonganPns("41", "IV/a", "Pembina"),
    GolonganPns("42", "IV/b", "Pembina Tingkat I"),
    GolonganPns("43", "IV/c", "Pembina Utama Muda"),
    GolonganPns("44", "IV/d", "Pembina Utama Madya"),
    GolonganPns("45", "IV/e", "Pembina Utama"),
)

GOLONGAN_PPPK: tuple[str, ...] = (
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
    "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
)  # fmt: skip

# Jenjang JF keahlian -> golongan ruang PNS (PermenPANRB 1/2023, via a secondary source).
JENJANG_JF_GOLONGAN: dict[str, tuple[str, ...]] = {
    "Ahli Pertama": ("III/a", "III/b"),
    "Ahli Muda": ("III/c", "III/d"),
    "Ahli Madya": ("IV/a", "IV/b", "IV/c"),
    "Ahli Utama": ("IV/d", "IV/e"),
}


def _kunci_ruang(teks: str) -> str:
    # "iii / A" -> "III/a"
    ringkas = "".join(teks.split())
    if "/" not in ringkas:
        return ringkas
    kiri, _, kanan = ringkas.partition("/")
    return f"{kiri.upper()}/{kanan.lower()}"


_PER_KUNCI: dict[str, GolonganPns] = {g.kode: g for g in GOLONGAN_PNS}
_PER_KUNCI.update({g.ruang: g for g in GOLONGAN_PNS})


def golongan_pns(ruang_or_kode: str) -> GolonganPns:
    """Look up by golongan ruang ("III/a", spacing and case free) or SAPK kode ("31")."""
    g = _PER_KUNCI.get(_kunci_ruang(ruang_or_kode))
    if g is None:
        raise ValidationError(
            f"Golongan ruang '{ruang_or_kode.strip()}' tidak dikenal; gunakan I/a sampai IV/e.",
            field="golongan",
            kode="golongan_tidak_dikenal",
        )
    return g


def normalize_golongan_pppk(s: str) -> str:
    """'ix', ' IX ', 'Golongan IX' -> 'IX'; raises ValidationError outside I–XVII."""
    teks = " ".join(s.split()).upper()
    if teks.startswith("GOLONGAN "):
        teks = teks.removeprefix("GOLONGAN ")
    if teks not in GOLONGAN_PPPK:
        raise ValidationError(
            f"Golongan PPPK '{s.strip()}' tidak dikenal; gunakan I sampai XVII.",
            field="golongan",
            kode="golongan_tidak_dikenal",
        )
    return teks


def is_golongan_pppk(s: str) -> bool:
    try:
        normalize_golongan_pppk(s)
    except ValidationError:
        return False
    return True


def format_pangkat_golongan(status: StatusKepegawaian, golongan: GolonganPns | str) -> str:
    """'Penata Muda, III/a' for PNS; 'IX' for PPPK (PPPK golongan have no pangkat name)."""
    if StatusKepegawaian(status) is StatusKepegawaian.PNS:
        g = golongan if isinstance(golongan, GolonganPns) else golongan_pns(golongan)
        return f"{g.pangkat}, {g.ruang}"
    if isinstance(golongan, GolonganPns):
        raise ValidationError(
            "Pegawai PPPK tidak memiliki golongan ruang PNS.",
            field="golongan",
            kode="golongan_tidak_dikenal",
        )
    return normalize_golongan_pppk(golongan)
