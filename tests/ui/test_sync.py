"""Sinkronisasi end to end through the pages: the central writes a setup package, the wizard
enrols a unit from it, the unit exports a package, the central imports it (applied), again
(already imported) and a damaged file (rejected, with the reason)."""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from tests.sync.conftest import net, net_template  # noqa: F401  (fixtures)
from tests.ui.helpers import screenshot, wait_ops

from asn_desktop.paths import Paths


def test_invite_enrol_export_import(window: Any, qtbot: Any, ctx: Any, tmp_path: Path,
                                    shown: Any, monkeypatch: Any) -> None:
    from asn_desktop.ui.context import AppContext
    from asn_desktop.ui.dialogs.wizard import FirstStartWizard
    from asn_desktop.ui.main_window import MainWindow

    window.go("sinkronisasi")
    central = window.page("sinkronisasi")
    units = [u for u in ctx.units() if u.depth == 1]
    central.invite_unit.set_unit(units[0].id)
    central.invite(str(tmp_path / "undangan"))
    wait_ops(qtbot)
    setups = list((tmp_path / "undangan").glob("*.asnsetup"))
    assert len(setups) == 1, shown.items
    assert "penyiapan" in central.result.text()
    codes = re.findall(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", central.result.text())
    assert len(codes) == 1 and "terpisah" in central.result.text()
    screenshot(window, "07a-sinkronisasi-undangan")

    wizard = FirstStartWizard(Paths(tmp_path / "unit"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.intro.group.button(1).setChecked(True)
    wizard.next()
    wizard.unit.file.setText(str(setups[0]))
    wizard.unit.kode.setText(codes[0].lower().replace("-", " "))
    screenshot(wizard, "00b-wizard-unit")
    ready: list[Any] = []
    wizard.workspace_ready.connect(ready.append)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_ops(qtbot)
    assert ready, shown.items
    unit_ws = ready[0]
    try:
        assert unit_ws.info.role == "unit"
        unit_win = MainWindow(AppContext(unit_ws))
        qtbot.addWidget(unit_win)
        unit_win.go("sinkronisasi")
        unit_page = unit_win.page("sinkronisasi")
        unit_page.export(str(tmp_path / "keluar"))
        wait_ops(qtbot)
        packages = list((tmp_path / "keluar").glob("*.asnpkg"))
        assert len(packages) == 1, shown.items
        # a flash drive plugged in: offered in the menu, one click writes the package there
        from asn_desktop.ui import drives

        usb = tmp_path / "usb"
        usb.mkdir()
        monkeypatch.setattr(drives, "removable_drives",
                            lambda: [drives.Drive(str(usb), "FLASHDISK (E:)")])
        unit_page._fill_drive_menu()
        (action,) = unit_page.drive_menu.actions()
        assert "FLASHDISK" in action.text()
        action.trigger()
        wait_ops(qtbot)
        assert len(list(usb.glob("*.asnpkg"))) == 1, shown.items
        monkeypatch.setattr(drives, "removable_drives", lambda: [])
        unit_page._fill_drive_menu()
        (none,) = unit_page.drive_menu.actions()
        assert not none.isEnabled()
        unit_win.close()
        wait_ops(qtbot)
    finally:
        unit_ws.close()

    central.import_files([str(packages[0])])
    wait_ops(qtbot)
    assert "Diterapkan: 1" in central.result.text()
    central.import_files([str(packages[0])])
    wait_ops(qtbot)
    assert "sudah pernah diimpor: 1" in central.result.text()
    bad = tmp_path / "rusak.asnpkg"
    bad.write_bytes(b"bukan paket")
    central.import_files([str(bad)])
    wait_ops(qtbot)
    assert "ditolak: 1" in central.result.text() and "rusak.asnpkg" in central.result.text()
    assert central.peers.rowCount() == 1
    screenshot(window, "07-sinkronisasi")


def test_conflict_review_side_by_side(window: Any, qtbot: Any, monkeypatch: Any) -> None:
    from asn_desktop.services import sync_service
    from asn_desktop.sync.conflicts import ConflictView

    k = ConflictView(7, "lww", "open", "evaluasi", "r1", "catatan_rekomendasi", "incoming",
                     "Tingkatkan disiplin", "Pertahankan kinerja", "Unit SD 1", "BKPSDM",
                     "27 November 2026 10.00", "27 November 2026 11.00", "Budi", "", None, None)
    monkeypatch.setattr(sync_service, "conflicts", lambda ws, **kw: [k])
    chosen: list[tuple[int, str]] = []
    monkeypatch.setattr(sync_service, "resolve",
                        lambda ws, c, keep: chosen.append((c.id, keep)))
    window.go("sinkronisasi")
    page = window.page("sinkronisasi")
    page.refresh()
    assert page.conflict_list.count() == 1
    assert "Tingkatkan disiplin" in page.local.text()
    assert "Pertahankan kinerja" in page.remote.text() and "dipakai" in page.remote.text()
    page.keep_local.click()
    wait_ops(qtbot)
    assert chosen == [(7, "local")]


def _owned_skp(unit_ws: Any) -> str:
    from sqlalchemy import or_, select

    from asn_desktop.db.models import OrgUnit, Pegawai, Skp

    with unit_ws.db.Session() as s:
        mine = unit_ws.info.unit_id
        subtree = select(OrgUnit.id).where(or_(OrgUnit.id == mine, OrgUnit.parent_id == mine))
        return s.scalars(select(Skp.id).join(Pegawai, Pegawai.id == Skp.pegawai_id)
                         .where(Pegawai.unit_id.in_(subtree))).first()


def test_dropped_package_conflict_reviewed_and_kept(window: Any, qtbot: Any, ctx: Any,
                                                    tmp_path: Path, shown: Any) -> None:
    """A real concurrent edit: the unit's package is dropped on the page, the conflict shows
    both values side by side, and keeping the unit's value stores it."""
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from asn_desktop.db.models import Skp
    from asn_desktop.services import sync_service as svc

    central_ws = ctx.ws
    units = [u for u in ctx.units() if u.depth == 1]
    inv = svc.invite(central_ws, units[0].kode, tmp_path / "undangan")
    unit_ws = svc.init_from_setup(Paths(tmp_path / "unit"), inv.path, inv.kode)
    try:
        svc.import_package(central_ws, svc.export(unit_ws, tmp_path / "1").files[0].path)
        skp = _owned_skp(unit_ws)
        assert skp is not None
        for ws, value in ((unit_ws, "Catatan dari unit"), (central_ws, "Catatan dari pusat")):
            with ws.session() as s:
                s.get_one(Skp, skp).catatan = value
        package = svc.export(unit_ws, tmp_path / "2").files[0].path
    finally:
        unit_ws.close()

    window.go("sinkronisasi")
    page = window.page("sinkronisasi")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(package))])
    with warnings.catch_warnings():  # PySide6 flags Qt 6's only constructor as deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(page.rect().center(), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(page.rect().center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, drop)
    wait_ops(qtbot)
    assert "Diterapkan: 1" in page.result.text(), shown.items
    page.refresh()
    wait_ops(qtbot)
    assert page.conflict_list.count() == 1
    assert "Catatan dari pusat" in page.local.text()
    assert "Catatan dari unit" in page.remote.text()
    screenshot(window, "07b-sinkronisasi-konflik")
    page.keep_remote.click()
    wait_ops(qtbot)
    with central_ws.db.Session() as s:
        assert s.get_one(Skp, skp).catatan == "Catatan dari unit"
    assert "Tidak ada konflik" in page.conflict_list.item(0).text()


