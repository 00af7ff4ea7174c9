"""SQLite safety settings and the hybrid logical clock."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, text

from asn_desktop import paths as paths_mod
from asn_desktop.db.hlc import HybridLogicalClock, pack, physical_ms
from asn_desktop.db.models import ChangeLog, OrgUnit
from asn_desktop.services.workspace import Workspace, open_workspace


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
