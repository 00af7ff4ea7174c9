"""Log Harian: fast entry of daily activities against an RHK, a week view, and totals per RHK
for a period that can be carried into the evaluation's realisasi with one action."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.angka import format_angka
from asn_desktop.domain.dates import NAMA_HARI, format_tanggal
from asn_desktop.domain.periods import periode_bawaan
from asn_desktop.errors import ValidationError
from asn_desktop.services import evaluasi as eval_svc
from asn_desktop.services import log_harian as svc
from asn_desktop.services import pengaduan as adu
from asn_desktop.services import skp as skp_svc
from asn_desktop.services.pegawai import PegawaiRow
from asn_desktop.services.status_kerja import JenisKerja
from asn_desktop.teks import _
from asn_desktop.ui import context as c
from asn_desktop.ui import messages
from asn_desktop.ui.ops import log_harian as ops
from asn_desktop.ui.ops.pelayanan import PELAYANAN
from asn_desktop.ui.pages.base import Page
from asn_desktop.ui.widgets.common import DateEdit, FieldError, heading, named, periode_text
from asn_desktop.ui.widgets.pegawai_list import PegawaiList

URAIAN_PENDEK = 80  # characters of a complaint shown in the week's list
HARI = NAMA_HARI  # shown through _()


def monday_of(d: date) -> date:
    return d - timedelta(days=d.weekday())


class LogHarianPage(Page):
    key = "log_harian"

    def __init__(self, ctx: c.AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.watch(c.LOG, c.SKP, c.PEGAWAI, c.SYNC, PELAYANAN)
        self.pegawai: PegawaiRow | None = None
        self.monday = monday_of(date.today())
        self.rows: list[svc.LogRow] = []
        self.skp: skp_svc.SkpRow | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.addWidget(heading(self.tr("Log Harian"), 15))
        split = QSplitter()
        self.list = PegawaiList(ctx, compact=True, kerja=JenisKerja.SKP)
        self.list.selected.connect(self._pegawai_selected)
        split.addWidget(self.list)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(8, 0, 0, 0)
        self.who = QLabel()
        self.who.setWordWrap(True)
        rl.addWidget(self.who)
        # quick entry
        entry = QGridLayout()
        self.tanggal = DateEdit()
        self.tanggal.setObjectName("log_tanggal")
        self.rhk = named(QComboBox(), "log_rhk")
        self.rhk.setMinimumContentsLength(30)
        self.rhk.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.uraian = named(QLineEdit(), "log_uraian")
        self.uraian.setPlaceholderText(self.tr("Kegiatan yang dikerjakan, lalu tekan Enter"))
        self.output = named(QLineEdit(), "log_output")
        self.output.setPlaceholderText(self.tr("Output, mis. Dokumen"))
        self.output.setMaximumWidth(160)
        self.kuantitas = named(QDoubleSpinBox(), "log_kuantitas")
        self.kuantitas.setRange(0, svc.KUANTITAS_MAKS)
        self.kuantitas.setDecimals(2)
        self.kuantitas.setValue(1)
        self.tambah = QPushButton(self.tr("Tambah"))
        self.tambah.setObjectName("log_tambah")
        self.tambah.setDefault(True)
        entry.addWidget(QLabel(self.tr("Tanggal")), 0, 0)
        entry.addWidget(QLabel(self.tr("RHK")), 0, 1)
        entry.addWidget(self.tanggal, 1, 0)
        entry.addWidget(self.rhk, 1, 1, 1, 4)
        entry.addWidget(QLabel(self.tr("Kegiatan")), 2, 0, 1, 2)
        entry.addWidget(QLabel(self.tr("Keluaran")), 2, 2)
        entry.addWidget(QLabel(self.tr("Jumlah")), 2, 3)
        entry.addWidget(self.uraian, 3, 0, 1, 2)
        entry.addWidget(self.output, 3, 2)
        entry.addWidget(self.kuantitas, 3, 3)
        entry.addWidget(self.tambah, 3, 4)
        entry.setColumnStretch(1, 1)
        rl.addLayout(entry)
        self.error = FieldError()
        rl.addWidget(self.error)
        self.uraian.returnPressed.connect(self.add)
        self.output.returnPressed.connect(self.add)
        self.tambah.clicked.connect(self.add)
        # week
        nav = QHBoxLayout()
        self.prev = QPushButton(self.tr("◀ Minggu lalu"))
        self.this = QPushButton(self.tr("Minggu ini"))
        self.next = QPushButton(self.tr("Minggu depan ▶"))
        self.week_label = QLabel()
        self.week_label.setObjectName("label_minggu")
        self.week_label.setStyleSheet("font-weight: 600;")
        self.prev.clicked.connect(lambda: self.set_week(self.monday - timedelta(days=7)))
        self.this.clicked.connect(lambda: self.set_week(monday_of(date.today())))
        self.next.clicked.connect(lambda: self.set_week(self.monday + timedelta(days=7)))
        nav.addWidget(self.prev)
        nav.addWidget(self.week_label, 1, Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.this)
        nav.addWidget(self.next)
        rl.addLayout(nav)
        vsplit = QSplitter(Qt.Orientation.Vertical)
        self.week = QTableWidget(0, 5)
        self.week.setObjectName("tabel_minggu")
        self.week.setHorizontalHeaderLabels([self.tr("Hari"), self.tr("RHK"),
                                             self.tr("Kegiatan"), self.tr("Keluaran"),
                                             self.tr("Jumlah")])
        self.week.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.week.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.week.verticalHeader().setVisible(False)
        hdr = self.week.horizontalHeader()
        hdr.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.week.setColumnWidth(0, 200)
        self.week.setColumnWidth(1, 220)
        self.week.setColumnWidth(3, 100)
        self.week.setColumnWidth(4, 70)
        QShortcut(QKeySequence.StandardKey.Delete, self.week, self.delete_selected)
        vsplit.addWidget(self.week)
        # complaints the employee settled as PIC that week (kept in the complaint register)
        self.pengaduan_box = QWidget()
        pl = QVBoxLayout(self.pengaduan_box)
        pl.setContentsMargins(0, 4, 0, 0)
        self.pengaduan_label = QLabel()
        self.pengaduan_label.setObjectName("label_pengaduan_selesai")
        pl.addWidget(self.pengaduan_label)
        self.pengaduan = QTableWidget(0, 4)
        self.pengaduan.setObjectName("tabel_pengaduan_selesai")
        self.pengaduan.setAccessibleName(self.tr("Pengaduan yang diselesaikan"))
        self.pengaduan.setHorizontalHeaderLabels([self.tr("Nomor"), self.tr("Selesai"),
                                                  self.tr("Layanan"), self.tr("Uraian")])
        self.pengaduan.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.pengaduan.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.pengaduan.verticalHeader().setVisible(False)
        self.pengaduan.setWordWrap(False)
        self.pengaduan.setMinimumHeight(  # the heading and three complaints
            self.pengaduan.horizontalHeader().sizeHint().height()
            + 3 * self.pengaduan.verticalHeader().defaultSectionSize() + 4)
        self.pengaduan.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.pengaduan.setColumnWidth(0, 200)
        self.pengaduan.setColumnWidth(1, 150)
        self.pengaduan.setColumnWidth(2, 200)
        pl.addWidget(self.pengaduan)
        self.pengaduan_box.hide()
        vsplit.addWidget(self.pengaduan_box)
        totals = QWidget()
        tl = QVBoxLayout(totals)
        tl.setContentsMargins(0, 4, 0, 0)
        trow = QHBoxLayout()
        trow.addWidget(QLabel("<b>" + self.tr("Jumlah per RHK, periode:") + "</b>"))
        self.periode = named(QComboBox(), "log_periode")
        self.periode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.periode.setMinimumContentsLength(16)
        self.periode.currentIndexChanged.connect(lambda _i: self._load_totals())
        trow.addWidget(self.periode)
        trow.addStretch(1)
        self.hapus = QPushButton(self.tr("Hapus kegiatan terpilih"))
        self.hapus.clicked.connect(self.delete_selected)
        trow.addWidget(self.hapus)
        self.carry = QPushButton(self.tr("Masukkan ke realisasi evaluasi"))
        self.carry.setObjectName("masukkan_realisasi")
        self.carry.clicked.connect(self.carry_to_realisasi)
        trow.addWidget(self.carry)
        tl.addLayout(trow)
        self.totals = QTableWidget(0, 4)
        self.totals.setObjectName("tabel_jumlah")
        self.totals.setHorizontalHeaderLabels([self.tr("RHK"), self.tr("Keluaran"),
                                               self.tr("Jumlah"), self.tr("Entri")])
        self.totals.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.totals.verticalHeader().setVisible(False)
        self.totals.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tl.addWidget(self.totals)
        vsplit.addWidget(totals)
        vsplit.setSizes([330, 140, 200])
        rl.addWidget(vsplit, 1)
        split.addWidget(right)
        split.setSizes([self.list.preferred_width(), 900])
        split.setStretchFactor(1, 1)
        lay.addWidget(split, 1)

    def title(self) -> str:
        return self.tr("Log Harian")

    def refresh(self) -> None:
        super().refresh()
        current = self.list.current()
        self.list.set_kerja(self.tanggal.value().year)
        self.list.reload()
        if current is None or not self.list.select_id(current.id):
            self.list.select_first()
        self._load()

    def focus_search(self) -> None:
        self.list.focus_search()

    def new(self) -> None:
        self.uraian.setFocus()

    def _pegawai_selected(self, row: PegawaiRow | None) -> None:
        self.pegawai = row
        self._load()

    def set_week(self, monday: date) -> None:
        self.monday = monday
        if not (monday <= self.tanggal.value() <= monday + timedelta(days=6)):
            self.tanggal.set_date(min(date.today(), monday + timedelta(days=6))
                                  if monday <= date.today() else monday)
        self._load_week()

    def _load(self) -> None:
        row = self.pegawai
        enabled = row is not None
        for w in (self.uraian, self.output, self.kuantitas, self.tambah, self.rhk, self.carry):
            w.setEnabled(enabled)
        if row is None:
            self.who.setText(self.tr("Pilih pegawai di sebelah kiri."))
            return
        tahun = self.tanggal.value().year

        def read(s):  # type: ignore[no-untyped-def]
            skp = skp_svc.skp_for(s, row.id, tahun)
            rhks: tuple[skp_svc.RhkView, ...] = ()
            if skp is not None:
                utama, tambahan = skp_svc.rhk_views(s, skp.id)
                rhks = utama + tambahan
            return skp, rhks, eval_svc.periods_for(s, row.id, tahun)

        self.skp, rhks, periods = self.ctx.read(read)
        self.who.setText(f"<b>{escape(row.nama)}</b> — {escape(row.jabatan)}")
        keep = self.rhk.currentData()
        self.rhk.clear()
        for r in rhks:
            prefix = "U" if r.jenis == "UTAMA" else "T"
            self.rhk.addItem(f"{prefix}{r.nomor}. {r.uraian}", r.id)
        self.rhk.addItem(self.tr("(kegiatan di luar RHK)"), None)
        if keep:
            self.rhk.setCurrentIndex(max(self.rhk.findData(keep), 0))
        self.periode.blockSignals(True)
        keep_p = self.periode.currentData()
        self.periode.clear()
        for p in periods:
            self.periode.addItem(periode_text(p.label), p.kode)
        i = self.periode.findData(keep_p) if keep_p else -1
        if i < 0:
            d = periode_bawaan(periods, date.today())
            i = self.periode.findData(d.kode) if d else 0
        self.periode.setCurrentIndex(max(i, 0))
        self.periode.blockSignals(False)
        self._load_week()

    def _load_week(self) -> None:
        end = self.monday + timedelta(days=6)
        self.week_label.setText(f"{format_tanggal(self.monday)} – "
                                f"{format_tanggal(end)}")
        row = self.pegawai
        self.rows = [] if row is None else self.ctx.read(
            lambda s: svc.week(s, row.id, self.monday))
        t = self.week
        t.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            values = (f"{_(HARI[r.tanggal.weekday()])}, {format_tanggal(r.tanggal)}",
                      r.rhk_uraian or self.tr("(di luar RHK)"), r.uraian, r.output_satuan or "",
                      format_angka(r.kuantitas))
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                t.setItem(i, col, item)
        self._load_pengaduan()
        self._load_totals()

    def _load_pengaduan(self) -> None:
        row, end = self.pegawai, self.monday + timedelta(days=6)
        rows = [] if row is None else self.ctx.read(
            lambda s: adu.diselesaikan_oleh(s, row.id, self.monday, end))
        self.pengaduan_box.setVisible(bool(rows))
        self.pengaduan_label.setText("<b>" + self.tr("Pengaduan yang diselesaikan minggu ini "
                                                     "({0})").format(len(rows)) + "</b>")
        t = self.pengaduan
        t.setRowCount(len(rows))
        for i, v in enumerate(rows):
            uraian = " ".join(v.uraian.split())
            values = (v.nomor, format_tanggal(v.tanggal_selesai)
                      if v.tanggal_selesai else "", v.layanan_nama or "—",
                      uraian if len(uraian) <= URAIAN_PENDEK else
                      uraian[:URAIAN_PENDEK - 1].rstrip() + "…")
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(uraian if col == 3 else text)
                t.setItem(i, col, item)

    def _load_totals(self) -> None:
        row, kode = self.pegawai, self.periode.currentData()
        rows = [] if row is None or kode is None else self.ctx.read(
            lambda s: svc.totals(s, row.id, kode))
        t = self.totals
        t.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for col, text in enumerate((r.rhk_uraian or self.tr("(di luar RHK)"),
                                        r.satuan or "", format_angka(r.kuantitas),
                                        str(r.jumlah_entri))):
                t.setItem(i, col, QTableWidgetItem(text))

    # -- actions ---------------------------------------------------------------------------------

    def add(self) -> None:
        row = self.pegawai
        if row is None:
            return
        data = svc.LogInput(
            tanggal=self.tanggal.value(), uraian=self.uraian.text(),
            rhk_id=self.rhk.currentData(), output_satuan=self.output.text().strip() or None,
            kuantitas=self.kuantitas.value(),
        )
        self.error.show_error(None)

        def done(_id: str) -> None:
            self.uraian.clear()
            self.kuantitas.setValue(1)  # a count belongs to one activity, not the next
            self.uraian.setFocus()
            d = data.tanggal
            if not (self.monday <= d <= self.monday + timedelta(days=6)):
                self.monday = monday_of(d)
            self._load_week()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                self.error.show_error(exc.message)
                {"uraian": self.uraian, "kuantitas": self.kuantitas, "rhk_id": self.rhk,
                 "tanggal": self.tanggal}.get(exc.field or "", self.uraian).setFocus()
            else:
                messages.show_error(self, exc)

        ops.tambah(row.id, data).success(done).failure(failed).run(self.ctx, self)

    def delete_selected(self) -> None:
        i = self.week.currentRow()
        if not 0 <= i < len(self.rows):
            return
        entry = self.rows[i]
        if not messages.confirm(self, self.tr("Hapus kegiatan \"{0}\"?").format(entry.uraian)):
            return
        ops.hapus(entry.id).success(lambda _r: self._load_week()).run(self.ctx, self)

    def carry_to_realisasi(self) -> None:
        row, kode = self.pegawai, self.periode.currentData()
        skp = self.skp
        if row is None or kode is None:
            return
        if skp is None or skp.status != "DISETUJUI":
            messages.warning(self, self.tr("SKP pegawai ini belum disetujui; realisasi belum "
                                           "dapat diisi."))
            return

        def done(changes: list[svc.RealisasiChange]) -> None:
            if not changes:
                messages.info(self, self.tr("Tidak ada realisasi yang berubah."))
                return
            lines = "\n".join(f"• {ch.indikator_uraian}: {format_angka(ch.baru)} "
                              f"{ch.satuan or ''}" for ch in changes)
            messages.info(self, self.tr("Realisasi evaluasi {0} diisi dari log harian:")
                          .format(self.periode.currentText()) + "\n" + lines)

        ops.isi_realisasi(skp.id, kode).success(done).run(self.ctx, self)
