"""A new PostgreSQL database gets the newest schema at once.

The Alembic history began on SQLite; a PostgreSQL central is created at its head (the tables
of the models, capture in PL/pgSQL, Alembic's table stamped with the head revision), and every
later migration is written for both dialects, so from then on one history upgrades both."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, String, text
from sqlalchemy.ext.compiler import compiles

from asn_desktop.db import pg_capture
from asn_desktop.db.base import Base
from asn_desktop.db.revisi import head_revision

# the head when PostgreSQL centrals began: no database on a server is older, and every
# migration after it runs on both dialects (capture.install_triggers dispatches), in one
# transaction after a pg_dump (engine.Database.migrate)
FIRST_REVISION = "0012"


@compiles(String, "postgresql")
def _unbounded_text(_type: Any, _compiler: Any, **_kw: Any) -> str:
    """A String(n) column is TEXT on the server, as it is in SQLite (which keeps any length):
    a value a unit's file holds is never refused by the central's database alone, and both
    kinds of central hold the same content. The forms and the package checks set the limits."""
    return "TEXT"


def create_at_head(conn: Connection) -> None:
    from asn_desktop.db import models

    for index in Base.metadata.tables["pegawai"].indexes:
        if index.name == "ix_pegawai_nip_live":  # unique among live employees only
            index.dialect_options["postgresql"]["where"] = text("NOT deleted")
    Base.metadata.create_all(conn)
    pg_capture.install_session_functions(conn)
    pg_capture.install_triggers(conn, models.SYNCED_TABLES)
    conn.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                         "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))")
    conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"),
                 {"v": head_revision()})
