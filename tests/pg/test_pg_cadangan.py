"""Backup and restore of a central on PostgreSQL: the same commands and incarnation rules as a
SQLite installation's, a dump of the server's database inside the backup file, every check
before anything changes, and the database as it was kept as a backup of its own."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from asn_desktop import paths as paths_mod
from asn_desktop.cli import main
from asn_desktop.db.models import Installation, Pegawai
from asn_desktop.errors import AsnError, ValidationError
from asn_desktop.services import cadangan, cadangan_pg
from asn_desktop.services.workspace import init_workspace, open_workspace

SANDI = "sandi-cadangan-uji"


def _pegawai(ws: object) -> int:
    with ws.db.Session() as s:  # type: ignore[attr-defined]
        return int(s.scalar(select(func.count(Pegawai.id))) or 0)


def _add(ws: object, nip: str, nama: str) -> None:
    with ws.session() as s:  # type: ignore[attr-defined]
        s.add(Pegawai(nip=nip, nama=nama))


def test_backup_then_restore_puts_the_database_back_and_begins_an_incarnation(
        tmp_path: Path, pg_url: str) -> None:
    paths = paths_mod.resolve(tmp_path / "pusat")
    ws = init_workspace(paths, "central", "BKPSDM Kota Serang", database=pg_url)
    _add(ws, "198001012006041001", "Sebelum Cadangan")
    with ws.db.Session() as s:
        inc_before = s.scalars(select(Installation)).one().incarnation
    result = cadangan.backup(ws, tmp_path / "flashdisk", SANDI)
    assert result.path.suffix == ".sqlite" and cadangan_pg.is_envelope(result.path)
    _add(ws, "198001012006041002", "Setelah Cadangan")
    assert _pegawai(ws) == 2
    ws.close()

    assert not cadangan.needs_passphrase(paths, result.path)  # the keys here are its own
    done = cadangan.restore(paths, result.path)
    assert done.sebelumnya is not None and cadangan_pg.is_envelope(done.sebelumnya)
    ws = open_workspace(paths)
    try:
        assert ws.db.is_postgresql and _pegawai(ws) == 1
        with ws.db.Session() as s:
            assert s.scalars(select(Installation)).one().incarnation != inc_before
        _add(ws, "198001012006041003", "Setelah Pulih")  # capture and clock still work
    finally:
        ws.close()
    # the database as it was before the restore is itself a backup that can be put back
    cadangan.restore(paths, done.sebelumnya)
    ws = open_workspace(paths)
    try:
        assert _pegawai(ws) == 2
    finally:
        ws.close()


def test_a_damaged_or_foreign_backup_changes_nothing(tmp_path: Path, pg_url: str,
                                                     pg: object) -> None:
    from tests.conftest import _new_pg_database

    paths = paths_mod.resolve(tmp_path / "pusat")
    ws = init_workspace(paths, "central", "BKPSDM Kota Serang", database=pg_url)
    _add(ws, "198001012006041001", "Asli")
    good = cadangan.backup(ws, tmp_path / "baik.sqlite", SANDI).path
    other = init_workspace(paths_mod.resolve(tmp_path / "lain"), "central", "BKPSDM Lain",
                           database=_new_pg_database(pg))
    foreign = cadangan.backup(other, tmp_path / "lain.sqlite", SANDI).path
    other.close()
    sqlite_ws = init_workspace(paths_mod.resolve(tmp_path / "unit"), "unit", "SDN 1")
    sqlite_backup = cadangan.backup(sqlite_ws, tmp_path / "unit.sqlite", SANDI).path
    sqlite_ws.close()
    _add(ws, "198001012006041002", "Sesudah")
    ws.close()

    damaged = tmp_path / "rusak.sqlite"
    shutil.copy(good, damaged)
    with sqlite3.connect(damaged) as conn:  # one byte of the dump changed
        data = bytearray(conn.execute("SELECT data FROM pg_cadangan_isi WHERE n = 0").fetchone()[0])
        data[len(data) // 2] ^= 0xFF
        conn.execute("UPDATE pg_cadangan_isi SET data = ? WHERE n = 0", (bytes(data),))
    with pytest.raises(ValidationError, match="rusak"):
        cadangan.restore(paths, damaged)
    with pytest.raises(AsnError, match="milik instalasi lain"):
        cadangan.restore(paths, foreign)
    with pytest.raises(AsnError, match="cadangan berkas SQLite"):
        cadangan.restore(paths, sqlite_backup)
    # and the other way: a SQLite folder does not take a server's backup
    with pytest.raises(AsnError, match="server PostgreSQL"):
        cadangan.restore(paths_mod.resolve(tmp_path / "unit"), good)
    ws = open_workspace(paths)
    try:
        assert _pegawai(ws) == 2
        assert not list(paths.backups.glob("*-sebelum-pulih.sqlite"))
    finally:
        ws.close()


def test_restore_onto_a_new_server_and_pc_from_the_command_line(
        tmp_path: Path, pg_url: str, pg: object, capsys: pytest.CaptureFixture[str]) -> None:
    """The server and the PC were lost: an empty database, an empty data folder, the backup
    and its passphrase are enough."""
    from tests.conftest import _new_pg_database

    old = str(tmp_path / "lama")
    assert main(["--data-dir", old, "init", "--role", "central", "--name", "BKPSDM",
                 "--database", pg_url]) == 0
    ws = open_workspace(paths_mod.resolve(old))
    _add(ws, "198001012006041001", "Pegawai Lama")
    ws.close()
    backup = tmp_path / "pusat.sqlite"
    assert main(["--data-dir", old, "backup", "--out", str(backup), "--sandi", SANDI]) == 0
    capsys.readouterr()

    new, empty = str(tmp_path / "baru"), _new_pg_database(pg)
    with pytest.raises(SystemExit) as usage:
        main(["--data-dir", new, "restore", str(backup), "--database", empty])
    assert usage.value.code == 2
    assert "--sandi" in capsys.readouterr().err  # keys to put back: the passphrase is needed
    assert not (Path(new) / "basis-data.url").exists()
    assert main(["--data-dir", new, "restore", str(backup), "--database", empty,
                 "--sandi", "salah-salah-salah"]) == 1
    assert "salah" in capsys.readouterr().err and not (Path(new) / "basis-data.url").exists()
    assert main(["--data-dir", new, "pulihkan", str(backup), "--database", empty,
                 "--sandi", SANDI]) == 0
    assert "Kunci instalasi dipulihkan" in capsys.readouterr().out
    ws = open_workspace(paths_mod.resolve(new))
    try:
        assert ws.db.url == empty and _pegawai(ws) == 1
        assert ws.info.nama == "BKPSDM"
    finally:
        ws.close()
    assert main(["--data-dir", new, "units", "--json"]) == 0


def test_a_backup_made_by_another_installation_with_this_ones_name_is_refused(
        tmp_path: Path, pg_url: str, pg: object) -> None:
    """A dump is SQL the server runs: a file whose envelope claims this installation but whose
    dump was signed by other keys (made elsewhere) is refused before anything runs."""
    from tests.conftest import _new_pg_database

    from asn_desktop.sync.keys import load_keys

    paths = paths_mod.resolve(tmp_path / "pusat")
    ws = init_workspace(paths, "central", "BKPSDM", database=pg_url)
    _add(ws, "198001012006041001", "Asli")
    mine = cadangan.backup(ws, tmp_path / "asli.sqlite", SANDI).path
    node = ws.info.node_id
    ws.close()
    other = init_workspace(paths_mod.resolve(tmp_path / "lain"), "central", "BKPSDM",
                           database=_new_pg_database(pg))
    forged_dump = tmp_path / "lain.dump"
    from asn_desktop.db import pg_engine

    pg_engine.dump(other.db.url or "", forged_dump)
    forged = tmp_path / "palsu.sqlite"
    shutil.copy(mine, forged)  # this installation's envelope and sealed keys …
    with sqlite3.connect(forged) as conn:  # … around a dump signed by the other's keys
        conn.execute("DELETE FROM pg_cadangan")
        conn.execute("DELETE FROM pg_cadangan_isi")
        conn.execute("DROP TABLE pg_cadangan")
        conn.execute("DROP TABLE pg_cadangan_isi")
        conn.execute("DROP TABLE installation")
    cadangan_pg.write_envelope(forged_dump, tmp_path / "isi.sqlite",
                               cadangan_pg.Installation(node, "BKPSDM", "central"),
                               load_keys(other.paths.keys))
    with sqlite3.connect(forged) as conn:
        conn.execute("ATTACH DATABASE ? AS isi", (str(tmp_path / "isi.sqlite"),))
        for table in ("pg_cadangan", "pg_cadangan_isi", "installation"):
            conn.execute(f"CREATE TABLE {table} AS SELECT * FROM isi.{table}")
    other.close()
    with pytest.raises(ValidationError, match="tidak ditandatangani"):
        cadangan.restore(paths, forged)
    ws = open_workspace(paths)
    try:
        assert _pegawai(ws) == 1
    finally:
        ws.close()
