"""A data file put back by hand from an older copy (no restore command) is noticed when it is
opened, from the record of what it had sent (services/jejak_kirim.py), even once it has written
more changes than it lost; it then gets its sent work back like a restored one."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from tests.sync.conftest import Net, add_skp, sqlite_central_only

from asn_desktop import paths as paths_mod
from asn_desktop.cli import main
from asn_desktop.db.models import Pegawai, Rhk
from asn_desktop.services import cadangan, jejak_kirim
from asn_desktop.services import sync_service as svc
from asn_desktop.services.workspace import Workspace, open_workspace
from asn_desktop.sync import lineage

SANDI = "sandi-cadangan-uji"


def _put_back(net: Net, ws: Workspace, copy: Path) -> Workspace:
    """``ws``'s data file replaced by ``copy`` with the file manager, then opened again."""
    paths = ws.paths
    ws.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    copy.replace(paths.database)
    again = open_workspace(paths_mod.resolve(paths.data_dir))
    if ws is net.central:
        net.central = again
    else:
        net.units[net.kode_of(ws)] = again
    return again


def _chain(ws: Workspace) -> list[lineage.Life]:
    with ws.db.Session() as s:
        return lineage.load(s.connection().connection.driver_connection)  # type: ignore[arg-type]


def test_a_copy_that_then_writes_more_than_it_lost_gets_its_sent_work_back(net: Net) -> None:
    # The unit's own count passes what the central confirmed before any package comes back,
    # so only the record of what it sent can tell the file went back in time.
    a = net.units["3673.A"]
    copy = net.root / "salinan-unit.sqlite"
    a.db.backup_to(copy)
    lost = add_skp(a, net.org.people["staf_a1"])
    net.recv(net.central, net.send(a, net.central))
    net.recv(a, net.send(net.central, a))
    a = _put_back(net, a, copy)
    assert a.went_back and len(_chain(a)) == 2
    with a.db.Session() as s:
        assert s.get(Rhk, lost["rhk"][0]) is None
    later = add_skp(a, net.org.people["kepala_a"], n_rhk=4)  # more changes than were lost
    net.sync_all(rounds=3)
    with a.db.Session() as s:
        assert s.get(Rhk, lost["rhk"][0]) is not None  # given back by the central
    with net.central.db.Session() as s:
        assert s.get(Rhk, later["rhk"][3]) is not None  # the new work reached it
    assert net.converged()
    # opened again afterwards: nothing more to notice
    paths = a.paths
    a.close()
    a = net.units["3673.A"] = open_workspace(paths_mod.resolve(paths.data_dir))
    assert not a.went_back and len(_chain(a)) == 2


def test_a_central_copied_back_gets_its_master_data_back_from_the_units(net: Net) -> None:
    sqlite_central_only(net)  # a central on a server has no data file to put back
    a = net.units["3673.A"]
    staf = net.org.people["staf_a1"]
    copy = net.root / "salinan-pusat.sqlite"
    net.central.db.backup_to(copy)
    with net.central.session() as s:
        s.get_one(Pegawai, staf).jabatan = "Analis SDM (sebelum disalin kembali)"
    net.recv(a, net.send(net.central, a))
    net.recv(net.central, net.send(a, net.central))  # the unit confirms it
    central = _put_back(net, net.central, copy)
    assert central.went_back
    with central.session() as s:  # more master-data changes than were lost
        for key in ("kepala_a", "kepala_b", "kepala_c", "staf_b1"):
            s.get_one(Pegawai, net.org.people[key]).jabatan = f"Jabatan baru {key}"
    net.sync_all(rounds=3)
    with net.central.db.Session() as s:
        assert s.get_one(Pegawai, staf).jabatan == "Analis SDM (sebelum disalin kembali)"
    with a.db.Session() as s:
        assert s.get_one(Pegawai, net.org.people["kepala_a"]).jabatan == "Jabatan baru kepala_a"
    assert net.converged()


def test_a_file_from_before_a_restore_is_noticed_whatever_its_count(
        net: Net, tmp_path: Path) -> None:
    a = net.units["3673.A"]
    old = net.root / "sebelum-pulih.sqlite"
    a.db.backup_to(old)
    backup = cadangan.backup(a, tmp_path / "unit.sqlite", sandi=SANDI).path
    add_skp(a, net.org.people["staf_a1"])
    net.recv(net.central, net.send(a, net.central))
    paths = a.paths
    a.close()
    cadangan.restore(paths, backup)
    a = net.units["3673.A"] = open_workspace(paths_mod.resolve(paths.data_dir))
    assert not a.went_back and len(_chain(a)) == 2  # the restore began one, once
    net.sync_all(rounds=2)  # the restored incarnation sends and is recorded
    a = _put_back(net, a, old)  # the file from before the restore, by hand
    assert a.went_back and len(_chain(a)) == 2  # its own chain, one incarnation more
    ids = add_skp(a, net.org.people["staf_a1"])
    net.sync_all(rounds=3)
    with net.central.db.Session() as s:
        assert s.get(Rhk, ids["rhk"][0]) is not None
    assert net.converged()
    # its packages count again at the central (not taken for ones from before the restore)
    assert [p.tertunda for p in svc.status(a).peers] == [0]


