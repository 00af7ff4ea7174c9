"""The text letterhead of format-1 sheets (content version 1): the instansi, perangkat daerah
and unit lines with the address under a double rule, and the unit's logo or, without one, a
neutral drawn shield. Sheets are no longer printed this way; it is drawn only to compare a
sheet printed before format 2 with what its record gives (see services.cetak_verifikasi)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from asn_desktop.reports import fonts
from asn_desktop.reports.content import Kop
from asn_desktop.reports.layout import FONT_CMD, LogoImage, para, styles


class _Perisai(Flowable):  # type: ignore[misc]
    """The format-1 placeholder drawn where a unit had no logo."""

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


class _GarisGanda(Flowable):  # type: ignore[misc]
    def __init__(self, width: float) -> None:
        super().__init__()
        self.width, self.height = width, 4.2

    def draw(self) -> None:
        c = self.canv
        c.setLineWidth(1.8)
        c.line(0, 3.3, self.width, 3.3)
        c.setLineWidth(0.6)
        c.line(0, 0.6, self.width, 0.6)


def kop_teks(k: Kop, logo_png: bytes | None, width: float) -> list[Flowable]:
    st = styles()
    size = 21 * mm
    logo: Flowable = (LogoImage(logo_png, size) if logo_png and k.logo_sha256
                      else _Perisai(size))
    lines: list[Flowable] = []
    for i, text in enumerate(k.judul):
        style = st.kop_1 if i == 0 and len(k.judul) > 1 else st.kop_2 if i <= 1 else st.kop_3
        lines.append(para(text, style))
    lines += [para(text, st.kop_small) for text in k.keterangan]
    side = size + 4 * mm
    t = Table([[logo, lines, ""]], colWidths=[side, width - 2 * side, side])
    t.setStyle(TableStyle([
        FONT_CMD,
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return [t, Spacer(1, 1.5 * mm), _GarisGanda(width), Spacer(1, 3 * mm)]
