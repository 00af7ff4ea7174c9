"""What the report files (rekap_berkas, pelayanan_berkas) share: the check of the target path,
the temporary file that takes the target's name only when complete, and the PDF styles and
gridded tables."""

from __future__ import annotations

import os
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from asn_desktop.errors import ValidationError

JENIS_BERKAS = (".xlsx", ".pdf")


def periksa_tujuan(path: Path | str, apa: str = "rekap") -> Path:
    """The target of a report file, refused (nothing written) when it cannot be one."""
    path = Path(path)
    if path.suffix.lower() not in JENIS_BERKAS:
        raise ValidationError(f"Berkas {apa} harus .xlsx atau .pdf, bukan '{path.name}'.", "out")
    if not path.parent.is_dir():
        raise ValidationError(f"Folder tujuan {path.parent} tidak ada; pilih folder yang sudah "
                              "ada.", "out")
    if path.is_dir():
        raise ValidationError(f"{path} adalah folder, bukan berkas.", "out")
    if path.exists() and not path.stat().st_mode & 0o222:
        raise ValidationError(f"Berkas {path.name} hanya-baca; {apa} tidak ditulis di atasnya.",
                              "out")
    return path


@contextmanager
def berkas_sementara(path: Path) -> Iterator[Path]:
    """A temporary name beside ``path``; what was written there replaces ``path`` when the
    block ends without error (a half-written file never takes the name)."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def esc(value: object) -> str:
    return escape(str(value)).replace("\n", "<br/>")


@dataclass(frozen=True)
class GayaPdf:
    isi: Any  # ParagraphStyle
    judul: Any
    sub: Any
    catatan: Any


def gaya_pdf(isi: float = 7) -> GayaPdf:
    """The report styles in the embedded font (registered here)."""
    from reportlab.lib.styles import ParagraphStyle

    from asn_desktop.reports.fonts import BOLD, REGULAR, register_fonts

    register_fonts()
    return GayaPdf(
        ParagraphStyle("isi", fontName=REGULAR, fontSize=isi, leading=isi * 1.2),
        ParagraphStyle("judul", fontName=BOLD, fontSize=14, leading=17, spaceAfter=4),
        ParagraphStyle("sub", fontName=BOLD, fontSize=10, leading=13, spaceBefore=8,
                       spaceAfter=4),
        ParagraphStyle("catatan", fontName=REGULAR, fontSize=8, leading=10))


def tabel_pdf(headers: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float],
              body: Any, *, kanan: Collection[int] = (), jumlah: bool = False) -> Any:
    """A gridded table repeating its header on each page; every cell wraps. ``kanan``: the
    columns aligned right (numbers); ``jumlah``: the last row is a bold total."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import LongTable, Paragraph, TableStyle

    right = ParagraphStyle("kanan", parent=body, alignment=TA_RIGHT)
    data = [[Paragraph(f"<b>{esc(h)}</b>", body) for h in headers]]
    for n, row in enumerate(rows, start=1):
        bold = jumlah and n == len(rows)
        data.append([Paragraph(f"<b>{esc(v)}</b>" if bold else esc(v),
                               right if i in kanan else body) for i, v in enumerate(row)])
    t = LongTable(data, colWidths=list(widths), repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE6F0")),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if jumlah and rows:
        style.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F2F2F2")))
    t.setStyle(TableStyle(style))
    return t


def berjudul(d: Any, title: str) -> Any:
    """A chart drawing with its title on its top edge."""
    from reportlab.graphics.shapes import String

    from asn_desktop.reports.fonts import BOLD

    d.add(String(0, d.height - 12, title, fontName=BOLD, fontSize=9))
    return d
