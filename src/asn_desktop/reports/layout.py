"""Shared layout: styles, letterhead, identity and signature blocks, option lines with the
unused options struck through, and the page canvas that prints "Halaman X dari Y", the
verification code and its QR code on every page of every sheet."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from asn_desktop.reports import fonts
from asn_desktop.reports.content import Identitas, Kop, Penandatangan, Pilihan

# --------------------------------------------------------------------------------- constants

MARGIN_X = 14 * mm
MARGIN_TOP = 11 * mm
MARGIN_BOTTOM = 24 * mm  # room for the footer: code, QR, page number
FOOTER_QR = 15 * mm

LINE = 0.5
GREY_HEAD = colors.HexColor("#E6E6E6")
GREY_SECTION = colors.HexColor("#F2F2F2")
PAD = 2.6

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


def para(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    return Paragraph(esc(text), style or styles().body)


def markup(xml: str, style: ParagraphStyle | None = None) -> Paragraph:
    return Paragraph(xml, style or styles().body)


# ------------------------------------------------------------------------------ option lines


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
        if i == 0 and " " in word:
            prefix, word = word.rsplit(" ", 1)
            prefix += " "
        out.append(f"{escape(lead)}{escape(prefix)}<strike>{escape(word)}</strike>")
    return "/".join(out)


# ------------------------------------------------------------------------------- letterhead


class Emblem(Flowable):  # type: ignore[misc]
    """A neutral drawn emblem (double-ruled shield with "ASN"), used when a unit has no logo.

    Deliberately not the Garuda nor any regional coat of arms."""

    def __init__(self, size: float) -> None:
        super().__init__()
        self.width = self.height = size

    def draw(self) -> None:
        c, s = self.canv, self.width
        c.saveState()
        for inset, lw in ((0.0, 1.4), (s * 0.07, 0.6)):
            p = c.beginPath()
            x0, x1 = s * 0.1 + inset, s * 0.9 - inset
            top, mid = s * 0.95 - inset, s * 0.45
            p.moveTo(x0, top)
            p.lineTo(x1, top)
            p.lineTo(x1, mid)
            p.curveTo(x1, s * 0.22, s * 0.62, s * 0.12 + inset * 0.6, s * 0.5, s * 0.04 + inset)
            p.curveTo(s * 0.38, s * 0.12 + inset * 0.6, x0, s * 0.22, x0, mid)
            p.close()
            c.setLineWidth(lw)
            c.drawPath(p, stroke=1, fill=0)
        c.setFont(fonts.BOLD, s * 0.2)
        c.drawCentredString(s * 0.5, s * 0.5, "ASN")
        c.setLineWidth(0.5)
        c.line(s * 0.3, s * 0.44, s * 0.7, s * 0.44)
        c.restoreState()


class LogoImage(Flowable):  # type: ignore[misc]
    """The unit's PNG logo, scaled to fit a square box, aspect kept."""

    def __init__(self, png: bytes, size: float) -> None:
        super().__init__()
        self.reader = ImageReader(io.BytesIO(png))
        iw, ih = self.reader.getSize()
        scale = size / max(iw, ih)
        self.iw, self.ih = iw * scale, ih * scale
        self.width = self.height = size

    def draw(self) -> None:
        self.canv.drawImage(self.reader, (self.width - self.iw) / 2, (self.height - self.ih) / 2,
                            self.iw, self.ih, mask="auto")


def logo_usable(png: bytes | None) -> bool:
    if not png:
        return False
    try:
        ImageReader(io.BytesIO(png)).getSize()
    except Exception:
        return False
    return True


