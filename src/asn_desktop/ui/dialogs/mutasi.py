"""Mutasi at the central: move an employee to another unit from a TMT, with a new atasan
langsung (the new unit's leader unless another is chosen). The rule lives in services.mutasi."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.errors import ValidationError
from asn_desktop.services import mutasi
from asn_desktop.services.pegawai import PegawaiDetail
from asn_desktop.ui import messages
from asn_desktop.ui.context import AppContext
from asn_desktop.ui.ops import pegawai as ops
from asn_desktop.ui.widgets.common import (
    DATE_FORMAT,
    FieldError,
    UnitCombo,
    hint,
    translate_buttons,
)


class MutasiDialog(QDialog):
    moved = Signal(str)  # pegawai id

    def __init__(self, ctx: AppContext, d: PegawaiDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.detail = ctx, d
        self.setWindowTitle(self.tr("Mutasi pegawai"))
        self.setMinimumWidth(480)
        self._atasan_nip: str | None = None
        units = ctx.units()
        self._kode = {u.id: u.kode for u in units}
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("<b>{0}</b><br>sekarang di {1}").format(
            escape(d.row.nama), escape(d.row.unit_nama))))
        form = QFormLayout()
        self.unit = UnitCombo(self)
        self.unit.setObjectName("mutasi_unit")
        self.unit.set_units(units, keep=d.row.unit_id)
        self.err_unit = FieldError(self)
        form.addRow(self.tr("Unit tujuan:"), self.unit)
        form.addRow("", self.err_unit)
        self.tmt = QDateEdit(self)
        self.tmt.setObjectName("mutasi_tmt")
        self.tmt.setCalendarPopup(True)
        self.tmt.setDisplayFormat(DATE_FORMAT)
        self.tmt.setDate(QDate.currentDate())
        self.err_tmt = FieldError(self)
        form.addRow(self.tr("TMT:"), self.tmt)
        form.addRow("", self.err_tmt)
        row = QHBoxLayout()
        self.atasan = QLabel(self.tr("pimpinan unit tujuan"))
        self.atasan.setObjectName("mutasi_atasan")
        self.atasan.setWordWrap(True)
        pick = QPushButton(self.tr("Pilih…"))
        pick.clicked.connect(self._pick_atasan)
        row.addWidget(self.atasan, 1)
        row.addWidget(pick)
        self.err_atasan = FieldError(self)
        form.addRow(self.tr("Atasan langsung:"), row)
        form.addRow("", self.err_atasan)
        lay.addLayout(form)
        lay.addWidget(hint(self.tr(
            "Unit lama mengetahui mutasi ini dari paket pusat berikutnya dan menyimpan salinan "
            "baca-saja; SKP, evaluasi dan riwayatnya ikut ke unit baru. Yang ditulis unit lama "
            "sesudah mutasi ini dicatat ditahan di sini untuk ditinjau.")))
        self.buttons = translate_buttons(QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Pindahkan"))
        ok.setObjectName("mutasi_ok")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)

    def _pick_atasan(self) -> None:
        from asn_desktop.ui.dialogs.pegawai_picker import PegawaiPicker

        row = PegawaiPicker.choose(self.ctx, self, self.tr("Pilih atasan langsung"))
        if row is not None:
            self._atasan_nip = row.nip
            self.atasan.setText(f"{row.nama} — {row.jabatan}")

    def save(self) -> None:
        for e in (self.err_unit, self.err_tmt, self.err_atasan):
            e.show_error(None)
        unit_id = self.unit.unit_id()
        kode = self._kode.get(unit_id or "")
        if kode is None:
            self.err_unit.show_error(self.tr("Pilih unit tujuan."))
            return
        q = self.tmt.date()
        tmt = date(q.year(), q.month(), q.day())
        nip, atasan = self.detail.row.nip, self._atasan_nip
        self.buttons.setEnabled(False)
        ops.pindah(nip, kode, atasan, tmt).success(self._done).failure(self._failed) \
            .run(self.ctx, self)

    def _done(self, r: mutasi.Mutasi) -> None:
        self.buttons.setEnabled(True)
        messages.info(self, r.ringkasan, self.tr("Mutasi dicatat"))
        self.moved.emit(self.detail.row.id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError) and exc.field in ("unit", "tmt", "atasan"):
            {"unit": self.err_unit, "tmt": self.err_tmt,
             "atasan": self.err_atasan}[exc.field].show_error(exc.message)
            return
        messages.show_error(self, exc)
