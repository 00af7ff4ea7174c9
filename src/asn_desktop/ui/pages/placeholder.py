"""A page frame shown while the service behind it is not available yet."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from asn_desktop.ui.context import AppContext
from asn_desktop.ui.pages.base import Page
from asn_desktop.ui.widgets.common import heading, hint


class PlaceholderPage(Page):
    heading_text = ""
    body_text = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.addWidget(heading(self.heading_text, 15))
        lay.addWidget(hint(self.body_text))
        lay.addStretch(1)

    def title(self) -> str:
        return self.heading_text
