"""Unique values under a merge: a package may swap two rows' unique values (two NIPs, say),
which no order of single writes can apply without a moment where both rows hold one value.
So each new unique value is first written as a placeholder, and the final values are set once
the whole package is in. A value that would still collide (a live row outside the package
holds it, or two rows of the package would take it) is a real duplicate: the row keeps its old
value and the incoming one is recorded as a conflict for review.
"""

from __future__ import annotations

import itertools
from typing import Any

from asn_desktop.db.sync_models import DUPLICATE
from asn_desktop.sync.container import reject
from asn_desktop.sync.merge_base import PLACEHOLDER, UNIQUE_LIVE, MergeBase, ParkedValue
from asn_desktop.sync.payload import HLC, NODE, Change
from asn_desktop.sync.rows import ConflictRow
from asn_desktop.sync.scope import chunks, marks
from asn_desktop.sync.sql import add_change

_PARKED = itertools.count(1)


def _placeholder() -> str:
    """A value no row keeps, short enough for any unique column (a NIP holds 18 characters,
    and PostgreSQL enforces that)."""
    return f"{PLACEHOLDER}{next(_PARKED):x}"


class UniqueValues(MergeBase):
    """Parking unique values while a package is applied, and settling them at its end."""

    def _park(self, tbl: str, updates: dict[tuple[str, ...], list[tuple[Any, ...]]],
              inserts: dict[tuple[str, ...], list[tuple[Any, ...]]],
              winners: dict[tuple[str, str], Change]) -> None:
        """Write a parked value instead of each new unique value; the final values are set
        once the whole package is in (``_settle_unique``), so swaps apply in any order."""
        for col in UNIQUE_LIVE[tbl]:
            for names, params in updates.items():
                if col not in names:
                    continue
                i = names.index(col)
                ids = [p[-1] for p in params]
                before: dict[str, Any] = {}
                for part in chunks(ids):
                    before.update(self.db.execute(
                        f'SELECT id, "{col}" FROM "{tbl}" WHERE id IN ({marks(len(part))})',
                        part).fetchall())
                for k, p in enumerate(params):
                    rid = p[-1]
                    self._note_parked(tbl, rid, col, p[i], before.get(rid), winners[(rid, col)])
                    params[k] = (*p[:i], _placeholder(), *p[i + 1:])
            for names, params in inserts.items():
                if col not in names:
                    continue
                i = names.index(col) + 1
                for k, p in enumerate(params):
                    rid = p[0]
                    self._note_parked(tbl, rid, col, p[i], None, winners[(rid, col)])
                    params[k] = (*p[:i], _placeholder(), *p[i + 1:])

    def _note_parked(self, tbl: str, rid: str, col: str, final: Any, before: Any,
                     win: Change) -> None:
        key = (tbl, rid, col)
        prev = self._parked.get(key)
        if prev is None:
            self._parked[key] = ParkedValue(final, before, win)
        else:  # a later batch of the same package wrote the row again
            prev.final, prev.win = final, win

    def _settle_unique(self) -> None:
        """Set each parked unique value. A value a live row outside the package holds, or that
        two rows of the package would both take, is a real duplicate: the row keeps the value
        it had (and whoever then collides with that keeps theirs), and the incoming value is
        recorded as a conflict to review. The rest of the package applies."""
        by_col: dict[tuple[str, str], dict[str, ParkedValue]] = {}
        for (tbl, rid, col), entry in self._parked.items():
            by_col.setdefault((tbl, col), {})[rid] = entry
        conflicts: list[ConflictRow] = []
        for (tbl, col), rows in by_col.items():
            ids = list(rows)
            live: set[str] = set()
            for part in chunks(ids):
                live.update(rid for (rid,) in self.db.execute(
                    f'SELECT id FROM "{tbl}" WHERE deleted = 0 AND id IN ({marks(len(part))})',
                    part))
            wanted = {rows[r].final for r in live} | {rows[r].before for r in live}
            fixed: set[Any] = set()
            for part in chunks([v for v in wanted if v is not None]):
                fixed.update(v for (v,) in self.db.execute(
                    f'SELECT "{col}" FROM "{tbl}" WHERE deleted = 0 AND "{col}" IN '
                    f'({marks(len(part))}) AND substr("{col}", 1, 1) != ?',
                    (*part, PLACEHOLDER)))
            kept: set[str] = set()  # rows keeping their value from before the package
            while True:
                choice = {r: rows[r].before if r in kept else rows[r].final for r in live}
                count: dict[Any, int] = {}
                for v in choice.values():
                    count[v] = count.get(v, 0) + 1
                clash = {r for r, v in choice.items()
                         if r not in kept and (v in fixed or count[v] > 1)}
                if not clash:
                    break
                kept |= clash
            for rid in ids:
                parked = rows[rid]
                final, before = parked.final, parked.before
                if rid not in live:
                    value = final  # a deleted row holds no unique value
                elif rid in kept:
                    value = before if before is not None else ""
                    if count.get(value, 0) > 1 or value in fixed:
                        reject("integrity", f"Nilai {tbl}.{col} di dalam paket bertabrakan dan "
                                            "tidak dapat dipulihkan; paket ditolak.")
                    row = self._conflict_row(DUPLICATE, tbl, rid, col, None, "local", None,
                                             parked.win)
                    conflicts.append(row._replace(local_value=value))
                    if before is not None:  # a new row's blank stays for review only
                        self._keep_at_central(tbl, rid, col, value, parked.win)
                else:
                    value = final
                self.db.execute(f'UPDATE "{tbl}" SET "{col}" = ? WHERE id = ?', (value, rid))
        self._parked = {}
        if conflicts:
            self._insert_conflicts(conflicts)
            self.stats.conflicts += len(conflicts)

    def _keep_at_central(self, tbl: str, rid: str, col: str, value: Any, win: Change) -> None:
        """At the central, the value a row keeps against a duplicate becomes a version of its
        own, newer than the package's: the units follow it rather than keep a value the
        central could not take (a unit's copy only lags until its own review). Without it,
        a unit holding the duplicate (one that gave back a half-lost NIP swap after the
        central's restore, say) would differ from the central for good."""
        ctx = self.ctx
        if ctx.sender_scope is None or ctx.stamp_after is None:
            return
        add_change(self.db, (tbl, rid, col, value, ctx.stamp_after(win[HLC]), ctx.local_node,
                             win[HLC], win[NODE], None, None))
