"""Change capture on PostgreSQL: the SQLite triggers of ``capture.py`` in PL/pgSQL.

The same column lists give the same records: one ``change_log`` row per field written (per
field not NULL for a new row), the base version for an overwrite, a tombstone for a DELETE,
and nothing while capture is off (here the transaction's setting ``asn.capture``). Values are
stored tagged with their type (``pg_value.py``) as SQLite stores them.

Clock, node and actor come from the session: ``asn_node()`` and ``asn_actor()`` read the
settings ``asn.node`` and ``asn.actor`` that the application sets on each transaction
(``engine.py``), and ``asn_node()`` refuses to stamp without one, so a connection that is not
the application's (psql, another program) cannot write synced data unrecorded. The clock is a
sequence shared by every session of the central: several staff write at once, all under the
central's one node id, and each change still gets its own stamp, greater than every earlier one
and than the server's wall clock (``hlc = milliseconds << 16 | counter``, as ``hlc.py``).
A session-level advisory lock, held for the few statements of one stamp, makes "at least the
wall clock" and "after the last stamp" one step; it is not held to the end of the transaction,
so a long package import does not stop others from writing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from sqlalchemy import Boolean, Connection, Date, Float, Integer, LargeBinary, inspect
from sqlalchemy.types import TypeEngine

from asn_desktop.db.base import AnyValue, Base
from asn_desktop.db.hlc import WINDOW_MS

CLOCK_LOCK = 0x61736E686C63  # "asnhlc": the advisory lock key of the clock
# Every transaction that appends to change_log holds this lock shared until it ends; taking it
# exclusively waits until every record numbered so far is committed or gone (sql.settled_seq)
WRITERS_LOCK = 0x61736E777274  # "asnwrt"
_NAME = re.compile(r"[a-z_][a-z0-9_]*")

WINDOW = WINDOW_MS << 16  # how far past the server's wall clock a received stamp may pull


def _pinned(schema: str) -> str:
    """The settings every function runs with: names resolve in the schema they were created in
    (a temporary table named ``change_log`` cannot stand in for ours),
    and reals print in full (``extra_float_digits`` of the session does not matter)."""
    return f'SET search_path = pg_catalog, "{schema}", pg_temp SET extra_float_digits = 1'


def _locked(body: str) -> str:
    """``body`` under the clock's advisory lock, released whatever happens (an error or a
    cancelled query inside would otherwise leave every other session's stamps waiting)."""
    return f"""PERFORM pg_advisory_lock({CLOCK_LOCK});
  BEGIN
    {body}
  EXCEPTION WHEN OTHERS OR query_canceled THEN
    PERFORM pg_advisory_unlock({CLOCK_LOCK});
    RAISE;
  END;
  PERFORM pg_advisory_unlock({CLOCK_LOCK});"""


_RESERVE = """first := greatest(nextval('asn_hlc_seq'), wall);
    PERFORM setval('asn_hlc_seq', first + n - 1, true);"""
_ADVANCE = """IF backwards OR v > asn_hlc_last() THEN
      PERFORM setval('asn_hlc_seq', v, true);
    END IF;"""


