"""The parts of the evaluation form: realisasi per indicator with umpan balik per RHK, umpan
balik per BerAKHLAK value, and the ratings with the predikat shown live from the matrix."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.angka import baca_angka, format_angka
from asn_desktop.domain.label import ejaan_layar
from asn_desktop.domain.organisasi import CapaianOrganisasi
from asn_desktop.domain.predikat import PREDIKAT_MATRIX, Predikat, predikat_kinerja
from asn_desktop.domain.ratings import (
    RATING_HASIL_KERJA_DEFINISI,
    RATING_LABELS,
    RATING_PERILAKU_DEFINISI,
    Rating,
)
from asn_desktop.services import evaluasi as svc
from asn_desktop.services.evaluasi_baca import (
    peringatan_rating_pimpinan,
    rating_aturan_pimpinan,
)
from asn_desktop.ui.i18n import QT_TRANSLATE_NOOP, label
from asn_desktop.ui.tampilan import pt
from asn_desktop.ui.widgets.common import DateEdit, FieldError, TextArea, hint, named

RATING_ORDER = (Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI)
PREDIKAT_COLORS = {
    Predikat.SANGAT_BAIK: "#0f5c2e",  # darker than Baik: the two must tell apart in charts
    Predikat.BAIK: "#4e9a45",
    Predikat.BUTUH_PERBAIKAN: "#b26a00",
    Predikat.KURANG: "#c62828",
    Predikat.SANGAT_KURANG: "#8e0000",
}


def _t(text: str) -> str:
    return QCoreApplication.translate("RealisasiRow", text)


_EXTRACT = (
    QT_TRANSLATE_NOOP("RealisasiRow", "Realisasi"),
    QT_TRANSLATE_NOOP("RealisasiRow", "Keterangan"),
    QT_TRANSLATE_NOOP("RealisasiRow", "Bukti dukung"),
    QT_TRANSLATE_NOOP("RealisasiRow", "uraian realisasi"),
    QT_TRANSLATE_NOOP("RealisasiRow", "keterangan"),
    QT_TRANSLATE_NOOP("RealisasiRow", "bukti dukung, mis. SK No. 800/12"),
)


def scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class RealisasiRow:
    def __init__(self, ind: svc.IndikatorEvalView, kuantitatif: bool, grid: QGridLayout,
                 row: int) -> None:
        self.id = ind.indikator.id
        aspek = f"[{label(ind.indikator.aspek)}] " if ind.indikator.aspek else ""
        name = QLabel(f"{aspek}{ind.indikator.uraian}")
        name.setWordWrap(True)
        target = QLabel(ind.indikator.target_teks)
        target.setWordWrap(True)
        self.nilai_tersimpan = ind.realisasi_nilai  # kept when its shown text is not edited
        self.nilai = QLineEdit(format_angka(ind.realisasi_nilai))
        self.nilai.setObjectName(f"realisasi_{self.id}")
        self.nilai.setPlaceholderText(ind.indikator.target_satuan or "")
        self.nilai.setMaximumWidth(110)
        self.nilai.setVisible(kuantitatif)
        # kualitatif: the realisasi is a narrative, written in a box of its own size
        self.teks: QLineEdit | TextArea = QLineEdit() if kuantitatif else TextArea(lines=3)
        self.teks.setText(ind.realisasi_teks or "")
        self.teks.setObjectName(f"realisasi_teks_{self.id}")
        self.teks.setPlaceholderText(_t("uraian realisasi") if not kuantitatif
                                     else _t("keterangan"))
        self.teks.setAccessibleName(_t("Realisasi") if not kuantitatif else _t("Keterangan"))
        self.bukti = QLineEdit(ind.bukti_dukung or "")
        self.bukti.setCursorPosition(0)  # the start of a long reference, not its tail
        self.bukti.setToolTip(ind.bukti_dukung or "")
        self.bukti.setObjectName(f"bukti_{self.id}")
        self.bukti.setPlaceholderText(_t("bukti dukung, mis. SK No. 800/12"))
        self.error = FieldError()
        self.nilai.textEdited.connect(lambda _t: self.error.show_error(None))
        self.nilai.setAccessibleName(_t("Realisasi"))
        self.bukti.setAccessibleName(_t("Bukti dukung"))
        name.setToolTip(ind.indikator.uraian)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(name, row, 0, top)
        grid.addWidget(target, row, 1, top)
        if kuantitatif:
            grid.addWidget(self.nilai, row, 2, top)
            grid.addWidget(self.teks, row, 3, top)
        else:
            grid.addWidget(self.teks, row, 2, 1, 2)
        grid.addWidget(self.bukti, row, 4, top)
        grid.addWidget(self.error, row + 1, 2, 1, 3)
        self.initial = self.values()

    def values(self) -> tuple[str, str, str]:
        return (self.nilai.text(), self.teks.text(), self.bukti.text())

    def nilai_baru(self) -> float | None:
        """The realisasi to save: the stored value itself while its shown text (rounded to four
        decimals) is untouched; ValueError for text that is not a number."""
        if self.nilai.text() == self.initial[0]:
            return self.nilai_tersimpan
        return baca_angka(self.nilai.text())

    def set_locked(self, locked: bool) -> None:
        for w in (self.nilai, self.teks, self.bukti):
            w.setReadOnly(locked)


class HasilKerjaEval(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.body: QWidget | None = None
        self.area: QScrollArea | None = None
        self.rows: list[RealisasiRow] = []
        self.umpan: dict[str, TextArea] = {}
        self._umpan_initial: dict[str, str] = {}

    def load(self, v: svc.EvaluasiView) -> None:
        if self.area is not None:
            self.outer.removeWidget(self.area)
            self.area.deleteLater()
        self.rows, self.umpan = [], {}
        body = QWidget()
        lay = QVBoxLayout(body)
        kuant = v.pendekatan == "KUANTITATIF"
        for group_title, group in ((self.tr("A. UTAMA"), v.utama),
                                   (self.tr("B. TAMBAHAN"), v.tambahan)):
            if not group:
                continue
            t = QLabel(f"<b>{group_title}</b>")
            lay.addWidget(t)
            for r in group:
                # the RHK as a wrapped heading: a group box title never wraps, and a long
                # one pushed the fields out of a 1366 px window
                box = QGroupBox()
                bl = QVBoxLayout(box)
                title = QLabel(f"<b>{escape(f'{r.rhk.nomor}. {r.rhk.uraian}')}</b>")
                title.setWordWrap(True)
                bl.addWidget(title)
                grid = QGridLayout()
                for col, stretch in enumerate((3, 1, 0, 2, 2) if kuant else (3, 2, 0, 4, 2)):
                    grid.setColumnStretch(col, stretch)
                heads = ((self.tr("Indikator"), self.tr("Target"), self.tr("Realisasi"),
                          self.tr("Keterangan"), self.tr("Bukti dukung")) if kuant else
                         (self.tr("Indikator"), self.tr("Target"), self.tr("Realisasi"), "",
                          self.tr("Bukti dukung")))
                for col, text in enumerate(heads):
                    h = QLabel(text)
                    h.setStyleSheet("color: #555;")
                    grid.addWidget(h, 0, col)
                for n, ind in enumerate(r.indikator):
                    row = RealisasiRow(ind, kuant, grid, 1 + 2 * n)
                    row.set_locked(v.terkunci)
                    self.rows.append(row)
                bl.addLayout(grid)
                ub_label = QLabel(self.tr("Umpan balik berkelanjutan pimpinan:"))
                bl.addWidget(ub_label)
                ub = TextArea(lines=2)
                ub.setObjectName(f"umpan_rhk_{r.rhk.id}")
                ub.setAccessibleName(self.tr("Umpan balik berkelanjutan pimpinan"))
                ub.setText(r.umpan_balik)
                ub.setReadOnly(v.terkunci)
                bl.addWidget(ub)
                self.umpan[r.rhk.id] = ub
                lay.addWidget(box)
        lay.addStretch(1)
        self.body = body
        self.area = scroll(body)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.outer.addWidget(self.area)
        self._umpan_initial = {k: w.text() for k, w in self.umpan.items()}

    def changed_realisasi(self) -> list[RealisasiRow]:
        return [r for r in self.rows if r.values() != r.initial]

    def changed_umpan(self) -> dict[str, str]:
        return {k: w.text() for k, w in self.umpan.items()
                if w.text() != self._umpan_initial.get(k)}

    def is_dirty(self) -> bool:
        return bool(self.changed_realisasi() or self.changed_umpan())


class PerilakuEval(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        body = QWidget()
        self.lay = QVBoxLayout(body)
        lay.addWidget(scroll(body))
        self.fields: dict[str, TextArea] = {}
        self.ekspektasi: dict[str, QLabel] = {}
        self._initial: dict[str, str] = {}

    def load(self, v: svc.EvaluasiView) -> None:
        if not self.fields:
            for p in v.perilaku:
                box = QGroupBox(p.nilai)
                box.setStyleSheet("QGroupBox { font-weight: 600; }")
                bl = QVBoxLayout(box)
                panduan = QLabel("<br>".join(f"{i}. {t}" for i, t in
                                             enumerate(p.panduan, start=1)))
                panduan.setWordWrap(True)
                panduan.setStyleSheet("font-weight: normal;")
                bl.addWidget(panduan)
                eksp = QLabel()
                eksp.setWordWrap(True)
                eksp.setStyleSheet("font-weight: normal; color: #1f4e79;")
                bl.addWidget(eksp)
                self.ekspektasi[p.kode] = eksp
                lab = QLabel(self.tr("Umpan balik:"))
                lab.setStyleSheet("font-weight: normal;")
                bl.addWidget(lab)
                f = TextArea(lines=2)
                f.setObjectName(f"umpan_perilaku_{p.kode}")
                f.setStyleSheet("font-weight: normal;")
                bl.addWidget(f)
                self.fields[p.kode] = f
                self.lay.addWidget(box)
            self.lay.addStretch(1)
        for p in v.perilaku:
            self.ekspektasi[p.kode].setText(
                self.tr("Ekspektasi khusus pimpinan: {0}").format(p.ekspektasi)
                if p.ekspektasi else self.tr("Ekspektasi khusus pimpinan: —"))
            self.fields[p.kode].setText(p.umpan_balik)
            self.fields[p.kode].setReadOnly(v.terkunci)
        self._initial = {k: f.text() for k, f in self.fields.items()}

    def changed(self) -> dict[str, str]:
        return {k: f.text() for k, f in self.fields.items() if f.text() != self._initial.get(k)}

    def is_dirty(self) -> bool:
        return bool(self.changed())


class RatingGroup(QGroupBox):
    changed = Signal()

    def __init__(self, title: str, definisi: dict[Rating, str], name: str) -> None:
        super().__init__(title)
        self.setStyleSheet("QGroupBox { font-weight: 600; }")
        lay = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.buttons: dict[Rating, QRadioButton] = {}
        for r in RATING_ORDER:
            b = QRadioButton(label(RATING_LABELS[r]))
            b.setObjectName(f"{name}_{r.value}")
            b.setStyleSheet("font-weight: normal;")
            b.toggled.connect(lambda _on: self.changed.emit())
            self.group.addButton(b)
            self.buttons[r] = b
            lay.addWidget(b)
            d = hint(label(ejaan_layar(definisi[r])))
            d.setContentsMargins(22, 0, 0, 4)
            d.setStyleSheet("color: #555; font-weight: normal;")
            lay.addWidget(d)

    def value(self) -> Rating | None:
        for r, b in self.buttons.items():
            if b.isChecked():
                return r
        return None

    def set_value(self, r: Rating | None) -> None:
        self.group.setExclusive(False)
        for k, b in self.buttons.items():
            b.blockSignals(True)
            b.setChecked(k == r)
            b.blockSignals(False)
        self.group.setExclusive(True)

    def set_locked(self, locked: bool) -> None:
        for b in self.buttons.values():
            b.setEnabled(not locked)


class PenilaianTab(QWidget):
    """The two ratings with the regulation's definitions, the predikat live from the matrix,
    capaian organisasi, catatan/rekomendasi and the date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        body = QWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll(body))
        lay = QHBoxLayout(body)
        left = QVBoxLayout()
        self.hasil = RatingGroup(self.tr("Rating hasil kerja"), RATING_HASIL_KERJA_DEFINISI,
                                 "rating_hasil")
        self.perilaku = RatingGroup(self.tr("Rating perilaku kerja"), RATING_PERILAKU_DEFINISI,
                                    "rating_perilaku")
        left.addWidget(self.hasil)
        # a head of unit: the rating hasil kerja the rule gives, warned while another is chosen
        self.pimpinan_box = QWidget()
        pl = QVBoxLayout(self.pimpinan_box)  # the column is narrow: the button under the text
        pl.setContentsMargins(0, 0, 0, 0)
        pl.setSpacing(4)
        self.peringatan_pimpinan = named(QLabel(), "peringatan_pimpinan")
        self.peringatan_pimpinan.setWordWrap(True)
        self.peringatan_pimpinan.setStyleSheet("background: #fff4e5; border: 1px solid #f0c36d; "
                                               "padding: 6px;")
        pl.addWidget(self.peringatan_pimpinan)
        self.terapkan_pimpinan = named(QPushButton(self.tr("Terapkan aturan pimpinan")),
                                       "terapkan_aturan_pimpinan")
        self.terapkan_pimpinan.setToolTip(self.tr(
            "Pilih rating hasil kerja yang diberikan capaian kinerja organisasi unitnya; "
            "simpan evaluasi untuk menetapkannya."))
        self.terapkan_pimpinan.clicked.connect(self.terapkan_aturan_pimpinan)
        pl.addWidget(self.terapkan_pimpinan, 0, Qt.AlignmentFlag.AlignLeft)
        self.pimpinan_box.setVisible(False)
        left.addWidget(self.pimpinan_box)
        left.addWidget(self.perilaku)
        form = QFormLayout()
        self.capaian = named(QComboBox(), "capaian")
        self.capaian.addItem(self.tr("(ikut capaian unit)"), None)
        for cap in CapaianOrganisasi:
            self.capaian.addItem(label(cap.value.title()), cap.value)
        self.capaian_info = hint("")
        self.tanggal = DateEdit()
        self.tanggal.setObjectName("tanggal_evaluasi")
        self.catatan = TextArea(lines=3)
        self.catatan.setObjectName("catatan_rekomendasi")
        form.addRow(self.tr("Capaian kinerja organisasi:"), self.capaian)
        form.addRow("", self.capaian_info)
        form.addRow(self.tr("Tanggal evaluasi:"), self.tanggal)
        form.addRow(self.tr("Catatan/rekomendasi:"), self.catatan)
        left.addLayout(form)
        left.addStretch(1)
        lay.addLayout(left, 3)
        right = QVBoxLayout()
        right.addWidget(QLabel("<b>" + self.tr("Predikat kinerja") + "</b>"))
        self.predikat = QLabel()
        self.predikat.setObjectName("predikat")
        self.predikat.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.predikat.setMinimumHeight(54)
        right.addWidget(self.predikat)
        right.addWidget(hint(self.tr("Predikat mengikuti matriks kuadran kinerja dari kedua "
                                     "rating (tidak diketik).")))
        self.matrix = QGridLayout()
        self.cells: dict[tuple[Rating, Rating], QLabel] = {}
        corner = QLabel(self.tr("Hasil ↓ / Perilaku →"))
        corner.setWordWrap(True)
        corner.setStyleSheet(f"font-size: {pt(8)}; color: #555;")
        self.matrix.addWidget(corner, 0, 0)
        perilaku_cols = (Rating.DI_BAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI,
                         Rating.DI_ATAS_EKSPEKTASI)
        for c, pr in enumerate(perilaku_cols, start=1):
            h = QLabel(label(RATING_LABELS[pr]))
            h.setWordWrap(True)
            h.setStyleSheet(f"font-size: {pt(8)}; color: #555;")
            self.matrix.addWidget(h, 0, c)
        for r, hr in enumerate(RATING_ORDER, start=1):
            h = QLabel(label(RATING_LABELS[hr]))
            h.setWordWrap(True)
            h.setStyleSheet(f"font-size: {pt(8)}; color: #555;")
            self.matrix.addWidget(h, r, 0)
            for c, pr in enumerate(perilaku_cols, start=1):
                cell = QLabel(label(PREDIKAT_MATRIX[hr][pr].value))
                cell.setWordWrap(True)
                cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setMinimumSize(84, 44)
                self.cells[(hr, pr)] = cell
                self.matrix.addWidget(cell, r, c)
        right.addLayout(self.matrix)
        right.addStretch(1)
        lay.addLayout(right, 2)
        self.hasil.changed.connect(self.update_predikat)
        self.hasil.changed.connect(self.update_pimpinan)
        self.capaian.currentIndexChanged.connect(lambda _i: self.update_pimpinan())
        self.perilaku.changed.connect(self.update_predikat)
        self._initial: tuple[Any, ...] = ()
        self.view: svc.EvaluasiView | None = None

    def load(self, v: svc.EvaluasiView) -> None:
        self.view = v
        self.hasil.set_value(v.rating_hasil_kerja)
        self.perilaku.set_value(v.rating_perilaku_kerja)
        stored = None if v.capaian_dari_unit else (
            v.capaian_organisasi.value if v.capaian_organisasi else None)
        self.capaian.setCurrentIndex(max(self.capaian.findData(stored), 0) if stored else 0)
        if v.capaian_dari_unit:
            self.capaian_info.setText(
                self.tr("Capaian unit: {0}").format(label(v.capaian_organisasi.value.title()))
                if v.capaian_organisasi else self.tr("Capaian unit belum ditetapkan."))
        else:
            self.capaian_info.setText("")
        self.tanggal.set_date(v.tanggal or date.today())
        self.catatan.setText(v.catatan_rekomendasi)
        locked = v.terkunci
        self.hasil.set_locked(locked)
        self.perilaku.set_locked(locked)
        self.capaian.setEnabled(not locked)
        self.tanggal.setEnabled(not locked)
        self.catatan.setReadOnly(locked)
        self.update_predikat()
        self.update_pimpinan()
        self._initial = self.values()

    def values(self) -> tuple[Any, ...]:
        return (self.hasil.value(), self.perilaku.value(), self.capaian.currentData(),
                self.tanggal.value(), self.catatan.text())

    def is_dirty(self) -> bool:
        return self.values() != self._initial

    def update_predikat(self) -> None:
        h, p = self.hasil.value(), self.perilaku.value()
        current = predikat_kinerja(h, p) if h and p else None
        for (hr, pr), cell in self.cells.items():
            on = (hr, pr) == (h, p)
            color = PREDIKAT_COLORS[PREDIKAT_MATRIX[hr][pr]]
            cell.setStyleSheet(
                f"background: {color}; color: white; font-weight: 600; border-radius: 4px;"
                if on else "background: #f1f3f5; color: #333; border: 1px solid #dde;")
        if current is None:
            self.predikat.setText(self.tr("Pilih kedua rating"))
            self.predikat.setStyleSheet(f"font-size: {pt(13)}; color: #555; "
                                        "border: 1px dashed #aaa;")
        else:
            self.predikat.setText(label(current.value))
            self.predikat.setStyleSheet(
                f"font-size: {pt(16)}; font-weight: 700; color: white; "
                f"background: {PREDIKAT_COLORS[current]}; border-radius: 6px;")

    def _capaian_dipilih(self) -> CapaianOrganisasi | None:
        value = self.capaian.currentData()
        return CapaianOrganisasi(value) if value else None

    def update_pimpinan(self) -> None:
        """The head-of-unit warning for the rating and capaian chosen now; its button while
        editable."""
        v = self.view
        text = (peringatan_rating_pimpinan(v, self.hasil.value(), self._capaian_dipilih())
                if v is not None else None)
        self.peringatan_pimpinan.setText(text or "")
        self.pimpinan_box.setVisible(bool(text))
        self.terapkan_pimpinan.setVisible(bool(text) and v is not None and not v.terkunci)

    def terapkan_aturan_pimpinan(self) -> None:
        """Choose the rating the head-of-unit rule gives (saved with Simpan, like any choice)."""
        v = self.view
        harus = rating_aturan_pimpinan(v, self._capaian_dipilih()) if v is not None else None
        if v is None or v.terkunci or harus is None:
            return
        self.hasil.set_value(harus)
        self.update_predikat()
        self.update_pimpinan()
        self.hasil.buttons[harus].setFocus()
