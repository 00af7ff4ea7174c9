"""Restores: an installation put back from a backup begins a new incarnation; its peers re-send
what it lost and it gets back its own changes they hold, in ordinary rounds (no --full)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.sync.conftest import Net, add_skp, swap_nips

from asn_desktop import paths as paths_mod
from asn_desktop.cli import main
from asn_desktop.db.models import Pegawai, Rhk
from asn_desktop.errors import AsnError, ValidationError
from asn_desktop.services import cadangan
from asn_desktop.services import sync_service as svc
from asn_desktop.services.workspace import open_workspace

SANDI = "sandi-cadangan-uji"


def _jabatan(ws: object, pid: str) -> str:
    with ws.db.Session() as s:  # type: ignore[attr-defined]
        return str(s.get_one(Pegawai, pid).jabatan)


def _restore_central(net: Net, backup: Path) -> None:
    paths = net.central.paths
    net.central.close()
    cadangan.restore(paths, backup)
    net.central = open_workspace(paths_mod.resolve(paths.data_dir))


def test_central_restored_from_a_backup_gets_back_what_it_lost(net: Net, tmp_path: Path) -> None:
    a = net.units["3673.A"]
    staf = net.org.people["staf_a1"]
    backup = cadangan.backup(net.central, tmp_path / "pusat.sqlite", sandi=SANDI).path
    # after the backup: a master-data edit reaches the unit, and the unit's work the central
    with net.central.session() as s:
        s.get_one(Pegawai, staf).jabatan = "Analis SDM (setelah cadangan)"
    net.recv(a, net.send(net.central, a))
    ids = add_skp(a, staf)
    net.recv(net.central, net.send(a, net.central))
    net.recv(a, net.send(net.central, a))  # the unit learns the central has its work
    assert svc.status(a).peers[0].tertunda == 0
    # the central's disk fails; it is put back from the backup and goes on working
    _restore_central(net, backup)
    assert _jabatan(net.central, staf) != "Analis SDM (setelah cadangan)"
    with net.central.session() as s:
        s.get_one(Pegawai, net.org.people["kepala_a"]).jabatan = "Kepala (setelah pulih)"
    lost = net.send(net.central, a)  # reuses sequence numbers; lost in transit
    assert lost.exists()
    assert "sejak komputer ini dipulihkan" in svc.status(net.central).ringkasan
    # ordinary rounds, no --full
    net.recv(a, net.send(net.central, a))
    assert "dipulihkan dari cadangan; paket berikutnya untuknya" in svc.status(a).ringkasan
    net.sync_all(rounds=2)
    assert _jabatan(net.central, staf) == "Analis SDM (setelah cadangan)"  # given back
    assert _jabatan(a, net.org.people["kepala_a"]) == "Kepala (setelah pulih)"
    with net.central.db.Session() as s:
        assert s.get(Rhk, ids["rhk"][0]) is not None  # the unit's work came again
    assert net.converged()
    for u in net.units.values():  # the units confirm the last round
        net.recv(net.central, net.send(u, net.central))
    assert [p.tertunda for p in svc.status(net.central).peers] == [0, 0, 0]


def test_a_package_lost_before_the_restore_and_found_later_is_given_back(
        net: Net, tmp_path: Path) -> None:
    # The central's package written after its backup goes missing; the central is restored,
    # rounds settle, and only then the unit imports the old package: the central's changes in
    # it are its own lost work, so the unit gives them back instead of keeping them alone.
    a = net.units["3673.A"]
    staf = net.org.people["staf_a1"]
    backup = cadangan.backup(net.central, tmp_path / "pusat.sqlite", sandi=SANDI).path
    with net.central.session() as s:
        s.get_one(Pegawai, staf).jabatan = "Analis SDM (paket hilang)"
    found_later = net.send(net.central, a)
    _restore_central(net, backup)
    net.sync_all(rounds=3)
    assert net.converged()
    net.recv(a, found_later)  # an old incarnation's package: applies, moves no counter
    assert _jabatan(a, staf) == "Analis SDM (paket hilang)"
    net.sync_all(rounds=2)
    assert _jabatan(net.central, staf) == "Analis SDM (paket hilang)"
    assert net.converged()


def test_unit_restored_from_an_older_backup_gets_back_its_work_and_corrections(
        net: Net, tmp_path: Path) -> None:
    a = net.units["3673.A"]
    backup = cadangan.backup(a, tmp_path / "unit.sqlite", sandi=SANDI).path
    ids = add_skp(a, net.org.people["staf_a1"])
    net.recv(net.central, net.send(a, net.central))
    with net.central.session() as s:
        s.get_one(Rhk, ids["rhk"][0]).uraian = "RHK dikoreksi pusat"
    net.recv(a, net.send(net.central, a))
    paths = a.paths
    a.close()
    cadangan.restore(paths, backup)
    a = net.units["3673.A"] = open_workspace(paths_mod.resolve(paths.data_dir))
    with a.db.Session() as s:
        assert s.get(Rhk, ids["rhk"][0]) is None  # lost with the restore
    net.sync_all(rounds=2)
    with a.db.Session() as s:
        assert s.get_one(Rhk, ids["rhk"][0]).uraian == "RHK dikoreksi pusat"
    assert net.converged()


def test_data_file_copied_back_by_hand_is_noticed_by_its_peer(net: Net) -> None:
    a = net.units["3673.A"]
    copy = net.root / "salinan-unit.sqlite"
    a.db.backup_to(copy)  # what someone copies with the file manager
    ids = add_skp(a, net.org.people["staf_a1"])
    net.recv(net.central, net.send(a, net.central))
    net.recv(a, net.send(net.central, a))  # the central confirms the unit's work
    paths = a.paths
    a.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    copy.replace(paths.database)  # no restore command: just the old file put back
    a = net.units["3673.A"] = open_workspace(paths_mod.resolve(paths.data_dir))
    net.sync_all(rounds=3)
    with a.db.Session() as s:
        assert s.get(Rhk, ids["rhk"][0]) is not None
    assert net.converged()


def test_restore_refuses_another_installations_backup(net: Net, tmp_path: Path) -> None:
    other = cadangan.backup(net.units["3673.B"], tmp_path / "b.sqlite", sandi=SANDI).path
    a = net.units["3673.A"]
    before = net.fp(a)
    paths = a.paths
    a.close()
    with pytest.raises(AsnError, match="milik instalasi lain"):
        cadangan.restore(paths, other)
    a = net.units["3673.A"] = open_workspace(paths_mod.resolve(paths.data_dir))
    assert net.fp(a) == before


def test_backup_and_restore_commands(net: Net, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    d = str(net.units["3673.C"].paths.data_dir)
    net.units["3673.C"].close()
    assert main(["--data-dir", d, "backup", "--out", str(tmp_path / "c.sqlite"),
                 "--sandi", SANDI]) == 0
    assert main(["--data-dir", d, "pulihkan", str(tmp_path / "c.sqlite")]) == 0
    out = capsys.readouterr().out
    assert "Cadangan ditulis" in out and "dipulihkan" in out
    assert main(["--data-dir", d, "restore", str(tmp_path / "tidak-ada.sqlite")]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "tidak ditemukan" in err
    net.units["3673.C"] = open_workspace(paths_mod.resolve(d))


def test_a_unit_cannot_pass_off_another_units_data_as_the_centrals_given_back(
        net: Net, tmp_path: Path) -> None:
    """After a restore the central takes back its own lost changes from its peers, without
    the sender's authority; but only where the sender could have received them."""
    from tests.sync.forge import build, lines

    from asn_desktop.db.models import Skp
    from asn_desktop.sync import lineage
    from asn_desktop.sync.scope import raw

    b = net.units["3673.B"]
    ids = add_skp(b, net.org.people["staf_b1"])
    net.sync_unit("3673.B")
    backup = cadangan.backup(net.central, tmp_path / "pusat.sqlite", sandi=SANDI).path
    _restore_central(net, backup)
    with net.central.db.Session() as s:
        life = lineage.load(raw(s))[-1]
    hlc = (life.hlc + life.restored_hlc) // 2  # inside the window of the central's lost work
    c = net.central
    objs, counts, n = lines([("skp", ids["skp"], [("catatan", "Palsu dari unit A", hlc,
                                                       c.info.node_id)])])
    pkg = build(tmp_path / "palsu.asnpkg", net.units["3673.A"], c, objs=objs, counts=counts,
                changes=n)
    net.recv(c, pkg)
    with c.db.Session() as s:
        assert s.get_one(Skp, ids["skp"]).catatan != "Palsu dari unit A"
    # nor the record of its employees' atasan above the unit, nor another unit's employee:
    # the unit received them, but only the central writes them and it never gave them back
    for key in ("sekda", "kepala_b"):
        objs, counts, n = lines([("pegawai", net.org.people[key],
                                  [("jabatan", "Palsu dari unit A", hlc + 1, c.info.node_id)])])
        pkg = build(tmp_path / f"palsu-{key}.asnpkg", net.units["3673.A"], c, objs=objs,
                    counts=counts, changes=n)
        net.recv(c, pkg)
        with c.db.Session() as s:
            assert s.get_one(Pegawai, net.org.people[key]).jabatan != "Palsu dari unit A"


