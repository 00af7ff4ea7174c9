"""Applying a package's changes: per-field last-writer-wins on (hlc, node), conflicts recorded
for review, changes to approved documents held, authority enforced, all in the caller's
transaction and in batches (bulk look-ups, executemany writes, no ORM objects).

Rules
-----
- A change already known (same table, row, field, hlc, node in ``change_log`` or held in
  ``sync_conflict``) is skipped: re-imports and overlapping packages are harmless.
- The current version of a field is the change with the greatest (hlc, node). An incoming change
  that beats it is written to the table; every new change is appended to ``change_log`` with its
  own clock and node (``source`` = the package id).
- Conflict (``lww``): the incoming winner overwrote a local version its writer had not seen (no
  incoming change has it as base, and it came from another node), or an incoming change lost to
  a local version whose writer had not seen it. Both versions are kept for review. Conflicts are
  recorded only for rows within this installation's own authority.
- Lock (``locked``): a change to an approved SKP/evaluation (or its RHK, indicators, realisasi…)
  that is not the status change itself, made by another node than the approval's, by a writer
  who had not seen that approval, is not applied but held for review. "Seen" is decided by
  ancestry of the status versions (each names its base), not by clock order: a concurrent
  approval elsewhere with a later clock does not cover a change whose writer never saw this
  one. The approvals to respect are the one in force here before the package (unless the
  package's status winner was written by someone who had seen it), the package's own status
  winner, and any approval that lost an open status conflict (overwritten by a writer who had
  not seen it, in this package or an earlier one). A new row whose link to its document is
  held is held whole.
- Clocks: a change stamped later than this PC's wall clock plus ``hlc.WINDOW_MS`` rejects the
  package, with both clocks named.
- Authority: from a unit, only appraisal rows owned by employees placed in the unit's subtree;
  the owner is established from the row's links (parents come earlier in the package or exist
  here). Anything else rejects the whole package.

Where each part lives
---------------------
This module reads the package in batches and applies each one (last writer wins, ``lww``
conflicts, the writes), and closes conflicts settled elsewhere. The rules it applies on the
way are mixins over ``merge_base.MergeBase`` (shared state, look-ups, conflict recording):
``merge_authority`` (what a unit may write), ``merge_locks`` (approved documents),
``merge_deletes`` (deletes and unseen work), ``merge_unique`` (unique values, settled at the
end); ``merge_versions`` weighs versions and status ancestry without touching the database,
and ``rows`` names the shapes of the rows read and written.
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import itemgetter
from typing import Any

from asn_desktop.db.hlc import WINDOW_MS, physical_ms, show
from asn_desktop.db.sync_models import DELETE, LWW
from asn_desktop.sync import references
from asn_desktop.sync.container import reject
from asn_desktop.sync.merge_authority import AuthorityChecks
from asn_desktop.sync.merge_base import (
    PLACEHOLDER,
    UNIQUE_LIVE,
    IncomingRow,
    MergeContext,
    MergeStats,
)
from asn_desktop.sync.merge_deletes import DeleteChecks
from asn_desktop.sync.merge_double import NATURAL_KEYS, DoubleDocuments
from asn_desktop.sync.merge_locks import ApprovalLocks
from asn_desktop.sync.merge_unique import UniqueValues
from asn_desktop.sync.merge_versions import (
    approval_root,
    current_version,
    equal,
    value_size,
    version_order,
)
from asn_desktop.sync.payload import ACTOR, BHLC, BNODE, HLC, NODE, Change, Group, Resolution
from asn_desktop.sync.payload import F as FLD
from asn_desktop.sync.payload import V as VAL
from asn_desktop.sync.rows import (
    CHANGE_COLUMNS,
    ChangeRow,
    ConflictRow,
    LogEntry,
    OpenConflict,
    columns,
)
from asn_desktop.sync.schema import (
    APPROVED,
    DELETED_FIELD,
    DOC_TABLE,
    OWNER_LINK,
    STATUS_FIELD,
    TABLES,
)
from asn_desktop.sync.scope import chunks, marks, owners
from asn_desktop.sync.sql import for_columns, with_any_values

__all__ = [
    "BATCH_BYTES",
    "BATCH_CHANGES",
    "BATCH_ROWS",
    "PLACEHOLDER",
    "UNIQUE_LIVE",
    "MergeContext",
    "MergeStats",
    "Merger",
]

BATCH_ROWS = 2000
BATCH_CHANGES = 40_000
# Value bytes per batch: a small compressed package can carry hundreds of MB of text, so a
# batch is also cut by the size of its values, which bounds the merge's memory.
BATCH_BYTES = 32 * 1024 * 1024

_OPEN_CONFLICT_COLUMNS = columns(OpenConflict._fields)
# change records are appended in the order of the change log's index
_LOG_ORDER = itemgetter(1, 2, 4, 5)  # row_id, field, hlc, node of a LogEntry


class Merger(AuthorityChecks, ApprovalLocks, DeleteChecks, UniqueValues, DoubleDocuments):
    """Applies a package's changes, group by group, in batches of one table (see the module
    docstring for the rules; each rule lives in its own module, mixed in here)."""

    # ------------------------------------------------------------------------------- input

    def add(self, g: Group) -> None:
        if (g.tbl != self._tbl or len(self._rows) >= BATCH_ROWS
                or self._nchanges >= BATCH_CHANGES or self._nbytes >= BATCH_BYTES):
            self.flush()
            self._tbl = g.tbl
        self._nbytes += sum(value_size(c[VAL]) for c in g.changes)
        self.stats.groups += 1
        self.stats.changes += len(g.changes)
        hi = g.max_hlc
        if hi > self.stats.max_hlc:
            self.stats.max_hlc = hi
            if self.ctx.max_hlc is not None and hi > self.ctx.max_hlc:
                reject("clock_ahead", (
                    f"Jam pada paket ({show(physical_ms(hi))}) lebih maju dari jam komputer ini "
                    f"({show(self.ctx.now_ms)}) lebih dari {WINDOW_MS // 3_600_000} jam; "
                    "periksa tanggal dan jam di kedua komputer, lalu buat paket baru. "
                    "Paket ditolak."))
        prev = self._rows.get(g.row_id)
        if prev is None:
            self._rows[g.row_id] = g.changes
        else:
            prev.extend(g.changes)
        self._nchanges += len(g.changes)

    def flush(self) -> None:
        if self._tbl is not None and self._rows:
            self._process(self._tbl, self._rows)
        self._rows = {}
        self._nchanges = 0
        self._nbytes = 0

    def finish(self) -> MergeStats:
        self.flush()
        if self._parked:
            self._settle_unique()
        if self.ctx.sender_scope is not None and self._touched:
            references.check(self.db, self._touched, self.ctx.sender_scope)
        if self._keyed:
            self._record_doubles()
        return self.stats

    # ---------------------------------------------------------------------------- a batch

    def _process(self, tbl: str, batch: dict[str, list[Change]]) -> None:
        db, ctx = self.db, self.ctx
        spec = TABLES[tbl]
        link = OWNER_LINK.get(tbl)
        link_field = link[0] if link else None
        rows = {rid: IncomingRow(rid, chs) for rid, chs in batch.items()}
        ids = list(rows)

        # What is here already: rows, their link, every recorded version, held changes.
        col = link_field or "NULL"
        for part in chunks(ids):
            for rid, lv in db.execute(
                    f'SELECT id, {col} FROM "{tbl}" WHERE id IN ({marks(len(part))})', part):
                r = rows[rid]
                r.exists = True
                r.link = lv
        if self._has_conflicts and link_field is not None:
            absent = [r.rid for r in rows.values() if not r.exists]
            for part in chunks(absent):
                for rid, lv, grp in db.execute(
                        "SELECT row_id, incoming_value, grp FROM sync_conflict WHERE kind IN "
                        "('locked', 'hapus', 'mutasi') AND status = 'open' AND grp IS NOT NULL AND "
                        f"tbl = ? AND field = ? AND row_id IN ({marks(len(part))})",
                        (tbl, link_field, *part)):
                    rows[rid].link, rows[rid].held_grp = lv, grp
        versions: dict[tuple[str, str], list[ChangeRow]] = {}
        known: set[tuple[str, str, int, str]] = set()
        old = [r.rid for r in rows.values() if r.exists]
        for part in chunks(old):
            for v in map(ChangeRow._make, db.execute(
                    f"SELECT {CHANGE_COLUMNS} FROM change_log "
                    f"WHERE tbl = ? AND row_id IN ({marks(len(part))})", (tbl, *part))):
                versions.setdefault((v.row_id, v.field), []).append(v)
                known.add((v.row_id, v.field, v.hlc, v.node))
        if self._has_conflicts:
            for part in chunks(ids):
                for rid, f, h, n in db.execute(
                        "SELECT row_id, field, incoming_hlc, incoming_node FROM sync_conflict "
                        "WHERE kind IN ('locked', 'hapus', 'mutasi') AND tbl = ? "
                        f"AND row_id IN ({marks(len(part))})",
                        (tbl, *part)):
                    known.add((rid, f, h, n))

        # New changes only (also drops repeats inside the package).
        dups = 0
        for r in rows.values():
            seen: set[tuple[str, int, str]] = set()
            rid = r.rid
            for c in r.changes:
                k = (c[FLD], c[HLC], c[NODE])
                if k in seen or (known and (rid, *k) in known):
                    dups += 1
                    continue
                seen.add(k)
                r.new.append(c)
        self.stats.duplicates += dups
        live = [r for r in rows.values() if r.new]
        if not live:
            return

        # Links: the value each row will point to after this package.
        for r in live:
            r.final_link = r.link
            if link_field is not None:
                best: tuple[int, str] | None = None
                cur = current_version(versions.get((r.rid, link_field))) if r.exists else None
                for c in r.new:
                    if c[FLD] == link_field and (best is None or (c[HLC], c[NODE]) > best):
                        best = (c[HLC], c[NODE])
                        if cur is None or best > (cur.hlc, cur.node):
                            r.final_link = c[VAL]

        if ctx.sender_scope is not None:
            moved = self._check_authority(tbl, spec.central, link, live)
            if moved:
                self._set_aside(tbl, live, moved)
            live = [r for r in live if r.new]
            if not live:
                return
        if ctx.local_scope is not None:
            if spec.central or link is None:
                for r in live:
                    r.in_auth = False
            else:
                units = self._parent_units(link[1], [r.final_link for r in live])
                for r in live:
                    r.in_auth = units.get(r.final_link) in ctx.local_scope

        held_rows = self._holds(tbl, link_field, live, versions)
        for rid, ids_ in self._deletes(tbl, live, versions, held_rows).items():
            held_rows.setdefault(rid, set()).update(ids_)

        # Last writer wins, conflicts, writes.
        log_rows: list[LogEntry] = []
        conflicts: list[ConflictRow] = []
        inserts: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
        updates: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
        winners: dict[tuple[str, str], Change] = {}
        pkg = ctx.package_id
        for r in live:
            rid = r.rid
            held = held_rows.get(rid)
            todo = r.new if not held else [c for c in r.new if id(c) not in held]
            if not todo:
                continue
            by_field: dict[str, list[Change]] = {}
            for c in todo:
                log_rows.append(LogEntry(tbl, rid, c[FLD], c[VAL], c[HLC], c[NODE], c[BHLC],
                                         c[BNODE], c[ACTOR], pkg))
                lst = by_field.get(c[FLD])
                if lst is None:
                    by_field[c[FLD]] = [c]
                else:
                    lst.append(c)
            values: dict[str, Any] = {}
            for f, lst in by_field.items():
                win = lst[0] if len(lst) == 1 else max(lst, key=version_order)
                if not r.exists:
                    values[f] = win[VAL]
                    winners[(rid, f)] = win
                    continue
                vers = versions.get((rid, f))
                cur = current_version(vers)
                if cur is None or (win[HLC], win[NODE]) > (cur.hlc, cur.node):
                    values[f] = win[VAL]
                    winners[(rid, f)] = win
                if cur is not None and r.in_auth:
                    conflicts.extend(self._lww(tbl, rid, f, cur, win, lst, vers or []))
            if not values:
                continue
            names = tuple(sorted(values))
            if r.exists:
                updates.setdefault(names, []).append((*(values[n] for n in names), rid))
            else:
                inserts.setdefault(names, []).append((rid, *(values[n] for n in names)))

        watched = references.WATCHED.get(tbl)
        if watched and ctx.sender_scope is not None:
            touched = self._touched.setdefault(tbl, set())
            touched.update(rid for rid, f in winners if f in watched)
        keyed = NATURAL_KEYS.get(tbl)
        if keyed and ctx.sender_scope is not None:
            self._keyed.setdefault(tbl, set()).update(
                rid for rid, f in winners if f in keyed or f == DELETED_FIELD)
        if tbl in UNIQUE_LIVE and (updates or inserts):
            self._park(tbl, updates, inserts, winners)
        for names, params in updates.items():
            sets = ", ".join(f'"{n}" = ?' for n in names)
            db.executemany(f'UPDATE "{tbl}" SET {sets} WHERE id = ?',
                           for_columns(db, tbl, names, params))
            self.stats.rows_updated += len(params)
        for names, params in inserts.items():
            cols = ", ".join(f'"{n}"' for n in names)
            db.executemany(f'INSERT INTO "{tbl}" (id, {cols}) VALUES ({marks(len(names) + 1)})',
                           for_columns(db, tbl, names, params, offset=1))
            self.stats.rows_new += len(params)
        if log_rows:
            log_rows.sort(key=_LOG_ORDER)
            db.executemany(
                "INSERT INTO change_log (tbl, row_id, field, value, hlc, node, base_hlc, "
                "base_node, actor, source) VALUES (?,?,?,?,?,?,?,?,?,?)",
                with_any_values(db, log_rows, 3))
            self.stats.applied += len(log_rows)
        if conflicts:
            self._insert_conflicts(conflicts)
            self.stats.conflicts += len(conflicts)

    # ---------------------------------------------------------------------------- conflicts

    def _lww(self, tbl: str, rid: str, f: str, cur: ChangeRow, win: Change, lst: list[Change],
             vers: list[ChangeRow]) -> list[ConflictRow]:
        out: list[ConflictRow] = []
        approval = f == STATUS_FIELD and DOC_TABLE.get(tbl) == tbl

        roots: tuple[dict[tuple[int, str], tuple[int, str] | None],
                     dict[tuple[int, str], Any]] | None = None

        def root(h: int, n: str) -> tuple[int, str]:
            nonlocal roots
            if roots is None:
                base: dict[tuple[int, str], tuple[int, str] | None] = {}
                value: dict[tuple[int, str], Any] = {}
                for v in vers:
                    base[(v.hlc, v.node)] = ((v.base_hlc, v.base_node) if v.base_hlc is not None
                                             and v.base_node is not None else None)
                    value[(v.hlc, v.node)] = v.value
                for o in lst:
                    base[(o[HLC], o[NODE])] = ((o[BHLC], o[BNODE]) if o[BHLC] is not None
                                               and o[BNODE] is not None else None)
                    value[(o[HLC], o[NODE])] = o[VAL]
                roots = (base, value)
            return approval_root((h, n), *roots)

        def worth_review(c: Change) -> bool:
            # The same value written on both sides loses nothing; two approvals still
            # conflict, each approved what its writer saw, unless both re-affirm one approval.
            if not equal(cur.value, c[VAL]):
                return True
            return approval and c[VAL] == APPROVED and root(cur.hlc, cur.node) != root(
                c[HLC], c[NODE])

        if (win[HLC], win[NODE]) > (cur.hlc, cur.node):
            # The incoming winner overwrites the local version: had its writer seen it?
            if cur.node != win[NODE] and worth_review(win) and not any(
                    c[BHLC] == cur.hlc and c[BNODE] == cur.node for c in lst):
                out.append(self._conflict_row("lww", tbl, rid, f, None, "incoming", cur, win))
            return out
        for c in lst:
            if c[NODE] == cur.node:
                continue
            h, n = c[HLC], c[NODE]
            superseded = any((v.base_hlc == h and v.base_node == n) or (v.node == n and v.hlc > h)
                             for v in vers) or any(
                (o[BHLC] == h and o[BNODE] == n) or (o[NODE] == n and o[HLC] > h) for o in lst)
            if not superseded and worth_review(c):
                out.append(self._conflict_row("lww", tbl, rid, f, None, "local", cur, c))
        return out

    # --------------------------------------------------------------------------- resolutions

    def close_resolved(self, items: Iterable[Resolution]) -> int:
        """Conflicts settled on another installation close here too (same pair of versions).
        A unit's note closes only conflicts on rows of its own branch: a note about any other
        row would quietly close a conflict the central has to review. Such a note is ignored,
        not rejected: the employee may simply have moved since the unit settled it."""
        items = list(items)
        scope = self.ctx.sender_scope
        if scope is not None:
            items = [r for r in items if r.tbl in OWNER_LINK and owners(
                self.db, r.tbl, [r.row_id]).get(r.row_id) in scope]
        n = 0
        for r in items:
            pair = sorted([r.a, r.b])
            for k in map(OpenConflict._make, self.db.execute(
                    f"SELECT {_OPEN_CONFLICT_COLUMNS} "
                    "FROM sync_conflict WHERE status = 'open' AND tbl = ? "
                    "AND row_id = ? AND field = ?", (r.tbl, r.row_id, r.field)).fetchall()):
                mine = sorted([(k.local_hlc, k.local_node), (k.incoming_hlc, k.incoming_node)])
                # The same race met here as a delete conflict is recorded with this side's
                # versions (they share one with the central's): the central's decision, which
                # arrives with this note, settles it too. Held changes wait for their own.
                same_race = (scope is None and k.kind == DELETE and k.winner != "held"
                             and bool(set(mine) & set(pair)))
                if (k.kind == LWW and mine == pair) or same_race:
                    self.db.execute(
                        "UPDATE sync_conflict SET status = 'resolved', resolved_keep = 'remote', "
                        "resolved_at = ? WHERE id = ?", (self.ctx.now, k.id))
                    n += 1
        return n

