"""Pengaturan (frame until its service is available)."""

from __future__ import annotations

from asn_desktop.ui.pages.placeholder import PlaceholderPage


class PengaturanPage(PlaceholderPage):
    key = "pengaturan"
    heading_text = "Pengaturan"
    body_text = "Halaman ini sedang disiapkan."
