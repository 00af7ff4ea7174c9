"""SKP (frame until its service is available)."""

from __future__ import annotations

from asn_desktop.ui.pages.placeholder import PlaceholderPage


class SkpPage(PlaceholderPage):
    key = "skp"
    heading_text = "SKP"
    body_text = "Halaman ini sedang disiapkan."
