"""The roster import wizard's actions: read a file, check it, import it, write the template
and the error report."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from asn_desktop.domain.siklus_pegawai import AlasanBerhenti
from asn_desktop.services import roster_impor
from asn_desktop.services.roster_baca import Lembar, baca_berkas
from asn_desktop.services.roster_impor import HasilImpor
from asn_desktop.services.roster_periksa import Pratinjau
from asn_desktop.services.workspace import Workspace
from asn_desktop.ui.context import PEGAWAI
from asn_desktop.ui.operations import OpContext
from asn_desktop.ui.ops import Op, kerja, label


def baca(path: Path) -> Op[Lembar]:
    return kerja(lambda _ws, _op: baca_berkas(path), label=label("Membaca berkas…"))


def periksa(lembar: Lembar, pemetaan: Mapping[str, int],
            buat_unit_di: str | None) -> Op[HasilImpor]:
    """Every row checked against the data, nothing written."""
    return kerja(lambda ws, _op: roster_impor.impor_lembar(
        ws, lembar, pemetaan, dry_run=True, buat_unit_di=buat_unit_di),
        label=label("Memeriksa berkas…"))


def impor(lembar: Lembar, pemetaan: Mapping[str, int], buat_unit_di: str | None,
          berhentikan_hilang: AlasanBerhenti | None,
          tanggal_berhenti: date | None) -> Op[HasilImpor]:
    """Import for real (checked again in the writing transaction); the column mapping is
    remembered for files with these headers once an import went through."""

    def work(ws: Workspace, _op: OpContext) -> HasilImpor:
        from asn_desktop.services.roster_kolom import simpan_pemetaan

        hasil = roster_impor.impor_lembar(ws, lembar, pemetaan, buat_unit_di=buat_unit_di,
                                          berhentikan_hilang=berhentikan_hilang,
                                          tanggal_berhenti=tanggal_berhenti)
        if hasil.diimpor:
            simpan_pemetaan(ws, lembar.judul, pemetaan)
        return hasil

    return kerja(work, PEGAWAI, label=label("Mengimpor pegawai…"))


def simpan_templat(path: Path) -> Op[Path]:
    """An empty roster template with drop-down lists and an instructions sheet."""
    from asn_desktop.services.roster_template import tulis_template

    return kerja(lambda _ws, _op: tulis_template(path), label=label("Menyimpan templat…"))


def simpan_laporan(pratinjau: Pratinjau, path: Path) -> Op[Path]:
    """The checked rows with an error column beside them, as .xlsx."""
    from asn_desktop.services.roster_laporan import tulis_laporan

    return kerja(lambda _ws, _op: tulis_laporan(pratinjau, path), label=label("Menyimpan laporan…"))
