from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from asn_desktop.domain import nip as nip_mod
from asn_desktop.domain.nip import (
    NipError,
    NipPns,
    NiPppk,
    StatusKepegawaian,
    format_nip_grouped,
    make_ni_pppk,
    make_nip_pns,
    normalize_nip,
    parse_ni_pppk,
    parse_nip_pns,
    parse_nomor_induk,
)
from asn_desktop.errors import ValidationError

from ._golden import GOLDEN, PROPERTY

TODAY = date(2026, 11, 28)

# golden "fault" text -> NipError.kode (None: valid after normalising)
FAULT_KODE = {
    "length (17 digits)": "panjang",
    "length (19 digits)": "panjang",
    "birth month 13": "tanggal_lahir",
    "birth date 30 February": "tanggal_lahir",
    "TMT month 00": "bulan_tmt",
    "TMT month 13": "bulan_tmt",
    "sex digit 3": "jenis_kelamin",
    "TMT before birth": "tmt_sebelum_lahir",
    "non-digit": "bukan_angka",
    "serial 000": "urut",
}


@pytest.mark.parametrize("v", GOLDEN["nip_pns_valid"], ids=lambda v: v["nip"])
def test_golden_pns_valid(v: dict[str, object]) -> None:
    p = parse_nip_pns(str(v["nip"]), TODAY)
    assert p.nip == v["nip"]
    assert p.tanggal_lahir == date.fromisoformat(str(v["lahir"]))
    tahun, bulan = str(v["tmt_cpns"]).split("-")
    assert p.tmt_cpns == (int(tahun), int(bulan))
    assert p.jenis_kelamin == v["jenis_kelamin"]
    assert p.urut == v["urut"]
    assert p.warnings == ()


@pytest.mark.parametrize("v", GOLDEN["nip_pns_invalid"], ids=lambda v: v["nip"])
def test_golden_pns_invalid(v: dict[str, str]) -> None:
    if v["fault"].startswith("not digits only"):
        # The spaced form normalises to the valid NIP.
        p = parse_nip_pns(v["nip"], TODAY)
        assert p.nip == "198609262015051001"
        return
    with pytest.raises(NipError) as e:
        parse_nip_pns(v["nip"], TODAY)
    assert e.value.kode == FAULT_KODE[v["fault"]]
    assert e.value.field == "nip"
    assert isinstance(e.value, ValidationError)


def test_every_golden_fault_is_mapped() -> None:
    faults = {v["fault"] for v in GOLDEN["nip_pns_invalid"]}
    assert {f for f in faults if not f.startswith("not digits only")} == set(FAULT_KODE)


@pytest.mark.parametrize("v", GOLDEN["ni_pppk_valid"], ids=lambda v: v["nip"])
def test_golden_pppk_valid(v: dict[str, object]) -> None:
    p = parse_ni_pppk(str(v["nip"]), TODAY)
    assert p.nip == v["nip"]
    assert p.tanggal_lahir == date.fromisoformat(str(v["lahir"]))
    assert p.tahun_pengangkatan == v["tahun_pengangkatan"]
    assert p.kode == v["kode"]
    assert p.jenis_kelamin == v["jenis_kelamin"]
    assert p.urut == v["urut"]
    assert p.warnings == ()


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("19860926201505100", "NIP harus 18 digit angka; yang diisi 17 digit."),
        (
            "198602302015051001",
            "Tanggal lahir pada digit 1–8 (19860230) bukan tanggal yang sah.",
        ),
        ("198609262015131001", "Bulan TMT CPNS pada digit 13–14 harus 01–12, bukan 13."),
        (
            "198609262015053001",
            "Digit ke-15 (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan), bukan 3.",
        ),
        ("198609262015051000", "Nomor urut (digit 16–18) tidak boleh 000."),
        (
            "19860926201505100A",
            "NIP hanya boleh berisi angka; karakter ke-18 ('A') bukan angka.",
        ),
        (
            "198609261980051001",
            "TMT CPNS pada digit 9–14 (Mei 1980) lebih awal dari tanggal lahir "
            "(26 September 1986).",
        ),
        (
            "198613262015051001",
            "Tanggal lahir pada digit 1–8 (19861326) bukan tanggal yang sah (bulan 13).",
        ),
    ],
)
def test_pns_messages(raw: str, message: str) -> None:
    with pytest.raises(NipError) as e:
        parse_nip_pns(raw, TODAY)
    assert e.value.message == message
    assert str(e.value) == message


