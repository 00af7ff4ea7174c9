"""What a sheet prints, as plain values: the single source for both the PDF and its hash.

A renderer draws a ``Lembar`` and nothing else (plus the verification stamp and page numbers),
so the canonical JSON of a ``Lembar`` is exactly "every value printed". Its SHA-256 is the
content hash a verification code stands for. Layout (fonts, widths, page breaks) is not
content: re-rendering the same values with a better layout keeps old codes valid.

All text is stored as printed (NIP unspaced, dates in Indonesian, options upper-case); a cell
may hold several lines separated by "\\n".
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

# 2: letterhead as an image or nothing (was text lines), kualitatif evaluasi in three columns,
# NIP and pangkat of a PPPK blank on the guru Dokumen. Format-1 sheets still verify.
CONTENT_VERSION = 2

JenisLembar = Literal["skp", "evaluasi", "dokumen"]

DOKUMEN_LABEL: dict[str, str] = {
    "skp": "Sasaran Kinerja Pegawai",
    "evaluasi": "Evaluasi Kinerja Pegawai",
    "dokumen": "Dokumen Evaluasi Kinerja Pegawai",
}


@dataclass(frozen=True)
class Kop:
    """Letterhead. Since format 2 only an image: the kop surat on an SKP or Evaluasi, the
    lambang (Garuda) on the Dokumen, named by its SHA-256 (the PNG is passed separately), or
    "" for none. Format-1 sheets carried text lines (instansi, perangkat daerah, unit, then
    address lines) beside a logo."""

    judul: tuple[str, ...] = ()
    keterangan: tuple[str, ...] = ()
    logo_sha256: str = ""


@dataclass(frozen=True)
class Identitas:
    """One identity block: NAMA, NIP, PANGKAT/GOL. RUANG, JABATAN, UNIT KERJA."""

    nama: str
    nip: str
    pangkat: str
    jabatan: str
    unit_kerja: str
    label_nip: str = "NIP"
    label_unit: str = "UNIT KERJA"


KOSONG = Identitas(nama="-", nip="-", pangkat="-", jabatan="-", unit_kerja="-")


@dataclass(frozen=True)
class Penandatangan:
    """One signature column: [place, date] / title / (space) / name / NIP."""

    sebutan: str  # "Pegawai yang Dinilai," / "Pejabat Penilai Kinerja,"
    nama: str
    nip: str  # "" prints no NIP line (e.g. a political official)
    tempat_tanggal: str = ""  # "Serang, 31 Desember 2026"


@dataclass(frozen=True)
class Pilihan:
    """An option line such as "SANGAT BAIK/ BAIK/ ..." with the option that applies.

    ``terpilih`` None prints the line with nothing struck out (not yet decided)."""

    opsi: str
    terpilih: str | None


@dataclass(frozen=True)
class BarisHasilKerja:
    """One printed row; RHK-level cells are filled on the first row of an RHK only."""

    sel: tuple[str, ...]


@dataclass(frozen=True)
class KelompokRhk:
    baris: tuple[BarisHasilKerja, ...]


@dataclass(frozen=True)
class BagianHasilKerja:
    judul: str  # "A. UTAMA"
    kelompok: tuple[KelompokRhk, ...]


@dataclass(frozen=True)
class TabelHasilKerja:
    kolom: tuple[str, ...]  # headings, numbered (1), (2), ... under them
    per_rhk: tuple[bool, ...]  # True: the column belongs to the RHK (drawn as one tall cell)
    bagian: tuple[BagianHasilKerja, ...]


@dataclass(frozen=True)
class BarisPerilaku:
    nomor: str
    nilai: str  # "Berorientasi Pelayanan"
    panduan: tuple[str, ...]
    ekspektasi: str  # text under "Ekspektasi Khusus Pimpinan:"
    umpan_balik: str | None = None  # evaluasi only


@dataclass(frozen=True)
class Lampiran:
    dukungan_sumber_daya: tuple[str, ...]
    skema_pertanggungjawaban: tuple[str, ...]
    konsekuensi: tuple[str, ...]


@dataclass(frozen=True)
class Kurva:
    """The POLA DISTRIBUSI curve: relative heights in PREDIKAT_CURVE_ORDER."""

    judul: str
    label: tuple[str, ...]
    tinggi: tuple[float, ...]


@dataclass(frozen=True)
class LembarSkp:
    kop: Kop
    judul: tuple[str, ...]
    instansi: str
    periode_penilaian: str
    pegawai: Identitas
    penilai: Identitas
    hasil_kerja: TabelHasilKerja
    perilaku: tuple[BarisPerilaku, ...]
    ttd_pegawai: Penandatangan
    ttd_penilai: Penandatangan
    lampiran: Lampiran
    tanda: str = ""  # "KONSEP" etc. printed across a sheet that is not approved
    jenis: str = field(default="skp", init=False)


@dataclass(frozen=True)
class LembarEvaluasi:
    kop: Kop
    judul: tuple[str, ...]
    periode: Pilihan
    instansi: str
    periode_penilaian: str
    pegawai: Identitas
    penilai: Identitas
    capaian: Pilihan
    kurva: Kurva | None
    hasil_kerja: TabelHasilKerja
    rating_hasil_kerja: Pilihan
    perilaku: tuple[BarisPerilaku, ...]
    rating_perilaku_kerja: Pilihan
    predikat: Pilihan
    ttd_pegawai: Penandatangan
    ttd_penilai: Penandatangan
    tanda: str = ""
    jenis: str = field(default="evaluasi", init=False)


@dataclass(frozen=True)
class LembarDokumen:
    kop: Kop
    judul: str
    periode: Pilihan
    instansi: str
    periode_penilaian: str
    pegawai: Identitas
    penilai: Identitas
    atasan_penilai: Identitas
    capaian: str
    predikat: str
    catatan: str
    ttd_pegawai: Penandatangan
    ttd_penilai: Penandatangan
    tanda: str = ""
    jenis: str = field(default="dokumen", init=False)


Lembar = LembarSkp | LembarEvaluasi | LembarDokumen


def canonical(lembar: Lembar, versi: int = CONTENT_VERSION) -> bytes:
    """Canonical JSON (sorted keys, no blanks, UTF-8) of every printed value."""
    data: dict[str, Any] = {"versi": versi, "lembar": asdict(lembar)}
    return json.dumps(
        data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def content_hash(lembar: Lembar, versi: int = CONTENT_VERSION) -> str:
    return hashlib.sha256(canonical(lembar, versi)).hexdigest()


def nama_pegawai(lembar: Lembar) -> str:
    return lembar.pegawai.nama
