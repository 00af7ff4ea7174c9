"""Beranda (frame until its service is available)."""

from __future__ import annotations

from asn_desktop.ui.pages.placeholder import PlaceholderPage


class BerandaPage(PlaceholderPage):
    key = "beranda"
    heading_text = "Beranda"
    body_text = "Halaman ini sedang disiapkan."