def test_work_held_after_a_mutasi_survives_a_restore_of_the_central(net: Net,
                                                                   tmp_path: Path) -> None:
    from datetime import date

    from asn_desktop.db.models import LogHarian
    from asn_desktop.services import mutasi

    a = net.units["3673.A"]
    staf = net.org.people["staf_a1"]
    backup = cadangan.backup(net.central, tmp_path / "pusat.sqlite", sandi=SANDI).path
    with net.central.session() as s:
        mutasi.pindah(s, s.get_one(Pegawai, staf).nip, "3673.B")
    with a.session() as s:  # after the move, not yet known at the unit
        log = LogHarian(pegawai_id=staf, tanggal=date(2026, 3, 2), uraian="Sesudah mutasi")
        s.add(log)
        s.flush()
        rid = log.id
    net.sync_all(rounds=2)  # held at the central for review; the unit learns of the move
    assert [k for k in svc.conflicts(net.central) if k.jenis == "mutasi" and k.row_id == rid]
    _restore_central(net, backup)  # the held work and the move were after the backup
    net.sync_all(rounds=2)
    held = [k for k in svc.conflicts(net.central) if k.jenis == "mutasi" and k.row_id == rid]
    assert held, "the unit's work held for review was lost with the restore"
    with net.central.db.Session() as s:
        assert s.get_one(Pegawai, staf).unit_id == net.org.units["3673.B"]  # given back
    assert net.converged()


