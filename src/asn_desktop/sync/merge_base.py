"""What every part of the merge shares: the context a package is merged in, the counters it
reports, the rows of the batch being applied, and the state a merge keeps across batches
(held links, parked unique values, rows to check at the end). ``MergeBase`` also holds the
look-ups several rules need (a row's owning unit, a document's status versions) and the
recording of conflicts, so each rule (authority, approval locks, deletes, unique values) can
live in its own module as a mixin over it; ``merge.Merger`` puts them together.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from asn_desktop.db.models import SYNCED_MODELS
from asn_desktop.sync.merge_versions import StatusGraph
from asn_desktop.sync.payload import ACTOR, BHLC, BNODE, HLC, NODE, Change
from asn_desktop.sync.payload import V as VAL
from asn_desktop.sync.rows import (
    ChangeRow,
    ConflictRow,
    SourcedChangeRow,
    StatusConflict,
    columns,
    scalar,
)
from asn_desktop.sync.schema import APPROVED, OWNER_LINK, STATUS_FIELD
from asn_desktop.sync.scope import chunks, marks, owners
from asn_desktop.sync.sql import with_any_values


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
_SOURCED_COLUMNS = columns(SourcedChangeRow._fields)
_STATUS_CONFLICT_COLUMNS = columns(StatusConflict._fields)
PLACEHOLDER = "~"  # prefix of a unique value parked while a package is applied (never kept)


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
    # This installation's clock, moved past a given stamp: for the central's own decisions
    # taken in a merge (a unique value kept against a package's duplicate).
    stamp_after: Callable[[int], int] | None = None
    # The highest of this installation's change numbers a unit sender had confirmed before
    # this package (0: none, or it began anew from a backup since). Its changes not already
    # known here were written after it had applied those: none can predate them.
    sender_confirmed: int = 0


@dataclass
class IncomingRow:
    """One row of the batch being applied: its incoming changes and what is known of it here."""

    rid: str
    changes: list[Change]
    exists: bool = False
    link: Any = None  # link value in the table before this package (or of the held row)
    new: list[Change] = field(default_factory=list)
    final_link: Any = None
    in_auth: bool = True
    held_grp: str | None = None  # a new row held earlier under an approved document


@dataclass
class ParkedValue:
    """A unique value written as a placeholder until the whole package is in."""

    final: Any  # the value the package gives the column
    before: Any  # the column's value before the package (None: a new row)
    win: Change  # the change that wrote ``final``


class MergeBase:
    """The state of one package's merge and the look-ups and conflict recording its rules
    share (see the module docstring)."""

    def __init__(self, db: sqlite3.Connection, ctx: MergeContext) -> None:
        self.db = db
        self.ctx = ctx
        self.stats = MergeStats()
        self._tbl: str | None = None
        self._rows: dict[str, list[Change]] = {}
        self._nchanges = 0
        self._nbytes = 0
        self._held_links: dict[tuple[str, str], Any] = {}
        # (table, row, column) -> the unique value parked until the package is in
        self._parked: dict[tuple[str, str, str], ParkedValue] = {}
        self._has_conflicts = (
            db.execute("SELECT 1 FROM sync_conflict LIMIT 1").fetchone() is not None)
        # How far the sender had received this installation's changes (set from the package's
        # head): a local change after it is one the sender had not seen.
        self.peer_ack = 0
        # rows whose references this package wrote (checked on the merged state at the end)
        self._touched: dict[str, set[str]] = {}
        self._keyed: dict[str, set[str]] = {}  # documents whose key this package wrote
        # new rows held under a parent deleted here: (table, id) -> their group
        self._delete_groups: dict[tuple[str, Any], str] = {}

    # ---------------------------------------------------------------------------- look-ups

    def _held_link(self, tbl: str, rid: str) -> Any:
        key = (tbl, rid)
        if key in self._held_links:
            return self._held_links[key]
        link = OWNER_LINK.get(tbl)
        if link is None or not self._has_conflicts:
            return None
        return scalar(self.db.execute(
            "SELECT incoming_value FROM sync_conflict WHERE kind IN ('locked', 'hapus', 'mutasi') "
            "AND status = 'open' "
            "AND tbl = ? AND row_id = ? AND field = ? AND grp IS NOT NULL "
            "ORDER BY incoming_hlc DESC LIMIT 1", (tbl, rid, link[0])))

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
                       batch: dict[str, list[Change]]) -> dict[str, StatusGraph]:
        """Every status version of each document: those here before this package, and those
        it brings (already logged by an earlier batch, or in this one)."""
        pkg = self.ctx.package_id
        strict = self.ctx.sender_scope is not None
        graphs: dict[str, StatusGraph] = {}
        uniq = list(dict.fromkeys(ids))
        for part in chunks(uniq):
            for v in map(SourcedChangeRow._make, self.db.execute(
                    f"SELECT {_SOURCED_COLUMNS} FROM change_log "
                    f"WHERE tbl = ? AND field = ? AND row_id IN ({marks(len(part))})",
                    (doc_tbl, STATUS_FIELD, *part))):
                graphs.setdefault(v.row_id, StatusGraph(strict)).add(
                    v.hlc, v.node, v.base_hlc, v.base_node, v.value, v.source == pkg)
        for rid, changes in batch.items():
            for c in changes:
                graphs.setdefault(rid, StatusGraph(strict)).add(
                    c[HLC], c[NODE], c[BHLC], c[BNODE], c[VAL], True)
        if self._has_conflicts:
            # An approval overwritten by a writer who had not seen it (an open status conflict)
            # stays protected until a person settles that conflict, whichever package brought
            # the overwrite.
            for part in chunks([i for i in uniq if i in graphs]):
                for k in map(StatusConflict._make, self.db.execute(
                        f"SELECT {_STATUS_CONFLICT_COLUMNS} FROM sync_conflict "
                        "WHERE kind = 'lww' AND status = 'open' AND tbl = ? AND field = ? "
                        f"AND row_id IN ({marks(len(part))})", (doc_tbl, STATUS_FIELD, *part))):
                    # the version that lost
                    value, h, n = ((k.local_value, k.local_hlc, k.local_node)
                                   if k.winner == "incoming"
                                   else (k.incoming_value, k.incoming_hlc, k.incoming_node))
                    if value == APPROVED and h is not None and n is not None:
                        graphs[k.row_id].contested.add((h, n))
        return graphs

    def _conflict_row(self, kind: str, tbl: str, rid: str, f: str, grp: str | None, winner: str,
                      cur: ChangeRow | None, c: Change) -> ConflictRow:
        return ConflictRow(
            kind, tbl, rid, f, grp, winner,
            cur.value if cur else None, cur.hlc if cur else None, cur.node if cur else None,
            c[VAL], c[HLC], c[NODE], c[BHLC], c[BNODE], c[ACTOR], self.ctx.package_id,
            self.ctx.now)

    def _insert_conflicts(self, rows: list[ConflictRow]) -> None:
        self.db.executemany(
            "INSERT INTO sync_conflict (kind, tbl, row_id, field, grp, winner, local_value, "
            "local_hlc, local_node, incoming_value, incoming_hlc, incoming_node, "
            "incoming_base_hlc, incoming_base_node, incoming_actor, package_id, dibuat, status) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'open')",
            with_any_values(self.db, with_any_values(self.db, rows, 6), 9))

