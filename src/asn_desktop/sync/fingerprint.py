"""One hash of the synced content (whole, or one unit's scope), from the table contents in a
canonical order: two installations get the same hash exactly when they hold the same rows with the
same values (tombstones included, since a delete is content too)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from typing import Any

from asn_desktop.sync.schema import TABLE_ORDER, TABLES
from asn_desktop.sync.scope import ScopeSpec, build_scope, drop_scope, subtree


def _canon(v: Any) -> Any:
    if isinstance(v, bytes | bytearray | memoryview):
        return {"b": bytes(v).hex()}
    if isinstance(v, float):
        return {"f": v.hex()}
    return v


def fingerprint(db: sqlite3.Connection, unit_id: str | None = None) -> str:
    h = hashlib.sha256(b"asn-desktop/sidik/v1\n")
    if unit_id is not None:
        build_scope(db, ScopeSpec(frozenset(subtree(db, unit_id)), units_only=True))
    try:
        for t in TABLE_ORDER:
            cols = sorted(TABLES[t].fields)
            sel = ", ".join(f'x."{c}"' for c in cols)
            if unit_id is None:
                sql = f'SELECT x.id, {sel} FROM "{t}" x ORDER BY x.id'
            else:
                sql = (f'SELECT x.id, {sel} FROM "{t}" x JOIN temp.sc_rows s ON s.tbl = \'{t}\' '
                       "AND s.row_id = x.id ORDER BY x.id")
            h.update(json.dumps([t, cols]).encode() + b"\n")
            cur = db.execute(sql)
            while True:
                rows = cur.fetchmany(5000)
                if not rows:
                    break
                h.update("".join(
                    json.dumps([_canon(v) for v in r], ensure_ascii=False,
                               separators=(",", ":")) + "\n" for r in rows).encode("utf-8"))
    finally:
        if unit_id is not None:
            drop_scope(db)
    return h.hexdigest()
