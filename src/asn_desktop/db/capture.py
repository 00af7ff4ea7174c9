"""Change capture by SQLite triggers.

Every write to a synced table, whatever path it takes (ORM flush, bulk UPDATE, raw SQL, DELETE),
appends one ``change_log`` row per field written, in the same transaction, stamped with the
hybrid logical clock and node id from the SQL functions ``asn_hlc()``, ``asn_node()`` and
``asn_actor()`` (registered on every connection by ``engine.py``). A connection that lacks those
functions cannot write synced data at all, so nothing escapes the record.

A DELETE becomes a tombstone (``deleted = 1``), which is captured like any other field.
The triggers are switched off (``capture_switch.capture = 0``) only while a merge applies changes
that already carry their own clock (the merge appends those to ``change_log`` itself), and
inside ``bulk_insert``, which writes the very records the insert trigger would, for many new
rows at once, with one SQL statement instead of one trigger run per row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, text

CAPTURE_ON = "(SELECT capture FROM capture_switch WHERE id = 1) = 1"


def _columns(conn: Connection, table: str) -> list[str]:
    rows = conn.exec_driver_sql(f'PRAGMA table_info("{table}")').fetchall()
    return [r[1] for r in rows if r[1] != "id"]


def trigger_statements(table: str, columns: Iterable[str]) -> list[str]:
    cols = list(columns)
    inserted = " UNION ALL ".join(f"SELECT '{c}' AS f, NEW.\"{c}\" AS v" for c in cols)
    updated = " UNION ALL ".join(
        f"SELECT '{c}' AS f, NEW.\"{c}\" AS v WHERE OLD.\"{c}\" IS NOT NEW.\"{c}\"" for c in cols
    )
    return [
        f"""CREATE TRIGGER cap_{table}_ins AFTER INSERT ON "{table}" WHEN {CAPTURE_ON}
BEGIN
  INSERT INTO change_log (tbl, row_id, field, value, hlc, node, actor)
  SELECT '{table}', NEW.id, c.f, c.v, asn_hlc(), asn_node(), asn_actor()
  FROM ({inserted}) AS c WHERE c.v IS NOT NULL;
END""",
        f"""CREATE TRIGGER cap_{table}_upd AFTER UPDATE ON "{table}" WHEN {CAPTURE_ON}
BEGIN
  SELECT RAISE(ABORT, 'id baris tidak boleh diubah') WHERE OLD.id IS NOT NEW.id;
  INSERT INTO change_log (tbl, row_id, field, value, hlc, node, actor, base_hlc, base_node)
  SELECT '{table}', NEW.id, c.f, c.v, asn_hlc(), asn_node(), asn_actor(), b.hlc, b.node
  FROM ({updated}) AS c
  LEFT JOIN change_log AS b ON b.seq = (
    SELECT x.seq FROM change_log AS x
    WHERE x.tbl = '{table}' AND x.row_id = NEW.id AND x.field = c.f
    ORDER BY x.hlc DESC, x.node DESC LIMIT 1);
END""",
        f"""CREATE TRIGGER cap_{table}_del BEFORE DELETE ON "{table}" WHEN {CAPTURE_ON}
BEGIN
  UPDATE "{table}" SET deleted = 1 WHERE id = OLD.id AND deleted = 0;
  SELECT RAISE(IGNORE);
