"""Clocks: a PC whose date is wrong can neither pull every installation's clock into the future
nor stop the central from writing; a PC whose date looks wrong is told so."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from tests.sync.conftest import Net, table_counts

from asn_desktop.cli import main
from asn_desktop.db.hlc import (
    WINDOW_MS,
    HybridLogicalClock,
    ceiling,
    clock_warning,
    pack,
    physical_ms,
    wall_ms,
)
from asn_desktop.db.models import Pegawai, Skp
from asn_desktop.errors import PackageRejected
from asn_desktop.services import sync_service as svc

YEAR_2100_MS = int(datetime(2100, 1, 1).timestamp() * 1000)


def _edit_at(ws: object, net: Net, now_ms: int) -> None:
    ws.db.context.clock._now_ms = lambda: now_ms  # type: ignore[attr-defined]
    with ws.session() as s:  # type: ignore[attr-defined]
        p = s.get(Pegawai, net.org.people["staf_a1"])
        s.add(Skp(pegawai_id=p.id, tahun=2026))


def test_observe_never_moves_past_the_window() -> None:
    now = 1_800_000_000_000
    clock = HybridLogicalClock(now_ms=lambda: now)
    clock.observe((1 << 63) - 1)  # the largest value a package could carry
    assert clock.last <= ceiling(now)
    assert physical_ms(clock.now()) <= now + WINDOW_MS + 1  # the counter carries over


def test_package_from_a_pc_in_2100_is_refused_naming_both_clocks(net: Net,
                                                                   tmp_path: Path) -> None:
    unit = net.units["3673.A"]
    _edit_at(unit, net, YEAR_2100_MS)
    before = (net.fp(net.central), table_counts(net.central))
    last = net.central.db.context.clock.last
    with pytest.raises(PackageRejected) as e:
        net.recv(net.central, net.send(unit, net.central))
    assert e.value.reason == "clock_ahead"
    assert "2100" in e.value.message and str(datetime.now().year) in e.value.message
    assert (net.fp(net.central), table_counts(net.central)) == before
    # the central's clock did not move, and it still writes with today's clock
    assert net.central.db.context.clock.last == last
    with net.central.session() as s:
        s.get(Pegawai, net.org.people["staf_b1"]).jabatan = "Analis"
    assert physical_ms(net.central.db.context.clock.last) <= wall_ms() + 1000


def test_a_clock_within_the_window_is_accepted(net: Net) -> None:
    unit = net.units["3673.A"]
    _edit_at(unit, net, wall_ms() + WINDOW_MS // 2)  # a PC set to the wrong time zone
    net.recv(net.central, net.send(unit, net.central))
    assert net.fp(net.central, "3673.A") == net.fp(unit, "3673.A")


def test_pc_whose_date_is_behind_what_it_recorded_is_told(net: Net) -> None:
    ws = net.central
    assert svc.status(ws).peringatan_jam is None
    ws.db.context.clock.observe(pack(wall_ms() + WINDOW_MS - 1000, 0))  # still inside the window
    assert svc.status(ws).peringatan_jam is None
    ws.db.context.clock._now_ms = lambda: wall_ms() - 3 * WINDOW_MS  # the date was set back
    warning = svc.status(ws).peringatan_jam
    assert warning is not None and "lebih lambat" in warning


def test_clock_warning_rules() -> None:
    now = 1_800_000_000_000
    assert clock_warning(now, pack(now, 0)) is None
    assert clock_warning(now, 0) is None
    assert "salah" in (clock_warning(946_684_800_000, 0) or "")  # 2000-01-01: flat battery
    assert "lebih lambat" in (clock_warning(now, pack(now + 2 * WINDOW_MS, 0)) or "")


def test_sync_status_cli_shows_the_warning(net: Net, capsys: pytest.CaptureFixture[str]) -> None:
    if net.central.db.is_postgresql:
        pytest.skip("a central on PostgreSQL is stamped by the server's clock, not a PC's")
    d = net.central.paths.data_dir
    net.central.db.context.clock._now_ms = lambda: wall_ms() + 3 * WINDOW_MS
    with net.central.session() as s:  # a change stamped while the date was 3 days ahead
        s.get(Pegawai, net.org.people["staf_b1"]).jabatan = "Analis"
    net.close()
    assert main(["--data-dir", str(d), "sync", "status"]) == 0
    assert "PERINGATAN" in capsys.readouterr().out


def test_clock_ran_ahead_then_corrected_sync_resumes(net: Net) -> None:
    """A unit's PC ran a year ahead: its package is refused. Its date is put right; its next
    package carries the same work stamped anew, in the same order, and is accepted."""
    unit = net.units["3673.A"]
    ahead = wall_ms() + 365 * 24 * 3600 * 1000
    unit.db.context.clock._now_ms = lambda: ahead
    with unit.session() as s:
        skp = Skp(pegawai_id=net.org.people["staf_a1"], tahun=2026, catatan="Pertama")
        s.add(skp)
        s.flush()
        skp_id = skp.id
    with pytest.raises(PackageRejected) as e:
        net.recv(net.central, net.send(unit, net.central))
    assert e.value.reason == "clock_ahead"
    unit.db.context.clock._now_ms = wall_ms  # the date is put right
    assert "cap waktu baru" in (svc.status(unit).peringatan_jam or "")
    with unit.session() as s:  # still stamped after the year-ahead change (never backwards)
        s.get_one(Skp, skp_id).catatan = "Kedua"
    res = svc.export(unit, net.root / "pos" / "lagi")
    assert res.distempel_ulang >= 2 and "cap waktu baru" in res.ringkasan
    net.recv(net.central, res.files[0].path)
    with net.central.db.Session() as s:
        assert s.get_one(Skp, skp_id).catatan == "Kedua"
    assert physical_ms(unit.db.context.clock.last) <= wall_ms() + 1000
    assert svc.status(unit).peringatan_jam is None
    with unit.session() as s:  # new edits are stamped with today's clock again
        s.get_one(Skp, skp_id).catatan = "Ketiga"
    assert physical_ms(unit.db.context.clock.last) <= wall_ms() + 1000
    net.sync_unit("3673.A")
    assert net.fp(net.central, "3673.A") == net.fp(unit, "3673.A")
    # the change log is append-only again
    with pytest.raises(Exception, match="hanya boleh ditambah"), unit.session() as s:
        s.connection().exec_driver_sql("UPDATE change_log SET hlc = hlc + 1")


def test_no_restamp_while_a_received_change_is_ahead_too(net: Net) -> None:
    """When changes from elsewhere are beyond this PC's window as well, its date may be the
    wrong one now: nothing is stamped anew."""
    unit = net.units["3673.A"]
    net.central.db.context.clock._now_ms = lambda: wall_ms() + WINDOW_MS - 60_000
    unit.db.context.clock._now_ms = lambda: wall_ms() + WINDOW_MS - 60_000
    with net.central.session() as s:
        s.get(Pegawai, net.org.people["staf_a1"]).jabatan = "Dari pusat"
    with unit.session() as s:
        s.add(Skp(pegawai_id=net.org.people["staf_a1"], tahun=2026))
    net.recv(unit, net.send(net.central, unit))  # within both windows: accepted
    unit.db.context.clock._now_ms = lambda: wall_ms() - 2 * WINDOW_MS  # now set far back
    assert svc.restamp_clock(unit) == 0
