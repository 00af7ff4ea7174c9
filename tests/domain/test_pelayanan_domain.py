"""IKM (PermenPANRB 14/2017): nilai = mean NRR of the nine unsur × 25; the mutu letter from the
interval setting; complainants' names masked in exports."""

from __future__ import annotations

import pytest

from asn_desktop.domain.pelayanan import (
    INTERVAL_IKM_BAWAAN,
    UNSUR_IKM,
    mutu_ikm,
    nilai_ikm,
    samarkan,
)


@pytest.mark.parametrize(("nrr", "nilai", "mutu"), [
    ([4.0] * 9, 100.0, "A"),
    ([1.0] * 9, 25.0, "D"),
    ([3.2] * 9, 80.0, "B"),
    ([3.54] * 3 + [3.53] * 6, 88.33, "A"),  # just above the A bound (88,31)
    ([3.54] + [3.53] * 8, 88.28, "B"),  # just below it
    ([3.0] * 8 + [3.6], 76.67, "B"),
    ([2.6] * 9, 65.0, "C"),
    ([2.59] * 9, 64.75, "D"),
])
def test_nilai_and_mutu(nrr: list[float], nilai: float, mutu: str) -> None:
    assert len(UNSUR_IKM) == 9
    assert nilai_ikm(nrr) == nilai
    assert mutu_ikm(nilai, INTERVAL_IKM_BAWAAN) == mutu


def test_nilai_refuses_missing_or_out_of_range_unsur() -> None:
    with pytest.raises(ValueError):
        nilai_ikm([3.0] * 8)
    with pytest.raises(ValueError):
        nilai_ikm([3.0] * 8 + [4.5])


def test_adjusted_interval_is_used() -> None:
    assert mutu_ikm(80.0, {"A": 79.0, "B": 70.0, "C": 60.0, "D": 25.0}) == "A"


@pytest.mark.parametrize(("nama", "samar"), [
    ("Siti Aminah", "S**i A****h"), ("Al", "A*"), ("", ""), (None, ""), ("A B", "A B"),
])
def test_samarkan(nama: str | None, samar: str) -> None:
    assert samarkan(nama) == samar
