"""Record that an employee left service (pensiun, meninggal, pindah instansi, diberhentikan).
The rules (central only, dates, the history row) are in services/siklus_pegawai.py."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.siklus_pegawai import LABEL_ALASAN_BERHENTI, AlasanBerhenti
from asn_desktop.services import pegawai as psvc
from asn_desktop.services import siklus_pegawai as svc
from asn_desktop.ui import context as c
from asn_desktop.ui import messages
from asn_desktop.ui.ops import pegawai as ops
from asn_desktop.ui.widgets.common import DateEdit, FieldError, hint, named, translate_buttons


class BerhentiDialog(QDialog):
    done_ = Signal(str)  # pegawai id

    def __init__(self, ctx: c.AppContext, d: psvc.PegawaiDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.d = d
        self.setObjectName("dialog_berhenti")
        self.setWindowTitle(self.tr("Pegawai berhenti"))
        lay = QVBoxLayout(self)
        lay.addWidget(hint(self.tr(
            "{0} tidak lagi dihitung sebagai pegawai aktif sejak tanggal ini. Data SKP, evaluasi "
            "dan riwayatnya tetap tersimpan; pencatatan ini dapat dibatalkan dengan Pulihkan.")
            .format(d.row.nama)))
        form = QFormLayout()
        self.alasan = named(QComboBox(), "berhenti_alasan")
        for a in AlasanBerhenti:
            self.alasan.addItem(self.tr(LABEL_ALASAN_BERHENTI[a]), a.value)
        self.tanggal = named(DateEdit(date.today()), "berhenti_tanggal")
        self.catatan = named(QLineEdit(), "berhenti_catatan")
        self.catatan.setPlaceholderText(self.tr("mis. nomor SK"))
        form.addRow(self.tr("Alasan:"), self.alasan)
        form.addRow(self.tr("Terhitung mulai:"), self.tanggal)
        form.addRow(self.tr("Catatan:"), self.catatan)
        lay.addLayout(form)
        self.error = FieldError()
        lay.addWidget(self.error)
        box = translate_buttons(QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel))
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        lay.addWidget(box)

    def save(self) -> None:
        nip, pid = self.d.row.nip, self.d.row.id
        alasan = AlasanBerhenti(str(self.alasan.currentData()))
        tanggal = self.tanggal.value()
        catatan = self.catatan.text().strip() or None

        def done(hasil: svc.BerhentiHasil) -> None:
            self.accept()
            self.done_.emit(pid)
            if hasil.bawahan_tanpa_atasan:
                messages.info(self.parentWidget(), hasil.ringkasan)

        ops.berhenti(nip, alasan, tanggal, catatan).success(done) \
            .failure(lambda exc: self.error.show_error(messages.error_text(exc)[1])) \
            .run(self.ctx, self)
