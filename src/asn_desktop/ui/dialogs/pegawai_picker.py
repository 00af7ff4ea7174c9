"""Choose one employee by typing part of a name or NIP."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from asn_desktop.services.pegawai import PegawaiRow
from asn_desktop.ui.context import AppContext
from asn_desktop.ui.widgets.common import translate_buttons
from asn_desktop.ui.widgets.pegawai_list import PegawaiList


class PegawaiPicker(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None, title: str,
                 all_units: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(560, 480)
        lay = QVBoxLayout(self)
        self.list = PegawaiList(ctx, compact=True)
        self.list.activated.connect(lambda _r: self.accept())
        lay.addWidget(self.list)
        box = translate_buttons(QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        ))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        lay.addWidget(box)
        if all_units:
            # Atasan may sit in another unit (e.g. a kepala dinas above a school).
            self.list.model.set_filter(self.list.model.filter)
        self.list.reload() if not all_units else self.list.model.reload()
        self.list.search.setFocus()

    @classmethod
    def choose(cls, ctx: AppContext, parent: QWidget | None, title: str,
               all_units: bool = True) -> PegawaiRow | None:
        dlg = cls(ctx, parent, title, all_units)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            return dlg.list.current()
        return None
