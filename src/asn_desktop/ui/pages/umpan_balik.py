"""Umpan Balik (frame until its service is available)."""

from __future__ import annotations

from asn_desktop.ui.pages.placeholder import PlaceholderPage


class UmpanBalikPage(PlaceholderPage):
    key = "umpan_balik"
    heading_text = "Umpan Balik"
    body_text = "Halaman ini sedang disiapkan."
