"""Katalog layanan: the unit's jenis layanan with their standar pelayanan; added, corrected and
removed through a small dialog."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.pelayanan import SATUAN_LABELS, SatuanStandar
from asn_desktop.errors import ValidationError
from asn_desktop.services import pelayanan as svc
from asn_desktop.teks import _
from asn_desktop.ui import context as c
from asn_desktop.ui import messages
from asn_desktop.ui.ops import pelayanan as ops
from asn_desktop.ui.widgets.aksesibilitas import lengkapi
from asn_desktop.ui.widgets.common import FieldError, hint, named, translate_buttons
from asn_desktop.ui.widgets.pelayanan_umum import ID_ROLE, Pilihan, lebar_kolom, sel, tabel


class LayananDialog(QDialog):
    """A new jenis layanan of the unit (``view`` None) or the correction of one."""

    tersimpan = Signal(str)  # layanan id

    def __init__(self, ctx: c.AppContext, unit_id: str, view: svc.LayananView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.unit_id, self.view = ctx, unit_id, view
        self.setObjectName("dialog_layanan")
        self.setWindowTitle(self.tr("Tambah layanan") if view is None
                            else self.tr("Ubah layanan {0}").format(view.kode))
        self.setMinimumWidth(460)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.kode = named(QLineEdit(view.kode if view else ""), "layanan_kode")
        self.kode.setPlaceholderText(self.tr("mis. KTP"))
        self.nama = named(QLineEdit(view.nama if view else ""), "layanan_nama")
        self.nama.setPlaceholderText(self.tr("mis. KTP-el (perekaman dan pencetakan)"))
        self.standar = named(QDoubleSpinBox(), "layanan_standar")
        self.standar.setRange(0, 365 * 24)
        self.standar.setDecimals(1)
        self.standar.setValue(view.standar if view else 1)
        self.satuan = named(QComboBox(), "layanan_satuan")
        for s in SatuanStandar:
            self.satuan.addItem(_(SATUAN_LABELS[s]), s.value)
        if view is not None:
            self.satuan.setCurrentIndex(max(self.satuan.findData(view.satuan_standar), 0))
        self.aktif = named(QCheckBox(self.tr("Aktif (dicatat di register harian)")),
                           "layanan_aktif")
        self.aktif.setChecked(view.aktif if view else True)
        form.addRow(self.tr("Kode:"), self.kode)
        form.addRow(self.tr("Nama:"), self.nama)
        form.addRow(self.tr("Standar waktu:"), self.standar)
        form.addRow(self.tr("Satuan:"), self.satuan)
        form.addRow("", self.aktif)
        lay.addLayout(form)
        self.error = FieldError()
        lay.addWidget(self.error)
        box = translate_buttons(QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel))
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        lay.addWidget(box)
        lengkapi(self)
        self.kode.setFocus()

    def isian(self) -> svc.LayananInput:
        return svc.LayananInput(self.kode.text(), self.nama.text(), self.standar.value(),
                                SatuanStandar(self.satuan.currentData()), self.aktif.isChecked())

    def save(self) -> None:
        data = self.isian()
        self.error.show_error(None)
        if self.view is None:
            ops.tambah_layanan(self.unit_id, data).success(self._done).failure(self._failed) \
                .run(self.ctx, self)
        else:
            lid = self.view.id
            ops.ubah_layanan(lid, data).success(lambda _r: self._done(lid)) \
                .failure(self._failed).run(self.ctx, self)

    def _done(self, layanan_id: str) -> None:
        self.accept()
        self.tersimpan.emit(layanan_id)

    def _failed(self, exc: BaseException) -> None:
        self.error.show_error(messages.error_text(exc)[0])
        if isinstance(exc, ValidationError):
            {"nama": self.nama, "standar": self.standar, "satuan": self.satuan}.get(
                exc.field or "", self.kode).setFocus()


class KatalogTab(QWidget):
    def __init__(self, ctx: c.AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pilihan: Pilihan | None = None
        self.rows: list[svc.LayananView] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        self.btn_tambah = named(QPushButton(self.tr("Tambah…")), "layanan_tambah")
        self.btn_ubah = named(QPushButton(self.tr("Ubah…")), "layanan_ubah")
        self.btn_hapus = named(QPushButton(self.tr("Hapus…")), "layanan_hapus")
        for b in (self.btn_tambah, self.btn_ubah, self.btn_hapus):
            top.addWidget(b)
        top.addStretch(1)
        lay.addLayout(top)
        self.table = tabel("tabel_katalog", [self.tr("Kode"), self.tr("Nama layanan"),
                                             self.tr("Standar"), self.tr("Status")])
        lebar_kolom(self.table, [100, 360, 140, 110], stretch=1)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.table.cellDoubleClicked.connect(lambda _r, _c: self.ubah())
        lay.addWidget(self.table, 1)
        lay.addWidget(hint(self.tr(
            "Standar waktu sesuai standar pelayanan yang diumumkan unit. Layanan yang tidak "
            "aktif tidak muncul di register harian; angkanya yang lalu tetap tersimpan.")))
        self.btn_tambah.clicked.connect(self.tambah)
        self.btn_ubah.clicked.connect(self.ubah)
        self.btn_hapus.clicked.connect(self.hapus)
        self._chosen()

    def set_pilihan(self, p: Pilihan) -> None:
        self.pilihan = p
        self.load()

    def load(self, pilih: str | None = None) -> None:
        p = self.pilihan
        if p is None:
            return
        keep = pilih or self._current_id()
        self.rows = self.ctx.read(lambda s: svc.katalog(s, p.unit_id, semua=True))
        t = self.table
        t.blockSignals(True)
        t.setRowCount(len(self.rows))
        for i, v in enumerate(self.rows):
            cells = (sel(v.kode), sel(v.nama), sel(v.standar_teks),
                     sel(self.tr("Aktif") if v.aktif else self.tr("Tidak aktif")))
            cells[0].setData(ID_ROLE, v.id)
            for col, item in enumerate(cells):
                t.setItem(i, col, item)
        t.clearSelection()
        t.blockSignals(False)
        row = next((i for i, v in enumerate(self.rows) if v.id == keep), 0 if self.rows else -1)
        if row >= 0:
            t.selectRow(row)
        self._chosen()

    def _current_id(self) -> str | None:
        v = self.current()
        return v.id if v is not None else None

    def current(self) -> svc.LayananView | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _chosen(self) -> None:
        chosen = self.current() is not None
        self.btn_ubah.setEnabled(chosen)
        self.btn_hapus.setEnabled(chosen)
        self.btn_tambah.setEnabled(self.pilihan is not None)

    def tambah(self) -> None:
        if self.pilihan is not None:
            self._open(LayananDialog(self.ctx, self.pilihan.unit_id, parent=self))

    def ubah(self) -> None:
        v = self.current()
        if v is not None:
            self._open(LayananDialog(self.ctx, v.unit_id, v, parent=self))

    def _open(self, dlg: LayananDialog) -> None:
        dlg.tersimpan.connect(lambda lid: self.load(pilih=lid))
        dlg.open()

    def hapus(self) -> None:
        v = self.current()
        if v is None or not messages.confirm(self, self.tr(
                "Hapus layanan {0} — {1} dari katalog? Angka register yang lalu tetap "
                "tersimpan.").format(v.kode, v.nama)):
            return
        ops.hapus_layanan(v.id).success(lambda _r: self.load()).run(self.ctx, self)
