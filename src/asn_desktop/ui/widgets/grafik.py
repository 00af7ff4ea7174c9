"""Charts of the Pemantauan page, drawn with QPainter from the recap's numbers: completion per
period, and predikat per OPD as stacked bars. Each can be saved as PNG (:func:`simpan_png`).
docs/ARCHITECTURE.md says why these are painted rather than taken from a chart library."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from asn_desktop.domain.label import periode_teks
from asn_desktop.domain.predikat import PREDIKAT_CURVE_ORDER, Predikat
from asn_desktop.ui.i18n import label
from asn_desktop.ui.widgets.eval_forms import PREDIKAT_COLORS

BAR = QColor("#1f4e79")
GRID = QColor("#d5dde6")
TEXT = QColor("#222")


def simpan_png(widget: QWidget, path: Path) -> Path:
    """The chart as it is on screen, as a PNG file."""
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"Gambar tidak dapat ditulis: {path}")
    return path


class PenyelesaianChart(QWidget):
    """Evaluations approved per period of the year, as a share of active employees."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.rows: tuple[tuple[str, int, int], ...] = ()

    def set_data(self, rows: tuple[tuple[str, int, int], ...]) -> None:
        self.rows = rows
        self.update()

    def paintEvent(self, _e: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        if not self.rows:
            return
        w, h = self.width(), self.height()
        top, bottom, right = 22, 40, 10
        left = p.fontMetrics().horizontalAdvance("100%") + 10
        plot_h = h - top - bottom
        p.setPen(GRID)
        for pct in (0, 50, 100):
            y = top + plot_h * (1 - pct / 100)
            p.drawLine(left, int(y), w - right, int(y))
            p.setPen(TEXT)
            p.drawText(QRectF(0, y - 8, left - 6, 16), Qt.AlignmentFlag.AlignRight
                       | Qt.AlignmentFlag.AlignVCenter, f"{pct}%")
            p.setPen(GRID)
        slot = (w - left - right) / len(self.rows)
        for i, (name, done, total) in enumerate(self.rows):
            share = done / total if total else 0.0
            bar = QRectF(left + i * slot + slot * 0.2, top + plot_h * (1 - share), slot * 0.6,
                         plot_h * share)
            p.fillRect(bar, BAR)
            p.setPen(TEXT)
            p.drawText(QRectF(left + i * slot, bar.top() - 18, slot, 16),
                       Qt.AlignmentFlag.AlignCenter, f"{round(100 * share)}%")
            p.drawText(QRectF(left + i * slot, h - bottom + 4, slot, bottom - 4),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                       | Qt.TextFlag.TextWordWrap, periode_teks(name))
        p.end()


class PredikatOpdChart(QWidget):
    """One stacked bar per OPD: its approved evaluations of the period by predikat."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.rows: list[tuple[str, tuple[tuple[Predikat, int], ...]]] = []

    def set_data(self, rows: list[tuple[str, tuple[tuple[Predikat, int], ...]]]) -> None:
        self.rows = [r for r in rows if sum(n for _p, n in r[1])]
        self.setMinimumHeight(76 + 18 * max(len(self.rows), 3))
        self.update()

    def paintEvent(self, _e: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        fm = p.fontMetrics()
        w = self.width()
        if not self.rows:
            p.setPen(TEXT)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                       self.tr("Belum ada evaluasi yang disetujui pada periode ini."))
            p.end()
            return
        names = min(max(fm.horizontalAdvance(n) for n, _c in self.rows) + 8, int(w * 0.35))
        left, right, row_h = names, 10, 18
        peak = max(sum(n for _p, n in counts) for _n, counts in self.rows) or 1
        x, y0 = 6.0, 2.0
        for pred in PREDIKAT_CURVE_ORDER:  # the legend, on as many lines as the width needs
            text = label(pred.value)
            need = fm.horizontalAdvance(text) + 28
            if x + need > w and x > 6:
                x, y0 = 6.0, y0 + 16
            p.fillRect(QRectF(x, y0 + 4, 10, 10), QColor(PREDIKAT_COLORS[pred]))
            p.setPen(TEXT)
            p.drawText(QRectF(x + 14, y0, need - 14, 16), Qt.AlignmentFlag.AlignVCenter, text)
            x += need
        top = int(y0) + 24
        for i, (name, counts) in enumerate(self.rows):
            y = top + i * row_h
            p.setPen(TEXT)
            p.drawText(QRectF(0, y, left - 6, row_h), Qt.AlignmentFlag.AlignRight
                       | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(name, Qt.TextElideMode.ElideRight, left - 6))
            x = float(left)
            for pred, n in counts:
                seg = (w - left - right - 40) * n / peak
                p.fillRect(QRectF(x, y + 3, seg, row_h - 6), QColor(PREDIKAT_COLORS[pred]))
                x += seg
            p.drawText(QRectF(x + 4, y, 40, row_h), Qt.AlignmentFlag.AlignVCenter,
                       str(sum(n for _p, n in counts)))
        p.end()
