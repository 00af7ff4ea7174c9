"""Packages go both ways, converge, are idempotent and order-free."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.sync.conftest import Net, add_skp, sqlite_central_only, table_counts

from asn_desktop import paths as paths_mod
from asn_desktop.db.models import ChangeLog, Pegawai, Rhk, Skp
from asn_desktop.errors import PackageRejected
from asn_desktop.services import sync_service as svc
from asn_desktop.services.workspace import open_workspace
from asn_desktop.sync.container import MAGIC
from asn_desktop.sync.fingerprint import fingerprint


def test_enrolled_units_start_with_their_scope(net: Net) -> None:
    for kode, u in net.units.items():
        assert net.fp(u, kode) == net.fp(net.central, kode)
    a = net.units["3673.A"]
    with a.db.Session() as s:
        names = set(s.scalars(select(Pegawai.nama)))
    # own employees, and the atasan chain up to the sekda; not the other units' staff
    assert {"Pegawai kepala_a", "Pegawai staf_a1", "Pegawai sekda"} <= names
    assert "Pegawai staf_b1" not in names
    assert a.info.unit_id == net.org.units["3673.A"] and not a.is_central


def test_unit_work_reaches_central_and_corrections_flow_back(net: Net) -> None:
    a = net.units["3673.A"]
    ids = add_skp(a, net.org.people["staf_a1"], n_rhk=2)
    r = net.recv(net.central, net.send(a, net.central))
    assert r.diterapkan > 0 and r.konflik == 0 and r.baris_baru == 6
    assert net.fp(net.central, "3673.A") == net.fp(a, "3673.A")
    # the central corrects an RHK; the correction flows back to the unit
    with net.central.session() as s:
        s.get_one(Rhk, ids["rhk"][0]).uraian = "RHK dikoreksi pusat"
    net.recv(a, net.send(net.central, a))
    with a.db.Session() as s:
        assert s.get_one(Rhk, ids["rhk"][0]).uraian == "RHK dikoreksi pusat"
    assert net.converged()


def test_reimport_is_recognised_and_changes_nothing(net: Net) -> None:
    a = net.units["3673.A"]
    add_skp(a, net.org.people["staf_a1"])
    pkg = net.send(a, net.central)
    first = net.recv(net.central, pkg)
    before = table_counts(net.central)
    again = net.recv(net.central, pkg)
    assert not first.sudah_diimpor and again.sudah_diimpor
    assert "sudah pernah diimpor" in again.ringkasan
    assert table_counts(net.central) == before


def test_out_of_order_duplicated_and_lost_packages_converge(net: Net) -> None:
    a = net.units["3673.A"]
    ids = add_skp(a, net.org.people["staf_a1"])
    p1 = net.send(a, net.central)
    with a.session() as s:
        s.get_one(Skp, ids["skp"]).catatan = "revisi 1"
    p2 = net.send(a, net.central)  # not acknowledged yet: repeats p1's changes too
    with a.session() as s:
        s.get_one(Skp, ids["skp"]).catatan = "revisi 2"
    p3 = net.send(a, net.central)
    net.recv(net.central, p3)
    net.recv(net.central, p1)
    net.recv(net.central, p2)
    net.recv(net.central, p3)
    with net.central.db.Session() as s:
        assert s.get_one(Skp, ids["skp"]).catatan == "revisi 2"
    assert net.fp(net.central, "3673.A") == net.fp(a, "3673.A")


def test_acknowledgements_shrink_later_packages_and_gaps_are_resent(net: Net) -> None:
    a = net.units["3673.A"]
    add_skp(a, net.org.people["staf_a1"])
    net.recv(net.central, net.send(a, net.central))
    net.recv(a, net.send(net.central, a))  # carries the central's acknowledgement
    ids = add_skp(a, net.org.people["kepala_a"])
    lost = net.send(a, net.central)  # never arrives
    assert lost.exists()
    with a.session() as s:
        s.get_one(Skp, ids["skp"]).catatan = "setelah paket hilang"
    later = net.send(a, net.central)
    r = net.recv(net.central, later)
    assert r.perubahan < 60  # only what the central has not acknowledged
    assert net.fp(net.central, "3673.A") == net.fp(a, "3673.A")


def test_full_snapshot_reseeds_a_lost_unit(net: Net) -> None:
    a = net.units["3673.A"]
    add_skp(a, net.org.people["staf_a1"], n_rhk=3)
    net.sync_unit("3673.A")
    want = net.fp(net.central, "3673.A")
    # the unit's PC is lost: the central revokes it and invites a new installation
    a.close()
    shutil.rmtree(a.paths.data_dir)
    svc.revoke(net.central, "3673.A")
    inv = svc.invite(net.central, "3673.A", net.root / "baru.asnsetup")
    from asn_desktop.services.enrol import init_from_setup

    fresh = init_from_setup(paths_mod.resolve(net.root / "A-baru"), inv.path, inv.kode)
    net.opened.append(fresh)
    net.units["3673.A"] = fresh
    assert net.fp(fresh, "3673.A") == want
    # and the new installation works both ways
    add_skp(fresh, net.org.people["kepala_a"])
    net.sync_unit("3673.A")
    assert net.fp(fresh, "3673.A") == net.fp(net.central, "3673.A")


def test_export_full_from_central_repairs_a_unit(net: Net) -> None:
    a = net.units["3673.A"]
    add_skp(a, net.org.people["staf_a1"])
    net.sync_unit("3673.A")
    full = net.send(net.central, a, full=True)
    r = net.recv(a, full)
    assert r.diterapkan == 0 and r.duplikat == r.perubahan > 0


def test_packages_are_encrypted_and_named_for_people(net: Net) -> None:
    a = net.units["3673.A"]
    add_skp(a, net.org.people["staf_a1"])
    with a.session() as s:
        s.get_one(Skp, s.scalars(select(Skp.id)).first()).catatan = "RAHASIA-PENILAIAN"
    pkg = net.send(a, net.central)
    data = pkg.read_bytes()
    assert data.startswith(MAGIC)
    assert b"RAHASIA-PENILAIAN" not in data and b"Pegawai staf_a1" not in data
    assert pkg.name.startswith("kinerja-3673.A-ke-PUSAT-") and pkg.suffix == ".asnpkg"
    setup = next((net.root.parent / "net").rglob("*.asnsetup"), None)
    if setup is not None:
        assert b"19800101200501" not in setup.read_bytes()  # NIPs never in clear


def test_central_exports_one_file_per_unit(net: Net) -> None:
    res = svc.export(net.central, net.root / "keluar")
    assert len(res.files) == 3
    assert {f.path.name.split("-ke-")[1].split("-2")[0] for f in res.files} == {
        "3673.A", "3673.B", "3673.C"}


def test_status_reports_peers_and_pending(net: Net) -> None:
    a = net.units["3673.A"]
    add_skp(a, net.org.people["staf_a1"])
    st = svc.status(a)
    pending = st.peers[0].tertunda
    assert pending > 0 and st.peers[0].belum_dikirim == pending and st.paket_belum_dikirim == 1
    # right after an export nothing is left to send: it awaits the central's confirmation
    sent = net.send(a, net.central)
    st = svc.status(a)
    assert (st.peers[0].belum_dikirim, st.peers[0].menunggu_konfirmasi) == (0, pending)
    assert "0 perubahan belum dikirim" in st.ringkasan and "menunggu konfirmasi" in st.ringkasan
    net.recv(net.central, sent)
    net.sync_unit("3673.A")
    st = svc.status(a)
    assert st.peers[0].tertunda == 0 and st.konflik == 0
    cst = svc.status(net.central)
    assert {p.kode for p in cst.peers} == {"3673.A", "3673.B", "3673.C"}
    with a.db.Session() as s:
        assert svc.pending_counts(s) == (0, 0)
    assert "Konflik terbuka" in st.ringkasan


def test_import_keeps_a_copy_and_backs_up_the_data_file(net: Net) -> None:
    a = net.units["3673.A"]
    add_skp(a, net.org.people["staf_a1"])
    pkg = net.send(a, net.central)
    svc.import_package(net.central, pkg)
    c = net.central.paths
    assert list((c.data_dir / "paket-masuk").glob("*.asnpkg"))
    # the data file copied (SQLite), or the database dumped (PostgreSQL)
    assert list(c.backups.glob("*-sebelum-impor.sqlite")) or list(
        c.backups.glob("*-sebelum-impor.dump"))


def test_pre_import_backup_holds_the_state_before_and_only_for_a_package_that_passed(
        net: Net, tmp_path: Path) -> None:
    sqlite_central_only(net)
    a = net.units["3673.A"]
    add_skp(a, net.org.people["staf_a1"])
    pkg = net.send(a, net.central)
    backups = net.central.paths.backups
    bad = tmp_path / "rusak.asnpkg"
    data = bytearray(pkg.read_bytes())
    data[-20] ^= 0xFF
    bad.write_bytes(bytes(data))
    with pytest.raises(PackageRejected):
        svc.import_package(net.central, bad)
    assert not list(backups.glob("*-sebelum-impor.sqlite"))  # refused: no backup was taken
    before = net.fp(net.central)
    svc.import_package(net.central, pkg)
    (copy,) = backups.glob("*-sebelum-impor.sqlite")
    conn = sqlite3.connect(copy)
    try:
        assert fingerprint(conn) == before != net.fp(net.central)
    finally:
        conn.close()


def test_scope_grows_when_an_employee_moves_in(net: Net) -> None:
    b = net.units["3673.B"]
    staf_c1 = net.org.people["staf_c1"]
    c = net.units["3673.C"]
    add_skp(c, staf_c1)
    net.sync_unit("3673.C")
    net.sync_unit("3673.B")
    with net.central.session() as s:
        s.get_one(Pegawai, staf_c1).unit_id = net.org.units["3673.B"]
    net.sync_unit("3673.B")
    with b.db.Session() as s:
        assert s.scalars(select(Skp).where(Skp.pegawai_id == staf_c1)).first() is not None
    assert net.fp(b, "3673.B") == net.fp(net.central, "3673.B")


def test_inbox_imports_new_files_once(net: Net) -> None:
    a = net.units["3673.A"]
    add_skp(a, net.org.people["staf_a1"])
    box = net.root / "kotak"
    box.mkdir()
    shutil.copy(net.send(a, net.central), box)
    (box / "catatan.txt").write_text("bukan paket")
    r1 = svc.inbox(net.central, box)
    r2 = svc.inbox(net.central, box)
    assert len(r1.diterima) == 1 and not r1.ditolak
    assert not r2.diterima and r2.dilewati == 1
    assert "Tidak ada paket baru" in r2.ringkasan


def test_inbox_waits_for_a_file_still_being_copied(net: Net) -> None:
    """A watched folder sees a package while it is still being copied in: the first half is
    left alone (not rejected, not remembered) and the whole file is applied once it settles."""
    a = net.units["3673.A"]
    add_skp(a, net.org.people["staf_a1"])
    data = net.send(a, net.central).read_bytes()
    box = net.root / "kotak"
    box.mkdir()
    target = box / "dari-unit.asnpkg"
    target.write_bytes(data[: len(data) // 2])
    r = svc.inbox(net.central, box, settle_seconds=60)
    assert (r.diterima, r.ditolak, r.menunggu) == ((), (), 1)
    assert "masih sedang disalin" in r.ringkasan
    target.write_bytes(data)
    old = time.time() - 120
    os.utime(target, (old, old))  # the copy finished a while ago
    r = svc.inbox(net.central, box, settle_seconds=60)
    assert len(r.diterima) == 1 and not r.ditolak and not r.menunggu


def test_progress_and_cancel(net: Net) -> None:
    a = net.units["3673.A"]
    for key in ("staf_a1", "kepala_a"):
        add_skp(a, net.org.people[key], n_rhk=3)
    pkg = net.send(a, net.central)
    seen: list[tuple[int, int]] = []
    svc.import_package(net.central, pkg, progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1]
    with net.central.db.Session() as s:
        assert s.scalars(select(ChangeLog.seq).order_by(ChangeLog.seq.desc())).first()


def test_unit_database_reopens_with_its_identity(net: Net) -> None:
    a = net.units["3673.A"]
    path = a.paths
    a.close()
    ws = open_workspace(path)
    net.units["3673.A"] = ws
    assert ws.info.role == "unit" and ws.info.unit_id == net.org.units["3673.A"]


def test_full_snapshot_from_a_unit_restores_a_central_from_an_old_backup(net: Net) -> None:
    sqlite_central_only(net)
    a = net.units["3673.A"]
    central_paths = net.central.paths
    backup = net.central.db.backup(net.root / "cadangan-pusat", "lama")
    add_skp(a, net.org.people["staf_a1"], n_rhk=2)
    net.sync_unit("3673.A")
    want = net.fp(a, "3673.A")
    # the central's disk fails; it is restored from the older backup
    net.central.close()
    for suffix in ("-wal", "-shm"):
        Path(str(central_paths.database) + suffix).unlink(missing_ok=True)
    shutil.copy(backup, central_paths.database)
    net.central = open_workspace(central_paths)
    assert net.fp(net.central, "3673.A") != want
    net.recv(net.central, net.send(a, net.central, full=True))
    assert net.fp(net.central, "3673.A") == want
    # and normal exchange carries on
    add_skp(a, net.org.people["kepala_a"])
    net.sync_unit("3673.A")
    net.sync_unit("3673.A")
    assert net.fp(net.central, "3673.A") == net.fp(a, "3673.A")


def test_any_output_file_name_gives_an_importable_package(net: Net) -> None:
    a = net.units["3673.A"]
    add_skp(a, net.org.people["staf_a1"])
    res = svc.export(a, net.root / "paket saya (ke pusat).bin")
    path = res.files[0].path
    assert path.name == "paket saya (ke pusat).bin.asnpkg"  # always the package extension
    assert not svc.import_package(net.central, path).sudah_diimpor


def test_binary_dates_and_numbers_travel_unchanged(net: Net) -> None:
    from datetime import date

    from asn_desktop.db.models import Indikator, OrgUnit

    a = net.units["3673.A"]
    logo = bytes(range(256)) * 40
    with net.central.session() as s:
        s.get_one(OrgUnit, net.org.units["3673.A"]).logo_png = logo
    ids = add_skp(a, net.org.people["staf_a1"])
    with a.session() as s:
        s.get_one(Skp, ids["skp"]).tanggal_ditetapkan = date(2026, 1, 3)
        s.get_one(Indikator, ids["indikator"][0]).target_nilai = 0.1 + 0.2
    net.sync_unit("3673.A")
    with a.db.Session() as s:
        assert s.get_one(OrgUnit, net.org.units["3673.A"]).logo_png == logo
    with net.central.db.Session() as s:
        assert s.get_one(Skp, ids["skp"]).tanggal_ditetapkan == date(2026, 1, 3)
        assert s.get_one(Indikator, ids["indikator"][0]).target_nilai == 0.1 + 0.2
    assert net.converged()
