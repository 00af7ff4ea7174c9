"""Changes stamped by a clock that ran ahead, given a new stamp once the clock is right again.

A PC whose date ran ahead (say a year) stamps its changes with that date; every peer refuses a
package carrying them (``hlc.WINDOW_MS``), and the hybrid clock, which never goes back, keeps
stamping later changes after them: without help, that installation could not send anything
until the calendar caught up. Once its wall clock is plausible again, its own changes that
lie beyond the window are stamped anew, just after every other change held here, in their own
order, and the clock is set back to follow them.

That is safe because nobody holds those stamps: a peer whose clock is right refused every
package carrying them. Nothing happens when a change received from elsewhere lies beyond the
window as well (then this wall clock may be the wrong one, or a peer ran ahead too), nor when
the wall clock is implausible.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from asn_desktop.db.hlc import EARLIEST_PLAUSIBLE_MS, ceiling, pack

GUARD = ("CREATE TRIGGER IF NOT EXISTS change_log_no_update BEFORE UPDATE ON change_log "
         "BEGIN SELECT RAISE(ABORT, 'change_log hanya boleh ditambah'); END")


@dataclass(frozen=True)
class Restamped:
    changes: int  # change_log rows stamped anew
    last: int  # the greatest clock now recorded (the clock resumes from it)


def restamp_ahead(d: sqlite3.Connection, node: str, wall_ms: int) -> Restamped | None:
    """Re-stamp this node's changes beyond the window, inside the caller's transaction; None
    when there is nothing to do or it would not be safe."""
    if wall_ms < EARLIEST_PLAUSIBLE_MS:
        return None
    limit = ceiling(wall_ms)
    where = "node = ? AND hlc > ?"
    args = (node, limit)
    olds = [int(h) for (h,) in d.execute(
        f"SELECT DISTINCT hlc FROM change_log WHERE {where} ORDER BY hlc", args)]
    if not olds:
        return None
    kept = d.execute(f"SELECT MAX(hlc) FROM change_log WHERE NOT ({where})", args).fetchone()[0]
    if kept is not None and int(kept) > limit:
        return None  # a change from elsewhere is beyond the window too
    base = max(pack(wall_ms, 0), int(kept or 0))
    d.execute("CREATE TEMP TABLE IF NOT EXISTS restamp_map (old INTEGER PRIMARY KEY, "
              "new INTEGER NOT NULL)")
    d.execute("DELETE FROM restamp_map")
    d.executemany("INSERT INTO restamp_map (old, new) VALUES (?, ?)",
                  [(old, base + i) for i, old in enumerate(olds, 1)])
    count = int(d.execute(f"SELECT COUNT(*) FROM change_log WHERE {where}", args).fetchone()[0])
    # change_log is append-only (capture.install_change_log_guards); this is the one rewrite,
    # of stamps no other installation has, and the guard is back before the commit
    d.execute("DROP TRIGGER IF EXISTS change_log_no_update")
    new = "(SELECT new FROM restamp_map WHERE old = {col})"
    d.execute(f"UPDATE change_log SET hlc = {new.format(col='change_log.hlc')} "
              f"WHERE {where}", args)
    # later edits made over these changes name them as what they had seen
    d.execute(f"UPDATE change_log SET base_hlc = {new.format(col='change_log.base_hlc')} "
              "WHERE base_node = ? AND base_hlc IN (SELECT old FROM restamp_map)", (node,))
    d.execute(GUARD)
    d.execute(f"UPDATE sync_conflict SET local_hlc = {new.format(col='sync_conflict.local_hlc')} "
              "WHERE local_node = ? AND local_hlc IN (SELECT old FROM restamp_map)", (node,))
    d.execute("UPDATE sync_conflict SET incoming_base_hlc = "
              f"{new.format(col='sync_conflict.incoming_base_hlc')} WHERE incoming_base_node = ? "
              "AND incoming_base_hlc IN (SELECT old FROM restamp_map)", (node,))
    d.execute("DELETE FROM restamp_map")
    return Restamped(count, base + len(olds))