def test_rotate_keys_from_the_page(window: Any, qtbot: Any, ctx: Any, shown: Any) -> None:
    from asn_desktop.sync.keys import load_keys

    window.go("sinkronisasi")
    page = window.page("sinkronisasi")
    before = load_keys(ctx.ws.paths.keys).sign_public
    shown.answers["question"] = False  # the admin says no: nothing changes
    qtbot.mouseClick(page.btn_rotate, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    assert "Ganti kunci" in shown.texts("question")[-1]
    assert load_keys(ctx.ws.paths.keys).sign_public == before
    shown.answers["question"] = True
    qtbot.mouseClick(page.btn_rotate, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    pair = load_keys(ctx.ws.paths.keys)
    assert pair.sign_public != before and pair.retired_sign == (before,)
    assert "Kunci instalasi diganti" in page.result.text()
    assert "cadangan baru" in page.result.text()
    screenshot(window, "07b-sinkronisasi-ganti-kunci")


def _one_conflict_on_the_page(qtbot: Any, ws: Any) -> tuple[Any, Any]:
    """The central's window on Sinkronisasi, listing exactly one conflict to review."""
    from asn_desktop.ui.context import AppContext
    from asn_desktop.ui.main_window import MainWindow

    win = MainWindow(AppContext(ws))
    qtbot.addWidget(win)
    win.go("sinkronisasi")
    page = win.page("sinkronisasi")
    page.refresh()
    assert page.conflict_list.count() == 1
    return win, page


def test_a_held_new_row_is_one_entry_decided_whole(qtbot: Any, net: Any,  # noqa: F811
                                                   shown: Any) -> None:
    """A log written at the old unit after a mutasi is held at the central: the page lists
    the row once, shows its columns, and one decision settles the whole row."""
    from datetime import date

    from tests.sync.test_mutasi import _move

    from asn_desktop.db.models import LogHarian
    from asn_desktop.services import sync_service as svc

    a = net.units["3673.A"]
    _move(net, "staf_a1", "3673.B")
    with a.session() as s:
        s.add(LogHarian(pegawai_id=net.org.people["staf_a1"], tanggal=date(2026, 3, 2),
                        uraian="Sesudah mutasi"))
    net.recv(net.central, net.send(a, net.central))
    assert len(svc.conflicts(net.central)) > 1  # one record per column
    win, page = _one_conflict_on_the_page(qtbot, net.central)
    assert "Log harian baru" in page.conflict_list.item(0).text()
    page.conflict_list.setCurrentRow(0)
    assert "Sesudah mutasi" in page.remote.text() and "ditolak" in page.local.text()
    qtbot.mouseClick(page.keep_remote, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    assert not svc.conflicts(net.central)
    with net.central.db.Session() as s:
        assert s.query(LogHarian).filter_by(uraian="Sesudah mutasi").count() == 1
    win.close()


def test_a_document_made_twice_is_reviewed_on_the_page(qtbot: Any, net: Any,  # noqa: F811
                                                        shown: Any) -> None:
    """The central and the unit each made the employee's SKP: the page says so in words, and
    keeping the one from the package deletes the one made here."""
    from sqlalchemy import select
    from tests.sync.conftest import add_skp

    from asn_desktop.db.models import Skp
    from asn_desktop.services import sync_service as svc

    a = net.units["3673.A"]
    staf = net.org.people["staf_a1"]
    here = add_skp(net.central, staf)["skp"]
    there = add_skp(a, staf)["skp"]
    net.recv(net.central, net.send(a, net.central))
    win, page = _one_conflict_on_the_page(qtbot, net.central)
    assert "dibuat dua kali" in page.conflict_list.item(0).text()
    page.conflict_list.setCurrentRow(0)
    assert "yang dibuat di sini" in page.local.text() and "dari paket" in page.remote.text()
    screenshot(win, "07c-sinkronisasi-dokumen-ganda")
    qtbot.mouseClick(page.keep_remote, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    assert not svc.conflicts(net.central)
    with net.central.db.Session() as s:
        live = set(s.scalars(select(Skp.id).where(Skp.pegawai_id == staf,
                                                  Skp.deleted.is_(False))))
    assert live == {there} and here not in live
    win.close()