# Own PNS cases: (input, kode or None for valid)
PNS_CASES = [
    ("198001012005012999", None),  # perempuan, urut 999
    ("19860926.201505.1.001", None),  # dots are dropped
    (" 198609262015051001\t", None),
    ("199602292020011001", None),  # born on a leap day
    ("199001012027011001", None),  # TMT next year is still allowed
    ("199005152008061001", None),  # TMT just after the 18th birthday
    ("", "kosong"),
    ("   ", "kosong"),
    ("19860926-201505-1-001", "bukan_angka"),
    ("１98609262015051001", "bukan_angka"),  # full-width digit
    ("131234567", "panjang"),  # old 9-digit NIP
    ("199702292020011001", "tanggal_lahir"),  # 29 Feb in a non-leap year
    ("203001012031011001", "tanggal_lahir"),  # born in the future
    ("189001012020011001", "tanggal_lahir"),  # before 1900
    ("199001012028011001", "tahun_tmt"),  # TMT beyond next year
    ("199005151990051001", "tmt_sebelum_lahir"),  # TMT 1 May, born 15 May
    ("198609262015050001", "jenis_kelamin"),
    ("199009132025242014", "bulan_tmt"),  # a NI PPPK is not a NIP PNS
]


@pytest.mark.parametrize(("raw", "kode"), PNS_CASES)
def test_pns_own_cases(raw: str, kode: str | None) -> None:
    if kode is None:
        p = parse_nip_pns(raw, TODAY)
        assert p.nip == normalize_nip(raw)
        assert len(p.nip) == 18
    else:
        with pytest.raises(NipError) as e:
            parse_nip_pns(raw, TODAY)
        assert e.value.kode == kode


def test_pns_under_18_is_a_warning_not_an_error() -> None:
    p = parse_nip_pns("199005152008041001", TODAY)  # TMT April 2008, 18 on 15 May 2008
    assert p.tmt_cpns == (2008, 4)
    assert len(p.warnings) == 1
    assert "kurang dari 18 tahun" in p.warnings[0]
    assert "15 Mei 1990" in p.warnings[0]


def test_pns_future_tmt_message() -> None:
    with pytest.raises(NipError) as e:
        parse_nip_pns("199001012028011001", TODAY)
    assert e.value.message == (
        "Tahun TMT CPNS pada digit 9–12 (2028) tidak boleh melewati tahun 2027."
    )


def test_several_non_digits_listed() -> None:
    with pytest.raises(NipError) as e:
        parse_nip_pns("1986-0926/2015051001", TODAY)
    assert e.value.message == (
        "NIP hanya boleh berisi angka; karakter ke-5 ('-'), ke-10 ('/') bukan angka."
    )


# Own PPPK cases: (input, kode or None for valid)
PPPK_CASES = [
    ("199508172021211005", None),  # regular code 21, laki-laki
    ("198512312023992100", None),  # code 99 (> 12): no month check
    ("198512312023132100", None),  # code 13 (> 12)
    ("198512312023001001", None),  # code 00: no month check either
    ("1990 0913 2025 24 2 014", None),
    ("", "kosong"),
    ("19900913202524201X", "bukan_angka"),
    ("19900913202524201", "panjang"),
    ("199002302025242014", "tanggal_lahir"),
    ("199009132029211001", "tahun_tmt"),  # appointment beyond next year
    ("199009131990211001", "tmt_sebelum_lahir"),  # same year as birth
    ("199009131985211001", "tmt_sebelum_lahir"),
    ("199009132025243014", "jenis_kelamin"),
    ("199009132025242000", "urut"),
]


