"""Why an employee leaves service, and the events of the placement history."""

from __future__ import annotations

from enum import StrEnum


class AlasanBerhenti(StrEnum):
    PENSIUN = "PENSIUN"
    MENINGGAL = "MENINGGAL"
    PINDAH_INSTANSI = "PINDAH_INSTANSI"
    DIBERHENTIKAN = "DIBERHENTIKAN"


LABEL_ALASAN_BERHENTI: dict[AlasanBerhenti, str] = {
    AlasanBerhenti.PENSIUN: "Pensiun",
    AlasanBerhenti.MENINGGAL: "Meninggal dunia",
    AlasanBerhenti.PINDAH_INSTANSI: "Pindah instansi",
    AlasanBerhenti.DIBERHENTIKAN: "Diberhentikan",
}


def alasan_from_text(teks: str) -> AlasanBerhenti:
    """'pindah-instansi', 'Pindah instansi', 'PINDAH_INSTANSI' -> PINDAH_INSTANSI."""
    kunci = teks.strip().upper().replace("-", "_").replace(" ", "_")
    return AlasanBerhenti(kunci)


class Peristiwa(StrEnum):
    """What a row of the placement history records."""

    PENEMPATAN = "PENEMPATAN"  # first placement, when the employee is recorded
    MUTASI = "MUTASI"
    BERHENTI = "BERHENTI"
    PULIH = "PULIH"  # a berhenti undone


LABEL_PERISTIWA: dict[Peristiwa, str] = {
    Peristiwa.PENEMPATAN: "Penempatan awal",
    Peristiwa.MUTASI: "Mutasi",
    Peristiwa.BERHENTI: "Berhenti",
    Peristiwa.PULIH: "Dipulihkan",
}
