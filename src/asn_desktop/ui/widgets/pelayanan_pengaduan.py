"""Pengaduan: the unit's complaints with their deadlines (overdue ones flagged in words, not
only in colour), a complaint's details and history, and its workflow steps."""

from __future__ import annotations

from datetime import date, datetime
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.dates import format_tanggal, format_tanggal_pendek
from asn_desktop.services import pelayanan as svc
from asn_desktop.services import pengaduan as adu
from asn_desktop.teks import _
from asn_desktop.ui import context as c
from asn_desktop.ui.widgets.common import hint, named
from asn_desktop.ui.widgets.pelayanan_dialog import LangkahDialog, PengaduanDialog
from asn_desktop.ui.widgets.pelayanan_umum import ID_ROLE, Pilihan, lebar_kolom, sel, tabel

MERAH = QColor("#b3261e")
JINGGA = QColor("#8a5300")
SEMUA, TERBUKA, TERLAMBAT, JATUH_TEMPO = "semua", "terbuka", "terlambat", "jatuh_tempo"


def _tgl(d: date | None) -> str:
    return format_tanggal(d) if d is not None else "—"


def _tgl_pendek(d: date | None) -> str:
    return format_tanggal_pendek(d) if d is not None else "—"


class PengaduanTab(QWidget):
    def __init__(self, ctx: c.AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pilihan: Pilihan | None = None
        self.rows: list[adu.PengaduanView] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        self.filter = QButtonGroup(self)
        self.filter_buttons: dict[str, QRadioButton] = {}
        for key, text in ((SEMUA, self.tr("Semua (bulan terpilih)")),
                          (TERBUKA, self.tr("Terbuka")), (TERLAMBAT, self.tr("Terlambat")),
                          (JATUH_TEMPO, self.tr("Jatuh tempo ≤ {0} hari kerja").format(
                              adu.JATUH_TEMPO_HARI))):
            radio = named(QRadioButton(text), f"filter_adu_{key}")
            self.filter.addButton(radio)
            self.filter_buttons[key] = radio
            top.addWidget(radio)
        self.filter_buttons[SEMUA].setChecked(True)
        self.filter.buttonToggled.connect(self._filter_toggled)
        top.addStretch(1)
        self.btn_baru = named(QPushButton(self.tr("Pengaduan baru…")), "pengaduan_baru")
        self.btn_ubah = named(QPushButton(self.tr("Ubah…")), "pengaduan_ubah")
        top.addWidget(self.btn_baru)
        top.addWidget(self.btn_ubah)
        lay.addLayout(top)
        self.ringkasan = named(hint(""), "ringkasan_pengaduan")
        lay.addWidget(self.ringkasan)
        split = QSplitter(Qt.Orientation.Vertical)
        self.table = tabel("tabel_pengaduan", [
            self.tr("Nomor"), self.tr("Tanggal"), self.tr("Kanal"), self.tr("Layanan"),
            self.tr("Kategori"), self.tr("Penanggung jawab"), self.tr("Status"), self.tr("Batas"),
            self.tr("Sisa waktu")])
        lebar_kolom(self.table, [195, 90, 100, 150, 130, 130, 110, 90, 145], stretch=3)
        self.table.itemSelectionChanged.connect(self._chosen)
        split.addWidget(self.table)
        bawah = QSplitter(Qt.Orientation.Horizontal)
        kiri = QWidget()
        kl = QVBoxLayout(kiri)
        kl.setContentsMargins(0, 4, 0, 0)
        self.detail = named(QLabel(), "detail_pengaduan")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(self.detail)
        kl.addWidget(area, 1)
        alur = QHBoxLayout()
        self.steps: dict[adu.LangkahPengaduan, QPushButton] = {}
        for t in adu.TRANSISI.values():
            step = adu.LangkahPengaduan(t.langkah)
            b = named(QPushButton(_(t.label)), f"adu_{step.value}")
            b.clicked.connect(lambda _=False, s=step: self.langkah(s))
            b.setVisible(False)
            alur.addWidget(b)
            self.steps[step] = b
        alur.addStretch(1)
        kl.addLayout(alur)
        bawah.addWidget(kiri)
        self.riwayat = tabel("riwayat_pengaduan", [
            self.tr("Waktu"), self.tr("Langkah"), self.tr("Oleh"), self.tr("Alasan")])
        lebar_kolom(self.riwayat, [165, 120, 150, 120], stretch=3)
        bawah.addWidget(self.riwayat)
        bawah.setSizes([560, 480])
        split.addWidget(bawah)
        split.setSizes([260, 220])
        lay.addWidget(split, 1)
        self.btn_baru.clicked.connect(self.baru)
        self.btn_ubah.clicked.connect(self.ubah)
        self._chosen()

    # -- the list --------------------------------------------------------------------------------

    def set_pilihan(self, p: Pilihan) -> None:
        self.pilihan = p
        self.load()

    def _filter_toggled(self, _b: object, on: bool) -> None:
        if on:
            self.load()

    def filter_key(self) -> str:
        return next((k for k, b in self.filter_buttons.items() if b.isChecked()), SEMUA)

    def set_filter(self, key: str, load: bool = True) -> None:
        self.filter.blockSignals(not load)
        self.filter_buttons[key].setChecked(True)
        self.filter.blockSignals(False)

    def load(self, pilih: str | None = None) -> None:
        p = self.pilihan
        if p is None:
            return
        keep = pilih or self.current_id()
        key = self.filter_key()
        r = p.rentang

        def read(s):  # type: ignore[no-untyped-def]
            if key == TERBUKA:
                return adu.daftar(s, unit_id=p.unit_id, terbuka=True)
            if key == TERLAMBAT:
                return adu.daftar(s, unit_id=p.unit_id, terlambat=True, terbuka=True)
            if key == JATUH_TEMPO:
                return adu.daftar(s, unit_id=p.unit_id, jatuh_tempo=adu.JATUH_TEMPO_HARI)
            return adu.daftar(s, unit_id=p.unit_id, mulai=r.mulai, selesai=r.selesai)

        self.rows = self.ctx.read(read)
        late = sum(1 for v in self.rows if v.terlambat)
        self.ringkasan.setText(
            (self.tr("{0} pengaduan diterima {1}").format(len(self.rows), r.judul)
             if key == SEMUA else self.tr("{0} pengaduan (semua bulan)").format(len(self.rows)))
            + (self.tr(" · {0} terlambat").format(late) if late else ""))
        t = self.table
        t.blockSignals(True)
        t.setRowCount(len(self.rows))
        warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for i, v in enumerate(self.rows):
            cells = [sel(v.nomor), sel(_tgl_pendek(v.tanggal), tip=_tgl(v.tanggal)),
                     sel(v.kanal_teks), sel(v.layanan_nama or "—"), sel(v.kategori_teks),
                     sel(v.pic_nama or "—"), sel(v.status_teks),
                     sel(_tgl_pendek(v.batas), tip=_tgl(v.batas)), sel(self._sisa(v))]
            cells[0].setData(ID_ROLE, v.id)
            if v.terlambat:
                cells[-1].setIcon(warn)
                for item in cells:
                    item.setForeground(QBrush(MERAH))
                font = cells[-1].font()
                font.setBold(True)
                cells[-1].setFont(font)
            elif v.sisa_hari is not None and v.sisa_hari <= adu.JATUH_TEMPO_HARI:
                cells[-1].setForeground(QBrush(JINGGA))
            for col, item in enumerate(cells):
                t.setItem(i, col, item)
        if self.rows:
            t.resizeColumnToContents(0)  # the number is how people name a complaint: never cut
        t.blockSignals(False)
        row = next((i for i, v in enumerate(self.rows) if v.id == keep), 0 if self.rows else -1)
        if row >= 0:
            t.selectRow(row)
        self._chosen()

    def _sisa(self, v: adu.PengaduanView) -> str:
        if v.terlambat:
            if v.sisa_hari is not None and v.sisa_hari < 0:
                return self.tr("Terlambat {0} hari").format(-v.sisa_hari)
            return self.tr("Terlambat")
        if v.ditutup:
            return self.tr("Tepat waktu")
        if v.sisa_hari is None:
            return "—"
        if v.sisa_hari == 0:
            return self.tr("Batas hari ini")
        return self.tr("{0} hari kerja").format(v.sisa_hari)

    def current_id(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(ID_ROLE) if item is not None else None

    def current(self) -> adu.PengaduanView | None:
        vid = self.current_id()
        return next((v for v in self.rows if v.id == vid), None)

    def select_id(self, pengaduan_id: str) -> bool:
        for i, v in enumerate(self.rows):
            if v.id == pengaduan_id:
                self.table.selectRow(i)
                return True
        return False

    # -- the chosen complaint --------------------------------------------------------------------

    def _chosen(self) -> None:
        v = self.current()
        self.btn_ubah.setEnabled(v is not None and not v.ditutup)
        self.btn_baru.setEnabled(self.pilihan is not None)
        allowed = {adu.LangkahPengaduan(t.langkah) for t in adu.tersedia(v.status)} if v else set()
        for step, b in self.steps.items():
            b.setVisible(step in allowed)
        if v is None:
            self.detail.setText(self.tr("Pilih pengaduan di daftar untuk melihat rinciannya.")
                                if self.rows else self.tr("Belum ada pengaduan di daftar ini."))
            self.riwayat.setRowCount(0)
            return
        pasangan = [  # two to a line, so the whole of it shows beside the history
            (self.tr("Diterima"), f"{_tgl(v.tanggal)} · {v.kanal_teks}"),
            (self.tr("Pelapor"), " · ".join(x for x in (v.pelapor, v.kontak) if x) or "—"),
            (self.tr("Layanan"), v.layanan_nama or "—"),
            (self.tr("Kategori"), v.kategori_teks),
            (self.tr("Batas"), _tgl(v.batas) + (" — " + self._sisa(v) if v.batas else "")),
            (self.tr("Penanggung jawab"), v.pic_nama or "—"),
            (self.tr("Respons pertama"), _tgl(v.tanggal_respons)),
            (self.tr("Ditutup"), _tgl(v.tanggal_selesai)),
        ]
        panjang = [(self.tr("Tanggapan"), v.tanggapan or "—"), (self.tr("Bukti"), v.bukti or "—")]
        status = escape(v.status_teks)
        if v.terlambat:
            late = escape(self.tr("Terlambat"))
            status += f" <span style='color:#b3261e; font-weight:600'>⚠ {late}</span>"

        def cell(k: str, val: str, span: int = 1) -> str:
            return (f"<td style='color:#555; padding-right:8px'>{escape(k)}</td>"
                    f"<td colspan='{span}' style='padding-right:16px'>{escape(val)}</td>")

        rows = ["<tr>" + cell(*pasangan[i]) + cell(*pasangan[i + 1]) + "</tr>"
                for i in range(0, len(pasangan), 2)]
        rows += ["<tr>" + cell(k, val, 3) + "</tr>" for k, val in panjang]
        html = (f"<b>{escape(v.nomor)}</b> — {status}<br>{escape(v.uraian)}"
                "<table cellspacing='0' cellpadding='2' style='margin-top:6px'>"
                + "".join(rows) + "</table>")
        self.detail.setText(html)
        history = self.ctx.read(lambda s: adu.riwayat(s, v.id))
        t = self.riwayat
        t.setRowCount(len(history))
        for i, r in enumerate(history):
            try:
                dt = datetime.fromisoformat(r.waktu)
                waktu = f"{format_tanggal(dt.date())} {dt:%H.%M}"
            except ValueError:
                waktu = r.waktu
            for col, text in enumerate((waktu, r.label, r.oleh or "", r.alasan or "")):
                t.setItem(i, col, sel(text))
        for col in range(3):
            t.resizeColumnToContents(col)

    # -- actions ---------------------------------------------------------------------------------

    def _layanan(self) -> list[svc.LayananView]:
        p = self.pilihan
        return [] if p is None else self.ctx.read(lambda s: svc.katalog(s, p.unit_id, semua=True))

    def baru(self) -> None:
        p = self.pilihan
        if p is None:
            return
        dlg = PengaduanDialog(self.ctx, p.unit_id, [x for x in self._layanan() if x.aktif],
                              parent=self)
        dlg.tersimpan.connect(self._tersimpan)
        dlg.open()

    def ubah(self) -> None:
        v, p = self.current(), self.pilihan
        if v is None or p is None or v.ditutup:
            return
        dlg = PengaduanDialog(self.ctx, p.unit_id, self._layanan(), v, parent=self)
        dlg.tersimpan.connect(self._tersimpan)
        dlg.open()

    def _tersimpan(self, pengaduan_id: str) -> None:
        v = self.ctx.read(lambda s: adu.ambil(s, pengaduan_id))
        p = self.pilihan
        if self.filter_key() == SEMUA and p is not None and not (
                p.rentang.mulai <= v.tanggal <= p.rentang.selesai):
            self.set_filter(TERBUKA)  # a complaint of another month stays in sight
        self.load(pilih=pengaduan_id)

    def langkah(self, step: adu.LangkahPengaduan) -> None:
        v = self.current()
        if v is None:
            return
        dlg = LangkahDialog(self.ctx, v, adu.TRANSISI[step], parent=self)
        dlg.selesai.connect(lambda vid: self.load(pilih=vid))
        dlg.open()
