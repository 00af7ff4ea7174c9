"""The recap of :func:`services.pemantauan.rekap` as files: an .xlsx workbook (one sheet per
table, frozen headers) and a PDF report (title, date, tables). Both read only the Rekap, so
they say what the page and the JSON say."""

from __future__ import annotations

from pathlib import Path

from asn_desktop.domain.dates import format_tanggal
from asn_desktop.domain.label import periode_teks, teks
from asn_desktop.domain.predikat import PREDIKAT_CURVE_ORDER
from asn_desktop.services.berkas_laporan import JENIS_BERKAS as JENIS_BERKAS
from asn_desktop.services.berkas_laporan import (
    berjudul,
    berkas_sementara,
    gaya_pdf,
    periksa_tujuan,
    tabel_pdf,
)
from asn_desktop.services.berkas_laporan import esc as _esc
from asn_desktop.services.pemantauan import BarisPegawai, Rekap

KOLOM_OPD = ["Kode", "OPD", "Pegawai", "SKP disetujui", "% SKP", "Evaluasi selesai",
             "% evaluasi", *[p.value for p in PREDIKAT_CURVE_ORDER], "Capaian organisasi",
             "Di luar panduan distribusi", "Paket terakhir", "Hari sejak paket", "Konflik"]
KOLOM_PEGAWAI = ["NIP", "Nama", "Jabatan", "Golongan", "OPD", "Unit kerja", "Status SKP",
                 "Evaluasi periode selesai", "Predikat periode", "Predikat tahunan"]


def judul(r: Rekap) -> str:
    periode = f", periode {periode_teks(r.periode.label)}" if r.periode else ""
    return f"Rekap Kinerja ASN Tahun {r.tahun}{periode}"


def _opd_rows(r: Rekap) -> list[list[object]]:
    return [[o.kode, o.nama, o.pegawai, o.skp_disetujui, round(o.persen_skp, 1),
             o.evaluasi_selesai, round(o.persen_evaluasi, 1), *[n for _p, n in o.predikat],
             teks(o.capaian.value) if o.capaian else "", "; ".join(o.peringatan),
             o.paket_terakhir or "", o.hari_sejak_paket if o.hari_sejak_paket is not None
             else "", o.konflik] for o in r.opd]


def _opd_of(r: Rekap) -> dict[str, str]:
    return {o.unit_id: o.nama for o in r.opd}


def _pegawai_rows(r: Rekap, rows: tuple[BarisPegawai, ...] | list[BarisPegawai]
                  ) -> list[list[object]]:
    opd = _opd_of(r)
    return [[p.nip, p.nama, p.jabatan, p.golongan, opd.get(p.opd_id, ""), p.unit_nama,
             teks(p.status_skp) if p.status_skp else "Belum ada",
             "Ya" if p.evaluasi_selesai else "Belum",
             p.predikat_periode.value if p.predikat_periode else "",
             p.predikat_tahunan.value if p.predikat_tahunan else ""] for p in rows]


def _riwayat_rows(r: Rekap) -> tuple[list[str], list[list[object]]]:
    years = list(range(r.tahun - 4, r.tahun + 1))
    head = ["NIP", "Nama", "OPD", *[str(y) for y in years]]
    opd = _opd_of(r)
    rows = [[p.nip, p.nama, opd.get(p.opd_id, ""),
             *[(r.riwayat.get(p.pegawai_id, {}).get(y).value  # type: ignore[union-attr]
                if r.riwayat.get(p.pegawai_id, {}).get(y) else "") for y in years]]
            for p in r.pegawai if r.riwayat.get(p.pegawai_id)]
    return head, rows


def _daftar(r: Rekap, kind: str) -> list[list[object]]:
    out: list[list[object]] = []
    for o in r.opd:
        rows = r.tanpa_skp(o.unit_id) if kind == "skp" else r.tanpa_evaluasi(o.unit_id)
        out += [[o.nama, p.nip, p.nama, p.jabatan, p.unit_nama] for p in rows]
    return out


def tulis(r: Rekap, path: Path) -> Path:
    """Write the recap to ``path`` (.xlsx or .pdf, by its suffix)."""
    path = periksa_tujuan(path)
    if path.suffix.lower() == ".xlsx":
        return _xlsx(r, path)
    return _pdf(r, path)