END""",
    ]


def drop_triggers(conn: Connection, table: str) -> None:
    if conn.dialect.name == "postgresql":  # one migration history for both (pg_capture.py)
        from asn_desktop.db import pg_capture

        pg_capture.drop_triggers(conn, table)
        return
    for suffix in ("ins", "upd", "del"):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS cap_{table}_{suffix}")


def install_triggers(conn: Connection, tables: Iterable[str]) -> None:
    """(Re)create the capture triggers from the table's current columns.

    Migrations that add or drop a column of a synced table call this afterwards; on
    PostgreSQL it makes the PL/pgSQL capture (pg_capture.py) from the same columns.
    """
    if conn.dialect.name == "postgresql":
        from asn_desktop.db import pg_capture

        pg_capture.install_triggers(conn, tables)
        return
    for table in tables:
        drop_triggers(conn, table)
        for statement in trigger_statements(table, _columns(conn, table)):
            conn.exec_driver_sql(statement)


def install_change_log_guards(conn: Connection) -> None:
    for op in ("UPDATE", "DELETE"):
        conn.exec_driver_sql(
            f"CREATE TRIGGER IF NOT EXISTS change_log_no_{op.lower()} BEFORE {op} ON change_log "
            "BEGIN SELECT RAISE(ABORT, 'change_log hanya boleh ditambah'); END"
        )
    conn.execute(text("INSERT OR IGNORE INTO capture_switch (id, capture) VALUES (1, 1)"))


def set_capture(conn: Connection, on: bool) -> None:
    """Switch capture within the current transaction (merge only). On PostgreSQL a setting of
    the transaction (``asn.capture``), so a long import switching it off holds no row that
    another staff member's conflict decision would wait for."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT set_config('asn.capture', :c, true)"), {"c": "1" if on else "0"})
        return
    conn.execute(text("UPDATE capture_switch SET capture = :c WHERE id = 1"), {"c": 1 if on else 0})


def bulk_insert(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert new rows and record them as the insert trigger does (one ``change_log`` record
    per field that is not NULL, no base version, in row then column order), stamped with
    consecutive clock values reserved at once through ``asn_hlc_reserve`` and the node and actor
    of ``asn_node()``/``asn_actor()``. For generated data (demo, benchmarks): the per-row trigger
    calls the clock three times per field. Every row names the same columns, ``id`` included
    (no Python-side default is applied)."""
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        # PostgreSQL's capture runs per statement batch at no great cost: the triggers record
        conn.execute(table.insert(), [dict(r) for r in rows])
        return
    name = table.name
    cols = _columns(conn, name)
    # the rows inserted by one statement in one transaction take the rowids after the greatest
    (start,) = conn.exec_driver_sql(f'SELECT COALESCE(MAX(rowid), 0) FROM "{name}"').one()
    if conn.exec_driver_sql(f"SELECT {CAPTURE_ON}").scalar() != 1:
        raise RuntimeError("bulk_insert needs capture on (not inside a merge)")
    keys = list(rows[0])
    if any(len(row) != len(keys) for row in rows):
        raise ValueError("every row of a bulk insert names the same columns")
    # the column types' own conversions (dates to ISO text, booleans to 0/1), then one
    # executemany: SQLAlchemy's per-row parameter handling cost as much as the insert itself
    dialect = conn.dialect
    procs = [table.c[k].type.dialect_impl(dialect).bind_processor(dialect) for k in keys]
    params = [tuple(v if p is None or v is None else p(v)
                    for v, p in zip((row[k] for k in keys), procs, strict=True)) for row in rows]
    quoted = ", ".join(f'"{k}"' for k in keys)
    set_capture(conn, False)
    try:
        conn.exec_driver_sql(
            f'INSERT INTO "{name}" ({quoted}) VALUES ({", ".join("?" * len(keys))})', params)
    finally:
        set_capture(conn, True)
    (end, count) = conn.exec_driver_sql(
        f'SELECT MAX(rowid), COUNT(*) FROM "{name}" WHERE rowid > ?', (start,)).one()
    if count != len(rows) or end - start != count:
        raise RuntimeError(f"{name}: rowids of a bulk insert are not consecutive")
    (first, node, actor) = conn.exec_driver_sql(
        "SELECT asn_hlc_reserve(?), asn_node(), asn_actor()", (count * len(cols),)).one()
    fields = " UNION ALL ".join(f"SELECT '{c}' AS f, {j} AS j" for j, c in enumerate(cols))
    value = "CASE c.j " + " ".join(f'WHEN {j} THEN t."{c}"' for j, c in enumerate(cols)) + " END"
    conn.exec_driver_sql(
        f"""INSERT INTO change_log (tbl, row_id, field, value, hlc, node, actor)
SELECT '{name}', t.id, c.f, {value}, ? + (t.rowid - ? - 1) * {len(cols)} + c.j, ?, ?
FROM "{name}" AS t CROSS JOIN ({fields}) AS c
WHERE t.rowid > ? AND {value} IS NOT NULL
ORDER BY t.rowid, c.j""", (first, start, node, actor, start))
