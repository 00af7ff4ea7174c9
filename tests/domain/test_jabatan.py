from __future__ import annotations

import pytest

from asn_desktop.domain.jabatan import (
    IKI_HEADING_KUALITATIF,
    JENIS_JABATAN_LABELS,
    JENIS_RHK_HEADINGS,
    PERSPEKTIF_PENDEK,
    PERSPEKTIF_PENJELASAN,
    Aspek,
    FormVariant,
    JenisJabatan,
    JenisRhk,
    Pendekatan,
    Perspektif,
    form_spec,
    form_variant,
    is_jpt,
)

J = JenisJabatan
JPT = (J.JPT_UTAMA, J.JPT_MADYA, J.JPT_PRATAMA)
NON_JPT = tuple(j for j in J if j not in JPT)


def test_values_are_names() -> None:
    assert all(j.value == j.name for j in J)
    assert JENIS_JABATAN_LABELS[J.JPT_PRATAMA] == "JPT Pratama"
    assert JENIS_JABATAN_LABELS[J.FUNGSIONAL_KEAHLIAN] == "Fungsional Keahlian"
    assert JENIS_JABATAN_LABELS[J.FUNGSIONAL_KETERAMPILAN] == "Fungsional Keterampilan"
    assert set(JENIS_JABATAN_LABELS) == set(J)


@pytest.mark.parametrize("jenis", list(J))
def test_is_jpt_and_variant(jenis: JenisJabatan) -> None:
    assert is_jpt(jenis) == (jenis in JPT)
    expected = FormVariant.JPT if jenis in JPT else FormVariant.JA_JF
    assert form_variant(jenis) is expected
    assert form_variant(jenis, pimpinan_unit_kerja_mandiri=True) is FormVariant.JPT


def test_enums() -> None:
    assert [a.value for a in Aspek] == ["Kuantitas", "Kualitas", "Waktu", "Biaya"]
    assert [p.value for p in Perspektif] == [
        "Perspektif Penerima Layanan",
        "Perspektif Proses Bisnis",
        "Perspektif Penguatan Internal",
        "Perspektif Anggaran",
    ]
    assert PERSPEKTIF_PENDEK[Perspektif.PENERIMA_LAYANAN] == "Penerima Layanan"
    assert set(PERSPEKTIF_PENJELASAN) == set(Perspektif)
    assert JENIS_RHK_HEADINGS == {JenisRhk.UTAMA: "A. UTAMA", JenisRhk.TAMBAHAN: "B. TAMBAHAN"}
    assert [p.value for p in Pendekatan] == ["KUANTITATIF", "KUALITATIF"]


def test_iki_headings() -> None:
    assert IKI_HEADING_KUALITATIF[FormVariant.JA_JF] == (
        "Ukuran keberhasilan / Indikator Kinerja Individu, dan Target:"
    )
    assert IKI_HEADING_KUALITATIF[FormVariant.JPT] == (
        "Ukuran keberhasilan/Indikator Kinerja Individu, Target, dan Perspektif:"
    )


def test_skp_ja_jf_kuantitatif() -> None:
    s = form_spec(J.PELAKSANA, Pendekatan.KUANTITATIF, "SKP")
    assert s.title_lines == (
        "SASARAN KINERJA PEGAWAI",
        "PENDEKATAN HASIL KERJA KUANTITATIF",
        "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
    )
    assert (s.variant, s.has_rhk_pimpinan, s.has_perspektif, s.has_aspek) == (
        FormVariant.JA_JF,
        True,
        False,
        True,
    )
    assert s.kolom == (
        "NO",
        "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI",
        "RENCANA HASIL KERJA",
        "ASPEK",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
    )


def test_evaluasi_ja_jf_kuantitatif_has_eight_columns() -> None:
    s = form_spec(J.FUNGSIONAL_KEAHLIAN, Pendekatan.KUANTITATIF, "EVALUASI")
    assert s.title_lines[0] == "EVALUASI KINERJA PEGAWAI"
    assert len(s.kolom) == 8
    assert s.kolom[-2:] == (
        "REALISASI BERDASARKAN BUKTI DUKUNG",
        "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG",
    )


def test_jpt_kuantitatif() -> None:
    s = form_spec(J.JPT_PRATAMA, Pendekatan.KUANTITATIF, "EVALUASI")
    assert s.title_lines == (
        "EVALUASI KINERJA PEGAWAI",
        "PENDEKATAN HASIL KERJA KUANTITATIF",
        "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI",
    )
    assert (s.has_rhk_pimpinan, s.has_perspektif, s.has_aspek) == (False, True, False)
    assert s.kolom == (
        "NO",
        "RENCANA HASIL KERJA",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
        "PERSPEKTIF",
        "REALISASI BERDASARKAN BUKTI DUKUNG",
        "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG",
    )


@pytest.mark.parametrize("jenis", list(J))
@pytest.mark.parametrize("dokumen", ["SKP", "EVALUASI"])
def test_kualitatif_has_no_aspek(jenis: JenisJabatan, dokumen: str) -> None:
    s = form_spec(jenis, Pendekatan.KUALITATIF, dokumen)  # type: ignore[arg-type]
    assert s.title_lines[1] == "PENDEKATAN HASIL KERJA KUALITATIF"
    assert not s.has_aspek
    assert "ASPEK" not in s.kolom and "TARGET" not in s.kolom
    assert s.has_rhk_pimpinan == (jenis not in JPT)
    assert s.has_perspektif == (jenis in JPT)


def test_pimpinan_unit_kerja_mandiri_uses_jpt_form() -> None:
    s = form_spec(J.ADMINISTRATOR, Pendekatan.KUANTITATIF, "SKP", pimpinan_unit_kerja_mandiri=True)
    assert s.variant is FormVariant.JPT
    assert s.has_perspektif


def test_bad_dokumen() -> None:
    with pytest.raises(ValueError):
        form_spec(J.PELAKSANA, Pendekatan.KUANTITATIF, "LAMPIRAN")  # type: ignore[arg-type]
