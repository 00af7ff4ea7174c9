"""Jenis jabatan and the SKP / evaluasi form variants they use (reference §1.4, §1.10, §4.5)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal


class JenisJabatan(StrEnum):
    JPT_UTAMA = "JPT_UTAMA"
    JPT_MADYA = "JPT_MADYA"
    JPT_PRATAMA = "JPT_PRATAMA"
    ADMINISTRATOR = "ADMINISTRATOR"
    PENGAWAS = "PENGAWAS"
    PELAKSANA = "PELAKSANA"
    FUNGSIONAL_KEAHLIAN = "FUNGSIONAL_KEAHLIAN"
    FUNGSIONAL_KETERAMPILAN = "FUNGSIONAL_KETERAMPILAN"


JENIS_JABATAN_LABELS: dict[JenisJabatan, str] = {
    JenisJabatan.JPT_UTAMA: "JPT Utama",
    JenisJabatan.JPT_MADYA: "JPT Madya",
    JenisJabatan.JPT_PRATAMA: "JPT Pratama",
    JenisJabatan.ADMINISTRATOR: "Administrator",
    JenisJabatan.PENGAWAS: "Pengawas",
    JenisJabatan.PELAKSANA: "Pelaksana",
    JenisJabatan.FUNGSIONAL_KEAHLIAN: "Fungsional Keahlian",
    JenisJabatan.FUNGSIONAL_KETERAMPILAN: "Fungsional Keterampilan",
}

_JPT = frozenset({JenisJabatan.JPT_UTAMA, JenisJabatan.JPT_MADYA, JenisJabatan.JPT_PRATAMA})


def is_jpt(jenis: JenisJabatan) -> bool:
    return JenisJabatan(jenis) in _JPT


class FormVariant(StrEnum):
    JPT = "JPT"  # JPT and pimpinan unit kerja mandiri
    JA_JF = "JA_JF"  # jabatan administrasi and jabatan fungsional


def form_variant(jenis: JenisJabatan, pimpinan_unit_kerja_mandiri: bool = False) -> FormVariant:
    """JPT form for JPT and for heads of an independent unit (e-Kinerja's "SKP JPT dan Pimpinan
    Unit Kerja"); the JA/JF form for everyone else."""
    return FormVariant.JPT if is_jpt(jenis) or pimpinan_unit_kerja_mandiri else FormVariant.JA_JF


class Pendekatan(StrEnum):
    KUANTITATIF = "KUANTITATIF"
    KUALITATIF = "KUALITATIF"


class Aspek(StrEnum):
    KUANTITAS = "Kuantitas"
    KUALITAS = "Kualitas"
    WAKTU = "Waktu"
    BIAYA = "Biaya"


class Perspektif(StrEnum):
    PENERIMA_LAYANAN = "Perspektif Penerima Layanan"
    PROSES_BISNIS = "Perspektif Proses Bisnis"
    PENGUATAN_INTERNAL = "Perspektif Penguatan Internal"
    ANGGARAN = "Perspektif Anggaran"


# Short form shown in the PERSPEKTIF column of the example JPT evaluation ("Penerima Layanan").
PERSPEKTIF_PENDEK: dict[Perspektif, str] = {
    p: p.value.removeprefix("Perspektif ") for p in Perspektif
}

# The app's own short explanations (balanced-scorecard reading); not regulation text.
PERSPEKTIF_PENJELASAN: dict[Perspektif, str] = {
    Perspektif.PENERIMA_LAYANAN: (
        "Hasil kerja dilihat dari sudut pandang penerima layanan dan pemangku kepentingan: "
        "manfaat dan kepuasan yang mereka terima."
    ),
    Perspektif.PROSES_BISNIS: (
        "Hasil kerja dilihat dari proses kerja internal: efektivitas, efisiensi, dan mutu proses "
        "yang menghasilkan layanan."
    ),
    Perspektif.PENGUATAN_INTERNAL: (
        "Hasil kerja dilihat dari pembelajaran dan pertumbuhan organisasi: penguatan SDM, "
        "sistem, dan budaya kerja."
    ),
    Perspektif.ANGGARAN: (
        "Hasil kerja dilihat dari pengelolaan anggaran: ketepatan, efisiensi, dan akuntabilitas "
        "penggunaan anggaran."
    ),
}


class JenisRhk(StrEnum):
    UTAMA = "UTAMA"
    TAMBAHAN = "TAMBAHAN"


# Section rows of the HASIL KERJA table.
JENIS_RHK_HEADINGS: dict[JenisRhk, str] = {
    JenisRhk.UTAMA: "A. UTAMA",
    JenisRhk.TAMBAHAN: "B. TAMBAHAN",
}

# Heading above the narrative IKI + target under each RHK in the kualitatif model. Exact Permen
# wording UNCONFIRMED (seen in prints).
IKI_HEADING_KUALITATIF: dict[FormVariant, str] = {
    FormVariant.JA_JF: "Ukuran keberhasilan / Indikator Kinerja Individu, dan Target:",
    FormVariant.JPT: "Ukuran keberhasilan/Indikator Kinerja Individu, Target, dan Perspektif:",
}

JUDUL_SKP = "SASARAN KINERJA PEGAWAI"
JUDUL_EVALUASI = "EVALUASI KINERJA PEGAWAI"
JUDUL_DOKUMEN_EVALUASI = "DOKUMEN EVALUASI KINERJA PEGAWAI"
JUDUL_LAMPIRAN_SKP = "LAMPIRAN SASARAN KINERJA PEGAWAI"

# "BAGI ..." title line; the JPT wording is UNCONFIRMED.
JUDUL_BAGI: dict[FormVariant, str] = {
    FormVariant.JA_JF: "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
    FormVariant.JPT: "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI",
}

KOLOM_NO = "NO"
KOLOM_HASIL_KERJA = "HASIL KERJA"  # the kualitatif evaluasi: RHK with its ukuran keberhasilan
KOLOM_RHK_PIMPINAN = "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI"
KOLOM_RHK = "RENCANA HASIL KERJA"
KOLOM_ASPEK = "ASPEK"
KOLOM_IKI = "INDIKATOR KINERJA INDIVIDU"
KOLOM_TARGET = "TARGET"
KOLOM_PERSPEKTIF = "PERSPEKTIF"
KOLOM_REALISASI = "REALISASI BERDASARKAN BUKTI DUKUNG"
KOLOM_UMPAN_BALIK = "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG"

Dokumen = Literal["SKP", "EVALUASI"]


@dataclass(frozen=True)
class FormSpec:
    variant: FormVariant
    pendekatan: Pendekatan
    has_rhk_pimpinan: bool
    has_perspektif: bool
    has_aspek: bool
    title_lines: tuple[str, ...]
    # HASIL KERJA column headings in order; the printer numbers them (1), (2), ...
    kolom: tuple[str, ...] = ()


def form_spec(
    jenis: JenisJabatan,
    pendekatan: Pendekatan,
    dokumen: Dokumen,
    pimpinan_unit_kerja_mandiri: bool = False,
) -> FormSpec:
    """Layout facts for an SKP or an evaluasi (§1.10).

    ``title_lines`` stop at the "BAGI ..." line; the evaluasi's "PERIODE: ..." line depends on
    the period (see ``periods.Periode.printed_options``) and is added by the printer. In the
    kualitatif model the IKI and target are written under the RHK (``IKI_HEADING_KUALITATIF``),
    so there are no ASPEK/IKI/TARGET columns; the kualitatif evaluasi has three: HASIL KERJA
    (the RHK with its narrative), REALISASI and UMPAN BALIK.
    """
    varian = form_variant(jenis, pimpinan_unit_kerja_mandiri)
    pdk = Pendekatan(pendekatan)
    kuantitatif = pdk is Pendekatan.KUANTITATIF
    jpt = varian is FormVariant.JPT
    kolom: list[str] = [KOLOM_NO]
    if not jpt:
        kolom.append(KOLOM_RHK_PIMPINAN)
    kolom.append(KOLOM_RHK)
    if not kuantitatif and dokumen == "EVALUASI":
        # HASIL KERJA (RHK + ukuran keberhasilan/target) | REALISASI | UMPAN BALIK (§1.10b)
        kolom = [KOLOM_HASIL_KERJA]
    if kuantitatif:
        if not jpt:
            kolom.append(KOLOM_ASPEK)
        kolom += [KOLOM_IKI, KOLOM_TARGET]
        if jpt:
            kolom.append(KOLOM_PERSPEKTIF)
    if dokumen == "EVALUASI":
        kolom += [KOLOM_REALISASI, KOLOM_UMPAN_BALIK]
        judul = JUDUL_EVALUASI
    elif dokumen == "SKP":
        judul = JUDUL_SKP
    else:
        raise ValueError(f"dokumen must be 'SKP' or 'EVALUASI', not {dokumen!r}")
    return FormSpec(
        variant=varian,
        pendekatan=pdk,
        has_rhk_pimpinan=not jpt,
        has_perspektif=jpt,
        has_aspek=kuantitatif and not jpt,
        title_lines=(judul, f"PENDEKATAN HASIL KERJA {pdk.value}", JUDUL_BAGI[varian]),
        kolom=tuple(kolom),
    )
