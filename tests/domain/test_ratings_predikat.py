from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asn_desktop.domain.predikat import (
    ANGKA_KREDIT_PERSENTASE,
    KOEFISIEN_ANGKA_KREDIT_TAHUNAN,
    PREDIKAT_CURVE_ORDER,
    PREDIKAT_MATRIX,
    PREDIKAT_PRINTED,
    PRINTED_PREDIKAT_OPTIONS,
    Predikat,
    angka_kredit,
    predikat_from_text,
    predikat_kinerja,
)
from asn_desktop.domain.printed import option_segments
from asn_desktop.domain.ratings import (
    PRINTED_RATING_OPTIONS,
    RATING_HASIL_KERJA_DEFINISI,
    RATING_LABELS,
    RATING_PERILAKU_DEFINISI,
    RATING_PRINTED,
    Rating,
    rating_from_text,
)
from asn_desktop.errors import ValidationError

from ._golden import GOLDEN, PROPERTY

_MATRIX = {k: v for k, v in GOLDEN["predikat_matrix"].items() if not k.startswith("_")}
_CELLS = [(h, p, expected) for h, row in _MATRIX.items() for p, expected in row.items()]


def test_golden_has_nine_cells() -> None:
    assert len(_CELLS) == 9


@pytest.mark.parametrize(("hasil", "perilaku", "expected"), _CELLS)
def test_predikat_cell_matches_golden(hasil: str, perilaku: str, expected: str) -> None:
    assert predikat_kinerja(Rating(hasil), Rating(perilaku)) == Predikat(expected)
    assert predikat_kinerja(Rating(hasil), Rating(perilaku)).value == expected


def test_matrix_is_total_table() -> None:
    assert set(PREDIKAT_MATRIX) == set(Rating)
    for row in PREDIKAT_MATRIX.values():
        assert set(row) == set(Rating)


@PROPERTY
@given(st.sampled_from(Rating), st.sampled_from(Rating))
def test_predikat_total_and_reading_rules(hasil: Rating, perilaku: Rating) -> None:
    p = predikat_kinerja(hasil, perilaku)
    assert isinstance(p, Predikat)
    bawah = Rating.DI_BAWAH_EKSPEKTASI
    if hasil is bawah and perilaku is bawah:
        assert p is Predikat.SANGAT_KURANG
    elif perilaku is bawah:
        assert p is Predikat.KURANG
    elif hasil is bawah:
        assert p is Predikat.BUTUH_PERBAIKAN
    elif hasil is perilaku is Rating.DI_ATAS_EKSPEKTASI:
        assert p is Predikat.SANGAT_BAIK
    else:
        assert p is Predikat.BAIK


def test_predikat_accepts_plain_strings() -> None:
    assert predikat_kinerja("DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI") is Predikat.SANGAT_BAIK  # type: ignore[arg-type]


def test_ratings_and_printed_match_golden() -> None:
    assert [r.value for r in Rating] == GOLDEN["ratings"]
    assert {r.value: t for r, t in RATING_PRINTED.items()} == GOLDEN["rating_labels_printed"]
    assert "/ ".join(RATING_PRINTED[r] for r in Rating) == PRINTED_RATING_OPTIONS


def test_rating_labels() -> None:
    assert RATING_LABELS == {
        Rating.DI_ATAS_EKSPEKTASI: "Di Atas Ekspektasi",
        Rating.SESUAI_EKSPEKTASI: "Sesuai Ekspektasi",
        Rating.DI_BAWAH_EKSPEKTASI: "Di Bawah Ekspektasi",
    }


def test_rating_hasil_kerja_definitions_exact() -> None:
    assert RATING_HASIL_KERJA_DEFINISI[Rating.DI_ATAS_EKSPEKTASI] == (
        "Sebagian besar atau seluruh hasil kerja diatas ekspektasi dan tidak ada hasil kerja "
        "utama yang dibawah ekspektasi."
    )
    assert RATING_HASIL_KERJA_DEFINISI[Rating.SESUAI_EKSPEKTASI] == (
        "Sebagian besar atau seluruh hasil kerja sesuai ekspektasi dan hanya sebagian kecil "
        "hasil kerja utama yang dibawah ekspektasi."
    )
    assert RATING_HASIL_KERJA_DEFINISI[Rating.DI_BAWAH_EKSPEKTASI] == (
        "Sebagian besar atau seluruh hasil kerja dibawah ekspektasi."
    )
    assert set(RATING_PERILAKU_DEFINISI) == set(Rating)
    assert all("perilaku kerja" in t for t in RATING_PERILAKU_DEFINISI.values())


