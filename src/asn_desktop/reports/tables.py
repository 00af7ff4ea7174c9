"""The HASIL KERJA and PERILAKU KERJA tables and the POLA DISTRIBUSI curve.

Tables split between rows across pages and repeat their heading rows. Cells that belong to a
whole RHK (number, RHK texts, umpan balik) are printed on the RHK's first row only and the
rule between its indicator rows is left out of those columns, so they read as one tall cell
without using row spans (which would stop a long RHK from splitting across pages).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from asn_desktop.domain import jabatan as jb
from asn_desktop.reports import fonts, tata_letak
from asn_desktop.reports.content import BarisPerilaku, Kurva, TabelHasilKerja
from asn_desktop.reports.layout import (
    FONT_CMD,
    GREY_HEAD,
    GREY_SECTION,
    LINE,
    PAD,
    FramedTable,
    esc,
    markup,
    para,
    split_in_row,
    styles,
)

NO_WIDTH = 7.5 * mm

# Relative widths of the HASIL KERJA columns, by heading.
_WEIGHTS: dict[str, float] = {
    jb.KOLOM_HASIL_KERJA: 3.6,
    jb.KOLOM_RHK_PIMPINAN: 2.2,
    jb.KOLOM_RHK: 2.4,
    jb.KOLOM_ASPEK: 0.85,
    jb.KOLOM_IKI: 2.3,
    jb.KOLOM_TARGET: 1.05,
    jb.KOLOM_PERSPEKTIF: 1.2,
    jb.KOLOM_REALISASI: 2.3,
    jb.KOLOM_UMPAN_BALIK: 2.3,
}


# Lines printed in bold inside a HASIL KERJA cell (the kualitatif IKI heading).
_BOLD_LINES = frozenset(jb.IKI_HEADING_KUALITATIF.values())


def _cell(text: str, style: Any) -> Any:
    if not text:
        return ""
    if "\n" in text and any(line in _BOLD_LINES for line in text.split("\n")):
        return markup("<br/>".join(f"<b>{esc(x)}</b>" if x in _BOLD_LINES else esc(x)
                                   for x in text.split("\n")), style)
    return para(text, style)


def column_widths(kolom: Sequence[str], width: float) -> list[float]:
    weights = [_WEIGHTS.get(k, 1.6) for k in kolom]
    if jb.KOLOM_IKI not in kolom and jb.KOLOM_RHK in kolom:
        # kualitatif: the RHK column also holds the indicators and targets
        weights[kolom.index(jb.KOLOM_RHK)] = 3.6
    if kolom and kolom[0] == jb.KOLOM_NO:
        rest = width - NO_WIDTH
        total = sum(weights[1:]) or 1.0
        return [NO_WIDTH] + [rest * w / total for w in weights[1:]]
    total = sum(weights) or 1.0
    return [width * w / total for w in weights]


def _base_style(ncols: int) -> list[tuple[Any, ...]]:
    black = colors.black
    return [
        FONT_CMD,
        ("BOX", (0, 0), (-1, -1), LINE, black),
        ("LINEAFTER", (0, 1), (-2, -1), LINE, black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD - 0.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
    ]


def _full_line(row: int) -> tuple[Any, ...]:
    return ("LINEABOVE", (0, row), (-1, row), LINE, colors.black)


def estimate_height(text: str, width: float) -> float:
    """Rough height of wrapped body text (for choosing spans); errs on the tall side."""
    if not text:
        return 0.0
    per_line = max(1.0, (width - 2 * PAD) / (_BODY_SIZE * 0.5))
    lines = sum(1 + int(len(part) / per_line) for part in text.split("\n"))
    return lines * _BODY_SIZE * 1.24 + 2 * PAD


_BODY_SIZE = 8.2
# A group taller than this keeps its RHK cells unspanned so that they can split across pages.
SPAN_LIMIT = 95 * mm


def hasil_kerja_table(t: TabelHasilKerja, width: float, judul: str = "HASIL KERJA") -> FramedTable:
    st = styles()
    n = len(t.kolom)
    widths = column_widths(t.kolom, width)
    data: list[list[Any]] = [
        [para(judul, st.body_bold)] + [""] * (n - 1),
        [para(k, st.head) for k in t.kolom],
        [para(f"({i})", st.small_center) for i in range(1, n + 1)],
    ]
    cmds = _base_style(n)
    cmds += [
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 1), GREY_HEAD),
        ("VALIGN", (0, 1), (-1, 1), "MIDDLE"),
        _full_line(1),
        _full_line(2),
        ("LINEBELOW", (0, 2), (-1, 2), LINE, colors.black),
        ("TOPPADDING", (0, 2), (-1, 2), 0.5),
        ("BOTTOMPADDING", (0, 2), (-1, 2), 1.5),
    ]
    rhk_cols = [c for c, per_rhk in enumerate(t.per_rhk) if per_rhk]
    # Runs of indicator-level columns: the rules between the indicator rows of one RHK.
    runs: list[tuple[int, int]] = []
    for c, per_rhk in enumerate(t.per_rhk):
        if not per_rhk:
            if runs and runs[-1][1] == c - 1:
                runs[-1] = (runs[-1][0], c)
            else:
                runs.append((c, c))
    center = {i for i, k in enumerate(t.kolom) if k in (jb.KOLOM_NO, jb.KOLOM_ASPEK)}
    tallest = 0.0
    awal_span: tuple[int, int] | None = None  # cmds holding the first group's spans and glue
    for b, bagian in enumerate(t.bagian):
        r = len(data)
        data.append([para(bagian.judul, st.body_bold)] + [""] * (n - 1))
        cmds += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), GREY_SECTION),
                 _full_line(r)]
        # A section heading (and the table heading) never ends a page: it stays with the
        # first RHK, or with its first row when that RHK is too tall to keep whole.
        glue_from = 0 if b == 0 else r
        for k, kelompok in enumerate(bagian.kelompok):
            first = len(data)
            tall = 0.0
            for j, baris in enumerate(kelompok.baris):
                data.append([_cell(v, st.body_center if c in center else st.body)
                             for c, v in enumerate(baris.sel)])
                row_h = max(estimate_height(v, widths[c]) for c, v in enumerate(baris.sel))
                tallest = max(tallest, row_h)
                tall += row_h
                if j == 0:
                    tall = max(tall, *(estimate_height(baris.sel[c], widths[c])
                                       for c in rhk_cols))
                    cmds.append(_full_line(first))
                else:
                    cmds += [("LINEABOVE", (a, first + j), (z, first + j), LINE, colors.black)
                             for a, z in runs]
            last = len(data) - 1
            spanned = first < last and tall <= SPAN_LIMIT
            if spanned:
                # One real cell per RHK column: its text spreads over the indicator rows.
                # (reportlab cannot split a spanned cell across pages, hence the limit.)
                cmds += [("SPAN", (c, first), (c, last)) for c in rhk_cols]
            if k == 0:
                # (the table's first RHK group is also kept, unspanned, for the page-1 fit)
                # (a first row too tall to keep whole must stay free to split inside)
                glue_to = last if spanned else first if tall <= SPAN_LIMIT else r
                cmds.append(("NOSPLIT", (0, glue_from), (-1, glue_to)))
                if b == 0 and spanned:
                    awal_span = (len(cmds) - 1 - len(rhk_cols), len(cmds))
        if not bagian.kelompok:
            # nothing in this section: one "-" row, kept with its heading
            data.append([para("-", st.body_center)] + [""] * (n - 1))
            cmds += [("SPAN", (0, r + 1), (-1, r + 1)), _full_line(r + 1),
                     ("NOSPLIT", (0, glue_from), (-1, r + 1))]
    table = HasilKerjaTable(data, colWidths=widths, repeatRows=3, splitInRow=split_in_row(tallest))
    table.setStyle(cmds)
    if awal_span is not None:
        # Without the first group's spans its RHK text stays in its first row, so the heading
        # and that row can start on a page with less room than the whole group needs.
        a, z = awal_span
        lepas = [*cmds[:a], ("NOSPLIT", (0, 0), (-1, 4)), *cmds[z:]]
        table.tanpa_span_awal = (data, widths, split_in_row(tallest), lepas)
    return tata_letak.tandai(table, tata_letak.HASIL_KERJA)


class HasilKerjaTable(FramedTable):
    """HASIL KERJA. Offered too little room for its heading and whole first RHK group, it
    tries again with that group's cells unspanned before giving up the page."""

    asn_awal_baris = 5  # three heading rows, the section row and the first RHK row
    tanpa_span_awal: tuple[list[list[Any]], list[float], float, list[Any]] | None = None

    def asn_pecah(self, availWidth: float,
                  availHeight: float) -> tuple[list[Flowable], FramedTable]:
        parts, awal = super().asn_pecah(availWidth, availHeight)
        if parts or self.asn_bagian or self.tanpa_span_awal is None:
            return parts, awal
        data, widths, split_rows, cmds = self.tanpa_span_awal
        lepas = FramedTable(data, colWidths=widths, repeatRows=3, splitInRow=split_rows)
        lepas.setStyle(cmds)
        lepas.wrapOn(self.canv, availWidth, availHeight)
        return list(Table.split(lepas, availWidth, availHeight)), lepas


