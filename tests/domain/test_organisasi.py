from __future__ import annotations

import json
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asn_desktop.domain.organisasi import (
    DEFAULT_GUIDANCE,
    EXPECTED_CURVE,
    PRINTED_CAPAIAN_OPTIONS,
    CapaianOrganisasi,
    DistributionRule,
    check_distribution,
    distribution_counts,
    format_persen,
    guidance_from_json,
    guidance_to_json,
    make_rule,
)
from asn_desktop.domain.predikat import PREDIKAT_CURVE_ORDER, Predikat
from asn_desktop.errors import ValidationError

from ._golden import GOLDEN, PROPERTY

SB = Predikat.SANGAT_BAIK
B = Predikat.BAIK
BP = Predikat.BUTUH_PERBAIKAN
K = Predikat.KURANG
SK = Predikat.SANGAT_KURANG
C = CapaianOrganisasi


def pegawai(**jumlah: int) -> list[Predikat]:
    nama = {"sb": SB, "b": B, "bp": BP, "k": K, "sk": SK}
    return [nama[k] for k, n in jumlah.items() for _ in range(n)]


def test_capaian_values_match_golden() -> None:
    assert [c.value for c in CapaianOrganisasi] == GOLDEN["capaian_kinerja_organisasi"]
    assert "/ ".join(GOLDEN["capaian_kinerja_organisasi"]) == PRINTED_CAPAIAN_OPTIONS


def _golden_rules(capaian: str) -> list[tuple[tuple[Predikat, ...], object, object, object]]:
    spec = GOLDEN["distribution_guidance_unconfirmed"][capaian]
    return [
        (
            tuple(Predikat(p) for p in kunci.split("|")),
            batas.get("min"),
            batas.get("max"),
            batas.get("min_count"),
        )
        for kunci, batas in spec.items()
    ]


@pytest.mark.parametrize("capaian", list(CapaianOrganisasi))
def test_default_guidance_matches_golden(capaian: CapaianOrganisasi) -> None:
    ours = [(r.predikat, r.min_share, r.max_share, r.min_count) for r in DEFAULT_GUIDANCE[capaian]]
    assert ours == _golden_rules(capaian.value)


def test_guidance_texts() -> None:
    teks = {c: [r.text for r in rules] for c, rules in DEFAULT_GUIDANCE.items()}
    assert teks[C.ISTIMEWA] == ["Paling banyak 70% pegawai berpredikat Sangat Baik"]
    assert teks[C.BAIK] == [
        "Paling banyak 70% pegawai berpredikat Baik",
        "Harus ada pegawai berpredikat Butuh Perbaikan dan/atau Kurang/Misconduct",
    ]
    assert teks[C.BUTUH_PERBAIKAN][0] == "Paling sedikit 60% pegawai berpredikat Butuh Perbaikan"
    assert teks[C.SANGAT_KURANG][2] == "Tidak boleh ada pegawai berpredikat Sangat Baik"


# (capaian, compliant list, violating list, expected messages for the violating list)
CASES = [
    (
        C.ISTIMEWA,
        pegawai(sb=7, b=2, bp=1),
        pegawai(sb=8, b=2),
        ["Pegawai berpredikat Sangat Baik 80% (paling banyak 70%)"],
    ),
    (
        C.BAIK,
        pegawai(sb=2, b=7, bp=1),
        pegawai(sb=1, b=8, k=1),
        ["Pegawai berpredikat Baik 80% (paling banyak 70%)"],
    ),
    (
        C.BAIK,
        pegawai(sb=1, b=7, k=1, sk=1),
        pegawai(sb=3, b=7),
        [
            "Pegawai berpredikat Butuh Perbaikan dan/atau Kurang/Misconduct 0 orang "
            "(paling sedikit 1 orang)"
        ],
    ),
    (
        C.BUTUH_PERBAIKAN,
        pegawai(sb=1, b=3, bp=6),
        pegawai(sb=2, b=3, bp=5),
        [
            "Pegawai berpredikat Butuh Perbaikan 50% (paling sedikit 60%)",
            "Pegawai berpredikat Sangat Baik 20% (paling banyak 10%)",
        ],
    ),
    (
        C.KURANG,
        pegawai(sb=1, b=2, bp=1, k=6),
        pegawai(b=4, k=6),
        ["Pegawai berpredikat Butuh Perbaikan 0% (paling sedikit 10%)"],
    ),
    (
        C.KURANG,
        pegawai(b=1, bp=2, k=7),
        pegawai(sb=2, b=1, bp=2, k=5),
        [
            "Pegawai berpredikat Kurang/Misconduct 50% (paling sedikit 60%)",
            "Pegawai berpredikat Sangat Baik 20% (paling banyak 10%)",
        ],
    ),
    (
        C.SANGAT_KURANG,
        pegawai(b=3, k=1, sk=6),
        pegawai(sb=1, b=3, sk=6),
        [
            "Pegawai berpredikat Kurang/Misconduct dan/atau Butuh Perbaikan 0% "
            "(paling sedikit 10%)",
            "Pegawai berpredikat Sangat Baik 10% (tidak boleh ada)",
        ],
    ),
    (
        C.SANGAT_KURANG,
        pegawai(bp=2, sk=8),
        pegawai(b=5, bp=1, sk=4),
        ["Pegawai berpredikat Sangat Kurang 40% (paling sedikit 60%)"],
    ),
]


