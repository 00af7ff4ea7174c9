"""Numbers as Indonesians read them, on screen and on paper alike."""

from __future__ import annotations


def format_angka(nilai: float | None) -> str:
    """12.0 -> '12'; 12.5 -> '12,5'; 37/3 -> '12,3333' (Indonesian decimal comma, at most four
    decimals); None -> ''. The screen shows what the sheet prints."""
    if nilai is None:
        return ""
    if float(nilai).is_integer():
        return str(int(nilai))
    return f"{nilai:.4f}".rstrip("0").rstrip(".").replace(".", ",")