def perilaku_table(
    rows: Sequence[BarisPerilaku], width: float, with_umpan_balik: bool
) -> FramedTable:
    """PERILAKU KERJA: NO | value and its panduan | Ekspektasi Khusus Pimpinan [| umpan balik]."""
    st = styles()
    if with_umpan_balik:
        rest = width - NO_WIDTH
        widths = [NO_WIDTH, rest * 0.46, rest * 0.26, rest * 0.28]
        data: list[list[Any]] = [[para("PERILAKU KERJA", st.body_bold), "", "",
                                  para(jb.KOLOM_UMPAN_BALIK, st.head)]]
    else:
        rest = width - NO_WIDTH
        widths = [NO_WIDTH, rest * 0.55, rest * 0.45]
        data = [[para("PERILAKU KERJA", st.body_bold), "", ""]]
    tallest = 0.0
    for row in rows:
        tallest = max(tallest, estimate_height(row.ekspektasi, widths[2]),
                      estimate_height(row.umpan_balik or "", widths[-1]))
        bullets = "".join(f"<br/>\u2022 {esc(p)}" for p in row.panduan)
        cells: list[Any] = [
            para(row.nomor, st.body_center),
            markup(f"<b>{esc(row.nilai)}</b>{bullets}"),
            markup(f"Ekspektasi Khusus Pimpinan:<br/>{esc(row.ekspektasi or '-')}"),
        ]
        if with_umpan_balik:
            cells.append(para(row.umpan_balik or "-"))
        data.append(cells)
    table = FramedTable(data, colWidths=widths, repeatRows=1, splitInRow=split_in_row(tallest))
    cmds = [
        *_base_style(len(widths)),
        ("SPAN", (0, 0), (2, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), GREY_HEAD),
        ("INNERGRID", (0, 0), (-1, -1), LINE, colors.black),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
    ]
    if len(rows) >= 4 and not table.splitInRow:
        # no value alone at the foot of a page (the rows that go over with the signature
        # block are chosen by TetapBersama)
        cmds.append(("NOSPLIT", (0, 1), (-1, 2)))
    table.setStyle(cmds)
    return tata_letak.tandai(table, tata_letak.PERILAKU)


