"""Documents made twice: an employee has one SKP per year and one evaluation per period, but two
installations that had not seen each other's can each make it (the central and the unit, say,
both copying last year's plans). Both are kept, nothing is lost; the central records the pair
as a conflict for review, and the choice deletes the other one (a tombstone, so it syncs and
can be brought back)."""

from __future__ import annotations

from asn_desktop.db.sync_models import DOUBLE
from asn_desktop.sync.merge_base import MergeBase
from asn_desktop.sync.rows import ConflictRow
from asn_desktop.sync.scope import chunks, marks
from asn_desktop.sync.sql import any_value, stored_value

# document table -> the columns that name it (one live row per value)
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "skp": ("pegawai_id", "tahun"),
    "evaluasi": ("skp_id", "periode_kode"),
}


class DoubleDocuments(MergeBase):
    def _record_doubles(self) -> None:
        """After a package is in: each live document it wrote that another live document with
        the same key already holds is recorded once, as (incoming row, the other row); a pair
        one of which is gone since (deleted by its own side) is no longer a question."""
        self._close_gone_doubles()
        rows: list[ConflictRow] = []
        for tbl, key in NATURAL_KEYS.items():
            touched = sorted(self._keyed.get(tbl, ()))
            same = " AND ".join(f'a."{k}" = b."{k}"' for k in key)
            pairs: list[tuple[str, str]] = []
            for part in chunks(touched):
                pairs += self.db.execute(
                    f'SELECT a.id, b.id FROM "{tbl}" a JOIN "{tbl}" b ON {same} AND a.id != b.id '
                    f"WHERE a.deleted = 0 AND b.deleted = 0 AND a.id IN ({marks(len(part))})",
                    part).fetchall()
            done: set[frozenset[str]] = set()
            for a, b in pairs:  # ``a`` is always one this package wrote
                pair = frozenset((a, b))
                if pair in done or self._double_recorded(tbl, a, b):
                    continue
                done.add(pair)
                rows.append(self._double_row(tbl, a, b))
        if rows:
            self._insert_conflicts(rows)
            self._has_conflicts = True
            self.stats.conflicts += len(rows)

    def _close_gone_doubles(self) -> None:
        for tbl in NATURAL_KEYS:
            gone = (f'EXISTS (SELECT 1 FROM "{tbl}" x WHERE {{}} AND x.deleted = 1)')
            self.db.execute(
                "UPDATE sync_conflict SET status = 'resolved', resolved_keep = 'gone', "
                "resolved_at = ? WHERE kind = ? AND status = 'open' AND tbl = ? AND "
                f"({gone.format('x.id = sync_conflict.row_id')} OR "
                f"{gone.format(stored_value(self.db, 'x.id') + ' = sync_conflict.local_value')})",
                (self.ctx.now, DOUBLE, tbl))

    def _double_recorded(self, tbl: str, a: str, b: str) -> bool:
        return self.db.execute(
            "SELECT 1 FROM sync_conflict WHERE kind = ? AND status = 'open' AND tbl = ? AND "
            "((row_id = ? AND local_value = ?) OR (row_id = ? AND local_value = ?))",
            (DOUBLE, tbl, a, any_value(self.db, b), b, any_value(self.db, a))
        ).fetchone() is not None

    def _double_row(self, tbl: str, incoming: str, other: str) -> ConflictRow:
        """Field 'deleted' of the incoming document; the other document's id as the local
        value: keeping 'local' deletes the incoming one, keeping 'incoming' the other."""
        def made(rid: str) -> tuple[int, str, str | None]:
            row = self.db.execute(
                "SELECT hlc, node, actor FROM change_log WHERE tbl = ? AND row_id = ? "
                "ORDER BY hlc, node LIMIT 1", (tbl, rid)).fetchone()
            return (int(row[0]), str(row[1]), row[2]) if row else (0, "", None)

        ih, inode, iactor = made(incoming)
        lh, lnode, _ = made(other)
        return ConflictRow(DOUBLE, tbl, incoming, "deleted", None, "both", other, lh, lnode,
                           incoming, ih, inode, None, None, iactor, self.ctx.package_id,
                           self.ctx.now)
