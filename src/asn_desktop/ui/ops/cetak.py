"""What a person prints and checks: one sheet, a unit's sheets, a verification."""

from __future__ import annotations

from pathlib import Path

from asn_desktop.services import cetak as svc
from asn_desktop.services import sertifikat
from asn_desktop.services.workspace import Workspace
from asn_desktop.ui.operations import OpContext
from asn_desktop.ui.ops import Op, kerja, label


def lembar(dokumen: str, pegawai_id: str, tahun: int, periode: str | None,
           out: Path) -> Op[svc.CetakHasil]:
    """One employee's sheet into ``out`` (the preview, a saved PDF or the printer's input)."""

    def work(ws: Workspace, op: OpContext) -> svc.CetakHasil:
        with ws.db.Session() as s:
            target = svc.resolve_target(s, dokumen, pegawai_id, tahun, periode)
        return svc.print_to_file(ws, [target], out, progress=op.progress,
                                 cancelled=op.cancelled)

    return kerja(work, label=label("Menyiapkan lembar…"))


def lembar_unit(dokumen: str, unit_kode: str, tahun: int, periode: str | None,
                folder: Path) -> Op[svc.CetakHasil]:
    """A sheet per employee of a unit into ``folder``; Batal leaves no half-written file."""
    return kerja(lambda ws, op: svc.print_unit(ws, dokumen, unit_kode, tahun, folder,
                                               periode=periode, progress=op.progress,
                                               cancelled=op.cancelled),
                 label=label("Mencetak lembar unit…"), cancellable=True, show_at_once=True)


def verifikasi_kode(teks: str) -> Op[list[svc.VerifyResult]]:
    """Check a verification code (or the text read from a QR code)."""
    return kerja(lambda ws, _op: [svc.verify(ws, teks)])


def verifikasi_pdf(path: Path) -> Op[list[svc.VerifyResult]]:
    """Check every sheet of a PDF against the records and its signature."""
    return kerja(lambda ws, _op: svc.verify_pdf(ws, path))


def info_sertifikat() -> Op[sertifikat.InfoSertifikat]:
    """The city's CA and this installation's signing certificate, as ``sync ca`` shows them."""

    def work(ws: Workspace, _op: OpContext) -> sertifikat.InfoSertifikat:
        if ws.is_central:
            sertifikat.siapkan(ws)
        return sertifikat.info(ws)

    return kerja(work)


def simpan_sertifikat_ca(out: Path) -> Op[Path]:
    """Write the city's CA certificate (.crt) for PDF readers to trust."""
    return kerja(lambda ws, _op: sertifikat.ekspor_ca(ws, out),
                 label=label("Menyimpan sertifikat…"))