@pytest.mark.parametrize(
    ("teks", "expected"),
    [
        ("DIATAS EKSPEKTASI", Rating.DI_ATAS_EKSPEKTASI),
        ("Di Atas Ekspektasi", Rating.DI_ATAS_EKSPEKTASI),
        ("di_bawah_ekspektasi", Rating.DI_BAWAH_EKSPEKTASI),
        (" sesuai  ekspektasi ", Rating.SESUAI_EKSPEKTASI),
    ],
)
def test_rating_from_text(teks: str, expected: Rating) -> None:
    assert rating_from_text(teks) is expected


def test_rating_from_text_rejects_unknown() -> None:
    with pytest.raises(ValidationError) as e:
        rating_from_text("Luar Biasa")
    assert e.value.kode == "rating_tidak_dikenal"


def test_predikat_printed_matches_golden() -> None:
    assert [PREDIKAT_PRINTED[p] for p in Predikat] == GOLDEN["predikat_printed"]
    assert PRINTED_PREDIKAT_OPTIONS == "SANGAT BAIK/ BAIK/ BUTUH PERBAIKAN/ KURANG/ SANGAT KURANG"
    assert "/ ".join(GOLDEN["predikat_printed"]) == PRINTED_PREDIKAT_OPTIONS


def test_predikat_values() -> None:
    assert [p.value for p in Predikat] == [
        "Sangat Baik",
        "Baik",
        "Butuh Perbaikan",
        "Kurang/Misconduct",
        "Sangat Kurang",
    ]


def test_curve_order_left_to_right() -> None:
    assert [p.value for p in PREDIKAT_CURVE_ORDER] == [
        "Sangat Kurang",
        "Kurang/Misconduct",
        "Butuh Perbaikan",
        "Baik",
        "Sangat Baik",
    ]


@pytest.mark.parametrize(
    ("teks", "expected"),
    [
        ("KURANG", Predikat.KURANG),
        ("Kurang/Misconduct", Predikat.KURANG),
        ("SANGAT_BAIK", Predikat.SANGAT_BAIK),
        ("butuh perbaikan", Predikat.BUTUH_PERBAIKAN),
        ("SANGAT KURANG", Predikat.SANGAT_KURANG),
    ],
)
def test_predikat_from_text(teks: str, expected: Predikat) -> None:
    assert predikat_from_text(teks) is expected


def test_predikat_from_text_rejects_unknown() -> None:
    with pytest.raises(ValidationError):
        predikat_from_text("Cukup")


def test_angka_kredit() -> None:
    assert [ANGKA_KREDIT_PERSENTASE[p] for p in Predikat] == [150, 100, 75, 50, 25]
    pertama = KOEFISIEN_ANGKA_KREDIT_TAHUNAN["Ahli Pertama"]
    assert angka_kredit(Predikat.BAIK, 12, pertama) == Decimal("12.500")
    muda = KOEFISIEN_ANGKA_KREDIT_TAHUNAN["Ahli Muda"]
    # 6/12 × 150% × 25 = 18,75
    assert angka_kredit(Predikat.SANGAT_BAIK, 6, muda) == Decimal("18.750")
    # 1/12 × 75% × 12,5 = 0,78125
    assert angka_kredit(Predikat.BUTUH_PERBAIKAN, 1, pertama) == Decimal("0.781")
    with pytest.raises(ValidationError):
        angka_kredit(Predikat.BAIK, 13, pertama)


def test_option_segments_for_predikat_line() -> None:
    segs = option_segments(PRINTED_PREDIKAT_OPTIONS, PREDIKAT_PRINTED[Predikat.KURANG])
    assert "".join(s.text for s in segs) == PRINTED_PREDIKAT_OPTIONS
    chosen = [s.text.strip() for s in segs if s.selected]
    assert chosen == ["KURANG"]
    assert sum(s.is_separator for s in segs) == 4


def test_option_segments_none_and_unknown() -> None:
    segs = option_segments(PRINTED_RATING_OPTIONS, None)
    assert not any(s.selected for s in segs)
    with pytest.raises(ValueError):
        option_segments(PRINTED_RATING_OPTIONS, "LUAR BIASA")
