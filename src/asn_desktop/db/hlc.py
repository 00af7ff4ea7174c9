"""Hybrid logical clock: physical milliseconds plus a counter, packed in one integer.

``hlc = (milliseconds << 16) | counter``. It never goes backwards on one node, and
``observe()`` moves it past any clock seen in a received change, so ordering survives PCs whose
dates are wrong. The total order of changes is ``(hlc, node_id)``.

A clock may run ahead of the wall clock only by ``WINDOW_MS``: a package carrying a later clock
is refused (one PC whose date says 2100 would otherwise pull every installation's clock, and
every later edit's order, to 2100), and ``observe()`` never moves past that limit.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import datetime

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1
# A day: PCs set to the wrong time zone are up to 14 hours off and still correct.
WINDOW_MS = 24 * 3600 * 1000
# Before this, a PC's date is certainly wrong (a flat clock battery restarts at 2000 or so).
EARLIEST_PLAUSIBLE_MS = 1_704_067_200_000  # 2024-01-01


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def ceiling(now_ms: int) -> int:
    """The greatest clock accepted from elsewhere when the wall clock says ``now_ms``."""
    return pack(now_ms + WINDOW_MS, COUNTER_MASK)


def show(ms: int) -> str:
    """A clock for people: local date and time (or the raw value when out of range)."""
    try:
        return datetime.fromtimestamp(ms / 1000).strftime("%d-%m-%Y %H:%M")
    except (OverflowError, OSError, ValueError):
        return f"{ms} ms"


def clock_warning(now_ms: int, latest_hlc: int) -> str | None:
    """Why this PC's date looks wrong, if it does: it is earlier than a change already recorded
    (by more than the window), or earlier than any date this program can have been used at."""
    if now_ms < EARLIEST_PLAUSIBLE_MS:
        return (f"Tanggal komputer ini ({show(now_ms)}) tampaknya salah. Betulkan tanggal dan "
                "jam komputer sebelum mengubah data atau bertukar paket.")
    if latest_hlc and physical_ms(latest_hlc) > now_ms + WINDOW_MS:
        return (f"Jam komputer ini ({show(now_ms)}) lebih lambat dari perubahan terakhir yang "
                f"tercatat ({show(physical_ms(latest_hlc))}). Periksa tanggal dan jam komputer. "
                "Bila jam ini sudah benar, perubahan yang dicap oleh jam yang terlalu maju "
                "diberi cap waktu baru saat paket berikutnya dibuat.")
    return None


def pack(millis: int, counter: int) -> int:
    return (millis << COUNTER_BITS) | counter


def physical_ms(hlc: int) -> int:
    return hlc >> COUNTER_BITS


class HybridLogicalClock:
    def __init__(self, last: int = 0, now_ms: Callable[[], int] | None = None,
                 seed: Callable[[], int] | None = None) -> None:
        """``seed`` gives the greatest clock already recorded; it is asked once, on first use,
        so that opening a data file to read pays nothing for it."""
        self._last = last
        self._now_ms = now_ms or wall_ms
        self._lock = threading.Lock()
        self._seed = seed

    def seed_from(self, seed: Callable[[], int]) -> None:
        """Continue after ``seed()``, asked on first use (see ``__init__``)."""
        with self._lock:
            self._seed = seed

    def _ensure_seeded(self) -> None:  # with the lock held
        if self._seed is not None:
            last = self._seed()  # may raise: then it is asked again on the next use
            self._seed = None
            self._last = max(self._last, last)

    @property
    def last(self) -> int:
        with self._lock:
            self._ensure_seeded()
            return self._last

    def wall(self) -> int:
        """The wall clock this clock reads, in milliseconds."""
        return self._now_ms()

    def now(self) -> int:
        """A new timestamp, strictly greater than every one issued or observed before."""
        with self._lock:
            self._ensure_seeded()
            candidate = pack(self._now_ms(), 0)
            self._last = candidate if candidate > self._last else self._last + 1
            return self._last

    def reserve(self, n: int) -> int:
        """``n`` new timestamps at once, consecutive and each greater than every one before;
        returns the first (a bulk insert stamps its change records from it)."""
        if n < 1:
            raise ValueError("n must be positive")
        with self._lock:
            self._ensure_seeded()
            candidate = pack(self._now_ms(), 0)
            first = candidate if candidate > self._last else self._last + 1
            self._last = first + n - 1
            return first

    def resume(self, last: int) -> None:
        """Continue after the greatest clock already recorded here (uncapped: this node's own
        changes must keep their order even when they were stamped by a wrong date)."""
        with self._lock:
            self._ensure_seeded()
            if last > self._last:
                self._last = last

    def rewind(self, last: int) -> None:
        """Continue after ``last`` even when it is lower: only for changes stamped anew
        because this PC's clock ran ahead and no other installation has their old stamps
        (sync/restamp.py)."""
        with self._lock:
            self._ensure_seeded()
            self._last = last

    def observe(self, remote: int) -> None:
        """Advance past a timestamp received from another node, never beyond the window."""
        with self._lock:
            self._ensure_seeded()
            remote = min(remote, ceiling(self._now_ms()))
            if remote > self._last:
                self._last = remote
