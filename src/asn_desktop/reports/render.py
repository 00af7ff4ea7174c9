"""Render one or many sheets into one PDF file (A4; portrait or landscape per sheet)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.flowables import Flowable

from asn_desktop import __version__
from asn_desktop.reports import fonts, tata_letak
from asn_desktop.reports.content import DOKUMEN_LABEL, Lembar
from asn_desktop.reports.documents import orientation, story
from asn_desktop.reports.layout import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    POSISI_TTD,
    SPLIT_ROWS,
    Cap,
    KotakTtd,
    SheetCanvas,
    SheetStart,
    styles,
)

PAGE_SIZES = {"portrait": A4, "landscape": landscape(A4)}


@dataclass(frozen=True)
class SheetJob:
    lembar: Lembar
    logo_png: bytes | None = None
    cap: Cap | None = None


def frame_width(orient: str) -> float:
    return float(PAGE_SIZES[orient][0] - 2 * MARGIN_X)


def footer_text(lembar: Lembar) -> str:
    p = lembar.pegawai
    nip = f" \u2014 NIP {p.nip}" if p.nip else ""  # left blank on the guru Dokumen of a PPPK
    return f"{DOKUMEN_LABEL[lembar.jenis]} \u2014 {p.nama}{nip}"


class _Doc(BaseDocTemplate):  # type: ignore[misc]
    """Reports each flowable drawn and each page started to the layout record, if any."""

    def handle_pageBegin(self) -> None:
        super().handle_pageBegin()
        if tata_letak.CATATAN.get() is not None:
            tata_letak.catat(tata_letak.Blok(-1, self.canv.getPageNumber(), tata_letak.HALAMAN))

    def afterFlowable(self, flowable: Flowable) -> None:
        if tata_letak.CATATAN.get() is None:
            return
        kind = tata_letak.jenis_dari(flowable)
        if kind is None:
            return
        rows = flowable.asn_baris_data() if hasattr(flowable, "asn_baris_data") else 0
        tata_letak.catat(tata_letak.Blok(
            getattr(self.canv, "asn_sheet", -1), self.canv.getPageNumber(), kind,
            getattr(flowable, "asn_bagian", 0), rows, getattr(flowable, "asn_utuh", True)))


def _templates(first: str) -> list[PageTemplate]:
    out = []
    for name in sorted(PAGE_SIZES, key=lambda n: n != first):
        w, h = PAGE_SIZES[name]
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, w - 2 * MARGIN_X, h - MARGIN_TOP - MARGIN_BOTTOM,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=name)
        out.append(PageTemplate(id=name, frames=[frame], pagesize=(w, h)))
    return out


def render_pdf(
    jobs: Sequence[SheetJob],
    out: str | Path | IO[bytes],
    *,
    title: str = "",
    keywords: Sequence[str] = (),
    on_start: Callable[[int], None] | None = None,
    posisi_ttd: list[KotakTtd] | None = None,
    tata: list[tata_letak.Blok] | None = None,
) -> None:
    """Write ``jobs`` as one PDF. ``keywords`` go to the PDF metadata (verification payloads).

    ``on_start(i)`` is called when sheet ``i`` starts being drawn (for progress; it may raise
    to abandon the file). ``tata``, when given, receives what each page holds (see
    reports.tata_letak)."""
    if not jobs:
        raise ValueError("nothing to render")
    styles()  # registers the fonts
    first = orientation(jobs[0].lembar)
    doc = _Doc(
        str(out) if isinstance(out, Path) else out,
        pagesize=PAGE_SIZES[first],
        leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title or DOKUMEN_LABEL[jobs[0].lembar.jenis],
        author="Kinerja ASN Desktop",
        creator=f"Kinerja ASN Desktop {__version__}",
        subject=" ".join(keywords[:1]),
        keywords=" ".join(keywords),
        pageTemplates=_templates(first),
        initialFontName=fonts.REGULAR,  # no stray (non-embedded) Helvetica reference
        initialFontSize=8,
    )
    flow: list[Flowable] = []
    for i, job in enumerate(jobs):
        orient = orientation(job.lembar)
        if i:
            flow += [NextPageTemplate(orient), PageBreak()]
        given = job.cap or Cap()
        cap = Cap(given.kode, given.qr_payload, given.tanda or job.lembar.tanda,
                  given.keterangan or footer_text(job.lembar))
        flow.append(SheetStart(i, cap, on_start))
        flow += story(job.lembar, job.logo_png, frame_width(orient))
    a85 = rl_config.useA85
    rl_config.useA85 = 0  # binary (compressed) streams: smaller, and ASCII85 costs ~10% time
    if posisi_ttd is not None:
        posisi_ttd.clear()
    token_ttd = POSISI_TTD.set(posisi_ttd)
    if tata is not None:
        tata.clear()
    token_tata = tata_letak.CATATAN.set(tata)
    try:
        doc.build(flow, canvasmaker=SheetCanvas)
    except LayoutError:
        # A row taller than a page that the estimate missed: build again with splitting inside
        # rows allowed everywhere (slower, and only for such sheets).
        if SPLIT_ROWS.get():
            raise
        if not isinstance(out, (str, Path)) and hasattr(out, "seek"):
            out.seek(0)
            out.truncate()
        token = SPLIT_ROWS.set(True)
        try:
            render_pdf(jobs, out, title=title, keywords=keywords, on_start=on_start,
                       posisi_ttd=posisi_ttd, tata=tata)
        finally:
            SPLIT_ROWS.reset(token)
    finally:
        POSISI_TTD.reset(token_ttd)
        tata_letak.CATATAN.reset(token_tata)
        rl_config.useA85 = a85
