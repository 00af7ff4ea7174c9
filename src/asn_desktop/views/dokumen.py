"""A document's history as people read it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RiwayatView:
    aksi: str
    label: str
    oleh: str | None
    alasan: str | None
    waktu: str
