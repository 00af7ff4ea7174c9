"""Start-up in a fixed order: paths → logging → excepthook → QApplication and language →
database (opened and migrated with a backup) or the first-start wizard → main window."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from asn_desktop import paths as paths_mod
from asn_desktop.paths import Paths
from asn_desktop.services.workspace import Workspace, is_initialised, open_workspace
from asn_desktop.ui import i18n, messages, operations, satu_jendela

log = logging.getLogger(__name__)


def setup_logging(paths: Paths) -> None:
    paths.logs.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        paths.logs / "asn-desktop.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Any uncaught error: log it and show the crash dialog with copyable details."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    log.error("uncaught exception", exc_info=(kind, exc, tb))
    if QApplication.instance() is None:
        sys.__excepthook__(kind, exc, tb)
        return
    if threading.current_thread() is not threading.main_thread():
        return  # logged; operations hand worker errors to the GUI thread themselves
    try:
        messages.show_crash(exc.with_traceback(tb))
    except Exception:  # never let the hook itself fail
        sys.__excepthook__(kind, exc, tb)


def install_excepthook() -> None:
    sys.excepthook = excepthook
    threading.excepthook = lambda a: excepthook(a.exc_type, a.exc_value or Exception(),
                                                a.exc_traceback)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    QCoreApplication.setApplicationName("Kinerja ASN Desktop")
    QCoreApplication.setOrganizationName("BKPSDM Kota Serang")
    font = app.font()
    if font.pointSize() < 10:
        font.setPointSize(10)
        app.setFont(font)
    app.setFont(QFont(font))
    from asn_desktop.ui import ikon

    app.setWindowIcon(ikon.ikon_aplikasi())  # message boxes before any window have it too
    return app


def apply_language(app: QCoreApplication, ws: Workspace | None) -> str:
    """This computer's choices: the interface language and the text size."""
    from asn_desktop.ui import tampilan

    tampilan.terapkan(app, ws.get_local(tampilan.SKALA_KEY) if ws is not None else None)
    lang = ws.get_local(i18n.SETTING_KEY) if ws is not None else None
    return i18n.install(app, lang)


def start(paths: Paths) -> tuple[Workspace | None, object | None]:
    """The workspace to show, or the first-start wizard when the folder is empty."""
    if is_initialised(paths):
        return open_workspace(paths), None
    from asn_desktop.ui.dialogs.wizard import FirstStartWizard

    return None, FirstStartWizard(paths)


def _say_went_back(window: QWidget) -> None:
    from asn_desktop.services.jejak_kirim import PESAN
    from asn_desktop.teks import _

    messages.info(window, _(PESAN))


def open_main_window(ws: Workspace, first_step: str | None = None):  # type: ignore[no-untyped-def]
    """The main window over ``ws``; a new central's ``first_step`` ("impor": the roster import
    wizard, "organisasi": the unit tree) is opened right away."""
    from asn_desktop.ui.context import IMPOR_PEGAWAI, AppContext
    from asn_desktop.ui.main_window import MainWindow

    ctx = AppContext(ws)
    window = MainWindow(ctx)
    state: dict[str, Any] = {"window": window, "ws": ws}

    def restart() -> None:
        """Rebuild the window in the newly chosen language, or on the restored workspace."""
        old = state["window"]
        app = QApplication.instance()
        if app is not None:
            apply_language(app, state["ws"])
        new_ctx = AppContext(state["ws"])
        new = MainWindow(new_ctx)
        connect(new_ctx)
        new.setGeometry(old.geometry())
        new.show()
        state["window"] = new
        old.hide()
        old.deleteLater()
        if state["ws"].went_back:  # the folder switched to was put back by hand, older
            _say_went_back(new)

    def closed_for(action: Callable[[Any], Any]) -> None:
        """Close the data, run ``action(paths)`` (a restore, a move onto a server), reopen
        and rebuild the window; its summary or its error is shown there."""
        current: Workspace = state["ws"]
        paths = current.paths
        current.close()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result, failure = action(paths), None
        except Exception as exc:
            result, failure = None, exc
        finally:
            QApplication.restoreOverrideCursor()
        try:
            state["ws"] = open_workspace(paths)
        except Exception as exc:  # the data cannot be opened again: said, then the app ends
            messages.show_error(state["window"], failure or exc)
            if failure is not None:
                messages.show_error(state["window"], exc)
            state["window"].close()
            return
        restart()
        if failure is not None:
            messages.show_error(state["window"], failure)
        else:
            messages.info(state["window"], result.ringkasan)

    def restore(path: str, sandi: str) -> None:
        from asn_desktop.services import cadangan

        closed_for(lambda paths: cadangan.restore(paths, path, sandi or None))

    def move(url: str) -> None:
        from asn_desktop.services import pindah_server

        closed_for(lambda paths: pindah_server.move_to_server(paths, url))

    def switch(latihan: bool) -> None:
        """Between the practice workspace and the real data (its wizard when still empty)."""
        from asn_desktop.services import ruang_latihan

        current: Workspace = state["ws"]
        real = ruang_latihan.data_sungguhan(current.paths)
        target = ruang_latihan.folder_latihan(real) if latihan else real
        if not is_initialised(target):
            if latihan:
                return  # made first by the main window's "Buka ruang latihan…"
            from asn_desktop.ui.dialogs.wizard import FirstStartWizard

            wizard = FirstStartWizard(real, tanpa_latihan=True)
            state["wizard"] = wizard

            def ready(new_ws: Workspace) -> None:
                ruang_latihan.pilih(real, False)
                current.close()
                state["ws"] = new_ws
                restart()

            wizard.workspace_ready.connect(ready)
            wizard.show()
            return
        ruang_latihan.pilih(real, latihan)
        current.close()
        state["ws"] = open_workspace(target)
        restart()

    def connect(c: AppContext) -> None:
        c.restart_requested.connect(restart)
        c.restore_requested.connect(restore)
        c.move_requested.connect(move)
        c.switch_requested.connect(switch)

    connect(ctx)
    window.show()
    if ws.went_back:  # opened as an older data file put back by hand
        _say_went_back(window)
    if first_step == "impor":
        window.go("pegawai", IMPOR_PEGAWAI)
    elif first_step == "organisasi":
        window.go("organisasi")
    return window


