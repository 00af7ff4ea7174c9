"""Shared layout: styles, letterhead, identity and signature blocks, option lines with the
unused options struck through. The page canvas that prints "Halaman X dari Y", the
verification code and its QR code on every page of every sheet is in layout_halaman.py; its
names are re-exported here."""

from __future__ import annotations

import io
from collections.abc import Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, FrameBreak, Paragraph, Spacer, Table, TableStyle

from asn_desktop.reports import fonts, tata_letak
from asn_desktop.reports.content import Identitas, Kop, Penandatangan, Pilihan
from asn_desktop.reports.layout_halaman import CARA_PERIKSA as CARA_PERIKSA
from asn_desktop.reports.layout_halaman import FOOTER_QR as FOOTER_QR
from asn_desktop.reports.layout_halaman import MARGIN_BOTTOM as MARGIN_BOTTOM
from asn_desktop.reports.layout_halaman import MARGIN_TOP as MARGIN_TOP
from asn_desktop.reports.layout_halaman import MARGIN_X as MARGIN_X
from asn_desktop.reports.layout_halaman import QR_BORDER as QR_BORDER
from asn_desktop.reports.layout_halaman import Cap as Cap
from asn_desktop.reports.layout_halaman import SheetCanvas as SheetCanvas
from asn_desktop.reports.layout_halaman import SheetStart as SheetStart
from asn_desktop.reports.layout_halaman import draw_footer as draw_footer
from asn_desktop.reports.layout_halaman import draw_qr as draw_qr
from asn_desktop.reports.layout_halaman import qr_form as qr_form
from asn_desktop.reports.layout_halaman import qr_modules as qr_modules
from asn_desktop.reports.ringkasan import LABEL_PERIODE_PENILAIAN
from asn_desktop.reports.tata_letak import tandai

# --------------------------------------------------------------------------------- constants

LINE = 0.5
GREY_HEAD = colors.HexColor("#E6E6E6")
GREY_SECTION = colors.HexColor("#F2F2F2")
PAD = 2.6
# Tables split between rows. Splitting inside a row (reportlab's splitInRow, whose value is the
# least height of a piece) is only turned on for a table holding a row too tall for a page, or
# for a whole rebuild after reportlab reported a flowable too large (see render.py): reportlab's
# in-row splitting misbehaves around spans, so it is not used where rows fit.
SPLIT_MIN = 40 * mm
# Empty cells are drawn as strings in the table's font: keep that the embedded one too.
FONT_CMD = ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR)
GIANT_ROW = 140 * mm
SPLIT_ROWS: ContextVar[bool] = ContextVar("asn_split_rows", default=False)


@dataclass(frozen=True)
class KotakTtd:
    """Where a signature block was drawn: its page (1-based) and the free middle column
    between the two signers, in PDF points (x1, y1, x2, y2). A PDF signature's visible field
    goes there."""

    halaman: int
    kotak: tuple[float, float, float, float]


# set by render_pdf for one build: every signature block drawn is appended here
POSISI_TTD: ContextVar[list[KotakTtd] | None] = ContextVar("asn_posisi_ttd", default=None)


