"""Expected values below are worked by hand from the formulas in reference §3."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asn_desktop.domain.legacy import (
    KREATIVITAS_NILAI,
    PERILAKU_ASPEK_PP46,
    KegiatanLegacy,
    nilai_biaya,
    nilai_capaian_kegiatan,
    nilai_capaian_skp,
    nilai_kinerja_pp30,
    nilai_kualitas,
    nilai_kuantitas,
    nilai_perilaku,
    nilai_prestasi_kerja,
    nilai_tugas_tambahan,
    nilai_waktu,
    predikat_pp30,
    sebutan_pp46,
)
from asn_desktop.errors import ValidationError

from ._golden import PROPERTY


@pytest.mark.parametrize(
    ("ro", "to", "nilai"),
    [(12, 12, 100.0), (10, 12, 83.33), (14, 12, 116.67), (0, 12, 0.0), (5, 0, 0.0), (1, 800, 0.13)],
)
def test_kuantitas(ro: float, to: float, nilai: float) -> None:
    # 1/800 × 100 = 0,125 -> 0,13 (half-up, as the spreadsheet shows)
    assert nilai_kuantitas(ro, to) == nilai


def test_kualitas() -> None:
    assert nilai_kualitas(90, 100) == 90.0
    assert nilai_kualitas(100, 100) == 100.0
    assert nilai_kualitas(0, 0) == 0.0


@pytest.mark.parametrize(
    ("rw", "tw", "nilai"),
    [
        # efisiensi 0% ≤ 24%: (1,76×12 − 12)/12 × 100 = 9,12/12 × 100 = 76
        (12, 12, 76.0),
        # efisiensi 25% > 24%: (21,12 − 9)/12 × 100 = 101 -> 76 − (101 − 100) = 75
        (9, 12, 75.0),
        # efisiensi 16,67%: (21,12 − 10)/12 × 100 = 92,666… -> 92,67
        (10, 12, 92.67),
        # efisiensi 50%: (21,12 − 6)/12 × 100 = 126 -> 76 − 26 = 50
        (6, 12, 50.0),
        # efisiensi exactly 24% uses the first formula: (44 − 19)/25 × 100 = 100
        (19, 25, 100.0),
        # late, efisiensi −25%: (21,12 − 15)/12 × 100 = 51
        (15, 12, 51.0),
        # very late: (21,12 − 24)/12 × 100 = −24 -> clamped to 0
        (24, 12, 0.0),
        # not carried out
        (0, 12, 0.0),
        (5, 0, 0.0),
    ],
)
def test_waktu(rw: float, tw: float, nilai: float) -> None:
    assert nilai_waktu(rw, tw) == nilai


def test_biaya() -> None:
    assert nilai_biaya(0, 0) is None
    assert nilai_biaya(500_000, 0) is None
    assert nilai_biaya(1_000_000, 1_000_000) == 76.0
    # efisiensi 20%: (1,76 − 0,8) × 100 = 96
    assert nilai_biaya(800_000, 1_000_000) == 96.0
    # efisiensi 30%: 176 − 70 = 106 -> 76 − 6 = 70
    assert nilai_biaya(700_000, 1_000_000) == 70.0


K1 = KegiatanLegacy(to=12, ro=12, tk=100, rk=90, tw=12, rw=12)
K2 = KegiatanLegacy(to=12, ro=12, tk=100, rk=90, tw=12, rw=12, tb=1_000_000, rb=800_000)


def test_capaian_kegiatan() -> None:
    # (100 + 90 + 76) / 3 = 88,666…
    assert nilai_capaian_kegiatan(K1) == 88.67
    # (100 + 90 + 76 + 96) / 4 = 90,5
    assert nilai_capaian_kegiatan(K2) == 90.5
    assert nilai_capaian_kegiatan(KegiatanLegacy(12, 0, 100, 0, 12, 0)) == 0.0


def test_capaian_skp() -> None:
    # (88,666… + 90,5) / 2 = 89,5833…
    assert nilai_capaian_skp([K1, K2]) == 89.58
    # + tugas tambahan 2 kegiatan (bonus 1)
    assert nilai_capaian_skp([K1, K2], tugas_tambahan=2) == 90.58
    # + kreativitas tingkat unit kerja (3)
    kreativitas = KREATIVITAS_NILAI["unit_kerja"]
    assert nilai_capaian_skp([K1, K2], 2, kreativitas) == 93.58
    # a custom bonus table
    assert nilai_capaian_skp([K1], 2, tabel_tugas_tambahan=((1, 0.5),)) == 89.17
    with pytest.raises(ValidationError):
        nilai_capaian_skp([])


@pytest.mark.parametrize(
    ("jumlah", "bonus"), [(0, 0.0), (1, 1.0), (3, 1.0), (4, 2.0), (6, 2.0), (7, 3.0), (20, 3.0)]
)
def test_tugas_tambahan(jumlah: int, bonus: float) -> None:
    assert nilai_tugas_tambahan(jumlah) == bonus


def test_perilaku() -> None:
    assert len(PERILAKU_ASPEK_PP46) == 6
    assert PERILAKU_ASPEK_PP46[-1] == "Kepemimpinan"
    assert nilai_perilaku([80, 80, 80, 80, 80]) == 80.0
    # 476 / 6 = 79,333…
    assert nilai_perilaku([90, 85, 80, 75, 70, 76]) == 79.33
    with pytest.raises(ValidationError):
        nilai_perilaku([80, 80, 80, 80])
    with pytest.raises(ValidationError):
        nilai_perilaku([80, 80, 80, 80, 101])


def test_prestasi_kerja() -> None:
    # 89,58 × 0,6 + 79,33 × 0,4 = 53,748 + 31,732 = 85,48
    assert nilai_prestasi_kerja(89.58, 79.33) == 85.48
    assert nilai_prestasi_kerja(100, 100) == 100.0


@pytest.mark.parametrize(
    ("nilai", "sebutan"),
    [
        (120, "Sangat Baik"),
        (91, "Sangat Baik"),
        (90.5, "Sangat Baik"),
        (90.004, "Baik"),
        (90, "Baik"),
        (76, "Baik"),
        (75.5, "Baik"),
        (75, "Cukup"),
        (61, "Cukup"),
        (60.01, "Cukup"),
        (60, "Kurang"),
        (51, "Kurang"),
        (50.5, "Kurang"),
        (50, "Buruk"),
        (0, "Buruk"),
    ],
)
def test_sebutan_pp46(nilai: float, sebutan: str) -> None:
    assert sebutan_pp46(nilai) == sebutan


def test_pp30_bobot() -> None:
    assert nilai_kinerja_pp30(100, 80, with_peer_input=False) == 94.0  # 70 + 24
    assert nilai_kinerja_pp30(100, 80, with_peer_input=True) == 92.0  # 60 + 32
    assert nilai_kinerja_pp30(115.5, 90, with_peer_input=False) == 107.85  # 80,85 + 27


@pytest.mark.parametrize(
    ("nilai", "inovasi", "predikat"),
    [
        (120, True, "Sangat Baik"),
        (110, True, "Sangat Baik"),
        (125, True, "Sangat Baik"),
        (115, False, "Baik"),
        (109.99, True, "Baik"),
        (90, False, "Baik"),
        (89.99, True, "Cukup"),
        (70, False, "Cukup"),
        (69.99, False, "Kurang"),
        (50, False, "Kurang"),
        (49.99, False, "Sangat Kurang"),
    ],
)
def test_predikat_pp30(nilai: float, inovasi: bool, predikat: str) -> None:
    assert predikat_pp30(nilai, inovasi) == predikat


def test_negative_inputs_rejected() -> None:
    with pytest.raises(ValidationError):
        nilai_kuantitas(-1, 12)
    with pytest.raises(ValidationError):
        nilai_waktu(12, -1)
    with pytest.raises(ValidationError):
        nilai_capaian_kegiatan(KegiatanLegacy(12, 12, 100, 100, 12, 12, tb=-5, rb=0))
    with pytest.raises(ValidationError):
        nilai_tugas_tambahan(-1)


@PROPERTY
@given(
    st.integers(min_value=1, max_value=36),
    st.integers(min_value=0, max_value=72),
)
def test_waktu_bounds(tw: int, rw: int) -> None:
    nilai = nilai_waktu(rw, tw)
    assert 0 <= nilai <= 100
    if rw == tw:
        assert nilai == 76.0
