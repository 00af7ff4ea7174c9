"""The workflow steps of a document as a row of buttons, drawn from the one workflow table
(services/workflow.py): a step's button shows only while the document's status allows it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from asn_desktop.services import workflow as wf
from asn_desktop.ui.i18n import QT_TRANSLATE_NOOP

# the workflow table's button texts, for lupdate (they reach the bar through wf.TRANSISI)
_EXTRACT = (
    QT_TRANSLATE_NOOP("WorkflowBar", "Ajukan"),
    QT_TRANSLATE_NOOP("WorkflowBar", "Kembalikan…"),
    QT_TRANSLATE_NOOP("WorkflowBar", "Setujui"),
    QT_TRANSLATE_NOOP("WorkflowBar", "Buka kembali…"),
)


class WorkflowBar(QWidget):
    langkah = Signal(str)  # a wf.Langkah value: the step the person chose

    def __init__(self, names: dict[wf.Langkah, str], parent: QWidget | None = None) -> None:
        """``names``: each step button's objectName (tests and style sheets find them by it)."""
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[wf.Langkah, QPushButton] = {}
        for t in wf.TRANSISI.values():
            b = QPushButton(QCoreApplication.translate("WorkflowBar", t.label))
            step = wf.Langkah(t.langkah)
            b.setObjectName(names[step])
            b.clicked.connect(lambda _=False, step=step: self.langkah.emit(step.value))
            lay.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
            self.buttons[step] = b

    def show_for(self, status: str) -> None:
        steps = {t.langkah for t in wf.tersedia(status)}
        for step, b in self.buttons.items():
            b.setVisible(step in steps)
