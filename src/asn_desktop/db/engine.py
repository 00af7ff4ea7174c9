"""Opening a data file: engine, SQLite pragmas, capture functions, migrations with backup."""

from __future__ import annotations

import getpass
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from asn_desktop.db.hlc import HybridLogicalClock
from asn_desktop.db.models import Installation
from asn_desktop.db.revisi import head_revision, known_revisions
from asn_desktop.errors import AsnError, SchemaTooNewError

if TYPE_CHECKING:
    from alembic.config import Config

    from asn_desktop.db.pg_notify import ChangeWatcher

log = logging.getLogger(__name__)


@dataclass
class CaptureContext:
    """What the capture triggers stamp on each change: clock, node and actor."""

    clock: HybridLogicalClock = field(default_factory=HybridLogicalClock)
    node_id: str | None = None
    actor: str | None = None

    def hlc(self) -> int:
        return self.clock.now()

    def node(self) -> str:
        if self.node_id is None:
            raise AsnError("Instalasi belum disiapkan (jalankan 'asn-desktop init').")
        return self.node_id


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("asn_desktop.db") / "migrations"))
    return cfg


def read_only_uri(path: Path | str, *, immutable: bool = False) -> str:
    """A read-only SQLite URI for ``path``, quoted (a folder named "Data #1" stays whole);
    ``immutable`` reads a file nobody writes (a backup) without leaving -wal/-shm beside it."""
    return f"{Path(path).resolve().as_uri()}?mode=ro{'&immutable=1' if immutable else ''}"


def copy_sqlite(src: Path, dst: Path) -> None:
    """SQLite's online backup of ``src`` (opened read-only) into ``dst``: a consistent copy of
    the committed state, safe while another connection writes."""
    a = sqlite3.connect(read_only_uri(src), uri=True)
    try:
        b = sqlite3.connect(dst)
        try:
            a.backup(b)
            # one self-contained file: no -wal/-shm beside a backup on a flash drive (the
            # workspace turns WAL on again when it opens a restored file)
            b.execute("PRAGMA journal_mode=DELETE")
        finally:
            b.close()
    finally:
        a.close()