def _xlsx(r: Rekap, path: Path) -> Path:
    from asn_desktop.reports.xlsx import Buku

    buku = Buku()
    buku.tabel("Per OPD", KOLOM_OPD, _opd_rows(r))
    buku.tabel("Per pegawai", KOLOM_PEGAWAI, _pegawai_rows(r, r.pegawai))
    periods = sorted({k for p in r.pegawai for k in p.per_periode})
    buku.tabel("Rating per periode", ["NIP", "Nama", *[f"{periode_teks(k)} ({part})"
                                                      for k in periods
                                                      for part in ("hasil", "perilaku",
                                                                   "predikat")]],
               [[p.nip, p.nama, *[teks(v) if v else "" for k in periods
                                  for v in p.per_periode.get(k, (None, None, None))]]
                for p in r.pegawai])
    daftar_head = ["OPD", "NIP", "Nama", "Jabatan", "Unit kerja"]
    buku.tabel("Tanpa SKP", daftar_head, _daftar(r, "skp"))
    buku.tabel("Tanpa evaluasi", daftar_head, _daftar(r, "evaluasi"))
    head, rows = _riwayat_rows(r)
    buku.tabel("Riwayat predikat", head, rows)
    buku.tabel("Keterangan", ["Rekap", "Keterangan"], [
        [judul(r), f"Dibuat {format_tanggal(r.dibuat.date())} pukul {r.dibuat:%H.%M}"],
        ["Periode", periode_teks(r.periode.label) if r.periode else
         "periode berjalan masing-masing unit"],
        ["Evaluasi selesai", "evaluasi periode itu yang sudah disetujui, menurut periode unit "
         "masing-masing (unit semesteran: semester yang mencakup periode itu)"],
        ["Tanpa SKP", "pegawai aktif yang belum memiliki SKP tahun itu yang disetujui"],
    ])
    buku.wb.properties.title = judul(r)
    buku.tabel("Tindak lanjut", ["Tindak lanjut", *KOLOM_PEGAWAI],
               [["Sangat Baik dua tahun berturut-turut", *row]
                for row in _pegawai_rows(r, r.tindak_lanjut_sangat_baik)]
               + [["Pembinaan dan pengembangan kompetensi", *row]
                  for row in _pegawai_rows(r, r.tindak_lanjut_pembinaan)])
    return buku.simpan(path)


def _pdf(r: Rekap, path: Path) -> Path:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    from asn_desktop.reports.fonts import REGULAR

    gaya = gaya_pdf()
    body, head, sub, note = gaya.isi, gaya.judul, gaya.sub, gaya.catatan

    def table(headers: list[str], rows: list[list[object]], widths: list[float]) -> object:
        return tabel_pdf(headers, rows, widths, body)

    story: list[object] = [
        Paragraph(_esc(judul(r)), head),
        Paragraph(_esc(f"Dibuat {format_tanggal(r.dibuat.date())} pukul "
                       f"{r.dibuat:%H.%M}. Evaluasi dihitung menurut periode masing-masing "
                       "unit; persentase terhadap pegawai aktif."), note),
        Paragraph("Per OPD", sub),
    ]
    opd_head = ["Kode", "OPD", "Pegawai", "SKP disetujui", "Evaluasi selesai",
                *[p.value for p in PREDIKAT_CURVE_ORDER], "Capaian", "Paket terakhir (hari)",
                "Konflik"]
    opd_rows = [[o.kode, o.nama + ("\n" + "; ".join(o.peringatan) if o.peringatan else ""),
                 o.pegawai, f"{o.skp_disetujui} ({o.persen_skp:.0f}%)",
                 f"{o.evaluasi_selesai} ({o.persen_evaluasi:.0f}%)",
                 *[n for _p, n in o.predikat], teks(o.capaian.value) if o.capaian else "—",
                 "—" if o.hari_sejak_paket is None else str(o.hari_sejak_paket), o.konflik]
                for o in r.opd]
    story.append(table(opd_head, opd_rows,
                       [26 * mm, 58 * mm, 15 * mm, 22 * mm, 22 * mm] + [15 * mm] * 5
                       + [20 * mm, 20 * mm, 15 * mm]))
    total = sum(o.pegawai for o in r.opd)
    story.append(Paragraph(_esc(
        f"Jumlah: {total} pegawai aktif, {sum(o.skp_disetujui for o in r.opd)} SKP disetujui, "
        f"{sum(o.evaluasi_selesai for o in r.opd)} evaluasi periode selesai."), note))
    story += [PageBreak(), Paragraph("Grafik", sub), *_grafik(r, note)]
    for title, rows in (("Pegawai tanpa SKP yang disetujui", _daftar(r, "skp")),
                        ("SKP disetujui tanpa evaluasi periode ini", _daftar(r, "evaluasi"))):
        story += [PageBreak(), Paragraph(_esc(f"{title} ({len(rows)})"), sub)]
        story.append(table(["OPD", "NIP", "Nama", "Jabatan", "Unit kerja"], rows or [
            ["—", "", "", "", ""]], [58 * mm, 38 * mm, 60 * mm, 67 * mm, 50 * mm]))
    story += [PageBreak(), Paragraph("Tindak lanjut hasil evaluasi", sub)]
    for title, group in (("Sangat Baik dua tahun berturut-turut", r.tindak_lanjut_sangat_baik),
                         ("Butuh Perbaikan, Kurang/Misconduct atau Sangat Kurang: pembinaan "
                          "dan pengembangan kompetensi", r.tindak_lanjut_pembinaan)):
        story += [Paragraph(_esc(f"{title} ({len(group)})"), note), Spacer(0, 2 * mm)]
        rows = [[p[0], p[1], p[2], p[4], p[9]] for p in _pegawai_rows(r, group)]
        story.append(table(["NIP", "Nama", "Jabatan", "OPD", "Predikat tahunan"],
                           rows or [["—", "", "", "", ""]],
                           [38 * mm, 60 * mm, 70 * mm, 70 * mm, 35 * mm]))
        story.append(Spacer(0, 4 * mm))

    def footer(canvas, doc_):  # type: ignore[no-untyped-def]
        canvas.setFont(REGULAR, 7)
        canvas.drawRightString(doc_.pagesize[0] - 12 * mm, 7 * mm,
                               f"{judul(r)} · halaman {doc_.page}")

    with berkas_sementara(path) as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=landscape(A4), leftMargin=12 * mm,
                                rightMargin=12 * mm, topMargin=12 * mm, bottomMargin=12 * mm,
                                title=judul(r), author="Kinerja ASN Desktop")
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return path


