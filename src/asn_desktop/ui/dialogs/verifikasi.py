"""Verifikasi: check a printed sheet by its code (or QR text), or a PDF file."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.services import cetak as svc
from asn_desktop.ui.context import AppContext
from asn_desktop.ui.widgets.common import hint, translate_buttons

COLORS = {
    svc.VerifyStatus.VALID: ("#e7f4ea", "#1b7a3a"),
    svc.VerifyStatus.OUTDATED: ("#fff4e5", "#8a5a00"),
    svc.VerifyStatus.UNKNOWN: ("#f1f3f5", "#333"),
    svc.VerifyStatus.FORGED: ("#fdecea", "#b3261e"),
}


class VerifikasiDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Verifikasi lembar tercetak"))
        self.resize(560, 320)
        lay = QVBoxLayout(self)
        lay.addWidget(hint(self.tr("Ketik kode verifikasi yang tercetak di lembar (mis. "
                                   "ABCD-EFGH-JKMN), tempel isi QR, atau pilih berkas PDF.")))
        row = QHBoxLayout()
        self.kode = QLineEdit(objectName="kode_verifikasi")
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
        self.result = QLabel()
        self.result.setObjectName("hasil_verifikasi")
        self.result.setWordWrap(True)
        self.result.setMinimumHeight(120)
        self.result.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.result, 1)
        box = translate_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        box.rejected.connect(self.reject)
        lay.addWidget(box)

    def check_code(self) -> None:
        text, ws = self.kode.text(), self.ctx.ws
        self.ctx.background(self, lambda _c: [svc.verify(ws, text)], self.show_results)

    def check_pdf(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas PDF"), "",
                                                  self.tr("PDF (*.pdf)"))
        if not path:
            return
        ws = self.ctx.ws
        self.ctx.background(self, lambda _c: svc.verify_pdf(ws, Path(path)), self.show_results)

    def show_results(self, results: list[svc.VerifyResult]) -> None:
        parts = []
        worst = svc.VerifyStatus.VALID
        order = list(svc.VerifyStatus)
        for r in results:
            if order.index(r.status) > order.index(worst):
                worst = r.status
            detail = " · ".join(x for x in (r.keterangan, r.nama, r.nip) if x)
            parts.append(f"<b>{escape(r.message)}</b>"
                         + (f"<br><small>{escape(detail)}</small>" if detail else ""))
        bg, fg = COLORS[worst]
        self.result.setStyleSheet(f"background: {bg}; color: {fg}; border-radius: 6px; "
                                  "padding: 10px;")
        self.result.setText("<br><br>".join(parts))
