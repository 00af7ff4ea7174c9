"""Cetak: preview inside the app (QPdfView), print (QPrintDialog), save as PDF, a batch for a
unit with a cancellable progress dialog, and Verifikasi. The sheets come from services.cetak."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.periods import Periode, periode_bawaan
from asn_desktop.services import cetak as svc
from asn_desktop.services import evaluasi as eval_svc
from asn_desktop.services.pegawai import PegawaiRow
from asn_desktop.services.status_kerja import JenisKerja
from asn_desktop.ui import context as c
from asn_desktop.ui import messages
from asn_desktop.ui.ops import cetak as ops
from asn_desktop.ui.pages.base import Page
from asn_desktop.ui.widgets.common import UnitCombo, heading, hint, named, periode_text
from asn_desktop.ui.widgets.pegawai_list import PegawaiList


class CetakPage(Page):
    key = "cetak"

    def __init__(self, ctx: c.AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.watch(c.PEGAWAI, c.SKP, c.EVALUASI, c.SYNC)
        self.pegawai: PegawaiRow | None = None
        self._periods: list[Periode] = []
        self.preview_path: Path | None = None
        self.preview_dir = ctx.ws.paths.data_dir / "pratinjau"
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Cetak"), 15))
        top.addStretch(1)
        self.verify_button = QPushButton(self.tr("Verifikasi lembar…"))
        self.verify_button.setObjectName("verifikasi")
        self.verify_button.clicked.connect(self.verifikasi)
        top.addWidget(self.verify_button)
        self.cert_button = named(QPushButton(self.tr("Sertifikat tanda tangan…")),
                                 "sertifikat_tanda_tangan")
        self.cert_button.clicked.connect(self.sertifikat)
        top.addWidget(self.cert_button)
        lay.addLayout(top)
        opts = QHBoxLayout()
        opts.addWidget(QLabel(self.tr("Lembar:")))
        self.dokumen = named(QComboBox(), "jenis_lembar")
        self.dokumen.addItem(self.tr("Sasaran Kinerja Pegawai (SKP)"), "skp")
        self.dokumen.addItem(self.tr("Evaluasi Kinerja Pegawai"), "evaluasi")
        self.dokumen.addItem(self.tr("Dokumen Evaluasi Kinerja"), "dokumen")
        opts.addWidget(self.dokumen)
        opts.addWidget(QLabel(self.tr("Tahun:")))
        self.tahun = named(QSpinBox(), "tahun_cetak")
        self.tahun.setRange(2020, 2100)
        self.tahun.setValue(date.today().year)
        opts.addWidget(self.tahun)
        self.periode_label = QLabel(self.tr("Periode:"))
        opts.addWidget(self.periode_label)
        self.periode = named(QComboBox(), "periode_cetak")
        self.periode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.periode.setMinimumContentsLength(16)
        opts.addWidget(self.periode)
        opts.addStretch(1)
        lay.addLayout(opts)
        split = QSplitter()
        self.list = PegawaiList(ctx, compact=True, kerja=JenisKerja.SKP)
        self.list.selected.connect(self._selected)
        split.addWidget(self.list)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(8, 0, 0, 0)
        actions = QHBoxLayout()
        self.btn_preview = QPushButton(self.tr("Pratinjau"))
        self.btn_preview.setObjectName("pratinjau")
        self.btn_print = QPushButton(self.tr("Cetak… (Ctrl+P)"))
        self.btn_print.setObjectName("cetak_printer")
        self.btn_pdf = QPushButton(self.tr("Simpan sebagai PDF…"))
        self.btn_pdf.setObjectName("simpan_pdf")
        for b in (self.btn_preview, self.btn_print, self.btn_pdf):
            actions.addWidget(b)
        actions.addStretch(1)
        rl.addLayout(actions)
        self.status = hint(self.tr("Pilih pegawai lalu tekan Pratinjau."))
        self.status.setObjectName("status_cetak")
        rl.addWidget(self.status)
        self.doc = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setObjectName("pratinjau_pdf")
        self.view.setDocument(self.doc)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        rl.addWidget(self.view, 1)
        batch = QHBoxLayout()
        batch.addWidget(QLabel(self.tr("Cetak satu unit:")))
        self.unit = UnitCombo()
        self.unit.setObjectName("unit_cetak")
        batch.addWidget(self.unit, 1)
        self.btn_batch = QPushButton(self.tr("Cetak semua ke folder…"))
        self.btn_batch.setObjectName("cetak_unit")
        batch.addWidget(self.btn_batch)
        rl.addLayout(batch)
        split.addWidget(right)
        split.setSizes([self.list.preferred_width(), 900])
        split.setStretchFactor(1, 1)
        lay.addWidget(split, 1)
        self.btn_preview.clicked.connect(self.preview)
        self.btn_print.clicked.connect(self.print_)
        self.btn_pdf.clicked.connect(self.save_pdf)
        self.btn_batch.clicked.connect(self.batch)
        self.dokumen.currentIndexChanged.connect(lambda _i: self._dokumen_changed())
        self.tahun.valueChanged.connect(lambda _v: self._tahun_changed())
        self.periode.activated.connect(lambda _i: self._periode_chosen())
        self._dokumen_changed()

    def title(self) -> str:
        return self.tr("Cetak")

    def refresh(self) -> None:
        super().refresh()
        current = self.list.current()
        self.list.reload()
        if current is None or not self.list.select_id(current.id):
            self.list.select_first()
        self.unit.set_units(self.ctx.units(), keep=self.ctx.unit_filter)

    def focus_search(self) -> None:
        self.list.focus_search()

    def _selected(self, row: PegawaiRow | None) -> None:
        if row is None or self.pegawai is None or row.id != self.pegawai.id:
            self._forget_preview()
        self.pegawai = row
        self._load_periods()

    def _tahun_changed(self) -> None:
        self._forget_preview()
        self._load_periods()

    def _periode_chosen(self) -> None:
        self._forget_preview()
        self._ask_status()

    def _forget_preview(self) -> None:
        """The shown sheet no longer matches the choice: Ctrl+P must never print it."""
        if self.preview_path is None:
            return
        self.preview_path = None
        self.doc.close()
        self.status.setText(self.tr("Pilih pegawai lalu tekan Pratinjau."))

    def _dokumen_changed(self) -> None:
        self._forget_preview()
        with_period = self.dokumen.currentData() != "skp"
        self.periode.setVisible(with_period)
        self.periode_label.setVisible(with_period)
        self._ask_status()

    def _load_periods(self) -> None:
        row, tahun = self.pegawai, self.tahun.value()
        if row is None:
            self._ask_status()
            return
        periods = self.ctx.read(lambda s: eval_svc.periods_for(s, row.id, tahun))
        self._periods = periods
        keep = self.periode.currentData()
        self.periode.clear()
        for p in periods:
            self.periode.addItem(periode_text(p.label), p.kode)
        i = self.periode.findData(keep) if keep else -1
        if i < 0:
            d = periode_bawaan(periods, date.today())
            i = self.periode.findData(d.kode) if d else 0
        self.periode.setCurrentIndex(max(i, 0))
        self._ask_status()

    def _ask_status(self) -> None:
        """The list shows where the chosen sheet's document stands for each employee."""
        if self.dokumen.currentData() == "skp":
            self.list.set_kerja(self.tahun.value(), None, JenisKerja.SKP)
            return
        kode = self.periode.currentData()
        chosen = next((p for p in self._periods if p.kode == kode), None)
        self.list.set_kerja(self.tahun.value(), chosen, JenisKerja.EVALUASI)

    # -- printing --------------------------------------------------------------------------------

    def _target_args(self) -> tuple[str, str, int, str | None] | None:
        row = self.pegawai
        if row is None:
            messages.info(self, self.tr("Pilih pegawai terlebih dahulu."))
            return None
        dok = self.dokumen.currentData()
        return dok, row.id, self.tahun.value(), (None if dok == "skp"
                                                 else self.periode.currentData())

    def _render(self, out: Path, done: Any) -> None:
        args = self._target_args()
        if args is None:
            return
        ops.lembar(*args, out).success(done).run(self.ctx, self)

    def _preview_file(self) -> Path:
        """A fresh file in the workspace's preview folder (older previews are removed)."""
        self.preview_dir.mkdir(parents=True, exist_ok=True)
        for old in self.preview_dir.glob("*.pdf"):
            if old != self.preview_path:
                old.unlink(missing_ok=True)
        self._n = getattr(self, "_n", 0) + 1
        return self.preview_dir / f"pratinjau-{self._n}.pdf"

    def preview(self) -> None:
        out = self._preview_file()

        def done(hasil: svc.CetakHasil) -> None:
            self.preview_path = out
            self.doc.close()
            self.doc.load(str(out))
            if hasil.lembar:
                t = hasil.lembar[0]
                self.status.setText(self.tr("{0} · {1} · kode verifikasi {2}")
                                    .format(t.keterangan, t.nama, t.kode))

        self._render(out, done)

    def save_pdf(self, path: str | None = None) -> None:
        if not path:
            row = self.pegawai
            suggested = f"{self.dokumen.currentData()}_{row.nip if row else ''}.pdf"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan sebagai PDF"),
                                                  str(Path.home() / suggested),
                                                  self.tr("PDF (*.pdf)"))
        if not path:
            return
        out = Path(path)

        def done(hasil: svc.CetakHasil) -> None:
            kode = hasil.lembar[0].kode if hasil.lembar else ""
            text = self.tr("Tersimpan: {0} (kode {1})").format(out, kode)
            if hasil.catatan_ttd:
                text += "\n" + hasil.catatan_ttd
            self.status.setText(text)

        self._render(out, done)

    def print_(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        def send(_hasil: Any = None) -> None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dlg = QPrintDialog(printer, self)
            dlg.setWindowTitle(self.tr("Cetak"))
            if dlg.exec() != QPrintDialog.DialogCode.Accepted:
                return
            self.print_document(printer)

        if self.preview_path is None:
            out = self._preview_file()

            def ready(hasil: svc.CetakHasil) -> None:
                self.preview_path = out
                self.doc.close()
                self.doc.load(str(out))
                send(hasil)

            self._render(out, ready)
        else:
            send()

    def print_document(self, printer: Any) -> None:
        """Draw every page of the loaded PDF onto ``printer``."""
        painter = QPainter()
        if not painter.begin(printer):
            messages.show_error(self, self.tr("Pencetak tidak dapat dibuka."))
            return
        try:
            for i in range(self.doc.pageCount()):
                if i:
                    printer.newPage()
                rect = painter.viewport()
                size = self.doc.pagePointSize(i).toSize()
                scaled = size.scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
                img = self.doc.render(i, scaled)
                painter.drawImage(0, 0, img)
        finally:
            painter.end()

    def batch(self, folder: str | None = None) -> None:
        unit_id = self.unit.unit_id()
        if unit_id is None:
            return
        if not folder:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder tujuan"))
        if not folder:
            return
        units = {u.id: u for u in self.ctx.units()}
        kode = units[unit_id].kode
        dok = self.dokumen.currentData()
        periode = None if dok == "skp" else self.periode.currentData()
        tahun = self.tahun.value()

        def done(hasil: svc.CetakHasil) -> None:
            if hasil.dibatalkan:
                messages.info(self, self.tr("Pencetakan dibatalkan; tidak ada berkas yang "
                                            "setengah jadi."))
                return
            text = self.tr("{0} lembar dicetak ke {1}.").format(len(hasil.lembar), folder)
            if hasil.dilewati:
                text += "\n" + self.tr("Dilewati {0} pegawai:").format(len(hasil.dilewati))
                text += "\n" + "\n".join(f"• {d.nama}: {d.alasan}" for d in hasil.dilewati[:15])
            if hasil.catatan_ttd:
                text += "\n\n" + hasil.catatan_ttd
            messages.info(self, text, self.tr("Cetak satu unit"))

        ops.lembar_unit(dok, kode, tahun, periode, Path(folder)).success(done).run(self.ctx, self)

    def verifikasi(self) -> None:
        from asn_desktop.ui.dialogs.verifikasi import VerifikasiDialog

        VerifikasiDialog(self.ctx, self).open()

    def sertifikat(self) -> None:
        from asn_desktop.ui.dialogs.sertifikat import SertifikatDialog

        SertifikatDialog(self.ctx, self).open()
