"""GUI test fixtures: a fresh workspace per test, no modal box ever blocks, Qt warnings fail.

- ``shown``: every message box is recorded instead of shown (ui.messages.set_handler); set
  ``shown.answers["question"] = False`` (or "discard": "save"/"discard"/"cancel") per test.
- ``ws`` / ``demo_ws``: a new data folder in tmp_path (central; demo data with 40 employees).
- ``window``: the main window at 1280×800 over ``demo_ws``.
- Qt warnings (qWarning and above) logged during a test fail it.
"""

from __future__ import annotations

import atexit
import gc
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QtMsgType

from asn_desktop.paths import Paths
from asn_desktop.services.workspace import Workspace, init_workspace
from asn_desktop.ui import i18n, messages, operations

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# Messages of the offscreen platform plugin itself, not of the application.
IGNORED_QT_MESSAGES = ("This plugin does not support propagateSizeHints()",
                       "This plugin does not support raise()")  # offscreen has no stacking


class Recorder:
    def __init__(self) -> None:
        self.items: list[messages.Shown] = []
        self.answers: dict[str, Any] = {"question": True, "discard": "discard"}
        self.raw: list[str] = []

    def __call__(self, shown: messages.Shown) -> Any:
        self.items.append(shown)
        from tests.ui.test_layar import RAW

        for pattern in RAW:  # a message is read by a person: no raw code in it
            found = pattern.search(shown.text) or pattern.search(shown.title)
            if found:
                self.raw.append(f"{found.group(0)!r} in {shown.text[:120]!r}")
        return self.answers.get(shown.kind)

    def kinds(self) -> list[str]:
        return [s.kind for s in self.items]

    def texts(self, kind: str | None = None) -> list[str]:
        return [s.text for s in self.items if kind is None or s.kind == kind]


@pytest.fixture(autouse=True)
def shown() -> Iterator[Recorder]:
    rec = Recorder()
    messages.set_handler(rec)
    yield rec
    messages.set_handler(None)
    assert rec.raw == [], "raw codes shown to a person"


@pytest.fixture(autouse=True)
def _qt_warnings_fail(qtlog: Any, qapp: Any) -> Iterator[None]:
    i18n.install(qapp, "id")
    yield
    operations.wait_idle()
    bad = [r for r in qtlog.records
           if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
           and not any(r.message.startswith(p) for p in IGNORED_QT_MESSAGES)]
    if bad:
        pytest.fail("Qt warnings:\n" + "\n".join(r.message for r in bad))


@pytest.fixture
def ws(tmp_path: Path, central_database: str | None) -> Iterator[Workspace]:
    workspace = init_workspace(Paths(tmp_path / "data"), "central", "Uji Pusat",
                               database=central_database)
    yield workspace
    operations.wait_idle()
    workspace.close()


@pytest.fixture
def demo_ws(ws: Workspace) -> Workspace:
    from asn_desktop.services.demo import fill_demo

    fill_demo(ws, employees=40, seed=1)
    return ws


@pytest.fixture
def ctx(demo_ws: Workspace) -> Any:
    from asn_desktop.ui.context import AppContext

    return AppContext(demo_ws)


@pytest.fixture
def window(ctx: Any, qtbot: Any) -> Any:
    from asn_desktop.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 728)  # a 1366×768 office screen less its taskbar
    win.show()
    qtbot.waitExposed(win)
    operations.wait_idle()  # Beranda reads its figures off the GUI thread
    return win


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Let Qt delete what it deferred, and collect Python's garbage, while QApplication is
    still alive: wrappers of Qt objects freed after it (at interpreter exit) can crash it."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    atexit.register(_leave_before_finalisation, session)
    operations.wait_idle(5000)
    if QCoreApplication.instance() is not None:
        for widget in QApplication.topLevelWidgets():  # windows tests left open
            widget.close()
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    gc.collect()
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def _leave_before_finalisation(session: pytest.Session) -> None:
    """At interpreter exit, keep the final garbage collection away from what the tests left:
    with many windows made and closed in one process, PySide6 can abort there once
    QApplication is gone (bool_dealloc, exit 134), turning a green run red."""
    gc.freeze()