@pytest.mark.parametrize(("raw", "kode"), PPPK_CASES)
def test_pppk_own_cases(raw: str, kode: str | None) -> None:
    if kode is None:
        p = parse_ni_pppk(raw, TODAY)
        assert p.nip == normalize_nip(raw)
    else:
        with pytest.raises(NipError) as e:
            parse_ni_pppk(raw, TODAY)
        assert e.value.kode == kode


def test_pppk_code_above_12_parsed() -> None:
    p = parse_ni_pppk("198512312023992100", TODAY)
    assert (p.tahun_pengangkatan, p.kode, p.jenis_kelamin, p.urut) == (2023, "99", "P", 100)


def test_pppk_messages_say_ni_pppk() -> None:
    with pytest.raises(NipError) as e:
        parse_ni_pppk("19900913202524201", TODAY)
    assert e.value.message == "NI PPPK harus 18 digit angka; yang diisi 17 digit."
    with pytest.raises(NipError) as e:
        parse_ni_pppk("199009131985211001", TODAY)
    assert e.value.message == (
        "Tahun pengangkatan pada digit 9–12 (1985) harus sesudah tahun lahir (1990)."
    )


def test_pppk_young_appointment_is_warning() -> None:
    p = parse_ni_pppk("199009132005211001", TODAY)
    assert p.tahun_pengangkatan == 2005
    assert len(p.warnings) == 1


def test_parse_nomor_induk_branches_on_status() -> None:
    nomor = "199009132025242014"
    hasil = parse_nomor_induk(StatusKepegawaian.PPPK, nomor, TODAY)
    assert isinstance(hasil, NiPppk)
    with pytest.raises(NipError) as e:
        parse_nomor_induk(StatusKepegawaian.PNS, nomor, TODAY)
    assert e.value.kode == "bulan_tmt"
    assert isinstance(parse_nomor_induk(StatusKepegawaian.PNS, "198609262015051001"), NipPns)


def test_status_exported_from_nip() -> None:
    assert nip_mod.StatusKepegawaian is StatusKepegawaian
    assert [s.value for s in StatusKepegawaian] == ["PNS", "PPPK"]


def test_today_defaults_to_real_date() -> None:
    # Next year's TMT is always accepted with the real clock.
    tahun_depan = date.today().year + 1
    assert parse_nip_pns(make_nip_pns(date(1990, 1, 1), tahun_depan, 1, "L", 1)).nip


def test_normalize_and_group() -> None:
    assert normalize_nip(" 19860926 201505 1 001 ") == "198609262015051001"
    assert normalize_nip("19860926.201505.1.001") == "198609262015051001"
    assert format_nip_grouped("198609262015051001") == "19860926 201505 1 001"
    assert format_nip_grouped("196503071995011001") == "19650307 199501 1 001"
    assert (
        format_nip_grouped("199009132025242014", StatusKepegawaian.PPPK) == "19900913 2025 24 2 014"
    )
    assert format_nip_grouped("131234567") == "131234567"  # old NIP printed as is
    assert format_nip_grouped("19860926 201505 1 001") == "19860926 201505 1 001"


def test_make_nip_pns() -> None:
    assert make_nip_pns(date(1986, 9, 26), 2015, 5, "L", 1) == "198609262015051001"
    assert make_nip_pns(date(1992, 2, 14), 2019, 3, "p", 12) == "199202142019032012"


def test_make_ni_pppk() -> None:
    assert make_ni_pppk(date(1990, 9, 13), 2025, "24", "P", 14) == "199009132025242014"


