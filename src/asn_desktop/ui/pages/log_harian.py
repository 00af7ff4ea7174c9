"""Log Harian (frame until its service is available)."""

from __future__ import annotations

from asn_desktop.ui.pages.placeholder import PlaceholderPage


class LogHarianPage(PlaceholderPage):
    key = "log_harian"
    heading_text = "Log Harian"
    body_text = "Halaman ini sedang disiapkan."
