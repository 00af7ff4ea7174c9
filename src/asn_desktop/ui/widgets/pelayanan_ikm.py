"""Survei IKM: the unit's surveys of the year, and the form that records one (the nine unsur's
mean scores); nilai and mutu are the service's, shown as it returns them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.angka import format_angka
from asn_desktop.domain.pelayanan import NRR_MAX, NRR_MIN, UNSUR_IKM
from asn_desktop.errors import ValidationError
from asn_desktop.services import ikm as ikm_svc
from asn_desktop.teks import _
from asn_desktop.ui import context as c
from asn_desktop.ui import messages
from asn_desktop.ui.ops import pelayanan as ops
from asn_desktop.ui.widgets.common import FieldError, heading, hint, named
from asn_desktop.ui.widgets.pelayanan_umum import (
    ID_ROLE,
    Pilihan,
    lebar_kolom,
    periode_ikm,
    periode_ikm_teks,
    sel,
    tabel,
)


def nilai_teks(v: ikm_svc.IkmView) -> str:
    return format_angka(v.nilai)


class IkmTab(QWidget):
    def __init__(self, ctx: c.AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pilihan: Pilihan | None = None
        self.rows: list[ikm_svc.IkmView] = []
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        kiri = QVBoxLayout()
        self.judul = named(QLabel(), "judul_ikm")
        self.judul.setStyleSheet("font-weight: 600;")
        kiri.addWidget(self.judul)
        self.table = tabel("tabel_ikm", [self.tr("Periode"), self.tr("Responden"),
                                         self.tr("Nilai IKM"), self.tr("Mutu")])
        lebar_kolom(self.table, [150, 80, 80, 130], stretch=0)
        self.table.itemSelectionChanged.connect(self._chosen)
        kiri.addWidget(self.table, 1)
        kiri.addWidget(hint(self.tr("Pilih survei untuk melihat atau memperbaiki isiannya; "
                                    "mencatat periode yang sama mengganti isian sebelumnya.")))
        lay.addLayout(kiri, 2)
        form_box = QWidget()
        fl = QVBoxLayout(form_box)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(heading(self.tr("Catat hasil survei"), 11))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.periode = named(QComboBox(), "ikm_periode")
        self.periode.currentIndexChanged.connect(lambda _i: self._periode_berubah())
        self.responden = named(QSpinBox(), "ikm_responden")
        self.responden.setRange(0, 1_000_000)
        self.responden.setSpecialValueText("—")  # not filled in yet
        form.addRow(self.tr("Periode:"), self.periode)
        form.addRow(self.tr("Jumlah responden:"), self.responden)
        self.unsur: list[QDoubleSpinBox] = []
        for i, nama in enumerate(UNSUR_IKM, start=1):
            spin = named(QDoubleSpinBox(), f"ikm_u{i}")
            spin.setRange(0, NRR_MAX)  # 0 reads "—": not filled in yet (the service refuses it)
            spin.setSpecialValueText("—")
            spin.setDecimals(2)
            spin.setSingleStep(0.01)
            spin.setToolTip(self.tr("Nilai rata-rata unsur, {0}–{1}").format(
                format_angka(NRR_MIN), format_angka(NRR_MAX)))
            spin.setMaximumWidth(90)
            form.addRow(f"U{i}. {_(nama)}:", spin)
            self.unsur.append(spin)
        self.catatan = named(QLineEdit(), "ikm_catatan")
        self.catatan.setPlaceholderText(self.tr("boleh dikosongkan"))
        self.catatan.setMinimumWidth(260)
        form.addRow(self.tr("Catatan:"), self.catatan)
        fl.addLayout(form)
        row = QHBoxLayout()
        self.btn_simpan = named(QPushButton(self.tr("Simpan survei")), "ikm_simpan")
        self.btn_simpan.clicked.connect(self.simpan)
        row.addWidget(self.btn_simpan)
        self.hasil = named(QLabel(), "ikm_hasil")
        self.hasil.setStyleSheet("font-weight: 600;")
        row.addWidget(self.hasil, 1)
        fl.addLayout(row)
        self.error = FieldError()
        fl.addWidget(self.error)
        fl.addStretch(1)
        area = QScrollArea()
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(form_box)
        lay.addWidget(area, 3)

    def set_pilihan(self, p: Pilihan) -> None:
        tahun_lain = self.pilihan is None or self.pilihan.tahun != p.tahun
        self.pilihan = p
        if tahun_lain:
            keep = self.periode.currentData()
            self.periode.clear()
            for kode in periode_ikm(p.tahun):
                self.periode.addItem(periode_ikm_teks(kode), kode)
            i = self.periode.findData(keep) if keep else -1
            self.periode.setCurrentIndex(i if i >= 0 else self.periode.findData(
                f"{p.tahun}-BL{p.rentang.mulai.month:02d}"))
        self.load()

    def load(self, pilih: str | None = None) -> None:
        p = self.pilihan
        if p is None:
            return
        self.rows = self.ctx.read(lambda s: ikm_svc.daftar(s, p.unit_id, p.tahun))
        self.judul.setText(self.tr("Survei IKM tahun {0}").format(p.tahun))
        t = self.table
        t.blockSignals(True)
        t.setRowCount(len(self.rows))
        for i, v in enumerate(self.rows):
            cells = (sel(periode_ikm_teks(v.periode_kode)), sel(str(v.responden), True),
                     sel(nilai_teks(v), True), sel(v.mutu_teks))
            cells[0].setData(ID_ROLE, v.periode_kode)
            for col, item in enumerate(cells):
                t.setItem(i, col, item)
        t.clearSelection()
        t.blockSignals(False)
        if pilih:
            for i, v in enumerate(self.rows):
                if v.periode_kode == pilih:
                    t.selectRow(i)

    def _chosen(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        v = self.rows[row]
        self.periode.setCurrentIndex(max(self.periode.findData(v.periode_kode), 0))
        self.responden.setValue(v.responden)
        for spin, nrr in zip(self.unsur, v.nrr, strict=True):
            spin.setValue(nrr)
        self.catatan.setText(v.catatan or "")
        self._tampil(v)

    def _periode_berubah(self) -> None:
        """A period already recorded shows its survey; another one leaves what is typed."""
        kode = self.periode.currentData()
        row = next((i for i, v in enumerate(self.rows) if v.periode_kode == kode), -1)
        if row >= 0:
            if self.table.currentRow() != row:
                self.table.selectRow(row)
        else:
            self.table.clearSelection()
            self.table.setCurrentCell(-1, -1)
            self.hasil.clear()

    def _tampil(self, v: ikm_svc.IkmView) -> None:
        self.hasil.setText(self.tr("{0}: nilai IKM {1}, mutu {2}").format(
            periode_ikm_teks(v.periode_kode), nilai_teks(v), v.mutu_teks))

    def simpan(self) -> bool:
        p, kode = self.pilihan, self.periode.currentData()
        if p is None or not kode:
            return False
        self.error.show_error(None)

        def done(v: ikm_svc.IkmView) -> None:
            self.load(pilih=v.periode_kode)
            self._tampil(v)

        def failed(exc: BaseException) -> None:
            self.error.show_error(messages.error_text(exc)[0])
            if isinstance(exc, ValidationError):
                field = exc.field or ""
                if field == "responden":
                    self.responden.setFocus()
                elif field.startswith("u") and field[1:].isdigit():
                    self.unsur[int(field[1:]) - 1].setFocus()

        ops.catat_ikm(p.unit_id, kode, self.responden.value(),
                      [round(s.value(), 2) for s in self.unsur],
                      self.catatan.text() or None).success(done).failure(failed) \
            .run(self.ctx, self)
        return True
