"""Identity blocks as printed on every sheet (the employee, the pejabat penilai, the atasan)."""

from __future__ import annotations

from dataclasses import dataclass

from asn_desktop.domain.jabatan import FormVariant, JenisJabatan, form_variant


@dataclass(frozen=True)
class Pihak:
    """One identity block: NAMA, NIP, PANGKAT/GOL. RUANG, JABATAN, UNIT KERJA (+ instansi)."""

    pegawai_id: str | None
    nama: str  # with gelar
    nip: str  # "" when there is none (e.g. a political official)
    status: str  # PNS / PPPK
    golongan: str
    pangkat_golongan: str  # "Penata Muda, III/a" or "IX"
    jabatan: str
    jenis_jabatan: str
    unit_id: str | None
    unit_kerja: str
    perangkat_daerah: str  # the OPD the unit belongs to ("" when at the root)
    instansi: str  # "PEMERINTAH KOTA SERANG"
    pimpinan_unit: bool = False
    unit_kerja_mandiri: bool = False  # head of an independent unit: JPT form

    @property
    def nip_cetak(self) -> str:
        return self.nip or "-"

    @property
    def form_variant(self) -> FormVariant:
        try:
            jenis = JenisJabatan(self.jenis_jabatan)
        except ValueError:
            return FormVariant.JA_JF
        return form_variant(jenis, self.unit_kerja_mandiri)


@dataclass(frozen=True)
class Identitas:
    pegawai: Pihak
    penilai: Pihak | None
    atasan_penilai: Pihak | None
