"""Deletes under a merge: a delete and work its writer had not seen are never settled
silently. A new part of a parent deleted here is held whole; a delete of a parent whose parts
were changed here unseen is held (the parent stays, with its parts); an edit of a row deleted
here, or a delete of a row edited here unseen, applies as usual and is recorded for review.
"""

from __future__ import annotations

from typing import Any

from asn_desktop.db.sync_models import DELETE
from asn_desktop.sync.merge_base import IncomingRow, MergeBase
from asn_desktop.sync.merge_versions import (
    current_version,
    latest_change,
    same_value,
    version_order,
)
from asn_desktop.sync.payload import ACTOR, HLC, NODE, Change
from asn_desktop.sync.payload import F as FLD
from asn_desktop.sync.payload import V as VAL
from asn_desktop.sync.rows import ChangeRow, ConflictRow
from asn_desktop.sync.schema import DELETED_FIELD, OWNER_LINK, PART_OF
from asn_desktop.sync.scope import chunks, marks


class DeleteChecks(MergeBase):
    """Finding the deletes, and the edits to deleted rows, to hold or to record for review."""

    def _deletes(self, tbl: str, live: list[IncomingRow],
                 versions: dict[tuple[str, str], list[ChangeRow]],
                 held: dict[str, set[int]]) -> dict[str, set[int]]:
        """A delete and work its writer had not seen are never settled silently:

        - a new part (RHK, indicator, evaluation…) of a parent deleted here: held whole;
        - a delete of a parent with parts changed here after what the sender had received:
          held (the parent stays, with its parts);
        - an edit of a row deleted here, or a delete of a row edited here after what the sender
          had received: applied as usual (the row stays deleted, the edit kept), and recorded
          for review (keep the edit: the row comes back)."""
        ctx = self.ctx
        local = ctx.local_node
        out: dict[str, set[int]] = {}
        conflicts: list[ConflictRow] = []
        rows = [r for r in live if r.in_auth and r.held_grp is None]
        if not rows:
            return out
        part = PART_OF.get(tbl)
        if part is not None:
            fresh = {r.rid: latest_change(r.new, part[0]) for r in rows if not r.exists}
            gone = self._deleted_here(part[1], [c[VAL] for c in fresh.values() if c])
            for r in rows:
                c = fresh.get(r.rid)
                if c is None or r.rid in held:
                    continue
                grp = self._delete_groups.get((part[1], c[VAL]))  # its parent waits: so does it
                if grp is None and c[VAL] not in gone:
                    continue
                grp = grp or f"{tbl}:{r.rid}:{ctx.package_id}"
                self._delete_groups[(tbl, r.rid)] = grp
                if tbl in OWNER_LINK:
                    self._held_links[(tbl, r.rid)] = r.final_link
                out[r.rid] = {id(x) for x in r.new}
                conflicts.extend(self._conflict_row(DELETE, tbl, r.rid, x[FLD], grp, "held",
                                                    None, x) for x in r.new)
        children = [(t, lk[0]) for t, lk in PART_OF.items() if lk[1] == tbl]
        for r in rows:
            if not r.exists or r.rid in out:
                continue
            cur_del = current_version(versions.get((r.rid, DELETED_FIELD)))
            d = latest_change(r.new, DELETED_FIELD)
            if d is not None and d[VAL] and (
                    cur_del is None or version_order(d) > (cur_del.hlc, cur_del.node)) and not (
                    cur_del is not None and cur_del.value):
                # a delete arriving
                if children and self._unseen_parts(children, r.rid, d[HLC]):
                    if r.rid not in held or id(d) not in held[r.rid]:
                        out[r.rid] = {id(d)}
                        conflicts.append(self._conflict_row(DELETE, tbl, r.rid, DELETED_FIELD,
                                                            None, "held", cur_del, d))
                elif self._unseen_edits(tbl, r.rid, d[HLC]):
                    conflicts.append(self._conflict_row(DELETE, tbl, r.rid, DELETED_FIELD,
                                                        None, "incoming", cur_del, d))
            elif cur_del is not None and cur_del.value and cur_del.node == local and d is None:
                # edits arriving at a row deleted here (this installation had not seen them)
                edits = [c for c in r.new if c[FLD] != DELETED_FIELD
                         and not same_value(versions.get((r.rid, c[FLD])), c)]
                if edits:
                    e = max(edits, key=version_order)
                    alive: Change = (DELETED_FIELD, 0, e[HLC], e[NODE], cur_del.hlc,
                                     cur_del.node, e[ACTOR], None, None)
                    conflicts.append(self._conflict_row(DELETE, tbl, r.rid, DELETED_FIELD,
                                                        None, "local", cur_del, alive))
        if conflicts:
            self._insert_conflicts(conflicts)
            self._has_conflicts = True
            self.stats.conflicts += len(conflicts)
        return out

    def _deleted_here(self, tbl: str, ids: list[Any]) -> set[Any]:
        """Rows of ``tbl`` among ``ids`` whose delete was written by this installation."""
        out: set[Any] = set()
        want = [i for i in dict.fromkeys(ids) if isinstance(i, str)]
        for part in chunks(want):
            for rid, in self.db.execute(
                    f'SELECT x.id FROM "{tbl}" x WHERE x.deleted = 1 AND x.id IN '
                    f"({marks(len(part))}) AND (SELECT c.node FROM change_log c WHERE c.tbl = ? "
                    "AND c.row_id = x.id AND c.field = 'deleted' ORDER BY c.hlc DESC, "
                    "c.node DESC LIMIT 1) = ?", (*part, tbl, self.ctx.local_node)):
                out.add(rid)
        return out

    # A local change the deleter had not seen: after what the sender had received, or later
    # than the delete itself (a writer never sees a change from its future).

    def _unseen_parts(self, children: list[tuple[str, str]], parent: str, hlc: int) -> bool:
        """Live parts of ``parent`` changed here where the deleter had not seen it."""
        for child, link in children:
            if self.db.execute(
                    f'SELECT 1 FROM "{child}" x JOIN change_log c ON c.tbl = ? AND '
                    f'c.row_id = x.id WHERE x."{link}" = ? AND x.deleted = 0 AND c.node = ? '
                    "AND (c.seq > ? OR c.hlc > ?) LIMIT 1",
                    (child, parent, self.ctx.local_node, self.peer_ack, hlc)).fetchone():
                return True
        return False

    def _unseen_edits(self, tbl: str, rid: str, hlc: int) -> bool:
        return self.db.execute(
            "SELECT 1 FROM change_log WHERE tbl = ? AND row_id = ? AND node = ? AND "
            "(seq > ? OR hlc > ?) AND field != 'deleted' LIMIT 1",
            (tbl, rid, self.ctx.local_node, self.peer_ack, hlc)).fetchone() is not None