# run through the driver with parameters: a percent sign of the SQL is written twice
def session_functions(schema: str) -> list[str]:
    pin = _pinned(schema)
    return [
        "CREATE SEQUENCE IF NOT EXISTS asn_hlc_seq MINVALUE 0 START 0",
        f"""CREATE OR REPLACE FUNCTION asn_wall_hlc() RETURNS bigint LANGUAGE sql VOLATILE {pin}
AS $$ SELECT (floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) << 16 $$""",
        f"""CREATE OR REPLACE FUNCTION asn_hlc_reserve(n bigint) RETURNS bigint LANGUAGE plpgsql
VOLATILE {pin} AS $$
DECLARE first bigint; wall bigint := asn_wall_hlc();
BEGIN
  IF n IS NULL OR n < 1 OR n > 1000000000 THEN RAISE EXCEPTION 'n di luar batas'; END IF;
  {_locked(_RESERVE)}
  RETURN first;
END $$""",
        f"""CREATE OR REPLACE FUNCTION asn_hlc() RETURNS bigint LANGUAGE sql VOLATILE {pin}
AS $$ SELECT asn_hlc_reserve(1) $$""",
        f"""CREATE OR REPLACE FUNCTION asn_hlc_last() RETURNS bigint LANGUAGE sql VOLATILE {pin}
AS $$ SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM asn_hlc_seq $$""",
        # past a stamp received from elsewhere, never beyond the window after the server's
        # own wall clock (hlc.py's observe); ``backwards`` only for sync/restamp.py
        f"""CREATE OR REPLACE FUNCTION asn_hlc_advance(v bigint, backwards boolean DEFAULT false)
RETURNS void LANGUAGE plpgsql VOLATILE {pin} AS $$
BEGIN
  IF v IS NULL OR v < 0 THEN RAISE EXCEPTION 'cap waktu di luar batas'; END IF;
  v := least(v, asn_wall_hlc() + {WINDOW} + 65535);
  {_locked(_ADVANCE)}
END $$""",
        f"""CREATE OR REPLACE FUNCTION asn_node() RETURNS text LANGUAGE plpgsql STABLE {pin} AS $$
DECLARE v text := nullif(current_setting('asn.node', true), '');
BEGIN
  IF v IS NULL THEN
    RAISE EXCEPTION 'Instalasi belum disiapkan: perubahan data hanya lewat aplikasi';
  END IF;
  RETURN v;
END $$""",
        f"""CREATE OR REPLACE FUNCTION asn_actor() RETURNS text LANGUAGE sql STABLE {pin}
AS $$ SELECT nullif(current_setting('asn.actor', true), '') $$""",
        f"""CREATE OR REPLACE FUNCTION asn_capture_on() RETURNS boolean LANGUAGE sql STABLE {pin}
AS $$ SELECT coalesce(nullif(current_setting('asn.capture', true), ''), '1') <> '0' $$""",
        f"""CREATE OR REPLACE FUNCTION asn_append_only() RETURNS trigger LANGUAGE plpgsql {pin}
AS $$ BEGIN RAISE EXCEPTION '%% hanya boleh ditambah', TG_TABLE_NAME; END $$""",
        f"""CREATE OR REPLACE FUNCTION asn_writer() RETURNS trigger LANGUAGE plpgsql {pin}
AS $$ BEGIN
  PERFORM pg_advisory_xact_lock_shared({WRITERS_LOCK});
  -- open windows learn that someone wrote (db/pg_notify.py); sent once, at commit
  PERFORM pg_notify('asn_perubahan', coalesce(current_setting('asn.sesi', true), ''));
  RETURN NULL;
END $$""",
        f"""CREATE OR REPLACE FUNCTION asn_no_truncate() RETURNS trigger LANGUAGE plpgsql {pin}
AS $$ BEGIN RAISE EXCEPTION '%% tidak boleh dikosongkan (TRUNCATE)', TG_TABLE_NAME; END $$""",
        # the sync engine's statements compare flags with 0 and 1, as SQLite stores them
        # (``deleted = 0``); plain SQL functions, inlined, so indexes still serve
        """CREATE OR REPLACE FUNCTION asn_bool_eq_int(boolean, integer) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$ SELECT $1 = ($2 <> 0) $$""",
        """CREATE OR REPLACE FUNCTION asn_bool_ne_int(boolean, integer) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$ SELECT $1 <> ($2 <> 0) $$""",
        f"""DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace
                 WHERE o.oprname = '=' AND o.oprleft = 'boolean'::regtype
                 AND o.oprright = 'integer'::regtype AND n.nspname = '{schema}') THEN
    CREATE OPERATOR = (LEFTARG = boolean, RIGHTARG = integer, FUNCTION = asn_bool_eq_int,
                       NEGATOR = <>);
    CREATE OPERATOR <> (LEFTARG = boolean, RIGHTARG = integer, FUNCTION = asn_bool_ne_int,
                        NEGATOR = =);
  END IF;
END $$""",
    ]


def _encoded(ref: str, type_: TypeEngine[object]) -> str:
    """SQL for the stored form of the column value ``ref`` (``pg_value.encode`` in SQL)."""
    if isinstance(type_, (AnyValue, LargeBinary)):
        return ref  # stored tagged already (base.TaggedBytes, pg_value)
    if isinstance(type_, Boolean):
        return f"convert_to(CASE {ref} WHEN true THEN 'i1' WHEN false THEN 'i0' END, 'UTF8')"
    if isinstance(type_, Integer):
        return f"convert_to('i' || {ref}::text, 'UTF8')"
    if isinstance(type_, Float):
        return f"convert_to('r' || {ref}::float8::text, 'UTF8')"
    if isinstance(type_, Date):
        return f"convert_to('t' || to_char({ref}, 'YYYY-MM-DD'), 'UTF8')"
    return f"convert_to('t' || {ref}::text, 'UTF8')"


def _ref(row: str, column: str) -> str:
    return f'{row}."{column}"'


def columns(conn: Connection, table: str) -> list[tuple[str, TypeEngine[object]]]:
    """The table's columns as the database has them, ``id`` aside, in table order (the order
    of the records a new row gets, as on SQLite). A value-of-any-type column reads back as
    plain ``bytea``: the model says which columns those are."""
    model = Base.metadata.tables.get(table)
    out: list[tuple[str, TypeEngine[object]]] = []
    for c in inspect(conn).get_columns(table):
        if c["name"] == "id":
            continue
        declared = model.c[c["name"]].type if model is not None and c["name"] in model.c else None
        out.append((c["name"], declared if isinstance(declared, AnyValue) else c["type"]))
    return out


