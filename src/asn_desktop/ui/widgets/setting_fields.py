"""Editors for the structured published settings: a checklist (unit types), the predikat
distribution guidance as a table of rules, the holidays, the complaint deadlines, the IKM
intervals and the images (lambang, kop surat). Their values are the same plain JSON data the
settings service stores and validates; nothing is checked here beyond the widgets' ranges."""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.organisasi import CapaianOrganisasi, rule_text
from asn_desktop.domain.pelayanan import KATEGORI_LABELS, KINERJA_MUTU, Kategori
from asn_desktop.domain.predikat import PREDIKAT_CURVE_ORDER, Predikat
from asn_desktop.domain.unit_kerja import MAX_LOGO_BYTES
from asn_desktop.errors import os_reason
from asn_desktop.teks import _
from asn_desktop.ui.i18n import QT_TRANSLATE_NOOP
from asn_desktop.ui.i18n import label as kata
from asn_desktop.ui.widgets.common import DateEdit, FieldError, MenuButton, hint, named

NONE_TEXT = "—"


def keep_minimum_height(w: QWidget, lay: QVBoxLayout) -> None:
    """A table with its buttons below, as a form row: the form (whose rows also hold wrapped
    text) may otherwise give it less than its table's minimum, and the buttons are drawn over
    the table's rows."""
    w.setMinimumHeight(lay.minimumSize().height())