@pytest.mark.parametrize(("capaian", "ok", "bad", "messages"), CASES)
def test_check_distribution(
    capaian: CapaianOrganisasi, ok: list[Predikat], bad: list[Predikat], messages: list[str]
) -> None:
    assert check_distribution(capaian, ok) == []
    violations = check_distribution(capaian, bad)
    assert [v.message for v in violations] == messages
    for v in violations:
        assert v.rule in DEFAULT_GUIDANCE[capaian]
        n = sum(1 for p in bad if p in v.rule.predikat)
        assert v.actual_count == n
        assert v.actual_share == pytest.approx(n / len(bad))


@pytest.mark.parametrize("capaian", list(CapaianOrganisasi))
def test_empty_list_has_no_violations(capaian: CapaianOrganisasi) -> None:
    assert check_distribution(capaian, []) == []


def test_boundary_shares_are_exact() -> None:
    # Exactly 70% is allowed; 60% exactly meets "paling sedikit 60%".
    assert check_distribution(C.ISTIMEWA, pegawai(sb=70, b=30)) == []
    assert check_distribution(C.BUTUH_PERBAIKAN, pegawai(bp=60, b=30, sb=10)) == []
    [v] = check_distribution(C.ISTIMEWA, pegawai(sb=71, b=29))
    assert v.message == "Pegawai berpredikat Sangat Baik 71% (paling banyak 70%)"


def test_message_with_fraction() -> None:
    [v] = check_distribution(C.ISTIMEWA, pegawai(sb=5, b=2))
    assert v.message == "Pegawai berpredikat Sangat Baik 71,43% (paling banyak 70%)"


def test_custom_guidance() -> None:
    custom = {C.BAIK: (make_rule((B,), max_share=0.5),)}
    [v] = check_distribution(C.BAIK, pegawai(b=6, sb=4), custom)
    assert v.message == "Pegawai berpredikat Baik 60% (paling banyak 50%)"
    assert check_distribution(C.ISTIMEWA, pegawai(sb=10), custom) == []


def test_distribution_counts_in_curve_order() -> None:
    counts = distribution_counts(pegawai(sb=2, k=1))
    assert list(counts) == list(PREDIKAT_CURVE_ORDER)
    assert counts == {SK: 0, K: 1, BP: 0, B: 0, SB: 2}


@PROPERTY
@given(
    st.sampled_from(CapaianOrganisasi),
    st.lists(st.sampled_from(Predikat), max_size=60),
)
def test_violations_are_consistent(capaian: CapaianOrganisasi, daftar: list[Predikat]) -> None:
    hitung = Counter(daftar)
    for v in check_distribution(capaian, daftar):
        n = sum(hitung[p] for p in v.rule.predikat)
        assert v.actual_count == n
        r = v.rule
        melanggar_max = r.max_share is not None and n / len(daftar) > r.max_share + 1e-9
        melanggar_min = r.min_share is not None and n / len(daftar) < r.min_share - 1e-9
        melanggar_jumlah = r.min_count is not None and n < r.min_count
        assert melanggar_max or melanggar_min or melanggar_jumlah


