"""Spreadsheets for people who live in Excel: a bold frozen header, an autofilter, columns as
wide as their content, dates as real dates and numbers as numbers (openpyxl, no Qt).

    buku = Buku()
    buku.tabel("Pegawai", ["NIP", "Nama", "Tanggal lahir"], rows)
    buku.simpan(path)   # written beside the target first, then moved into place
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

FORMAT_TANGGAL = "DD-MM-YYYY"
FORMAT_WAKTU = "DD-MM-YYYY HH:MM"
LEBAR_MIN, LEBAR_MAX = 6, 60
_HEADER_FILL = PatternFill("solid", start_color="DDE6F0")


class Buku:
    """One workbook; each ``tabel`` call adds a sheet."""

    def __init__(self) -> None:
        self.wb = Workbook()
        self._kosong = True

    def lembar(self, judul: str) -> Worksheet:
        """A new sheet (the workbook's first, unused one is reused)."""
        if self._kosong:
            ws = self.wb.active
            assert isinstance(ws, Worksheet)
            ws.title = judul[:31]
            self._kosong = False
            return ws
        return self.wb.create_sheet(judul[:31])

    def tabel(self, judul: str, headers: Sequence[str], rows: Iterable[Sequence[Any]],
              lebar: Sequence[int] | None = None) -> Worksheet:
        """A sheet with ``headers`` frozen on top and ``rows`` below; returns the sheet."""
        ws = self.lembar(judul)
        ws.append(list(headers))
        widths = [len(h) for h in headers]
        for row in rows:
            ws.append(list(row))
            for i, v in enumerate(row[: len(widths)]):
                widths[i] = max(widths[i], _panjang(v))
        tata_tabel(ws, len(headers), lebar or widths)
        return ws

    def simpan(self, path: Path) -> Path:
        """Write the workbook atomically (a half-written file never takes the name)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.sementara")
        try:
            self.wb.save(tmp)
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        return path


def tata_tabel(ws: Worksheet, kolom: int, lebar: Sequence[int]) -> None:
    """Header style, frozen first row, autofilter, widths and date formats of a filled sheet."""
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    ws.freeze_panes = "A2"
    if ws.max_row > 1 and kolom:
        ws.auto_filter.ref = f"A1:{get_column_letter(kolom)}{ws.max_row}"
    for i, w in enumerate(lebar, start=1):
        ws.column_dimensions[get_column_letter(i)].width = max(LEBAR_MIN, min(LEBAR_MAX, w + 2))
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if cell.data_type == "f":
                # text that looks like a formula ("=HYPERLINK(…)" in a name) stays text
                cell.data_type = "s"
            elif isinstance(cell.value, datetime):
                cell.number_format = FORMAT_WAKTU
            elif isinstance(cell.value, date):
                cell.number_format = FORMAT_TANGGAL


def _panjang(v: Any) -> int:
    if v is None:
        return 0
    if isinstance(v, date):
        return 10
    return max((len(line) for line in str(v).splitlines()), default=0)
