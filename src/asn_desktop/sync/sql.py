"""The sync engine's connection: its hand-written SQL on SQLite or on PostgreSQL.

The engine writes SQLite's SQL and runs it through ``sqlite3`` as it always has (batches through
``executemany``, temp tables for scopes). On a central kept on PostgreSQL the same statements
run through ``PgRaw``, which translates each statement text once (placeholders, ``INSERT OR
IGNORE``, ``IS``/``IS NOT`` between values, ``WITHOUT ROWID``, ``temp.``, ``CROSS JOIN … ON``,
which the engine writes only as SQLite's join-order hint) and reads values in
the form SQLite stores them (booleans 0/1, dates as ISO text), so what the engine compares and
hashes is the same on both. Values of ``AnyValue`` columns stay tagged bytes on PostgreSQL
(db/pg_value.py); ``stored_value`` gives SQL that turns a text into that form, for statements
that compare ``change_log.value`` with ids.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg

Raw = Any  # sqlite3.Connection or PgRaw: the same execute/executemany


def is_pg(db: Raw) -> bool:
    return isinstance(db, PgRaw)


def order_by_id(db: Raw, expr: str = "x.id") -> str:
    """``ORDER BY`` ids bytewise, as SQLite's BINARY collation orders them."""
    return f'ORDER BY {expr} COLLATE "C"' if is_pg(db) else f"ORDER BY {expr}"


def stored_value(db: Raw, text_expr: str) -> str:
    """SQL for a text as ``change_log.value`` holds it (on PostgreSQL, tagged bytes)."""
    return f"convert_to('t' || ({text_expr}), 'UTF8')" if is_pg(db) else text_expr


_WORDS = re.compile(r"'(?:[^']|'')*'|\?|%|\bINSERT OR IGNORE INTO\b|\bWITHOUT ROWID\b"
                    r"|\bCROSS JOIN\b|\btemp\.|\bIS NOT (?!NULL\b)"
                    r"|\bIS (?!NOT\b|NULL\b|TRUE\b|FALSE\b)")


@lru_cache(maxsize=512)
def translate(sql: str) -> str:
    """SQLite's statement as PostgreSQL reads it (string literals left alone)."""
    ignore = False

    def swap(m: re.Match[str]) -> str:
        nonlocal ignore
        word = m.group(0)
        if word.startswith("'"):
            return word.replace("%", "%%")
        if word == "?":
            return "%s"
        if word == "%":
            return "%%"
        if word.startswith("INSERT OR IGNORE"):
            ignore = True
            return "INSERT INTO"
        if word == "WITHOUT ROWID":
            return ""
        if word == "CROSS JOIN":  # always with ON here: SQLite's join-order hint
            return "JOIN"
        if word == "temp.":
            return "pg_temp."
        if word.startswith("IS NOT"):
            return "IS DISTINCT FROM "
        return "IS NOT DISTINCT FROM "

    out = _WORDS.sub(swap, sql)
    if ignore:
        out = out.rstrip().rstrip(";") + " ON CONFLICT DO NOTHING"
    return out


def _stored_form_loaders(cursor: Any) -> None:
    """Booleans as 0/1 and dates as ISO text, as SQLite gives them (text protocol)."""
    from psycopg.adapt import Loader

    class BoolAsInt(Loader):
        def load(self, data: Any) -> int:
            return 1 if bytes(data) == b"t" else 0

    class DateAsText(Loader):
        def load(self, data: Any) -> str:
            return bytes(data).decode()

    cursor.adapters.register_loader("bool", BoolAsInt)
    cursor.adapters.register_loader("date", DateAsText)


class PgRaw:
    """``execute``/``executemany`` of sqlite3 over the psycopg connection of the current
    transaction (the ORM's own: both see the same uncommitted rows)."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.conn = conn

    def cursor(self) -> Any:
        cur = self.conn.cursor()
        _stored_form_loaders(cur)
        return cur

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        cur = self.cursor()
        cur.execute(translate(sql), tuple(params) or None)
        return cur

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Any:
        cur = self.cursor()
        cur.executemany(translate(sql), [tuple(r) for r in rows])
        return cur


def wrap(conn: Any) -> Raw:
    """The engine's connection for a DB-API connection of either driver."""
    if isinstance(conn, sqlite3.Connection):
        return conn
    return PgRaw(conn)
