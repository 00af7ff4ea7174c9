"""A bar chart of predikat counts with the guidance's expected shape drawn over it."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from asn_desktop.domain.organisasi import EXPECTED_CURVE, CapaianOrganisasi
from asn_desktop.domain.predikat import Predikat
from asn_desktop.ui.i18n import label
from asn_desktop.ui.widgets.eval_forms import PREDIKAT_COLORS


class DistribusiChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.counts: tuple[tuple[Predikat, int], ...] = ()
        self.capaian: CapaianOrganisasi | None = None

    def set_data(self, counts: tuple[tuple[Predikat, int], ...],
                 capaian: CapaianOrganisasi | None) -> None:
        self.counts, self.capaian = counts, capaian
        self.update()

    def paintEvent(self, _e: QPaintEvent) -> None:
        if not self.counts:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        top, bottom, left = 20, 44, 10
        n = len(self.counts)
        slot = (w - 2 * left) / n
        peak = max(c for _p, c in self.counts) or 1
        total = sum(c for _p, c in self.counts) or 1
        fm = p.fontMetrics()
        for i, (pred, count) in enumerate(self.counts):
            bar_h = (h - top - bottom) * count / peak
            rect = QRectF(left + i * slot + slot * 0.18, h - bottom - bar_h, slot * 0.64, bar_h)
            p.fillRect(rect, QColor(PREDIKAT_COLORS[pred]))
            p.setPen(QColor("#222"))
            pct = f"{count} ({round(100 * count / total)}%)"
            p.drawText(QRectF(left + i * slot, h - bottom - bar_h - 18, slot, 16),
                       Qt.AlignmentFlag.AlignCenter, pct)
            name = label(pred.value)
            p.drawText(QRectF(left + i * slot, h - bottom + 4, slot, bottom - 4),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                       | Qt.TextFlag.TextWordWrap, name)
        if self.capaian is not None:
            shape = EXPECTED_CURVE[self.capaian]
            path = QPainterPath()
            for i, v in enumerate(shape):
                pt = QPointF(left + (i + 0.5) * slot, h - bottom - (h - top - bottom) * v)
                if i == 0:
                    path.moveTo(pt)
                else:
                    path.lineTo(pt)
            pen = QPen(QColor("#1f4e79"), 2, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawPath(path)
            p.drawText(left, fm.ascent() + 2, self.tr("- - pola yang diharapkan"))
        p.end()
