"""Every input on every page has a name a screen reader says: its own, or its label's."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from asn_desktop.ui.main_window import PAGES
from asn_desktop.ui.widgets.aksesibilitas import INPUTS


def test_every_input_is_named(window: Any) -> None:
    missing = []
    for key, _m, _c in PAGES:
        window.go(key)
        page = window.page(key)
        for w in page.findChildren(QWidget):
            if not isinstance(w, INPUTS) or not w.isVisibleTo(page):
                continue
            if isinstance(w, QLineEdit) and not isinstance(w.parent(), QWidget | None):
                continue
            if isinstance(w, QLineEdit) and type(w.parent()).__name__ in (
                    "QComboBox", "UnitCombo", "QSpinBox", "QDoubleSpinBox", "QDateEdit",
                    "DateEdit"):
                continue
            if not w.accessibleName():
                missing.append(f"{key}: {type(w).__name__} {w.objectName()}")
    assert missing == [], "\n".join(missing)


def test_a_label_becomes_the_buddy_of_its_input(window: Any) -> None:
    window.go("evaluasi")
    page = window.page("evaluasi")
    assert page.tahun.accessibleName() == "Tahun"
    buddies = [lbl for lbl in page.findChildren(QLabel) if lbl.buddy() is page.periode]
    assert buddies and page.periode.accessibleName() == "Periode"
