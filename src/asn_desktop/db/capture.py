"""Change capture by SQLite triggers.

Every write to a synced table, whatever path it takes (ORM flush, bulk UPDATE, raw SQL, DELETE),
appends one ``change_log`` row per field written, in the same transaction, stamped with the
hybrid logical clock and node id from the SQL functions ``asn_hlc()``, ``asn_node()`` and
``asn_actor()`` (registered on every connection by ``engine.py``). A connection that lacks those
functions cannot write synced data at all, so nothing escapes the record.

A DELETE becomes a tombstone (``deleted = 1``), which is captured like any other field.
The triggers are switched off (``capture_switch.capture = 0``) only while a merge applies changes
that already carry their own clock; the merge appends those to ``change_log`` itself.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, text

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
    for suffix in ("ins", "upd", "del"):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS cap_{table}_{suffix}")


def install_triggers(conn: Connection, tables: Iterable[str]) -> None:
    """(Re)create the capture triggers from the table's current columns.

    Migrations that add or drop a column of a synced table call this afterwards.
    """
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
    """Switch capture within the current transaction (merge only)."""
    conn.execute(text("UPDATE capture_switch SET capture = :c WHERE id = 1"), {"c": 1 if on else 0})