class DoubleRule(Flowable):  # type: ignore[misc]
    """The thick-and-thin line under a letterhead."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width, self.height = width, 4.2

    def draw(self) -> None:
        c = self.canv
        c.setLineWidth(1.8)
        c.line(0, 3.3, self.width, 3.3)
        c.setLineWidth(0.6)
        c.line(0, 0.6, self.width, 0.6)


def kop(k: Kop, logo_png: bytes | None, width: float) -> list[Flowable]:
    st = styles()
    size = 21 * mm
    logo: Flowable = LogoImage(logo_png, size) if logo_png and k.logo_sha256 else Emblem(size)
    lines: list[Flowable] = []
    for i, text in enumerate(k.judul):
        style = st.kop_1 if i == 0 and len(k.judul) > 1 else st.kop_2 if i <= 1 else st.kop_3
        lines.append(para(text, style))
    lines += [para(text, st.kop_small) for text in k.keterangan]
    side = size + 4 * mm
    t = Table([[logo, lines, ""]], colWidths=[side, width - 2 * side, side])
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return [t, Spacer(1, 1.5 * mm), DoubleRule(width), Spacer(1, 3 * mm)]


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
          markup(f"<b>PERIODE PENILAIAN:</b> {esc(periode_penilaian)}", st.right)]],
        colWidths=[width * 0.45, width * 0.55],
    )
    t.setStyle(TableStyle([
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
        ("GRID", (0, 0), (-1, -1), LINE, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD - 0.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
        *extra,
    ])


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
    no, label = 7 * mm, 27 * mm
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


def _sign_cell(p: Penandatangan, with_date_line: bool) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = []
    if p.tempat_tanggal:
        out.append(para(p.tempat_tanggal, st.sign))
    elif with_date_line:
        out.append(para(" ", st.sign))  # keeps both titles on one line
    out.append(para(p.sebutan, st.sign))
    out.append(Spacer(1, 19 * mm))
    out.append(markup(f"<b><u>{esc(p.nama)}</u></b>", st.sign))
    if p.nip:
        out.append(para(f"NIP. {p.nip}", st.sign))
    return out


def signatures(left: Penandatangan, right: Penandatangan, width: float) -> Table:
    """Two signature columns: left the pegawai, right the pejabat penilai."""
    dated = bool(left.tempat_tanggal or right.tempat_tanggal)
    col = width * 0.38
    t = Table([[_sign_cell(left, dated), "", _sign_cell(right, dated)]],
              colWidths=[col, width - 2 * col, col])
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return t


# ------------------------------------------------------------------------ footer and canvas


@dataclass(frozen=True)
class Cap:
    """The verification stamp of one sheet: code shown, QR payload, and a status mark."""

    kode: str = ""  # as printed, "ABCD-EFGH-JKMN"; "" prints no code and no QR
    qr_payload: str = ""
    tanda: str = ""  # "KONSEP": printed diagonally across every page of the sheet
    keterangan: str = ""  # short footer text, e.g. "Evaluasi Kinerja Pegawai — Nama (NIP)"


@lru_cache(maxsize=64)
def qr_modules(payload: str) -> tuple[tuple[bool, ...], ...]:
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(payload)
    qr.make()
    return tuple(tuple(bool(v) for v in row) for row in qr.modules)


def draw_qr(c: Canvas, payload: str, x: float, y: float, size: float) -> None:
    rows = qr_modules(payload)
    n = len(rows)
    border = 2
    box = size / (n + 2 * border)
    p = c.beginPath()
    for r, row in enumerate(rows):
        col = 0
        while col < n:
            if row[col]:
                start = col
                while col < n and row[col]:
                    col += 1
                p.rect(x + (start + border) * box, y + size - (r + border + 1) * box,
                       (col - start) * box, box * 1.02)
            else:
                col += 1
    c.saveState()
    c.setFillColor(colors.black)
    c.drawPath(p, stroke=0, fill=1)
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
    base = 9 * mm
    right = width - MARGIN_X
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.4)
    c.line(MARGIN_X, base + FOOTER_QR + 1.5 * mm, right, base + FOOTER_QR + 1.5 * mm)
    text_right = right
    if cap is not None and cap.kode:
        draw_qr(c, cap.qr_payload, right - FOOTER_QR, base, FOOTER_QR)
        text_right = right - FOOTER_QR - 3 * mm
        c.setFont(fonts.BOLD, 8)
        c.drawString(MARGIN_X, base + 9.5 * mm, f"Kode verifikasi: {cap.kode}")
        c.setFont(fonts.REGULAR, 6.8)
        c.drawString(
            MARGIN_X, base + 6 * mm,
            "Keaslian lembar ini dapat diperiksa di Kinerja ASN Desktop (menu Verifikasi, atau "
            f"perintah: asn-desktop verify {cap.kode}).",
        )
    if cap is not None and cap.keterangan:
        c.setFont(fonts.REGULAR, 6.8)
        c.drawString(MARGIN_X, base + 2.8 * mm, cap.keterangan)
    c.setFont(fonts.REGULAR, 8)
    c.drawRightString(text_right, base + 9.5 * mm, f"Halaman {page} dari {pages}")
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

    def __init__(self, index: int, cap: Cap | None) -> None:
        super().__init__()
        self.index, self.cap = index, cap
        self.width = self.height = 0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canv = self.canv
        canv.asn_sheet = self.index
        if self.cap is not None:
            canv.asn_caps[self.index] = self.cap