def test_a_backup_is_one_file_and_reading_it_leaves_nothing_beside_it(net: Net,
                                                                       tmp_path: Path) -> None:
    out = tmp_path / "flashdisk" / "pusat.sqlite"
    cadangan.backup(net.central, out, sandi=SANDI)
    _restore_central(net, out)
    assert sorted(p.name for p in out.parent.iterdir()) == ["pusat.sqlite"]
    junk = tmp_path / "flashdisk" / "bukan.sqlite"
    junk.write_bytes(b"bukan berkas data" * 100)
    with pytest.raises(AsnError, match="bukan berkas data Kinerja ASN"):
        cadangan.restore(net.central.paths, junk)


def _nip(ws: object, key: str, net: Net) -> str:
    with ws.db.Session() as s:  # type: ignore[attr-defined]
        return str(s.get_one(Pegawai, net.org.people[key]).nip)


def _swap(net: Net, a: str, b: str) -> tuple[str, str]:
    return swap_nips(net.central, net.org.people[a], net.org.people[b])


def test_a_nip_swap_with_a_moved_employee_comes_back_whole_after_a_restore(
        net: Net, tmp_path: Path) -> None:
    """The unit an employee left still receives their record: after the central's restore it
    gives back both halves of a swap the other unit never received."""
    from asn_desktop.services import mutasi

    a = net.units["3673.A"]
    with net.central.session() as s:
        mutasi.pindah(s, _nip(net.central, "staf_a1", net), "3673.B")
    net.sync_unit("3673.A")
    backup = cadangan.backup(net.central, tmp_path / "pusat.sqlite", sandi=SANDI).path
    na, nb = _swap(net, "kepala_a", "staf_a1")
    net.recv(a, net.send(net.central, a))
    _restore_central(net, backup)
    assert _nip(net.central, "kepala_a", net) == na  # lost with the disk
    net.sync_all(rounds=2)
    assert (_nip(net.central, "kepala_a", net), _nip(net.central, "staf_a1", net)) == (nb, na)
    assert net.converged()
    assert not svc.conflicts(net.central)


