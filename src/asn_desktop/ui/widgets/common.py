"""Small widgets shared by the pages: debounced search, unit chooser, field errors, headings."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QObject,
    QSignalBlocker,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from asn_desktop.services.orgs import UnitRow
from asn_desktop.ui.tampilan import pt


def error_style() -> str:
    return f"color: #b3261e; font-size: {pt(9)};"

_Q = TypeVar("_Q", bound=QObject)


def named(obj: _Q, name: str) -> _Q:
    """``obj`` with its objectName set (tests and style sheets find widgets by it).

    Used instead of the ``objectName=`` constructor keyword, which PySide6 accepts at run
    time but its type stubs do not list (they name only a class's own properties).
    """
    obj.setObjectName(name)
    return obj


class MenuButton(QToolButton):
    """A button that opens its menu, with room for the menu's arrow beside its label (the
    style draws the arrow in the corner, over the last letters otherwise)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    def sizeHint(self) -> QSize:
        return super().sizeHint() + QSize(14, 0)

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint() + QSize(14, 0)


class SearchField(QLineEdit):
    """A search box that waits until typing pauses (``debounce_ms``) before ``search``."""

    search = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None, debounce_ms: int = 250):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=debounce_ms)
        self._timer.timeout.connect(lambda: self.search.emit(self.text()))
        self.textChanged.connect(lambda _t: self._timer.start())
        self.returnPressed.connect(self.flush)

    def flush(self) -> None:
        """Search now (Enter, or tests)."""
        self._timer.stop()
        self.search.emit(self.text())


class UnitCombo(QComboBox):
    """Units in tree order, indented; first entry "Semua unit" when ``with_all``."""

    unitChanged = Signal(object)  # str | None

    def __init__(self, parent: QWidget | None = None, all_text: str | None = None):
        super().__init__(parent)
        self._all_text = all_text
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.currentIndexChanged.connect(lambda _i: self.unitChanged.emit(self.unit_id()))

    def set_units(self, units: list[UnitRow], keep: str | None = None) -> None:
        with QSignalBlocker(self):
            current = keep if keep is not None else self.unit_id()
            self.clear()
            if self._all_text is not None:
                self.addItem(self._all_text, None)
            top = min((u.depth for u in units), default=0)  # a subtree starts unindented
            for u in units:
                self.addItem("    " * (u.depth - top) + u.nama, u.id)
                self.setItemData(self.count() - 1, f"{u.kode} — {u.nama}",
                                 Qt.ItemDataRole.ToolTipRole)
            i = self.findData(current) if current is not None else 0
            self.setCurrentIndex(max(i, 0))

    def unit_id(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def set_unit(self, unit_id: str | None) -> None:
        i = self.findData(unit_id) if unit_id else (0 if self._all_text is not None else -1)
        if i >= 0:
            self.setCurrentIndex(i)


class FieldError(QLabel):
    """A red line under a field that names what is wrong with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(error_style())
        self.setWordWrap(True)
        self.setVisible(False)

    def show_error(self, text: str | None) -> None:
        self.setText(text or "")
        self.setVisible(bool(text))
        # a form row is sized from its one-line hint: a wrapped message asks for its lines
        self.setMinimumHeight(self.heightForWidth(self.width()) if text and self.width() > 0
                              else 0)


def heading(text: str, size: int = 13) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(f"font-size: {pt(size)}; font-weight: 600;")
    return label


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    return label


def hline() -> QFrame:
    f = QFrame()
    f.setFrameShape(QFrame.Shape.HLine)
    f.setFrameShadow(QFrame.Shadow.Sunken)
    return f


# every date field: "28 November 2026", as domain.dates.format_tanggal writes dates
DATE_FORMAT = "dd MMMM yyyy"


class DateEdit(QDateEdit):
    """A date field written the Indonesian way ("28 November 2026"), with a calendar."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        self.set_date(value or date.today())

    def set_date(self, value: date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))

    def value(self) -> date:
        d = self.date()
        return date(d.year(), d.month(), d.day())


class TextArea(QPlainTextEdit):
    """A multi-line field that Tab leaves instead of inserting a tab (keyboard users)."""

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        fm = self.fontMetrics()
        self._height = fm.lineSpacing() * lines + 12
        self.setMinimumHeight(self._height)
        # as tall as asked, not as tall as the page: the rest of a form stays in view
        policy = self.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)
        self.setSizePolicy(policy)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str | None) -> None:
        self.setPlainText(text or "")


def translate_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    """Indonesian texts on standard buttons (Qt ships no Indonesian translation)."""
    from PySide6.QtCore import QCoreApplication

    names = {
        QDialogButtonBox.StandardButton.Ok: "OK",
        QDialogButtonBox.StandardButton.Cancel: "Batal",
        QDialogButtonBox.StandardButton.Save: "Simpan",
        QDialogButtonBox.StandardButton.Close: "Tutup",
        QDialogButtonBox.StandardButton.Yes: "Ya",
        QDialogButtonBox.StandardButton.No: "Tidak",
    }
    for b, text in names.items():
        btn = box.button(b)
        if btn is not None:
            btn.setText(QCoreApplication.translate("messages", text))
    return box


def periode_text(label_text: str) -> str:
    """The domain's period label for the screen: 'TRIWULAN IV-AKHIR' → 'Triwulan IV (akhir)'."""
    from asn_desktop.domain.label import periode_teks
    from asn_desktop.ui.i18n import label

    return label(periode_teks(label_text))


def berkas_simpan(parent: QWidget, judul: str, nama: str, suffix: str,
                  path: str | None = None) -> Path | None:
    """Where to save a report: ``path`` when given (tests, scripts), else asked with a file
    dialog starting at ``nama`` in the home folder; the suffix is added when left off."""
    if not path:
        filt = (QCoreApplication.translate("common", "Excel (*.xlsx)") if suffix == ".xlsx"
                else QCoreApplication.translate("common", "PDF (*.pdf)"))
        path, _f = QFileDialog.getSaveFileName(parent, judul, str(Path.home() / nama), filt)
    if not path:
        return None
    target = Path(path)
    return target if target.suffix.lower() == suffix else target.with_name(target.name + suffix)
