"""Scoring of the older regimes, for historic records only (reference §3.1, §3.2).

PP 46/2011 + Perka BKN 1/2013 (SKP 2014–2020) and PP 30/2019 (SKP 2021).

Arithmetic is done in Decimal (inputs via ``str`` so 1.76 is exact) and every public result is
rounded half-up to 2 decimals, as the BKN spreadsheet forms display them. Intermediate sums use
the unrounded values, as the spreadsheet cells do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from asn_desktop.errors import ValidationError

_DUA_DESIMAL = Decimal("0.01")
_SERATUS = Decimal(100)
_FAKTOR_WAKTU = Decimal("1.76")
_BATAS_EFISIENSI = Decimal(24)  # percent


def _d(x: float) -> Decimal:
    return Decimal(str(x))


def _bulat(x: Decimal) -> float:
    return float(x.quantize(_DUA_DESIMAL, rounding=ROUND_HALF_UP))


def _cek_tidak_negatif(**nilai: float) -> None:
    for nama, x in nilai.items():
        if x < 0:
            raise ValidationError(
                f"Nilai {nama.upper()} tidak boleh negatif ({x}).", field=nama, kode="negatif"
            )


# --- PP 46/2011 ---------------------------------------------------------------------------------


def _persen(realisasi: float, target: float) -> Decimal:
    if target == 0:
        return Decimal(0)
    return _d(realisasi) / _d(target) * _SERATUS


def _efisiensi_raw(realisasi: float, target: float) -> Decimal:
    """Shared formula of the waktu and biaya aspects; 0 when there was no target."""
    if target == 0:
        return Decimal(0)
    r, t = _d(realisasi), _d(target)
    efisiensi = _SERATUS - r / t * _SERATUS
    dasar = (_FAKTOR_WAKTU * t - r) / t * _SERATUS
    nilai = dasar if efisiensi <= _BATAS_EFISIENSI else 76 - (dasar - _SERATUS)
    # Very late (realisasi ≥ 1.76 × target) would go negative; a score below 0 means nothing.
    return max(nilai, Decimal(0))


def nilai_kuantitas(ro: float, to: float) -> float:
    """RO / TO × 100 (0 when TO = 0)."""
    _cek_tidak_negatif(ro=ro, to=to)
    return _bulat(_persen(ro, to))


def nilai_kualitas(rk: float, tk: float) -> float:
    """RK / TK × 100 (0 when TK = 0)."""
    _cek_tidak_negatif(rk=rk, tk=tk)
    return _bulat(_persen(rk, tk))


def nilai_waktu(rw: float, tw: float) -> float:
    """Efisiensi = 100 − RW/TW × 100. If ≤ 24%: (1,76×TW − RW)/TW × 100; else
    76 − ((1,76×TW − RW)/TW × 100 − 100). 0 if not carried out (TW = 0, or RW = 0: the second
    formula then gives exactly 0)."""
    _cek_tidak_negatif(rw=rw, tw=tw)
    return _bulat(_efisiensi_raw(rw, tw))


def nilai_biaya(rb: float, tb: float) -> float | None:
    """Same formulas as waktu on RB/TB; ``None`` when TB = 0 (the aspect is left out)."""
    _cek_tidak_negatif(rb=rb, tb=tb)
    if tb == 0:
        return None
    return _bulat(_efisiensi_raw(rb, tb))


@dataclass(frozen=True)
class KegiatanLegacy:
    """One kegiatan tugas jabatan: target (T) and realisasi (R) of output, mutu, waktu, biaya."""

    to: float
    ro: float
    tk: float
    rk: float
    tw: float
    rw: float
    tb: float = 0
    rb: float = 0


def _capaian_raw(k: KegiatanLegacy) -> Decimal:
    _cek_tidak_negatif(to=k.to, ro=k.ro, tk=k.tk, rk=k.rk, tw=k.tw, rw=k.rw, tb=k.tb, rb=k.rb)
    jumlah = _persen(k.ro, k.to) + _persen(k.rk, k.tk) + _efisiensi_raw(k.rw, k.tw)
    if k.tb == 0:
        return jumlah / 3
    return (jumlah + _efisiensi_raw(k.rb, k.tb)) / 4


def nilai_capaian_kegiatan(k: KegiatanLegacy) -> float:
    """Penghitungan (sum of the aspects) / 3, or / 4 when the kegiatan has a biaya target."""
    return _bulat(_capaian_raw(k))


# UNCONFIRMED (from memory): tugas tambahan 1–3 kegiatan = 1, 4–6 = 2, ≥ 7 = 3.
# As (minimum number of kegiatan, nilai), ascending.
TUGAS_TAMBAHAN_BONUS: tuple[tuple[int, float], ...] = ((1, 1.0), (4, 2.0), (7, 3.0))

# UNCONFIRMED (from memory): kreativitas by the level that recognised it.
KREATIVITAS_NILAI: dict[str, float] = {"unit_kerja": 3.0, "instansi": 6.0, "nasional": 12.0}


def nilai_tugas_tambahan(
    jumlah: int, tabel: Sequence[tuple[int, float]] = TUGAS_TAMBAHAN_BONUS
) -> float:
    """Bonus for ``jumlah`` kegiatan tugas tambahan according to ``tabel``."""
    if jumlah < 0:
        raise ValidationError(
            f"Jumlah tugas tambahan tidak boleh negatif ({jumlah}).",
            field="tugas_tambahan",
            kode="negatif",
        )
    bonus = 0.0
    for minimum, nilai in sorted(tabel):
        if jumlah >= minimum:
            bonus = nilai
    return bonus


def nilai_capaian_skp(
    kegiatan: Sequence[KegiatanLegacy],
    tugas_tambahan: int = 0,
    kreativitas: float = 0.0,
    tabel_tugas_tambahan: Sequence[tuple[int, float]] = TUGAS_TAMBAHAN_BONUS,
) -> float:
    """Average capaian over the kegiatan, plus the tugas tambahan bonus (``tugas_tambahan`` is
    the number of such kegiatan) and the kreativitas nilai (see ``KREATIVITAS_NILAI``)."""
    if not kegiatan:
        raise ValidationError(
            "SKP tidak memuat kegiatan tugas jabatan.", field="kegiatan", kode="kosong"
        )
    _cek_tidak_negatif(kreativitas=kreativitas)
    rata = sum((_capaian_raw(k) for k in kegiatan), Decimal(0)) / len(kegiatan)
    bonus = _d(nilai_tugas_tambahan(tugas_tambahan, tabel_tugas_tambahan)) + _d(kreativitas)
    return _bulat(rata + bonus)


# Kepemimpinan is scored only for pejabat struktural (hence 5 or 6 aspects).
PERILAKU_ASPEK_PP46: tuple[str, ...] = (
    "Orientasi Pelayanan",
    "Integritas",
    "Komitmen",
    "Disiplin",
    "Kerja Sama",
    "Kepemimpinan",
)


def nilai_perilaku(aspek_scores: Sequence[float]) -> float:
    """Average of the 5 (6 with Kepemimpinan) aspect scores, each 0–100."""
    if len(aspek_scores) not in (5, 6):
        raise ValidationError(
            f"Nilai perilaku kerja harus terdiri atas 5 atau 6 aspek, bukan {len(aspek_scores)}.",
            field="perilaku",
            kode="jumlah_aspek",
        )
    for x in aspek_scores:
        if not 0 <= x <= 100:
            raise ValidationError(
                f"Nilai aspek perilaku harus 0–100, bukan {x}.", field="perilaku", kode="rentang"
            )
    return _bulat(sum((_d(x) for x in aspek_scores), Decimal(0)) / len(aspek_scores))


def nilai_prestasi_kerja(nilai_skp: float, nilai_perilaku: float) -> float:
    """SKP × 60% + perilaku kerja × 40%."""
    return _bulat(_d(nilai_skp) * Decimal("0.6") + _d(nilai_perilaku) * Decimal("0.4"))


# Upper-inclusive bounds on the value rounded to 2 decimals, so the gaps of the published
# integer bands (e.g. 90 < x < 91) fall into the higher band: 90.5 is Sangat Baik.
_SEBUTAN_PP46: tuple[tuple[Decimal, str], ...] = (
    (Decimal(50), "Buruk"),
    (Decimal(60), "Kurang"),
    (Decimal(75), "Cukup"),
    (Decimal(90), "Baik"),
)


def sebutan_pp46(nilai: float) -> str:
    """91 ke atas Sangat Baik; 76–90 Baik; 61–75 Cukup; 51–60 Kurang; 50 ke bawah Buruk."""
    x = _d(nilai).quantize(_DUA_DESIMAL, rounding=ROUND_HALF_UP)
    for batas, sebutan in _SEBUTAN_PP46:
        if x <= batas:
            return sebutan
    return "Sangat Baik"


# --- PP 30/2019 ---------------------------------------------------------------------------------


def nilai_kinerja_pp30(skp: float, perilaku: float, with_peer_input: bool) -> float:
    """Pasal 41: 60% SKP + 40% perilaku when peers and subordinates give input, else 70/30."""
    bobot_skp = Decimal("0.6") if with_peer_input else Decimal("0.7")
    return _bulat(_d(skp) * bobot_skp + _d(perilaku) * (1 - bobot_skp))


def predikat_pp30(nilai: float, inovasi: bool) -> str:
    """Pasal 41 ayat (5). Sangat Baik needs 110–120 and an innovation (new idea/way benefiting the
    organisation); without it 110–120 is Baik. Kurang (50–<70) and Sangat Kurang (<50) are
    UNCONFIRMED. Values above 120 are treated as 120."""
    x = _d(nilai).quantize(_DUA_DESIMAL, rounding=ROUND_HALF_UP)
    if x >= 110 and inovasi:
        return "Sangat Baik"
    if x >= 90:
        return "Baik"
    if x >= 70:
        return "Cukup"
    if x >= 50:
        return "Kurang"
    return "Sangat Kurang"
