from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asn_desktop.domain.periods import (
    Frekuensi,
    Periode,
    periode_akhir,
    periode_berjalan,
    periode_by_kode,
    periode_option_segments,
    periode_penilaian_line,
    periode_tahun,
)
from asn_desktop.errors import ValidationError

from ._golden import PROPERTY

F = Frekuensi


def test_counts() -> None:
    assert len(periode_tahun(2026, F.TRIWULANAN)) == 4
    assert len(periode_tahun(2026, F.SEMESTERAN)) == 3
    assert len(periode_tahun(2026, F.BULANAN)) == 13


def _ringkas(ps: list[Periode]) -> list[tuple[str, str, date, date, bool, int]]:
    return [(p.kode, p.label, p.mulai, p.selesai, p.is_akhir, p.nomor) for p in ps]


def test_triwulanan() -> None:
    ps = periode_tahun(2026, F.TRIWULANAN)
    assert _ringkas(ps) == [
        ("2026-TW1", "TRIWULAN I", date(2026, 1, 1), date(2026, 3, 31), False, 1),
        ("2026-TW2", "TRIWULAN II", date(2026, 4, 1), date(2026, 6, 30), False, 2),
        ("2026-TW3", "TRIWULAN III", date(2026, 7, 1), date(2026, 9, 30), False, 3),
        ("2026-TW4", "TRIWULAN IV-AKHIR", date(2026, 10, 1), date(2026, 12, 31), True, 4),
    ]
    assert {p.printed_options for p in ps} == {"TRIWULAN I/II/III/IV-AKHIR"}
    assert [p.printed_option for p in ps] == ["TRIWULAN I", "II", "III", "IV-AKHIR"]
    assert all(p.frekuensi is F.TRIWULANAN and p.tahun == 2026 for p in ps)


def test_semesteran() -> None:
    ps = periode_tahun(2026, F.SEMESTERAN)
    assert _ringkas(ps) == [
        ("2026-SM1", "SEMESTER I", date(2026, 1, 1), date(2026, 6, 30), False, 1),
        ("2026-SM2", "SEMESTER II", date(2026, 7, 1), date(2026, 12, 31), False, 2),
        ("2026-SM-AKHIR", "AKHIR", date(2026, 1, 1), date(2026, 12, 31), True, 0),
    ]
    assert {p.printed_options for p in ps} == {"SEMESTER I/II/AKHIR"}
    assert [p.printed_option for p in ps] == ["SEMESTER I", "II", "AKHIR"]


def test_bulanan() -> None:
    ps = periode_tahun(2026, F.BULANAN)
    assert [p.kode for p in ps] == [f"2026-BL{m:02d}" for m in range(1, 13)] + ["2026-BL-AKHIR"]
    assert ps[0].label == ps[0].printed_options == "BULAN JANUARI"
    assert ps[4].label == "BULAN MEI"
    assert (ps[1].mulai, ps[1].selesai) == (date(2026, 2, 1), date(2026, 2, 28))
    assert (ps[11].mulai, ps[11].selesai) == (date(2026, 12, 1), date(2026, 12, 31))
    akhir = ps[-1]
    assert (akhir.is_akhir, akhir.nomor, akhir.label) == (True, 0, "AKHIR")
    assert (akhir.mulai, akhir.selesai) == (date(2026, 1, 1), date(2026, 12, 31))
    assert not any(p.is_akhir for p in ps[:-1])


@pytest.mark.parametrize(
    ("tahun", "akhir_feb"), [(2024, 29), (2023, 28), (2000, 29), (1900, 28), (2100, 28)]
)
def test_leap_years(tahun: int, akhir_feb: int) -> None:
    feb = periode_tahun(tahun, F.BULANAN)[1]
    assert feb.selesai == date(tahun, 2, akhir_feb)
    assert periode_by_kode(f"{tahun}-BL02").selesai.day == akhir_feb
    tw1 = periode_tahun(tahun, F.TRIWULANAN)[0]
    assert tw1.selesai == date(tahun, 3, 31)
    assert periode_berjalan(date(tahun, 2, akhir_feb), F.BULANAN) == feb


@pytest.mark.parametrize("frekuensi", list(F))
def test_regular_periods_tile_the_year(frekuensi: Frekuensi) -> None:
    for tahun in (2023, 2024):
        reguler = [p for p in periode_tahun(tahun, frekuensi) if p.nomor]
        assert reguler[0].mulai == date(tahun, 1, 1)
        assert reguler[-1].selesai == date(tahun, 12, 31)
        for a, b in pairwise(reguler):
            assert b.mulai == a.selesai + timedelta(days=1)
        assert periode_akhir(tahun, frekuensi).is_akhir
        assert sum(p.is_akhir for p in periode_tahun(tahun, frekuensi)) == 1


