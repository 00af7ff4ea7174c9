from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asn_desktop.domain.dates import (
    BULAN,
    format_bulan_tahun,
    format_tanggal,
    format_tanggal_pendek,
    format_tanggal_upper,
    nama_bulan,
    parse_tanggal,
)
from asn_desktop.errors import ValidationError

from ._golden import PROPERTY


def test_bulan() -> None:
    assert BULAN == (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    )
    assert nama_bulan(5) == "Mei"
    with pytest.raises(ValidationError):
        nama_bulan(13)


def test_format() -> None:
    d = date(2026, 11, 28)
    assert format_tanggal(d) == "28 November 2026"
    assert format_tanggal_upper(d) == "28 NOVEMBER 2026"
    assert format_tanggal_pendek(d) == "28/11/2026"
    assert format_tanggal(date(2024, 1, 3)) == "03 Januari 2024"
    assert format_tanggal(date(2024, 1, 3), dua_digit=False) == "3 Januari 2024"
    assert format_tanggal_pendek(date(2024, 1, 3)) == "03/01/2024"
    assert format_bulan_tahun(2015, 5) == "Mei 2015"


@pytest.mark.parametrize(
    "teks",
    [
        "28 November 2026",
        "28 november 2026",
        " 28  NOVEMBER   2026 ",
        "28 Nov 2026",
        "28 Nopember 2026",
        "28-11-2026",
        "28/11/2026",
        "28.11.2026",
        "2026-11-28",
    ],
)
def test_parse_accepts(teks: str) -> None:
    assert parse_tanggal(teks) == date(2026, 11, 28)


def test_parse_leap_day_and_single_digits() -> None:
    assert parse_tanggal("29 Februari 2024") == date(2024, 2, 29)
    assert parse_tanggal("3-1-2024") == date(2024, 1, 3)
    assert parse_tanggal("17 Agustus 1945") == date(1945, 8, 17)


@pytest.mark.parametrize(
    "teks",
    [
        "",
        "kemarin",
        "29 Februari 2023",
        "31 April 2026",
        "28 Novembre 2026",
        "2026/11/28",
        "11-28-2026",
        "28-11-26",
        "0 Januari 2026",
    ],
)
def test_parse_rejects(teks: str) -> None:
    with pytest.raises(ValidationError) as e:
        parse_tanggal(teks)
    assert e.value.kode == "tanggal_tidak_sah"


@PROPERTY
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)))
def test_round_trips(d: date) -> None:
    assert parse_tanggal(format_tanggal(d)) == d
    assert parse_tanggal(format_tanggal(d, dua_digit=False)) == d
    assert parse_tanggal(format_tanggal_upper(d)) == d
    assert parse_tanggal(format_tanggal_pendek(d)) == d
    assert parse_tanggal(d.isoformat()) == d
