"""One hash of the synced content (whole, or one unit's scope), from the table contents in a
canonical order: two installations get the same hash exactly when they hold the same rows with the
same values (tombstones included, since a delete is content too)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection

from asn_desktop.sync.schema import TABLE_ORDER, TABLES
from asn_desktop.sync.scope import ScopeSpec, build_scope, drop_scope, subtree


def _canon(v: Any) -> Any:
    if isinstance(v, bytes | bytearray | memoryview):
        return {"b": bytes(v).hex()}
    if isinstance(v, float):
        return {"f": v.hex()}
    return v


def _digest(rows_of: Callable[[str, str], Iterator[Sequence[Any]]]) -> str:
    """The hash over every synced table, in canonical order; ``rows_of(table, select_list)``
    gives the table's rows ordered by id, values as SQLite stores them."""
    h = hashlib.sha256(b"asn-desktop/sidik/v1\n")
    for t in TABLE_ORDER:
        cols = sorted(TABLES[t].fields)
        h.update(json.dumps([t, cols]).encode() + b"\n")
        for rows in rows_of(t, ", ".join(f'x."{c}"' for c in cols)):
            h.update("".join(
                json.dumps([_canon(v) for v in r], ensure_ascii=False,
                           separators=(",", ":")) + "\n" for r in rows).encode("utf-8"))
    return h.hexdigest()


def _batches(cur: Any) -> Iterator[Sequence[Any]]:
    while rows := cur.fetchmany(5000):
        yield rows


def fingerprint(db: sqlite3.Connection, unit_id: str | None = None) -> str:
    if unit_id is not None:
        build_scope(db, ScopeSpec(frozenset(subtree(db, unit_id)), units_only=True))

    def rows_of(t: str, sel: str) -> Iterator[Sequence[Any]]:
        if unit_id is None:
            sql = f'SELECT x.id, {sel} FROM "{t}" x ORDER BY x.id'
        else:
            sql = (f'SELECT x.id, {sel} FROM "{t}" x JOIN temp.sc_rows s ON s.tbl = \'{t}\' '
                   "AND s.row_id = x.id ORDER BY x.id")
        return _batches(db.execute(sql))

    try:
        return _digest(rows_of)
    finally:
        if unit_id is not None:
            drop_scope(db)


def _stored(kind: str, v: Any) -> Any:
    """A PostgreSQL value in the form SQLite stores it (booleans 0/1, dates ISO text)."""
    if v is None:
        return None
    if kind == "bool":
        return int(v)
    if kind == "date":
        return v.isoformat()
    return v


def fingerprint_pg(conn: Connection) -> str:
    """``fingerprint`` of a whole central on PostgreSQL: the same hash as SQLite's for the same
    content (ids ordered bytewise, as SQLite's BINARY collation does)."""

    def rows_of(t: str, sel: str) -> Iterator[Sequence[Any]]:
        kinds = ["str"] + [TABLES[t].fields[c].kind for c in sorted(TABLES[t].fields)]
        result = conn.exec_driver_sql(f'SELECT x.id, {sel} FROM "{t}" x ORDER BY x.id COLLATE "C"')
        for rows in _batches(result):
            yield [[_stored(k, v) for k, v in zip(kinds, r, strict=True)] for r in rows]

    return _digest(rows_of)