class Database:
    """One data file, or (``url``) a PostgreSQL database for a central used by several staff.
    Create with ``open_database(path)``; call ``close()`` when done."""

    def __init__(self, path: Path, *, migrate: bool = True, backup_dir: Path | None = None,
                 url: str | None = None):
        self.path = path
        self.url = url
        self.context = CaptureContext(actor=os_user())
        self._watcher: ChangeWatcher | None = None
        if url is None:
            self.engine: Engine = create_engine(f"sqlite:///{path}", future=True)
            self._install_events(self.engine)
        else:
            import uuid

            from asn_desktop.db import pg_engine
            from asn_desktop.db.pg_notify import ChangeWatcher

            tag = uuid.uuid4().hex
            self.engine = pg_engine.create(url, self.context, tag)
            self._watcher = ChangeWatcher(url, tag)
        self.Session = sessionmaker(self.engine, expire_on_commit=False)
        try:
            if migrate:
                self.migrate(backup_dir or path.parent / "cadangan")
            self.load_installation()
        except BaseException:
            self.engine.dispose()  # a refused file or server: no connection left open
            raise

    # -- connection set-up -------------------------------------------------------------------

    def _install_events(self, engine: Engine) -> None:
        ctx = self.context

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
            # Let SQLAlchemy's "begin" event below emit BEGIN, so transactions are real.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=10000")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()
            dbapi_conn.create_function("asn_hlc", 0, ctx.hlc)
            dbapi_conn.create_function("asn_hlc_reserve", 1, lambda n: ctx.clock.reserve(n))
            dbapi_conn.create_function("asn_node", 0, ctx.node)
            dbapi_conn.create_function("asn_actor", 0, lambda: ctx.actor)

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN")

    # -- schema ----------------------------------------------------------------------------------

    @property
    def is_postgresql(self) -> bool:
        return self.url is not None

    def current_revision(self) -> str | None:
        """The file's schema revision (Alembic's own table, read without Alembic)."""
        if self.is_postgresql:
            from asn_desktop.db import pg_engine

            return pg_engine.current_revision(self.engine)
        with self.engine.connect() as conn:
            exists = conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).first()
            if exists is None:
                return None
            row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
            return None if row is None else str(row[0])

    def migrate(self, backup_dir: Path) -> Path | None:
        """Upgrade to the newest schema; back the file up first. Returns the backup path.
        Alembic is loaded only when there is something to upgrade."""
        head = head_revision()
        current = self.current_revision()
        if current == head:
            return None
        if current is not None and current not in known_revisions():
            raise SchemaTooNewError(
                f"Berkas data {self.path.name} dibuat oleh versi aplikasi yang lebih baru "
                f"(skema {current}). Perbarui aplikasi; berkas tidak diubah.")
        if self.is_postgresql:
            from asn_desktop.db import pg_schema

            if current is None:
                with self.engine.begin() as conn:
                    pg_schema.create_at_head(conn)
                return None
            if current < pg_schema.FIRST_REVISION:
                raise AsnError(f"Basis data PostgreSQL ini bertanda skema {current}, lebih tua "
                               "dari dukungan PostgreSQL; basis data tidak diubah.")
        from alembic import command

        cfg = alembic_config()
        backup = self.backup(backup_dir, f"sebelum-migrasi-{current}") if current else None
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        log.info("schema upgraded %s -> %s", current, head)
        return backup

    def backup(self, backup_dir: Path, label: str) -> Path:
        """A consistent copy of the file (safe while WAL is active)."""
        backup_dir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        if self.url is not None:
            from asn_desktop.db import pg_engine

            return pg_engine.dump(self.url, backup_dir / f"{pg_engine.database_name(self.url)}"
                                  f"-{stamp}-{label}.dump")
        return self.backup_to(backup_dir / f"{self.path.stem}-{stamp}-{label}.sqlite")

    def backup_to(self, target: Path) -> Path:
        """SQLite's online backup of the committed state into ``target``."""
        copy_sqlite(self.path, target)
        return target

    # -- installation -----------------------------------------------------------------------------

    def load_installation(self) -> Installation | None:
        with self.Session() as s:
            inst = s.scalars(select(Installation)).first()
        if inst is not None:
            self.context.node_id = inst.node_id
            if inst.operator:
                self.context.actor = inst.operator
            if not self.is_postgresql:  # there the clock is the server's (pg_engine.PgClock)
                self.context.clock.seed_from(self._greatest_clock)
        return inst

    def _greatest_clock(self) -> int:
        """The greatest clock in the change log: a scan of its index, so it is read only when
        the clock is first used (a write, an export, an import), not on every open. Its own
        read-only connection never waits for a writer (WAL) and is safe inside a trigger."""
        con = sqlite3.connect(read_only_uri(self.path), uri=True)
        try:
            (last,) = con.execute("SELECT MAX(hlc) FROM change_log").fetchone()
        finally:
            con.close()
        return int(last or 0)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error."""
        with self.Session.begin() as s:
            yield s

    def others_changed(self) -> bool:
        """Whether others (other staff at a central on a server) committed changes since the
        last call; always False for a data file only this PC writes."""
        return self._watcher is not None and self._watcher.others_changed()

    def analyze(self) -> None:
        """A server's planner statistics filled at once after a bulk load (its autovacuum
        comes to it in its own time; until then a city's recap is planned as nested loops
        over tables it believes empty). SQLite plans without them."""
        if not self.is_postgresql:
            return
        try:
            with self.engine.connect() as conn:
                conn.execute(text("ANALYZE"))
                conn.commit()
        except SQLAlchemyError as exc:  # only slower reads until autovacuum does it
            log.warning("ANALYZE tidak berhasil: %s", exc)

    def close(self) -> None:
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None  # a late question after closing opens nothing
        self.engine.dispose()


def os_user() -> str | None:
    """Who acts when no operator is named: the computer account, said to be one, so history
    reads "Oleh: rina (akun komputer)" rather than a bare login name."""
    try:
        name = getpass.getuser()
    except Exception:
        return None
    return f"{name} (akun komputer)" if name else None


def open_database(path: Path, **kw: Any) -> Database:
    path.parent.mkdir(parents=True, exist_ok=True)
    return Database(path, **kw)

