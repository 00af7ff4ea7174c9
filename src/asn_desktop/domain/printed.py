"""Helpers for the printed option lines ("A/ B/ C") where the unused options are struck out."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OptionSegment:
    """One piece of an option line; joined in order the pieces give the line back exactly."""

    text: str
    is_separator: bool
    selected: bool


def option_segments(options: str, selected: str | None) -> tuple[OptionSegment, ...]:
    """Split e.g. "SANGAT BAIK/ BAIK/ ..." on "/" so a printer can strike the options not chosen.

    ``selected`` is compared with each option after stripping blanks, case-insensitively; ``None``
    marks nothing (every option gets struck). An unknown ``selected`` raises ``ValueError``.
    """
    bagian = options.split("/")
    hasil: list[OptionSegment] = []
    ditemukan = selected is None
    kunci = selected.strip().upper() if selected is not None else None
    for i, teks in enumerate(bagian):
        if i:
            hasil.append(OptionSegment("/", is_separator=True, selected=False))
        dipilih = kunci is not None and teks.strip().upper() == kunci
        ditemukan = ditemukan or dipilih
        hasil.append(OptionSegment(teks, is_separator=False, selected=dipilih))
    if not ditemukan:
        raise ValueError(f"{selected!r} is not one of the options in {options!r}")
    return tuple(hasil)
