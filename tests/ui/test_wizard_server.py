"""The first-start wizard's central on a PostgreSQL server: typed like a user, refused with
a password in the address, and the workspace kept on the server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QRadioButton, QWizard
from tests.ui.helpers import screenshot, wait_ops

from asn_desktop.paths import Paths
from asn_desktop.services.workspace import open_workspace


def test_wizard_central_on_a_postgresql_server(qtbot: Any, tmp_path: Path, pg_url: str) -> None:
    from asn_desktop.ui.dialogs.wizard import FirstStartWizard

    paths = Paths(tmp_path / "pusat")
    wizard = FirstStartWizard(paths)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.intro.group.button(0).setChecked(True)
    wizard.next()
    page = wizard.central
    qtbot.keyClicks(page.server, "postgresql://bkpsdm:rahasia@server/kinerja")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.currentPage() is page
    assert "kata sandi" in page.server_error.text()
    assert not paths.database_url.exists()
    screenshot(wizard, "wizard-pusat-server")
    page.server.clear()
    qtbot.keyClicks(page.server, pg_url)
    ready: list[Any] = []
    wizard.workspace_ready.connect(ready.append)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_ops(qtbot)
    assert ready and ready[0].db.is_postgresql
    ready[0].close()
    assert paths.database_url.read_text().strip() == pg_url
    assert not paths.database.exists()  # no SQLite file beside it
    ws = open_workspace(paths)
    try:
        assert ws.db.is_postgresql and ws.info.nama == "BKPSDM Kota Serang"
    finally:
        ws.close()


def test_pengaturan_moves_a_sqlite_central_onto_a_server(qtbot: Any, tmp_path: Path,
                                                        pg_url: str, shown: Any) -> None:
    """Typed like a user: a bad address is said and changes nothing; a good one, confirmed,
    moves the data and the window reopens on the server with the same employees."""
    from PySide6.QtWidgets import QApplication, QScrollArea
    from sqlalchemy import func, select

    from asn_desktop.db.models import Pegawai
    from asn_desktop.services.demo import fill_demo
    from asn_desktop.services.workspace import init_workspace
    from asn_desktop.ui import app as app_mod
    from asn_desktop.ui.main_window import MainWindow

    paths = Paths(tmp_path / "pusat")
    ws = init_workspace(paths, "central", "BKPSDM Kota Serang")
    fill_demo(ws, employees=30, seed=4)
    with ws.db.Session() as s:
        count = s.scalar(select(func.count(Pegawai.id)))
    window = app_mod.open_main_window(ws)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.go("pengaturan")
    wait_ops(qtbot)
    page = window.page("pengaturan")
    page.move_button.setFocus()  # scrolls the section into view
    page.findChild(QScrollArea).ensureWidgetVisible(page.move_button)
    qtbot.keyClicks(page.server_url, "mysql://server/kinerja")
    page.move_button.click()
    assert any("postgresql://" in t for t in shown.texts("error"))
    assert paths.database.exists() and not paths.database_url.exists()
    page.server_url.clear()
    qtbot.keyClicks(page.server_url, pg_url)
    screenshot(window, "09c-pengaturan-pindah-server")
    page.move_button.click()
    wait_ops(qtbot)
    assert shown.kinds().count("question") == 1  # asked before anything moved
    assert any("dipindah" in t for t in shown.texts("info")), shown.texts("error")
    (new,) = [w for w in QApplication.topLevelWidgets()
              if isinstance(w, MainWindow) and w.isVisible()]
    qtbot.addWidget(new)
    try:
        assert new.ctx.ws.db.is_postgresql and not paths.database.exists()
        with new.ctx.ws.db.Session() as s:
            assert s.scalar(select(func.count(Pegawai.id))) == count
        new.go("pengaturan")
        wait_ops(qtbot)
        assert not new.page("pengaturan").server_url.isVisibleTo(new)
        screenshot(new, "09d-pengaturan-di-server")
    finally:
        new.ctx.ws.close()


def test_the_window_says_when_other_staff_changed_the_central(qtbot: Any, tmp_path: Path,
                                                              pg_url: str) -> None:
    from asn_desktop.db.models import Pegawai
    from asn_desktop.services.workspace import init_workspace
    from asn_desktop.ui import app as app_mod

    ws = init_workspace(Paths(tmp_path / "pusat"), "central", "BKPSDM", database=pg_url)
    other = open_workspace(ws.paths)  # a colleague's PC
    window = app_mod.open_main_window(ws)
    qtbot.addWidget(window)
    try:
        window.check_others()  # the timer's first tick: listening from now on
        assert "Staf lain" not in window.statusBar().currentMessage()
        with other.session() as s:
            s.add(Pegawai(nip="198001012005011001", nama="Pegawai Rekan"))
        qtbot.waitUntil(lambda: (window.check_others(),
                                 "Staf lain" in window.statusBar().currentMessage())[1],
                        timeout=5000)
        window.go("pegawai")
        assert window.act_reload.shortcut().toString() == "F5"
        window.act_reload.trigger()
        assert "Staf lain" not in window.statusBar().currentMessage()
    finally:
        other.close()
        window.close()
        ws.close()


def test_wizard_joins_a_staff_pc_to_the_central_on_the_server(
        qtbot: Any, tmp_path: Path, pg_url: str, shown: Any) -> None:
    """Typed like a user: a wrong passphrase is said and writes nothing; the right one opens
    the central on the server, with its keys."""
    from asn_desktop.services import cadangan
    from asn_desktop.services.workspace import init_workspace
    from asn_desktop.sync.keys import load_keys
    from asn_desktop.ui.dialogs.wizard import FirstStartWizard

    central = init_workspace(Paths(tmp_path / "pusat"), "central", "BKPSDM Kota Serang",
                             database=pg_url)
    backup = cadangan.backup(central, tmp_path / "pusat.sqlite", sandi="sandi-cadangan-pusat").path
    central.close()
    paths = Paths(tmp_path / "staf")
    wizard = FirstStartWizard(paths)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.findChild(QRadioButton, "pilih_join").setChecked(True)
    wizard.next()
    page = wizard.join
    assert wizard.currentPage() is page
    qtbot.keyClicks(page.server, pg_url)
    qtbot.keyClicks(page.file, str(backup))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert "kata sandi" in page.error.text().lower() and not paths.data_dir.exists()
    qtbot.keyClicks(page.sandi, "sandi-yang-keliru")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_ops(qtbot)
    assert "salah" in shown.texts("error")[-1]
    assert not paths.database_url.exists() and not paths.keys.exists()
    screenshot(wizard, "wizard-gabung-server")
    page.sandi.clear()
    qtbot.keyClicks(page.sandi, "sandi-cadangan-pusat")
    ready: list[Any] = []
    wizard.workspace_ready.connect(ready.append)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_ops(qtbot)
    assert ready and ready[0].db.is_postgresql and ready[0].info.nama == "BKPSDM Kota Serang"
    ready[0].close()
    assert load_keys(paths.keys).sign_public == load_keys(tmp_path / "pusat" / "kunci").sign_public
