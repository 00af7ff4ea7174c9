"""Every user action as a small named operation, as in Anki's ``aqt/operations``.

A module per area (``ops.skp``, ``ops.pegawai``…) holds one function per action. It takes plain
arguments (ids, input DTOs, paths), never a widget, and returns an unstarted :class:`Op` that
knows its work, which data it changes (so every page showing that data refreshes) and the label
of its progress dialog. A page chooses the arguments and what to show afterwards:

    ops.skp.ajukan(skp_id).success(self._reload).run(self.ctx, self)

Pages and dialogs do not hand closures to ``AppContext.write``/``background`` themselves
(tests/ui/test_ops.py holds them to it), so what a click does can be read, tested and reused
(a menu, a shortcut, a future personal account) without the page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from asn_desktop.services.langkah_massal import HasilMassal, jalankan_massal
from asn_desktop.services.workflow import Langkah
from asn_desktop.services.workspace import Workspace
from asn_desktop.ui.operations import OpContext, Operation

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from asn_desktop.ui.context import AppContext

T = TypeVar("T")


def label(text: str) -> str:
    """A progress label in the interface language (one translation context for all ops)."""
    return QCoreApplication.translate("ops", text)


class Op(Generic[T]):
    """One user action, not yet started."""

    def __init__(self, *, in_session: Callable[[Session], T] | None = None,
                 job: Callable[[Workspace, OpContext], T] | None = None,
                 changes: Iterable[str] = (), label: str | None = None,
                 cancellable: bool = False, show_at_once: bool = False) -> None:
        if (in_session is None) == (job is None):
            raise TypeError("an Op is either one transaction or one job")
        self._in_session = in_session
        self._job = job
        self.changes = frozenset(changes)
        self.label = label
        self.cancellable = cancellable
        self.show_at_once = show_at_once  # the progress dialog without the usual short delay
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None

    def success(self, fn: Callable[[T], None]) -> Op[T]:
        self._success = fn
        return self

    def failure(self, fn: Callable[[BaseException], None]) -> Op[T]:
        self._failure = fn
        return self

    def run(self, ctx: AppContext, parent: QWidget | None) -> Operation[T]:
        """Start on the database worker; ``success`` runs on the GUI thread after the
        pages were told what changed, failures are shown unless ``failure`` takes them."""
        if self._in_session is not None:
            return ctx.write(parent, self._in_session, self._success, changes=self.changes,
                             label=self.label, failure=self._failure)
        assert self._job is not None
        job, ws = self._job, ctx.ws
        extra = {"show_after_ms": 0} if self.show_at_once else {}
        op = ctx.background(parent, lambda opctx: job(ws, opctx), self._success,
                            label=self.label, cancellable=self.cancellable,
                            changes=self.changes, **extra)
        if self._failure is not None:
            op.failure(self._failure)
        return op


def tulis(fn: Callable[[Session], T], *changes: str, label: str | None = None) -> Op[T]:
    """An action done in one transaction (with the session's authority)."""
    return Op(in_session=fn, changes=changes, label=label)


def kerja(fn: Callable[[Workspace, OpContext], T], *changes: str, label: str | None = None,
          cancellable: bool = False, show_at_once: bool = False) -> Op[T]:
    """A longer action (import, export, printing, keys) that opens its own transactions
    through the services and may report progress."""
    return Op(job=fn, changes=changes, label=label, cancellable=cancellable,
              show_at_once=show_at_once)


class Alur(Protocol):
    """A document service module's workflow steps (services/skp.py, services/evaluasi.py…)."""

    def ajukan(self, s: Session, doc_id: str, /) -> None: ...
    def setujui(self, s: Session, doc_id: str, /) -> None: ...
    def kembalikan(self, s: Session, doc_id: str, alasan: str, /) -> None: ...
    def buka_kembali(self, s: Session, doc_id: str, alasan: str, /) -> None: ...


def langkah_massal(alur: Alur, doc_ids: list[str], step: Langkah,
                   *changes: str) -> Op[HasilMassal]:
    """Ajukan or Setujui many documents at once; those that cannot move are reported."""
    if step not in (Langkah.AJUKAN, Langkah.SETUJUI):
        raise ValueError(step)  # the other steps need a reason per document
    one = alur.ajukan if step is Langkah.AJUKAN else alur.setujui
    return tulis(lambda s: jalankan_massal(s, doc_ids, one), *changes,
                 label=label("Memproses {0} dokumen…").format(len(doc_ids)))


def langkah(alur: Alur, doc_id: str, step: Langkah, alasan: str | None, *changes: str) -> Op[None]:
    """One step of the document workflow (services/workflow.py); kembalikan and buka kembali
    carry the reason, which the workflow requires."""

    def work(s: Session) -> None:
        if step is Langkah.AJUKAN:
            alur.ajukan(s, doc_id)
        elif step is Langkah.SETUJUI:
            alur.setujui(s, doc_id)
        elif step is Langkah.KEMBALIKAN:
            alur.kembalikan(s, doc_id, alasan or "")
        else:
            alur.buka_kembali(s, doc_id, alasan or "")

    return tulis(work, *changes)