def trigger_statements(table: str, cols: Sequence[tuple[str, TypeEngine[object]]],
                       schema: str = "public") -> list[str]:
    for name in (table, *(c for c, _ in cols)):
        if not _NAME.fullmatch(name):
            raise ValueError(f"{name!r}: not a plain column or table name")
    if not cols:
        raise ValueError(f"{table}: no columns to capture")
    new = ", ".join(f"('{c}', {_encoded(_ref('NEW', c), t)})" for c, t in cols)
    changed = ", ".join(
        f"('{c}', {_encoded(_ref('NEW', c), t)}, "
        f"{_ref('OLD', c)} IS DISTINCT FROM {_ref('NEW', c)}, {j})"
        for j, (c, t) in enumerate(cols))
    return [
        f"""CREATE OR REPLACE FUNCTION cap_{table}_fn() RETURNS trigger LANGUAGE plpgsql
{_pinned(schema)} AS $$
BEGIN
  IF NOT asn_capture_on() THEN
    RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NULL END;
  END IF;
  IF TG_OP = 'DELETE' THEN
    UPDATE "{table}" SET deleted = true WHERE id = OLD.id AND deleted = false;
    RETURN NULL;
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO change_log (tbl, row_id, field, value, hlc, node, actor)
    SELECT '{table}', NEW.id, c.f, c.v, asn_hlc(), asn_node(), asn_actor()
    FROM (VALUES {new}) AS c(f, v) WHERE c.v IS NOT NULL;
  ELSE
    IF OLD.id IS DISTINCT FROM NEW.id THEN
      RAISE EXCEPTION 'id baris tidak boleh diubah';
    END IF;
    INSERT INTO change_log (tbl, row_id, field, value, hlc, node, actor, base_hlc, base_node)
    SELECT '{table}', NEW.id, c.f, c.v, asn_hlc(), asn_node(), asn_actor(), b.hlc, b.node
    FROM (VALUES {changed}) AS c(f, v, ch, j)
    LEFT JOIN LATERAL (
      SELECT x.hlc, x.node FROM change_log AS x
      WHERE x.tbl = '{table}' AND x.row_id = NEW.id AND x.field = c.f
      ORDER BY x.hlc DESC, x.node DESC LIMIT 1) AS b ON true
    WHERE c.ch ORDER BY c.j;
  END IF;
  RETURN NULL;
END $$""",
        f'CREATE TRIGGER cap_{table}_iu AFTER INSERT OR UPDATE ON "{table}" '
        f"FOR EACH ROW EXECUTE FUNCTION cap_{table}_fn()",
        f'CREATE TRIGGER cap_{table}_del BEFORE DELETE ON "{table}" '
        f"FOR EACH ROW EXECUTE FUNCTION cap_{table}_fn()",
        f'CREATE TRIGGER cap_{table}_trunc BEFORE TRUNCATE ON "{table}" '
        "FOR EACH STATEMENT EXECUTE FUNCTION asn_no_truncate()",
    ]


def drop_triggers(conn: Connection, table: str) -> None:
    for suffix in ("iu", "del", "trunc"):
        conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS cap_{table}_{suffix} ON "{table}"')


def _schema(conn: Connection) -> str:
    return str(conn.exec_driver_sql("SELECT current_schema()").scalar())


def install_session_functions(conn: Connection) -> None:
    for statement in session_functions(_schema(conn)):
        conn.exec_driver_sql(statement)
    guards = (("UPDATE", "asn_append_only", "ROW"), ("DELETE", "asn_append_only", "ROW"),
              ("TRUNCATE", "asn_no_truncate", "STATEMENT"), ("INSERT", "asn_writer", "STATEMENT"))
    for op, fn, each in guards:
        name = f"change_log_{fn}_{op.lower()}"
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON change_log")
        conn.exec_driver_sql(f"CREATE TRIGGER {name} BEFORE {op} ON change_log "
                             f"FOR EACH {each} EXECUTE FUNCTION {fn}()")
    conn.exec_driver_sql("INSERT INTO capture_switch (id, capture) VALUES (1, 1) "
                         "ON CONFLICT (id) DO NOTHING")


def install_triggers(conn: Connection, tables: Iterable[str]) -> None:
    """(Re)create the capture of each table from its current columns."""
    for table in tables:
        drop_triggers(conn, table)
        for statement in trigger_statements(table, columns(conn, table), _schema(conn)):
            conn.exec_driver_sql(statement)
