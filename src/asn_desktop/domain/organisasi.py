"""Capaian kinerja organisasi and the advisory predikat distribution check (reference §1.9).

The percentages come from a single secondary source attributing them to an SE MenPANRB; which
instrument sets them is UNCONFIRMED. They are therefore data (an admin may edit them as a
setting, stored as JSON) and a breach is a warning in a report, never a block.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from typing import Any

from asn_desktop.domain.predikat import PREDIKAT_CURVE_ORDER, Predikat, predikat_from_text
from asn_desktop.errors import ValidationError


class CapaianOrganisasi(StrEnum):
    ISTIMEWA = "ISTIMEWA"
    BAIK = "BAIK"
    BUTUH_PERBAIKAN = "BUTUH PERBAIKAN"
    KURANG = "KURANG"
    SANGAT_KURANG = "SANGAT KURANG"


PRINTED_CAPAIAN_OPTIONS = "ISTIMEWA/ BAIK/ BUTUH PERBAIKAN/ KURANG/ SANGAT KURANG"

_KODE_PANDUAN = "panduan_distribusi"


def format_persen(share: float) -> str:
    """0.7 -> '70%', 2/3 -> '66,67%' (Indonesian decimal comma, at most 2 decimals)."""
    teks = f"{share * 100:.2f}".rstrip("0").rstrip(".")
    return teks.replace(".", ",") + "%"


def _nama_predikat(predikat: Sequence[Predikat]) -> str:
    return " dan/atau ".join(p.value for p in predikat)


def rule_text(
    predikat: Sequence[Predikat],
    min_share: float | None = None,
    max_share: float | None = None,
    min_count: int | None = None,
) -> str:
    """The guidance sentence for a rule, e.g. 'Paling banyak 70% pegawai berpredikat Baik'."""
    nama = _nama_predikat(predikat)
    bagian: list[str] = []
    if max_share == 0:
        bagian.append(f"Tidak boleh ada pegawai berpredikat {nama}")
    elif min_share is not None and max_share is not None:
        bagian.append(
            f"Paling sedikit {format_persen(min_share)} dan paling banyak "
            f"{format_persen(max_share)} pegawai berpredikat {nama}"
        )
    elif min_share is not None:
        bagian.append(f"Paling sedikit {format_persen(min_share)} pegawai berpredikat {nama}")
    elif max_share is not None:
        bagian.append(f"Paling banyak {format_persen(max_share)} pegawai berpredikat {nama}")
    if min_count is not None:
        jumlah = "" if min_count == 1 else f"paling sedikit {min_count} "
        kalimat = f"harus ada {jumlah}pegawai berpredikat {nama}"
        bagian.append(kalimat if bagian else kalimat[0].upper() + kalimat[1:])
    return "; ".join(bagian)


def _cek_share(nilai: float | None, nama: str) -> None:
    if nilai is not None and not 0 <= nilai <= 1:
        raise ValidationError(
            f"{nama} harus antara 0 dan 1 (0% sampai 100%), bukan {nilai}.",
            field=_KODE_PANDUAN,
            kode="share",
        )


@dataclass(frozen=True)
class DistributionRule:
    """A share (0..1) and/or head-count bound on the pegawai holding any of ``predikat``."""

    predikat: tuple[Predikat, ...]
    min_share: float | None
    max_share: float | None
    min_count: int | None
    text: str

    def __post_init__(self) -> None:
        if not self.predikat:
            raise ValidationError(
                "Aturan distribusi harus menyebut sedikitnya satu predikat.",
                field=_KODE_PANDUAN,
                kode="predikat",
            )
        if len(set(self.predikat)) != len(self.predikat):
            raise ValidationError(
                "Predikat dalam satu aturan distribusi tidak boleh berulang.",
                field=_KODE_PANDUAN,
                kode="predikat",
            )
        if self.min_share is None and self.max_share is None and self.min_count is None:
            raise ValidationError(
                "Aturan distribusi harus memuat batas paling sedikit atau paling banyak.",
                field=_KODE_PANDUAN,
                kode="batas",
            )
        _cek_share(self.min_share, "Batas paling sedikit")
        _cek_share(self.max_share, "Batas paling banyak")
        if (
            self.min_share is not None
            and self.max_share is not None
            and self.min_share > self.max_share
        ):
            raise ValidationError(
                "Batas paling sedikit tidak boleh melebihi batas paling banyak.",
                field=_KODE_PANDUAN,
                kode="batas",
            )
        if self.min_count is not None and self.min_count < 0:
            raise ValidationError(
                f"Jumlah paling sedikit tidak boleh negatif ({self.min_count}).",
                field=_KODE_PANDUAN,
                kode="batas",
            )
        if not self.text.strip():
            raise ValidationError(
                "Teks panduan distribusi tidak boleh kosong.", field=_KODE_PANDUAN, kode="teks"
            )


def make_rule(
    predikat: Sequence[Predikat],
    *,
    min_share: float | None = None,
    max_share: float | None = None,
    min_count: int | None = None,
    text: str | None = None,
) -> DistributionRule:
    """Build a rule; without ``text`` the guidance sentence is generated from the numbers."""
    p = tuple(predikat)
    return DistributionRule(
        predikat=p,
        min_share=min_share,
        max_share=max_share,
        min_count=min_count,
        text=text if text is not None else rule_text(p, min_share, max_share, min_count),
    )


_SB = Predikat.SANGAT_BAIK
_BK = Predikat.BAIK
_BP = Predikat.BUTUH_PERBAIKAN
_KM = Predikat.KURANG
_SK = Predikat.SANGAT_KURANG

DEFAULT_GUIDANCE: dict[CapaianOrganisasi, tuple[DistributionRule, ...]] = {
    CapaianOrganisasi.ISTIMEWA: (make_rule((_SB,), max_share=0.70),),
    CapaianOrganisasi.BAIK: (
        make_rule((_BK,), max_share=0.70),
        make_rule((_BP, _KM), min_count=1),
    ),
    CapaianOrganisasi.BUTUH_PERBAIKAN: (
        make_rule((_BP,), min_share=0.60),
        make_rule((_SB,), max_share=0.10),
    ),
    CapaianOrganisasi.KURANG: (
        make_rule((_KM,), min_share=0.60),
        make_rule((_BP,), min_share=0.10),
        make_rule((_SB,), max_share=0.10),
    ),
    CapaianOrganisasi.SANGAT_KURANG: (
        make_rule((_SK,), min_share=0.60),
        make_rule((_KM, _BP), min_share=0.10),
        make_rule((_SB,), max_share=0.0),
    ),
}

# Illustrative relative heights (max 1.0) per predikat in PREDIKAT_CURVE_ORDER, for drawing the
# "POLA DISTRIBUSI" curve. Shapes only: they peak where the guidance puts most pegawai.
EXPECTED_CURVE: dict[CapaianOrganisasi, tuple[float, ...]] = {
    CapaianOrganisasi.ISTIMEWA: (0.05, 0.1, 0.2, 0.45, 1.0),
    CapaianOrganisasi.BAIK: (0.05, 0.15, 0.3, 1.0, 0.3),
    CapaianOrganisasi.BUTUH_PERBAIKAN: (0.1, 0.3, 1.0, 0.3, 0.1),
    CapaianOrganisasi.KURANG: (0.25, 1.0, 0.3, 0.1, 0.05),
    CapaianOrganisasi.SANGAT_KURANG: (1.0, 0.3, 0.15, 0.05, 0.0),
}


@dataclass(frozen=True)
class DistributionViolation:
    rule: DistributionRule
    actual_share: float
    actual_count: int
    message: str


def distribution_counts(predikat_list: Sequence[Predikat]) -> dict[Predikat, int]:
    """Head count per predikat, every predikat present, keys in curve order."""
    hitung = dict.fromkeys(PREDIKAT_CURVE_ORDER, 0)
    for p in predikat_list:
        hitung[Predikat(p)] += 1
    return hitung


def _exact(x: float) -> Fraction:
    # Via str so that 0.7 means 7/10, not its binary approximation.
    return Fraction(str(x))


def check_distribution(
    capaian: CapaianOrganisasi,
    predikat_list: Sequence[Predikat],
    guidance: Mapping[CapaianOrganisasi, Sequence[DistributionRule]] = DEFAULT_GUIDANCE,
) -> list[DistributionViolation]:
    """Rules of ``capaian`` that the list breaks; empty means compliant (or nobody to judge)."""
    total = len(predikat_list)
    if total == 0:
        return []
    hitung = distribution_counts(predikat_list)
    hasil: list[DistributionViolation] = []
    for rule in guidance.get(CapaianOrganisasi(capaian), ()):
        n = sum(hitung[p] for p in rule.predikat)
        share = Fraction(n, total)
        nama = _nama_predikat(rule.predikat)
        persen = format_persen(float(share))
        pesan: list[str] = []
        if rule.max_share is not None and share > _exact(rule.max_share):
            if rule.max_share == 0:
                pesan.append(f"Pegawai berpredikat {nama} {persen} (tidak boleh ada)")
            else:
                batas = format_persen(rule.max_share)
                pesan.append(f"Pegawai berpredikat {nama} {persen} (paling banyak {batas})")
        if rule.min_share is not None and share < _exact(rule.min_share):
            batas = format_persen(rule.min_share)
            pesan.append(f"Pegawai berpredikat {nama} {persen} (paling sedikit {batas})")
        if rule.min_count is not None and n < rule.min_count:
            pesan.append(
                f"Pegawai berpredikat {nama} {n} orang (paling sedikit {rule.min_count} orang)"
            )
        hasil.extend(DistributionViolation(rule, float(share), n, m) for m in pesan)
    return hasil


# --- JSON setting -------------------------------------------------------------------------------

_KUNCI_ATURAN = frozenset({"predikat", "min_share", "max_share", "min_count", "text"})


def guidance_to_json(guidance: Mapping[CapaianOrganisasi, Sequence[DistributionRule]]) -> str:
    data = {
        c.value: [
            {
                "predikat": [p.value for p in r.predikat],
                "min_share": r.min_share,
                "max_share": r.max_share,
                "min_count": r.min_count,
                "text": r.text,
            }
            for r in guidance.get(c, ())
        ]
        for c in CapaianOrganisasi
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def _salah(pesan: str) -> ValidationError:
    return ValidationError(pesan, field=_KODE_PANDUAN, kode="panduan_tidak_sah")


def _baca_share(item: Mapping[str, Any], kunci: str, lokasi: str) -> float | None:
    nilai = item.get(kunci)
    if nilai is None:
        return None
    if isinstance(nilai, bool) or not isinstance(nilai, int | float):
        raise _salah(f"{lokasi}: '{kunci}' harus angka 0–1 atau null.")
    return float(nilai)


def _baca_aturan(item: object, lokasi: str) -> DistributionRule:
    if not isinstance(item, dict):
        raise _salah(f"{lokasi}: aturan harus berupa objek JSON.")
    asing = set(item) - _KUNCI_ATURAN
    if asing:
        raise _salah(f"{lokasi}: kunci tidak dikenal: {', '.join(sorted(map(str, asing)))}.")
    daftar = item.get("predikat")
    if not isinstance(daftar, list) or not all(isinstance(p, str) for p in daftar):
        raise _salah(f"{lokasi}: 'predikat' harus daftar nama predikat.")
    min_count = item.get("min_count")
    if min_count is not None and (isinstance(min_count, bool) or not isinstance(min_count, int)):
        raise _salah(f"{lokasi}: 'min_count' harus bilangan bulat atau null.")
    text = item.get("text")
    if text is not None and not isinstance(text, str):
        raise _salah(f"{lokasi}: 'text' harus teks.")
    try:
        return make_rule(
            tuple(predikat_from_text(p) for p in daftar),
            min_share=_baca_share(item, "min_share", lokasi),
            max_share=_baca_share(item, "max_share", lokasi),
            min_count=min_count,
            text=text,
        )
    except ValidationError as e:
        raise _salah(f"{lokasi}: {e.message}") from None


def guidance_from_json(s: str) -> dict[CapaianOrganisasi, tuple[DistributionRule, ...]]:
    """Parse and validate an edited guidance setting; all five capaian must be present.

    A missing ``text`` is generated from the numbers. An empty list disables a capaian's checks.
    """
    try:
        data = json.loads(s)
    except json.JSONDecodeError as e:
        raise _salah(f"Panduan distribusi bukan JSON yang sah (baris {e.lineno}).") from None
    if not isinstance(data, dict):
        raise _salah("Panduan distribusi harus berupa objek JSON per capaian organisasi.")
    nilai_sah = {c.value for c in CapaianOrganisasi}
    asing = set(data) - nilai_sah
    if asing:
        raise _salah(f"Capaian organisasi tidak dikenal: {', '.join(sorted(asing))}.")
    hilang = [c.value for c in CapaianOrganisasi if c.value not in data]
    if hilang:
        raise _salah(f"Panduan untuk capaian {', '.join(hilang)} tidak ada.")
    hasil: dict[CapaianOrganisasi, tuple[DistributionRule, ...]] = {}
    for c in CapaianOrganisasi:
        daftar = data[c.value]
        if not isinstance(daftar, list):
            raise _salah(f"Panduan capaian {c.value} harus berupa daftar aturan.")
        hasil[c] = tuple(
            _baca_aturan(item, f"Capaian {c.value}, aturan ke-{i}")
            for i, item in enumerate(daftar, start=1)
        )
    return hasil
