"""The sync engine's connection: its hand-written SQL on SQLite or on PostgreSQL.

The engine writes SQLite's SQL and runs it through ``sqlite3`` as it always has (batches through
``executemany``, temp tables for scopes). On a central kept on PostgreSQL the same statements
run through ``PgRaw``, which translates each statement text once: placeholders (``?``,
``:name``), SQLite's two-argument ``MAX``/``MIN``, ``INSERT OR IGNORE``, ``IS``/``IS NOT``
between values, ``WITHOUT ROWID``, ``temp.``, and ``CROSS JOIN … ON``, which the engine writes
only as SQLite's join-order hint. It reads values in the form SQLite stores them (booleans 0/1,
dates as ISO text; every ``bytea`` column there holds a tagged value, db/pg_value.py, and is
read back as the value), so what the engine compares and hashes is the same on both. Bytes it
writes are tagged on the way; a value of any type bound for an ``AnyValue`` column goes through
``any_value`` (identity on SQLite). ``stored_value`` gives SQL that turns a text into the stored
form, for statements that compare ``change_log.value`` with ids.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg

Raw = Any  # sqlite3.Connection or PgRaw: the same execute/executemany


def is_pg(db: Raw) -> bool:
    return isinstance(db, PgRaw)


SETTLE_WAIT_S = 600  # how long an export waits for the writers of the moment


def settled_seq(db: Raw) -> int:
    """The greatest ``change_log.seq`` below which every record is committed (or gone), so an
    export up to it never skips one committed later. On SQLite one writer at a time makes that
    the greatest seq; on PostgreSQL several staff write at once, and a transaction may commit
    after a later one's records: wait until no writer of the moment is left (each holds the
    writers' lock shared, db/pg_capture.py), then read while holding it for that instant. The
    lock is tried, not waited for: a waiting exclusive request would queue every new writer
    behind it, and a long import would stop everyone's work."""
    sql = "SELECT COALESCE(MAX(seq), 0) FROM change_log"
    if not is_pg(db):
        return int(db.execute(sql).fetchone()[0])
    import time

    from asn_desktop.db.pg_capture import WRITERS_LOCK
    from asn_desktop.errors import AsnError

    deadline = time.monotonic() + SETTLE_WAIT_S
    while not db.execute(f"SELECT pg_try_advisory_lock({WRITERS_LOCK})").fetchone()[0]:
        if time.monotonic() > deadline:
            raise AsnError("Pusat sedang menyimpan perubahan (misalnya mengimpor paket); "
                           "paket belum dibuat. Coba lagi sebentar lagi.")
        time.sleep(0.05)
    try:
        return int(db.execute(sql).fetchone()[0])
    finally:
        db.execute(f"SELECT pg_advisory_unlock({WRITERS_LOCK})")


def order_by_id(db: Raw, expr: str = "x.id") -> str:
    """``ORDER BY`` ids bytewise, as SQLite's BINARY collation orders them."""
    return f'ORDER BY {expr} COLLATE "C"' if is_pg(db) else f"ORDER BY {expr}"


def stored_value(db: Raw, text_expr: str) -> str:
    """SQL for a text as ``change_log.value`` holds it (on PostgreSQL, tagged bytes)."""
    return f"convert_to('t' || ({text_expr}), 'UTF8')" if is_pg(db) else text_expr


_WORDS = re.compile(r"'(?:[^']|'')*'|\?|(?<![:\w]):[A-Za-z_]\w*|%"
                    r"|\bINSERT OR IGNORE INTO\b|\bWITHOUT ROWID\b|\bCROSS JOIN\b|\btemp\."
                    r"|\bIS NOT (?!NULL\b)|\bIS (?!NOT\b|NULL\b|TRUE\b|FALSE\b)")


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
        if word.startswith(":"):
            return f"%({word[1:]})s"
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

    out = _scalar_extremes(_WORDS.sub(swap, sql))
    if ignore:
        out = out.rstrip().rstrip(";") + " ON CONFLICT DO NOTHING"
    return out


_EXTREME = re.compile(r"\b(MAX|MIN)\(", re.IGNORECASE)


def _scalar_extremes(sql: str) -> str:
    """SQLite's ``MAX(a, b)``/``MIN(a, b)`` (of values, not aggregates) as GREATEST/LEAST."""
    out, pos = [], 0
    for m in _EXTREME.finditer(sql):
        depth, commas, i = 1, 0, m.end()
        while i < len(sql) and depth:
            ch = sql[i]
            depth += (ch == "(") - (ch == ")")
            commas += ch == "," and depth == 1
            i += 1
        if commas:
            out.append(sql[pos:m.start()])
            out.append("GREATEST(" if m.group(1).upper() == "MAX" else "LEAST(")
            pos = m.end()
    out.append(sql[pos:])
    return "".join(out)


class Stored(bytes):
    """A value already in PostgreSQL's stored form (pg_value.encode): written as it is."""


def any_value(db: Raw, value: Any) -> Any:
    """``value`` as bound for an ``AnyValue`` column (change_log.value, conflict values)."""
    if value is None or not is_pg(db):
        return value
    from asn_desktop.db.pg_value import encode

    stored = encode(value)
    return None if stored is None else Stored(stored)


