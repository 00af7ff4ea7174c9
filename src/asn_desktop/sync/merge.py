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
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from asn_desktop.db.hlc import WINDOW_MS, physical_ms, show
from asn_desktop.db.models import SYNCED_MODELS
from asn_desktop.db.sync_models import DELETE, DUPLICATE, LWW, MOVED
from asn_desktop.sync import references
from asn_desktop.sync.container import reject
from asn_desktop.sync.payload import (
    ACTOR,
    BHLC,
    BNODE,
    HLC,
    NODE,
    SHLC,
    SNODE,
    Change,
    Group,
    Resolution,
)
from asn_desktop.sync.payload import F as FLD
from asn_desktop.sync.payload import V as VAL
from asn_desktop.sync.schema import (
    APPROVED,
    DELETED_FIELD,
    DOC_TABLE,
    OWNER_LINK,
    PART_OF,
    STATUS_FIELD,
    TABLES,
)
from asn_desktop.sync.scope import chunks, docs_of_rhk, marks, owner_pegawai, owners


def _unique_live_columns() -> dict[str, tuple[str, ...]]:
    """Single columns a unique index covers among live rows (``WHERE deleted = 0``)."""
    out: dict[str, tuple[str, ...]] = {}
    for model in SYNCED_MODELS:
        table: Any = getattr(model, "__table__")  # noqa: B009 (mapped classes carry it)
        for ix in table.indexes:
            if ix.unique and len(ix.columns) == 1:
                out[table.name] = (*out.get(table.name, ()), next(iter(ix.columns)).name)
    return out


UNIQUE_LIVE = _unique_live_columns()
PLACEHOLDER = "~"  # prefix of a unique value parked while a package is applied (never kept)

BATCH_ROWS = 2000
BATCH_CHANGES = 40_000
# Value bytes per batch: a small compressed package can carry hundreds of MB of text, so a
# batch is also cut by the size of its values, which bounds the merge's memory.
BATCH_BYTES = 32 * 1024 * 1024

Version = tuple[int, str, int | None, str | None, Any]  # hlc, node, base_hlc, base_node, value


@dataclass
class MergeStats:
    groups: int = 0
    changes: int = 0
    applied: int = 0
    duplicates: int = 0
    rows_new: int = 0
    rows_updated: int = 0
    conflicts: int = 0
    held: int = 0
    max_hlc: int = 0


@dataclass(frozen=True)
class MergeContext:
    local_node: str
    sender_node: str
    package_id: str
    kind: str  # delta / full / setup
    now: str
    sender_scope: frozenset[str] | None = None  # a unit sender: the units it may write for
    local_scope: frozenset[str] | None = None  # None: every row is this installation's concern
    max_hlc: int | None = None  # greatest clock accepted (the wall clock plus the window)
    now_ms: int = 0
    # After this installation was restored: its own changes from between the backup and the
    # restore (hlc in (lo, hi]) that a peer gives back.
    own_window: tuple[int, int] | None = None


@dataclass
class _Row:
    rid: str
    changes: list[Change]
    exists: bool = False
    link: Any = None  # link value in the table before this package (or of the held row)
    new: list[Change] = field(default_factory=list)
    final_link: Any = None
    in_auth: bool = True
    held_grp: str | None = None  # a new row held earlier under an approved document


