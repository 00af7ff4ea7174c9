"""A central moved between SQLite and PostgreSQL stays the same installation; and a central on
PostgreSQL given the same packages as a SQLite central ends with the same content."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select
from tests.sync.conftest import Net, add_skp, build_org

from asn_desktop import paths as paths_mod
from asn_desktop.cli import main
from asn_desktop.db.engine import open_database
from asn_desktop.db.models import ChangeLog, Pegawai, Skp
from asn_desktop.errors import AsnError
from asn_desktop.services import pindah_server
from asn_desktop.services import sync_service as svc
from asn_desktop.services.enrol import init_from_setup
from asn_desktop.services.workspace import init_workspace, open_workspace


def _sqlite_twin(central: object, folder: Path) -> object:
    """A SQLite copy of a central (the same installation: node, keys, history)."""
    paths = paths_mod.resolve(folder)
    paths.ensure()
    shutil.copytree(central.paths.keys, paths.keys)  # type: ignore[attr-defined]
    target = open_database(paths.database, backup_dir=paths.backups)
    try:
        pindah_server.copy_content(central.db, target)  # type: ignore[attr-defined]
    finally:
        target.close()
    return open_workspace(paths)


def test_a_postgresql_central_and_a_sqlite_central_given_the_same_packages_agree(
        tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """The central on PostgreSQL invites a unit from the command line, the unit starts with
    init --from, and after a round trip the central's fingerprint equals that of a SQLite
    central that imported the same packages."""
    d = str(tmp_path / "pusat")
    assert main(["--data-dir", d, "init", "--role", "central", "--name", "BKPSDM Kota Serang",
                 "--database", pg_url]) == 0
    central = open_workspace(paths_mod.resolve(d))
    org = build_org(central)
    setup = tmp_path / "undangan.asnsetup"
    capsys.readouterr()
    assert main(["--data-dir", d, "sync", "invite", "--unit", "3673.A", "--out", str(setup),
                 "--json"]) == 0
    invited = json.loads(capsys.readouterr().out)
    setup, kode = Path(invited["berkas"]), invited["kode_pendaftaran"]
    unit_dir = str(tmp_path / "unit")
    assert main(["--data-dir", unit_dir, "init", "--from", str(setup), "--kode", kode]) == 0
    unit = open_workspace(paths_mod.resolve(unit_dir))
    twin = _sqlite_twin(central, tmp_path / "kembar")
    assert not twin.db.is_postgresql  # type: ignore[attr-defined]
    net = Net(tmp_path, central, {"3673.A": unit}, org)
    net.opened.append(twin)  # type: ignore[arg-type]
    try:
        assert svc.fingerprint(twin) == svc.fingerprint(central)  # type: ignore[arg-type]
        add_skp(unit, org.people["staf_a1"])
        for _ in range(2):  # round trips: the unit's work up, the central's answer down
            up = net.send(unit, central)
            net.recv(central, up)
            net.recv(twin, up)  # type: ignore[arg-type]
            net.recv(unit, net.send(central, unit))
        assert net.converged()
        assert svc.fingerprint(central) == svc.fingerprint(twin)  # type: ignore[arg-type]
        assert svc.fingerprint(central, "3673.A") == svc.fingerprint(unit, "3673.A")
        with central.db.Session() as s:
            assert s.scalar(select(func.count(Skp.id))) == 1
    finally:
        net.close()


def test_pindah_server_moves_a_working_central_and_sync_carries_on(
        tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    central = init_workspace(paths_mod.resolve(tmp_path / "pusat"), "central", "BKPSDM")
    org = build_org(central)
    inv = svc.invite(central, "3673.A", tmp_path / "a.asnsetup")
    unit = init_from_setup(paths_mod.resolve(tmp_path / "unit"), inv.path, inv.kode)
    net = Net(tmp_path, central, {"3673.A": unit}, org)
    try:
        add_skp(unit, org.people["staf_a1"])
        net.sync_all(rounds=1)
        before = svc.fingerprint(central)
        with central.db.Session() as s:
            history = s.scalar(select(func.count(ChangeLog.seq)))
        paths = central.paths
        central.close()

        assert main(["--data-dir", str(paths.data_dir), "pindah-server", "--database",
                     pg_url]) == 0
        assert "dipindah" in capsys.readouterr().out
        assert not paths.database.exists() and list(paths.backups.glob("*-dipindah-ke-server*"))
        net.central = central = open_workspace(paths)
        assert central.db.is_postgresql and svc.fingerprint(central) == before
        with central.db.Session() as s:
            assert s.scalar(select(func.count(ChangeLog.seq))) == history
        # the same installation to its unit: ordinary rounds, both ways, no --full
        with central.session() as s:
            s.get_one(Pegawai, org.people["staf_a1"]).jabatan = "Analis (di server)"
        add_skp(unit, org.people["kepala_a"])
        net.sync_all(rounds=2)
        assert net.converged()
        with unit.db.Session() as s:
            assert s.get_one(Pegawai, org.people["staf_a1"]).jabatan == "Analis (di server)"
        with central.db.Session() as s:
            assert s.scalar(select(func.count(Skp.id))) == 2
    finally:
        net.close()


def test_pindah_server_refuses_and_changes_nothing(tmp_path: Path, pg_url: str, pg: object,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from tests.conftest import _new_pg_database

    taken = init_workspace(paths_mod.resolve(tmp_path / "lain"), "central", "Pusat Lain",
                           database=pg_url)
    taken.close()
    unit = init_workspace(paths_mod.resolve(tmp_path / "unit"), "unit", "SDN 1")
    unit.close()
    central = init_workspace(paths_mod.resolve(tmp_path / "pusat"), "central", "BKPSDM")
    before = svc.fingerprint(central)
    paths = central.paths
    central.close()
    with pytest.raises(AsnError, match="sudah berisi ruang kerja"):
        pindah_server.move_to_server(paths, pg_url)
    with pytest.raises(AsnError, match="Hanya data pusat"):
        pindah_server.move_to_server(unit.paths, _new_pg_database(pg))
    with pytest.raises(AsnError, match="kata sandi"):
        pindah_server.move_to_server(paths, "postgresql://u:rahasia@localhost/x")
    assert main(["--data-dir", str(paths.data_dir), "pindah-server", "--database",
                 "mysql://x/y"]) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert paths.database.exists() and not paths.database_url.exists()
    ws = open_workspace(paths)
    try:
        assert not ws.db.is_postgresql and svc.fingerprint(ws) == before
    finally:
        ws.close()
    moved = init_workspace(paths_mod.resolve(tmp_path / "pindah"), "central", "B",
                           database=_new_pg_database(pg))
    moved.close()
    with pytest.raises(AsnError, match="sudah disimpan di server"):
        pindah_server.move_to_server(moved.paths, _new_pg_database(pg))