def lampiran_table(sections: Sequence[tuple[str, Sequence[str]]], width: float) -> FramedTable:
    st = styles()
    data: list[list[Any]] = []
    cmds: list[tuple[Any, ...]] = [*_base_style(2),
                                   ("INNERGRID", (0, 0), (-1, -1), LINE, colors.black)]
    for judul, items in sections:
        r = len(data)
        data.append([para(judul, st.body_bold), ""])
        cmds += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), GREY_SECTION)]
        for i, item in enumerate(items or ("-",), start=1):
            data.append([para(f"{i}." if items else "", st.body_center), para(item)])
    tallest = max((estimate_height(x, width - NO_WIDTH) for _, items in sections for x in items),
                  default=0.0)
    table = FramedTable(data, colWidths=[NO_WIDTH, width - NO_WIDTH],
                        splitInRow=split_in_row(tallest))
    table.setStyle(cmds)
    return tata_letak.tandai(table, "lampiran")


# ------------------------------------------------------------------------------------ curve


def _bezier_through(pts: Sequence[tuple[float, float]]) -> list[tuple[float, ...]]:
    """Catmull-Rom spline through ``pts`` as cubic Bézier segments (x0,y0,x1,y1,x2,y2,x3,y3)."""
    segs: list[tuple[float, ...]] = []
    for i in range(len(pts) - 1):
        p0 = pts[i - 1] if i > 0 else pts[i]
        p1, p2 = pts[i], pts[i + 1]
        p3 = pts[i + 2] if i + 2 < len(pts) else pts[i + 1]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        segs.append((*p1, *c1, *c2, *p2))
    return segs


class KurvaFlowable(Flowable):  # type: ignore[misc]
    """KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI: Frekuensi Pegawai over the five predikat."""

    def __init__(self, kurva: Kurva, width: float, height: float) -> None:
        super().__init__()
        self.kurva = kurva
        self.width, self.height = width, height

    def draw(self) -> None:
        c = self.canv
        k = self.kurva
        left, bottom = 9 * mm, 9 * mm
        right, top = self.width - 2 * mm, self.height - 2 * mm
        c.saveState()
        c.setLineWidth(0.7)
        c.line(left, bottom, left, top)
        c.line(left, bottom, right, bottom)
        c.setFont(fonts.REGULAR, 6.3)
        c.saveState()
        c.translate(left - 3.5 * mm, (bottom + top) / 2)
        c.rotate(90)
        c.drawCentredString(0, 0, "Frekuensi Pegawai")
        c.restoreState()
        c.drawCentredString((left + right) / 2, 1.0 * mm, "Predikat Kinerja Pegawai")
        n = len(k.tinggi)
        if n:
            step = (right - left) / n
            xs = [left + step * (i + 0.5) for i in range(n)]
            span = top - bottom - 3 * mm
            pts = [(x, bottom + max(0.0, min(1.0, h)) * span) for x, h in zip(xs, k.tinggi,
                                                                          strict=True)]
            c.setFont(fonts.REGULAR, 5.6)
            for x, label in zip(xs, k.label, strict=True):
                c.line(x, bottom, x, bottom - 1.2)
                words = label.replace("/", "/ ").split()
                lines = [" ".join(words)] if len(label) <= 12 else [
                    " ".join(words[: max(1, len(words) // 2)]),
                    " ".join(words[max(1, len(words) // 2):]),
                ]
                for j, line in enumerate(lines):
                    c.drawCentredString(x, bottom - 3.2 * mm - j * 2.3 * mm,
                                        line.replace("/ ", "/"))
            path = c.beginPath()
            path.moveTo(*pts[0])
            for seg in _bezier_through(pts):
                path.curveTo(*seg[2:])
            c.setLineWidth(1.2)
            c.drawPath(path, stroke=1, fill=0)
            for x, y in pts:
                c.circle(x, y, 0.9, stroke=0, fill=1)
        c.restoreState()
