"""The engine of a PostgreSQL central: psycopg 3, the session settings the capture functions
read (``pg_capture.py``), and the clock kept by the server.

Every transaction begins by naming its node and actor (``SET LOCAL``), so what a staff member
writes is stamped as theirs whatever pooled connection carries it. The password is never in
the URL the data folder keeps: libpq reads it from its usual sources (``PGPASSWORD``,
``~/.pgpass``, a service file)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect

from asn_desktop.errors import AsnError

if TYPE_CHECKING:
    from asn_desktop.db.engine import CaptureContext


class PgClock:
    """The hybrid logical clock of a central on PostgreSQL: one sequence on the server
    (``asn_hlc_seq``) that every session stamps from, so staff working at once never share a
    stamp. The same methods as ``hlc.HybridLogicalClock``."""

    def __init__(self, engine: Engine, now_ms: Any = None) -> None:
        from asn_desktop.db.hlc import wall_ms

        self._engine = engine
        self._now_ms = now_ms or wall_ms

    def _scalar(self, sql: str, *args: Any) -> int:
        with self._engine.connect() as conn:
            value = conn.exec_driver_sql(sql, args).scalar()
            conn.commit()
        return int(value or 0)

    def seed_from(self, _seed: Any) -> None:
        """Nothing to seed: the server keeps the last stamp."""

    @property
    def last(self) -> int:
        return self._scalar("SELECT asn_hlc_last()")

    def wall(self) -> int:
        return int(self._now_ms())

    def now(self) -> int:
        return self._scalar("SELECT asn_hlc()")

    def reserve(self, n: int) -> int:
        if n < 1:
            raise ValueError("n must be positive")
        return self._scalar("SELECT asn_hlc_reserve(%s)", n)

    def resume(self, last: int) -> None:
        self._scalar("SELECT 0 FROM asn_hlc_advance(%s)", last)

    def rewind(self, last: int) -> None:
        self._scalar("SELECT 0 FROM asn_hlc_advance(%s, true)", last)

    def observe(self, remote: int) -> None:
        """Past a stamp received from elsewhere, within the window after the server's wall
        clock (the server stamps every change of the central; asn_hlc_advance caps)."""
        self.resume(remote)


def create(url: str, ctx: CaptureContext, tag: str = "") -> Engine:
    """``tag`` names this process's sessions in the change notifications (pg_notify.py)."""
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    engine = create_engine(url, future=True, pool_pre_ping=True)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql(
            "SELECT set_config('asn.node', %s, true), set_config('asn.actor', %s, true), "
            "set_config('asn.sesi', %s, true)", (ctx.node_id or "", ctx.actor or "", tag))

    @event.listens_for(engine, "reset")
    def _on_reset(dbapi_conn: Any, _record: Any, _state: Any) -> None:
        # a session-level advisory lock left by an error (the writers' or the clock's) must
        # not outlive its use: it would stop every other session's writes
        cur = dbapi_conn.cursor()
        try:
            cur.execute("SELECT pg_advisory_unlock_all()")
        finally:
            cur.close()
        dbapi_conn.commit()

    ctx.clock = PgClock(engine)  # type: ignore[assignment]
    return engine


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return None if row is None else str(row[0])


def libpq_url(url: str) -> str:
    """The address as libpq tools read it (without SQLAlchemy's driver name)."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def database_name(url: str) -> str:
    from sqlalchemy.engine import make_url

    return str(make_url(url).database or "basis-data")


def find_pg_program(name: str) -> Path | None:
    """A PostgreSQL program (pg_dump, initdb…): where Debian puts it, the newest version first
    (a dump needs a pg_dump at least as new as the server), else on PATH."""
    import glob
    import shutil

    def major(folder: str) -> float:
        try:
            return float(Path(folder).parent.name)
        except ValueError:
            return 0.0

    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=major, reverse=True):
        if Path(folder, name).exists():
            return Path(folder, name)
    found = shutil.which(name)
    return Path(found) if found else None


def pg_tool(name: str) -> str:
    """A PostgreSQL client program, or a clear error naming the package to install."""
    found = find_pg_program(name)
    if found is None:
        raise AsnError(f"Program {name} dari PostgreSQL tidak ditemukan: pasang klien "
                       "PostgreSQL (paket postgresql-client) di komputer ini.")
    return str(found)


def dump(url: str, target: Path) -> Path:
    """A consistent copy of the whole database (pg_dump's custom format, one snapshot, taken
    while others keep working), written beside and then moved into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".sebagian")
    done = subprocess.run([pg_tool("pg_dump"), "--format=custom", "--no-owner",
                           f"--file={part}", "--dbname", libpq_url(url)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        part.unlink(missing_ok=True)
        raise AsnError("Cadangan basis data PostgreSQL gagal: "
                       + (done.stderr.strip().splitlines() or ["pg_dump gagal"])[-1])
    part.replace(target)
    return target
