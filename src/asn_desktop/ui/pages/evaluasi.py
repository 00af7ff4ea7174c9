"""Evaluasi (frame until its service is available)."""

from __future__ import annotations

from asn_desktop.ui.pages.placeholder import PlaceholderPage


class EvaluasiPage(PlaceholderPage):
    key = "evaluasi"
    heading_text = "Evaluasi"
    body_text = "Halaman ini sedang disiapkan."
