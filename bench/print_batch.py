"""Benchmark: 500 Evaluasi Kinerja Pegawai sheets for a unit, one PDF per employee.

Measures, in the same run:
  * app      — the application's batch print use case (services.cetak): read the records, build
               the sheets, hash and sign them, record the Cetakan rows, draw letterhead, curve,
               tables, footer and QR code, write 500 PDF files;
  * baseline — bare reportlab drawing the same tables (same font, same texts, same column
               layout, Paragraph cells, repeated headings) into 500 files, without the
               application (no database, no letterhead, curve, QR, page numbering or hashing).

Goals: app under 30 s; app / baseline at most 1.5. The last line is one JSON object.

    python bench/print_batch.py [--sheets 500] [--employees 600]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

GOAL_SECONDS = 30.0
GOAL_RATIO = 1.5
TAHUN = 2026
TODAY = date(2026, 11, 28)
FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# ----------------------------------------------------------------------------- baseline


def _register_baseline_fonts() -> None:
    pdfmetrics.registerFont(TTFont("BaseSans", str(FONTS / "DejaVuSansCondensed.ttf")))
    pdfmetrics.registerFont(TTFont("BaseSans-Bold", str(FONTS / "DejaVuSansCondensed-Bold.ttf")))


def _esc(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\n", "<br/>"))


def baseline_sheet(sheet: dict[str, Any], path: Path) -> None:
    """The same tables as an Evaluasi sheet, drawn with plain reportlab."""
    body = ParagraphStyle("b", fontName="BaseSans", fontSize=8.2, leading=10.2)
    bold = ParagraphStyle("bb", parent=body, fontName="BaseSans-Bold")
    head = ParagraphStyle("h", parent=bold, fontSize=7.6, alignment=TA_CENTER)
    title = ParagraphStyle("t", parent=bold, fontSize=11.5, leading=14, alignment=TA_CENTER)

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(_esc(text), style)

    grid = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), "BaseSans")]
    width = landscape(A4)[0] - 28 * mm
    story: list[Any] = [p(line, title) for line in sheet["judul"]]
    story.append(Spacer(1, 3 * mm))
    ident = [[p("NO", head), p("PEGAWAI YANG DINILAI", head), "", p("NO", head),
              p("PEJABAT PENILAI KINERJA", head), ""]]
    for i, (a, b) in enumerate(zip(sheet["pegawai"], sheet["penilai"], strict=True), start=1):
        ident.append([p(str(i)), p(a[0]), p(a[1]), p(str(i)), p(b[0]), p(b[1])])
    t = Table(ident, colWidths=[7 * mm, 30 * mm, width / 2 - 37 * mm] * 2, repeatRows=1)
    t.setStyle(TableStyle([*grid, ("SPAN", (1, 0), (2, 0)), ("SPAN", (4, 0), (5, 0))]))
    story += [t, Spacer(1, 3 * mm)]
    t = Table([[p("CAPAIAN KINERJA ORGANISASI*", bold), p("POLA DISTRIBUSI:", bold)],
               [p(sheet["capaian"]), p(sheet["kurva"])]], colWidths=[width * 0.42, width * 0.58])
    t.setStyle(TableStyle(grid))
    story += [t, Spacer(1, 3 * mm)]
    n = len(sheet["kolom"])
    rows: list[list[Any]] = [[p("HASIL KERJA", bold)] + [""] * (n - 1),
                             [p(k, head) for k in sheet["kolom"]],
                             [p(f"({i})", head) for i in range(1, n + 1)]]
    style = [*grid, ("SPAN", (0, 0), (-1, 0))]
    for judul, groups in sheet["bagian"]:
        style.append(("SPAN", (0, len(rows)), (-1, len(rows))))
        rows.append([p(judul, bold)] + [""] * (n - 1))
        for group in groups:
            first = len(rows)
            rows += [[p(v) if v else "" for v in cells] for cells in group]
            if len(rows) - 1 > first:
                style += [("SPAN", (c, first), (c, len(rows) - 1)) for c in sheet["rhk_cols"]]
    t = Table(rows, colWidths=sheet["widths"], repeatRows=3)
    t.setStyle(TableStyle(style))
    story.append(t)
    for label, value in sheet["ratings"][:1]:
        t = Table([[p(label, bold), p(value)]], colWidths=[62 * mm, width - 62 * mm])
        t.setStyle(TableStyle(grid))
        story.append(t)
    rows = [[p("PERILAKU KERJA", bold), "", "", p("UMPAN BALIK BERKELANJUTAN", head)]]
    for no, nilai, panduan, ekspektasi, umpan in sheet["perilaku"]:
        rows.append([p(no), p(nilai + "\n" + "\n".join(f"\u2022 {x}" for x in panduan)),
                     p("Ekspektasi Khusus Pimpinan:\n" + ekspektasi), p(umpan)])
    rest = width - 7.5 * mm
    t = Table(rows, colWidths=[7.5 * mm, rest * 0.36, rest * 0.3, rest * 0.34], repeatRows=1)
    t.setStyle(TableStyle([*grid, ("SPAN", (0, 0), (2, 0))]))
    story += [Spacer(1, 3 * mm), t]
    for label, value in sheet["ratings"][1:]:
        t = Table([[p(label, bold), p(value)]], colWidths=[62 * mm, width - 62 * mm])
        t.setStyle(TableStyle(grid))
        story.append(t)
    sign = [[p(a), "", p(b)] for a, b in sheet["ttd"]]
    t = Table(sign, colWidths=[width * 0.42, width * 0.16, width * 0.42])
    story += [Spacer(1, 5 * mm), t]
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=14 * mm,
                            rightMargin=14 * mm, topMargin=11 * mm, bottomMargin=27 * mm)
    doc.build(story)


def baseline_data(siap: Any) -> dict[str, Any]:
    """Plain lists and strings from a prepared sheet (done before timing)."""
    from asn_desktop.reports.tables import column_widths

    lem = siap.lembar

    def ident(x: Any) -> list[tuple[str, str]]:
        return [("NAMA", x.nama), (x.label_nip, x.nip), ("PANGKAT/GOL. RUANG", x.pangkat),
                ("JABATAN", x.jabatan), (x.label_unit, x.unit_kerja)]

    width = landscape(A4)[0] - 28 * mm
    hk = lem.hasil_kerja
    return {
        "judul": [*lem.judul, "PERIODE: " + lem.periode.opsi],
        "pegawai": ident(lem.pegawai),
        "penilai": ident(lem.penilai),
        "capaian": lem.capaian.opsi,
        "kurva": lem.kurva.judul if lem.kurva else "-",
        "kolom": list(hk.kolom),
        "widths": column_widths(hk.kolom, width),
        "rhk_cols": [i for i, x in enumerate(hk.per_rhk) if x],
        "bagian": [(b.judul, [[list(r.sel) for r in k.baris] for k in b.kelompok])
                   for b in hk.bagian],
        "ratings": [("RATING HASIL KERJA*", lem.rating_hasil_kerja.opsi),
                    ("RATING PERILAKU KERJA*", lem.rating_perilaku_kerja.opsi),
                    ("PREDIKAT KINERJA PEGAWAI*", lem.predikat.opsi)],
        "perilaku": [(r.nomor, r.nilai, r.panduan, r.ekspektasi, r.umpan_balik or "-")
                     for r in lem.perilaku],
        "ttd": [("", lem.ttd_penilai.tempat_tanggal),
                (lem.ttd_pegawai.sebutan, lem.ttd_penilai.sebutan),
                ("\n\n\n", "\n\n\n"),
                (lem.ttd_pegawai.nama, lem.ttd_penilai.nama),
                ("NIP. " + lem.ttd_pegawai.nip, "NIP. " + lem.ttd_penilai.nip)],
    }


# ---------------------------------------------------------------------------------- main


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sheets", type=int, default=500)
    ap.add_argument("--employees", type=int, default=600)
    ap.add_argument("--unit", default="3673", help="unit code (default: the whole Pemkot)")
    args = ap.parse_args()

    from asn_desktop import paths as paths_mod
    from asn_desktop.services import cetak, orgs
    from asn_desktop.services.demo import fill_demo
    from asn_desktop.services.workspace import init_workspace

    work = Path(tempfile.mkdtemp(prefix="asn-bench-print-"))
    try:
        t0 = time.perf_counter()
        ws = init_workspace(paths_mod.resolve(work / "data"), "central", "BKPSDM")
        fill_demo(ws, employees=args.employees, seed=1, tahun=TAHUN, today=TODAY)
        log(f"setup: demo workspace with {args.employees} pegawai in "
            f"{time.perf_counter() - t0:.1f} s")

        # -- app: resolve the unit's targets and print one file per employee
        t0 = time.perf_counter()
        with ws.db.Session() as s:
            unit = orgs.unit_by_kode(s, args.unit)
            targets, _ = cetak.targets_for_unit(s, unit.id, "evaluasi", TAHUN)
        if not targets:
            raise SystemExit("no evaluations in the demo data")
        targets = [targets[i % len(targets)] for i in range(args.sheets)]
        hasil = cetak.print_each(ws, targets, work / "app")
        app_s = time.perf_counter() - t0
        pages = 0
        from pypdf import PdfReader

        for f in hasil.berkas[:50]:
            pages += len(PdfReader(str(f)).pages)
        log(f"app: {len(hasil.lembar)} sheets in {app_s:.2f} s "
            f"({app_s / len(hasil.lembar) * 1000:.0f} ms/sheet, "
            f"~{pages / min(50, len(hasil.berkas)):.1f} pages/sheet)")

        # -- baseline: the same tables with bare reportlab
        siap = cetak.prepare(ws, targets)
        data = [baseline_data(x) for x in siap]
        _register_baseline_fonts()
        out = work / "baseline"
        out.mkdir()
        t0 = time.perf_counter()
        for i, sheet in enumerate(data):
            baseline_sheet(sheet, out / f"{i:04d}.pdf")
        base_s = time.perf_counter() - t0
        log(f"baseline: {len(data)} sheets in {base_s:.2f} s "
            f"({base_s / len(data) * 1000:.0f} ms/sheet)")
        ws.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    ratio = app_s / base_s
    ok = app_s < GOAL_SECONDS and ratio <= GOAL_RATIO
    print(f"print_batch: {args.sheets} evaluasi sheets in {app_s:.2f} s "
          f"(goal < {GOAL_SECONDS:.0f} s); baseline {base_s:.2f} s; ratio {ratio:.2f} "
          f"(goal <= {GOAL_RATIO})")
    print(json.dumps({
        "bench": "print_batch", "sheets": args.sheets, "seconds": round(app_s, 2),
        "baseline_seconds": round(base_s, 2), "ratio": round(ratio, 2),
        "goal_seconds": GOAL_SECONDS, "goal_ratio": GOAL_RATIO, "ok": ok,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
