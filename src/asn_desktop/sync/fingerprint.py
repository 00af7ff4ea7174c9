"""One hash of the synced content (whole, or one unit's scope), from the table contents in a
canonical order: two installations get the same hash exactly when they hold the same rows with the
same values (tombstones included, since a delete is content too)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from asn_desktop.sync.schema import TABLE_ORDER, TABLES
from asn_desktop.sync.scope import ScopeSpec, build_scope, drop_scope, subtree
from asn_desktop.sync.sql import order_by_id


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
    """The hash of the whole content, or of one unit's (``unit_id``): the same on SQLite and
    on PostgreSQL for the same content (sync/sql.py reads values in SQLite's stored form)."""
    if unit_id is not None:
        build_scope(db, ScopeSpec(frozenset(subtree(db, unit_id)), units_only=True))

    def rows_of(t: str, sel: str) -> Iterator[Sequence[Any]]:
        if unit_id is None:
            sql = f'SELECT x.id, {sel} FROM "{t}" x {order_by_id(db)}'
        else:
            sql = (f'SELECT x.id, {sel} FROM "{t}" x JOIN temp.sc_rows s ON s.tbl = \'{t}\' '
                   f"AND s.row_id = x.id {order_by_id(db)}")
        return _batches(db.execute(sql))

    try:
        return _digest(rows_of)
    finally:
        if unit_id is not None:
            drop_scope(db)
