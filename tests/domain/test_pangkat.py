from __future__ import annotations

import pytest

from asn_desktop.domain.pangkat import (
    GOLONGAN_PNS,
    GOLONGAN_PPPK,
    JENJANG_JF_GOLONGAN,
    GolonganPns,
    format_pangkat_golongan,
    golongan_pns,
    is_golongan_pppk,
    normalize_golongan_pppk,
)
from asn_desktop.domain.pegawai_status import StatusKepegawaian
from asn_desktop.errors import ValidationError

from ._golden import GOLDEN

KODES = [f"{g}{r}" for g, n in ((1, 4), (2, 4), (3, 4), (4, 5)) for r in range(1, n + 1)]


def test_seventeen_pns_in_order() -> None:
    assert [[g.ruang, g.pangkat] for g in GOLONGAN_PNS] == GOLDEN["pangkat_pns"]
    assert [g.kode for g in GOLONGAN_PNS] == KODES
    assert len(GOLONGAN_PNS) == 17


@pytest.mark.parametrize(("index", "pair"), list(enumerate(GOLDEN["pangkat_pns"])))
def test_lookup_each_pns(index: int, pair: list[str]) -> None:
    ruang, pangkat = pair
    g = golongan_pns(ruang)
    assert g == GOLONGAN_PNS[index]
    assert g.pangkat == pangkat
    assert golongan_pns(g.kode) is g
    assert format_pangkat_golongan(StatusKepegawaian.PNS, ruang) == f"{pangkat}, {ruang}"


@pytest.mark.parametrize("teks", ["iii/a", " III / a ", "III/A", "31"])
def test_lookup_is_lenient(teks: str) -> None:
    assert golongan_pns(teks) == GolonganPns("31", "III/a", "Penata Muda")


@pytest.mark.parametrize("teks", ["", "III/e", "V/a", "IX", "3a", "46", "Penata"])
def test_lookup_unknown(teks: str) -> None:
    with pytest.raises(ValidationError) as e:
        golongan_pns(teks)
    assert e.value.kode == "golongan_tidak_dikenal"


def test_seventeen_pppk() -> None:
    assert list(GOLONGAN_PPPK) == GOLDEN["golongan_pppk"]


@pytest.mark.parametrize("gol", GOLDEN["golongan_pppk"])
def test_each_pppk_golongan(gol: str) -> None:
    assert is_golongan_pppk(gol)
    assert is_golongan_pppk(gol.lower())
    assert normalize_golongan_pppk(f" Golongan {gol} ") == gol
    assert format_pangkat_golongan(StatusKepegawaian.PPPK, gol) == gol


@pytest.mark.parametrize("teks", ["", "0", "XVIII", "III/a", "IIII", "9"])
def test_not_pppk_golongan(teks: str) -> None:
    assert not is_golongan_pppk(teks)


def test_format_pangkat_golongan() -> None:
    g = golongan_pns("IV/b")
    assert format_pangkat_golongan(StatusKepegawaian.PNS, g) == "Pembina Tingkat I, IV/b"
    assert format_pangkat_golongan(StatusKepegawaian.PPPK, "ix") == "IX"
    with pytest.raises(ValidationError):
        format_pangkat_golongan(StatusKepegawaian.PPPK, g)
    with pytest.raises(ValidationError):
        format_pangkat_golongan(StatusKepegawaian.PNS, "IX")


def test_jenjang_jf() -> None:
    assert JENJANG_JF_GOLONGAN == {
        "Ahli Pertama": ("III/a", "III/b"),
        "Ahli Muda": ("III/c", "III/d"),
        "Ahli Madya": ("IV/a", "IV/b", "IV/c"),
        "Ahli Utama": ("IV/d", "IV/e"),
    }
    for ruang in (r for rs in JENJANG_JF_GOLONGAN.values() for r in rs):
        assert golongan_pns(ruang).ruang == ruang
