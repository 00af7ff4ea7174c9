"""An evaluation as the services hand it out, with the lists and distributions built from them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from asn_desktop.domain.angka import format_angka
from asn_desktop.domain.dokumen import Status
from asn_desktop.domain.jabatan import FormSpec
from asn_desktop.domain.organisasi import CapaianOrganisasi
from asn_desktop.domain.periods import Periode
from asn_desktop.domain.predikat import Predikat
from asn_desktop.domain.ratings import Rating
from asn_desktop.views.dokumen import RiwayatView
from asn_desktop.views.identitas import Identitas
from asn_desktop.views.skp import IndikatorView, RhkView


@dataclass(frozen=True)
class IndikatorEvalView:
    indikator: IndikatorView
    realisasi_nilai: float | None
    realisasi_teks: str | None
    bukti_dukung: str | None

    @property
    def realisasi_cetak(self) -> str:
        """Realisasi as printed: "10 Dokumen" and/or the text."""
        parts = []
        if self.realisasi_nilai is not None:
            angka = format_angka(self.realisasi_nilai)
            sat = self.indikator.target_satuan
            parts.append(f"{angka} {sat}" if sat else angka)
        if self.realisasi_teks:
            parts.append(self.realisasi_teks)
        return "; ".join(parts)


@dataclass(frozen=True)
class RhkEvalView:
    rhk: RhkView
    indikator: tuple[IndikatorEvalView, ...]
    umpan_balik: str


@dataclass(frozen=True)
class PerilakuEvalView:
    kode: str
    nilai: str
    definisi: str
    panduan: tuple[str, ...]
    ekspektasi: str
    umpan_balik: str


@dataclass(frozen=True)
class EvaluasiView:
    id: str
    skp_id: str
    pegawai_id: str
    tahun: int
    periode: Periode
    status: str
    status_label: str
    pendekatan: str
    form: FormSpec
    identitas: Identitas
    identitas_snapshot: bool
    utama: tuple[RhkEvalView, ...]
    tambahan: tuple[RhkEvalView, ...]
    perilaku: tuple[PerilakuEvalView, ...]
    rating_hasil_kerja: Rating | None
    rating_perilaku_kerja: Rating | None
    predikat: Predikat | None
    capaian_organisasi: CapaianOrganisasi | None
    capaian_dari_unit: bool  # not set on the evaluation: the unit's capaian is shown
    catatan_rekomendasi: str | None
    tanggal: date | None
    skp_status: str
    riwayat: tuple[RiwayatView, ...]
    # a head of unit: the rating hasil kerja their unit's capaian gives (domain.pimpinan)
    rating_pimpinan: Rating | None = None

    @property
    def terkunci(self) -> bool:
        return self.status == Status.DISETUJUI

    @property
    def rhk(self) -> tuple[RhkEvalView, ...]:
        return self.utama + self.tambahan


@dataclass(frozen=True)
class EvaluasiRow:
    id: str
    skp_id: str
    pegawai_id: str
    nama: str
    nip: str
    jabatan: str
    unit_nama: str
    periode_kode: str
    status: str
    status_label: str
    rating_hasil_kerja: Rating | None
    rating_perilaku_kerja: Rating | None
    predikat: Predikat | None


@dataclass(frozen=True)
class EvaluasiDue:
    pegawai_id: str
    nama: str
    nip: str
    unit_nama: str
    skp_id: str
    periode_kode: str
    periode_label: str
    evaluasi_id: str | None  # None: not started
    status: str | None


@dataclass(frozen=True)
class DistribusiView:
    periode_kode: str
    capaian: CapaianOrganisasi | None
    jumlah: tuple[tuple[Predikat, int], ...]  # curve order: Sangat Kurang … Sangat Baik
    total: int  # evaluations with a predikat
    belum_dinilai: int  # active employees of the units without a predikat for the period
    peringatan: tuple[str, ...]  # advisory breaches of the distribution guidance
    # active employees of the units with no evaluation of the period yet (pegawai_id, nama)
    tanpa_evaluasi: tuple[tuple[str, str], ...] = ()

    def count(self, p: Predikat) -> int:
        return dict(self.jumlah).get(p, 0)
