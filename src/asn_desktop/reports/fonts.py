"""The embedded font: DejaVu Sans Condensed (Bitstream Vera licence), shipped as package data.

Every sheet uses only these two faces, subset-embedded by reportlab, so a printed sheet looks the
same on every PC whatever fonts Windows has installed.
"""

from __future__ import annotations

from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "AsnSans"
BOLD = "AsnSans-Bold"

_FILES = {REGULAR: "DejaVuSansCondensed.ttf", BOLD: "DejaVuSansCondensed-Bold.ttf"}
_registered = False


def font_bytes(name: str) -> bytes:
    """The TTF file of ``REGULAR`` or ``BOLD`` (from ``asn_desktop/resources/fonts``)."""
    return (resources.files("asn_desktop") / "resources" / "fonts" / _FILES[name]).read_bytes()


def register_fonts() -> None:
    """Register the faces with reportlab once per process (idempotent)."""
    global _registered
    if _registered:
        return
    for name, filename in _FILES.items():
        ref = resources.files("asn_desktop") / "resources" / "fonts" / filename
        with resources.as_file(ref) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)  # no italic face shipped: italics print upright
    addMapping(REGULAR, 1, 1, BOLD)
    _registered = True
