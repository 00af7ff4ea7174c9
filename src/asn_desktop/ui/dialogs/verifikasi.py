"""Verifikasi: check a printed sheet by its code (or QR text), or a PDF file.

The answer comes from the registry of printed sheets: the verdict, then what was printed under
that code (document, name, NIP, period, ratings, predikat, status, when and where it was
printed), for the officer to compare with the paper. For a PDF, a value the file shows
differently is set beside the registry's, in red, and the file's PDF signature has its own
verdict beside the registry's.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.services import cetak as svc
from asn_desktop.services.tanda_tangan_pdf import HasilTtd
from asn_desktop.ui.context import AppContext
from asn_desktop.ui.ops import cetak as ops
from asn_desktop.ui.widgets.common import hint, named, translate_buttons

COLORS = {
    svc.VerifyStatus.VALID: ("#e7f4ea", "#1b7a3a"),
    svc.VerifyStatus.OUTDATED: ("#fff4e5", "#8a5a00"),
    svc.VerifyStatus.DRAFT: ("#fff4e5", "#8a5a00"),
    svc.VerifyStatus.UNKNOWN: ("#f1f3f5", "#333"),
    svc.VerifyStatus.FORGED: ("#fdecea", "#b3261e"),
}
TTD_SAH, TTD_GAGAL, TTD_TIDAK_ADA = (COLORS[svc.VerifyStatus.VALID],
                                    COLORS[svc.VerifyStatus.FORGED],
                                    COLORS[svc.VerifyStatus.UNKNOWN])
DIFF_BG = QColor("#fdecea")
DIFF_FG = QColor("#b3261e")


class VerifikasiDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.results: list[svc.VerifyResult] = []
        self.setWindowTitle(self.tr("Verifikasi lembar tercetak"))
        self.resize(760, 620)
        lay = QVBoxLayout(self)
        lay.addWidget(hint(self.tr(
            "Ketik kode verifikasi yang tercetak di lembar (mis. ABCD-EFGH-JKMN), tempel isi QR, "
            "atau pilih berkas PDF. Hasilnya menampilkan isi yang tercatat saat lembar dicetak: "
            "cocokkan dengan kertasnya.")))
        row = QHBoxLayout()
        self.kode = named(QLineEdit(), "kode_verifikasi")
        self.kode.setPlaceholderText("ABCD-EFGH-JKMN")
        self.kode.returnPressed.connect(self.check_code)
        check = QPushButton(self.tr("Periksa"))
        check.setObjectName("periksa_kode")
        check.clicked.connect(self.check_code)
        pdf = QPushButton(self.tr("Periksa berkas PDF…"))
        pdf.clicked.connect(self.check_pdf)
        row.addWidget(self.kode, 1)
        row.addWidget(check)
        row.addWidget(pdf)
        lay.addLayout(row)
        self.hasil = QLabel()
        self.hasil.setObjectName("hasil_verifikasi")
        self.hasil.setWordWrap(True)
        self.hasil.setMinimumHeight(60)
        self.hasil.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hasil.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.ttd = named(QLabel(), "hasil_ttd_pdf")
        self.ttd.setAccessibleName(self.tr("Tanda tangan PDF"))
        self.ttd.setWordWrap(True)
        self.ttd.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ttd.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.ttd.hide()
        verdicts = QHBoxLayout()
        verdicts.addWidget(self.hasil, 3)
        verdicts.addWidget(self.ttd, 2)
        lay.addLayout(verdicts)
        self.pilih = named(QComboBox(), "pilih_lembar")  # a file holding several sheets
        self.pilih.currentIndexChanged.connect(self._show_detail)
        self.pilih.hide()
        lay.addWidget(self.pilih)
        self.judul_rincian = named(QLabel(), "judul_rincian")
        self.judul_rincian.setWordWrap(True)
        lay.addWidget(self.judul_rincian)
        self.rincian = named(QTableWidget(0, 2), "rincian_verifikasi")
        self.rincian.verticalHeader().hide()
        self.rincian.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rincian.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.rincian.setWordWrap(True)
        self.rincian.hide()
        lay.addWidget(self.rincian, 1)
        box = translate_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        box.rejected.connect(self.reject)
        lay.addWidget(box)

    def check_code(self) -> None:
        ops.verifikasi_kode(self.kode.text()).success(self.show_results).run(self.ctx, self)

    def check_pdf(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas PDF"), "",
                                                  self.tr("PDF (*.pdf)"))
        if not path:
            return
        ops.verifikasi_pdf(Path(path)).success(self.show_results).run(self.ctx, self)

    def show_results(self, results: list[svc.VerifyResult]) -> None:
        self.results = list(results)
        order = list(svc.VerifyStatus)
        worst = max((r.status for r in results), key=order.index, default=svc.VerifyStatus.VALID)
        bg, fg = COLORS[worst]
        self.hasil.setStyleSheet(f"background: {bg}; color: {fg}; border-radius: 6px; "
                                  "padding: 10px;")
        self.hasil.setText("<br><br>".join(f"<b>{escape(r.message)}</b>" for r in results))
        self._show_ttd(next((r.ttd_pdf for r in results if r.ttd_pdf is not None), None))
        self.pilih.blockSignals(True)
        self.pilih.clear()
        for r in results:
            what = " · ".join(x for x in (r.kode, r.label, r.nama) if x)
            self.pilih.addItem(what)
        self.pilih.setVisible(len(results) > 1)
        # first the sheet that needs attention
        first = next((i for i, r in enumerate(results) if not r.ok), 0)
        self.pilih.setCurrentIndex(first)
        self.pilih.blockSignals(False)
        self._show_detail(first)

    def _show_ttd(self, ttd: HasilTtd | None) -> None:
        """The file's PDF signature (one per file, whatever the sheets in it)."""
        if ttd is None:
            self.ttd.hide()
            self.ttd.clear()
            return
        bg, fg = TTD_SAH if ttd.sah else TTD_GAGAL if ttd.ada else TTD_TIDAK_ADA
        self.ttd.setStyleSheet(f"background: {bg}; color: {fg}; border-radius: 6px; "
                               "padding: 10px;")
        lines = [f"<b>{escape(ttd.label)}</b>"]
        if ttd.pesan:
            lines.append(escape(ttd.pesan[:1].upper() + ttd.pesan[1:]))
        if ttd.penanda and ttd.penanda not in ttd.pesan:
            lines.append((self.tr("Penanda tangan: {0}") if ttd.sah
                          else self.tr("Penanda tangan menurut berkas: {0}"))
                         .format(escape(ttd.penanda)))
        if ttd.waktu is not None:
            lines.append(self.tr("Ditandatangani: {0}").format(
                ttd.waktu.astimezone().strftime("%d-%m-%Y %H:%M")))
        self.ttd.setText("<br>".join(lines))
        self.ttd.show()

    def _show_detail(self, index: int) -> None:
        if not 0 <= index < len(self.results):
            self.rincian.hide()
            self.judul_rincian.clear()
            return
        r = self.results[index]
        rows = r.rincian_baris()
        if not rows:
            self.rincian.hide()
            self.judul_rincian.clear()
            return
        beda = {x.field: x for x in r.selisih}
        headers = [self.tr("Data"), self.tr("Tercatat di register")]
        if beda:
            headers.append(self.tr("Di lembar (berkas)"))
        self.judul_rincian.setText(self.tr(
            "<b>Isi lembar yang tercatat saat dicetak</b> — cocokkan dengan kertasnya:"))
        self.rincian.clear()
        self.rincian.setColumnCount(len(headers))
        self.rincian.setHorizontalHeaderLabels(headers)
        self.rincian.setRowCount(len(rows))
        for i, (name, label, value) in enumerate(rows):
            cells = [QTableWidgetItem(label), QTableWidgetItem(value)]
            x = beda.get(name) if name else None
            if beda:
                shown = "" if x is None else (
                    self.tr("(tidak terbaca)") if x.di_lembar is None else (x.di_lembar or "-"))
                cells.append(QTableWidgetItem(shown))
            for c, item in enumerate(cells):
                if x is not None:
                    item.setBackground(QBrush(DIFF_BG))
                    item.setForeground(QBrush(DIFF_FG))
                self.rincian.setItem(i, c, item)
        header = self.rincian.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for c in range(1, len(headers)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        self.rincian.resizeRowsToContents()
        self.rincian.show()

    def value(self, label: str, column: int = 1) -> str:
        """The text shown for ``label`` (tests, accessibility)."""
        for i in range(self.rincian.rowCount()):
            item = self.rincian.item(i, 0)
            if item is not None and item.text() == label:
                cell = self.rincian.item(i, column)
                return cell.text() if cell is not None else ""
        return ""
