"""What every page of the main window has in common."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from asn_desktop.ui import messages
from asn_desktop.ui.context import AppContext

if TYPE_CHECKING:
    from asn_desktop.ui.widgets.pegawai_list import PegawaiList


class Page(QWidget):
    """A page. Subclasses set ``key`` and override the hooks they support.

    The main window calls ``activate`` when the page is shown, routes the common shortcuts
    (Ctrl+S ``save``, Ctrl+N ``new``, Ctrl+F ``focus_search``, F5 ``reload``) and asks ``is_dirty``
    before leaving the page or closing the window.
    """

    key = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self._watch: frozenset[str] = frozenset()
        ctx.changed.connect(self._on_changed)
        ctx.unit_filter_changed.connect(self._on_unit_filter)

    def title(self) -> str:
        raise NotImplementedError

    # -- refresh when data changed ---------------------------------------------------------------

    def watch(self, *names: str) -> None:
        self._watch = frozenset(names)

    def _on_changed(self, names: frozenset[str]) -> None:
        if names & self._watch:
            self._stale = True
            if self.isVisible():
                self.refresh()

    def _on_unit_filter(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def activate(self, arg: Any = None) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Reload what the page shows from the database."""
        self._stale = False

    # -- common actions (shortcuts) --------------------------------------------------------------

    def is_dirty(self) -> bool:
        return False

    def save(self) -> bool:
        """Save; True when there was something to save and it was started."""
        return False

    def discard(self) -> None:
        """Forget unsaved changes (the person chose 'Buang perubahan')."""

    def new(self) -> None:
        pass

    def pegawai_list(self) -> PegawaiList | None:
        """The employee list the page's editor follows (for next/previous), if any."""
        from asn_desktop.ui.widgets.pegawai_list import PegawaiList

        people = getattr(self, "list", None)
        return people if isinstance(people, PegawaiList) else None

    def focus_search(self) -> None:
        pass

    def reload(self) -> None:
        self.refresh()

    # -- leaving a record ------------------------------------------------------------------------

    def may_leave(self, what: str = "", list_: PegawaiList | None = None,
                  current_id: str | None = None) -> bool:
        """Before the page shows another record: ask what to do with unsaved changes (save,
        discard, or stay). False when the person stays; ``list_`` then selects
        ``current_id`` again without signalling."""
        if not self.is_dirty():
            return True
        answer = messages.ask_unsaved(self, what)
        if answer == "cancel":
            if list_ is not None and current_id is not None:
                list_.blockSignals(True)
                list_.select_id(current_id)
                list_.blockSignals(False)
            return False
        if answer == "save":
            self.save()
        return True
