"""Working-day deadlines: weekends and the holiday calendar do not count; the day a complaint
came in does not count either (golden cases, checked against a calendar of 2026)."""

from __future__ import annotations

from datetime import date

import pytest

from asn_desktop.domain.hari_kerja import hari_kerja, selisih_hari_kerja, tambah_hari_kerja

LIBUR = frozenset({date(2026, 8, 17), date(2026, 12, 25), date(2026, 1, 1)})

# (received, working days, deadline)
GOLDEN = [
    (date(2026, 11, 2), 2, date(2026, 11, 4)),  # Monday + 2 -> Wednesday
    (date(2026, 11, 5), 2, date(2026, 11, 9)),  # Thursday + 2 skips the weekend
    (date(2026, 11, 6), 5, date(2026, 11, 13)),  # Friday + 5 -> next Friday
    (date(2026, 11, 7), 1, date(2026, 11, 9)),  # received on a Saturday: Monday is day 1
    (date(2026, 11, 8), 2, date(2026, 11, 10)),  # received on a Sunday
    (date(2026, 8, 14), 2, date(2026, 8, 19)),  # Friday before the 17 August holiday
    (date(2026, 12, 23), 3, date(2026, 12, 29)),  # Christmas on Friday + weekend
    (date(2026, 11, 2), 14, date(2026, 11, 20)),
    (date(2026, 11, 2), 60, date(2027, 1, 26)),  # across Christmas (1 January 2027 not in LIBUR)
    (date(2026, 11, 2), 0, date(2026, 11, 2)),
]


@pytest.mark.parametrize(("masuk", "n", "batas"), GOLDEN)
def test_deadline_golden(masuk: date, n: int, batas: date) -> None:
    assert tambah_hari_kerja(masuk, n, LIBUR) == batas
    if n:
        assert hari_kerja(batas, LIBUR)
        assert selisih_hari_kerja(masuk, batas, LIBUR) == n


def test_new_year_is_skipped_when_in_the_calendar() -> None:
    assert tambah_hari_kerja(date(2026, 12, 31), 1, {date(2027, 1, 1)}) == date(2027, 1, 4)
    assert tambah_hari_kerja(date(2026, 12, 31), 1) == date(2027, 1, 1)


def test_difference_is_signed_and_zero_on_the_same_day() -> None:
    assert selisih_hari_kerja(date(2026, 11, 9), date(2026, 11, 9)) == 0
    assert selisih_hari_kerja(date(2026, 11, 13), date(2026, 11, 9)) == -4
    assert selisih_hari_kerja(date(2026, 11, 6), date(2026, 11, 9)) == 1  # weekend between


def test_negative_days_are_refused() -> None:
    with pytest.raises(ValueError):
        tambah_hari_kerja(date(2026, 11, 2), -1)
