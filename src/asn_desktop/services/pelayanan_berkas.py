"""The public-service report of :func:`services.pelayanan_rekap.rekap` as files: a PDF (A4:
volumes, complaints, overdue complaints, IKM, with charts) and an .xlsx workbook. Both print the
figures the rekap gives; a complainant's name appears only masked (``samarkan``)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from asn_desktop.domain.angka import format_angka, ribuan
from asn_desktop.domain.dates import format_tanggal
from asn_desktop.domain.label import periode_teks
from asn_desktop.domain.pelayanan import (
    KANAL_LABELS,
    KATEGORI_LABELS,
    STATUS_PENGADUAN_LABELS,
    UNSUR_IKM,
    Kanal,
    Kategori,
    StatusPengaduan,
    samarkan,
)
from asn_desktop.domain.periods import periode_by_kode
from asn_desktop.errors import AsnError, ValidationError, os_reason
from asn_desktop.services import pengaduan as adu
from asn_desktop.services import pengaturan
from asn_desktop.services.berkas_laporan import (
    berjudul,
    berkas_sementara,
    esc,
    gaya_pdf,
    periksa_tujuan,
    tabel_pdf,
)
from asn_desktop.services.pelayanan_rekap import RekapPelayanan
from asn_desktop.teks import _

JUDUL = "LAPORAN KINERJA PELAYANAN PUBLIK"
TANPA_IKM = "Belum ada survei IKM pada periode ini"
FORMAT_PERSEN = "0.0%"
WARNA = ("#1f4e79", "#4e9a45", "#b26a00", "#c62828", "#6a3d9a", "#00838f")


def tulis(s: Session, rekap: RekapPelayanan, path: Path | str) -> Path:
    """Write the report to ``path`` (.pdf or .xlsx, by its suffix)."""
    path = periksa_tujuan(path, "laporan")
    instansi = pengaturan.instansi(s)
    dicetak = datetime.now()
    try:
        if path.suffix.lower() == ".xlsx":
            return _xlsx(s, rekap, path, instansi, dicetak)
        return _pdf(rekap, path, instansi, dicetak)
    except OSError as e:
        raise AsnError(_("Laporan tidak dapat ditulis ke {path}: {alasan}.").format(
            path=path, alasan=os_reason(e))) from e


# ------------------------------------------------------------------------------ shared bits


def _label(labels: Mapping[Any, str], jenis: type[StrEnum], kode: str) -> str:
    try:
        return _(labels[jenis(kode)])
    except (ValueError, KeyError):  # a code from a newer version: shown as it came
        return kode


def _kategori(kode: str) -> str:
    return _label(KATEGORI_LABELS, Kategori, kode)


def _kanal(kode: str) -> str:
    return _label(KANAL_LABELS, Kanal, kode)


def _status(kode: str) -> str:
    return _label(STATUS_PENGADUAN_LABELS, StatusPengaduan, kode)


def _uraian(v: adu.PengaduanView) -> str:
    """The complaint's text with the complainant's name in it masked as well."""
    out = v.uraian
    for w in sorted({w for w in (v.pelapor or "").split() if len(w) > 2}, key=len, reverse=True):
        out = re.sub(rf"\b{re.escape(w)}\b", samarkan(w), out, flags=re.IGNORECASE)
    return out


def _angka(n: int) -> str:
    return ribuan(n)


def _desimal(v: float, n: int) -> str:
    return f"{v:.{n}f}".replace(".", ",")


def _persen(v: float | None) -> str:
    return "—" if v is None else f"{_desimal(v, 1)}%"


def _hari(v: float | None) -> str:
    return "—" if v is None else f"{format_angka(round(v, 1))} hari kerja"


def _tgl(d: date | None) -> str:
    return d.strftime("%d-%m-%Y") if d else "—"


def _backlog(r: RekapPelayanan) -> int:
    return sum(b.backlog for b in r.layanan)


# ------------------------------------------------------------------------------------- xlsx


def _xlsx(s: Session, r: RekapPelayanan, path: Path, instansi: str, dicetak: datetime) -> Path:
    from asn_desktop.reports.xlsx import Buku

    buku = Buku()
    buku.wb.properties.title = f"{JUDUL.title()} {r.unit_nama} {r.rentang.judul}"
    ikm = r.ikm
    ringkas: list[tuple[str, str, object, str | None]] = [
        ("Laporan", "Judul", JUDUL, None),
        ("Laporan", "Instansi", instansi, None),
        ("Laporan", "Unit", r.unit_nama, None),
        ("Laporan", "Periode", r.rentang.judul, None),
        ("Laporan", "Mulai", r.rentang.mulai, None),
        ("Laporan", "Sampai", r.rentang.selesai, None),
        ("Laporan", "Dicetak", dicetak.replace(microsecond=0), None),
        ("Layanan", "Permohonan masuk", r.masuk, None),
        ("Layanan", "Selesai", r.selesai, None),
        ("Layanan", "Selesai tepat waktu", r.tepat_waktu, None),
        ("Layanan", "% tepat waktu", _pecahan(r.persen_tepat), FORMAT_PERSEN),
        ("Layanan", "Tunggakan akhir", _backlog(r), None),
        ("Pengaduan", "Masuk", r.pengaduan_masuk, None),
        ("Pengaduan", "Ditutup pada periode ini", r.ditutup, None),
        ("Pengaduan", "Ditutup tepat waktu", r.ditutup_tepat, None),
        ("Pengaduan", "% ditutup tepat waktu", _pecahan(r.persen_pengaduan_tepat),
         FORMAT_PERSEN),
        ("Pengaduan", "Rata-rata respons pertama (hari kerja)", r.rata_respons, "0.0"),
        ("Pengaduan", "Rata-rata penyelesaian (hari kerja)", r.rata_selesai, "0.0"),
        ("Pengaduan", "Terlambat", len(r.terlambat), None),
        *[("Pengaduan per kategori", _kategori(k), n, None) for k, n in r.per_kategori.items()],
        *[("Pengaduan per kanal", _kanal(k), n, None) for k, n in r.per_kanal.items()],
        *[("Pengaduan per status", _status(k), n, None) for k, n in r.per_status.items()],
        *([("IKM", "Nilai IKM", ikm.nilai, "0.00"), ("IKM", "Mutu", ikm.mutu_teks, None),
           ("IKM", "Responden", ikm.responden, None)] if ikm else [("IKM", TANPA_IKM, None, None)]),
    ]
    ws = buku.tabel("Ringkasan", ["Kelompok", "Uraian", "Nilai"],
                    [row[:3] for row in ringkas])
    for i, (*_row, fmt) in enumerate(ringkas, start=2):
        if fmt:
            ws.cell(i, 3).number_format = fmt
    ws = buku.tabel("Layanan", ["Kode", "Layanan", "Standar", "Masuk", "Selesai", "Tepat waktu",
                                "% tepat waktu", "Tunggakan akhir", "Alasan tunggakan"],
                    [[b.kode, b.nama, b.standar, b.masuk, b.selesai, b.tepat_waktu,
                      _pecahan(b.persen_tepat), b.backlog, _alasan(b.alasan_backlog)]
                     for b in r.layanan])
    _format_kolom(ws, 7, FORMAT_PERSEN)
    buku.tabel("Harian", ["Tanggal", "Masuk", "Selesai"], [list(h) for h in r.harian])
    terlambat = {v.id for v in r.terlambat}
    semua = adu.daftar(s, unit_id=r.unit_id, mulai=r.rentang.mulai, selesai=r.rentang.selesai,
                       hari_ini=min(date.today(), r.rentang.selesai))
    semua.sort(key=lambda v: (v.tanggal, v.nomor))
    buku.tabel("Pengaduan", ["Nomor", "Tanggal", "Kanal", "Pelapor", "Layanan", "Kategori",
                             "Uraian", "Penanggung jawab", "Status", "Batas", "Respons pertama",
                             "Ditutup",
                             "Durasi (hari kerja)", "Terlambat"],
               [[v.nomor, v.tanggal, _kanal(v.kanal), samarkan(v.pelapor), v.layanan_nama,
                 _kategori(v.kategori), _uraian(v), v.pic_nama, _status(v.status), v.batas,
                 v.tanggal_respons, v.tanggal_selesai, v.durasi,
                 "Ya" if v.id in terlambat else "Tidak"] for v in semua])
    buku.tabel("Terlambat", ["Nomor", "Tanggal", "Pelapor", "Kanal", "Layanan", "Kategori",
                             "Penanggung jawab", "Batas", "Status", "Ditutup"],
               [[v.nomor, v.tanggal, samarkan(v.pelapor), _kanal(v.kanal), v.layanan_nama,
                 _kategori(v.kategori), v.pic_nama, v.batas, _status(v.status),
                 v.tanggal_selesai] for v in r.terlambat])
    if ikm:
        rows: list[list[object]] = [[i, _(u), v] for i, (u, v) in
                                    enumerate(zip(UNSUR_IKM, ikm.nrr, strict=True), start=1)]
        rows += [[None, "Nilai IKM", ikm.nilai], [None, "Mutu", ikm.mutu_teks],
                 [None, "Responden", ikm.responden], [None, "Survei", _survei(ikm.periode_kode)]]
    else:
        rows = [[None, TANPA_IKM, None]]
    ws = buku.tabel("IKM", ["No", "Unsur", "NRR"], rows)
    _format_kolom(ws, 3, "0.00")
    if ikm:
        ws.cell(len(UNSUR_IKM) + 4, 3).number_format = "0"  # respondents are counted
    return buku.simpan(path)


def _pecahan(persen: float | None) -> float | None:
    """A percentage as Excel keeps one (85.5 -> 0.855, shown '85,5%' with FORMAT_PERSEN)."""
    return None if persen is None else persen / 100


def _format_kolom(ws: Any, kolom: int, fmt: str) -> None:
    for (cell,) in ws.iter_rows(min_row=2, min_col=kolom, max_col=kolom):
        if isinstance(cell.value, int | float):
            cell.number_format = fmt


# -------------------------------------------------------------------------------------- PDF


def _pdf(r: RekapPelayanan, path: Path, instansi: str, dicetak: datetime) -> Path:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        CondPageBreak,
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
    )

    from asn_desktop.reports.fonts import BOLD, REGULAR
    from asn_desktop.reports.layout_halaman import Cap, SheetCanvas, SheetStart

    g = gaya_pdf(7.5)
    body, sub, note = g.isi, g.sub, g.catatan
    tengah = ParagraphStyle("tengah", parent=note, alignment=TA_CENTER, fontSize=9, leading=12)
    margin = 15 * mm
    lebar = A4[0] - 2 * margin

    def tabel(headers: list[str], rows: Sequence[Sequence[object]], widths_mm: list[float],
              **kw: Any) -> Any:
        t = tabel_pdf(headers, rows, [w * mm for w in widths_mm], body, **kw)
        t.setStyle([("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)])
        t.hAlign = "LEFT"
        return t

    def bagian(judul: str, *isi: Any, utuh: bool = False) -> list[Any]:
        """A numbered section; ``utuh``: short enough to keep on one page."""
        head = Paragraph(esc(judul), sub)
        if utuh:
            return [KeepTogether([head, *isi])]
        # a heading never ends a page: it starts the next one when less than this is left
        return [CondPageBreak(45 * mm), head, *isi]

    jangka = f"{format_tanggal(r.rentang.mulai)} s.d. {format_tanggal(r.rentang.selesai)}"
    story: list[Any] = [
        SheetStart(0, Cap(keterangan=_kaki(r, dicetak))),
        *([Paragraph(esc(instansi.upper()), ParagraphStyle(
            "instansi", parent=tengah, fontName=BOLD, fontSize=10, leading=13))]
          if instansi else []),
        Paragraph(esc(JUDUL), ParagraphStyle("judul", parent=g.judul, alignment=TA_CENTER)),
        Paragraph(f"<b>{esc(r.unit_nama)}</b>", tengah),
        Paragraph(esc(f"Periode {r.rentang.judul} ({jangka})"), tengah),
        Spacer(0, 4 * mm),
    ]

    # 1. volumes
    rows: list[list[object]] = [
        [f"{b.kode} · {b.nama}", b.standar, _angka(b.masuk), _angka(b.selesai),
         _angka(b.tepat_waktu), _persen(b.persen_tepat), _angka(b.backlog),
         _alasan(b.alasan_backlog) or "—"] for b in r.layanan]
    rows.append(["Jumlah", "", _angka(r.masuk), _angka(r.selesai), _angka(r.tepat_waktu),
                 _persen(r.persen_tepat), _angka(_backlog(r)), ""])
    story += bagian("1. Volume layanan", tabel(
        ["Layanan", "Standar", "Masuk", "Selesai", "Tepat waktu", "% tepat waktu",
         "Tunggakan akhir", "Alasan tunggakan"], rows, [44, 18, 15, 15, 15, 16, 20, 37],
        kanan={2, 3, 4, 5, 6}, jumlah=True))
    if not r.layanan:
        story.append(Paragraph("Unit ini belum memiliki katalog layanan.", note))
    for chart in (*_grafik_tepat(r, lebar), _grafik_harian(r, lebar)):
        story += [Spacer(0, 4 * mm), chart]

    # 2. complaints
    angka = tabel(["Pengaduan", "Jumlah"], [
        ["Pengaduan masuk", _angka(r.pengaduan_masuk)],
        ["Ditutup pada periode ini (selesai atau ditolak)", _angka(r.ditutup)],
        ["Ditutup tepat waktu", _angka(r.ditutup_tepat)],
        ["% ditutup tepat waktu", _persen(r.persen_pengaduan_tepat)],
        ["Rata-rata respons pertama", _hari(r.rata_respons)],
        ["Rata-rata penyelesaian", _hari(r.rata_selesai)],
        ["Pengaduan terlambat (lihat bagian 3)", _angka(len(r.terlambat))],
    ], [75, 30], kanan={1})
    per_jenis: list[Any] = [
        tabel([judul, "Jumlah"], [*[[label(k), _angka(n)] for k, n in per.items()],
                                  ["Jumlah", _angka(r.pengaduan_masuk)]],
              [41, 16], kanan={1}, jumlah=True)
        for judul, label, per in (("Kategori", _kategori, r.per_kategori),
                                  ("Kanal", _kanal, r.per_kanal),
                                  ("Status", _status, r.per_status))]
    sebaran = Table([per_jenis], colWidths=[lebar / 3] * 3, hAlign="LEFT")
    sebaran.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                      ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    story += [*bagian("2. Pengaduan", angka, utuh=True), Spacer(0, 3 * mm),
              Paragraph(esc(f"Pengaduan yang masuk pada periode ini ({r.pengaduan_masuk}) "
                            "menurut kategori, kanal dan status saat ini:"), note),
              Spacer(0, 1.5 * mm), sebaran, Spacer(0, 4 * mm), _grafik_kategori(r, lebar)]

    # 3. overdue complaints
    if r.terlambat:
        daftar: Any = tabel(
            ["Nomor", "Tanggal", "Pelapor", "Layanan", "Kategori", "Penanggung jawab", "Batas",
             "Status"],
            [[v.nomor, _tgl(v.tanggal), samarkan(v.pelapor) or "—", v.layanan_nama or "—",
              _kategori(v.kategori), v.pic_nama or "—", _tgl(v.batas), _status(v.status)]
             for v in r.terlambat], [41, 17, 19, 25, 21, 20, 17, 20])
    else:
        daftar = Paragraph("Tidak ada pengaduan yang terlambat.", note)
    story += bagian(f"3. Pengaduan terlambat ({len(r.terlambat)})", Paragraph(esc(
        "Pengaduan yang melewati batas penyelesaian: yang masih terbuka per akhir periode dan "
        "yang ditutup pada periode ini setelah batasnya."), note), Spacer(0, 1.5 * mm), daftar)

    # 4. IKM
    ikm = r.ikm
    if ikm is None:
        story += bagian("4. Indeks Kepuasan Masyarakat (IKM)",
                        Paragraph(esc(TANPA_IKM + "."), note), utuh=True)
    else:
        story += bagian("4. Indeks Kepuasan Masyarakat (IKM)", tabel(
            ["No", "Unsur pelayanan", "NRR"],
            [*[[i, _(u), _desimal(v, 2)]
               for i, (u, v) in enumerate(zip(UNSUR_IKM, ikm.nrr, strict=True), start=1)],
             ["", "Nilai IKM", _desimal(ikm.nilai, 2)],
             ["", "Mutu pelayanan", ikm.mutu_teks],
             ["", "Responden", _angka(ikm.responden)],
             ["", "Survei", _survei(ikm.periode_kode)]],
            [10, 95, 35], kanan={0, 2}), utuh=True)

    with berkas_sementara(path) as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=margin, rightMargin=margin,
                                topMargin=14 * mm, bottomMargin=24 * mm,
                                title=f"{JUDUL.title()} {r.unit_nama} {r.rentang.judul}",
                                author="Kinerja ASN Desktop", initialFontName=REGULAR,
                                initialFontSize=8)
        doc.build(story, canvasmaker=SheetCanvas)
    return path


def _kaki(r: RekapPelayanan, dicetak: datetime) -> str:
    unit = _pendek(r.unit_nama, 55)  # the footer is one line
    return (f"Laporan Kinerja Pelayanan Publik · {unit} · {r.rentang.judul} · dicetak "
            f"{format_tanggal(dicetak.date())} pukul {dicetak:%H.%M}")


def _alasan(alasan: tuple[str, ...]) -> str:
    """Backlog reasons as one line: 'Blangko habis; jaringan terputus'."""
    return "; ".join(a.rstrip(". ") for a in alasan)


def _survei(kode: str) -> str:
    """'2026-BL10+2026-BL11' -> 'Bulan Oktober 2026, Bulan November 2026'."""
    out = []
    for k in kode.split("+"):
        try:
            p = periode_by_kode(k)
        except ValidationError:
            out.append(k)
            continue
        out.append(f"{periode_teks(p.label)} {p.tahun}")
    return ", ".join(out)


def _pendek(teks: str, n: int) -> str:
    return teks if len(teks) <= n else teks[:n - 1] + "…"


def _kosong(judul: str, teks: str, lebar: float) -> Any:
    from reportlab.graphics.shapes import Drawing, String

    from asn_desktop.reports.fonts import REGULAR

    d = Drawing(lebar, 34)
    d.add(String(0, 4, teks, fontName=REGULAR, fontSize=8))
    return berjudul(d, judul)


def _sumbu(axis: Any, puncak: float) -> None:
    """A value axis of whole numbers from 0 in round steps (1, 2, 5 × 10ⁿ), at most five."""
    from asn_desktop.reports.fonts import REGULAR

    step = 1
    while step * 5 < puncak:
        step = step * 5 // 2 if str(step)[0] == "2" else step * 2
    axis.valueMin, axis.valueStep = 0, step
    axis.valueMax = step * -(-int(puncak) // step) if puncak else step
    axis.labels.fontName, axis.labels.fontSize = REGULAR, 7
    axis.labelTextFormat = lambda v: _angka(int(v))


LAYANAN_PER_GRAFIK = 30  # bars a page holds: a longer catalogue gets its chart in parts


def _grafik_tepat(r: RekapPelayanan, lebar: float) -> list[Any]:
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    from asn_desktop.reports.fonts import REGULAR

    judul = "Persentase selesai tepat waktu per layanan"
    rows = [b for b in r.layanan if b.persen_tepat is not None]
    if not rows:
        return [_kosong(judul, "Belum ada permohonan yang selesai pada periode ini.", lebar)]
    n = LAYANAN_PER_GRAFIK
    chunks = [rows[i:i + n] for i in range(0, len(rows), n)]
    out = []
    for part, chunk in enumerate(chunks, start=1):
        chunk = chunk[::-1]  # the chart draws its first category at the bottom
        tinggi = 16 * len(chunk)
        d = Drawing(lebar, tinggi + 45)
        c = HorizontalBarChart()
        c.x, c.y, c.width, c.height = 175, 18, lebar - 175 - 40, tinggi
        c.data = [[b.persen_tepat for b in chunk]]
        c.categoryAxis.categoryNames = [_pendek(f"{b.kode} · {b.nama}", 44) for b in chunk]
        c.categoryAxis.labels.fontName, c.categoryAxis.labels.fontSize = REGULAR, 7
        c.valueAxis.valueMin, c.valueAxis.valueMax, c.valueAxis.valueStep = 0, 100, 20
        c.valueAxis.labels.fontName, c.valueAxis.labels.fontSize = REGULAR, 7
        c.valueAxis.labelTextFormat = "%d%%"
        c.bars[0].fillColor = colors.HexColor(WARNA[0])
        c.barLabelFormat = _persen
        c.barLabels.fontName, c.barLabels.fontSize = REGULAR, 7
        c.barLabels.boxAnchor, c.barLabels.dx = "w", 3
        d.add(c)
        suffix = f" ({part}/{len(chunks)})" if len(chunks) > 1 else ""
        out.append(berjudul(d, judul + suffix))
    return out


def _grafik_harian(r: RekapPelayanan, lebar: float) -> Any:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    from asn_desktop.reports.fonts import REGULAR

    judul = "Permohonan masuk dan selesai per hari"
    if not r.harian:
        return _kosong(judul, "Belum ada register harian pada periode ini.", lebar)
    d = Drawing(lebar, 200)
    c = VerticalBarChart()
    c.x, c.y, c.width, c.height = 40, 30, lebar - 50, 135
    c.data = [[m for _d, m, _s in r.harian], [sel for _d, _m, sel in r.harian]]
    c.groupSpacing, c.barSpacing = 2, 0
    tiap = -(-len(r.harian) // 16)  # about sixteen date labels, whatever the span
    c.categoryAxis.categoryNames = [t.strftime("%d/%m") if i % tiap == 0 else ""
                                    for i, (t, _m, _s) in enumerate(r.harian)]
    c.categoryAxis.labels.fontName, c.categoryAxis.labels.fontSize = REGULAR, 7
    c.categoryAxis.labels.boxAnchor, c.categoryAxis.labels.dy = "n", -2
    _sumbu(c.valueAxis, max(max(m, sel) for _d, m, sel in r.harian))
    c.valueAxis.visibleGrid, c.valueAxis.gridStrokeColor = True, colors.HexColor("#DDDDDD")
    for i, warna in enumerate(WARNA[:2]):
        c.bars[i].fillColor = colors.HexColor(warna)
        c.bars[i].strokeWidth = 0
    d.add(c)
    legend = Legend()
    legend.x, legend.y = lebar - 120, d.height - 3
    legend.fontName, legend.fontSize = REGULAR, 8
    legend.alignment, legend.columnMaximum, legend.deltax = "right", 1, 60
    legend.colorNamePairs = [(colors.HexColor(WARNA[0]), "Masuk"),
                             (colors.HexColor(WARNA[1]), "Selesai")]
    d.add(legend)
    return berjudul(d, judul)


def _grafik_kategori(r: RekapPelayanan, lebar: float) -> Any:
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    from asn_desktop.reports.fonts import REGULAR

    judul = "Pengaduan masuk per kategori"
    if not r.pengaduan_masuk:
        return _kosong(judul, "Tidak ada pengaduan yang masuk pada periode ini.", lebar)
    rows = list(r.per_kategori.items())[::-1]
    d = Drawing(lebar, 22 * len(rows) + 45)
    c = HorizontalBarChart()
    c.x, c.y, c.width, c.height = 130, 18, lebar - 130 - 40, 22 * len(rows)
    c.data = [[n for _k, n in rows]]
    c.categoryAxis.categoryNames = [_kategori(k) for k, _n in rows]
    c.categoryAxis.labels.fontName, c.categoryAxis.labels.fontSize = REGULAR, 7
    _sumbu(c.valueAxis, max(n for _k, n in rows))
    for i in range(len(rows)):
        c.bars[(0, i)].fillColor = colors.HexColor(WARNA[2 + (len(rows) - 1 - i) % 4])
    c.barLabelFormat = lambda v: _angka(int(v)) if v else ""
    c.barLabels.fontName, c.barLabels.fontSize = REGULAR, 7
    c.barLabels.boxAnchor, c.barLabels.dx = "w", 3
    d.add(c)
    return berjudul(d, judul)
