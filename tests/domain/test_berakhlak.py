from __future__ import annotations

import pytest

from asn_desktop.domain.berakhlak import BERAKHLAK, BERAKHLAK_KODES, CoreValue, core_value
from asn_desktop.errors import ValidationError

from ._golden import GOLDEN

KODES = ("pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif")


def test_kodes_in_order() -> None:
    assert BERAKHLAK_KODES == KODES
    assert tuple(v.kode for v in BERAKHLAK) == KODES


@pytest.mark.parametrize(("index", "golden"), list(enumerate(GOLDEN["berakhlak"])))
def test_texts_match_golden_exactly(index: int, golden: dict[str, object]) -> None:
    value = BERAKHLAK[index]
    assert value.nilai == golden["nilai"]
    assert value.definisi == golden["definisi"]
    assert list(value.panduan) == golden["panduan"]


def test_counts() -> None:
    assert len(BERAKHLAK) == len(GOLDEN["berakhlak"]) == 7
    assert sum(len(v.panduan) for v in BERAKHLAK) == 21


@pytest.mark.parametrize("kode", KODES)
def test_core_value_lookup(kode: str) -> None:
    v = core_value(kode)
    assert isinstance(v, CoreValue)
    assert v.kode == kode


def test_core_value_unknown() -> None:
    with pytest.raises(ValidationError) as e:
        core_value("integritas")
    assert e.value.kode == "berakhlak_tidak_dikenal"


def test_frozen() -> None:
    with pytest.raises(AttributeError):
        BERAKHLAK[0].nilai = "x"  # type: ignore[misc]