def test_half_of_a_lost_swap_the_central_cannot_take_back_is_undone_at_the_unit(
        net: Net, tmp_path: Path) -> None:
    """A unit gives back one half of a swap whose other half only the lost disk held: the
    central keeps its value as a version of its own, the unit follows it, and the central's
    review can still take the given-back value once it is free."""
    a = net.units["3673.A"]
    backup = cadangan.backup(net.central, tmp_path / "pusat.sqlite", sandi=SANDI).path
    na, nb = _swap(net, "kepala_a", "staf_b1")
    net.recv(a, net.send(net.central, a))
    assert _nip(a, "kepala_a", net) == nb
    _restore_central(net, backup)
    net.sync_all(rounds=2)
    assert _nip(net.central, "kepala_a", net) == na
    assert _nip(a, "kepala_a", net) == na  # the unit follows the central
    assert net.converged()
    (k,) = svc.conflicts(net.central)
    assert k.kolom == "nip" and k.nilai_paket == nb
    with pytest.raises(ValidationError):
        svc.resolve(net.central, k.id, "incoming")  # staf_b1 still holds it
    with net.central.session() as s:
        s.get_one(Pegawai, net.org.people["staf_b1"]).nip = "199901012020121999"
    svc.resolve(net.central, k.id, "incoming")
    net.sync_all(rounds=2)
    assert _nip(a, "kepala_a", net) == nb
    assert net.converged()


def test_a_unit_does_not_take_a_package_value_the_central_replaced_since(
        net: Net, tmp_path: Path) -> None:
    """A NIP conflict on a unit's copy whose field the central wrote again since: taking the
    package's value would have the unit write master data; refused, and keeping closes it."""
    a = net.units["3673.A"]
    p1, holder = net.org.people["staf_a1"], net.org.people["kepala_a"]
    with a.session() as s:  # a damaged copy: another row holds the value the package brings
        s.get_one(Pegawai, holder).nip = "199901012020121111"
    with net.central.session() as s:
        s.get_one(Pegawai, p1).nip = "199901012020121111"
    net.recv(a, net.send(net.central, a))
    (k,) = svc.conflicts(a)
    with net.central.session() as s:  # the central corrects it again
        s.get_one(Pegawai, p1).nip = "199901012020121222"
    net.recv(a, net.send(net.central, a))
    with a.session() as s:
        s.get_one(Pegawai, holder).nip = _nip(net.central, "kepala_a", net)
    with pytest.raises(ValidationError, match="sudah diganti pusat"):
        svc.resolve(a, k.id, "incoming")
    svc.resolve(a, k.id, "local")
    assert _nip(a, "staf_a1", net) == "199901012020121222" and not svc.conflicts(a)
