"""A central on PostgreSQL in the sync round trip: it invites units, they start from its setup
files, packages go both ways, and every unit's scope ends with the same fingerprint on the
central as on the unit (the convergence the SQLite sync tests check)."""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import func, select
from tests.sync.conftest import Net, add_skp, build_org

from asn_desktop import paths as paths_mod
from asn_desktop.db.models import ChangeLog, Skp
from asn_desktop.services import sync_service as svc
from asn_desktop.services.enrol import init_from_setup
from asn_desktop.services.workspace import init_workspace


def test_round_trip_with_a_central_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    central = init_workspace(paths_mod.resolve(tmp_path / "central"), "central",
                             "BKPSDM Kota Serang", database=pg_url)
    org = build_org(central)
    units = {}
    for kode in ("3673.A", "3673.B"):
        inv = svc.invite(central, kode, tmp_path / "setup" / f"{kode}.asnsetup")
        units[kode] = init_from_setup(paths_mod.resolve(tmp_path / kode), inv.path, inv.kode)
    net = Net(tmp_path, central, units, org)
    try:
        net.sync_all(rounds=1)
        assert net.converged()
        # appraisal data from a unit, a correction by the central, both ways again
        docs = add_skp(units["3673.A"], org.people["staf_a1"])
        net.sync_all(rounds=1)
        with central.session() as s:
            s.get_one(Skp, docs["skp"]).ekspektasi_loyal = "Diperiksa BKPSDM"
        net.sync_all(rounds=2)
        assert net.converged()
        with units["3673.A"].session() as s:
            assert s.get_one(Skp, docs["skp"]).ekspektasi_loyal == "Diperiksa BKPSDM"
    finally:
        net.close()


def test_an_export_waits_for_changes_still_being_written(tmp_path: Path, pg_url: str) -> None:
    """Several staff write at once: a change numbered before an export began but committed
    after it would be skipped forever if the export took the greatest number it saw. The
    export waits for the writers of the moment instead."""
    import threading
    import time

    from asn_desktop.db.models import Pegawai
    from asn_desktop.services.workspace import open_workspace
    from asn_desktop.sync.peers import max_seq
    from asn_desktop.sync.scope import raw

    central = init_workspace(paths_mod.resolve(tmp_path / "central"), "central", "BKPSDM",
                             database=pg_url)
    other = open_workspace(central.paths)  # a second staff member's PC
    seen: list[int] = []
    try:
        with central.session() as s:
            s.add(Pegawai(id="p1", nip="198001012005011001", nama="Rina"))
            s.flush()
            mine = s.scalar(select(func.max(ChangeLog.seq)))

            def export() -> None:
                with other.session() as s2:
                    seen.append(max_seq(raw(s2)))

            t = threading.Thread(target=export)
            t.start()
            time.sleep(0.5)
            assert not seen  # still waiting for this transaction
        t.join(10)
        assert seen and mine is not None and seen[0] >= mine
    finally:
        other.close()
        central.close()


def test_two_staff_importing_the_same_package_at_once(tmp_path: Path, pg_url: str) -> None:
    """Both imports wait for the import lock; the second then finds the package applied and
    says so, as an import of an applied package does, rather than failing on the data."""
    import threading
    import time

    import psycopg

    from asn_desktop.db.pg_engine import libpq_url
    from asn_desktop.services.workspace import open_workspace
    from asn_desktop.sync.importer import IMPORT_LOCK

    central = init_workspace(paths_mod.resolve(tmp_path / "central"), "central", "BKPSDM",
                             database=pg_url)
    org = build_org(central)
    inv = svc.invite(central, "3673.A", tmp_path / "a.asnsetup")
    unit = init_from_setup(paths_mod.resolve(tmp_path / "unit"), inv.path, inv.kode)
    net = Net(tmp_path, central, {"3673.A": unit}, org)
    pcs = [open_workspace(central.paths) for _ in range(2)]
    results: list[object] = []
    try:
        net.sync_all(rounds=1)
        add_skp(unit, org.people["staf_a1"])
        pkg = net.send(unit, central)
        with psycopg.connect(libpq_url(pg_url), autocommit=True) as holder:
            holder.execute(f"SELECT pg_advisory_lock({IMPORT_LOCK})")  # both must wait
            threads = [threading.Thread(target=lambda ws=ws: results.append(
                _import_or_error(ws, pkg))) for ws in pcs]
            for t in threads:
                t.start()
            time.sleep(1.0)
            assert not results
            holder.execute(f"SELECT pg_advisory_unlock({IMPORT_LOCK})")
            for t in threads:
                t.join(60)
        assert sorted(getattr(r, "sudah_diimpor", r) for r in results) == [False, True], results
        net.recv(unit, net.send(central, unit))
        assert net.converged()
    finally:
        for ws in pcs:
            ws.close()
        net.close()


def _import_or_error(ws: object, pkg: Path) -> object:
    try:
        return svc.import_package(ws, pkg, backup=False)  # type: ignore[arg-type]
    except Exception as exc:
        return exc


def test_a_window_learns_that_other_staff_wrote(tmp_path: Path, pg_url: str) -> None:
    """Each write notifies at commit; a session hears the others' writes, not its own."""
    from asn_desktop.db.models import Pegawai
    from asn_desktop.services.workspace import open_workspace

    mine = init_workspace(paths_mod.resolve(tmp_path / "central"), "central", "BKPSDM",
                          database=pg_url)
    other = open_workspace(mine.paths)
    try:
        assert not mine.db.others_changed()
        with mine.session() as s:
            s.add(Pegawai(id="p1", nip="198001012005011001", nama="Rina"))
        assert not mine.db.others_changed()  # its own write
        with other.session() as s:
            s.get_one(Pegawai, "p1").jabatan = "Analis"
        # the server delivers the notice a moment after the commit (the window polls)
        deadline = time.monotonic() + 10
        while not mine.db.others_changed():
            assert time.monotonic() < deadline, "the other staff's write was never heard"
            time.sleep(0.05)
        assert not mine.db.others_changed()  # said once
    finally:
        other.close()
        mine.close()
    assert not mine.db.others_changed()  # closed: asks nothing, opens nothing