class SignatureTable(Table):  # type: ignore[misc]
    """The signature block; records where it lands (see KotakTtd)."""

    def __init__(self, *args: Any, kolom: float = 0.0, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._kolom = kolom

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []  # a signature block is never cut in two

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        super().drawOn(canvas, x, y, _sW)
        found = POSISI_TTD.get()
        if found is not None:
            top = y + self._height
            first = self._rowHeights[0] if len(self._rowHeights) > 3 else 0.0
            found.append(KotakTtd(canvas.getPageNumber(), (
                x + self._kolom + 3, y + 2, x + self._width - self._kolom - 3, top - first)))


def split_in_row(tallest: float = 0.0) -> float:
    """The splitInRow value for a table whose tallest row is about ``tallest`` points."""
    return SPLIT_MIN if SPLIT_ROWS.get() or tallest > GIANT_ROW else 0

# ------------------------------------------------------------------------------------ styles


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_bold: ParagraphStyle
    body_center: ParagraphStyle
    head: ParagraphStyle
    small: ParagraphStyle
    small_center: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    kop_1: ParagraphStyle
    kop_2: ParagraphStyle
    kop_3: ParagraphStyle
    kop_small: ParagraphStyle
    right: ParagraphStyle
    sign: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    fonts.register_fonts()
    r, b = fonts.REGULAR, fonts.BOLD

    def st(name: str, font: str = r, size: float = 8.2, leading: float | None = None,
           align: int = TA_LEFT, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size,
                              leading=leading or round(size * 1.24, 2), alignment=align,
                              splitLongWords=True, **kw)

    return Styles(
        body=st("body"),
        body_bold=st("body_bold", b),
        body_center=st("body_center", align=TA_CENTER),
        head=st("head", b, 7.6, align=TA_CENTER),
        small=st("small", size=6.8),
        small_center=st("small_center", size=6.8, align=TA_CENTER),
        title=st("title", b, 11.5, align=TA_CENTER),
        subtitle=st("subtitle", b, 9.5, align=TA_CENTER),
        kop_1=st("kop_1", b, 12.5, align=TA_CENTER),
        kop_2=st("kop_2", b, 14.5, align=TA_CENTER),
        kop_3=st("kop_3", b, 11, align=TA_CENTER),
        kop_small=st("kop_small", size=8, align=TA_CENTER),
        right=st("right", align=TA_RIGHT),
        sign=st("sign", size=9, leading=11.5),
    )


def esc(text: str) -> str:
    """Escape for reportlab's paragraph markup; newlines become line breaks."""
    return "<br/>".join(escape(line) for line in text.split("\n"))


class Para(Paragraph):  # type: ignore[misc]
    """A Paragraph that remembers its last wrap: tables wrap each cell two or three times at
    the same width while measuring and drawing, and breaking lines is the costliest step."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        if self._wrapped is not None and self._wrapped[0] == aw:
            return self._wrapped[1]
        size: tuple[float, float] = super().wrap(aw, ah)
        self._wrapped = (aw, size)
        return size


class Line(Flowable):  # type: ignore[misc]
    """Plain text that usually fits on one line: drawn as one string, exactly where a Paragraph
    would put it, and turned into a real Paragraph only when it has to wrap. Most table cells
    are short, and a Paragraph costs several times more to parse, wrap and draw."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text, self.style = " ".join(text.split()), style  # as a Paragraph collapses blanks
        self._text_width = pdfmetrics.stringWidth(self.text, style.fontName, style.fontSize)
        self._para: Paragraph | None = None
        self._single = True
        self.width = self.height = 0.0

    def _paragraph(self) -> Paragraph:
        if self._para is None:
            self._para = Para(esc(self.text), self.style)
        return self._para

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._single = self._text_width <= aw + 1e-6
        if self._single:
            self.width, self.height = aw, self.style.leading
            return aw, self.style.leading
        w, h = self._paragraph().wrap(aw, ah)
        self.width, self.height = w, h
        return w, h

    def split(self, aw: float, ah: float) -> list[Flowable]:
        if self._text_width <= aw + 1e-6:
            return []
        parts: list[Flowable] = self._paragraph().split(aw, ah)
        return parts

    def draw(self) -> None:
        if not self._single:
            self._paragraph().drawOn(self.canv, 0, 0)
            return
        st, c = self.style, self.canv
        c.setFont(st.fontName, st.fontSize)
        c.setFillColor(st.textColor)
        y = self.height - st.fontSize
        if st.alignment == TA_CENTER:
            c.drawCentredString(self.width / 2, y, self.text)
        elif st.alignment == TA_RIGHT:
            c.drawRightString(self.width, y, self.text)
        else:
            c.drawString(0, y, self.text)


def para(text: str, style: ParagraphStyle | None = None) -> Flowable:
    st = style or styles().body
    if "\n" in text or not text.strip():
        return Para(esc(text), st)
    return Line(text, st)


def markup(xml: str, style: ParagraphStyle | None = None) -> Paragraph:
    return Para(xml, style or styles().body)


# ------------------------------------------------------------------------------ option lines


_NUMBERED_PREFIXES = ("TRIWULAN ", "SEMESTER ")


def pilihan_markup(p: Pilihan) -> str:
    """"SANGAT BAIK/ <strike>BAIK</strike>/ ..." with the chosen option in bold.

    For a leading "TRIWULAN I" / "SEMESTER I" only the numeral is struck, as by hand."""
    if p.terpilih is None:
        return esc(p.opsi)
    want = p.terpilih.strip().upper()
    parts = p.opsi.split("/")
    if not any(part.strip().upper() == want for part in parts):
        return esc(p.opsi)  # not one of the options: print it unstruck rather than lie
    out: list[str] = []
    for i, part in enumerate(parts):
        lead = part[: len(part) - len(part.lstrip())]
        word = part.strip()
        if word.upper() == want:
            out.append(f"{escape(lead)}<b>{escape(word)}</b>")
            continue
        prefix = ""
        if i == 0 and word.upper().startswith(_NUMBERED_PREFIXES) and " " in word:
            prefix, word = word.rsplit(" ", 1)
            prefix += " "
        out.append(f"{escape(lead)}{escape(prefix)}<strike>{escape(word)}</strike>")
    return "/".join(out)


# ------------------------------------------------------------------------------- letterhead


class LogoImage(Flowable):  # type: ignore[misc]
    """A PNG scaled to fit a ``width`` × ``height`` box, aspect kept, centred."""

    def __init__(self, png: bytes, width: float, height: float | None = None) -> None:
        super().__init__()
        box_h = width if height is None else height
        # a reader per sheet: one shared between files embeds raw pixels after the first
        self.reader = ImageReader(io.BytesIO(_png_cetak(png, width, box_h)))
        iw, ih = self.reader.getSize()
        scale = min(width / iw, box_h / ih)
        self.iw, self.ih = iw * scale, ih * scale
        self.width, self.height = width, self.ih if height is not None else box_h

    def draw(self) -> None:
        self.canv.drawImage(self.reader, (self.width - self.iw) / 2, (self.height - self.ih) / 2,
                            self.iw, self.ih, mask="auto")


CETAK_DPI = 300  # finer than any office printer shows: pixels beyond it only cost time


@lru_cache(maxsize=8)
def _png_cetak(png: bytes, width: float, height: float) -> bytes:
    """The PNG brought down to CETAK_DPI for its box once per process (a kop surat of 4096
    pixels is drawn 267 mm wide): every sheet of a print run shares it."""
    from PIL import Image

    with Image.open(io.BytesIO(png)) as im:
        scale = min(1.0, width / 72 * CETAK_DPI / im.width, height / 72 * CETAK_DPI / im.height)
        if scale >= 0.5:  # (a little above CETAK_DPI is cheaper kept than resampled)
            return png
        kecil = im.resize((max(1, round(im.width * scale)), max(1, round(im.height * scale))),
                          Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    kecil.save(buf, "PNG", optimize=True)
    return buf.getvalue()  # PNG bytes: reportlab embeds the compressed data as it is


def logo_usable(png: bytes | None) -> bool:
    """Whether the image can be drawn: decoded in full here, so that data written before the
    checks (or by hand) never stops a print run halfway; an unusable image is left out."""
    if not png:
        return False
    try:
        from PIL import Image

        with Image.open(io.BytesIO(png)) as im:
            im.load()
        ImageReader(io.BytesIO(png)).getSize()
    except Exception:
        return False
    return True


KOP_TINGGI = 32 * mm  # the tallest a letterhead image is drawn
LAMBANG_TINGGI = 19 * mm  # the Garuda above the Dokumen's title


def kop(k: Kop, png: bytes | None, width: float) -> list[Flowable]:
    """The letterhead of an SKP or Evaluasi: the kop surat image set for the unit (or in
    Pengaturan), drawn across the page; nothing when none is set, as in the Lampiran forms.
    A format-1 sheet's text letterhead is drawn again only to check such sheets."""
    if k.judul:
        from asn_desktop.reports.kop_lama import kop_teks

        return tandai_semua(kop_teks(k, png, width), "kop")
    if not (png and k.logo_sha256):
        return []
    return [tandai(LogoImage(png, width, KOP_TINGGI), "kop"), Spacer(1, 3 * mm)]


def lambang(k: Kop, png: bytes | None, width: float) -> list[Flowable]:
    """The Dokumen Evaluasi's emblem (the Garuda) centred above its title, as set in
    Pengaturan; nothing when none is set."""
    if k.judul:
        return kop(k, png, width)
    if not (png and k.logo_sha256):
        return []
    return [tandai(LogoImage(png, width, LAMBANG_TINGGI), "kop"), Spacer(1, 2.5 * mm)]


def tandai_semua(items: list[Flowable], jenis: str) -> list[Flowable]:
    for f in items:
        if not isinstance(f, Spacer):
            tandai(f, jenis)
    return items


def titles(lines: Sequence[str], extra: Sequence[Paragraph] = ()) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = []
    for i, text in enumerate(lines):
        out.append(para(text, st.title if i == 0 else st.subtitle))
    out += list(extra)
    out.append(Spacer(1, 2.5 * mm))
    return out


def periode_line(p: Pilihan) -> Paragraph:
    return markup(f"PERIODE: {pilihan_markup(p)}", styles().subtitle)


def header_row(instansi: str, periode_penilaian: str, width: float) -> Table:
    st = styles()
    t = Table(
        [[para(instansi, st.body_bold),
          markup(f"<b>{LABEL_PERIODE_PENILAIAN}</b> {esc(periode_penilaian)}", st.right)]],
        colWidths=[width * 0.45, width * 0.55],
    )
    t.setStyle(TableStyle([
        FONT_CMD,
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]))
    return t


# --------------------------------------------------------------------------- shared tables


def grid_style(extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    return TableStyle([
        FONT_CMD,
        ("GRID", (0, 0), (-1, -1), LINE, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD - 0.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
        *extra,
    ])


class FramedTable(Table):  # type: ignore[misc]
    """A table that draws its outer frame around each piece it is split into, so a row split
    across pages is closed at the page foot and opened again under the repeated heading.

    Its pieces keep the table's layout tag (see tata_letak), numbered in order; ``asn_awal``
    is the height of what must start together (heading rows and the first data row), which
    the layout check compares with the room the table was offered."""

    asn_bagian = 0
    asn_utuh = True
    asn_awal_baris = 0  # rows that must start together (0: not recorded)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts, awal = self.asn_pecah(availWidth, availHeight)
        tag = getattr(self, "asn_blok", None)
        if tag is None:
            return parts
        if (not parts and self.asn_bagian == 0 and self.asn_awal_baris
                and not getattr(self, "asn_coba", False)):
            canv = getattr(self, "canv", None)
            if canv is not None:
                tata_letak.catat(tata_letak.Blok(
                    getattr(canv, "asn_sheet", -1), canv.getPageNumber(),
                    tata_letak.COBA + tag, ruang=availHeight,
                    butuh=sum(awal._rowHeights[:self.asn_awal_baris])))
        for i, part in enumerate(parts):
            part.asn_blok, part.asn_bagian, part.asn_utuh = tag, self.asn_bagian + i, False
        return parts

    def asn_pecah(self, availWidth: float,
                  availHeight: float) -> tuple[list[Flowable], FramedTable]:
        """The pieces (reportlab's split) and the table whose first rows they start with."""
        return super().split(availWidth, availHeight), self

    def asn_baris_data(self) -> int:
        return len(self._cellvalues) - (self.repeatRows if isinstance(self.repeatRows, int)
                                        else len(self.repeatRows))

    def draw(self) -> None:
        super().draw()
        c = self.canv
        c.saveState()
        c.setLineWidth(LINE)
        c.setStrokeColor(colors.black)
        c.rect(0, 0, self._width, self._height, stroke=1, fill=0)
        c.restoreState()


IDENT_LABELS = ("NAMA", "NIP", "PANGKAT/GOL. RUANG", "JABATAN")


def _ident_rows(who: Identitas) -> list[tuple[str, str]]:
    return [
        ("NAMA", who.nama),
        (who.label_nip, who.nip),
        ("PANGKAT/GOL. RUANG", who.pangkat),
        ("JABATAN", who.jabatan),
        (who.label_unit, who.unit_kerja),
    ]


def identity_pair(pegawai: Identitas, penilai: Identitas, width: float) -> Table:
    """NO | PEGAWAI YANG DINILAI | NO | PEJABAT PENILAI KINERJA, rows 1–5 side by side."""
    st = styles()
    no, label = 7 * mm, 35 * mm
    value = (width - 2 * no - 2 * label) / 2
    data: list[list[Any]] = [[
        para("NO", st.head), para("PEGAWAI YANG DINILAI", st.head), "",
        para("NO", st.head), para("PEJABAT PENILAI KINERJA", st.head), "",
    ]]
    for i, ((la, va), (lb, vb)) in enumerate(
        zip(_ident_rows(pegawai), _ident_rows(penilai), strict=True), start=1
    ):
        data.append([para(str(i), st.body_center), para(la), para(va),
                     para(str(i), st.body_center), para(lb), para(vb)])
    t = Table(data, colWidths=[no, label, value, no, label, value], repeatRows=1)
    t.setStyle(grid_style([
        ("SPAN", (1, 0), (2, 0)),
        ("SPAN", (4, 0), (5, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), GREY_HEAD),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
    ]))
    return t


def labelled_options(rows: Sequence[tuple[str, Pilihan]], width: float) -> Table:
    """Boxed "RATING HASIL KERJA* | DIATAS EKSPEKTASI/ ..." lines."""
    st = styles()
    label = min(62 * mm, width * 0.36)
    t = Table([[para(lbl, st.body_bold), markup(pilihan_markup(p))] for lbl, p in rows],
              colWidths=[label, width - label])
    t.setStyle(grid_style([("BACKGROUND", (0, 0), (0, -1), GREY_SECTION)]))
    return t


def signatures(left: Penandatangan, right: Penandatangan, width: float) -> Table:
    """Two signature columns (left the pegawai, right the pejabat penilai), row by row so
    titles, names and NIPs line up even when a long name wraps."""
    st = styles()
    dated = bool(left.tempat_tanggal or right.tempat_tanggal)

    def rows(p: Penandatangan) -> list[Any]:
        return [
            para(p.tempat_tanggal, st.sign) if p.tempat_tanggal else "",
            para(p.sebutan, st.sign),
            "",
            markup(f"<b><u>{esc(p.nama)}</u></b>", st.sign),
            para(f"NIP. {p.nip}", st.sign) if p.nip else "",
        ]

    a, b = rows(left), rows(right)
    data = [[x, "", y] for x, y in zip(a, b, strict=True)]
    if not dated:
        data = data[1:]
    col = width * 0.42
    heights: list[float | None] = [None] * len(data)
    heights[-3] = 19 * mm
    t = tandai(SignatureTable(data, colWidths=[col, width - 2 * col, col], rowHeights=heights,
                              kolom=col), tata_letak.TTD)
    t.setStyle(TableStyle([
        FONT_CMD,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return t


class TetapBersama(Flowable):  # type: ignore[misc]
    """A table and what follows it (rating lines, the signature block), laid out so that what
    follows never starts a page alone: when it does not fit under the table, the table's last
    rows go over with it. Like KeepTogether it reports itself too tall and lays its parts out
    in ``split``."""

    def __init__(self, table: Table, tail: Sequence[Flowable]) -> None:
        super().__init__()
        self.table, self.tail = table, list(tail)
        self._ditunda = False  # split once gave up a page for it

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return aw, 0xFFFFFF

    def split(self, aw: float, ah: float) -> list[Flowable]:
        th = self.table.wrapOn(self.canv, aw, ah)[1]
        tail_h = self._tail_height(aw, ah)
        if th + tail_h <= ah:
            return [self.table, *self.tail]
        frame = getattr(self, "_frame", None)
        page_h = frame._height if frame is not None else ah
        parts = self._pieces(aw, ah, th, page_h, tail_h, frame)
        if len(parts) >= 2:
            # the rest starts the next page (never a second piece, with its heading again,
            # in what is left of this one)
            return [parts[0], FrameBreak(), TetapBersama(parts[1], self.tail)]
        if self._ditunda or (frame is not None and frame._atTop):
            # on a fresh page and still too tall to keep together
            return [self.table, *self.tail]
        self._ditunda = True
        return []

    def _tail_height(self, aw: float, ah: float) -> float:
        return float(sum(f.wrapOn(self.canv, aw, ah)[1] + f.getSpaceBefore()
                         + f.getSpaceAfter() for f in self.tail))

    def _split(self, table: Table, aw: float, at: float, frame: Any,
               probe: bool) -> list[Flowable]:
        if at <= 0:
            return []
        table._frame = frame  # a table measures the page's height for in-row splits
        table.asn_coba = probe  # a trial, not the room the page offers (see FramedTable)
        try:
            parts: list[Flowable] = table.splitOn(self.canv, aw, at)
        finally:
            del table._frame, table.asn_coba
        return parts

    def _pieces(self, aw: float, ah: float, th: float, page_h: float, tail_h: float,
                frame: Any) -> list[Flowable]:
        """Where to cut the table. When it fits here but the tail does not, its last two rows
        go over with the tail (one when two cannot). When it does not fit, as much as fits
        stays here, or up to three rows less if that lets the rest end well (see
        ``_ends_well``). A row split inside keeps at least SPLIT_MIN on each side."""
        rows = list(self.table._rowHeights or [])
        if th <= ah:
            cuts = [th - sum(rows[-2:]) + 0.01, th - rows[-1] + 0.01] if rows else []
            cuts.append(th - SPLIT_MIN - 1)
        else:
            cuts = [ah, min(ah, th - SPLIT_MIN - 1)]
        first: list[Flowable] = []
        for at in cuts:
            first = self._split(self.table, aw, min(at, ah), frame, probe=at != ah)
            if len(first) >= 2:
                break
        parts = first
        for _ in range(3 if th > ah else 0):
            if len(parts) < 2 or self._ends_well(parts[1], aw, page_h, tail_h, frame):
                break
            here = parts[0]
            kept = here._rowHeights if isinstance(here, Table) else []
            if len(kept) < 2:
                break
            parts = self._split(self.table, aw, sum(kept[:-1]) + 0.01, frame, probe=True)
        return parts if len(parts) >= 2 else first

    def _ends_well(self, rest: Flowable, aw: float, page_h: float, tail_h: float,
                   frame: Any) -> bool:
        """Whether ``rest`` (on a fresh page, with the tail) needs no lone row: it fits with
        the tail and has two rows or more; or it fits alone with four rows or more, so that
        two can go over with the tail; or it is cut again with two rows or more on that
        page."""
        rh = rest.wrapOn(self.canv, aw, page_h)[1]
        if not isinstance(rest, Table):
            return True

        def baris(piece: Flowable) -> int:
            count = getattr(piece, "asn_baris_data", None)
            return count() if count is not None else 2

        if rh + tail_h <= page_h:
            return baris(rest) >= 2
        if rh <= page_h:
            return baris(rest) >= 4
        sub = self._split(rest, aw, page_h, frame, probe=True)
        return len(sub) >= 2 and baris(sub[0]) >= 2

    def draw(self) -> None:  # pragma: no cover - always laid out through split
        raise AssertionError("TetapBersama is laid out by split")
