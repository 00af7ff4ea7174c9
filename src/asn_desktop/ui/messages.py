"""The only place message boxes are built.

Every box goes through :func:`_ask`. Tests install a handler with :func:`set_handler` so no
modal box ever blocks: the handler records what would have been shown and returns an answer.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.errors import AsnError, storage_problem
from asn_desktop.ui.i18n import QT_TRANSLATE_NOOP


def t(text: str) -> str:
    """``text`` in the interface language (context "messages"; listed in _EXTRACT below)."""
    return QCoreApplication.translate("messages", text)


@dataclass(frozen=True)
class Shown:
    kind: str  # "info", "warning", "error", "question", "discard", "crash"
    title: str
    text: str
    details: str = ""


# answers: True/False for "question"; "save"/"discard"/"cancel" for "discard"; None otherwise.
Handler = Callable[[Shown], object]
_handler: Handler | None = None


def set_handler(handler: Handler | None) -> None:
    """Route every box to ``handler`` instead of showing it (tests, headless runs)."""
    global _handler
    _handler = handler


_BUTTON_TEXT = {
    QMessageBox.StandardButton.Ok: "OK",
    QMessageBox.StandardButton.Yes: "Ya",
    QMessageBox.StandardButton.No: "Tidak",
    QMessageBox.StandardButton.Save: "Simpan",
    QMessageBox.StandardButton.Discard: "Buang perubahan",
    QMessageBox.StandardButton.Cancel: "Batal",
    QMessageBox.StandardButton.Close: "Tutup",
}


def _box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton,
    details: str = "",
    default: QMessageBox.StandardButton | None = None,
) -> QMessageBox.StandardButton:
    box = QMessageBox(icon, title, text, buttons, parent)
    for button, label in _BUTTON_TEXT.items():
        b = box.button(button)
        if b is not None:
            b.setText(t(label))
    if default is not None:
        box.setDefaultButton(default)
    if details:
        box.setDetailedText(details)
    return QMessageBox.StandardButton(box.exec())


def info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    shown = Shown("info", title or t("Informasi"), text)
    if _handler is not None:
        _handler(shown)
        return
    _box(parent, QMessageBox.Icon.Information, shown.title, text, QMessageBox.StandardButton.Ok)


def warning(parent: QWidget | None, text: str, title: str | None = None,
            details: str = "") -> None:
    shown = Shown("warning", title or t("Perhatian"), text, details)
    if _handler is not None:
        _handler(shown)
        return
    _box(parent, QMessageBox.Icon.Warning, shown.title, text, QMessageBox.StandardButton.Ok,
         details)


def confirm(parent: QWidget | None, text: str, title: str | None = None,
            details: str = "") -> bool:
    """Yes/No question; No is the default so Enter never confirms by accident."""
    shown = Shown("question", title or t("Konfirmasi"), text, details)
    if _handler is not None:
        return bool(_handler(shown))
    answer = _box(
        parent, QMessageBox.Icon.Question, shown.title, text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, details,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_unsaved(parent: QWidget | None, what: str = "") -> str:
    """'save', 'discard' or 'cancel' before leaving a form with unsaved changes."""
    text = t("Ada perubahan yang belum disimpan.")
    if what:
        text = f"{text}\n{what}"
    shown = Shown("discard", t("Perubahan belum disimpan"), text)
    if _handler is not None:
        return str(_handler(shown))
    answer = _box(
        parent, QMessageBox.Icon.Warning, shown.title,
        text + "\n" + t("Simpan perubahan sebelum pindah?"),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        default=QMessageBox.StandardButton.Save,
    )
    return {
        QMessageBox.StandardButton.Save: "save",
        QMessageBox.StandardButton.Discard: "discard",
    }.get(answer, "cancel")


def error_text(exc: BaseException) -> tuple[str, str]:
    """(Indonesian message, technical details) for an exception."""
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    if isinstance(exc, AsnError):
        return exc.message, details
    problem = storage_problem(exc)
    if problem is not None:
        return problem, details
    return t("Terjadi kesalahan yang tidak terduga. Data Anda tidak diubah oleh "
              "tindakan ini. Salin rinciannya dan kirimkan ke admin BKPSDM."), details


def show_error(parent: QWidget | None, exc: BaseException | str,
               title: str | None = None) -> None:
    """A clear Indonesian message; technical details only behind 'Tampilkan rincian'."""
    if isinstance(exc, str):
        text, details = exc, ""
    else:
        text, details = error_text(exc)
        if isinstance(exc, AsnError):
            details = ""  # a user-facing error needs no traceback
    shown = Shown("error", title or t("Tidak berhasil"), text, details)
    if _handler is not None:
        _handler(shown)
        return
    if details:
        ErrorDialog(parent, shown.title, text, details).exec()
    else:
        _box(parent, QMessageBox.Icon.Critical, shown.title, text,
             QMessageBox.StandardButton.Ok)


def show_crash(exc: BaseException) -> None:
    """The crash dialog of the excepthook: message plus copyable details, never a traceback
    on screen by default."""
    text, details = error_text(exc)
    shown = Shown("crash", t("Terjadi kesalahan"), text, details)
    if _handler is not None:
        _handler(shown)
        return
    ErrorDialog(QApplication.activeWindow(), shown.title, text, details).exec()


class ErrorDialog(QDialog):
    """A message, and the technical details folded away with a button to copy them."""

    def __init__(self, parent: QWidget | None, title: str, text: str, details: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(560, 220)
        lay = QVBoxLayout(self)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(label)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        lay.addWidget(self.details, 1)
        row = QHBoxLayout()
        toggle = QPushButton(t("Tampilkan rincian"))
        toggle.setCheckable(True)
        toggle.toggled.connect(self._toggle)
        copy = QPushButton(t("Salin rincian"))
        copy.clicked.connect(
            lambda: QApplication.clipboard().setText(f"{text}\n\n{details}")
        )
        close = QPushButton(t("Tutup"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        row.addWidget(toggle)
        row.addWidget(copy)
        row.addStretch(1)
        row.addWidget(close)
        lay.addLayout(row)

    def _toggle(self, on: bool) -> None:
        self.details.setVisible(on)
        self.resize(self.width(), 460 if on else 220)


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "", *,
             password: bool = False) -> str | None:
    """A short text from the person (e.g. the reason to reopen); None when cancelled.
    ``password``: typed hidden (kind ``sandi`` for a test handler)."""
    shown = Shown("sandi" if password else "text", title, label)
    if _handler is not None:
        answer = _handler(shown)
        return None if answer is None else str(answer)
    from PySide6.QtWidgets import QInputDialog

    dlg = QInputDialog(parent)
    dlg.setWindowTitle(title)
    dlg.setLabelText(label)
    dlg.setTextValue(text)
    if password:
        from PySide6.QtWidgets import QLineEdit

        dlg.setTextEchoMode(QLineEdit.EchoMode.Password)
    dlg.setOkButtonText(t("OK"))
    dlg.setCancelButtonText(t("Batal"))
    dlg.resize(460, dlg.sizeHint().height())
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    return dlg.textValue()


def ask_number(parent: QWidget | None, title: str, label: str, value: int, lo: int,
               hi: int) -> int | None:
    """A whole number from the person; None when cancelled (kind ``angka`` for a test
    handler, whose answer is the number)."""
    shown = Shown("angka", title, label)
    if _handler is not None:
        answer = _handler(shown)
        return None if answer is None else int(str(answer))
    from PySide6.QtWidgets import QInputDialog

    dlg = QInputDialog(parent)
    dlg.setWindowTitle(title)
    dlg.setLabelText(label)
    dlg.setInputMode(QInputDialog.InputMode.IntInput)
    dlg.setIntRange(lo, hi)
    dlg.setIntValue(value)
    dlg.setOkButtonText(t("OK"))
    dlg.setCancelButtonText(t("Batal"))
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    return dlg.intValue()


_EXTRACT = (
    QT_TRANSLATE_NOOP("messages", "Informasi"),
    QT_TRANSLATE_NOOP("messages", "Perhatian"),
    QT_TRANSLATE_NOOP("messages", "Konfirmasi"),
    QT_TRANSLATE_NOOP("messages", "Ada perubahan yang belum disimpan."),
    QT_TRANSLATE_NOOP("messages", "Perubahan belum disimpan"),
    QT_TRANSLATE_NOOP("messages", "Simpan perubahan sebelum pindah?"),
    QT_TRANSLATE_NOOP("messages", "Gagal membaca atau menulis berkas: {0}"),
    QT_TRANSLATE_NOOP("messages", "Basis data sedang dipakai proses lain. Coba lagi sebentar."),
    QT_TRANSLATE_NOOP("messages", "Tidak berhasil"),
    QT_TRANSLATE_NOOP("messages", "Terjadi kesalahan"),
    QT_TRANSLATE_NOOP("messages", "Tampilkan rincian"),
    QT_TRANSLATE_NOOP("messages", "Salin rincian"),
    QT_TRANSLATE_NOOP("messages", "Tutup"),
    QT_TRANSLATE_NOOP("messages", "OK"),
    QT_TRANSLATE_NOOP("messages", "Batal"),
    QT_TRANSLATE_NOOP("messages", "Simpan"),
    QT_TRANSLATE_NOOP("messages", "Ya"),
    QT_TRANSLATE_NOOP("messages", "Tidak"),
    QT_TRANSLATE_NOOP("messages", "Buang perubahan"),
)
