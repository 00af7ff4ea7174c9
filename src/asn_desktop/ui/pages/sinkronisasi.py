"""Sinkronisasi (frame until its service is available)."""

from __future__ import annotations

from asn_desktop.ui.pages.placeholder import PlaceholderPage


class SinkronisasiPage(PlaceholderPage):
    key = "sinkronisasi"
    heading_text = "Sinkronisasi"
    body_text = "Halaman ini sedang disiapkan."