def test_the_record_is_written_by_an_export_and_a_damaged_one_is_ignored(net: Net) -> None:
    a = net.units["3673.A"]
    record = a.paths.data_dir / jejak_kirim.NAMA_BERKAS
    add_skp(a, net.org.people["staf_a1"])
    net.send(a, net.central)
    data = json.loads(record.read_text(encoding="utf-8"))
    with a.db.Session() as s:
        d = s.connection().connection.driver_connection
        assert data["sent"] == lineage.max_seq(d)  # type: ignore[arg-type]
        assert data["lineage"] == [x.inc for x in lineage.load(d)]  # type: ignore[arg-type]
    for damaged in ("{", '{"node": 1}', "[]", '{"node": "x", "sent": 99, "lineage": ["y"]}'):
        record.write_text(damaged, encoding="utf-8")
        paths = a.paths
        a.close()
        a = net.units["3673.A"] = open_workspace(paths_mod.resolve(paths.data_dir))
        assert not a.went_back


def test_the_command_line_says_so_once(net: Net, capsys: pytest.CaptureFixture[str]) -> None:
    a = net.units["3673.A"]
    copy = net.root / "salinan-unit.sqlite"
    a.db.backup_to(copy)
    add_skp(a, net.org.people["staf_a1"])
    net.send(a, net.central)
    paths = a.paths
    a.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    copy.replace(paths.database)
    data_dir = str(paths.data_dir)
    assert main(["--data-dir", data_dir, "sync", "status"]) == 0
    err = capsys.readouterr().err
    assert err.startswith("Perhatian: Berkas data ini lebih lama") and err.count("\n") == 1
    assert main(["--data-dir", data_dir, "sync", "status"]) == 0
    assert capsys.readouterr().err == ""
    a = net.units["3673.A"] = open_workspace(paths_mod.resolve(data_dir))
    assert any("dipulihkan" in (p.pemulihan or "") for p in svc.status(a).peers)


def test_a_whole_folder_copied_back_is_noticed_from_the_users_own_record(net: Net) -> None:
    a = net.units["3673.A"]
    paths = a.paths
    a.close()
    old = net.root / "folder-lama"
    shutil.copytree(paths.data_dir, old)  # the folder with its own record, as it was
    a = net.units["3673.A"] = open_workspace(paths_mod.resolve(paths.data_dir))
    lost = add_skp(a, net.org.people["staf_a1"])
    net.recv(net.central, net.send(a, net.central))
    net.recv(a, net.send(net.central, a))
    a.close()
    shutil.rmtree(paths.data_dir)
    shutil.copytree(old, paths.data_dir)
    a = net.units["3673.A"] = open_workspace(paths_mod.resolve(paths.data_dir))
    assert a.went_back
    add_skp(a, net.org.people["kepala_a"], n_rhk=4)
    net.sync_all(rounds=3)
    with a.db.Session() as s:
        assert s.get(Rhk, lost["rhk"][0]) is not None
    assert net.converged()


def test_the_outside_record_is_named_by_a_node_id_only(net: Net) -> None:
    paths = net.units["3673.A"].paths
    assert len(jejak_kirim.places(paths, "0" * 32)) == 2
    assert jejak_kirim.places(paths, "../../berkas") == [paths.data_dir / jejak_kirim.NAMA_BERKAS]


