"""Cetak (frame until its service is available)."""

from __future__ import annotations

from asn_desktop.ui.pages.placeholder import PlaceholderPage


class CetakPage(PlaceholderPage):
    key = "cetak"
    heading_text = "Cetak"
    body_text = "Halaman ini sedang disiapkan."
