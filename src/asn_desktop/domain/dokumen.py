"""A document's workflow vocabulary (SKP and evaluations alike): its statuses and the actions
recorded in its history, with the words people read for them."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    DRAFT = "DRAFT"
    DIAJUKAN = "DIAJUKAN"
    DISETUJUI = "DISETUJUI"


STATUS_LABELS: dict[Status, str] = {
    Status.DRAFT: "Konsep",
    Status.DIAJUKAN: "Diajukan",
    Status.DISETUJUI: "Disetujui",
}


class Aksi(StrEnum):
    DIBUAT = "DIBUAT"
    DIAJUKAN = "DIAJUKAN"
    DIKEMBALIKAN = "DIKEMBALIKAN"
    DISETUJUI = "DISETUJUI"
    DIBUKA_KEMBALI = "DIBUKA_KEMBALI"
    PENILAI_DIUBAH = "PENILAI_DIUBAH"
    PENDEKATAN_DIUBAH = "PENDEKATAN_DIUBAH"
    DIHAPUS = "DIHAPUS"


AKSI_LABELS: dict[Aksi, str] = {
    Aksi.DIBUAT: "Dibuat",
    Aksi.DIAJUKAN: "Diajukan",
    Aksi.DIKEMBALIKAN: "Dikembalikan",
    Aksi.DISETUJUI: "Disetujui",
    Aksi.DIBUKA_KEMBALI: "Dibuka kembali",
    Aksi.PENILAI_DIUBAH: "Pejabat penilai diubah",
    Aksi.PENDEKATAN_DIUBAH: "Pendekatan diubah",
    Aksi.DIHAPUS: "Dihapus",
}


# The printed documents: the SKP, an evaluation sheet (Evaluasi Kinerja Pegawai) and the
# Dokumen Evaluasi Kinerja (PermenPANRB 6/2022 Lampiran).
DOKUMEN_CETAK = ("skp", "evaluasi", "dokumen")
