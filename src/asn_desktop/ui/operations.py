"""Run work off the GUI thread, Anki style.

``Operation(parent, fn)`` runs ``fn(ctx)`` on the single database worker thread (so database
work is serialised and never shares a session with the GUI), shows a delayed progress dialog
with an optional Cancel button, and calls ``success(result)`` or shows the error on the GUI
thread. ``fn`` must not touch widgets: it gets an :class:`OpContext` to report progress and to
ask whether the person cancelled, and returns plain data (DTOs).

    Operation(self, lambda ctx: save(ctx.ws, data), label=self.tr("Menyimpan…"))
        .success(self._saved).run()
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from asn_desktop.errors import AsnError, Cancelled
from asn_desktop.ui import messages

log = logging.getLogger(__name__)
T = TypeVar("T")

_pool: QThreadPool | None = None
_running: set[Operation[Any]] = set()


def db_pool() -> QThreadPool:
    """One worker thread for everything that touches the database."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setExpiryTimeout(-1)
    return _pool


def idle() -> bool:
    """True when no operation is queued or running (tests wait on this)."""
    return not _running


def wait_idle(timeout_ms: int = 30000) -> None:
    """Block (processing events) until every operation finished. For shutdown and tests."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    # an event loop object's processEvents, not QCoreApplication's static one: some PySide6
    # releases lose a reference to None on each static call (tests/ui/test_ops.py)
    loop = QEventLoop()
    deadline = QDeadlineTimer(timeout_ms)
    while _running and not deadline.hasExpired():
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        db_pool().waitForDone(10)
    loop.processEvents()


class OpContext:
    """Handed to the background function: progress reporting and cancellation."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, text: str | None = None) -> None:
        self._signals.progress.emit(int(done), int(total), text or "")

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` when the person pressed Batal."""
        if self._cancel.is_set():
            raise Cancelled()


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object, object)  # result, exception


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[OpContext], Any], ctx: OpContext, signals: _Signals):
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._ctx, self._signals = fn, ctx, signals

    def run(self) -> None:
        try:
            result = self._fn(self._ctx)
        except BaseException as exc:  # handed to the GUI thread, shown there
            self._signals.finished.emit(None, exc)
        else:
            self._signals.finished.emit(result, None)


class Operation(Generic[T]):
    def __init__(
        self,
        parent: QWidget | None,
        fn: Callable[[OpContext], T],
        *,
        label: str | None = None,
        cancellable: bool = False,
        show_after_ms: int = 400,
    ) -> None:
        self._parent = parent
        self._fn = fn
        self._label = label
        self._cancellable = cancellable
        self._show_after = show_after_ms
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._signals = _Signals()
        self._ctx = OpContext(self._signals)
        self._dialog: QProgressDialog | None = None
        self._timer: QTimer | None = None

    def success(self, cb: Callable[[T], None]) -> Operation[T]:
        self._success = cb
        return self

    def failure(self, cb: Callable[[BaseException], None]) -> Operation[T]:
        self._failure = cb
        return self

    @property
    def context(self) -> OpContext:
        return self._ctx

    def run(self) -> Operation[T]:
        _running.add(self)
        self._signals.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._signals.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        if self._label is not None:
            self._timer = QTimer(singleShot=True, interval=self._show_after)
            self._timer.timeout.connect(self._show_dialog)
            self._timer.start()
        db_pool().start(_Runnable(self._fn, self._ctx, self._signals))
        return self

    def cancel(self) -> None:
        self._ctx._cancel.set()

    # -- GUI thread ------------------------------------------------------------------------------

    def _parent_alive(self) -> bool:
        return self._parent is None or shiboken6.isValid(self._parent)

    def _show_dialog(self) -> None:
        if self not in _running or not self._parent_alive():
            return
        dlg = QProgressDialog(self._label or "", "", 0, 0, self._parent)
        dlg.setWindowTitle(self._label or "")
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(0)
        dlg.setMinimumWidth(380)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        if self._cancellable:
            dlg.setCancelButtonText(messages.t("Batal"))
            dlg.canceled.connect(self.cancel)
        else:
            dlg.setCancelButton(None)
        dlg.show()
        self._dialog = dlg

    def _progress(self, done: int, total: int, text: str) -> None:
        dlg = self._dialog
        if dlg is None:
            return
        dlg.setMaximum(max(total, 0))
        dlg.setValue(min(done, total) if total > 0 else 0)
        if text:
            dlg.setLabelText(text)

    def _finished(self, result: Any, exc: BaseException | None) -> None:
        _running.discard(self)
        if self._timer is not None:
            self._timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        alive = self._parent_alive()
        if exc is not None:
            if self._failure is not None and alive:
                self._failure(exc)
            elif isinstance(exc, Cancelled):
                pass
            else:
                if not isinstance(exc, AsnError):
                    log.error("operation failed", exc_info=exc)
                messages.show_error(self._parent if alive else None, exc)
            return
        if self._success is not None and alive:
            self._success(result)


def run(parent: QWidget | None, fn: Callable[[OpContext], T],
        success: Callable[[T], None] | None = None, **kw: Any) -> Operation[T]:
    op: Operation[T] = Operation(parent, fn, **kw)
    if success is not None:
        op.success(success)
    return op.run()