@pytest.mark.parametrize(
    ("kwargs", "kode"),
    [
        ({"tmt_month": 13}, "bulan_tmt"),
        ({"tmt_month": 0}, "bulan_tmt"),
        ({"tmt_year": 99}, "tahun_tmt"),
        ({"jenis_kelamin": "X"}, "jenis_kelamin"),
        ({"urut": 0}, "urut"),
        ({"urut": 1000}, "urut"),
    ],
)
def test_make_nip_pns_rejects(kwargs: dict[str, object], kode: str) -> None:
    args: dict[str, object] = {
        "lahir": date(1986, 9, 26),
        "tmt_year": 2015,
        "tmt_month": 5,
        "jenis_kelamin": "L",
        "urut": 1,
    }
    args.update(kwargs)
    with pytest.raises(NipError) as e:
        make_nip_pns(**args)  # type: ignore[arg-type]
    assert e.value.kode == kode


def test_make_ni_pppk_rejects_bad_code() -> None:
    with pytest.raises(NipError) as e:
        make_ni_pppk(date(1990, 9, 13), 2025, "2", "P", 14)
    assert e.value.kode == "kode"
    with pytest.raises(NipError):
        make_ni_pppk(date(1990, 9, 13), 2025, "2a", "P", 14)


lahir_st = st.dates(min_value=date(1940, 1, 1), max_value=date(2005, 12, 31))


@PROPERTY
@given(
    lahir=lahir_st,
    usia_tmt=st.integers(min_value=18, max_value=40),
    bulan=st.integers(min_value=1, max_value=12),
    jk=st.sampled_from(["L", "P"]),
    urut=st.integers(min_value=1, max_value=999),
)
def test_pns_round_trip(lahir: date, usia_tmt: int, bulan: int, jk: str, urut: int) -> None:
    tahun = lahir.year + usia_tmt
    assume(tahun <= TODAY.year + 1)
    nip = make_nip_pns(lahir, tahun, bulan, jk, urut)
    p = parse_nip_pns(nip, TODAY)
    assert (p.nip, p.tanggal_lahir, p.tmt_cpns, p.jenis_kelamin, p.urut) == (
        nip,
        lahir,
        (tahun, bulan),
        jk,
        urut,
    )
    # Only the 18th-birthday year can warn.
    assert not p.warnings or usia_tmt == 18
    assert parse_nip_pns(format_nip_grouped(nip), TODAY) == p


@PROPERTY
@given(
    lahir=lahir_st,
    usia=st.integers(min_value=1, max_value=60),
    kode=st.integers(min_value=0, max_value=99).map(lambda k: f"{k:02d}"),
    jk=st.sampled_from(["L", "P"]),
    urut=st.integers(min_value=1, max_value=999),
)
def test_pppk_round_trip(lahir: date, usia: int, kode: str, jk: str, urut: int) -> None:
    tahun = lahir.year + usia
    assume(tahun <= TODAY.year + 1)
    nip = make_ni_pppk(lahir, tahun, kode, jk, urut)
    p = parse_ni_pppk(nip, TODAY)
    assert (p.tanggal_lahir, p.tahun_pengangkatan, p.kode, p.jenis_kelamin, p.urut) == (
        lahir,
        tahun,
        kode,
        jk,
        urut,
    )
    assert bool(p.warnings) == (usia < 18)


@PROPERTY
@given(st.text(max_size=25))
def test_parsers_raise_only_nip_error(s: str) -> None:
    for parse in (parse_nip_pns, parse_ni_pppk):
        try:
            parse(s, TODAY)
        except NipError as e:
            assert e.kode in {
                "kosong",
                "bukan_angka",
                "panjang",
                "tanggal_lahir",
                "bulan_tmt",
                "tahun_tmt",
                "tmt_sebelum_lahir",
                "jenis_kelamin",
                "urut",
            }
            assert e.message


@PROPERTY
@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2005, 12, 31)))
def test_tmt_before_birth_always_error(lahir: date) -> None:
    sebelum = lahir - timedelta(days=40)
    nip = make_nip_pns(lahir, sebelum.year, sebelum.month, "L", 1)
    with pytest.raises(NipError) as e:
        parse_nip_pns(nip, TODAY)
    assert e.value.kode == "tmt_sebelum_lahir"