class Merger:
    def __init__(self, db: sqlite3.Connection, ctx: MergeContext) -> None:
        self.db = db
        self.ctx = ctx
        self.stats = MergeStats()
        self._tbl: str | None = None
        self._rows: dict[str, list[Change]] = {}
        self._nchanges = 0
        self._nbytes = 0
        self._held_links: dict[tuple[str, str], Any] = {}
        # (table, row, column) -> [final value, value before the package, winning change]
        self._parked: dict[tuple[str, str, str], list[Any]] = {}
        self._has_conflicts = (
            db.execute("SELECT 1 FROM sync_conflict LIMIT 1").fetchone() is not None)
        # How far the sender had received this installation's changes (set from the package's
        # head): a local change after it is one the sender had not seen.
        self.peer_ack = 0
        # rows whose references this package wrote (checked on the merged state at the end)
        self._touched: dict[str, set[str]] = {}
        # new rows held under a parent deleted here: (table, id) -> their group
        self._delete_groups: dict[tuple[str, Any], str] = {}

    # ------------------------------------------------------------------------------- input

    def add(self, g: Group) -> None:
        if (g.tbl != self._tbl or len(self._rows) >= BATCH_ROWS
                or self._nchanges >= BATCH_CHANGES or self._nbytes >= BATCH_BYTES):
            self.flush()
            self._tbl = g.tbl
        self._nbytes += sum(_size(c[VAL]) for c in g.changes)
        self.stats.groups += 1
        self.stats.changes += len(g.changes)
        hi = max(c[HLC] for c in g.changes)
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
        return self.stats

    # ---------------------------------------------------------------------------- helpers

    def _held_link(self, tbl: str, rid: str) -> Any:
        key = (tbl, rid)
        if key in self._held_links:
            return self._held_links[key]
        link = OWNER_LINK.get(tbl)
        if link is None or not self._has_conflicts:
            return None
        row = self.db.execute(
            "SELECT incoming_value FROM sync_conflict WHERE kind IN ('locked', 'hapus', 'mutasi') "
            "AND status = 'open' "
            "AND tbl = ? AND row_id = ? AND field = ? AND grp IS NOT NULL "
            "ORDER BY incoming_hlc DESC LIMIT 1", (tbl, rid, link[0])).fetchone()
        return row[0] if row else None

    def _parent_units(self, parent: str, ids: Iterable[Any]) -> dict[str, str | None]:
        """Owning unit of each parent row, including rows held (not yet applied) here."""
        want = [i for i in dict.fromkeys(ids) if isinstance(i, str)]
        found = owners(self.db, parent, want)
        for pid in want:
            if pid in found:
                continue
            hl = self._held_link(parent, pid)
            if hl is not None and parent in OWNER_LINK:
                gp = OWNER_LINK[parent][1]
                found[pid] = self._parent_units(gp, [hl]).get(hl)
        return found

    def _status_graphs(self, doc_tbl: str, ids: Iterable[str],
                       batch: dict[str, list[Change]]) -> dict[str, _StatusGraph]:
        """Every status version of each document: those here before this package, and those
        it brings (already logged by an earlier batch, or in this one)."""
        pkg = self.ctx.package_id
        strict = self.ctx.sender_scope is not None
        graphs: dict[str, _StatusGraph] = {}
        uniq = list(dict.fromkeys(ids))
        for part in chunks(uniq):
            for rid, h, n, bh, bn, value, source in self.db.execute(
                    "SELECT row_id, hlc, node, base_hlc, base_node, value, source FROM change_log "
                    f"WHERE tbl = ? AND field = ? AND row_id IN ({marks(len(part))})",
                    (doc_tbl, STATUS_FIELD, *part)):
                graphs.setdefault(rid, _StatusGraph(strict)).add(h, n, bh, bn, value,
                                                                 source == pkg)
        for rid, changes in batch.items():
            for c in changes:
                graphs.setdefault(rid, _StatusGraph(strict)).add(
                    c[HLC], c[NODE], c[BHLC], c[BNODE], c[VAL], True)
        if self._has_conflicts:
            # An approval overwritten by a writer who had not seen it (an open status conflict)
            # stays protected until a person settles that conflict, whichever package brought
            # the overwrite.
            for part in chunks([i for i in uniq if i in graphs]):
                for rid, winner, lv, lh, ln, iv, ih, inode in self.db.execute(
                        "SELECT row_id, winner, local_value, local_hlc, local_node, "
                        "incoming_value, incoming_hlc, incoming_node FROM sync_conflict "
                        "WHERE kind = 'lww' AND status = 'open' AND tbl = ? AND field = ? "
                        f"AND row_id IN ({marks(len(part))})", (doc_tbl, STATUS_FIELD, *part)):
                    value, h, n = (lv, lh, ln) if winner == "incoming" else (iv, ih, inode)
                    if value == APPROVED and h is not None and n is not None:
                        graphs[rid].contested.add((h, n))
        return graphs

    # ---------------------------------------------------------------------------- a batch

    def _process(self, tbl: str, batch: dict[str, list[Change]]) -> None:
        db, ctx = self.db, self.ctx
        spec = TABLES[tbl]
        link = OWNER_LINK.get(tbl)
        link_field = link[0] if link else None
        rows = {rid: _Row(rid, chs) for rid, chs in batch.items()}
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
        versions: dict[tuple[str, str], list[Version]] = {}
        known: set[tuple[str, str, int, str]] = set()
        old = [r.rid for r in rows.values() if r.exists]
        for part in chunks(old):
            for rid, f, h, n, bh, bn, v in db.execute(
                    "SELECT row_id, field, hlc, node, base_hlc, base_node, value FROM change_log "
                    f"WHERE tbl = ? AND row_id IN ({marks(len(part))})", (tbl, *part)):
                versions.setdefault((rid, f), []).append((h, n, bh, bn, v))
                known.add((rid, f, h, n))
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
                cur = _current(versions.get((r.rid, link_field))) if r.exists else None
                for c in r.new:
                    if c[FLD] == link_field and (best is None or (c[HLC], c[NODE]) > best):
                        best = (c[HLC], c[NODE])
                        if cur is None or best > (cur[0], cur[1]):
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
        log_rows: list[tuple[Any, ...]] = []
        conflicts: list[tuple[Any, ...]] = []
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
                log_rows.append((tbl, rid, c[FLD], c[VAL], c[HLC], c[NODE], c[BHLC], c[BNODE],
                                 c[ACTOR], pkg))
                lst = by_field.get(c[FLD])
                if lst is None:
                    by_field[c[FLD]] = [c]
                else:
                    lst.append(c)
            values: dict[str, Any] = {}
            for f, lst in by_field.items():
                win = lst[0] if len(lst) == 1 else max(lst, key=_order)
                if not r.exists:
                    values[f] = win[VAL]
                    winners[(rid, f)] = win
                    continue
                vers = versions.get((rid, f))
                cur = _current(vers)
                if cur is None or (win[HLC], win[NODE]) > (cur[0], cur[1]):
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
        if tbl in UNIQUE_LIVE and (updates or inserts):
            self._park(tbl, updates, inserts, winners)
        for names, params in updates.items():
            sets = ", ".join(f'"{n}" = ?' for n in names)
            db.executemany(f'UPDATE "{tbl}" SET {sets} WHERE id = ?', params)
            self.stats.rows_updated += len(params)
        for names, params in inserts.items():
            cols = ", ".join(f'"{n}"' for n in names)
            db.executemany(f'INSERT INTO "{tbl}" (id, {cols}) VALUES ({marks(len(names) + 1)})',
                           params)
            self.stats.rows_new += len(params)
        if log_rows:
            log_rows.sort(key=lambda x: (x[1], x[2], x[4], x[5]))
            db.executemany(
                "INSERT INTO change_log (tbl, row_id, field, value, hlc, node, base_hlc, "
                "base_node, actor, source) VALUES (?,?,?,?,?,?,?,?,?,?)", log_rows)
            self.stats.applied += len(log_rows)
        if conflicts:
            self._insert_conflicts(conflicts)
            self.stats.conflicts += len(conflicts)

    # ------------------------------------------------------------------------ unique values

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
                    params[k] = (*p[:i], PLACEHOLDER + rid, *p[i + 1:])
            for names, params in inserts.items():
                if col not in names:
                    continue
                i = names.index(col) + 1
                for k, p in enumerate(params):
                    rid = p[0]
                    self._note_parked(tbl, rid, col, p[i], None, winners[(rid, col)])
                    params[k] = (*p[:i], PLACEHOLDER + rid, *p[i + 1:])

    def _note_parked(self, tbl: str, rid: str, col: str, final: Any, before: Any,
                     win: Change) -> None:
        key = (tbl, rid, col)
        prev = self._parked.get(key)
        if prev is None:
            self._parked[key] = [final, before, win]
        else:  # a later batch of the same package wrote the row again
            prev[0], prev[2] = final, win

    def _settle_unique(self) -> None:
        """Set each parked unique value. A value a live row outside the package holds, or that
        two rows of the package would both take, is a real duplicate: the row keeps the value
        it had (and whoever then collides with that keeps theirs), and the incoming value is
        recorded as a conflict to review. The rest of the package applies."""
        by_col: dict[tuple[str, str], dict[str, list[Any]]] = {}
        for (tbl, rid, col), entry in self._parked.items():
            by_col.setdefault((tbl, col), {})[rid] = entry
        conflicts: list[tuple[Any, ...]] = []
        for (tbl, col), rows in by_col.items():
            ids = list(rows)
            live: set[str] = set()
            for part in chunks(ids):
                live.update(r[0] for r in self.db.execute(
                    f'SELECT id FROM "{tbl}" WHERE deleted = 0 AND id IN ({marks(len(part))})',
                    part))
            wanted = {rows[r][0] for r in live} | {rows[r][1] for r in live}
            fixed: set[Any] = set()
            for part in chunks([v for v in wanted if v is not None]):
                fixed.update(r[0] for r in self.db.execute(
                    f'SELECT "{col}" FROM "{tbl}" WHERE deleted = 0 AND "{col}" IN '
                    f'({marks(len(part))}) AND substr("{col}", 1, 1) != ?',
                    (*part, PLACEHOLDER)))
            kept: set[str] = set()  # rows keeping their value from before the package
            while True:
                choice = {r: rows[r][1] if r in kept else rows[r][0] for r in live}
                count: dict[Any, int] = {}
                for v in choice.values():
                    count[v] = count.get(v, 0) + 1
                clash = {r for r, v in choice.items()
                         if r not in kept and (v in fixed or count[v] > 1)}
                if not clash:
                    break
                kept |= clash
            for rid in ids:
                final, before, win = rows[rid]
                if rid not in live:
                    value = final  # a deleted row holds no unique value
                elif rid in kept:
                    value = before if before is not None else ""
                    if count.get(value, 0) > 1 or value in fixed:
                        reject("integrity", f"Nilai {tbl}.{col} di dalam paket bertabrakan dan "
                                            "tidak dapat dipulihkan; paket ditolak.")
                    row = list(self._conflict_row(DUPLICATE, tbl, rid, col, None, "local",
                                                  None, win))
                    row[6] = value  # the value kept (it has no version of its own)
                    conflicts.append(tuple(row))
                else:
                    value = final
                self.db.execute(f'UPDATE "{tbl}" SET "{col}" = ? WHERE id = ?', (value, rid))
        self._parked = {}
        if conflicts:
            self._insert_conflicts(conflicts)
            self.stats.conflicts += len(conflicts)

    # ---------------------------------------------------------------------------- authority

    def _given_back(self, c: Change) -> bool:
        """One of this installation's own changes, lost with a restore, coming back."""
        w = self.ctx.own_window
        return c[NODE] == self.ctx.local_node and w is not None and w[0] < c[HLC] <= w[1]

    def _check_authority(self, tbl: str, central: bool, link: tuple[str, str] | None,
                         live: list[_Row]) -> dict[str, set[int]]:
        ctx = self.ctx
        assert ctx.sender_scope is not None
        if self.ctx.own_window is not None:
            # our own changes given back need no authority from the sender, only that the
            # sender received them: master data, or rows of its own branch
            back = [r for r in live if all(self._given_back(c) for c in r.new)]
            if back:
                self._keep_branch_give_back(tbl, link, back)
                live = [r for r in live if not any(r is b for b in back)]
            if not live:
                return {}
        if central or link is None:
            reject("outside_authority", f"Paket dari unit mengubah data induk ({tbl}) yang hanya "
                                        "boleh diubah oleh pusat; paket ditolak.")
        # Full packages too: the versions of others they carry that are held here were
        # dropped as repeats above; any left were never written where the sender says.
        for r in live:
            for c in r.new:
                if c[NODE] != ctx.sender_node and not self._given_back(c):
                    reject("foreign_node", "Paket dari unit memuat perubahan atas nama "
                                           "instalasi lain; paket ditolak.")
        link_field, parent = link
        refs: list[Any] = []
        for r in live:
            if r.exists or r.held_grp:
                refs.append(r.link)
            for c in r.new:
                if c[FLD] == link_field:
                    refs.append(c[VAL])
            if not (r.exists or r.held_grp) and not any(c[FLD] == link_field for c in r.new):
                reject("outside_authority", f"Pemilik baris {tbl} di dalam paket tidak dapat "
                                            "ditentukan; paket ditolak.")
        units = self._parent_units(parent, refs)
        outside = {ref for ref in refs if units.get(ref) not in ctx.sender_scope}
        if not outside:
            return {}
        return self._placed_when_written(tbl, link, live, outside)

    def _keep_branch_give_back(self, tbl: str, link: tuple[str, str] | None,
                               rows: list[_Row]) -> None:
        """Drop given-back changes to rows outside the sender's branch (another unit's
        employees): the sender never received those, so it cannot be giving them back; the
        unit that owns them gives them back instead."""
        scope = self.ctx.sender_scope
        assert scope is not None
        if tbl == "pegawai":
            units = owners(self.db, "pegawai", [r.rid for r in rows])
            for r in rows:
                placed = {units.get(r.rid), *(c[VAL] for c in r.new if c[FLD] == "unit_id")}
                if not placed & scope:
                    r.new = []
            return
        if link is None:
            return  # master data: every unit received it
        units = self._parent_units(link[1], [r.final_link for r in rows])
        for r in rows:
            if units.get(r.final_link) not in scope:
                r.new = []

    def _placed_when_written(self, tbl: str, link: tuple[str, str], live: list[_Row],
                             outside: set[Any]) -> dict[str, set[int]]:
        """Changes to employees no longer placed in the sender's branch (a mutasi the sender
        had not yet learned of) are judged against the placement at each change's clock:
        written while the employee was the sender's, they apply; written after the move,
        they are set aside for review (returned). An employee who was never the sender's
        rejects the whole package."""
        ctx = self.ctx
        assert ctx.sender_scope is not None
        link_field, parent = link
        owner = owner_pegawai(self.db, parent, [x for x in outside if isinstance(x, str)])
        history: dict[str, list[tuple[int, str, Any]]] = {}
        for pid in set(owner.values()):
            if pid is not None:
                history[pid] = [(h, n, v) for h, n, v in self.db.execute(
                    "SELECT hlc, node, value FROM change_log WHERE tbl = 'pegawai' AND "
                    "row_id = ? AND field = 'unit_id' ORDER BY hlc, node", (pid,))]
        aside: dict[str, set[int]] = {}
        for r in live:
            ref = r.final_link if not (r.exists or r.held_grp) else r.link
            refs = {ref, *(c[VAL] for c in r.new if c[FLD] == link_field)}
            hit = [x for x in refs if x in outside]
            if not hit:
                continue
            pid = owner.get(hit[0])
            places = history.get(pid) if pid is not None else None
            if not places or not any(v in ctx.sender_scope for _h, _n, v in places):
                reject("outside_authority", f"Paket menulis data {tbl} di luar wewenang unit "
                                            "pengirim; paket ditolak.")
            for c in r.new:
                if _placed_at(places, c[HLC]) not in ctx.sender_scope:
                    aside.setdefault(r.rid, set()).add(id(c))
        return aside

    def _set_aside(self, tbl: str, live: list[_Row], aside: dict[str, set[int]]) -> None:
        """Hold the changes a unit wrote after its employee moved away, for review here."""
        conflicts: list[tuple[Any, ...]] = []
        for r in live:
            ids = aside.get(r.rid)
            if not ids:
                continue
            held = [c for c in r.new if id(c) in ids]
            grp = None if r.exists else f"{tbl}:{r.rid}:{self.ctx.package_id}"
            if grp is not None:
                held = list(r.new)  # a new row: set aside whole
            for c in held:
                conflicts.append(self._conflict_row(MOVED, tbl, r.rid, c[FLD], grp, "held",
                                                    None, c))
            r.new = [c for c in r.new if c not in held]
        if conflicts:
            self._insert_conflicts(conflicts)
            self._has_conflicts = True
            self.stats.held += len(conflicts)

    # -------------------------------------------------------------------------------- locks

    def _holds(self, tbl: str, link_field: str | None, live: list[_Row],
               versions: dict[tuple[str, str], list[Version]]) -> dict[str, set[int]]:
        """Changes to approved documents to hold: row id -> ids of the held change tuples."""
        doc_tbl = DOC_TABLE.get(tbl)
        if doc_tbl is None:
            return {}
        rows = [r for r in live if r.in_auth]
        if not rows and not any(r.held_grp for r in live):
            return {}
        is_doc = doc_tbl == tbl
        if is_doc:
            doc_of = {r.rid: r.rid for r in rows}
        elif tbl == "indikator":
            links = [r.final_link for r in rows if isinstance(r.final_link, str)]
            skp_of = docs_of_rhk(self.db, links)
            for lk in links:
                if lk not in skp_of:
                    held = self._held_link("rhk", lk)
                    if held is not None:
                        skp_of[lk] = held
            doc_of = {r.rid: skp_of.get(r.final_link) for r in rows}  # type: ignore[misc]
        else:
            doc_of = {r.rid: r.final_link for r in rows}
        batch_status = {r.rid: [c for c in r.new if c[FLD] == STATUS_FIELD]
                        for r in rows} if is_doc else {}
        graphs = self._status_graphs(
            doc_tbl, [d for d in doc_of.values() if isinstance(d, str)], batch_status)
        protected = {doc: g.protected() for doc, g in graphs.items()}
        out: dict[str, set[int]] = {}
        conflicts: list[tuple[Any, ...]] = []
        for r in live:
            if r.held_grp is None:
                continue
            # more changes to a row still held: they wait with it
            out[r.rid] = {id(c) for c in r.new}
            conflicts.extend(self._conflict_row("locked", tbl, r.rid, c[FLD], r.held_grp, "held",
                                                None, c) for c in r.new)
        for r in rows:
            if r.held_grp is not None:
                continue
            doc = doc_of.get(r.rid)
            graph = graphs.get(doc) if isinstance(doc, str) else None
            protect = protected.get(doc) if isinstance(doc, str) else None
            if graph is None or not protect or (graph.local is None and not graph.contested):
                # a document new here (a mutasi brings the employee's approved SKP to the new
                # unit): no approval of ours to protect; the sender judged its own history
                continue
            held = [c for c in r.new
                    if not (is_doc and c[FLD] == STATUS_FIELD)
                    and not (r.exists and _same_value(versions.get((r.rid, c[FLD])), c))
                    and any(c[NODE] != a[1] and not graph.covers(_seen(c), a) for a in protect)]
            if not held:
                continue
            grp = None
            if not r.exists and link_field is not None and any(c[FLD] == link_field
                                                                for c in held):
                held = list(r.new)  # a new row under an approved document: hold it whole
                grp = f"{tbl}:{r.rid}:{self.ctx.package_id}"
                self._held_links[(tbl, r.rid)] = r.final_link
            out[r.rid] = {id(c) for c in held}
            for c in held:
                cur = _current(versions.get((r.rid, c[FLD])))
                conflicts.append(self._conflict_row(
                    "locked", tbl, r.rid, c[FLD], grp, "held", cur, c))
        if conflicts:
            self._insert_conflicts(conflicts)
            self._has_conflicts = True
            self.stats.held += len(conflicts)
        return out

    # ------------------------------------------------------------------------------ deletes

    def _deletes(self, tbl: str, live: list[_Row], versions: dict[tuple[str, str], list[Version]],
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
        conflicts: list[tuple[Any, ...]] = []
        rows = [r for r in live if r.in_auth and r.held_grp is None]
        if not rows:
            return out
        part = PART_OF.get(tbl)
        if part is not None:
            fresh = {r.rid: _latest(r.new, part[0]) for r in rows if not r.exists}
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
            cur_del = _current(versions.get((r.rid, DELETED_FIELD)))
            d = _latest(r.new, DELETED_FIELD)
            if d is not None and d[VAL] and (cur_del is None or _order(d) > cur_del[:2]) and not (
                    cur_del is not None and cur_del[4]):
                # a delete arriving
                if children and self._unseen_parts(children, r.rid, d[HLC]):
                    if r.rid not in held or id(d) not in held[r.rid]:
                        out[r.rid] = {id(d)}
                        conflicts.append(self._conflict_row(DELETE, tbl, r.rid, DELETED_FIELD,
                                                            None, "held", cur_del, d))
                elif self._unseen_edits(tbl, r.rid, d[HLC]):
                    conflicts.append(self._conflict_row(DELETE, tbl, r.rid, DELETED_FIELD,
                                                        None, "incoming", cur_del, d))
            elif cur_del is not None and cur_del[4] and cur_del[1] == local and d is None:
                # edits arriving at a row deleted here (this installation had not seen them)
                edits = [c for c in r.new if c[FLD] != DELETED_FIELD
                         and not _same_value(versions.get((r.rid, c[FLD])), c)]
                if edits:
                    e = max(edits, key=_order)
                    alive: Change = (DELETED_FIELD, 0, e[HLC], e[NODE], cur_del[0], cur_del[1],
                                     e[ACTOR], None, None)
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

    # ---------------------------------------------------------------------------- conflicts

    def _lww(self, tbl: str, rid: str, f: str, cur: Version, win: Change, lst: list[Change],
             vers: list[Version]) -> list[tuple[Any, ...]]:
        out: list[tuple[Any, ...]] = []
        approval = f == STATUS_FIELD and DOC_TABLE.get(tbl) == tbl

        roots: tuple[dict[tuple[int, str], tuple[int, str] | None],
                     dict[tuple[int, str], Any]] | None = None

        def root(h: int, n: str) -> tuple[int, str]:
            nonlocal roots
            if roots is None:
                base: dict[tuple[int, str], tuple[int, str] | None] = {}
                value: dict[tuple[int, str], Any] = {}
                for vh, vn, bh, bn, vv in vers:
                    base[(vh, vn)] = (bh, bn) if bh is not None and bn is not None else None
                    value[(vh, vn)] = vv
                for o in lst:
                    base[(o[HLC], o[NODE])] = ((o[BHLC], o[BNODE]) if o[BHLC] is not None
                                               and o[BNODE] is not None else None)
                    value[(o[HLC], o[NODE])] = o[VAL]
                roots = (base, value)
            return _approval_root((h, n), *roots)

        def worth_review(c: Change) -> bool:
            # The same value written on both sides loses nothing; two approvals still
            # conflict, each approved what its writer saw, unless both re-affirm one approval.
            if not _equal(cur[4], c[VAL]):
                return True
            return approval and c[VAL] == APPROVED and root(cur[0], cur[1]) != root(
                c[HLC], c[NODE])

        if (win[HLC], win[NODE]) > (cur[0], cur[1]):
            # The incoming winner overwrites the local version: had its writer seen it?
            if cur[1] != win[NODE] and worth_review(win) and not any(
                    c[BHLC] == cur[0] and c[BNODE] == cur[1] for c in lst):
                out.append(self._conflict_row("lww", tbl, rid, f, None, "incoming", cur, win))
            return out
        for c in lst:
            if c[NODE] == cur[1]:
                continue
            h, n = c[HLC], c[NODE]
            superseded = any((b_h == h and b_n == n) or (vn == n and vh > h)
                             for vh, vn, b_h, b_n, _v in vers) or any(
                (o[BHLC] == h and o[BNODE] == n) or (o[NODE] == n and o[HLC] > h) for o in lst)
            if not superseded and worth_review(c):
                out.append(self._conflict_row("lww", tbl, rid, f, None, "local", cur, c))
        return out

    def _conflict_row(self, kind: str, tbl: str, rid: str, f: str, grp: str | None, winner: str,
                      cur: Version | None, c: Change) -> tuple[Any, ...]:
        return (kind, tbl, rid, f, grp, winner,
                cur[4] if cur else None, cur[0] if cur else None, cur[1] if cur else None,
                c[VAL], c[HLC], c[NODE], c[BHLC], c[BNODE], c[ACTOR], self.ctx.package_id,
                self.ctx.now)

    def _insert_conflicts(self, rows: list[tuple[Any, ...]]) -> None:
        self.db.executemany(
            "INSERT INTO sync_conflict (kind, tbl, row_id, field, grp, winner, local_value, "
            "local_hlc, local_node, incoming_value, incoming_hlc, incoming_node, "
            "incoming_base_hlc, incoming_base_node, incoming_actor, package_id, dibuat, status) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'open')", rows)

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
            for cid, kind, winner, lh, ln, ih, inode in self.db.execute(
                    "SELECT id, kind, winner, local_hlc, local_node, incoming_hlc, incoming_node "
                    "FROM sync_conflict WHERE status = 'open' AND tbl = ? "
                    "AND row_id = ? AND field = ?", (r.tbl, r.row_id, r.field)).fetchall():
                mine = sorted([(lh, ln), (ih, inode)])
                # The same race met here as a delete conflict is recorded with this side's
                # versions (they share one with the central's): the central's decision, which
                # arrives with this note, settles it too. Held changes wait for their own.
                same_race = (scope is None and kind == DELETE and winner != "held"
                             and bool(set(mine) & set(pair)))
                if (kind == LWW and mine == pair) or same_race:
                    self.db.execute(
                        "UPDATE sync_conflict SET status = 'resolved', resolved_keep = 'remote', "
                        "resolved_at = ? WHERE id = ?", (self.ctx.now, cid))
                    n += 1
        return n


class _StatusGraph:
    """The status versions of one document known here, linked by their base versions, so
    "had this writer seen that approval" is decided by ancestry rather than by clock order."""

    __slots__ = ("base", "contested", "incoming", "local", "strict", "value")

    def __init__(self, strict: bool = False) -> None:
        # strict (the central judging a unit): a writer claiming to have seen a version not
        # held here is believed to have seen nothing
        self.strict = strict
        self.base: dict[tuple[int, str], tuple[int, str] | None] = {}
        self.value: dict[tuple[int, str], Any] = {}
        self.local: tuple[int, str] | None = None
        self.incoming: tuple[int, str] | None = None
        self.contested: set[tuple[int, str]] = set()  # approvals lost in an open conflict

    def add(self, h: int, n: str, bh: int | None, bn: str | None, value: Any,
            incoming: bool) -> None:
        v = (h, n)
        self.base[v] = (bh, bn) if bh is not None and bn is not None else None
        self.value[v] = value
        if incoming:
            if self.incoming is None or v > self.incoming:
                self.incoming = v
        elif self.local is None or v > self.local:
            self.local = v

    def protected(self) -> list[tuple[int, str]]:
        local, incoming = self.local, self.incoming
        out: list[tuple[int, str]] = []
        if incoming is not None and (local is None or incoming > local):
            if self.value[incoming] == APPROVED:
                out.append(incoming)
            if local is not None and self.value[local] == APPROVED and not self.covers(
                    incoming, local):
                out.append(local)  # replaced by a writer who had not seen it
        elif local is not None and self.value[local] == APPROVED:
            out.append(local)
        out += sorted(v for v in self.contested if v not in out)
        return out

    def covers(self, seen: tuple[int, str] | None, approval: tuple[int, str]) -> bool:
        """Had the writer who had ``seen`` in force seen ``approval``: is it, or the approval
        it re-affirms (see ``_approval_root``), ``seen`` or one of its ancestors?"""
        if self._covers(seen, approval):
            return True
        root = _approval_root(approval, self.base, self.value)
        return root != approval and self._covers(seen, root)

    def _covers(self, seen: tuple[int, str] | None, approval: tuple[int, str]) -> bool:
        cur = seen
        while cur is not None:
            if cur == approval:
                return True
            if cur < approval:
                return False  # ancestors are older still
            if cur not in self.base:
                # history not held here: a unit enrolled from a snapshot lets the clock
                # decide; the central holds every version, so an unknown one is a false claim
                return not self.strict
            nxt = self.base[cur]
            if nxt is not None and nxt >= cur:
                return False  # a base is always older: a damaged history proves nothing
            cur = nxt
        return False


def _approval_root(v: tuple[int, str], base: dict[tuple[int, str], tuple[int, str] | None],
                   value: dict[tuple[int, str], Any]) -> tuple[int, str]:
    """The approval a status version re-affirms: an approval written over an approval (a
    decision on a conflict between two approvals) approves nothing new, so it stands for the
    first approval of its unbroken line. Two such decisions taken at once on two
    installations re-affirm the same approval: they neither conflict with each other nor make
    content held again, which would otherwise return the settled conflict on every round."""
    cur = v
    while True:
        nxt = base.get(cur)
        if nxt is None or nxt >= cur or value.get(nxt) != APPROVED:
            return cur
        cur = nxt


def _size(v: Any) -> int:
    """Bytes a value takes in memory, roughly: non-ASCII text at up to 4 bytes a character,
    plus the UTF-8 copy (up to 4 more) that sqlite3 keeps inside each string it binds."""
    if isinstance(v, str):
        return 64 + len(v) * (1 if v.isascii() else 8)
    if isinstance(v, bytes):
        return 48 + len(v)
    return 32


def _same_value(vers: list[Version] | None, c: Change) -> bool:
    """The change writes the value the field already has: applying it changes nothing a
    person could review (a decision taken the same way on both sides, for one)."""
    cur = _current(vers)
    return cur is not None and _equal(cur[4], c[VAL])


def _equal(a: Any, b: Any) -> bool:
    return type(a) is type(b) and a == b


def _seen(c: Change) -> tuple[int, str] | None:
    """The approval its writer had in force when writing the change, if any."""
    return (c[SHLC], c[SNODE]) if c[SHLC] is not None and c[SNODE] is not None else None


def _placed_at(places: list[tuple[int, str, Any]] | None, hlc: int) -> Any:
    """The unit an employee was placed in at clock ``hlc`` (its first placement before any)."""
    if not places:
        return None
    unit = places[0][2]
    for h, _n, v in places:
        if h > hlc:
            break
        unit = v
    return unit


def _latest(changes: list[Change], f: str) -> Change | None:
    best: Change | None = None
    for c in changes:
        if c[FLD] == f and (best is None or _order(c) > _order(best)):
            best = c
    return best


def _order(c: Change) -> tuple[int, str]:
    return c[HLC], c[NODE]


def _current(vers: list[Version] | None) -> Version | None:
    if not vers:
        return None
    best = vers[0]
    for v in vers:
        if (v[0], v[1]) > (best[0], best[1]):
            best = v
    return best
