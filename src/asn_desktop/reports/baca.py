"""Reading a printed sheet back from a PDF: its verification code and the values it shows.

Only the page text counts (what a person reads on the paper), never the PDF metadata. The text
is taken with pypdf as runs (text, position, bold or not, size) and grouped into cells (the
paragraphs a table cell or a line was drawn from). Values are found by their printed labels
(``reports.ringkasan``) the way an officer reads the sheet:

* the identity blocks: the cell right of "NAMA" / "NIP" (pegawai on the left, or the first of
  the Dokumen's three blocks; the pejabat penilai beside it, or the second block);
* the signature block ("NIP. …" under the pegawai's name) and the footer line
  ("Evaluasi Kinerja Pegawai — nama — NIP …") repeat the name and NIP;
* "PERIODE PENILAIAN: …" on every page that has a header;
* option lines (capaian, ratings, predikat on the Evaluasi): the option printed in bold, the
  others being struck through; on the Dokumen the value is printed plainly;
* the status: the mark printed large across each page ("KONSEP", "DIAJUKAN"), none = approved.

Every occurrence is kept, so a value changed in one place and not in another is caught as well.
A value that cannot be found is simply missing (the caller treats that as not matching).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asn_desktop.reports.content import DOKUMEN_LABEL
from asn_desktop.reports.ringkasan import (
    DISETUJUI,
    JUDUL,
    LABEL_CAPAIAN_DOKUMEN,
    LABEL_CAPAIAN_EVALUASI,
    LABEL_PERIODE_PENILAIAN,
    LABEL_PREDIKAT_DOKUMEN,
    LABEL_PREDIKAT_EVALUASI,
    LABEL_RATING_HASIL_KERJA,
    LABEL_RATING_PERILAKU_KERJA,
    teks,
)

RE_KODE = re.compile(r"Kode verifikasi:\s*([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})")
_RE_FOOTER = re.compile(
    "^(" + "|".join(re.escape(v) for v in DOKUMEN_LABEL.values())
    + r") \u2014 (.+) \u2014 NIP (\S+)$"
)
_JUDUL_BY_LABEL = {label: JUDUL[kind] for kind, label in DOKUMEN_LABEL.items()}
_TITLES = frozenset(JUDUL.values())
MARK_SIZE = 30.0  # text at least this large is the status mark across a page
_ROW = 1.5  # points: cells whose first lines lie this close belong to one table row


class PdfTidakTerbaca(Exception):
    """The file is not a PDF pypdf can read."""


@dataclass(frozen=True)
class Run:
    text: str
    x: float
    y: float
    bold: bool
    size: float


@dataclass
class Cell:
    """The runs drawn from one origin (a paragraph or a line in a table cell)."""

    page: int
    x: float
    y: float
    runs: list[Run] = field(default_factory=list)

    @property
    def top(self) -> float:
        return max(r.y for r in self.runs)

    def lines(self, *, bold_only: bool = False) -> list[str]:
        by_y: dict[float, list[str]] = {}
        for r in self.runs:
            if bold_only and not r.bold:
                continue
            by_y.setdefault(round(r.y, 1), []).append(r.text)
        return [teks("".join(parts)) for _y, parts in sorted(by_y.items(), key=lambda kv: -kv[0])]

    @property
    def text(self) -> str:
        return teks(" ".join(self.lines()))

    @property
    def bold_text(self) -> str:
        return teks(" ".join(x for x in self.lines(bold_only=True) if x))


@dataclass
class Halaman:
    """One page: its cells, the footer lines, its code, its status mark and width."""

    index: int
    width: float
    cells: list[Cell]
    footer: list[str]
    kode: str | None
    tanda: str  # "" = none


@dataclass
class LembarTerbaca:
    """A sheet found in a PDF: its code, its pages and every occurrence of each value."""

    kode: str  # formatted XXXX-XXXX-XXXX, as printed
    halaman: list[int]
    nilai: dict[str, list[str]] = field(default_factory=dict)
    kata: set[str] = field(default_factory=set)  # every word of its content (``kata_halaman``)

    def add(self, name: str, value: str | None) -> None:
        if value is not None:
            self.nilai.setdefault(name, []).append(teks(value))


def _runs(page: Any) -> tuple[list[Cell], list[str]]:
    """Cells (grouped by drawing origin) and the footer lines of one page."""
    cells: dict[tuple[float, float], Cell] = {}
    index = 0

    def visit(text: str, cm: Sequence[float], tm: Sequence[float], font: Any,
              size: float) -> None:
        if not text or not text.strip():
            return
        a, b, c, d, e, f = (float(v) for v in cm)
        tx, ty = float(tm[4]), float(tm[5])
        x, y = tx * a + ty * c + e, tx * b + ty * d + f
        base = str((font or {}).get("/BaseFont", "")) if hasattr(font, "get") else ""
        run = Run(text.replace("\n", ""), x, y, "bold" in base.lower(), float(size or 0))
        key = (round(e, 1), round(f, 1))
        cell = cells.get(key)
        if cell is None:
            cell = cells[key] = Cell(index, e, f)
        cell.runs.append(run)

    page.extract_text(visitor_text=visit)
    # the footer is drawn straight on the page (no origin of its own): one line per height,
    # its pieces (code, page number) in reading order
    footer_cell = cells.pop((0.0, 0.0), None)
    footer: list[str] = []
    if footer_cell is not None:
        by_y: dict[float, list[Run]] = {}
        for r in footer_cell.runs:
            by_y.setdefault(round(r.y, 1), []).append(r)
        footer = [" ".join(teks(r.text) for r in sorted(runs, key=lambda r: r.x))
                  for _y, runs in sorted(by_y.items(), key=lambda kv: -kv[0])]
    return list(cells.values()), footer


def read_pages(source: Path | bytes) -> tuple[list[Halaman], str]:
    """Every page of the file (or of PDF bytes), and its Keywords metadata ("" when none)."""
    import io
    import logging

    from pypdf import PdfReader
    from pypdf.errors import EmptyFileError, PdfReadError, PdfStreamError

    from asn_desktop.errors import os_reason

    # pypdf logs what it repairs in a damaged file; the caller reports one line itself
    quiet = logging.getLogger("pypdf")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else str(source))
        meta = reader.metadata
        keywords = str(meta.get("/Keywords", "") if meta else "")
        out: list[Halaman] = []
        for i, page in enumerate(reader.pages):
            cells, footer = _runs(page)
            for cell in cells:
                cell.page = i
            marks = [teks(r.text) for c in cells for r in c.runs if r.size >= MARK_SIZE]
            kode = next((m[1] for line in footer if (m := RE_KODE.search(line))), None)
            if kode is None:  # a page drawn by some other tool: look in all its text
                kode = next((m[1] for c in cells if (m := RE_KODE.search(c.text))), None)
            out.append(Halaman(i, float(page.mediabox.width), cells, footer, kode,
                               " ".join(marks)))
    except EmptyFileError:
        raise PdfTidakTerbaca("berkasnya kosong") from None
    except OSError as exc:
        raise PdfTidakTerbaca(os_reason(exc)) from None
    except (PdfReadError, PdfStreamError, ValueError, KeyError, TypeError) as exc:
        logging.getLogger(__name__).info("PDF tidak terbaca: %s", exc)  # pypdf's own words
        raise PdfTidakTerbaca("isinya rusak atau bukan PDF") from None
    finally:
        quiet.setLevel(level)
    return out, keywords


# --------------------------------------------------------------------------------- finding


def _labelled(cells: Iterable[Cell], label: str) -> list[Cell]:
    return [c for c in cells if c.text == label]


def _right_of(cells: Sequence[Cell], label: Cell) -> Cell | None:
    row = [c for c in cells if c is not label and c.x > label.x + 1
           and abs(c.top - label.top) <= _ROW]
    return min(row, key=lambda c: c.x) if row else None


def _below(cells: Sequence[Cell], anchor: Cell) -> Cell | None:
    col = [c for c in cells if c is not anchor and abs(c.x - anchor.x) <= _ROW
           and c.top < anchor.top - _ROW]
    return max(col, key=lambda c: c.top) if col else None


def _above(cells: Sequence[Cell], anchor: Cell) -> Cell | None:
    col = [c for c in cells if c is not anchor and abs(c.x - anchor.x) <= _ROW
           and c.top > anchor.top + _ROW]
    return min(col, key=lambda c: c.top) if col else None


def _identities(cells: Sequence[Cell]) -> list[tuple[str, str | None, str | None]]:
    """("pegawai" | "penilai" | "atasan", nama, nip) for each identity block on a page."""
    labels = sorted(_labelled(cells, "NAMA"), key=lambda c: (-round(c.top), c.x))
    rows: list[list[Cell]] = []
    for c in labels:
        if rows and abs(rows[-1][0].top - c.top) <= _ROW:
            rows[-1].append(c)
        else:
            rows.append([c])
    order: list[Cell] = []
    if any(len(r) > 1 for r in rows):  # SKP / Evaluasi: pegawai | penilai side by side
        for r in rows:
            order += sorted(r, key=lambda c: c.x)
    else:  # Dokumen: the three blocks one under the other
        order = [r[0] for r in rows]
    out = []
    for role, label in zip(("pegawai", "penilai", "atasan"), order, strict=False):
        nama = _right_of(cells, label)
        nip_label = _below(cells, label)
        nip = None
        if nip_label is not None and nip_label.text.startswith("NIP"):
            value = _right_of(cells, nip_label)
            nip = value.text if value is not None else None
        out.append((role, nama.text if nama is not None else None, nip))
    return out


def _value(cells: Sequence[Cell], label: str, *, below: bool = False,
           bold: bool = False) -> list[str]:
    out = []
    for lab in _labelled(cells, label):
        cell = _below(cells, lab) if below else _right_of(cells, lab)
        if cell is not None:
            out.append(cell.bold_text if bold else cell.text)
    return out


def _read_page(sheet: LembarTerbaca, hal: Halaman) -> None:
    cells = hal.cells
    for c in cells:
        if c.text in _TITLES and all(r.bold for r in c.runs):
            sheet.add("dokumen", c.text)
        if c.text.startswith(LABEL_PERIODE_PENILAIAN):
            sheet.add("periode", c.text.removeprefix(LABEL_PERIODE_PENILAIAN))
        if c.text.startswith("NIP. ") and c.x < hal.width * 0.35:  # pegawai's signature
            sheet.add("nip", c.text.removeprefix("NIP. "))
            above = _above(cells, c)
            if above is not None:
                sheet.add("nama", above.text)
    for role, nama, nip in _identities(cells):
        if role == "pegawai":
            sheet.add("nama", nama)
            sheet.add("nip", nip)
        elif role == "penilai":
            sheet.add("penilai", nama)
    for name, label, below, bold in (
        ("capaian", LABEL_CAPAIAN_EVALUASI, True, True),
        ("rating_hasil_kerja", LABEL_RATING_HASIL_KERJA, False, True),
        ("rating_perilaku_kerja", LABEL_RATING_PERILAKU_KERJA, False, True),
        ("predikat", LABEL_PREDIKAT_EVALUASI, False, True),
        ("capaian", LABEL_CAPAIAN_DOKUMEN, False, False),
        ("predikat", LABEL_PREDIKAT_DOKUMEN, False, False),
    ):
        for v in _value(cells, label, below=below, bold=bold):
            sheet.add(name, v)
    for line in hal.footer:
        m = _RE_FOOTER.match(line)
        if m:
            sheet.add("dokumen", _JUDUL_BY_LABEL[m[1]])
            sheet.add("nama", m[2])
            sheet.add("nip", m[3])
    sheet.add("status", hal.tanda or DISETUJUI)


def kata_halaman(hal: Halaman) -> set[str]:
    """The words a page shows from the sheet's content: every cell, not the footer (code,
    instructions, page number, which belong to the printing) nor the status mark."""
    return {w for c in hal.cells for r in c.runs if r.size < MARK_SIZE for w in r.text.split()}


def sheets_in(pages: Sequence[Halaman]) -> list[LembarTerbaca]:
    """The sheets of a file, in order: pages grouped by the code printed on them, each with
    the values read from its pages. Pages without a code belong to no sheet."""
    found: dict[str, LembarTerbaca] = {}
    for hal in pages:
        if hal.kode is None:
            continue
        sheet = found.get(hal.kode)
        if sheet is None:
            sheet = found[hal.kode] = LembarTerbaca(hal.kode, [])
        sheet.halaman.append(hal.index)
        sheet.kata |= kata_halaman(hal)
        _read_page(sheet, hal)
    return list(found.values())
