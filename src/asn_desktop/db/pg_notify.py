"""Others' changes on a central kept on PostgreSQL: every statement that appends to the change
log notifies channel ``asn_perubahan`` with the writing session's tag (pg_capture.asn_writer,
sent at commit), and a window asks now and then whether anyone else wrote."""

from __future__ import annotations

import time
from typing import Any

CHANNEL = "asn_perubahan"
RETRY_AFTER_S = 60.0  # a server that did not answer is asked again after this long


class ChangeWatcher:
    """One listening connection, opened on first use; never raises (a lost server shows
    elsewhere, when the data is read)."""

    def __init__(self, url: str, own_tag: str) -> None:
        self._url = url
        self._own = own_tag
        self._conn: Any = None
        self._quiet_until = 0.0

    def _listening(self) -> Any:
        if self._conn is None or self._conn.closed:
            import psycopg

            from asn_desktop.db.pg_engine import libpq_url

            self._conn = psycopg.connect(libpq_url(self._url), autocommit=True,
                                         connect_timeout=2)
            self._conn.execute(f"LISTEN {CHANNEL}")
        return self._conn

    def others_changed(self) -> bool:
        """Whether a session other than this one committed changes since the last call."""
        if time.monotonic() < self._quiet_until:
            return False
        try:
            conn = self._listening()
            return any(n.payload != self._own for n in conn.notifies(timeout=0))
        except Exception:  # unreachable, or cut off: asked again later, never in the way
            self.close()
            self._quiet_until = time.monotonic() + RETRY_AFTER_S
            return False

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:  # already gone
                pass
            finally:
                self._conn = None
