"""Working days (hari kerja): Monday to Friday, minus the holidays the central keeps in its
settings (libur nasional and cuti bersama). Deadlines of public-service complaints are counted in
them (reference §6, the SIPPN tiers)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta


def hari_kerja(d: date, libur: Collection[date] = ()) -> bool:
    return d.weekday() < 5 and d not in libur


def tambah_hari_kerja(mulai: date, n: int, libur: Collection[date] = ()) -> date:
    """The ``n``-th working day after ``mulai`` (the day a complaint came in does not count,
    whether it is a working day or not). ``n == 0`` gives ``mulai`` itself."""
    if n < 0:
        raise ValueError("jumlah hari kerja tidak boleh negatif")
    d = mulai
    while n > 0:
        d += timedelta(days=1)
        if hari_kerja(d, libur):
            n -= 1
    return d


def selisih_hari_kerja(mulai: date, sampai: date, libur: Collection[date] = ()) -> int:
    """Working days after ``mulai`` up to and including ``sampai`` (0 on the same day;
    negative when ``sampai`` lies before ``mulai``)."""
    if sampai < mulai:
        return -selisih_hari_kerja(sampai, mulai, libur)
    n, d = 0, mulai
    while d < sampai:
        d += timedelta(days=1)
        if hari_kerja(d, libur):
            n += 1
    return n
