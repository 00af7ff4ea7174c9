"""Umpan balik berkelanjutan: who gives it (reference §1.6)."""

from __future__ import annotations

from enum import StrEnum


class Peran(StrEnum):
    """The giver's role: the atasan (langsung or pejabat penilai) or a rekan kerja."""

    ATASAN = "ATASAN"
    REKAN = "REKAN"
