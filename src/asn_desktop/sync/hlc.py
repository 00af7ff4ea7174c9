"""Hybrid logical clock: physical milliseconds plus a counter, packed in one integer.

``hlc = (milliseconds << 16) | counter``. It never goes backwards on one node, and
``observe()`` moves it past any clock seen in a received change, so ordering survives PCs whose
dates are wrong. The total order of changes is ``(hlc, node_id)``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1


def pack(millis: int, counter: int) -> int:
    return (millis << COUNTER_BITS) | counter


def physical_ms(hlc: int) -> int:
    return hlc >> COUNTER_BITS


class HybridLogicalClock:
    def __init__(self, last: int = 0, now_ms: Callable[[], int] | None = None) -> None:
        self._last = last
        self._now_ms = now_ms or (lambda: time.time_ns() // 1_000_000)
        self._lock = threading.Lock()

    @property
    def last(self) -> int:
        return self._last

    def now(self) -> int:
        """A new timestamp, strictly greater than every one issued or observed before."""
        with self._lock:
            candidate = pack(self._now_ms(), 0)
            self._last = candidate if candidate > self._last else self._last + 1
            return self._last

    def observe(self, remote: int) -> None:
        """Advance past a timestamp received from another node."""
        with self._lock:
            if remote > self._last:
                self._last = remote