@PROPERTY
@given(st.integers(min_value=1900, max_value=2999), st.sampled_from(Frekuensi))
def test_kode_round_trip(tahun: int, frekuensi: Frekuensi) -> None:
    for p in periode_tahun(tahun, frekuensi):
        assert periode_by_kode(p.kode) == p
        assert periode_by_kode(p.kode, frekuensi) == p
        assert periode_by_kode(p.kode.lower()) == p


def test_bare_akhir_needs_frequency() -> None:
    assert periode_by_kode("2026-AKHIR", F.TRIWULANAN).kode == "2026-TW4"
    assert periode_by_kode("2026-AKHIR", F.SEMESTERAN).kode == "2026-SM-AKHIR"
    assert periode_by_kode("2026-AKHIR", F.BULANAN).kode == "2026-BL-AKHIR"
    with pytest.raises(ValidationError):
        periode_by_kode("2026-AKHIR")


@pytest.mark.parametrize(
    "kode",
    [
        "",
        "2026",
        "26-TW1",
        "2026-TW0",
        "2026-TW5",
        "2026-SM0",
        "2026-SM3",
        "2026-BL00",
        "2026-BL13",
        "2026-BL1",
        "2026-XX1",
        "2026-TW-AKHIR",
        "1899-TW1",
        "2026-TW1-x",
    ],
)
def test_bad_kode(kode: str) -> None:
    with pytest.raises(ValidationError) as e:
        periode_by_kode(kode)
    assert e.value.kode == "periode_tidak_sah"


def test_kode_frequency_mismatch() -> None:
    with pytest.raises(ValidationError):
        periode_by_kode("2026-TW1", F.SEMESTERAN)
    with pytest.raises(ValidationError):
        periode_by_kode("2026-SM-AKHIR", F.BULANAN)


@pytest.mark.parametrize(
    ("today", "frekuensi", "kode"),
    [
        (date(2026, 11, 28), F.TRIWULANAN, "2026-TW4"),
        (date(2026, 11, 28), F.SEMESTERAN, "2026-SM2"),
        (date(2026, 11, 28), F.BULANAN, "2026-BL11"),
        (date(2026, 3, 31), F.TRIWULANAN, "2026-TW1"),
        (date(2026, 4, 1), F.TRIWULANAN, "2026-TW2"),
        (date(2026, 6, 30), F.SEMESTERAN, "2026-SM1"),
        (date(2026, 7, 1), F.SEMESTERAN, "2026-SM2"),
        (date(2026, 1, 1), F.BULANAN, "2026-BL01"),
        (date(2026, 12, 31), F.BULANAN, "2026-BL12"),
    ],
)
def test_current_periode(today: date, frekuensi: Frekuensi, kode: str) -> None:
    assert periode_berjalan(today, frekuensi).kode == kode


@PROPERTY
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)), st.sampled_from(F))
def test_current_periode_contains_today(today: date, frekuensi: Frekuensi) -> None:
    p = periode_berjalan(today, frekuensi)
    assert p.mulai <= today <= p.selesai
    assert p.nomor >= 1


@pytest.mark.parametrize(
    ("kode", "line"),
    [
        ("2026-TW1", "01 JANUARI SD 31 MARET TAHUN 2026"),
        ("2026-TW2", "01 APRIL SD 30 JUNI TAHUN 2026"),
        ("2026-TW3", "01 JULI SD 30 SEPTEMBER TAHUN 2026"),
        ("2026-TW4", "01 JANUARI SD 31 DESEMBER TAHUN 2026"),  # IV-AKHIR is the annual one
        ("2026-SM1", "01 JANUARI SD 30 JUNI TAHUN 2026"),
        ("2026-SM2", "01 JULI SD 31 DESEMBER TAHUN 2026"),
        ("2026-SM-AKHIR", "01 JANUARI SD 31 DESEMBER TAHUN 2026"),
        ("2024-BL02", "01 FEBRUARI SD 29 FEBRUARI TAHUN 2024"),
        ("2026-BL-AKHIR", "01 JANUARI SD 31 DESEMBER TAHUN 2026"),
    ],
)
def test_periode_penilaian_line(kode: str, line: str) -> None:
    assert periode_penilaian_line(periode_by_kode(kode)) == line


def test_option_segments() -> None:
    tw2 = periode_by_kode("2026-TW2")
    segs = periode_option_segments(tw2)
    assert "".join(s.text for s in segs) == "TRIWULAN I/II/III/IV-AKHIR"
    assert [s.text for s in segs if s.selected] == ["II"]
    assert [s.text for s in segs if not s.selected and not s.is_separator] == [
        "TRIWULAN I",
        "III",
        "IV-AKHIR",
    ]
    for f in F:
        for p in periode_tahun(2026, f):
            assert sum(s.selected for s in periode_option_segments(p)) == 1


def test_bad_year() -> None:
    with pytest.raises(ValidationError):
        periode_tahun(1800, F.TRIWULANAN)
