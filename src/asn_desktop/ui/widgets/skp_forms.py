"""The two small forms of the SKP editor: one RHK, one indicator.

They only collect input and show what the service says; every rule (which fields a form
variant has, what is required) comes from ``domain.jabatan.FormSpec`` and ``services.skp``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.jabatan import Aspek, FormSpec, JenisRhk, Pendekatan, Perspektif
from asn_desktop.domain.pelayanan import SUMBER_LABELS, SUMBER_SATUAN, SumberRealisasi
from asn_desktop.services import skp as svc
from asn_desktop.teks import _
from asn_desktop.ui.i18n import label
from asn_desktop.ui.widgets.common import FieldError, TextArea, heading, hint, named


class RhkForm(QWidget):
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 0, 0, 0)
        self.title = heading("", 11)
        lay.addWidget(self.title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.uraian = TextArea(lines=3)
        self.uraian.setObjectName("rhk_uraian")
        self.uraian.setPlaceholderText(self.tr("Rencana hasil kerja, mis. Terlaksananya "
                                               "layanan administrasi kepegawaian"))
        self.err_uraian = FieldError()
        self.cascade = named(QComboBox(), "rhk_atasan")
        self.cascade.setMinimumContentsLength(16)
        self.cascade.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.cascade_hint = hint("")
        self.provisional = named(QLineEdit(), "rhk_atasan_teks")
        self.provisional.setPlaceholderText(self.tr("Tulis RHK pimpinan sementara (bila SKP "
                                                    "atasan belum ada)"))
        self.err_cascade = FieldError()
        self.perspektif = named(QComboBox(), "rhk_perspektif")
        self.perspektif.addItem(self.tr("(tanpa perspektif)"), None)
        for p in Perspektif:
            self.perspektif.addItem(p.value, p.value)
        self.err_perspektif = FieldError()
        form.addRow(self.tr("Uraian RHK:"), self.uraian)
        form.addRow("", self.err_uraian)
        self.cascade_label = QLabel(self.tr("RHK pimpinan yang diintervensi:"))
        form.addRow(self.cascade_label, self.cascade)
        form.addRow("", self.provisional)
        form.addRow("", self.cascade_hint)
        form.addRow("", self.err_cascade)
        self.perspektif_label = QLabel(self.tr("Perspektif:"))
        form.addRow(self.perspektif_label, self.perspektif)
        form.addRow("", self.err_perspektif)
        lay.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_button = QPushButton(self.tr("Simpan RHK (Ctrl+S)"))
        self.save_button.setObjectName("simpan_rhk")
        self.save_button.clicked.connect(self.save_requested.emit)
        row.addWidget(self.save_button)
        lay.addLayout(row)
        lay.addStretch(1)
        self.rhk_id: str | None = None
        self.jenis = JenisRhk.UTAMA
        self._initial: tuple[object, ...] = ()

    def load(self, form: FormSpec, rhk: svc.RhkView | None, jenis: JenisRhk,
             options: list[svc.CascadeOption], atasan_has_skp: bool, locked: bool) -> None:
        self.rhk_id = rhk.id if rhk else None
        self.jenis = JenisRhk(rhk.jenis) if rhk else jenis
        jenis_text = label("Utama") if self.jenis is JenisRhk.UTAMA else label("Tambahan")
        if rhk is None:
            self.title.setText(self.tr("RHK {0} baru").format(jenis_text.lower()))
        else:
            self.title.setText(self.tr("RHK {0} {1}").format(jenis_text.lower(), rhk.nomor))
        self.uraian.setText(rhk.uraian if rhk else "")
        show_cascade = form.has_rhk_pimpinan
        for w in (self.cascade_label, self.cascade, self.provisional, self.cascade_hint):
            w.setVisible(show_cascade)
        self.cascade.clear()
        self.cascade.addItem(self.tr("(belum dipilih)"), None)
        for o in options:
            prefix = "U" if o.jenis == JenisRhk.UTAMA.value else "T"
            self.cascade.addItem(f"{prefix}{o.nomor}. {o.uraian}", o.id)
            self.cascade.setItemData(self.cascade.count() - 1, o.uraian, 3)  # tooltip
        current = rhk.rhk_atasan_id if rhk else None
        self.cascade.setCurrentIndex(max(self.cascade.findData(current), 0) if current else 0)
        self.provisional.setText(rhk.rhk_atasan_teks if rhk and rhk.rhk_atasan_sementara else "")
        self.provisional.setVisible(show_cascade and not options)
        if not atasan_has_skp:
            self.cascade_hint.setText(self.tr("Pejabat penilai belum memiliki SKP tahun ini; "
                                              "tulis RHK pimpinan sementara dan hubungkan "
                                              "nanti."))
        elif rhk is not None and rhk.rhk_atasan_hilang:
            self.cascade_hint.setText(self.tr("RHK pimpinan yang dipilih sudah dihapus; pilih "
                                              "yang lain."))
        else:
            self.cascade_hint.setText(self.tr("Pilih dari RHK pada SKP pejabat penilai."))
        self.perspektif_label.setVisible(form.has_perspektif)
        self.perspektif.setVisible(form.has_perspektif)
        self.perspektif.setCurrentIndex(max(self.perspektif.findData(rhk.perspektif), 0)
                                        if rhk and rhk.perspektif else 0)
        for e in (self.err_uraian, self.err_cascade, self.err_perspektif):
            e.show_error(None)
        for field in (self.uraian, self.cascade, self.provisional, self.perspektif):
            field.setEnabled(not locked)
        self.uraian.setReadOnly(locked)
        self.save_button.setEnabled(not locked)
        self._initial = self._values()

    def _values(self) -> tuple[object, ...]:
        return (self.uraian.text(), self.cascade.currentData(), self.provisional.text(),
                self.perspektif.currentData())

    def is_dirty(self) -> bool:
        return self.isVisible() and self._values() != self._initial

    def mark_clean(self) -> None:
        self._initial = self._values()

    def data(self) -> svc.RhkInput:
        atasan = self.cascade.currentData() if self.cascade.isVisible() else None
        teks = self.provisional.text().strip() or None
        return svc.RhkInput(
            uraian=self.uraian.text(),
            jenis=self.jenis,
            perspektif=self.perspektif.currentData() if self.perspektif.isVisible() else None,
            rhk_atasan_id=atasan,
            rhk_atasan_teks=None if atasan else (teks if self.provisional.isVisible() else None),
        )

    def show_error(self, field: str | None, message: str) -> bool:
        target = {"uraian": self.err_uraian, "rhk_atasan_id": self.err_cascade,
                  "perspektif": self.err_perspektif}.get(field or "")
        if target is None:
            return False
        target.show_error(message)
        return True


class IndikatorForm(QWidget):
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 0, 0, 0)
        self.title = heading("", 11)
        self.title.setWordWrap(True)
        lay.addWidget(self.title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.aspek_label = QLabel(self.tr("Aspek:"))
        self.aspek = named(QComboBox(), "ind_aspek")
        for a in Aspek:
            self.aspek.addItem(label(a.value), a.value)
        self.uraian = TextArea(lines=2)
        self.uraian.setObjectName("ind_uraian")
        self.uraian.setPlaceholderText(self.tr("Indikator kinerja individu, mis. Jumlah "
                                               "dokumen usulan kenaikan pangkat"))
        self.target_label = QLabel(self.tr("Target:"))
        target_row = QHBoxLayout()
        self.target_nilai = named(QDoubleSpinBox(), "ind_target_nilai")
        self.target_nilai.setRange(0, 1_000_000_000)
        self.target_nilai.setDecimals(2)
        self.target_nilai.setMinimumWidth(120)
        self.target_satuan = named(QLineEdit(), "ind_target_satuan")
        self.target_satuan.setPlaceholderText(self.tr("satuan, mis. Dokumen, %, Bulan"))
        target_row.addWidget(self.target_nilai)
        target_row.addWidget(self.target_satuan, 1)
        self.target_box = QWidget()
        self.target_box.setLayout(target_row)
        target_row.setContentsMargins(0, 0, 0, 0)
        self.narasi_label = QLabel(self.tr("Target (narasi):"))
        self.target_narasi = TextArea(lines=2)
        self.target_narasi.setObjectName("ind_target_narasi")
        self.perspektif_label = QLabel(self.tr("Perspektif:"))
        self.perspektif = named(QComboBox(), "ind_perspektif")
        self.perspektif.addItem(self.tr("(ikut RHK)"), None)
        for p in Perspektif:
            self.perspektif.addItem(p.value, p.value)
        self.sumber = named(QComboBox(), "ind_sumber_realisasi")
        self.sumber.addItem(self.tr("(diisi manual)"), None)
        for sumber, teks in SUMBER_LABELS.items():
            self.sumber.addItem(_(teks), sumber.value)
        self.sumber.setMinimumContentsLength(20)
        self.sumber.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sumber_hint = hint("")
        self.sumber_hint.hide()
        self.sumber.currentIndexChanged.connect(lambda _i: self._show_sumber())
        self.errors = {k: FieldError() for k in ("aspek", "uraian", "target", "perspektif",
                                                 "sumber_realisasi")}
        form.addRow(self.aspek_label, self.aspek)
        form.addRow("", self.errors["aspek"])
        form.addRow(self.tr("Indikator:"), self.uraian)
        form.addRow("", self.errors["uraian"])
        form.addRow(self.target_label, self.target_box)
        form.addRow(self.narasi_label, self.target_narasi)
        form.addRow("", self.errors["target"])
        form.addRow(self.perspektif_label, self.perspektif)
        form.addRow("", self.errors["perspektif"])
        form.addRow(self.tr("Sumber realisasi:"), self.sumber)
        form.addRow("", self.sumber_hint)
        form.addRow("", self.errors["sumber_realisasi"])
        lay.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_button = QPushButton(self.tr("Simpan indikator (Ctrl+S)"))
        self.save_button.setObjectName("simpan_indikator")
        self.save_button.clicked.connect(self.save_requested.emit)
        row.addWidget(self.save_button)
        lay.addLayout(row)
        lay.addStretch(1)
        self.indikator_id: str | None = None
        self.rhk_id: str | None = None
        self._initial: tuple[object, ...] = ()
        self._kuantitatif = True

    def load(self, form: FormSpec, rhk: svc.RhkView, ind: svc.IndikatorView | None,
             locked: bool) -> None:
        self.rhk_id = rhk.id
        self.indikator_id = ind.id if ind else None
        self._kuantitatif = form.pendekatan is Pendekatan.KUANTITATIF
        short = rhk.uraian if len(rhk.uraian) < 70 else rhk.uraian[:68] + "…"
        self.title.setText((self.tr("Indikator baru untuk: {0}") if ind is None
                            else self.tr("Indikator {0} dari: {1}").format(ind.nomor, "{0}"))
                           .format(short))
        self.aspek_label.setVisible(form.has_aspek)
        self.aspek.setVisible(form.has_aspek)
        if ind and ind.aspek:
            self.aspek.setCurrentIndex(max(self.aspek.findData(ind.aspek), 0))
        else:
            self.aspek.setCurrentIndex(0)
        self.uraian.setText(ind.uraian if ind else "")
        self.target_label.setVisible(self._kuantitatif)
        self.target_box.setVisible(self._kuantitatif)
        self.target_nilai.setValue(ind.target_nilai or 0 if ind else 0)
        self.target_satuan.setText(ind.target_satuan or "" if ind else "")
        self.narasi_label.setText(self.tr("Target (narasi):") if not self._kuantitatif
                                  else self.tr("atau rentang:"))
        self.target_narasi.setText(ind.target_narasi or "" if ind else "")
        self.perspektif_label.setVisible(form.has_perspektif)
        self.perspektif.setVisible(form.has_perspektif)
        self.perspektif.setCurrentIndex(max(self.perspektif.findData(ind.perspektif), 0)
                                        if ind and ind.perspektif else 0)
        self.sumber.setCurrentIndex(max(self.sumber.findData(ind.sumber_realisasi), 0)
                                    if ind and ind.sumber_realisasi else 0)
        for e in self.errors.values():
            e.show_error(None)
        for w in (self.aspek, self.target_nilai, self.target_satuan, self.perspektif,
                  self.sumber, self.save_button):
            w.setEnabled(not locked)
        self.uraian.setReadOnly(locked)
        self.target_narasi.setReadOnly(locked)
        self._initial = self._values()

    def _values(self) -> tuple[object, ...]:
        return (self.aspek.currentData(), self.uraian.text(), self.target_nilai.value(),
                self.target_satuan.text(), self.target_narasi.text(),
                self.perspektif.currentData(), self.sumber.currentData())

    def _show_sumber(self) -> None:
        code = self.sumber.currentData()
        self.sumber_hint.setVisible(code is not None)
        if code is None:
            return
        satuan = _(SUMBER_SATUAN[SumberRealisasi(code)])
        self.sumber_hint.setText(self.tr(
            "Realisasi diambil dari register pelayanan unit dengan tombol \"Isi dari register "
            "pelayanan\" di halaman Evaluasi (satuan: {0}).").format(satuan))

    def is_dirty(self) -> bool:
        return self.isVisible() and self._values() != self._initial

    def mark_clean(self) -> None:
        self._initial = self._values()

    def data(self) -> svc.IndikatorInput:
        kuant = self._kuantitatif
        satuan = self.target_satuan.text().strip()
        return svc.IndikatorInput(
            uraian=self.uraian.text(),
            aspek=self.aspek.currentData() if self.aspek.isVisible() else None,
            target_nilai=self.target_nilai.value() if kuant and satuan else None,
            target_satuan=satuan or None if kuant else None,
            target_narasi=self.target_narasi.text().strip() or None,
            perspektif=self.perspektif.currentData() if self.perspektif.isVisible() else None,
            sumber_realisasi=self.sumber.currentData(),
        )

    def show_error(self, field: str | None, message: str) -> bool:
        key = {"target_nilai": "target", "target_satuan": "target",
               "target_narasi": "target"}.get(field or "", field or "")
        target = self.errors.get(key)
        if target is None:
            return False
        target.show_error(message)
        return True
