"""The Panduan window: the sections on the left, the chosen one on the right (Markdown from
docs/panduan, with its screenshots). F1 opens it at the section of the current page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QResizeEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.ui.bantuan import isi
from asn_desktop.ui.widgets.common import named


class PanduanWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Panduan Kinerja ASN Desktop"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1000, 640)
        self.root = isi.folder()
        self.bagian = isi.daftar(self.root) if self.root else []
        lay = QVBoxLayout(self)
        split = QSplitter()
        self.sections = named(QListWidget(), "panduan_bagian")
        self.sections.setAccessibleName(self.tr("Bagian panduan"))
        for b in self.bagian:
            item = QListWidgetItem(b.judul)
            item.setData(Qt.ItemDataRole.UserRole, b.berkas)
            self.sections.addItem(item)
        self.sections.currentRowChanged.connect(self._row_changed)
        split.addWidget(self.sections)
        self.text = named(QTextBrowser(), "panduan_isi")
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._link)
        split.addWidget(self.text)
        split.setSizes([240, 760])
        split.setStretchFactor(1, 1)
        lay.addWidget(split, 1)
        if not self.bagian:
            self.text.setPlainText(self.tr("Panduan tidak ditemukan pada instalasi ini."))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("F1 membuka bagian untuk halaman yang sedang dibuka.")))
        lay.addLayout(row)
        self.current = ""

    def open_section(self, berkas: str) -> bool:
        for i, b in enumerate(self.bagian):
            if b.berkas == berkas:
                self.sections.setCurrentRow(i)
                return True
        return False

    def open_page(self, halaman: str) -> None:
        """The section that explains the page ``halaman``; the contents when none does."""
        found = isi.bagian_untuk(self.bagian, halaman)
        self.open_section(found.berkas if found else isi.INDEX)

    def _row_changed(self, row: int) -> None:
        if not 0 <= row < len(self.bagian) or self.root is None:
            return
        berkas = self.bagian[row].berkas
        self.current = berkas
        path = self.root / berkas
        self.text.setSearchPaths([str(self.root)])
        self.text.setSource(QUrl.fromLocalFile(str(path)),
                            QTextDocument.ResourceType.MarkdownResource)
        self._fit_images()

    def _fit_images(self) -> None:
        """Screenshots as wide as the reading pane (Markdown gives them no size)."""
        width = max(self.text.viewport().width() - 24, 200)
        doc = self.text.document()
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                fmt = frag.charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    if round(image.width()) != width:
                        image.setWidth(width)
                        image.setHeight(width * 728 / 1366)  # the screenshots' proportions
                        cursor = QTextCursor(doc)
                        cursor.setPosition(frag.position())
                        cursor.setPosition(frag.position() + frag.length(),
                                           QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(image)
                it += 1
            block = block.next()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_images()

    def _link(self, url: QUrl) -> None:
        name = Path(url.path()).name if url.isLocalFile() or not url.scheme() else ""
        if name.endswith(".md") and self.open_section(name):
            return
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
