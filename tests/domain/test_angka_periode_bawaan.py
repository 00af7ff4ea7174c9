"""One number format for screen and paper, and the period a list opens on."""

from __future__ import annotations

from datetime import date

import pytest

from asn_desktop.domain.angka import baca_angka, format_angka
from asn_desktop.domain.periods import Frekuensi, periode_bawaan, periode_tahun


@pytest.mark.parametrize(("nilai", "teks"), [
    (12.0, "12"), (12.5, "12,5"), (37 / 3, "12,3333"), (0.1 + 0.2, "0,3"), (None, ""),
    (1_500_000.0, "1.500.000"), (1000.5, "1.000,5"), (-1234.25, "-1.234,25"), (-0.5, "-0,5"),
    (999.0, "999"), (0.00001, "0"),
])
def test_numbers_read_as_printed(nilai: float | None, teks: str) -> None:
    assert format_angka(nilai) == teks
    if nilai is not None and teks != "0":  # what is shown reads back as the number
        assert baca_angka(teks) == pytest.approx(nilai, abs=1e-4)


@pytest.mark.parametrize(("teks", "nilai"), [
    ("12", 12.0), ("12,5", 12.5), ("12.5", 12.5), ("1.000", 1000.0), ("1.000.000,5", 1000000.5),
    (" 1 000 ", 1000.0), ("", None), ("0,25", 0.25),
])
def test_numbers_typed_the_indonesian_way(teks: str, nilai: float | None) -> None:
    assert baca_angka(teks) == nilai


@pytest.mark.parametrize("teks", ["1e9", "inf", "nan", "1,2,3", "abc", "1.00.0", "12,", "--1"])
def test_what_is_not_a_number_is_refused(teks: str) -> None:
    with pytest.raises(ValueError):
        baca_angka(teks)


def test_a_list_opens_on_the_current_period_else_the_last() -> None:
    tw = periode_tahun(2026, Frekuensi.TRIWULANAN)
    assert periode_bawaan(tw, date(2026, 5, 1)).nomor == 2  # type: ignore[union-attr]
    assert periode_bawaan(tw, date(2027, 2, 1)) == tw[-1]  # another year: the last
    assert periode_bawaan([], date(2026, 5, 1)) is None
    only_akhir = [p for p in tw if not p.nomor]
    if only_akhir:  # the separate AKHIR period is never "current"; it is the last there
        assert periode_bawaan(only_akhir, date(2026, 5, 1)) == only_akhir[-1]
