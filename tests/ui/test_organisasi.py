"""The Organisasi page on a fresh central: build a small tree by typing, a wrong kode named at
its field with nothing stored, letterhead and logo kept, move, close and reopen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select
from tests.ui.helpers import screenshot, wait_ops

from asn_desktop.db.models import OrgUnit
from asn_desktop.services.workspace import Workspace


def _window(ws: Workspace, qtbot: Any) -> Any:
    from asn_desktop.ui.context import AppContext
    from asn_desktop.ui.main_window import MainWindow

    win = MainWindow(AppContext(ws))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.go("organisasi")
    return win


def _unit(ws: Workspace, kode: str) -> OrgUnit | None:
    with ws.db.Session() as s:
        return s.scalars(select(OrgUnit).where(OrgUnit.kode == kode,
                                               OrgUnit.deleted.is_(False))).first()


def _select(page: Any, kode: str) -> None:
    for uid, u in page.units.items():
        if u.kode == kode:
            page.refresh(uid)
            return
    raise AssertionError(kode)


def _add(page: Any, qtbot: Any, kode: str, nama: str, jenis: str) -> None:
    page.btn_add.click()
    f = page.form
    f.kode.clear()
    qtbot.keyClicks(f.kode, kode)
    qtbot.keyClicks(f.nama, nama)
    f.jenis.setCurrentIndex(f.jenis.findData(jenis))
    page.btn_save.click()
    wait_ops(qtbot)


def test_build_edit_move_close_reopen(ws: Workspace, qtbot: Any, tmp_path: Path,
                                      monkeypatch: Any) -> None:
    win = _window(ws, qtbot)
    page = win.page("organisasi")
    assert page.tree.topLevelItemCount() == 1  # the root only
    _add(page, qtbot, "3673.DINKES", "Dinas Kesehatan", "OPD")
    dinkes = _unit(ws, "3673.DINKES")
    assert dinkes is not None and dinkes.jenis == "OPD" and dinkes.parent_id is not None
    assert page.current().kode == "3673.DINKES"  # the new unit is selected

    _add(page, qtbot, "3673.DINKES PKM", "Puskesmas Serang Kota", "PUSKESMAS")
    with ws.db.Session() as s:
        before = s.scalar(select(func.count()).select_from(OrgUnit))
    assert page.form.errors["kode"].text()  # a space in the kode, named at its field
    assert _unit(ws, "3673.DINKES PKM") is None
    page.form.kode.setText("3673.DINKES.PKM-SK")
    page.btn_save.click()
    wait_ops(qtbot)
    pkm = _unit(ws, "3673.DINKES.PKM-SK")
    assert pkm is not None and pkm.parent_id == dinkes.id
    with ws.db.Session() as s:
        assert s.scalar(select(func.count()).select_from(OrgUnit)) == before + 1

    # letterhead, address and logo of Dinkes
    _select(page, "3673.DINKES")
    logo = tmp_path / "logo.png"
    img = QImage(64, 64, QImage.Format.Format_RGB32)
    img.fill(QColor("#1f4e79"))
    assert img.save(str(logo))
    page.form.set_logo_file(logo)
    page.form.alamat.setText("Jl. Jenderal Sudirman No. 5, Serang")
    page.form.kop.setText("DINAS KESEHATAN\nJl. Jenderal Sudirman No. 5")
    page.btn_save.click()
    wait_ops(qtbot)
    d = _unit(ws, "3673.DINKES")
    assert d is not None and d.logo_png == logo.read_bytes()
    assert d.kop_baris == "DINAS KESEHATAN\nJl. Jenderal Sudirman No. 5"
    assert d.alamat == "Jl. Jenderal Sudirman No. 5, Serang"
    screenshot(win, "03-organisasi")

    # move the puskesmas to the root, then close and reopen it
    _select(page, "3673.DINKES.PKM-SK")
    from asn_desktop.ui.pages import organisasi as mod

    def choose_root(dlg: Any) -> int:
        dlg.induk.set_unit(page.units[d.parent_id].id if d.parent_id else None)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(mod.PindahDialog, "exec", choose_root)
    page.btn_move.click()
    wait_ops(qtbot)
    moved = _unit(ws, "3673.DINKES.PKM-SK")
    assert moved is not None and moved.parent_id == d.parent_id
    page.btn_close.click()
    wait_ops(qtbot)
    closed = _unit(ws, "3673.DINKES.PKM-SK")
    assert closed is not None and closed.ditutup is not None
    assert "3673.DINKES.PKM-SK" not in {u.kode for u in page.units.values()}
    page.show_closed.setChecked(True)
    _select(page, "3673.DINKES.PKM-SK")
    assert page.btn_close.text() == "Buka kembali"
    page.btn_close.click()
    wait_ops(qtbot)
    reopened = _unit(ws, "3673.DINKES.PKM-SK")
    assert reopened is not None and reopened.ditutup is None


def test_unit_installation_sees_the_tree_read_only(window: Any) -> None:
    window.go("organisasi")
    page = window.page("organisasi")
    assert page.tree.topLevelItemCount() == 1
    assert all(b.isVisibleTo(page) for b in page.buttons)  # the demo is a central
