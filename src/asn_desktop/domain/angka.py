"""Numbers as Indonesians read them, on screen and on paper alike."""

from __future__ import annotations


def format_angka(nilai: float) -> str:
    """12.0 -> '12'; 12.5 -> '12,5' (Indonesian decimal comma)."""
    if float(nilai).is_integer():
        return str(int(nilai))
    return f"{nilai:.4f}".rstrip("0").rstrip(".").replace(".", ",")
