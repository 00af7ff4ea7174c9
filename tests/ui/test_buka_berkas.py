"""A file opened from outside the application (double-click: ``asn-desktop FILE``): a package
waits on Sinkronisasi until the person receives it, a setup file fills the first-start wizard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWizard
from sqlalchemy import select
from tests.sync.conftest import TAHUN, add_skp, net, net_template  # noqa: F401  (fixtures)
from tests.ui.helpers import screenshot, wait_ops

from asn_desktop.db.models import Skp
from asn_desktop.paths import Paths
from asn_desktop.services import sync_service as svc
from asn_desktop.ui.buka_berkas import PAKET, PENYIAPAN, buka, jenis


def _skp_count(ws: Any) -> int:
    with ws.session() as s:
        return len(s.scalars(select(Skp).where(Skp.tahun == TAHUN)).all())


def _central_window(jaringan: Any, qtbot: Any) -> Any:
    from asn_desktop.ui.context import AppContext
    from asn_desktop.ui.main_window import MainWindow

    win = MainWindow(AppContext(jaringan.central))
    qtbot.addWidget(win)
    win.resize(1366, 728)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_kind_from_the_extension_in_any_case() -> None:
    assert jenis("a/b.asnpkg") == PAKET and jenis("B.ASNPKG") == PAKET
    assert jenis("x.AsnSetup") == PENYIAPAN
    assert jenis("x.pdf") is None and jenis("asnpkg") is None


def test_package_waits_on_sinkronisasi_until_received(net: Any, qtbot: Any,  # noqa: F811
                                                      shown: Any, monkeypatch: Any) -> None:
    unit = net.units["3673.A"]
    add_skp(unit, net.org.people["staf_a1"])
    package = net.send(unit, net.central)
    before = _skp_count(net.central)
    calls: list[Path] = []
    real_import = svc.import_package

    def counted(ws: Any, path: Any, **kw: Any) -> Any:
        calls.append(Path(path))
        return real_import(ws, path, **kw)

    monkeypatch.setattr(svc, "import_package", counted)
    win = _central_window(net, qtbot)
    try:
        buka(str(package), {"window": win})
        page = win.page("sinkronisasi")
        assert win.stack.currentWidget() is page
        assert page.ready_box.isVisible() and page.paket_siap == package
        assert package.name in page.ready_text.text()
        assert "ruang latihan" not in page.ready_text.text()
        wait_ops(qtbot)
        screenshot(win, "07c-sinkronisasi-paket-dibuka")
        assert calls == [] and _skp_count(net.central) == before  # nothing until confirmed

        page.btn_ready.click()
        wait_ops(qtbot)
        assert calls == [package]
        assert not page.ready_box.isVisible() and page.paket_siap is None
        assert "Diterapkan: 1" in page.result.text(), shown.items
        assert _skp_count(net.central) == before + 1
    finally:
        win.close()
        wait_ops(qtbot)


def test_package_cancelled_is_not_imported(net: Any, qtbot: Any,  # noqa: F811
                                           monkeypatch: Any) -> None:
    package = net.send(net.units["3673.B"], net.central)
    calls: list[Any] = []
    monkeypatch.setattr(svc, "import_package", lambda *a, **kw: calls.append(a))
    win = _central_window(net, qtbot)
    try:
        buka(package, {"window": win})
        page = win.page("sinkronisasi")
        page.btn_ready_cancel.click()
        wait_ops(qtbot)
        assert not page.ready_box.isVisible() and calls == []
    finally:
        win.close()
        wait_ops(qtbot)


def _invite(jaringan: Any, tmp_path: Path) -> tuple[Path, str]:
    inv = svc.invite(jaringan.central, "3673.D", tmp_path / "undangan" / "D.ASNSETUP")
    return Path(inv.path), inv.kode


def test_setup_file_fills_the_wizard(net: Any, qtbot: Any, tmp_path: Path,  # noqa: F811
                                     shown: Any) -> None:
    from asn_desktop.ui.dialogs.wizard import P_UNIT, UNIT, FirstStartWizard

    setup, kode = _invite(net, tmp_path)
    wizard = FirstStartWizard(Paths(tmp_path / "baru"))
    qtbot.addWidget(wizard)
    wizard.show()
    buka(str(setup), {"wizard": wizard})
    assert wizard.currentId() == P_UNIT and wizard.intro.choice() == UNIT
    assert wizard.unit.file.text() == str(setup)
    assert wizard.unit.kode.text() == ""  # typed by the person, never guessed
    screenshot(wizard, "00c-wizard-berkas-dibuka")
    ready: list[Any] = []
    wizard.workspace_ready.connect(ready.append)
    wizard.unit.kode.setText(kode)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_ops(qtbot)
    assert ready, shown.items
    try:
        assert ready[0].info.role == "unit"
    finally:
        ready[0].close()


def test_package_on_a_new_computer_waits_for_the_wizard(net: Any, qtbot: Any,  # noqa: F811
                                                        tmp_path: Path, shown: Any) -> None:
    """As run_gui: the wizard first; its own listener makes the main window, then the
    package is ready on Sinkronisasi."""
    from asn_desktop.ui.context import AppContext
    from asn_desktop.ui.dialogs.wizard import FirstStartWizard
    from asn_desktop.ui.main_window import MainWindow

    setup, kode = _invite(net, tmp_path)
    package = net.send(net.units["3673.C"], net.central)
    wizard = FirstStartWizard(Paths(tmp_path / "baru"))
    qtbot.addWidget(wizard)
    wizard.show()
    holder: dict[str, Any] = {"wizard": wizard}

    def ready(ws: Any) -> None:
        win = MainWindow(AppContext(ws))
        qtbot.addWidget(win)
        win.show()
        holder["window"] = win

    wizard.workspace_ready.connect(ready)
    buka(package, holder)
    assert shown.kinds() == ["info"] and package.name in shown.texts()[0]
    assert "belum disiapkan" in shown.texts()[0]
    wizard.pakai_berkas_penyiapan(setup)
    wizard.unit.kode.setText(kode)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_ops(qtbot)
    win = holder.get("window")
    assert win is not None, shown.items
    try:
        page = win.page("sinkronisasi")
        assert win.stack.currentWidget() is page and page.paket_siap == package
        assert page.ready_box.isVisible()
    finally:
        win.close()
        wait_ops(qtbot)
        win.ctx.ws.close()


def test_setup_file_on_a_computer_already_set_up(window: Any, tmp_path: Path,
                                                  shown: Any) -> None:
    setup = tmp_path / "unit.asnsetup"
    setup.write_bytes(b"x")
    buka(setup, {"window": window})
    assert shown.kinds() == ["info"] and "sudah disiapkan" in shown.texts()[0]
    assert window.stack.currentWidget() is window.page("beranda")


def test_package_in_the_practice_workspace_warns(window: Any, tmp_path: Path,
                                                 monkeypatch: Any) -> None:
    from asn_desktop.services import ruang_latihan

    package = tmp_path / "paket.asnpkg"
    package.write_bytes(b"x")
    monkeypatch.setattr(ruang_latihan, "adalah_latihan", lambda paths: True)
    buka(package, {"window": window})
    page = window.page("sinkronisasi")
    assert page.ready_box.isVisible() and "ruang latihan" in page.ready_text.text()
