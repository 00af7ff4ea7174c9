"""Every input named for a screen reader: an input without an accessible name takes the text of
the label before it in its layout (or its form row's label, or its placeholder), and that label
becomes its buddy, so the label's mnemonic (Alt+letter) reaches it too."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit)


def _clean(text: str) -> str:
    return text.replace("&", "").strip().rstrip(":").strip()


def _label_before(layout: QLayout, target: QWidget) -> QLabel | None:
    """The nearest QLabel before ``target`` in the layout that holds it (searching nested
    layouts), or the label of its QFormLayout row."""
    for i in range(layout.count()):
        item = layout.itemAt(i)
        sub = item.layout() if item is not None else None
        if sub is not None and _contains(sub, target):
            found = _label_before(sub, target)
            if found is not None or not isinstance(layout, QFormLayout):
                return found
            break  # nothing beside it in its row's own layout: the row's label names it
    if isinstance(layout, QFormLayout):
        own = layout.labelForField(target)
        if isinstance(own, QLabel):
            return own
        for row in range(layout.rowCount()):
            field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            nested = field.layout() if field is not None else None
            if nested is not None and _contains(nested, target):
                label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
                widget = label.widget() if label is not None else None
                return widget if isinstance(widget, QLabel) else None
    index = layout.indexOf(target)
    if isinstance(layout, QGridLayout) and index >= 0:  # a label above it, or to its left
        position: tuple[int, int, int, int] = layout.getItemPosition(index)  # type: ignore[assignment]
        row, col = position[0], position[1]
        for r, c in ((row - 1, col), (row, col - 1)):
            item = layout.itemAtPosition(r, c) if r >= 0 and c >= 0 else None
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel) and widget.text():
                return widget
        return None
    for i in range(index - 1, -1, -1):
        item = layout.itemAt(i)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QLabel) and widget.text():
            return widget
        if widget is not None and isinstance(widget, INPUTS):
            return None  # that label belongs to the input before
    return None


def _contains(layout: QLayout, target: QWidget) -> bool:
    if layout.indexOf(target) >= 0:
        return True
    for i in range(layout.count()):
        item = layout.itemAt(i)
        sub = item.layout() if item is not None else None
        if sub is not None and _contains(sub, target):
            return True
    return False


def lengkapi(root: QWidget) -> None:
    """Name every unnamed input under ``root`` (run once its widgets are laid out)."""
    buddies = {label.buddy(): label for label in root.findChildren(QLabel) if label.buddy()}
    for w in root.findChildren(QWidget):
        if not isinstance(w, INPUTS) or w.accessibleName():
            continue
        if w in buddies:  # a form row's label already points at it: say its text
            w.setAccessibleName(_clean(buddies[w].text()))
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parent(), QComboBox | QAbstractSpinBox):
            continue  # the editor inside a combo or spin box speaks through its owner
        parent = w.parentWidget()
        layout = parent.layout() if parent is not None else None
        label = _label_before(layout, w) if layout is not None else None
        if label is not None:
            label.setBuddy(w)
            w.setAccessibleName(_clean(label.text()))
        elif isinstance(w, QLineEdit) and w.placeholderText():
            w.setAccessibleName(_clean(w.placeholderText()))
