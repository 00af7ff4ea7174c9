"""The pages' stack inside a scroll area: a screen smaller than a page (1024 wide, or 1280×720
at 150 % scaling) scrolls the page instead of pushing the window off the screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QVBoxLayout, QWidget


class PageStack(QStackedWidget):
    """A stacked widget as large as its current page needs, not as its largest page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _i: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint().expandedTo(page.minimumSize()) if page else QSize(0, 0)

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page else QSize(0, 0)

    def hasHeightForWidth(self) -> bool:
        # else the scroll area sizes a page with wrapped labels to their preferred height, not
        # to the window, and scrolls where everything fits
        return False


def scrolling(stack: PageStack) -> QScrollArea:
    """``stack`` in a frameless scroll area that fits it to the window when there is room."""
    holder = QWidget()  # the area asks its widget's layout, which asks the stack (above)
    lay = QVBoxLayout(holder)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(stack)
    area = QScrollArea()
    area.setObjectName("halaman")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(holder)
    return area
