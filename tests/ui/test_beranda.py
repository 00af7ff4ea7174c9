"""Beranda: counts of what needs doing, each item opens the page to act on it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from tests.ui.helpers import new_bawahan, screenshot


def test_home_lists_work_and_links_to_it(window: Any, qtbot: Any, ctx: Any) -> None:
    pid, _ = new_bawahan(ctx.ws)
    window.go("beranda")
    page = window.page("beranda")
    page.refresh()
    card = page.cards["tanpa_skp"]
    assert int(card.count.text()) >= 1
    texts = [card.items.item(i).text() for i in range(card.items.count())]
    assert any("Budi Uji 901" in t for t in texts)
    screenshot(window, "01-beranda")
    i = next(i for i, t in enumerate(texts) if "Budi Uji 901" in t)
    card._open_item(card.items.item(i))
    assert window.stack.currentWidget() is window.page("skp")
    assert window.page("skp").pegawai.id == pid


def test_unit_filter_narrows_home(window: Any, qtbot: Any, ctx: Any) -> None:
    page = window.page("beranda")
    total = page.data.jumlah_pegawai
    combo = window.unit_combo
    combo.setCurrentIndex(2)
    assert page.data.jumlah_pegawai < total
    qtbot.mouseClick(page.cards["draft"].button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.page("skp")
