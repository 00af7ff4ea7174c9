"""How a long operation reports progress and learns it was cancelled, for every layer alike:
the GUI passes its worker's callbacks, the CLI a terminal bar, tests nothing.

Cancelling raises :class:`asn_desktop.errors.Cancelled` from inside the operation, before
its transaction commits, so nothing is written."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]  # (done, total)
ProgressText = Callable[[str], None]  # one line of what is being done now
CancelCheck = Callable[[], bool]  # True once the person asked to stop