def test_the_users_own_folder_is_never_the_default_data_folder(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ASN_DESKTOP_STATE_DIR")
    monkeypatch.delenv("ASN_DESKTOP_DATA_DIR", raising=False)
    for same in (False, True):  # Linux keeps state apart; Windows and macOS would not
        monkeypatch.setattr(paths_mod.platformdirs, "user_state_dir",
                            lambda *a, same=same, **k: "/d/asn-desktop" if same
                            else "/s/asn-desktop")
        monkeypatch.setattr(paths_mod.platformdirs, "user_data_dir",
                            lambda *a, **k: "/d/asn-desktop")
        assert paths_mod.state_dir() != paths_mod.default_data_dir()
        assert paths_mod.default_data_dir() not in paths_mod.state_dir().parents


def test_a_copy_written_elsewhere_before_it_came_back_loses_nothing(
        net: Net, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # The older copy got work of its own on another computer, fewer changes than it lost, so
    # its sequence numbers now name other changes than the central received under them.
    a = net.units["3673.A"]
    paths = a.paths
    a.close()
    elsewhere = tmp_path / "komputer-lain"
    shutil.copytree(paths.data_dir, elsewhere)
    a = net.units["3673.A"] = open_workspace(paths_mod.resolve(paths.data_dir))
    lost = add_skp(a, net.org.people["staf_a1"], n_rhk=6)
    net.recv(net.central, net.send(a, net.central))
    net.recv(a, net.send(net.central, a))
    a.close()
    mine = os.environ["ASN_DESKTOP_STATE_DIR"]
    monkeypatch.setenv("ASN_DESKTOP_STATE_DIR", str(tmp_path / "keadaan-lain"))
    there = open_workspace(paths_mod.resolve(elsewhere))
    made_there = add_skp(there, net.org.people["kepala_a"])
    there.close()
    monkeypatch.setenv("ASN_DESKTOP_STATE_DIR", mine)
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(elsewhere / "kinerja.sqlite", paths.database)
    a = net.units["3673.A"] = open_workspace(paths_mod.resolve(paths.data_dir))
    assert a.went_back
    net.sync_all(rounds=3)
    with a.db.Session() as s:
        assert all(s.get(Rhk, r) is not None for r in lost["rhk"])  # given back
    with net.central.db.Session() as s:
        assert s.get(Rhk, made_there["rhk"][0]) is not None
    assert net.converged()
    for u in net.units.values():  # and the unit's packages count again
        net.recv(net.central, net.send(u, net.central))
    net.recv(a, net.send(net.central, a))
    assert [p.tertunda for p in svc.status(a).peers] == [0]


def test_an_older_copy_opened_on_purpose_leaves_the_real_folder_alone(net: Net,
                                                                     tmp_path: Path) -> None:
    a = net.units["3673.A"]
    paths = a.paths
    add_skp(a, net.org.people["staf_a1"])
    net.send(a, net.central)
    a.close()
    view = tmp_path / "lihat"
    shutil.copytree(paths.data_dir, view)
    a = net.units["3673.A"] = open_workspace(paths_mod.resolve(paths.data_dir))
    add_skp(a, net.org.people["kepala_a"])
    net.send(a, net.central)
    a.close()
    old = open_workspace(paths_mod.resolve(view))  # to look something up
    assert not old.went_back  # nothing was sent from its folder since it was made
    add_skp(old, net.org.people["staf_b1"])
    old.close()
    a = net.units["3673.A"] = open_workspace(paths_mod.resolve(paths.data_dir))
    assert not a.went_back and len(_chain(a)) == 1


@pytest.mark.parametrize("hostile", ["deep", "folder", "fifo", "big"])
def test_a_hostile_record_is_ignored_and_opening_goes_on(net: Net, hostile: str) -> None:
    a = net.units["3673.A"]
    record = a.paths.data_dir / jejak_kirim.NAMA_BERKAS
    paths = a.paths
    a.close()
    record.unlink(missing_ok=True)
    if hostile == "deep":
        record.write_text("[" * 200_000, encoding="utf-8")
    elif hostile == "folder":
        record.mkdir()
    elif hostile == "fifo":
        os.mkfifo(record)
    else:
        record.write_text(json.dumps({"node": "x", "sent": 1, "lineage": ["y" * 100_000]}),
                          encoding="utf-8")
    a = net.units["3673.A"] = open_workspace(paths_mod.resolve(paths.data_dir))
    assert not a.went_back
    net.send(a, net.central)
    a.close()  # writing it again: refused for a folder, logged, nothing left beside it
    assert not [p for p in paths.data_dir.iterdir() if p.name.startswith(".jejak-")]
    net.units["3673.A"] = open_workspace(paths_mod.resolve(paths.data_dir))


def test_complaint_numbers_issued_again_after_the_copy_are_made_one_again(net: Net) -> None:
    from datetime import date

    from asn_desktop.db.models_pelayanan import Pengaduan
    from asn_desktop.domain.pelayanan import Kanal
    from asn_desktop.services import pengaduan

    def adu(ws: Workspace, n: int) -> None:
        with ws.session() as s:
            for i in range(n):
                pengaduan.catat(s, net.org.units["3673.A"], pengaduan.PengaduanInput(
                    date(2026, 11, 2), Kanal.LANGSUNG, f"keluhan {i}"))

    def numbers(ws: Workspace) -> dict[str, str]:
        with ws.db.Session() as s:
            return {p.uraian + "@" + p.id[:6]: p.nomor for p in s.query(Pengaduan)}

    a = net.units["3673.A"]
    copy = net.root / "salinan-unit.sqlite"
    a.db.backup_to(copy)
    adu(a, 2)  # ADU/A/2026/0001-0002, sent
    net.recv(net.central, net.send(a, net.central))
    net.recv(a, net.send(net.central, a))
    before = numbers(a)
    a = _put_back(net, a, copy)
    adu(a, 3)  # 0001-0003 issued again
    net.recv(net.central, net.send(a, net.central))
    got = net.recv(a, net.send(net.central, a))
    assert "mendapat nomor baru" in got.ringkasan
    net.sync_all(rounds=2)
    after = numbers(a)
    assert len(set(after.values())) == len(after) == 5  # one number, one complaint
    assert all(after[k] == v for k, v in before.items())  # the first numbered keep theirs
    assert numbers(net.central) == after and net.converged()
