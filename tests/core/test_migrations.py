"""Schema upgrades keep data, back the file up first, and refuse files from newer versions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from asn_desktop.db.engine import Database, alembic_config
from asn_desktop.errors import SchemaTooNewError


def make_old_database(path: Path, revision: str) -> None:
    """A file exactly as an earlier release (schema ``revision``) left it, with data in it."""
    engine = create_engine(f"sqlite:///{path}")

    @__import__("sqlalchemy").event.listens_for(engine, "connect")
    def _fns(conn: sqlite3.Connection, _rec: object) -> None:
        counter = iter(range(1, 10**9))
        conn.create_function("asn_hlc", 0, lambda: next(counter))
        conn.create_function("asn_node", 0, lambda: "a" * 32)
        conn.create_function("asn_actor", 0, lambda: "uji")

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.execute(text(
            "INSERT INTO installation (node_id, role, nama, dibuat) "
            "VALUES (:n, 'central', 'BKPSDM', '2025-01-01')"), {"n": "a" * 32})
        conn.execute(text("INSERT INTO org_unit (id, kode, nama) VALUES ('u1', '3673', 'Kota')"))
        conn.execute(text(
            "INSERT INTO pegawai (id, nip, nama, unit_id) "
            "VALUES ('p1', '198609262015051001', 'Budi Santoso', 'u1')"))
    engine.dispose()


def revisions_before_head() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    return [r.revision for r in script.walk_revisions() if r.revision != head]


def test_there_is_an_earlier_revision_to_upgrade_from() -> None:
    assert revisions_before_head(), "the upgrade test needs at least two revisions"


@pytest.mark.parametrize("revision", revisions_before_head())
def test_upgrade_from_earlier_revision_keeps_data_and_backs_up(
    tmp_path: Path, revision: str
) -> None:
    path = tmp_path / "kinerja.sqlite"
    make_old_database(path, revision)
    before = sqlite3.connect(path).execute("SELECT COUNT(*) FROM change_log").fetchone()[0]

    db = Database(path, backup_dir=tmp_path / "cadangan")
    try:
        script = ScriptDirectory.from_config(alembic_config())
        assert db.current_revision() == script.get_current_head()
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT nama FROM pegawai WHERE id='p1'")).scalar() == (
                "Budi Santoso")
            assert conn.execute(text("SELECT COUNT(*) FROM change_log")).scalar() == before
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        # the upgraded file still captures writes, including to tables added later
        with db.session() as s:
            s.execute(text("UPDATE pegawai SET nama = 'Budi S.' WHERE id = 'p1'"))
        with db.engine.connect() as conn:
            assert conn.execute(text(
                "SELECT value FROM change_log WHERE row_id='p1' ORDER BY seq DESC")
            ).scalar() == "Budi S."
    finally:
        db.close()
    backups = list((tmp_path / "cadangan").glob("*.sqlite"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision
    old.close()


def test_current_file_is_not_backed_up_again(tmp_path: Path) -> None:
    path = tmp_path / "kinerja.sqlite"
    Database(path, backup_dir=tmp_path / "cadangan").close()
    Database(path, backup_dir=tmp_path / "cadangan").close()
    assert not (tmp_path / "cadangan").exists() or not list((tmp_path / "cadangan").iterdir())


def test_file_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "kinerja.sqlite"
    Database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_masa_depan'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="lebih baru"):
        Database(path, backup_dir=tmp_path / "cadangan")
    assert path.read_bytes() == before
    assert not (tmp_path / "cadangan").exists()


def test_revisions_read_from_file_names_are_alembics() -> None:
    # db/revisi.py names the revisions without Alembic: they must be Alembic's, head included
    from asn_desktop.db.revisi import head_revision, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert known_revisions() == {r.revision for r in script.walk_revisions()}
    assert head_revision() == script.get_current_head()


def test_newer_schema_refused_without_change(tmp_path: Path) -> None:
    path = tmp_path / "kinerja.sqlite"
    Database(path, backup_dir=tmp_path / "cadangan").close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="lebih baru"):
        Database(path, backup_dir=tmp_path / "cadangan")
    assert path.read_bytes() == before
