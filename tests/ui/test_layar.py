"""Every page on a 1366×768 office screen (1366×728 once the taskbar is off): nothing forces the
window wider, no page or form scrolls, no raw code reaches the screen; on a smaller screen
the page scrolls instead of pushing the window off it. Screenshots of each page
in Indonesian and English land in build/screenshots/layar-*.png."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTabWidget,
    QWidget,
)
from sqlalchemy import select
from tests.ui.helpers import screenshot

from asn_desktop.db.models import Evaluasi, Skp
from asn_desktop.ui.main_window import PAGES

WIDTH, HEIGHT = 1366, 728
# what a person should never read: snake_case names, period codes, enum spellings
RAW = (
    re.compile(r"\b[a-z]+_[a-z_]+\b"),
    re.compile(r"\b\d{4}-(?:TW\d|SM\d|BL\d\d|BL-AKHIR|SM-AKHIR)\b"),
    re.compile(r"\bTRIWULAN IV-AKHIR\b"),
    re.compile(r"\b(?:DRAFT|DIAJUKAN|DISETUJUI|KUANTITATIF|KUALITATIF|JPT_PRATAMA|PELAKSANA)\b"),
    re.compile(r"^(?:ISTIMEWA|BAIK|BUTUH PERBAIKAN|KURANG|SANGAT KURANG)$"),
    re.compile(r"\b(?:diatas|dibawah)\b", re.IGNORECASE),
)


def _texts(root: QWidget) -> list[str]:
    out: list[str] = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QLabel | QAbstractButton):
            out.append(re.sub(r"<[^>]+>", " ", w.text()))
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QComboBox):
            out.append(w.currentText())
        elif isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QTableWidget):
            out += [w.item(r, c).text() for r in range(min(w.rowCount(), 30))
                    for c in range(w.columnCount()) if w.item(r, c) is not None]
            out += [cell.currentText() for r in range(min(w.rowCount(), 30))
                    for c in range(w.columnCount())
                    if isinstance(cell := w.cellWidget(r, c), QComboBox)]
    return out


def _check(window: Any, name: str) -> list[str]:
    QApplication.processEvents()
    problems = []
    need = window.minimumSizeHint()
    if window.width() > WIDTH or need.width() > WIDTH:
        problems.append(f"{name}: window needs {need.width()} px wide")
    if window.height() > HEIGHT or need.height() > HEIGHT:
        problems.append(f"{name}: window needs {need.height()} px high")
    page = window.stack.currentWidget()
    # a smaller screen scrolls the page (widgets/tumpukan.py); this one never has to
    outer = window.findChild(QScrollArea, "halaman")
    for bar, side in ((outer.horizontalScrollBar(), "wide"), (outer.verticalScrollBar(), "high")):
        if bar.isVisible():
            problems.append(f"{name}: the page is too {side} for the window and scrolls")
    for area in page.findChildren(QScrollArea):
        if area.isVisibleTo(page) and area.horizontalScrollBar().isVisible():
            problems.append(f"{name}: {area.widget().__class__.__name__} scrolls sideways")
    for text in _texts(page):
        for pattern in RAW:
            found = pattern.search(text)
            if found:
                problems.append(f"{name}: raw code {found.group(0)!r} in {text[:80]!r}")
    return problems


def _open_evaluation(window: Any, ctx: Any, pendekatan: str) -> bool:
    with ctx.ws.db.Session() as s:
        pid = s.scalars(select(Skp.pegawai_id).join(Evaluasi, Evaluasi.skp_id == Skp.id)
                        .where(Skp.pendekatan == pendekatan, Evaluasi.status == "DRAFT")
                        .order_by(Skp.pegawai_id)).first()
        kode = s.scalars(select(Evaluasi.periode_kode).where(Evaluasi.pegawai_id == pid)
                         .order_by(Evaluasi.periode_kode)).first() if pid else None
    if pid is None:
        return False
    window.go("evaluasi", pid)
    page = window.page("evaluasi")
    page.periode.setCurrentIndex(max(page.periode.findData(kode), 0))
    page.editor.tabs.setCurrentWidget(page.editor.hasil)
    return True


def _tour(window: Any, ctx: Any, prefix: str) -> list[str]:
    problems: list[str] = []
    window.resize(WIDTH, HEIGHT)
    for key, _m, _c in PAGES:
        window.go(key)
        problems += _check(window, key)
        screenshot(window, f"{prefix}-{key}")
    for pendekatan in ("KUANTITATIF", "KUALITATIF"):
        if _open_evaluation(window, ctx, pendekatan):
            name = f"evaluasi-{pendekatan.lower()}"
            problems += _check(window, name)
            screenshot(window, f"{prefix}-{name}")
            editor = window.page("evaluasi").editor
            for tab in (editor.perilaku, editor.penilaian):
                editor.tabs.setCurrentWidget(tab)
                part = f"{name}-{editor.tabs.tabText(editor.tabs.currentIndex())}"
                problems += _check(window, part)
                screenshot(window, f"{prefix}-{name}-{type(tab).__name__.lower()}")
            editor.tabs.setCurrentWidget(editor.hasil)
    window.go("evaluasi")
    window.page("evaluasi").modes.setCurrentIndex(1)
    problems += _check(window, "distribusi")
    screenshot(window, f"{prefix}-evaluasi-distribusi")
    window.page("evaluasi").modes.setCurrentIndex(0)
    return problems


def test_every_page_fits_an_office_screen(window: Any, ctx: Any) -> None:
    assert _tour(window, ctx, "layar") == []


def test_a_smaller_screen_scrolls_the_page_and_keeps_the_window_on_it(window: Any) -> None:
    window.resize(1000, 640)
    outer = window.findChild(QScrollArea, "halaman")
    wide = []
    for key, _m, _c in PAGES:
        window.go(key)
        QApplication.processEvents()
        assert window.width() <= 1000 and window.height() <= 640, key
        page = window.stack.currentWidget()
        assert page.width() >= page.minimumSizeHint().width()  # whole, reached by scrolling
        if outer.horizontalScrollBar().isVisible():
            wide.append(key)
    assert "log_harian" in wide and "beranda" not in wide
    window.go("log_harian")
    screenshot(window, "layar-1000-log-harian")


def test_every_page_fits_in_english(ctx: Any, qtbot: Any, qapp: Any) -> None:
    from asn_desktop.ui import i18n
    from asn_desktop.ui.main_window import MainWindow

    if i18n.install(qapp, "en") != "en":
        return
    try:
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        win.resize(WIDTH, HEIGHT)
        win.show()
        problems = _tour(win, ctx, "layar-en")
        win.close()
    finally:
        i18n.install(qapp, "id")
    assert problems == []
