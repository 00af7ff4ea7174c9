"""Tentang: the version, where this computer keeps its data, and the licences of what the
application is built from."""

from __future__ import annotations

import platform
from html import escape
from importlib import metadata
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from asn_desktop import __version__
from asn_desktop.ui.widgets.common import named, translate_buttons

# what the application ships with, and each one's licence as its authors publish it
KOMPONEN = ("PySide6", "SQLAlchemy", "alembic", "reportlab", "platformdirs", "cryptography",
            "openpyxl", "lxml", "pypdf")
_FONT = ("DejaVu Sans Condensed", "Bitstream Vera / DejaVu (bebas, lihat LICENSE-DejaVu.txt)")


def lisensi(nama: str) -> tuple[str, str]:
    """(version, licence) of an installed distribution; '—' when unknown."""
    try:
        meta: Any = metadata.metadata(nama)  # an email.message.Message underneath
    except metadata.PackageNotFoundError:
        return "—", "—"
    text = meta.get("License-Expression") or ""
    if not text:
        text = ", ".join(c.rsplit("::", 1)[-1].strip() for c in meta.get_all("Classifier") or []
                         if c.startswith("License ::"))
    if not text:
        lines = (meta.get("License") or "").strip().splitlines()
        text = lines[0] if lines else ""
    return meta.get("Version") or "—", text or "—"


class TentangDialog(QDialog):
    def __init__(self, data_dir: str, database: str, peran: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tentang Kinerja ASN Desktop"))
        self.resize(620, 520)
        lay = QVBoxLayout(self)
        self.text = named(QTextBrowser(), "tentang_isi")
        self.text.setOpenExternalLinks(False)
        rows = "".join(
            f"<tr><td>{escape(n)}</td><td>{escape(v)}</td><td>{escape(lic)}</td></tr>"
            for n in KOMPONEN for v, lic in [lisensi(n)])
        rows += f"<tr><td>{escape(_FONT[0])}</td><td></td><td>{escape(_FONT[1])}</td></tr>"
        self.text.setHtml(
            f"<h2>Kinerja ASN Desktop {escape(__version__)}</h2>"
            + "<p>" + escape(self.tr("Pengelolaan kinerja ASN (PermenPANRB 6/2022) luring untuk "
                                     "Pemerintah Kota Serang.")) + "</p>"
            + "<p><b>" + escape(self.tr("Peran instalasi:")) + f"</b> {escape(peran)}<br>"
            + "<b>" + escape(self.tr("Folder data:")) + f"</b> {escape(data_dir)}<br>"
            + "<b>" + escape(self.tr("Berkas basis data:")) + f"</b> {escape(database)}</p>"
            + "<p>" + escape(self.tr("Python {0} · Qt {1} · PySide6 {2}").format(
                platform.python_version(), qVersion(), pyside_version)) + "</p>"
            + "<h3>" + escape(self.tr("Lisensi komponen")) + "</h3>"
            + "<p>" + escape(self.tr("Aplikasi ini berlisensi MIT dan dibangun dari:")) + "</p>"
            + "<table cellpadding='3'><tr><th align='left'>" + escape(self.tr("Komponen"))
            + "</th><th align='left'>" + escape(self.tr("Versi")) + "</th><th align='left'>"
            + escape(self.tr("Lisensi")) + "</th></tr>" + rows + "</table>")
        lay.addWidget(self.text, 1)
        box = translate_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        box.rejected.connect(self.reject)
        lay.addWidget(box)
