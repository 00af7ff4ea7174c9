"""One more staff PC for a central on PostgreSQL: gabung-server binds an empty data folder to
the server and installs the central's keys from one of its backups; every refusal leaves the
folder empty and the server untouched, and the joined PC works as the central."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from tests.sync.conftest import Net, build_org

from asn_desktop import paths as paths_mod
from asn_desktop.cli import main
from asn_desktop.db.models import Pegawai
from asn_desktop.errors import AsnError
from asn_desktop.services import cadangan, gabung_server
from asn_desktop.services import sync_service as svc
from asn_desktop.services.enrol import init_from_setup
from asn_desktop.services.workspace import init_workspace, open_workspace
from asn_desktop.sync.keys import load_keys

SANDI = "sandi-cadangan-pusat"


def _empty(folder: Path) -> bool:
    return not folder.exists() or not any(folder.iterdir())


def test_a_staff_pc_joins_the_central_and_works_as_it(tmp_path: Path, pg_url: str) -> None:
    central = init_workspace(paths_mod.resolve(tmp_path / "pusat"), "central",
                             "BKPSDM Kota Serang", database=pg_url)
    org = build_org(central)
    inv = svc.invite(central, "3673.A", tmp_path / "undangan.asnsetup")
    unit = init_from_setup(paths_mod.resolve(tmp_path / "unit"), inv.path, inv.kode)
    backup = cadangan.backup(central, tmp_path / "pusat.sqlite", sandi=SANDI).path
    staf = paths_mod.resolve(tmp_path / "staf")
    result = gabung_server.join_server(staf, pg_url, backup, SANDI)
    assert "BKPSDM Kota Serang" in result.ringkasan
    assert load_keys(staf.keys).sign_public == load_keys(central.paths.keys).sign_public
    joined = open_workspace(staf)
    net = Net(tmp_path, joined, {"3673.A": unit}, org)
    net.opened.append(central)
    try:
        assert joined.db.is_postgresql and joined.info.node_id == central.info.node_id
        with joined.db.Session() as s:
            assert s.scalar(select(func.count(Pegawai.id))) == len(org.people)
        # the joined PC signs and opens packages as the central: a round trip with the unit
        net.sync_unit("3673.A")
        net.sync_unit("3673.A")
        assert net.converged()
    finally:
        net.close()


def test_refusals_change_nothing(tmp_path: Path, pg_url: str) -> None:
    central = init_workspace(paths_mod.resolve(tmp_path / "pusat"), "central", "BKPSDM",
                             database=pg_url)
    backup = cadangan.backup(central, tmp_path / "pusat.sqlite", sandi=SANDI).path
    other = init_workspace(paths_mod.resolve(tmp_path / "lain"), "central", "Pusat Lain")
    foreign = cadangan.backup(other, tmp_path / "lain.sqlite", sandi=SANDI).path
    central.close()
    other.close()
    staf = paths_mod.resolve(tmp_path / "staf")
    with pytest.raises(AsnError, match="salah"):
        gabung_server.join_server(staf, pg_url, backup, "sandi-yang-keliru")
    with pytest.raises(AsnError, match="instalasi lain"):
        gabung_server.join_server(staf, pg_url, foreign, SANDI)
    with pytest.raises(AsnError, match="kata sandi"):
        gabung_server.join_server(staf, pg_url, backup, "")
    with pytest.raises(AsnError, match="tidak ditemukan"):
        gabung_server.join_server(staf, pg_url, tmp_path / "tidak-ada.sqlite", SANDI)
    junk = tmp_path / "bukan.sqlite"
    junk.write_bytes(b"bukan cadangan" * 100)
    with pytest.raises(AsnError, match="bukan berkas data"):
        gabung_server.join_server(staf, pg_url, junk, SANDI)
    assert _empty(staf.data_dir)
    # a folder that already holds a workspace (its own keys) is never touched
    with pytest.raises(AsnError, match="sudah berisi"):
        gabung_server.join_server(paths_mod.resolve(tmp_path / "lain"), pg_url, backup, SANDI)


def test_an_empty_database_is_no_central_to_join(tmp_path: Path, pg: object,
                                                  pg_url: str) -> None:
    from tests.conftest import _new_pg_database

    central = init_workspace(paths_mod.resolve(tmp_path / "pusat"), "central", "BKPSDM",
                             database=pg_url)
    backup = cadangan.backup(central, tmp_path / "pusat.sqlite", sandi=SANDI).path
    central.close()
    staf = paths_mod.resolve(tmp_path / "staf")
    with pytest.raises(AsnError, match="belum berisi data pusat"):
        gabung_server.join_server(staf, _new_pg_database(pg), backup, SANDI)
    assert _empty(staf.data_dir)


def test_the_command(tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    central = init_workspace(paths_mod.resolve(tmp_path / "pusat"), "central", "BKPSDM",
                             database=pg_url)
    backup = cadangan.backup(central, tmp_path / "pusat.sqlite", sandi=SANDI).path
    central.close()
    staf = str(tmp_path / "staf")
    capsys.readouterr()
    assert main(["--data-dir", staf, "gabung-server", "--database", pg_url, "--cadangan",
                 str(backup), "--sandi", "keliru-keliru"]) == 1
    err = capsys.readouterr().err
    assert "salah" in err and err.count("\n") == 1
    assert main(["--data-dir", staf, "join-server", "--database", pg_url, "--cadangan",
                 str(backup), "--sandi", SANDI]) == 0
    assert "tersambung" in capsys.readouterr().out
    assert main(["--data-dir", staf, "units"]) == 0


def test_a_backup_from_before_a_key_rotation_is_refused(tmp_path: Path, pg_url: str) -> None:
    from asn_desktop.services import sertifikat, sync_kunci

    central = init_workspace(paths_mod.resolve(tmp_path / "pusat"), "central", "BKPSDM",
                             database=pg_url)
    sertifikat.siapkan(central)  # the central's own PDF-signing certificate, on the server
    old = cadangan.backup(central, tmp_path / "lama.sqlite", sandi=SANDI).path
    sync_kunci.rotate_keys(central)
    new = cadangan.backup(central, tmp_path / "baru.sqlite", sandi=SANDI).path
    central.close()
    staf = paths_mod.resolve(tmp_path / "staf")
    with pytest.raises(AsnError, match="bukan kunci pusat yang berlaku"):
        gabung_server.join_server(staf, pg_url, old, SANDI)
    assert _empty(staf.data_dir)
    gabung_server.join_server(staf, pg_url, new, SANDI)
    assert load_keys(staf.keys).sign_public == load_keys(tmp_path / "pusat" / "kunci").sign_public


def test_a_server_at_another_schema_is_not_joined(tmp_path: Path, pg_url: str) -> None:
    import psycopg

    from asn_desktop.db.pg_engine import libpq_url

    central = init_workspace(paths_mod.resolve(tmp_path / "pusat"), "central", "BKPSDM",
                             database=pg_url)
    backup = cadangan.backup(central, tmp_path / "pusat.sqlite", sandi=SANDI).path
    central.close()
    with psycopg.connect(libpq_url(pg_url), autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0011'")
    staf = paths_mod.resolve(tmp_path / "staf")
    with pytest.raises(AsnError, match="skema 0011"):
        gabung_server.join_server(staf, pg_url, backup, SANDI)
    assert _empty(staf.data_dir)
