"""The values an officer compares between a paper sheet and the registry of printed sheets.

A ``Ringkasan`` is taken from the ``Lembar`` that was drawn (so it holds exactly what the paper
shows, in the printed spelling), stored with the sheet's verification code when it is printed,
and read back from a PDF's page text by ``reports.baca``. Fields a kind of sheet does not print
are None (an SKP has no predikat).

The labels below are the ones the sheets print (documents.py draws them from here, and the
reader looks for them), so the drawing and the reading cannot drift apart.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from typing import Any

from asn_desktop.reports.content import (
    DOKUMEN_LABEL,
    Lembar,
    LembarDokumen,
    LembarEvaluasi,
    LembarSkp,
    Pilihan,
)

# Printed labels of the value lines (documents.py).
LABEL_CAPAIAN_EVALUASI = "CAPAIAN KINERJA ORGANISASI*"
LABEL_RATING_HASIL_KERJA = "RATING HASIL KERJA*"
LABEL_RATING_PERILAKU_KERJA = "RATING PERILAKU KERJA*"
LABEL_PREDIKAT_EVALUASI = "PREDIKAT KINERJA PEGAWAI*"
LABEL_CAPAIAN_DOKUMEN = "CAPAIAN KINERJA ORGANISASI"
LABEL_PREDIKAT_DOKUMEN = "PREDIKAT KINERJA PEGAWAI"
LABEL_PERIODE_PENILAIAN = "PERIODE PENILAIAN:"

# The status of a sheet: its mark printed across every page ("KONSEP", "DIAJUKAN"), or none.
DISETUJUI = "DISETUJUI"
RESMI = frozenset({DISETUJUI})

# The sheet titles, by kind (the first title line of each sheet).
JUDUL: dict[str, str] = {kind: label.upper() for kind, label in DOKUMEN_LABEL.items()}


@dataclass(frozen=True)
class Ringkasan:
    """What a sheet printed, as printed (upper-case options, unspaced NIP)."""

    dokumen: str  # "EVALUASI KINERJA PEGAWAI"
    nama: str
    nip: str
    periode: str  # "01 JANUARI SD 31 MARET TAHUN 2026"
    penilai: str  # the pejabat penilai's name ("-" when none was known)
    status: str  # DISETUJUI, or the mark across the sheet: KONSEP / DIAJUKAN
    capaian: str | None = None  # evaluasi and dokumen; "" = no option chosen
    rating_hasil_kerja: str | None = None  # evaluasi only
    rating_perilaku_kerja: str | None = None  # evaluasi only
    predikat: str | None = None  # evaluasi and dokumen

    @property
    def resmi(self) -> bool:
        """An approved sheet (no KONSEP / DIAJUKAN mark)."""
        return self.status in RESMI

    def items(self) -> list[tuple[str, str]]:
        """(field, value) of every field this sheet prints, in reading order."""
        data = asdict(self)
        return [(name, data[name]) for name in URUTAN if data[name] is not None]

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Ringkasan:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        for k, v in values.items():
            if v is not None and not isinstance(v, str):
                raise ValueError(f"nilai {k} bukan teks")
        return cls(**values)


# Display order and the Indonesian name of each field (messages: "predikat di lembar ...").
URUTAN: tuple[str, ...] = (
    "dokumen", "nama", "nip", "periode", "penilai", "capaian", "rating_hasil_kerja",
    "rating_perilaku_kerja", "predikat", "status",
)
NAMA_FIELD: dict[str, str] = {
    "dokumen": "dokumen",
    "nama": "nama",
    "nip": "NIP",
    "periode": "periode",
    "penilai": "pejabat penilai",
    "capaian": "capaian kinerja organisasi",
    "rating_hasil_kerja": "rating hasil kerja",
    "rating_perilaku_kerja": "rating perilaku kerja",
    "predikat": "predikat",
    "status": "status",
}


def teks(value: str) -> str:
    """A value as one line with single blanks (how a sheet shows a wrapped cell)."""
    return " ".join(value.split())


def sama(a: str, b: str) -> bool:
    """Equal as printed: blanks (line breaks of a wrapped cell) do not count."""
    return re.sub(r"\s+", "", a) == re.sub(r"\s+", "", b)


def terpilih(p: Pilihan) -> str:
    """The option a line shows chosen (bold, the others struck); "" when none is (also when the
    value is not one of the options, which ``layout.pilihan_markup`` then prints unstruck)."""
    if p.terpilih is None:
        return ""
    want = p.terpilih.strip().upper()
    for part in p.opsi.split("/"):
        if part.strip().upper() == want:
            return teks(part.strip())
    return ""


def status_lembar(tanda: str) -> str:
    return teks(tanda) if tanda.strip() else DISETUJUI


def ringkasan(lembar: Lembar) -> Ringkasan:
    """The values of ``lembar`` an officer compares with the registry."""
    base = {
        "nama": teks(lembar.pegawai.nama),
        "nip": teks(lembar.pegawai.nip),
        "periode": teks(lembar.periode_penilaian),
        "penilai": teks(lembar.penilai.nama),
        "status": status_lembar(lembar.tanda),
    }
    if isinstance(lembar, LembarSkp):
        return Ringkasan(dokumen=teks(lembar.judul[0]), **base)
    if isinstance(lembar, LembarEvaluasi):
        return Ringkasan(
            dokumen=teks(lembar.judul[0]),
            capaian=terpilih(lembar.capaian),
            rating_hasil_kerja=terpilih(lembar.rating_hasil_kerja),
            rating_perilaku_kerja=terpilih(lembar.rating_perilaku_kerja),
            predikat=terpilih(lembar.predikat),
            **base,
        )
    assert isinstance(lembar, LembarDokumen)
    return Ringkasan(
        dokumen=teks(lembar.judul),
        capaian=teks(lembar.capaian),
        predikat=teks(lembar.predikat),
        **base,
    )
