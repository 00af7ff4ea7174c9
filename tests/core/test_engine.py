"""SQLite safety settings and the hybrid logical clock."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from asn_desktop import paths as paths_mod
from asn_desktop.db.hlc import HybridLogicalClock, pack, physical_ms
from asn_desktop.db.models import ChangeLog, OrgUnit
from asn_desktop.services.workspace import Workspace, open_workspace


@pytest.mark.sqlite_only  # SQLite pragmas
def test_connections_use_wal_foreign_keys_and_busy_timeout(central: Workspace) -> None:
    with central.db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 10000


def test_clock_is_monotonic_even_when_the_wall_clock_goes_back() -> None:
    now = [1_000_000]
    clock = HybridLogicalClock(now_ms=lambda: now[0])
    a = clock.now()
    now[0] -= 500_000  # somebody set the PC's date back
    b = clock.now()
    assert b > a and physical_ms(b) == 1_000_000
    clock.observe(pack(2_000_000, 7))
    assert clock.now() > pack(2_000_000, 7)


def test_reopened_workspace_continues_after_the_last_recorded_clock(tmp_path: Path,
                                                                    central: Workspace) -> None:
    with central.session() as s:
        s.add(OrgUnit(kode="A", nama="A"))
    with central.db.Session() as s:
        last = s.scalar(select(ChangeLog.hlc).order_by(ChangeLog.hlc.desc()).limit(1))
    central.close()
    ws = open_workspace(paths_mod.resolve(central.paths.data_dir))
    try:
        ws.db.context.clock._now_ms = lambda: 0  # a PC whose date is far in the past
        with ws.session() as s:
            s.add(OrgUnit(kode="B", nama="B"))
        with ws.db.Session() as s:
            newest = s.scalar(select(ChangeLog.hlc).order_by(ChangeLog.seq.desc()).limit(1))
        assert last is not None and newest is not None and newest > last
    finally:
        ws.close()


def test_clock_seed_that_fails_is_asked_again() -> None:
    from asn_desktop.db.hlc import HybridLogicalClock, pack

    calls: list[int] = []

    def seed() -> int:
        calls.append(1)
        if len(calls) == 1:
            raise OSError("sebentar tidak terbaca")
        return pack(4_000_000_000_000, 7)  # far ahead of any wall clock here

    clock = HybridLogicalClock(now_ms=lambda: 1_000, seed=seed)
    with pytest.raises(OSError):
        clock.now()
    assert clock.now() > pack(4_000_000_000_000, 7)  # continues after what is recorded
    assert len(calls) == 2


def test_a_data_folder_named_with_a_hash_keeps_its_clock(tmp_path: Path) -> None:
    # the clock's starting point is read from the data file through a URI: "#" must not cut it
    from asn_desktop import paths as paths_mod
    from asn_desktop.db.models import OrgUnit
    from asn_desktop.services.workspace import init_workspace, open_workspace

    folder = tmp_path / "Data #1"
    ws = init_workspace(paths_mod.resolve(folder), "central", "BKPSDM")
    with ws.session() as s:
        s.add(OrgUnit(kode="3673.A", nama="Dinas A", jenis="OPD"))
    with ws.db.engine.connect() as conn:
        before = conn.exec_driver_sql("SELECT MAX(hlc) FROM change_log").scalar()
    ws.close()
    ws = open_workspace(paths_mod.resolve(folder))
    try:
        assert ws.db.context.hlc() > before
    finally:
        ws.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Data #1"]  # nothing stray beside it
