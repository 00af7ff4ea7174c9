"""No write path to synced data escapes the change record."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest
from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.exc import IntegrityError, OperationalError

from asn_desktop.db.models import SYNCED_MODELS, ChangeLog, OrgUnit, Pegawai
from asn_desktop.services.workspace import Workspace

# the SQLite triggers (tests/pg/test_pg_capture.py for PostgreSQL's)
pytestmark = pytest.mark.sqlite_only


def changes(ws: Workspace, row_id: str) -> list[tuple[str, object]]:
    with ws.db.Session() as s:
        rows = s.execute(
            select(ChangeLog.field, ChangeLog.value).where(ChangeLog.row_id == row_id)
            .order_by(ChangeLog.seq)
        ).all()
    return [(f, v) for f, v in rows]


def add_unit(ws: Workspace, kode: str = "X1") -> str:
    with ws.session() as s:
        u = OrgUnit(kode=kode, nama="Unit Uji")
        s.add(u)
        s.flush()
        return u.id


def test_orm_insert_records_every_non_null_field_with_clock_and_node(central: Workspace) -> None:
    uid = add_unit(central)
    recorded = dict(changes(central, uid))
    assert recorded["kode"] == "X1" and recorded["nama"] == "Unit Uji"
    assert recorded["deleted"] == 0 and recorded["tempat"] == "Serang"
    with central.db.Session() as s:
        nodes = set(s.scalars(select(ChangeLog.node).where(ChangeLog.row_id == uid)))
        hlcs = list(s.scalars(select(ChangeLog.hlc).where(ChangeLog.row_id == uid)))
    assert nodes == {central.info.node_id}
    assert all(h > 0 for h in hlcs)


def test_orm_update_records_only_changed_field_and_the_version_it_overwrote(
    central: Workspace,
) -> None:
    uid = add_unit(central)
    with central.session() as s:
        s.get_one(OrgUnit, uid).nama = "Unit Baru"
    with central.db.Session() as s:
        last = s.scalars(select(ChangeLog).where(ChangeLog.row_id == uid)
                         .order_by(ChangeLog.seq.desc())).first()
        first_nama = s.scalars(select(ChangeLog).where(
            ChangeLog.row_id == uid, ChangeLog.field == "nama").order_by(ChangeLog.seq)).first()
    assert last is not None and first_nama is not None
    assert (last.field, last.value) == ("nama", "Unit Baru")
    assert (last.base_hlc, last.base_node) == (first_nama.hlc, first_nama.node)
    assert last.hlc > first_nama.hlc


def test_bulk_update_core_insert_and_raw_sql_are_recorded(central: Workspace) -> None:
    a, b = add_unit(central, "A"), add_unit(central, "B")
    with central.session() as s:
        s.execute(update(OrgUnit).values(tempat="Cilegon"))
        s.execute(insert(OrgUnit).values(id="c" * 32, kode="C", nama="Inti"))
        s.execute(text("UPDATE org_unit SET alamat = 'Jl. Veteran' WHERE id = :i"), {"i": a})
    assert ("tempat", "Cilegon") in changes(central, a)
    assert ("tempat", "Cilegon") in changes(central, b)
    assert ("kode", "C") in changes(central, "c" * 32)
    assert ("alamat", "Jl. Veteran") in changes(central, a)


def test_delete_through_any_path_becomes_a_recorded_tombstone(central: Workspace) -> None:
    a, b, c = add_unit(central, "A"), add_unit(central, "B"), add_unit(central, "C")
    with central.session() as s:
        s.delete(s.get_one(OrgUnit, a))
    with central.session() as s:
        s.execute(delete(OrgUnit).where(OrgUnit.id == b))
        s.execute(text("DELETE FROM org_unit WHERE id = :i"), {"i": c})
    with central.db.Session() as s:
        alive = {u.id: u.deleted for u in s.scalars(select(OrgUnit))}
    for uid in (a, b, c):
        assert alive[uid] is True  # row kept as a tombstone: restorable
        assert changes(central, uid)[-1] == ("deleted", 1)


def test_rolled_back_write_leaves_no_change_record(central: Workspace) -> None:
    with central.db.Session() as s:
        before = s.scalar(select(ChangeLog.seq).order_by(ChangeLog.seq.desc()).limit(1))
    with pytest.raises(RuntimeError), central.session() as s:
        s.add(OrgUnit(kode="R", nama="Batal"))
        s.flush()
        raise RuntimeError("user cancelled")
    with central.db.Session() as s:
        after = s.scalar(select(ChangeLog.seq).order_by(ChangeLog.seq.desc()).limit(1))
        assert s.scalars(select(OrgUnit).where(OrgUnit.kode == "R")).first() is None
    assert before == after


def test_a_connection_without_the_capture_functions_cannot_write(central: Workspace) -> None:
    add_unit(central)
    raw = sqlite3.connect(central.paths.database)
    try:
        with pytest.raises(sqlite3.OperationalError, match="asn_hlc"):
            raw.execute("UPDATE org_unit SET nama = 'diam-diam'")
        with pytest.raises(sqlite3.OperationalError, match="asn_hlc"):
            raw.execute("INSERT INTO org_unit (id, kode) VALUES ('z', 'Z')")
    finally:
        raw.close()


def test_change_log_is_append_only(central: Workspace) -> None:
    add_unit(central)
    with pytest.raises((IntegrityError, OperationalError)), central.session() as s:
        s.execute(text("DELETE FROM change_log"))
    with pytest.raises((IntegrityError, OperationalError)), central.session() as s:
        s.execute(text("UPDATE change_log SET value = 'x'"))


def test_row_ids_cannot_be_rewritten(central: Workspace) -> None:
    uid = add_unit(central)
    with pytest.raises((IntegrityError, OperationalError)), central.session() as s:
        s.execute(text("UPDATE org_unit SET id = 'lain' WHERE id = :i"), {"i": uid})


def test_every_synced_table_has_all_three_triggers(central: Workspace) -> None:
    with central.db.Session() as s:
        names = set(s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
    for model in SYNCED_MODELS:
        table = model.__tablename__  # type: ignore[attr-defined]
        assert {f"cap_{table}_ins", f"cap_{table}_upd", f"cap_{table}_del"} <= names


def test_synced_not_null_columns_have_server_defaults_and_no_foreign_keys() -> None:
    for model in SYNCED_MODELS:
        table = model.__table__  # type: ignore[attr-defined]
        assert not table.foreign_keys, table.name
        for col in table.columns:
            if not col.nullable and not col.primary_key:
                assert col.server_default is not None, f"{table.name}.{col.name}"


def test_dates_round_trip_and_are_recorded_as_iso_text(central: Workspace) -> None:
    uid = add_unit(central)
    with central.session() as s:
        p = Pegawai(nip="198609262015051001", nama="Budi", unit_id=uid,
                    tanggal_lahir=date(1986, 9, 26))
        s.add(p)
        s.flush()
        pid = p.id
    assert ("tanggal_lahir", "1986-09-26") in changes(central, pid)
    with central.db.Session() as s:
        assert s.get_one(Pegawai, pid).tanggal_lahir == date(1986, 9, 26)


def _pegawai_rows(prefix: str, n: int) -> list[dict[str, object]]:
    """Rows with text, dates, booleans and NULLs, the same keys in each (one executemany);
    ids start with ``prefix``, a letter no generated (hexadecimal) id starts with."""
    return [{"id": f"{prefix}{i:031d}", "nip": f"19900101202001{ord(prefix) % 10}{i:03d}",
             "nama": f"Pegawai {i}", "gelar_depan": None if i % 2 else "Dr.",
             # a datetime in a date column is stored as the date (SQLAlchemy's conversion)
             "tanggal_lahir": (datetime(1990, 1, 2, 5, 6, 7) if i == 5 else
                               date(1990, 1, 1 + i % 28) if i % 3 else None),
             "pimpinan_unit": i % 4 == 0, "aktif": True, "jabatan": "Analis"}
            for i in range(n)]


def _recorded(ws: Workspace, prefix: str) -> list[tuple[object, ...]]:
    with ws.db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT substr(row_id, 2), field, value, typeof(value), base_hlc, base_node, node, "
            "actor, source FROM change_log WHERE tbl = 'pegawai' AND row_id LIKE ? ORDER BY seq",
            (prefix + "%",)).all()
    # the NIPs differ between the two sets (a live NIP is unique): compared by type only
    return [(r[0], r[1], None if r[1] == "nip" else r[2], *r[3:]) for r in rows]


def test_bulk_insert_records_what_the_insert_trigger_records(central: Workspace) -> None:
    from asn_desktop.db import capture

    table = Pegawai.__table__
    with central.session() as s:
        s.execute(insert(table), _pegawai_rows("w", 30))  # one trigger run per row
    before = central.db.context.clock.last
    with central.session() as s:
        capture.bulk_insert(s.connection(), table, _pegawai_rows("x", 30))
    by_trigger, by_bulk = _recorded(central, "w"), _recorded(central, "x")
    assert by_bulk == by_trigger and len(by_bulk) > 30 * 8
    with central.db.engine.connect() as conn:
        hlcs = [h for (h,) in conn.exec_driver_sql(
            "SELECT hlc FROM change_log WHERE row_id LIKE 'x%' ORDER BY seq")]
        (switch,) = conn.exec_driver_sql("SELECT capture FROM capture_switch").one()
    # each record its own clock value, in order, after every earlier one; the clock goes on
    assert hlcs == sorted(set(hlcs)) and hlcs[0] > before
    assert central.db.context.clock.last >= hlcs[-1] and switch == 1
    with central.session() as s:  # a later edit through the trigger sees the bulk version
        s.get_one(Pegawai, "x" + "0" * 31).nama = "Pegawai Baru"
    with central.db.Session() as s:
        last = s.scalars(select(ChangeLog).where(ChangeLog.row_id == "x" + "0" * 31)
                         .order_by(ChangeLog.seq.desc())).first()
    assert last is not None and last.field == "nama" and last.base_hlc in hlcs


def test_bulk_insert_that_fails_writes_nothing_and_leaves_capture_on(central: Workspace) -> None:
    from asn_desktop.db import capture
    from asn_desktop.db.capture import set_capture

    rows = _pegawai_rows("y", 3)
    rows[2]["id"] = rows[0]["id"]  # a duplicate key
    with pytest.raises(IntegrityError), central.session() as s:
        capture.bulk_insert(s.connection(), Pegawai.__table__, rows)
    assert _recorded(central, "y") == []
    with central.db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT capture FROM capture_switch").scalar() == 1
    # inside a merge (capture off) it refuses rather than switch capture back on
    with pytest.raises(RuntimeError), central.session() as s:
        set_capture(s.connection(), False)
        capture.bulk_insert(s.connection(), Pegawai.__table__, _pegawai_rows("z", 2))
    assert _recorded(central, "z") == []