class ChecklistField(QWidget):
    """Any number of codes out of a fixed list; the value keeps the list's order."""

    def __init__(self, options: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for i, (code, label) in enumerate(options.items()):
            box = QCheckBox(label)
            box.setObjectName(f"pilihan_{code}")
            grid.addWidget(box, i // 4, i % 4)
            self.boxes[code] = box

    def value(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for code, box in self.boxes.items():
            box.setChecked(code in chosen)


class RecordField(QWidget):
    """A few named text fields side by side (the kepala daerah: nama, jabatan, NIP)."""

    def __init__(self, labels: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.edits: dict[str, QLineEdit] = {}
        for key, label in labels.items():
            edit = named(QLineEdit(), f"isian_{key}")
            form.addRow(label, edit)
            self.edits[key] = edit

    def value(self) -> dict[str, str]:
        return {k: e.text().strip() for k, e in self.edits.items()}

    def set_value(self, value: Any) -> None:
        data = value if isinstance(value, dict) else {}
        for k, e in self.edits.items():
            e.setText(str(data.get(k) or ""))


def _optional_percent() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(-1, 100)
    box.setDecimals(1)
    box.setSuffix(" %")
    box.setSpecialValueText(NONE_TEXT)  # at the minimum: no bound
    return box


def _optional_count() -> QSpinBox:
    box = QSpinBox()
    box.setRange(-1, 100_000)
    box.setSpecialValueText(NONE_TEXT)
    return box


class PredikatPicker(MenuButton):
    """One or more predikat, chosen from a menu of check marks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        menu = QMenu(self)
        self.actions_by_value = {}
        for p in PREDIKAT_CURVE_ORDER[::-1]:  # best first, as the regulation lists them
            action = menu.addAction(p.value)
            action.setCheckable(True)
            action.toggled.connect(self._show)
            self.actions_by_value[p.value] = action
        self.setMenu(menu)
        self._show()

    def value(self) -> list[str]:
        return [v for v, a in self.actions_by_value.items() if a.isChecked()]

    def set_value(self, values: Sequence[str]) -> None:
        for v, a in self.actions_by_value.items():
            a.setChecked(v in values)
        self._show()

    def _show(self) -> None:
        self.setText(", ".join(self.value()) or self.tr("(pilih predikat)"))


class DistributionField(QWidget):
    """The guidance per capaian organisasi, one row per rule: which predikat, at least / at
    most what share, at least how many people, and the sentence shown (empty: generated)."""

    COLUMNS = (QT_TRANSLATE_NOOP("DistributionField", "Capaian organisasi"),
               QT_TRANSLATE_NOOP("DistributionField", "Predikat"),
               QT_TRANSLATE_NOOP("DistributionField", "Paling sedikit"),
               QT_TRANSLATE_NOOP("DistributionField", "Paling banyak"),
               QT_TRANSLATE_NOOP("DistributionField", "Sedikitnya (orang)"),
               QT_TRANSLATE_NOOP("DistributionField", "Kalimat panduan"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("tabel_panduan_distribusi")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col in range(len(self.COLUMNS) - 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(self.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(220)
        lay.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Tambah aturan"))
        self.add_button.setObjectName("tambah_aturan")
        self.add_button.clicked.connect(lambda: self.add_rule(CapaianOrganisasi.BAIK.value, {}))
        self.remove_button = QPushButton(self.tr("Hapus aturan terpilih"))
        self.remove_button.setObjectName("hapus_aturan")
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        lay.addLayout(row)
        keep_minimum_height(self, lay)

    # -- rows --------------------------------------------------------------------------------------

    def add_rule(self, capaian: str, rule: Mapping[str, Any]) -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        combo = QComboBox()
        for c in CapaianOrganisasi:
            combo.addItem(kata(c.value.title()), c.value)
        combo.setCurrentIndex(max(combo.findData(capaian), 0))
        picker = PredikatPicker()
        picker.set_value(rule.get("predikat") or [])
        lo, hi, count = _optional_percent(), _optional_percent(), _optional_count()
        for box, key in ((lo, "min_share"), (hi, "max_share")):
            share = rule.get(key)
            box.setValue(-1 if share is None else round(float(share) * 100, 1))
        count.setValue(-1 if rule.get("min_count") is None else int(rule["min_count"]))
        text = QLineEdit(str(rule.get("text") or ""))
        if rule and text.text() == _generated(rule):
            text.clear()  # generated: keep it following the numbers when they change

        def show_generated() -> None:  # the sentence used while the cell is left empty
            sentence = _generated(_rule_of(picker, lo, hi, count))
            text.setPlaceholderText(sentence)
            text.setToolTip(sentence)

        for signal in (lo.valueChanged, hi.valueChanged, count.valueChanged):
            signal.connect(show_generated)
        for action in picker.actions_by_value.values():
            action.toggled.connect(show_generated)
        show_generated()
        for col, w in enumerate((combo, picker, lo, hi, count, text)):
            self.table.setCellWidget(r, col, w)
        self.table.resizeRowToContents(r)
        return r

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for r in rows:
            self.table.removeRow(r)

    def cell(self, row: int, col: int) -> Any:
        return self.table.cellWidget(row, col)

    # -- value -------------------------------------------------------------------------------------

    def value(self) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {c.value: [] for c in CapaianOrganisasi}
        for r in range(self.table.rowCount()):
            combo, picker, lo, hi, count, text = (self.cell(r, c) for c in range(6))
            rule = _rule_of(picker, lo, hi, count)
            if text.text().strip():
                rule["text"] = text.text().strip()
            out[combo.currentData()].append(rule)
        return out

    def set_value(self, value: Any) -> None:
        self.table.setRowCount(0)
        if not isinstance(value, dict):
            return
        for c in CapaianOrganisasi:
            for rule in value.get(c.value) or []:
                if isinstance(rule, dict):
                    self.add_rule(c.value, rule)


def _rule_of(picker: PredikatPicker, lo: QDoubleSpinBox, hi: QDoubleSpinBox,
             count: QSpinBox) -> dict[str, Any]:
    return {
        "predikat": picker.value(),
        "min_share": None if lo.value() < 0 else round(lo.value() / 100, 4),
        "max_share": None if hi.value() < 0 else round(hi.value() / 100, 4),
        "min_count": None if count.value() < 0 else count.value(),
    }


def _generated(rule: Mapping[str, Any]) -> str:
    try:
        predikat = tuple(Predikat(p) for p in rule.get("predikat") or [])
        if not predikat:
            return ""
        return rule_text(predikat, rule.get("min_share"), rule.get("max_share"),
                         rule.get("min_count"))
    except (ValueError, TypeError):
        return ""


class HariLiburField(QWidget):
    """The holidays as a table: a date and what it is, one row each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table = named(QTableWidget(0, 2), "tabel_hari_libur")
        self.table.setHorizontalHeaderLabels([self.tr("Tanggal"), self.tr("Keterangan")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(180)
        lay.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = named(QPushButton(self.tr("Tambah hari libur")), "tambah_hari_libur")
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button = named(QPushButton(self.tr("Hapus baris terpilih")),
                                   "hapus_hari_libur")
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        lay.addLayout(row)
        keep_minimum_height(self, lay)

    def add_row(self, tanggal: date, keterangan: str = "") -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        when = DateEdit(tanggal)
        when.setAccessibleName(self.tr("Tanggal libur"))
        what = QLineEdit(keterangan)
        what.setPlaceholderText(self.tr("mis. Hari Raya Idulfitri"))
        what.setAccessibleName(self.tr("Keterangan libur"))
        self.table.setCellWidget(r, 0, when)
        self.table.setCellWidget(r, 1, what)
        return r

    def _add_clicked(self) -> None:
        dates = [self.cell(r, 0).value() for r in range(self.table.rowCount())]
        r = self.add_row(max(dates) + timedelta(days=1) if dates else date.today())
        self.table.selectRow(r)
        self.cell(r, 0).setFocus()

    def remove_selected(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)

    def cell(self, row: int, col: int) -> Any:
        return self.table.cellWidget(row, col)

    def value(self) -> list[dict[str, str]]:
        return [{"tanggal": self.cell(r, 0).value().isoformat(),
                 "keterangan": self.cell(r, 1).text().strip()}
                for r in range(self.table.rowCount())]

    def set_value(self, value: Any) -> None:
        self.table.setRowCount(0)
        for item in value if isinstance(value, list) else []:
            try:
                tanggal = date.fromisoformat(item["tanggal"])
            except (TypeError, KeyError, ValueError):
                continue
            self.add_row(tanggal, str(item.get("keterangan") or ""))


class BatasPengaduanField(QWidget):
    """The hari kerja a complaint of each category has, one spin box per category."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QSpinBox] = {}
        for i, k in enumerate(Kategori):
            box = named(QSpinBox(), f"batas_{k.value.lower()}")
            box.setRange(0, 9999)  # the service says which days are allowed
            box.setSuffix(" " + self.tr("hari kerja"))
            box.setAccessibleName(_(KATEGORI_LABELS[k]))
            grid.addWidget(QLabel(_(KATEGORI_LABELS[k]) + ":"), i // 2, (i % 2) * 2)
            grid.addWidget(box, i // 2, (i % 2) * 2 + 1)
            self.boxes[k.value] = box
        grid.setColumnStretch(4, 1)

    def value(self) -> dict[str, int]:
        return {k: box.value() for k, box in self.boxes.items()}

    def set_value(self, value: Any) -> None:
        data = value if isinstance(value, dict) else {}
        for k, box in self.boxes.items():
            v = data.get(k)
            box.setValue(v if isinstance(v, int) else 0)


class IntervalIkmField(QWidget):
    """The lower bound of each IKM mutu letter, with the reminder to check them against the
    regulation as held (the defaults are not confirmed from its text)."""

    def __init__(self, catatan: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.catatan = named(QLabel(catatan), "catatan_interval_ikm")
        self.catatan.setWordWrap(True)
        self.catatan.setStyleSheet("background: #fff4ce; border: 1px solid #c19c00; "
                                   "padding: 4px;")
        self.catatan.setVisible(bool(catatan))
        lay.addWidget(self.catatan)
        grid = QGridLayout()
        self.boxes: dict[str, QDoubleSpinBox] = {}
        for i, (huruf, mutu) in enumerate(KINERJA_MUTU.items()):
            text = self.tr("{0} ({1}) mulai").format(huruf, _(mutu))
            box = named(QDoubleSpinBox(), f"interval_{huruf.lower()}")
            box.setRange(0, 100)
            box.setDecimals(2)
            box.setAccessibleName(text)
            grid.addWidget(QLabel(text + ":"), i // 2, (i % 2) * 2)
            grid.addWidget(box, i // 2, (i % 2) * 2 + 1)
            self.boxes[huruf] = box
        grid.setColumnStretch(4, 1)
        lay.addLayout(grid)

    def value(self) -> dict[str, float]:
        return {k: round(box.value(), 2) for k, box in self.boxes.items()}

    def set_value(self, value: Any) -> None:
        data = value if isinstance(value, dict) else {}
        for k, box in self.boxes.items():
            v = data.get(k)
            box.setValue(float(v) if isinstance(v, int | float) else 0.0)



class GambarField(QWidget):
    """An image setting (the lambang, the kop surat): a preview, choose a PNG, remove it. The
    value is the PNG as base64 text, "" for none; the settings service checks the file when the
    page is saved and its refusal shows under the field."""

    changed = Signal()

    def __init__(self, lebar: int = 480, tinggi: int = 96, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lebar, self.tinggi = lebar, tinggi
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        self.preview = named(QLabel(), "pratinjau_gambar")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(48)
        self.preview.setMaximumWidth(lebar + 8)
        self.preview.setStyleSheet("border: 1px solid #c9d6e3; background: white; "
                                   "padding: 3px; color: #777;")
        lay.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        self.choose_button = named(QPushButton(self.tr("Pilih gambar…")), "pilih_gambar")
        self.choose_button.clicked.connect(self._choose)
        self.remove_button = named(QPushButton(self.tr("Hapus gambar")), "hapus_gambar")
        self.remove_button.clicked.connect(self.remove)
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        lay.addLayout(row)
        self.hint = hint(self.tr("Hanya berkas PNG. Gambar yang dipilih atau dihapus berlaku "
                                 "setelah pengaturan bersama disimpan."))
        lay.addWidget(self.hint)
        self.error = FieldError()  # a file that cannot be read; the service names the rest
        lay.addWidget(self.error)
        self._nilai = ""
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.EnabledChange:
            self.hint.setVisible(self.isEnabled())  # read-only (a unit): nothing to choose
        super().changeEvent(event)

    def value(self) -> str:
        return self._nilai

    def set_value(self, value: Any) -> None:
        self._nilai = value if isinstance(value, str) else ""
        self.error.show_error(None)
        self._show()

    def set_file(self, path: Path) -> bool:
        """Take the image from ``path`` (the dialog's choice, or a test's); False when the file
        cannot be read (said under the field, the value kept)."""
        try:
            if path.stat().st_size > MAX_LOGO_BYTES:  # not read into memory at all
                self.error.show_error(self.tr("Berkas gambar paling besar {0} KB.").format(
                    MAX_LOGO_BYTES // 1024))
                return False
            data = path.read_bytes()
        except OSError as exc:
            self.error.show_error(self.tr("Berkas tidak dapat dibaca: {0}").format(
                os_reason(exc)))
            return False
        self._nilai = base64.b64encode(data).decode("ascii")
        self.error.show_error(None)
        self._show()
        self.changed.emit()
        return True

    def remove(self) -> None:
        self._nilai = ""
        self.error.show_error(None)
        self._show()
        self.changed.emit()

    def _choose(self) -> None:
        name, _f = QFileDialog.getOpenFileName(self, self.tr("Pilih gambar"), "",
                                               self.tr("Gambar PNG (*.png)"))
        if name:
            self.set_file(Path(name))

    def _show(self) -> None:
        pix = QPixmap()
        try:
            data = base64.b64decode(self._nilai.encode("ascii"), validate=True)
        except (ValueError, UnicodeEncodeError):
            data = b""
        self.remove_button.setEnabled(bool(self._nilai))
        if data and pix.loadFromData(data):
            if pix.width() > self.lebar or pix.height() > self.tinggi:
                pix = pix.scaled(self.lebar, self.tinggi, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
            self.preview.setPixmap(pix)
            return
        self.preview.setPixmap(QPixmap())
        self.preview.setText(self.tr("tanpa gambar") if not self._nilai
                             else self.tr("berkas ini tidak dapat ditampilkan"))
