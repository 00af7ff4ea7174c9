"""Employees removed from the list (by mistake, say) and bringing one back. The rules (central
only, a NIP with one live holder) are in services/pegawai.py."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.services import pegawai as svc
from asn_desktop.ui import context as c
from asn_desktop.ui import messages
from asn_desktop.ui.ops import pegawai as ops
from asn_desktop.ui.widgets.common import FieldError, hint, named, translate_buttons

ID_ROLE = Qt.ItemDataRole.UserRole


class PegawaiTerhapusDialog(QDialog):
    restored = Signal(str)  # pegawai id

    def __init__(self, ctx: c.AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("dialog_pegawai_terhapus")
        self.setWindowTitle(self.tr("Pegawai yang dihapus"))
        self.resize(560, 420)
        lay = QVBoxLayout(self)
        lay.addWidget(hint(self.tr(
            "Pegawai yang dihapus dari daftar beserta SKP dan evaluasinya tetap tersimpan. "
            "Pilih satu lalu Pulihkan untuk mengembalikannya ke daftar.")))
        self.list = named(QListWidget(), "daftar_terhapus")
        self.list.itemDoubleClicked.connect(lambda _i: self.restore_selected())
        lay.addWidget(self.list, 1)
        self.error = FieldError()
        lay.addWidget(self.error)
        box = translate_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        self.btn_restore = named(QPushButton(self.tr("Pulihkan")), "pulihkan_terhapus")
        box.addButton(self.btn_restore, QDialogButtonBox.ButtonRole.ActionRole)
        self.btn_restore.clicked.connect(self.restore_selected)
        box.rejected.connect(self.reject)
        lay.addWidget(box)
        self.load()

    def load(self) -> None:
        rows = self.ctx.read(svc.deleted_pegawai)
        self.list.clear()
        for r in rows:
            item = QListWidgetItem(f"{r.nama} — {r.nip} — {r.unit_nama or '-'}")
            item.setData(ID_ROLE, r.id)
            self.list.addItem(item)
        if not rows:
            self.list.addItem(self.tr("Tidak ada pegawai yang dihapus."))
        self.btn_restore.setEnabled(bool(rows))
        if rows:
            self.list.setCurrentRow(0)

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        pid = item.data(ID_ROLE) if item is not None else None
        if not pid:
            return
        self.error.show_error(None)

        def done(_r: object) -> None:
            self.restored.emit(str(pid))
            self.load()

        ops.kembalikan(str(pid)).success(done) \
            .failure(lambda exc: self.error.show_error(messages.error_text(exc)[1])) \
            .run(self.ctx, self)
