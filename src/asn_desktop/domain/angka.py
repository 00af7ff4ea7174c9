"""Numbers as Indonesians read them, on screen and on paper alike."""

from __future__ import annotations

import re

# Indonesian: dots group thousands, a comma starts the decimals ("1.000.000,5"); a single dot
# followed by other than three digits is taken as a decimal point ("12.5"), as people type it
_INDONESIA = re.compile(r"-?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?")
_TITIK_DESIMAL = re.compile(r"-?\d+\.\d+")


def ribuan(n: int) -> str:
    """1000000 -> '1.000.000'."""
    return f"{n:,}".replace(",", ".")


def format_angka(nilai: float | None) -> str:
    """12.0 -> '12'; 12.5 -> '12,5'; 37/3 -> '12,3333'; 1234567 -> '1.234.567' (Indonesian
    decimal comma and thousands dots, at most four decimals); None -> ''. The screen shows what
    the sheet prints."""
    if nilai is None:
        return ""
    teks = f"{abs(float(nilai)):.4f}".rstrip("0").rstrip(".")
    bulat, _titik, desimal = teks.partition(".")
    tanda = "-" if nilai < 0 and teks != "0" else ""
    return tanda + ribuan(int(bulat)) + ("," + desimal if desimal else "")


def baca_angka(teks: str) -> float | None:
    """'12', '12,5', '12.5', '1.000' or '1.000.000,5' -> float; '' -> None; anything else
    (letters, '1e9', 'inf', two commas) raises ValueError."""
    t = teks.strip().replace(" ", "")
    if not t:
        return None
    if _INDONESIA.fullmatch(t):
        return float(t.replace(".", "").replace(",", "."))
    if _TITIK_DESIMAL.fullmatch(t):
        return float(t)
    raise ValueError(teks)
