"""One number format for screen and paper, and the period a list opens on."""

from __future__ import annotations

from datetime import date

import pytest

from asn_desktop.domain.angka import format_angka
from asn_desktop.domain.periods import Frekuensi, periode_bawaan, periode_tahun


@pytest.mark.parametrize(("nilai", "teks"), [
    (12.0, "12"), (12.5, "12,5"), (37 / 3, "12,3333"), (0.1 + 0.2, "0,3"), (None, ""),
    (1_500_000.0, "1500000"),
])
def test_numbers_read_as_printed(nilai: float | None, teks: str) -> None:
    assert format_angka(nilai) == teks


def test_a_list_opens_on_the_current_period_else_the_last() -> None:
    tw = periode_tahun(2026, Frekuensi.TRIWULANAN)
    assert periode_bawaan(tw, date(2026, 5, 1)).nomor == 2  # type: ignore[union-attr]
    assert periode_bawaan(tw, date(2027, 2, 1)) == tw[-1]  # another year: the last
    assert periode_bawaan([], date(2026, 5, 1)) is None
    only_akhir = [p for p in tw if not p.nomor]
    if only_akhir:  # the separate AKHIR period is never "current"; it is the last there
        assert periode_bawaan(only_akhir, date(2026, 5, 1)) == only_akhir[-1]
