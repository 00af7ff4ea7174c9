"""Add or edit an employee. Every fault is named next to its field (services.pegawai.validate
raises ValidationError with ``field``); the NIP is checked as soon as it is typed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.dates import format_bulan_tahun, format_tanggal
from asn_desktop.domain.jabatan import JENIS_JABATAN_LABELS
from asn_desktop.domain.nip import NipError, NipPns, parse_nomor_induk
from asn_desktop.domain.pangkat import GOLONGAN_PNS, GOLONGAN_PPPK
from asn_desktop.domain.pegawai_status import StatusKepegawaian
from asn_desktop.errors import ValidationError
from asn_desktop.services import pegawai as svc
from asn_desktop.ui import messages
from asn_desktop.ui.context import AppContext
from asn_desktop.ui.i18n import label
from asn_desktop.ui.ops import pegawai as ops
from asn_desktop.ui.widgets.common import FieldError, UnitCombo, named, translate_buttons


class PegawaiEditor(QDialog):
    saved = Signal(str)  # pegawai id

    def __init__(self, ctx: AppContext, pegawai_id: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.pegawai_id = pegawai_id
        self.setWindowTitle(self.tr("Tambah pegawai") if pegawai_id is None
                            else self.tr("Ubah data pegawai"))
        self.setMinimumWidth(620)
        self.errors: dict[str, FieldError] = {}
        self.widgets: dict[str, QWidget] = {}
        outer = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.status = named(QComboBox(), "status")
        self.status.addItem(self.tr("PNS"), "PNS")
        self.status.addItem(self.tr("PPPK"), "PPPK")
        self.status.currentIndexChanged.connect(self._status_changed)
        self.nip = named(QLineEdit(), "nip")
        self.nip.setPlaceholderText(self.tr("18 digit, mis. 19860926 201505 1 001"))
        self.nip.setMaxLength(24)
        self.nip.editingFinished.connect(self._check_nip)
        self.nip_info = QLabel()
        self.nip_info.setStyleSheet("color: #555;")
        self.nip_info.setWordWrap(True)
        self.nip_info.setVisible(False)
        self.nama = named(QLineEdit(), "nama")
        gelar = QHBoxLayout()
        self.gelar_depan = named(QLineEdit(), "gelar_depan")
        self.gelar_depan.setPlaceholderText(self.tr("Gelar depan, mis. Drs."))
        self.gelar_belakang = named(QLineEdit(), "gelar_belakang")
        self.gelar_belakang.setPlaceholderText(self.tr("Gelar belakang, mis. S.Pd."))
        gelar.addWidget(self.gelar_depan)
        gelar.addWidget(self.gelar_belakang)
        self.jabatan = named(QLineEdit(), "jabatan")
        self.jenis = named(QComboBox(), "jenis_jabatan")
        for jenis, text in JENIS_JABATAN_LABELS.items():
            self.jenis.addItem(label(text), jenis.value)
        self.jenis.setCurrentIndex(self.jenis.findData("PELAKSANA"))
        self.golongan = named(QComboBox(), "golongan")
        self.unit = UnitCombo()
        self.unit.setObjectName("unit_id")
        self.unit.set_units(ctx.units())
        if ctx.unit_filter:
            self.unit.set_unit(ctx.unit_filter)
        atasan_row = QHBoxLayout()
        self.atasan_label = QLabel(self.tr("(tidak ada)"))
        self.atasan_label.setObjectName("atasan_nama")
        self.atasan_id: str | None = None
        pick = QPushButton(self.tr("Pilih…"))
        pick.setObjectName("pilih_atasan")
        pick.clicked.connect(self._pick_atasan)
        clear = QPushButton(self.tr("Kosongkan"))
        clear.clicked.connect(lambda: self._set_atasan(None, ""))
        atasan_row.addWidget(self.atasan_label, 1)
        atasan_row.addWidget(pick)
        atasan_row.addWidget(clear)
        atasan_box = QWidget()
        atasan_box.setLayout(atasan_row)
        atasan_row.setContentsMargins(0, 0, 0, 0)
        self.pimpinan = named(QCheckBox(self.tr("Pimpinan unit kerja")), "pimpinan_unit")
        self.aktif = named(QCheckBox(self.tr("Aktif")), "aktif")
        self.aktif.setChecked(True)
        # shown, not edited: leaving service has its reason and date (Berhenti… / Pulihkan)
        self.aktif.setEnabled(False)
        self.aktif.setToolTip(self.tr("Ubah lewat tombol Berhenti… atau Pulihkan di halaman "
                                      "Pegawai"))
        self.email = named(QLineEdit(), "email")
        self.telepon = named(QLineEdit(), "telepon")

        gelar_box = QWidget()
        gelar_box.setLayout(gelar)
        gelar.setContentsMargins(0, 0, 0, 0)
        rows: list[tuple[str, str, QWidget]] = [
            ("status", self.tr("Status kepegawaian"), self.status),
            ("nip", self.tr("NIP / NI PPPK"), self.nip),
            ("nama", self.tr("Nama (tanpa gelar)"), self.nama),
            ("gelar", self.tr("Gelar"), gelar_box),
            ("jabatan", self.tr("Jabatan"), self.jabatan),
            ("jenis_jabatan", self.tr("Jenis jabatan"), self.jenis),
            ("golongan", self.tr("Golongan"), self.golongan),
            ("unit_id", self.tr("Unit kerja"), self.unit),
            ("atasan_id", self.tr("Atasan langsung"), atasan_box),
            ("flags", "", self.pimpinan),
            ("aktif", "", self.aktif),
            ("email", self.tr("Surel"), self.email),
            ("telepon", self.tr("Telepon"), self.telepon),
        ]
        for key, text, widget in rows:
            if isinstance(widget, QLineEdit) and key != "nip":
                widget.textEdited.connect(lambda _t, k=key: self.errors[k].show_error(None))
            form.addRow(text + (":" if text else ""), widget)
            if key == "nip":
                form.addRow("", self.nip_info)
            err = FieldError()
            err.setObjectName(f"error_{key}")
            self.errors[key] = err
            self.widgets[key] = widget
            form.addRow("", err)
        outer.addLayout(form)
        self.buttons = translate_buttons(QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        ))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self._status_changed()
        if pegawai_id is not None:
            self._load(pegawai_id)
        self._initial = self._snapshot()

    # -- loading ---------------------------------------------------------------------------------

    def _load(self, pegawai_id: str) -> None:
        def read(s):  # type: ignore[no-untyped-def]
            p = svc.get_pegawai(s, pegawai_id)
            atasan = svc.detail(s, pegawai_id).atasan
            return {k: getattr(p, k) for k in (
                "status", "nip", "nama", "gelar_depan", "gelar_belakang", "jabatan",
                "jenis_jabatan", "golongan", "unit_id", "atasan_id", "pimpinan_unit", "aktif",
                "email", "telepon")}, atasan

        data, atasan = self.ctx.read(read)
        self.status.setCurrentIndex(max(self.status.findData(data["status"]), 0))
        self._status_changed()
        self.nip.setText(data["nip"])
        self.nama.setText(data["nama"])
        self.gelar_depan.setText(data["gelar_depan"] or "")
        self.gelar_belakang.setText(data["gelar_belakang"] or "")
        self.jabatan.setText(data["jabatan"])
        self.jenis.setCurrentIndex(max(self.jenis.findData(data["jenis_jabatan"]), 0))
        self.golongan.setCurrentIndex(max(self.golongan.findData(data["golongan"]), 0))
        self.unit.set_unit(data["unit_id"])
        if atasan is not None:
            self._set_atasan(atasan.id, f"{atasan.nama} — {atasan.jabatan}")
        self.pimpinan.setChecked(bool(data["pimpinan_unit"]))
        self.aktif.setChecked(bool(data["aktif"]))
        self.email.setText(data["email"] or "")
        self.telepon.setText(data["telepon"] or "")
        self._check_nip()

    def _status_changed(self) -> None:
        current = self.golongan.currentData()
        self.golongan.clear()
        if self.status.currentData() == "PNS":
            for g in GOLONGAN_PNS:
                self.golongan.addItem(f"{g.ruang} — {g.pangkat}", g.ruang)
        else:
            for pppk in GOLONGAN_PPPK:
                self.golongan.addItem(pppk, pppk)
        i = self.golongan.findData(current)
        self.golongan.setCurrentIndex(max(i, 0))
        if self.nip.text().strip():
            self._check_nip()

    def _check_nip(self) -> None:
        """Explain the NIP as soon as it is typed: birth date, sex, TMT, or the exact fault."""
        text = self.nip.text()
        if not text.strip():
            self._show_info("")
            self.errors["nip"].show_error(None)
            return
        try:
            parsed = parse_nomor_induk(StatusKepegawaian(self.status.currentData()), text)
        except NipError as exc:
            self._show_info("")
            self.errors["nip"].show_error(exc.message)
            return
        self.errors["nip"].show_error(None)
        jk = self.tr("laki-laki") if parsed.jenis_kelamin == "L" else self.tr("perempuan")
        parts = [self.tr("Lahir {0}").format(format_tanggal(parsed.tanggal_lahir)), jk]
        if isinstance(parsed, NipPns):
            parts.append(self.tr("TMT CPNS {0}").format(format_bulan_tahun(*parsed.tmt_cpns)))
        else:
            parts.append(self.tr("diangkat {0}").format(parsed.tahun_pengangkatan))
        info = " · ".join(parts)
        if parsed.warnings:
            info += "\n⚠ " + " ".join(parsed.warnings)
        self._show_info(info)

    def _show_info(self, text: str) -> None:
        """What the NIP says (birth date, TMT); its row takes no room while empty."""
        self.nip_info.setText(text)
        self.nip_info.setVisible(bool(text))

    def _pick_atasan(self) -> None:
        from asn_desktop.ui.dialogs.pegawai_picker import PegawaiPicker

        row = PegawaiPicker.choose(self.ctx, self, self.tr("Pilih atasan langsung"))
        if row is not None:
            self._set_atasan(row.id, f"{row.nama} — {row.jabatan}")

    def _set_atasan(self, pegawai_id: str | None, text: str) -> None:
        self.atasan_id = pegawai_id
        self.atasan_label.setText(text or self.tr("(tidak ada)"))

    # -- saving ----------------------------------------------------------------------------------

    def data(self) -> svc.PegawaiInput:
        return svc.PegawaiInput(
            status=self.status.currentData(),
            nip=self.nip.text(),
            nama=self.nama.text(),
            jabatan=self.jabatan.text(),
            jenis_jabatan=self.jenis.currentData(),
            golongan=self.golongan.currentData() or "",
            unit_id=self.unit.unit_id(),
            gelar_depan=self.gelar_depan.text() or None,
            gelar_belakang=self.gelar_belakang.text() or None,
            atasan_id=self.atasan_id,
            pimpinan_unit=self.pimpinan.isChecked(),
            aktif=self.aktif.isChecked(),
            email=self.email.text().strip() or None,
            telepon=self.telepon.text().strip() or None,
        )

    def _snapshot(self) -> svc.PegawaiInput:
        return self.data()

    def is_dirty(self) -> bool:
        return self.data() != self._initial

    def save(self) -> None:
        for e in self.errors.values():
            e.show_error(None)
        data = self.data()
        pid = self.pegawai_id
        self.buttons.setEnabled(False)
        ops.simpan(data, pid).success(self._saved).failure(self._failed).run(self.ctx, self)

    def _saved(self, pegawai_id: str) -> None:
        self.buttons.setEnabled(True)
        self._initial = self.data()
        self.pegawai_id = pegawai_id
        self.saved.emit(pegawai_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError) and exc.field:
            key = "gelar" if exc.field.startswith("gelar") else exc.field
            err = self.errors.get(key)
            if err is not None:
                err.show_error(exc.message)
                widget = self.widgets.get(key)
                if widget is not None:
                    widget.setFocus(Qt.FocusReason.OtherFocusReason)
                    if isinstance(widget, QLineEdit):
                        widget.selectAll()
                return
        messages.show_error(self, exc)

    def reject(self) -> None:
        if self.is_dirty():
            answer = messages.ask_unsaved(self)
            if answer == "cancel":
                return
            if answer == "save":
                self.save()
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_dirty() and messages.ask_unsaved(self) == "cancel":
            event.ignore()
            return
        event.accept()
