"""An SKP as the services hand it out: the plan, its RHK and indicators, and the lists and
matrices built from plans."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from asn_desktop.domain.dokumen import Status
from asn_desktop.domain.jabatan import FormSpec
from asn_desktop.views.dokumen import RiwayatView
from asn_desktop.views.identitas import Identitas, Pihak


@dataclass(frozen=True)
class Lampiran:
    dukungan_sumber_daya: tuple[str, ...] = ()
    skema_pertanggungjawaban: tuple[str, ...] = ()
    konsekuensi: tuple[str, ...] = ()


@dataclass(frozen=True)
class IndikatorView:
    id: str
    nomor: int
    aspek: str | None
    uraian: str
    target_nilai: float | None
    target_satuan: str | None
    target_narasi: str | None
    perspektif: str | None
    target_teks: str  # "12 Dokumen", or the narrative
    sumber_realisasi: str | None = None  # the register the realisasi comes from


@dataclass(frozen=True)
class RhkView:
    id: str
    jenis: str
    nomor: int  # 1-based within its jenis
    uraian: str
    rhk_atasan_id: str | None
    rhk_atasan_teks: str  # the linked RHK's text, or the provisional text, or ""
    rhk_atasan_sementara: bool  # True: provisional text, not a confirmed cascade link
    rhk_atasan_hilang: bool  # linked RHK was deleted since
    perspektif: str | None
    indikator: tuple[IndikatorView, ...]


@dataclass(frozen=True)
class PerilakuView:
    kode: str
    nilai: str
    definisi: str
    panduan: tuple[str, ...]
    ekspektasi: str


@dataclass(frozen=True)
class SkpView:
    id: str
    pegawai_id: str
    tahun: int
    pendekatan: str
    status: str
    status_label: str
    form: FormSpec
    identitas: Identitas
    identitas_snapshot: bool  # True: the approval snapshot; False: live
    penilai_id: str | None  # override stored on the SKP (None: default)
    atasan_penilai_id: str | None
    tanggal_ditetapkan: date | None
    periode_mulai: date
    periode_selesai: date
    utama: tuple[RhkView, ...]
    tambahan: tuple[RhkView, ...]
    perilaku: tuple[PerilakuView, ...]
    lampiran: Lampiran
    catatan: str | None
    riwayat: tuple[RiwayatView, ...]

    @property
    def terkunci(self) -> bool:
        return self.status == Status.DISETUJUI

    @property
    def rhk(self) -> tuple[RhkView, ...]:
        return self.utama + self.tambahan


@dataclass(frozen=True)
class SkpRow:
    id: str
    pegawai_id: str
    nama: str
    nip: str
    jabatan: str
    unit_id: str | None
    unit_nama: str
    tahun: int
    pendekatan: str
    status: str
    status_label: str
    jumlah_rhk: int
    tanggal_ditetapkan: date | None


@dataclass(frozen=True)
class CascadeOption:
    id: str
    jenis: str
    nomor: int
    uraian: str


@dataclass(frozen=True)
class MatriksKolom:
    rhk_id: str
    nomor: int
    uraian: str
    indikator: tuple[str, ...]


@dataclass(frozen=True)
class MatriksBaris:
    pegawai_id: str
    nama: str
    nip: str
    jabatan: str
    skp_id: str | None
    sel: tuple[tuple[str, ...], ...]  # per column: the RHK texts intervening it; () is "x"
    belum_terhubung: tuple[str, ...]  # RHK not linked to any column (provisional or none)


@dataclass(frozen=True)
class MatriksPeranHasil:
    atasan: Pihak
    tahun: int
    skp_atasan_id: str | None
    kolom: tuple[MatriksKolom, ...]
    baris: tuple[MatriksBaris, ...]
