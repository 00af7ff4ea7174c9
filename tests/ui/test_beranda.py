"""Beranda: counts of what needs doing, each item opens the page to act on it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from tests.ui.helpers import draft_skp, new_bawahan, screenshot, wait_ops


def test_home_lists_work_and_links_to_it(window: Any, qtbot: Any, ctx: Any) -> None:
    pid, _ = new_bawahan(ctx.ws)
    window.go("beranda")
    page = window.page("beranda")
    page.refresh()
    wait_ops(qtbot)
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
    wait_ops(qtbot)
    assert page.data.jumlah_pegawai < total
    qtbot.mouseClick(page.cards["draft"].button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.page("skp")


def _listed(lst: Any) -> list[str]:
    """Every id the (lazily fetched) list holds, fetching the rest as scrolling would."""
    while lst.model.canFetchMore():
        lst.model.fetchMore()
    return [lst.model.row_at(i).id for i in range(lst.model.rowCount())]


def test_cards_open_the_list_they_count_with_status(window: Any, qtbot: Any,
                                                    ctx: Any) -> None:
    """Each card's number is the number of rows its button lists, and each row says where the
    employee's document stands."""
    from asn_desktop.services.status_kerja import StatusKerja
    from asn_desktop.ui.models.pegawai_model import COL_KERJA

    window.go("beranda")
    home = window.page("beranda")
    home.refresh()
    wait_ops(qtbot)
    for key, page_key, status in (("tanpa_skp", "skp", StatusKerja.BELUM),
                                  ("draft", "skp", StatusKerja.DRAFT),
                                  ("diajukan", "skp", StatusKerja.DIAJUKAN),
                                  ("evaluasi", "evaluasi", None)):
        window.go("beranda")
        card = home.cards[key]
        count = int(card.count.text())
        qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)
        page = window.page(page_key)
        assert window.stack.currentWidget() is page
        ids = _listed(page.list)
        assert len(ids) == count, key
        qtbot.waitUntil(lambda p=page, n=count: p.list.count_label.text().startswith(
            f"{n} "), timeout=5000)
        texts = {page.list.model.index(i, COL_KERJA).data() for i in range(len(ids))}
        if status is not None:
            assert texts <= {{StatusKerja.BELUM: "Belum dibuat", StatusKerja.DRAFT: "Konsep",
                              StatusKerja.DIAJUKAN: "Diajukan"}[status]}, key
        else:
            assert texts <= {"Belum dibuat", "Konsep", "Diajukan"} and texts, key
        # and every listed employee is in the card's list on Beranda's side too
        listed = {card.items.item(i).data(Qt.ItemDataRole.UserRole)
                  for i in range(card.items.count())}
        assert {x for x in listed if isinstance(x, str)} <= set(ids)
    screenshot(window, "04d-evaluasi-belum-selesai")
    # "Semua status" lists everyone again, with a status on each row
    page = window.page("evaluasi")
    page.list.show_status(None)
    everyone = _listed(page.list)
    assert len(everyone) > len(ids)
    assert all(page.list.model.index(i, COL_KERJA).data() for i in range(len(everyone)))


def test_approving_an_skp_moves_it_between_filters(window: Any, qtbot: Any, ctx: Any) -> None:
    """The status column follows the document: submitting a draft moves the row."""

    from tests.ui.helpers import wait_ops

    from asn_desktop.services.status_kerja import StatusKerja
    from asn_desktop.services.workflow import Langkah
    from asn_desktop.ui.models.pegawai_model import COL_KERJA

    pid, _ = new_bawahan(ctx.ws)
    draft_skp(ctx.ws, pid)
    window.go("skp")
    page = window.page("skp")
    page.refresh()
    page.list.show_status(StatusKerja.DRAFT.value)
    assert pid in _listed(page.list)
    assert page.list.select_id(pid)
    row = page.list.model.row_of(pid)
    assert page.list.model.index(row, COL_KERJA).data() == "Konsep"
    qtbot.mouseClick(page.editor.workflow.buttons[Langkah.AJUKAN], Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: pid not in _listed(page.list), timeout=5000)
    page.list.show_status(StatusKerja.DIAJUKAN.value)
    assert pid in _listed(page.list)
    row = page.list.model.row_of(pid)
    assert page.list.model.index(row, COL_KERJA).data() == "Diajukan"


def test_figures_come_after_the_window_and_only_the_latest_choice_shows(ctx: Any,
                                                                         qtbot: Any) -> None:
    """The window is built without waiting for Beranda's reads; when the unit filter changes
    twice before they finish, only the figures of the last choice are drawn."""
    from asn_desktop.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    home = win.page("beranda")
    assert home.data is None and home.summary.text() == "Memuat…"
    wait_ops(qtbot)
    assert home.data is not None and "pegawai aktif" in home.summary.text()
    total = home.data.jumlah_pegawai
    drawn: list[int] = []
    show = home._tampilkan
    home._tampilkan = lambda isi: (drawn.append(isi.beranda.jumlah_pegawai), show(isi))
    win.show()
    win.unit_combo.setCurrentIndex(2)
    win.unit_combo.setCurrentIndex(0)
    wait_ops(qtbot)
    assert drawn == [total] and home.data.jumlah_pegawai == total


def test_figures_that_cannot_be_read_say_so_once(window: Any, qtbot: Any, shown: Any,
                                                 monkeypatch: Any) -> None:
    """A failed read leaves no "Memuat…" behind and shows one message; a read overtaken by a
    newer one shows nothing."""
    import sqlite3

    from asn_desktop.services import beranda

    def rusak(*_a: Any, **_k: Any) -> Any:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(beranda, "muat", rusak)
    home = window.page("beranda")
    home.refresh()
    home.refresh()
    wait_ops(qtbot)
    assert "belum dapat dimuat" in home.summary.text()
    assert shown.kinds() == ["error"]
