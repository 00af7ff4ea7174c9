"""Change capture on PostgreSQL records what the SQLite triggers record, for the same writes:
the same fields, values as SQLite stores them, base versions, tombstones; and the guards hold
(no stamp without the application's session, an append-only change log, one clock for all)."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import delete, make_url, select, update
from tests.pg.server import Server

from asn_desktop.db import pg_value
from asn_desktop.db.capture import set_capture
from asn_desktop.db.engine import Database
from asn_desktop.db.models import ChangeLog, Indikator, OrgUnit, Pegawai, Pengaturan
from asn_desktop.sync.fingerprint import fingerprint
from asn_desktop.sync.sql import translate, wrap

LOGO = bytes(range(256)) * 3


def _open(tmp_path: Path, url: str | None) -> Database:
    tmp_path.mkdir(parents=True, exist_ok=True)
    db = Database(tmp_path / "data.sqlite", url=url, backup_dir=tmp_path / "cadangan")
    db.context.node_id = "a" * 32
    db.context.actor = "rina"
    return db


def _writes(db: Database) -> None:
    """Writes of every kind and column type, by the ORM and by bulk SQL statements."""
    with db.session() as s:
        s.add(OrgUnit(id="u1", kode="1.01", nama="Dinas Pendidikan", logo_png=LOGO,
                      urutan=3, ditutup=date(2026, 12, 31)))
        s.add(Pegawai(id="p1", nip="198501012010011001", nama="Rina", unit_id="u1",
                      tanggal_lahir=date(1985, 1, 1), pimpinan_unit=True))
        s.add(Pegawai(id="p2", nip="198501012010011002", nama="Budi", unit_id="u1"))
        s.add(Pengaturan(id="ambang", nilai='{"x": 1}'))
        s.add(Indikator(id="i1", rhk_id="r1", uraian="Laporan", target_nilai=12.5))
    with db.session() as s:
        p = s.get(Pegawai, "p1")
        assert p is not None
        p.nama = "Rina Marlina"
        p.aktif = False
        p.tanggal_lahir = None
        s.execute(update(Indikator).where(Indikator.id == "i1").values(target_nilai=0.1))
        s.execute(update(OrgUnit).values(logo_png=None, urutan=4))
    with db.session() as s:
        s.execute(delete(Pegawai).where(Pegawai.id == "p2"))  # a tombstone, not a delete
    with db.session() as s:
        set_capture(s.connection(), False)  # a merge: its changes carry their own records
        s.execute(update(Pegawai).where(Pegawai.id == "p1").values(email="x@serang.go.id"))
        set_capture(s.connection(), True)


def _log(db: Database) -> list[tuple[Any, ...]]:
    with db.session() as s:
        rows = s.execute(select(ChangeLog).order_by(ChangeLog.seq)).scalars().all()
        by_version = {(r.hlc, r.node): (r.tbl, r.row_id, r.field) for r in rows}
        out = []
        for r in rows:
            base = None if r.base_hlc is None else by_version[(r.base_hlc, r.base_node)]
            assert r.node == "a" * 32 and r.actor == "rina" and r.source is None
            # the type too: 1, 1.0 and True are equal in Python, not in a fingerprint
            out.append((r.tbl, r.row_id, r.field, type(r.value).__name__, r.value, base))
        assert [r.hlc for r in rows] == sorted({r.hlc for r in rows})  # unique, in order
        return out


def _rows(db: Database) -> list[tuple[Any, ...]]:
    with db.session() as s:
        return [(p.id, p.nama, p.aktif, p.tanggal_lahir, p.deleted, p.email)
                for p in s.scalars(select(Pegawai).order_by(Pegawai.id))]


def test_postgresql_records_what_sqlite_records(tmp_path: Path, pg_url: str) -> None:
    lite = _open(tmp_path / "lite", None)
    pg = _open(tmp_path / "pg", pg_url)
    try:
        _writes(lite)
        _writes(pg)
        expected = _log(lite)
        # a new row's fields are recorded in table column order, which create_all and the
        # SQLite migrations lay out differently: the same records, not the same order
        assert sorted(_log(pg), key=repr) == sorted(expected, key=repr)
        assert _rows(pg) == _rows(lite)
        # the types as SQLite stores them: booleans 0/1, dates as text, reals, bytes
        values = {(t, r, f): v for t, r, f, _, v, _ in expected}
        assert values[("pegawai", "p1", "aktif")] == 0
        assert values[("pegawai", "p1", "pimpinan_unit")] == 1
        assert values[("pegawai", "p1", "tanggal_lahir")] is None  # the overwrite
        assert values[("org_unit", "u1", "ditutup")] == "2026-12-31"
        assert values[("indikator", "i1", "target_nilai")] == 0.1
        assert ("pegawai", "p2", "deleted", "int", 1) in [e[:5] for e in expected]
        assert ("pegawai", "p1", "email") not in values  # capture was off
        assert next(e for e in expected if e[:3] == ("org_unit", "u1", "logo_png"))[4] == LOGO
        # the same content, the same fingerprint, whatever the database
        with lite.engine.connect() as c:
            on_sqlite = fingerprint(c.connection.driver_connection)  # type: ignore[arg-type]
        with pg.engine.connect() as c:
            assert fingerprint(wrap(c.connection.driver_connection)) == on_sqlite
            c.exec_driver_sql("SELECT set_config('asn.node', 'b', true)")
            c.exec_driver_sql("UPDATE indikator SET target_nilai = 0.1000001")
            assert fingerprint(wrap(c.connection.driver_connection)) != on_sqlite
    finally:
        lite.close()
        pg.close()


def test_values_round_trip_in_their_stored_form() -> None:
    for value in (None, 0, -5, 2**60, 0.1, 1e300, float("inf"), "", "Rina ✓ 𝕏", b"",
                  b"\x00\xff", "2026-01-01"):
        assert pg_value.decode(pg_value.encode(value)) == value
    assert pg_value.decode(pg_value.encode(True)) == 1
    assert pg_value.decode(pg_value.encode(date(2026, 1, 2))) == "2026-01-02"


def _raw(pg: Server, url: str) -> psycopg.Connection[Any]:
    return psycopg.connect(host=str(pg.socket_dir), user="postgres",
                           dbname=make_url(url).database)


def test_no_write_without_the_application_session(tmp_path: Path, pg: Server,
                                                   pg_url: str) -> None:
    db = _open(tmp_path, pg_url)
    try:
        with db.session() as s:
            s.add(Pegawai(id="p1", nip="198501012010011001", nama="Rina"))
        with _raw(pg, pg_url) as conn:
            with pytest.raises(psycopg.errors.RaiseException, match="belum disiapkan"):
                conn.execute("UPDATE pegawai SET nama = 'X' WHERE id = 'p1'")
            conn.rollback()
            with pytest.raises(psycopg.errors.RaiseException, match="hanya boleh ditambah"):
                conn.execute("UPDATE change_log SET value = NULL")
            conn.rollback()
            with pytest.raises(psycopg.errors.RaiseException, match="hanya boleh ditambah"):
                conn.execute("DELETE FROM change_log")
            conn.rollback()
            with pytest.raises(psycopg.errors.RaiseException, match="tidak boleh diubah"):
                conn.execute("SELECT set_config('asn.node', 'x', true)")
                conn.execute("UPDATE pegawai SET id = 'p9' WHERE id = 'p1'")
        with db.session() as s:
            assert s.scalars(select(Pegawai.nama)).all() == ["Rina"]
    finally:
        db.close()


def test_staff_writing_at_once_never_share_a_stamp(tmp_path: Path, pg_url: str) -> None:
    db = _open(tmp_path, pg_url)
    stamps: list[list[int]] = [[] for _ in range(4)]

    def work(k: int) -> None:
        for _ in range(50):
            stamps[k].append(db.context.clock.now())
        with db.session() as s:
            for j in range(20):
                s.add(Pegawai(id=f"p{k}-{j}", nip=f"19850101201001{k}{j:03d}", nama="X"))

    try:
        threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        with db.session() as s:
            logged = s.scalars(select(ChangeLog.hlc)).all()
        every = [h for own in stamps for h in own] + list(logged)
        assert len(set(every)) == len(every)
        assert all(own == sorted(own) for own in stamps)
        # the clock never goes back and does not pass a remote stamp beyond the window
        last = db.context.clock.last
        db.context.clock.observe(last + 1000)
        assert db.context.clock.now() > last + 1000
        db.context.clock.observe(2**62)
        assert db.context.clock.now() < 2**62
        first = db.context.clock.reserve(10)
        assert db.context.clock.now() == first + 10
        # at least the server's wall clock
        with db.engine.connect() as c:
            wall = c.exec_driver_sql("SELECT asn_wall_hlc()").scalar()
        assert db.context.clock.now() >= wall
    finally:
        db.close()


def test_a_failed_stamp_leaves_the_clock_free(tmp_path: Path, pg: Server, pg_url: str) -> None:
    db = _open(tmp_path, pg_url)
    try:
        with pytest.raises(Exception, match="di luar batas"):
            db.context.clock.reserve(2**62)
        with pytest.raises(Exception, match="di luar batas"):
            db.context.clock.rewind(-1)
        # another session still stamps: no advisory lock was left held
        with _raw(pg, pg_url) as conn:
            conn.execute("SET lock_timeout = '2s'")
            assert conn.execute("SELECT asn_hlc()").fetchone()[0] > 0  # type: ignore[index]
    finally:
        db.close()


def test_no_bypass_by_temp_tables_truncate_or_float_settings(tmp_path: Path, pg: Server,
                                                            pg_url: str) -> None:
    db = _open(tmp_path, pg_url)
    try:
        with db.session() as s:
            s.add(Pegawai(id="p1", nip="198501012010011001", nama="Rina"))
            s.add(Indikator(id="i1", rhk_id="r1", target_nilai=1.0))
        with _raw(pg, pg_url) as conn:
            conn.execute("SELECT set_config('asn.node', 'b', false)")
            # a temporary capture_switch saying "off" is not ours: the change is recorded
            conn.execute("CREATE TEMP TABLE capture_switch (id int, capture int)")
            conn.execute("INSERT INTO capture_switch VALUES (1, 0)")
            conn.execute("SET extra_float_digits = 0")
            conn.execute("UPDATE indikator SET target_nilai = 0.30000000000000004")
            conn.commit()
            for table in ("pegawai", "change_log"):
                with pytest.raises(psycopg.errors.RaiseException, match="TRUNCATE"):
                    conn.execute(f"TRUNCATE {table}")
                conn.rollback()
        with db.session() as s:
            value = s.scalars(select(ChangeLog.value).where(
                ChangeLog.row_id == "i1", ChangeLog.field == "target_nilai",
                ChangeLog.node == "b")).one()
            assert value == 0.30000000000000004
            assert s.scalars(select(Pegawai.nama)).all() == ["Rina"]
    finally:
        db.close()


def test_sqlite_statements_as_postgresql_reads_them() -> None:
    assert translate("SELECT a FROM t WHERE b = ? AND c LIKE '50%?' AND d IS ? AND e IS NOT ? "
                     "AND f IS NOT NULL AND g IS NULL") == (
        "SELECT a FROM t WHERE b = %s AND c LIKE '50%%?' AND d IS NOT DISTINCT FROM %s "
        "AND e IS DISTINCT FROM %s AND f IS NOT NULL AND g IS NULL")
    assert translate("INSERT OR IGNORE INTO temp.sc_peg SELECT id, 0 FROM ch") == (
        "INSERT INTO pg_temp.sc_peg SELECT id, 0 FROM ch ON CONFLICT DO NOTHING")
    assert translate("CREATE TEMP TABLE x (id TEXT PRIMARY KEY) WITHOUT ROWID") == (
        "CREATE TEMP TABLE x (id TEXT PRIMARY KEY) ")
    assert translate("SELECT 1 FROM a CROSS JOIN b ON b.x = a.x") == (
        "SELECT 1 FROM a JOIN b ON b.x = a.x")
    assert translate("SELECT MAX(a), MAX(COALESCE(b, 0), ?), min(f(x, y)) FROM t WHERE c = :c"
                     ) == ("SELECT MAX(a), GREATEST(COALESCE(b, 0), %s), min(f(x, y)) FROM t "
                           "WHERE c = %(c)s")


def test_a_short_text_column_keeps_any_length_as_in_sqlite(tmp_path: Path, pg_url: str) -> None:
    """A String(n) value longer than n (SQLite keeps it; a unit's package may carry it) is
    kept by a central on PostgreSQL too, rather than refused by the server."""
    from asn_desktop import paths as paths_mod
    from asn_desktop.db.models import Pegawai
    from asn_desktop.services.workspace import init_workspace

    ws = init_workspace(paths_mod.resolve(tmp_path / "pusat"), "central", "BKPSDM",
                        database=pg_url)
    try:
        long = "Analis " * 400
        with ws.session() as s:
            s.add(Pegawai(id="p1", nip="198001012006041001", nama="Rina", jabatan=long))
        with ws.db.Session() as s:
            assert s.get_one(Pegawai, "p1").jabatan == long
    finally:
        ws.close()
