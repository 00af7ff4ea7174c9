"""The page canvas: page geometry, the verification stamp (``Cap``) with its code and QR code,
the footer that prints "Halaman X dari Y" under every page, and the canvas and marker flowable
that number each sheet of a combined file on its own and stamp it. The building blocks of a
sheet's content (styles, letterhead, tables) are in layout.py, which re-exports these names."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from asn_desktop.reports import fonts

# ------------------------------------------------------------------------- page geometry

MARGIN_X = 14 * mm
MARGIN_TOP = 11 * mm
MARGIN_BOTTOM = 27 * mm  # room for the footer: code, QR, page number
FOOTER_QR = 18 * mm  # with its quiet zone; a version-3 code gets modules of about 0.5 mm

# ------------------------------------------------------------------------ footer and canvas

# How an officer checks a sheet, printed under its code (no shell command: the reader of the
# paper uses the application).
CARA_PERIKSA = (
    "Periksa keaslian lembar ini dengan memindai kode QR atau memasukkan kode verifikasi di "
    "aplikasi Kinerja ASN (menu Cetak, tombol Verifikasi lembar), lalu cocokkan nama, NIP, "
    "periode, rating, predikat dan status yang ditampilkan dengan lembar ini."
)


@dataclass(frozen=True)
class Cap:
    """The verification stamp of one sheet: code shown, QR payload, and a status mark."""

    kode: str = ""  # as printed, "ABCD-EFGH-JKMN"; "" prints no code and no QR
    qr_payload: str = ""
    tanda: str = ""  # "KONSEP": printed diagonally across every page of the sheet
    keterangan: str = ""  # short footer text, e.g. "Evaluasi Kinerja Pegawai — Nama (NIP)"


QR_BORDER = 4  # quiet zone, in modules: the four ISO/IEC 18004 asks for


@lru_cache(maxsize=64)
def qr_modules(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The QR matrix (level M). Mask pattern 0 is used instead of trying all eight: any mask
    is valid and readers do not care, and the search costs ~10 ms a sheet."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(payload)
    qr.version = qr.calculate_version()
    qr.makeImpl(False, 0)
    return tuple(tuple(bool(v) for v in row) for row in qr.modules)


def qr_form(c: Canvas, payload: str) -> tuple[str, int]:
    """Define (once per file) a form holding the QR in module units; returns (name, size)."""
    rows = qr_modules(payload)
    n = len(rows) + 2 * QR_BORDER
    name = "qr" + hashlib.sha1(payload.encode()).hexdigest()[:16]
    done: set[str] = c.__dict__.setdefault("asn_forms", set())
    if name in done:
        return name, n
    c.beginForm(name, lowerx=0, lowery=0, upperx=n, uppery=n)
    p = c.beginPath()
    for r, row in enumerate(rows):
        col = 0
        while col < len(row):
            if row[col]:
                start = col
                while col < len(row) and row[col]:
                    col += 1
                p.rect(start + QR_BORDER, n - (r + QR_BORDER + 1), col - start, 1)
            else:
                col += 1
    c.setFillColor(colors.black)
    c.drawPath(p, stroke=0, fill=1)
    c.endForm()
    done.add(name)
    return name, n


def draw_qr(c: Canvas, payload: str, x: float, y: float, size: float) -> None:
    name, n = qr_form(c, payload)
    c.saveState()
    c.translate(x, y)
    c.scale(size / n, size / n)
    c.doForm(name)
    c.restoreState()


def draw_footer(c: Canvas, cap: Cap | None, page: int, pages: int) -> None:
    width, _ = c._pagesize
    c.saveState()
    if cap is not None and cap.tanda:
        c.saveState()
        c.setFillColor(colors.Color(0.55, 0.55, 0.55, alpha=0.22))
        c.setFont(fonts.BOLD, 64)
        w, h = c._pagesize
        c.translate(w / 2, h / 2)
        c.rotate(32)
        c.drawCentredString(0, -20, cap.tanda)
        c.restoreState()
    base = 7 * mm
    right = width - MARGIN_X
    text_right = right
    top = base + 12 * mm  # the code and page number line
    lines: list[str] = []
    if cap is not None and cap.kode:
        draw_qr(c, cap.qr_payload, right - FOOTER_QR, base, FOOTER_QR)
        text_right = right - FOOTER_QR - 3 * mm
        c.setFont(fonts.BOLD, 8)
        c.drawString(MARGIN_X, top, f"Kode verifikasi: {cap.kode}")
        lines += simpleSplit(CARA_PERIKSA, fonts.REGULAR, 6.8, text_right - MARGIN_X)[:3]
    if cap is not None and cap.keterangan:
        lines.append(cap.keterangan)
    c.setFont(fonts.REGULAR, 6.8)
    for i, line in enumerate(lines):
        c.drawString(MARGIN_X, top - (3.4 + 2.8 * i) * mm, line)
    c.setFont(fonts.REGULAR, 8)
    c.drawRightString(text_right, top, f"Halaman {page} dari {pages}")
    c.restoreState()


class SheetCanvas(Canvas):  # type: ignore[misc]
    """Keeps every page until ``save`` so each sheet's pages can be numbered "X dari Y"
    (numbering restarts for each sheet of a combined file) and stamped."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.asn_pages: list[dict[str, Any]] = []
        self.asn_sheet = -1
        self.asn_caps: dict[int, Cap] = {}

    def showPage(self) -> None:
        self.asn_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        per_sheet = Counter(state["asn_sheet"] for state in self.asn_pages)
        seen: Counter[int] = Counter()
        caps = self.asn_caps
        for state in self.asn_pages:
            self.__dict__.update(state)
            sheet = state["asn_sheet"]
            seen[sheet] += 1
            draw_footer(self, caps.get(sheet), seen[sheet], per_sheet[sheet])
            Canvas.showPage(self)
        Canvas.save(self)


class SheetStart(Flowable):  # type: ignore[misc]
    """Zero-size marker: the pages from here on belong to sheet ``index`` (see SheetCanvas)."""

    def __init__(self, index: int, cap: Cap | None,
                 on_start: Callable[[int], None] | None = None) -> None:
        super().__init__()
        self.index, self.cap, self.on_start = index, cap, on_start
        self.width = self.height = 0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        if self.on_start is not None:
            self.on_start(self.index)
        canv = self.canv
        canv.asn_sheet = self.index
        if self.cap is not None:
            canv.asn_caps[self.index] = self.cap