def with_any_values(db: Raw, rows: Sequence[Sequence[Any]], at: int) -> Sequence[Sequence[Any]]:
    """Rows whose item ``at`` is bound for an ``AnyValue`` column (as ``any_value``)."""
    if not is_pg(db):
        return rows
    return [(*r[:at], any_value(db, r[at]), *r[at + 1:]) for r in rows]


def for_columns(db: Raw, tbl: str, names: Sequence[str], rows: Sequence[Sequence[Any]],
                offset: int = 0) -> Sequence[Sequence[Any]]:
    """Rows of values for the columns ``names`` of ``tbl`` (starting at item ``offset``) in the
    form the database takes: on PostgreSQL a flag (stored 0/1 by SQLite) becomes a boolean."""
    if not is_pg(db):
        return rows
    from asn_desktop.sync.schema import TABLES

    fields = TABLES[tbl].fields
    flags = [offset + k for k, n in enumerate(names) if n in fields and fields[n].kind == "bool"]
    if not flags:
        return rows
    out = []
    for r in rows:
        row = list(r)
        for k in flags:
            if row[k] is not None:
                row[k] = bool(row[k])
        out.append(row)
    return out


def column_value(db: Raw, tbl: str, field: str, value: Any) -> Any:
    """One value for column ``field`` of ``tbl`` (as ``for_columns``)."""
    return for_columns(db, tbl, (field,), [(value,)])[0][0]


_ADD_CHANGE = ("INSERT INTO change_log (tbl, row_id, field, value, hlc, node, base_hlc, "
               "base_node, actor, source) VALUES (?,?,?,?,?,?,?,?,?,?)")


def add_change(db: Raw, row: Sequence[Any]) -> int:
    """Append one ``change_log`` record (tbl, row_id, field, value, hlc, node, base_hlc,
    base_node, actor, source); returns its ``seq``."""
    if not is_pg(db):
        return int(db.execute(_ADD_CHANGE, row).lastrowid or 0)
    (params,) = with_any_values(db, [row], 3)
    return int(db.execute(_ADD_CHANGE + " RETURNING seq", params).fetchone()[0])


@lru_cache(maxsize=1)
def _stored_form_adapters() -> Any:
    """The loaders and dumpers of ``_stored_form_loaders``, made once."""
    from psycopg.adapt import Loader
    from psycopg.types.string import ByteaLoader, BytesBinaryDumper

    from asn_desktop.db.pg_value import decode

    class TaggedLoader(ByteaLoader):
        def load(self, data: Any) -> Any:
            return decode(bytes(super().load(bytes(data))))

    class TaggedBytesDumper(BytesBinaryDumper):
        def dump(self, obj: Any) -> Any:
            return b"b" + bytes(obj)

    class StoredDumper(BytesBinaryDumper):
        def dump(self, obj: Any) -> Any:
            return bytes(obj)

    class BoolAsInt(Loader):
        def load(self, data: Any) -> int:
            return 1 if bytes(data) == b"t" else 0

    class DateAsText(Loader):
        def load(self, data: Any) -> str:
            return bytes(data).decode()

    loaders = (("bool", BoolAsInt), ("date", DateAsText), ("bytea", TaggedLoader))
    dumpers = ((bytes, TaggedBytesDumper), (Stored, StoredDumper))
    return loaders, dumpers


def _stored_form_loaders(cursor: Any) -> None:
    """Booleans as 0/1, dates as ISO text and tagged values as the values, as SQLite gives
    them (text protocol); bytes written tagged."""
    loaders, dumpers = _stored_form_adapters()
    for oid_name, loader in loaders:
        cursor.adapters.register_loader(oid_name, loader)
    for cls, dumper in dumpers:
        cursor.adapters.register_dumper(cls, dumper)


class _Row(tuple):  # type: ignore[type-arg]
    """A row read by index or by column name, as ``sqlite3.Row``."""

    _index: dict[str, int]

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


def _named_rows(cursor: Any) -> Any:
    index = {c.name: i for i, c in enumerate(cursor.description or [])}

    def make(values: Sequence[Any]) -> _Row:
        row = _Row(values)
        row._index = index
        return row

    return make


def database_errors() -> tuple[tuple[type[BaseException], ...], tuple[type[BaseException], ...]]:
    """(integrity errors, every database error) of both drivers, for ``except``."""
    integrity: tuple[type[BaseException], ...] = (sqlite3.IntegrityError,)
    every: tuple[type[BaseException], ...] = (sqlite3.Error,)
    try:
        import psycopg
    except ImportError:
        return integrity, every
    return (*integrity, psycopg.IntegrityError), (*every, psycopg.Error)


class PgRaw:
    """``execute``/``executemany`` of sqlite3 over the psycopg connection of the current
    transaction (the ORM's own: both see the same uncommitted rows). ``row_factory`` set to
    ``sqlite3.Row`` gives rows read by column name too."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.conn = conn
        self.row_factory: Any = None

    def cursor(self) -> Any:
        cur = self.conn.cursor(row_factory=_named_rows) if self.row_factory else (
            self.conn.cursor())
        _stored_form_loaders(cur)
        return cur

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Any:
        cur = self.cursor()
        # parameters always (an empty tuple too): a doubled % is read as one
        cur.execute(translate(sql), params if isinstance(params, Mapping) else tuple(params))
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
