"""What every page is handed: the workspace, the units it may see, and a change signal.

Pages never reach a global; the main window creates one :class:`AppContext` and passes it on.
Reads for the screen (small, paged queries) run on the GUI thread with a short-lived session of
their own (``read``); every write and every long job goes to the database worker through
``write``/``operations`` so the GUI never blocks and sessions are never shared between threads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from asn_desktop.services import orgs
from asn_desktop.services.workspace import Workspace
from asn_desktop.ui.operations import OpContext, Operation

T = TypeVar("T")

# Names of what changed, sent with AppContext.changed (Anki's OpChanges, in small).
PEGAWAI = "pegawai"
SKP = "skp"
EVALUASI = "evaluasi"
LOG = "log"
UMPAN_BALIK = "umpan_balik"
SYNC = "sync"
SETTINGS = "pengaturan"
ORGANISASI = "organisasi"
# Page arguments besides an id: the Pegawai page opens the roster import wizard.
IMPOR_PEGAWAI = "impor"
ALL = frozenset({PEGAWAI, SKP, EVALUASI, LOG, UMPAN_BALIK, SYNC, SETTINGS, ORGANISASI})


class AppContext(QObject):
    changed = Signal(object)  # frozenset[str] of the names above
    unit_filter_changed = Signal()
    navigate = Signal(str, object)  # page key, argument (e.g. a pegawai id)
    restart_requested = Signal()  # rebuild the main window (after a language change)
    restore_requested = Signal(str, str)  # put this backup (path, passphrase) in place, reopen
    move_requested = Signal(str)  # move the central's data onto this PostgreSQL server, reopen
    switch_requested = Signal(bool)  # open the practice workspace (True) or the real one

    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws
        self._scope: frozenset[str] | None = None
        self._unit_filter: str | None = None  # chosen in the top bar (central only)

    # -- role and scope --------------------------------------------------------------------------

    @property
    def is_central(self) -> bool:
        return self.ws.is_central

    @property
    def can_edit_master(self) -> bool:
        """Master data (units, employees, periods) is edited on the central only."""
        return self.ws.is_central

    def scope(self) -> frozenset[str] | None:
        """Unit ids this installation may show: None for every unit (central)."""
        unit_id = self.ws.info.unit_id
        if self.ws.is_central or not unit_id:
            return None
        if self._scope is None:
            self._scope = frozenset(self.read(lambda s: orgs.subtree_ids(s, unit_id)))
        return self._scope

    @property
    def unit_filter(self) -> str | None:
        return self._unit_filter

    def set_unit_filter(self, unit_id: str | None) -> None:
        if unit_id != self._unit_filter:
            self._unit_filter = unit_id
            self.unit_filter_changed.emit()

    def visible_units(self, unit_id: str | None = None) -> frozenset[str] | None:
        """Units to list: the chosen unit's subtree within the scope (None: all)."""
        chosen = unit_id if unit_id is not None else self._unit_filter
        scope = self.scope()
        if chosen is None:
            return scope
        sub = frozenset(self.read(lambda s: orgs.subtree_ids(s, chosen)))
        return sub if scope is None else sub & scope

    def units(self) -> list[orgs.UnitRow]:
        root = None if self.ws.is_central else self.ws.info.unit_id
        return self.read(lambda s: orgs.list_units(s, root))

    # -- database --------------------------------------------------------------------------------

    def read(self, fn: Callable[[Session], T]) -> T:
        """A short read on the GUI thread with its own session (screen-sized queries only),
        acting as this installation so reads limited to its scope know it."""
        with self.ws.read_session() as s:
            return fn(s)

    def write(
        self,
        parent: QWidget | None,
        fn: Callable[[Session], T],
        success: Callable[[T], None] | None = None,
        *,
        changes: Iterable[str] = (),
        label: str | None = None,
        failure: Callable[[BaseException], None] | None = None,
    ) -> Operation[T]:
        """One user action = one transaction on the database worker."""
        ws = self.ws
        what = frozenset(changes)

        def work(_ctx: OpContext) -> T:
            with ws.session() as s:
                return fn(s)

        def done(result: T) -> None:
            if what:
                self.changed.emit(what)
            if success is not None:
                success(result)

        op: Operation[T] = Operation(parent, work, label=label)
        op.success(done)
        if failure is not None:
            op.failure(failure)
        return op.run()

    def background(
        self,
        parent: QWidget | None,
        fn: Callable[[OpContext], T],
        success: Callable[[T], None] | None = None,
        *,
        label: str | None = None,
        cancellable: bool = False,
        changes: Iterable[str] = (),
        **kw: Any,
    ) -> Operation[T]:
        """Long work (import, export, printing, demo data) with progress and Batal."""
        what = frozenset(changes)

        def done(result: T) -> None:
            if what:
                self.changed.emit(what)
            if success is not None:
                success(result)

        op: Operation[T] = Operation(parent, fn, label=label, cancellable=cancellable, **kw)
        op.success(done)
        return op.run()