OPD_PER_GRAFIK = 28
# the screen's predikat colours (ui/widgets/eval_forms.PREDIKAT_COLORS), curve order
WARNA_PREDIKAT = ("#8e0000", "#c62828", "#b26a00", "#4e9a45", "#0f5c2e")


def _grafik(r: Rekap, note: object) -> list[object]:
    """The page's three charts, drawn by reportlab's own chart module from the same numbers."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph

    from asn_desktop.reports.fonts import REGULAR

    out: list[object] = []
    done = Drawing(360, 170)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 30, 300, 110
    chart.data = [[round(100 * d / n, 1) if n else 0 for _l, d, n in r.penyelesaian]]
    chart.categoryAxis.categoryNames = [periode_teks(lbl) for lbl, _d, _n in r.penyelesaian]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 25
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.bars[0].fillColor = colors.HexColor("#1f4e79")
    done.add(chart)
    out.append(berjudul(done, "Evaluasi selesai per periode (% pegawai aktif)"))
    city = Drawing(360, 170)
    bars = VerticalBarChart()
    bars.x, bars.y, bars.width, bars.height = 40, 30, 300, 110
    bars.data = [[n for _p, n in r.sebaran_kota]]
    peak = max(max(bars.data[0]), 1)  # whole people on the axis, even with nobody yet
    bars.valueAxis.valueMax = peak
    bars.valueAxis.valueStep = max(1, -(-peak // 5))
    bars.categoryAxis.categoryNames = [p.value for p, _n in r.sebaran_kota]
    bars.categoryAxis.labels.fontName = REGULAR
    bars.categoryAxis.labels.fontSize = 7
    bars.valueAxis.valueMin = 0
    bars.valueAxis.labels.fontName = REGULAR
    for i, colour in enumerate(WARNA_PREDIKAT):
        bars.bars[(0, i)].fillColor = colors.HexColor(colour)
    city.add(bars)
    out.append(berjudul(city, "Sebaran predikat seluruh unit (periode terpilih)"))
    rows = [o for o in r.opd if sum(n for _p, n in o.predikat)]
    # a page holds about 28 OPD bars: a city of 60 OPD gets its chart in parts
    chunks = [rows[i:i + OPD_PER_GRAFIK] for i in range(0, len(rows), OPD_PER_GRAFIK)]
    for part, chunk in enumerate(chunks, start=1):
        height = 50 + 14 * len(chunk)
        per_opd = Drawing(720, height + 30)
        stack = HorizontalBarChart()
        stack.x, stack.y, stack.width, stack.height = 200, 20, 420, height - 20
        chunk = chunk[::-1]  # the chart draws its first category at the bottom
        stack.data = [[dict(o.predikat).get(p, 0) for o in chunk] for p in PREDIKAT_CURVE_ORDER]
        stack.categoryAxis.categoryNames = [o.nama if len(o.nama) <= 45 else o.nama[:44] + "…"
                                            for o in chunk]
        stack.categoryAxis.style = "stacked"
        stack.categoryAxis.labels.fontName = REGULAR
        stack.categoryAxis.labels.fontSize = 7
        stack.valueAxis.valueMin = 0
        stack.valueAxis.labels.fontName = REGULAR
        for i, colour in enumerate(WARNA_PREDIKAT):
            stack.bars[i].fillColor = colors.HexColor(colour)
        per_opd.add(stack)
        legend = Legend()
        legend.x, legend.y = 630, height
        legend.fontName, legend.fontSize = REGULAR, 7
        legend.columnMaximum = len(PREDIKAT_CURVE_ORDER)  # one column, swatch then name
        legend.alignment = "right"
        legend.colorNamePairs = [(colors.HexColor(c), p.value)
                                 for c, p in zip(WARNA_PREDIKAT, PREDIKAT_CURVE_ORDER,
                                                 strict=True)]
        per_opd.add(legend)
        suffix = f" ({part}/{len(chunks)})" if len(chunks) > 1 else ""
        out.append(berjudul(per_opd, f"Predikat per OPD (periode terpilih){suffix}"))
    if not chunks:
        out.append(Paragraph("Belum ada evaluasi yang disetujui pada periode terpilih.",
                             note))
    return out
