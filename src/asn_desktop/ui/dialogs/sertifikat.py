"""Sertifikat tanda tangan: the city's certificate authority (its SHA-256 fingerprint, to compare
by phone with BKPSDM), this installation's signing certificate, and saving the authority's
certificate for PDF readers to trust (what ``asn-desktop sync ca`` shows)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from cryptography import x509
from cryptography.x509.oid import NameOID
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.services.sertifikat import InfoSertifikat
from asn_desktop.ui.context import AppContext
from asn_desktop.ui.ops import cetak as ops
from asn_desktop.ui.tampilan import pt
from asn_desktop.ui.widgets.common import hint, named, translate_buttons

NAMA_BERKAS = "otoritas-bkpsdm.crt"
PANDUAN = "cetak.md"


def nama_subjek(subjek: str) -> str:
    """'Uji Pusat (39c0a9da), PUSAT, PEMERINTAH KOTA SERANG' from a certificate subject."""
    try:
        name = x509.Name.from_rfc4514_string(subjek)
    except ValueError:
        return subjek
    parts = [str(a.value) for oid in (NameOID.COMMON_NAME, NameOID.ORGANIZATIONAL_UNIT_NAME,
                                      NameOID.ORGANIZATION_NAME)
             for a in name.get_attributes_for_oid(oid)]
    return ", ".join(parts) or subjek


class SertifikatDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: InfoSertifikat | None = None
        self.setObjectName("dialog_sertifikat")
        self.setWindowTitle(self.tr("Sertifikat tanda tangan"))
        self.setMinimumWidth(640)
        lay = QVBoxLayout(self)
        lay.addWidget(hint(self.tr(
            "Berkas PDF lembar resmi ditandatangani secara elektronik dengan sertifikat yang "
            "diterbitkan otoritas sertifikat kota (BKPSDM). Pembaca PDF mengakui tanda tangan "
            "itu setelah sertifikat otoritasnya dipasang di komputer pemeriksa.")))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.ca = self._value("ca_subjek")
        self.sidik = self._value("ca_sidik")
        self.sidik.setStyleSheet(f"font-family: monospace; font-size: {pt(11)};")
        self.sidik.setTextFormat(Qt.TextFormat.RichText)
        self.sertifikat = self._value("sertifikat_instalasi")
        self.berlaku = self._value("sertifikat_berlaku")
        form.addRow(self.tr("Otoritas sertifikat:"), self.ca)
        form.addRow(self.tr("Sidik SHA-256:"), self.sidik)
        form.addRow(self.tr("Sertifikat instalasi ini:"), self.sertifikat)
        form.addRow(self.tr("Berlaku sampai:"), self.berlaku)
        lay.addLayout(form)
        lay.addWidget(hint(self.tr(
            "Bandingkan sidik SHA-256 di atas dengan yang diumumkan BKPSDM (misalnya lewat "
            "telepon) sebelum memasang sertifikatnya.")))
        panduan = hint(self.tr(
            "Cara memasang sertifikat otoritas di pembaca PDF: lihat Panduan, bagian "
            "<a href='panduan'>Mencetak lembar</a>."))
        panduan.setObjectName("tautan_panduan")
        panduan.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        panduan.linkActivated.connect(lambda _link: self.panduan())
        lay.addWidget(panduan)
        self.status = named(hint(""), "status_sertifikat")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        lay.addWidget(self.status)
        box = translate_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        self.btn_simpan = named(QPushButton(self.tr("Simpan sertifikat otoritas…")),
                                "simpan_sertifikat_ca")
        self.btn_simpan.setEnabled(False)
        self.btn_simpan.clicked.connect(lambda: self.simpan())
        box.addButton(self.btn_simpan, QDialogButtonBox.ButtonRole.ActionRole)
        box.rejected.connect(self.reject)
        lay.addWidget(box)
        self.ca.setText(self.tr("memuat…"))
        ops.info_sertifikat().success(self._show).run(self.ctx, self)

    def _value(self, name: str) -> QLabel:
        label = named(QLabel(), name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _show(self, info: InfoSertifikat) -> None:
        self.info = info
        self.ca.setText(nama_subjek(info.ca_subjek) if info.ca_subjek
                        else self.tr("belum diterima dari pusat — kirim paket ke BKPSDM lalu "
                                     "impor jawabannya"))
        # two rows of 16 bytes: easier to read out by phone
        sidik = info.ca_sidik or ""
        self.sidik.setText("<br>".join(escape(sidik[i:i + 48].rstrip(":"))
                                       for i in range(0, len(sidik), 48)) or "-")
        self.sertifikat.setText(nama_subjek(info.sertifikat) if info.sertifikat
                                else self.tr("belum diterbitkan — kirim paket ke BKPSDM lalu "
                                             "impor jawabannya"))
        self.berlaku.setText(info.berlaku_sampai.astimezone().strftime("%d-%m-%Y")
                             if info.berlaku_sampai else "-")
        self.btn_simpan.setEnabled(info.ca_subjek is not None)
        self.adjustSize()  # wrapped labels grew: the dialog follows

    def simpan(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Simpan sertifikat otoritas"), str(Path.home() / NAMA_BERKAS),
                self.tr("Sertifikat (*.crt)"))
        if not path:
            return
        ops.simpan_sertifikat_ca(Path(path)).success(self._saved).run(self.ctx, self)

    def _saved(self, path: Path) -> None:
        self.status.setText(self.tr("Sertifikat otoritas tersimpan: {0}").format(path))
        self.status.show()
        self.adjustSize()

    def panduan(self) -> None:
        from asn_desktop.ui.bantuan.panduan import PanduanWindow

        window = PanduanWindow(self)
        window.open_section(PANDUAN)
        window.show()