def datang(path: str | None, holder: dict[str, object]) -> None:
    """Another start on this data folder: the open window to the front, with its file."""
    target = holder.get("window") or holder.get("wizard")
    if isinstance(target, QWidget):
        if target.isMinimized():
            target.showNormal()
        target.raise_()
        target.activateWindow()
    if path:
        from asn_desktop.ui.buka_berkas import buka as buka_berkas

        buka_berkas(path, holder)


def run_gui(data_dir: str | None = None, buka: str | None = None,
            serah: satu_jendela.Serah | None = None) -> int:
    """The application; ``serah`` is what ``satu_jendela.serahkan`` already found (the CLI asks
    before loading this module, so a second start ends quickly)."""
    from asn_desktop.services import ruang_latihan

    paths = paths_mod.resolve(data_dir)
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    setup_logging(paths)
    install_excepthook()
    app = make_application()
    soket = satu_jendela.nama_soket(paths.data_dir)
    if serah is None:
        serah = satu_jendela.serahkan(soket, str(Path(buka).absolute()) if buka else None)
    if serah is satu_jendela.Serah.DITERIMA:  # the open window took it
        return 0
    i18n.install(app, None)
    holder: dict[str, object] = {}
    try:
        # the practice workspace while the user practises; the wizard still sets up the real
        # folder (its practice choice makes the practice folder beside it)
        ws, wizard = start(ruang_latihan.saat_mulai(paths))
    except Exception as exc:  # e.g. a data file from a newer version: say so, change nothing
        title = QCoreApplication.translate("app", "Tidak dapat membuka data")
        messages.show_error(None, exc, title)
        return 1
    if ws is not None:
        apply_language(app, ws)
        holder["window"] = open_main_window(ws)
    else:
        from asn_desktop.ui.dialogs.wizard import FirstStartWizard

        assert isinstance(wizard, FirstStartWizard)

        def ready(new_ws: Workspace) -> None:
            apply_language(app, new_ws)
            holder["window"] = open_main_window(new_ws, wizard.first_step())

        wizard.workspace_ready.connect(ready)
        wizard.show()
        holder["wizard"] = wizard
    if buka:  # a package or setup file opened by double-click (asn-desktop FILE)
        from asn_desktop.ui.buka_berkas import buka as buka_berkas

        buka_berkas(buka, holder)
    if serah is satu_jendela.Serah.TIDAK_ADA:
        penerima = satu_jendela.Penerima(soket, app)
        holder["penerima"] = penerima
        penerima.diterima.connect(lambda path: datang(path, holder))
    code = app.exec()
    operations.wait_idle()
    window = holder.get("window")
    if window is not None:
        window.ctx.ws.close()  # type: ignore[attr-defined]
    return int(code)
