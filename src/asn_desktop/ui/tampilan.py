"""The text size chosen on this computer (Pengaturan → Ukuran huruf): 100–150 % of the base
font, for the widgets and for the few style sheets that give sizes in points."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

SKALA_KEY = "ukuran_huruf"  # local setting, in percent
PILIHAN = (100, 115, 130, 150)
BAWAAN = 100
_BASE_PROPERTY = "asn_base_point_size"
_scale = 1.0


def persen(value: str | None) -> int:
    """A stored choice as a percentage; anything else is the default."""
    try:
        n = int(value or BAWAAN)
    except ValueError:
        return BAWAAN
    return n if n in PILIHAN else BAWAAN


def terapkan(app: QCoreApplication, value: str | None) -> int:
    """Scale the application font (from the size it had at start) to the stored choice."""
    global _scale
    pct = persen(value)
    _scale = pct / 100
    if isinstance(app, QApplication):
        base = app.property(_BASE_PROPERTY)
        if not base:
            base = app.font().pointSizeF()
            app.setProperty(_BASE_PROPERTY, base)
        font = app.font()
        font.setPointSizeF(float(base) * _scale)
        app.setFont(font)
    return pct


def pt(size: float) -> str:
    """A style sheet font size scaled like the application font: "13pt" at 100 %."""
    return f"{round(size * _scale)}pt"