@pytest.mark.parametrize(
    ("capaian", "puncak"),
    [
        (C.ISTIMEWA, SB),
        (C.BAIK, B),
        (C.BUTUH_PERBAIKAN, BP),
        (C.KURANG, K),
        (C.SANGAT_KURANG, SK),
    ],
)
def test_expected_curve_peaks(capaian: CapaianOrganisasi, puncak: Predikat) -> None:
    tinggi = EXPECTED_CURVE[capaian]
    assert len(tinggi) == len(PREDIKAT_CURVE_ORDER)
    assert PREDIKAT_CURVE_ORDER[tinggi.index(max(tinggi))] is puncak
    assert all(0 <= h <= 1 for h in tinggi)


def test_sangat_kurang_curve_has_no_sangat_baik() -> None:
    assert EXPECTED_CURVE[C.SANGAT_KURANG][PREDIKAT_CURVE_ORDER.index(SB)] == 0


def test_json_round_trip() -> None:
    teks = guidance_to_json(DEFAULT_GUIDANCE)
    assert guidance_from_json(teks) == DEFAULT_GUIDANCE
    data = json.loads(teks)
    assert list(data) == [c.value for c in CapaianOrganisasi]
    assert data["BAIK"][1]["predikat"] == ["Butuh Perbaikan", "Kurang/Misconduct"]


def test_json_generates_missing_text_and_accepts_printed_names() -> None:
    data = json.loads(guidance_to_json(DEFAULT_GUIDANCE))
    data["ISTIMEWA"] = [{"predikat": ["SANGAT BAIK"], "max_share": 0.6}]
    data["KURANG"] = []
    g = guidance_from_json(json.dumps(data))
    assert g[C.ISTIMEWA] == (
        DistributionRule(
            (SB,), None, 0.6, None, "Paling banyak 60% pegawai berpredikat Sangat Baik"
        ),
    )
    assert g[C.KURANG] == ()
    assert check_distribution(C.KURANG, pegawai(b=10), g) == []


def _edit(capaian: str, rule: object) -> str:
    data = json.loads(guidance_to_json(DEFAULT_GUIDANCE))
    data[capaian] = [rule]
    return json.dumps(data)


_BAIK = {"predikat": ["Baik"], "max_share": 0.7}

BAD_JSON = [
    "bukan json",
    "[]",
    json.dumps({c.value: [] for c in CapaianOrganisasi if c is not C.KURANG}),
    json.dumps({**{c.value: [] for c in CapaianOrganisasi}, "LUAR BIASA": []}),
    json.dumps({**{c.value: [] for c in CapaianOrganisasi}, "BAIK": {"predikat": ["Baik"]}}),
    _edit("BAIK", "Baik 70%"),
    _edit("BAIK", {"predikat": ["Cukup"], "max_share": 0.7}),
    _edit("BAIK", {"predikat": "Baik", "max_share": 0.7}),
    _edit("BAIK", {"predikat": [], "max_share": 0.7}),
    _edit("BAIK", {"predikat": ["Baik", "Baik"], "max_share": 0.7}),
    _edit("BAIK", {"predikat": ["Baik"]}),
    _edit("BAIK", {**_BAIK, "max_share": 1.5}),
    _edit("BAIK", {**_BAIK, "max_share": -0.1}),
    _edit("BAIK", {**_BAIK, "max_share": "70%"}),
    _edit("BAIK", {**_BAIK, "max_share": True}),
    _edit("BAIK", {**_BAIK, "min_share": 0.8}),
    _edit("BAIK", {**_BAIK, "min_count": "1"}),
    _edit("BAIK", {**_BAIK, "min_count": -1}),
    _edit("BAIK", {**_BAIK, "text": 5}),
    _edit("BAIK", {**_BAIK, "text": "  "}),
    _edit("BAIK", {**_BAIK, "batas": 1}),
]


@pytest.mark.parametrize("teks", BAD_JSON)
def test_bad_json_rejected(teks: str) -> None:
    with pytest.raises(ValidationError) as e:
        guidance_from_json(teks)
    assert e.value.kode == "panduan_tidak_sah"
    assert e.value.field == "panduan_distribusi"


def test_rule_validation_in_constructor() -> None:
    with pytest.raises(ValidationError):
        DistributionRule((), None, 0.5, None, "x")
    with pytest.raises(ValidationError):
        make_rule((B,))


@pytest.mark.parametrize(
    ("share", "teks"),
    [(0.7, "70%"), (0.1, "10%"), (0.0, "0%"), (1 / 3, "33,33%"), (0.125, "12,5%")],
)
def test_format_persen(share: float, teks: str) -> None:
    assert format_persen(share) == teks
