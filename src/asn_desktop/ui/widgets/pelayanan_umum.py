"""What the tabs of the Pelayanan page share: the chosen unit and month, and table helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from asn_desktop.domain.angka import format_angka
from asn_desktop.errors import ValidationError
from asn_desktop.services.pelayanan_rekap import Rentang, rentang
from asn_desktop.ui.widgets.common import named

ID_ROLE = Qt.ItemDataRole.UserRole
KANAN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Pilihan:
    """The unit and month chosen at the top of the page."""

    unit_id: str
    rentang: Rentang

    @property
    def tahun(self) -> int:
        return self.rentang.mulai.year


def tabel(name: str, headers: list[str]) -> QTableWidget:
    t = named(QTableWidget(0, len(headers)), name)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    t.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.setAlternatingRowColors(True)
    t.setWordWrap(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return t


def lebar_kolom(t: QTableWidget, widths: list[int], stretch: int | None = None) -> None:
    """Each column at least as wide as its heading, in whatever language it is."""
    fm = t.horizontalHeader().fontMetrics()
    for i, w in enumerate(widths):
        head = t.horizontalHeaderItem(i)
        need = fm.horizontalAdvance(head.text()) + 24 if head is not None else 0
        t.setColumnWidth(i, max(w, need))
    if stretch is not None:
        t.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def sel(text: str, angka: bool = False, tip: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if angka:
        item.setTextAlignment(KANAN)
    item.setToolTip(tip if tip is not None else text)
    return item


def persen(nilai: float | None) -> str:
    return "—" if nilai is None else f"{format_angka(round(nilai, 1))}%"


def hari(nilai: float | None) -> str:
    return "—" if nilai is None else format_angka(round(nilai, 1))


def periode_ikm_teks(kode: str) -> str:
    """'2026-BL11' → 'November 2026', '2026-TW3' → 'Triwulan III 2026' (never the code)."""
    m = re.fullmatch(r"(\d{4})-BL(\d{2})", kode)
    try:
        return rentang(f"{m[1]}-{m[2]}" if m else kode).judul
    except ValidationError:  # a code this version does not know: still no code on screen
        return kode.replace("-", " ")


def periode_ikm(tahun: int) -> list[str]:
    """The periods a survey may cover in a year: semesters, quarters, then months."""
    return ([f"{tahun}-SM{n}" for n in (1, 2)] + [f"{tahun}-TW{n}" for n in range(1, 5)]
            + [f"{tahun}-BL{n:02d}" for n in range(1, 13)])
