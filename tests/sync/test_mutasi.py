"""Mutasi: the central moves an employee from unit A to unit B. A's work from before the move
applies, A's work after it (not yet knowing) is set aside for review at the central, the rest of
A's package goes in, A learns of the move, and B receives the employee's data."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.sync.conftest import Net, add_skp

from asn_desktop import paths as paths_mod
from asn_desktop.cli import main
from asn_desktop.db.models import Pegawai, Rhk, Skp
from asn_desktop.errors import AsnError
from asn_desktop.services import mutasi
from asn_desktop.services import sync_service as svc
from asn_desktop.services.workspace import open_workspace


def _move(net: Net, key: str, unit: str) -> None:
    with net.central.session() as s:
        nip = s.get_one(Pegawai, net.org.people[key]).nip
        mutasi.pindah(s, nip, unit)


def _get(ws: Any, model: Any, rid: str) -> Any:
    with ws.db.Session() as s:
        return s.get(model, rid)


def test_mutasi_with_edits_in_flight_never_blocks_sync(net: Net) -> None:
    a, b = net.units["3673.A"], net.units["3673.B"]
    staf = net.org.people["staf_a1"]
    ids = add_skp(a, staf)
    other = add_skp(a, net.org.people["kepala_a"])
    net.sync_all(rounds=1)
    with a.session() as s:  # before the move
        s.get_one(Rhk, ids["rhk"][0]).uraian = "Ditulis sebelum mutasi"
    _move(net, "staf_a1", "3673.B")
    with a.session() as s:  # after the move, which the unit does not know yet
        s.get_one(Skp, ids["skp"]).catatan = "Ditulis sesudah mutasi"
        s.get_one(Rhk, other["rhk"][0]).uraian = "Pekerjaan lain unit A"
    r = net.recv(net.central, net.send(a, net.central))  # not rejected
    assert r.ditahan >= 1
    assert _get(net.central, Rhk, ids["rhk"][0]).uraian == "Ditulis sebelum mutasi"
    assert _get(net.central, Skp, ids["skp"]).catatan != "Ditulis sesudah mutasi"
    assert _get(net.central, Rhk, other["rhk"][0]).uraian == "Pekerjaan lain unit A"
    (k,) = [k for k in svc.conflicts(net.central) if k.jenis == "mutasi"]
    assert k.nilai_paket == "Ditulis sesudah mutasi"  # set aside, not lost
    net.sync_all(rounds=2)
    assert _get(a, Pegawai, staf).unit_id == net.org.units["3673.B"]  # A learned of the move
    assert _get(b, Rhk, ids["rhk"][0]).uraian == "Ditulis sebelum mutasi"  # B has the data
    assert net.converged()
    # the set-aside edit, taken in review, reaches the new unit
    svc.resolve(net.central, k.id, "incoming")
    net.sync_all(rounds=1)
    assert _get(b, Skp, ids["skp"]).catatan == "Ditulis sesudah mutasi"
    assert net.converged()


def test_only_the_central_records_a_mutasi(net: Net) -> None:
    a = net.units["3673.A"]
    with a.session() as s, pytest.raises(AsnError, match="pusat"):
        mutasi.pindah(s, s.get_one(Pegawai, net.org.people["staf_a1"]).nip, "3673.B")


def test_cli_pegawai_pindah(net: Net, capsys: pytest.CaptureFixture[str]) -> None:
    with net.central.db.Session() as s:
        nip = s.get_one(Pegawai, net.org.people["staf_c1"]).nip
        atasan = s.get_one(Pegawai, net.org.people["kepala_b"]).nip
    d = str(net.central.paths.data_dir)
    net.central.close()
    with pytest.raises(SystemExit) as exc:  # no such day: a usage error
        main(["--data-dir", d, "pegawai", "pindah", "--nip", nip, "--unit", "3673.B",
              "--atasan", atasan, "--tmt", "2026-02-31"])
    assert exc.value.code == 2
    assert "tanggal tidak sah" in capsys.readouterr().err
    assert main(["--data-dir", d, "pegawai", "pindah", "--nip", nip, "--unit", "3673.B",
                 "--atasan", atasan, "--tmt", "2026-07-01"]) == 0
    out = capsys.readouterr().out
    assert "dipindahkan" in out and "Pegawai kepala_b" in out and "TMT 2026-07-01" in out
    ws = open_workspace(paths_mod.resolve(d))
    with ws.db.Session() as s:
        assert s.get_one(Pegawai, net.org.people["staf_c1"]).tmt_unit == date(2026, 7, 1)
    ws.close()
    assert main(["--data-dir", d, "pegawai", "pindah", "--nip", nip, "--unit", "3673.B"]) == 1
    assert "sudah ditempatkan" in capsys.readouterr().err


def test_the_new_unit_receives_an_approved_skp_as_it_stands(net: Net) -> None:
    a, b = net.units["3673.A"], net.units["3673.B"]
    ids = add_skp(a, net.org.people["staf_a1"])
    net.sync_all(rounds=1)
    with net.central.session() as s:  # approved at the central, over the unit's draft
        s.get_one(Skp, ids["skp"]).status = "DISETUJUI"
    _move(net, "staf_a1", "3673.B")
    net.sync_all(rounds=2)
    skp = _get(b, Skp, ids["skp"])
    assert skp is not None and skp.status == "DISETUJUI" and not skp.deleted
    assert _get(b, Rhk, ids["rhk"][0]) is not None
    assert not svc.conflicts(b)  # nothing of B's own to protect: nothing held
    assert net.converged()


def test_cli_lists_a_held_new_row_once(net: Net, capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import date

    from asn_desktop.db.models import LogHarian

    a = net.units["3673.A"]
    staf = net.org.people["staf_a1"]
    _move(net, "staf_a1", "3673.B")
    with a.session() as s:  # a new log after the move, not yet known at the unit
        s.add(LogHarian(pegawai_id=staf, tanggal=date(2026, 3, 2), uraian="Sesudah mutasi"))
    net.recv(net.central, net.send(a, net.central))
    held = [k for k in svc.conflicts(net.central) if k.jenis == "mutasi"]
    assert len(held) > 1  # one per column
    d = str(net.central.paths.data_dir)
    net.central.close()
    assert main(["--data-dir", d, "sync", "conflicts"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1 and "Log harian baru" in lines[0] and "mutasi" in lines[0]
    assert f"#{held[0].id}" in lines[0]


def test_the_new_unit_receives_the_cascade_its_employees_plans_point_to(net: Net) -> None:
    # An SKP cascades from the old atasan's RHK; after the move the new unit holds that RHK
    # too, so the sheet it prints (and verifies) names it as the old unit did.
    a, b = net.units["3673.A"], net.units["3673.B"]
    staf = net.org.people["staf_a1"]
    atas = add_skp(a, net.org.people["kepala_a"])
    own = add_skp(a, staf)
    with a.session() as s:
        s.get_one(Rhk, own["rhk"][0]).rhk_atasan_id = atas["rhk"][0]
    net.sync_all(rounds=1)
    with net.central.session() as s:
        nip = s.get_one(Pegawai, staf).nip
        kepala_b = s.get_one(Pegawai, net.org.people["kepala_b"]).nip
        mutasi.pindah(s, nip, "3673.B", atasan_nip=kepala_b)
    net.sync_all(rounds=2)
    assert _get(b, Rhk, own["rhk"][0]).rhk_atasan_id == atas["rhk"][0]
    cascade = _get(b, Rhk, atas["rhk"][0])
    assert cascade is not None and cascade.uraian == _get(a, Rhk, atas["rhk"][0]).uraian
    assert net.converged()


def test_a_change_stamped_before_a_move_the_unit_had_confirmed_is_not_believed(
        net: Net) -> None:
    """After a unit has confirmed the central's mutasi, a change of its own appearing later
    with a stamp from before the move (a record added to its data file by hand) is judged as
    written after the move: set aside for review, not applied by its stamp."""
    import sqlite3

    a = net.units["3673.A"]
    ids = add_skp(a, net.org.people["staf_a1"])
    net.sync_all(rounds=1)
    _move(net, "staf_a1", "3673.B")
    net.sync_unit("3673.A")  # A learns of the move
    net.sync_unit("3673.A")  # and confirms it
    rhk = ids["rhk"][0]
    with net.central.db.Session() as s:
        from asn_desktop.sync.scope import raw

        d = raw(s)
        (moved,) = d.execute("SELECT MAX(hlc) FROM change_log WHERE tbl = 'pegawai' AND "
                             "row_id = ? AND field = 'unit_id'",
                             (net.org.people["staf_a1"],)).fetchone()
        before = _get(net.central, Rhk, rhk).uraian
    con = sqlite3.connect(a.paths.database)
    try:
        (bh, bn) = con.execute("SELECT hlc, node FROM change_log WHERE tbl = 'rhk' AND "
                               "row_id = ? AND field = 'uraian' ORDER BY hlc DESC, node DESC "
                               "LIMIT 1", (rhk,)).fetchone()
        assert bh < (bh + moved) // 2 < moved  # between its base and the move
        con.execute("INSERT INTO change_log (tbl, row_id, field, value, hlc, node, base_hlc, "
                    "base_node, actor) VALUES ('rhk', ?, 'uraian', 'Dipalsukan', ?, ?, ?, ?, "
                    "'x')", (rhk, (bh + moved) // 2, a.info.node_id, bh, bn))
        con.commit()
    finally:
        con.close()
    r = net.recv(net.central, net.send(a, net.central))
    assert r.ditahan == 1 and _get(net.central, Rhk, rhk).uraian == before
    (k,) = [k for k in svc.conflicts(net.central) if k.jenis == "mutasi"]
    assert k.nilai_paket == "Dipalsukan"
