"""Property: the random edits and deliveries of test_property, plus the ordinary events of a
city's year: an SKP deleted with its parts while the other side works on it, an installation
restored from an older backup, two NIPs swapped at the central, and PC clocks running up to
twelve hours ahead or behind, and an employee moved between units (mutasi) with edits in
flight. The same promises hold, and two more: no live part under a deleted parent, and no NIP
on two live employees."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from tests.sync.conftest import SOAK_SETTINGS, swap_nips
from tests.sync.test_property import (  # noqa: F401 (fixtures)
    OP,
    RACE,
    UNIT,
    Run,
    check_promises,
    make_run,
    play,
    prop_template,
    scratch,
)

from asn_desktop import paths as paths_mod
from asn_desktop.db.hlc import wall_ms
from asn_desktop.db.models import Evaluasi, Indikator, Pegawai, Rhk, Skp
from asn_desktop.services import cadangan, mutasi
from asn_desktop.services.workspace import Workspace, open_workspace
from asn_desktop.sync.schema import PART_OF
from asn_desktop.sync.scope import raw
from asn_desktop.sync.sql import any_value

SANDI = "sandi-cadangan-uji"
SITE = st.sampled_from(("C", "3673.A", "3673.A", "3673.B"))
delete_skp = st.tuples(st.just("delete_skp"), UNIT, st.booleans())
backup = st.tuples(st.just("backup"), SITE)
restore = st.tuples(st.just("restore"), SITE)
copy_back = st.tuples(st.just("copy_back"), SITE)  # the backup's time, put back by hand
swap_nip = st.tuples(st.just("swap_nip"))
skew = st.tuples(st.just("skew"), SITE, st.integers(-12, 12))
move = st.tuples(st.just("mutasi"))
YEAR_OPS = st.lists(st.one_of(OP, OP, OP, delete_skp, backup, restore, copy_back, swap_nip, skew,
                              move), max_size=30)


class YearRun(Run):
    backups: dict[str, Path]
    copies: dict[str, Path]  # the same moments as plain data files
    at_risk: set[tuple[str, str, str, Any]]

    def key_of(self, ws: Workspace) -> str:
        return "C" if ws.is_central else self.net.kode_of(ws)

    def by_key(self, key: str) -> Workspace:
        return self.net.central if key == "C" else self.net.units[key]

    def apply(self, op: tuple[Any, ...]) -> None:
        kind = op[0]
        if kind in ("export", "deliver"):
            # packages are addressed by site, so they still arrive after a restore
            if kind == "export":
                unit = self.net.units[op[1]]
                src, dst = (self.net.central, unit) if op[2] else (unit, self.net.central)
                self.inflight.append((self.net.send(src, dst), self.key_of(dst)))  # type: ignore[arg-type]
            elif self.inflight:
                path, key = self.inflight[op[1] % len(self.inflight)]
                self.net.recv(self.by_key(key), path)  # type: ignore[arg-type]
        elif kind == "new_rhk" and self._skp_deleted(op[1], op[2]):
            return  # the SKP page offers no new RHK on a deleted SKP
        elif kind == "delete":  # as the SKP page does: the RHK and its indicators
            ws = self.site(op[1], op[2])
            rid = self.world.docs[op[1]]["rhk"][op[3]]
            with ws.session() as s:
                for i in s.query(Indikator).filter(Indikator.rhk_id == rid):
                    i.deleted = True
                row = s.get(Rhk, rid)
                if row is not None:
                    row.deleted = True
        elif kind == "delete_skp":
            ws = self.site(op[1], op[2])
            d = self.world.docs[op[1]]
            with ws.session() as s:  # as the SKP page does: the document and its parts
                for r in s.query(Rhk).filter(Rhk.skp_id == d["skp"]):
                    for i in s.query(Indikator).filter(Indikator.rhk_id == r.id):
                        i.deleted = True
                    r.deleted = True
                for e in s.query(Evaluasi).filter(Evaluasi.skp_id == d["skp"]):
                    e.deleted = True
                row = s.get(Skp, d["skp"])
                if row is not None:
                    row.deleted = True
        elif kind == "backup":
            target = self.net.root / f"cadangan-{op[1]}-{self.n}.sqlite"
            self.n += 1
            cadangan.backup(self.by_key(op[1]), target, sandi=SANDI)
            self.backups[op[1]] = target
            site = self.by_key(op[1])
            if not site.db.is_postgresql:  # a central on a server has no file to put back
                self.copies[op[1]] = site.db.backup_to(target.with_suffix(".salin"))
        elif kind == "restore" and op[1] in self.backups:
            self._restore(op[1])
        elif kind == "copy_back" and op[1] in self.copies:
            self._restore(op[1], by_hand=True)
        elif kind == "swap_nip":
            swap_nips(self.net.central, self.world.org.people["kepala_a"],
                      self.world.org.people["staf_a1"])
        elif kind == "mutasi":  # staf_a1 moves from unit A to unit B, or back
            c = self.net.central
            with c.session() as s:
                p = s.get_one(Pegawai, self.world.org.people["staf_a1"])
                to = "3673.A.1" if p.unit_id == self.world.org.units["3673.B"] else "3673.B"
                mutasi.pindah(s, p.nip, to)
        elif kind == "skew":
            offset = op[2] * 3_600_000
            self.by_key(op[1]).db.context.clock._now_ms = lambda: wall_ms() + offset
        elif kind not in ("backup", "restore", "copy_back"):
            super().apply(op)

    def _skp_deleted(self, kode: str, central: bool) -> bool:
        with self.site(kode, central).db.Session() as s:
            row = s.get(Skp, self.world.docs[kode]["skp"])
            return row is None or row.deleted

    def _restore(self, key: str, *, by_hand: bool = False) -> None:
        ws = self.by_key(key)
        # edits only this site holds are lost with its disk: on record as such
        others = [w for w in (self.net.central, *self.net.units.values()) if w is not ws]
        for e in self.edits:
            if not any(_logged(w, e) for w in others):
                self.at_risk.add(e)
        paths = ws.paths
        ws.close()
        if by_hand:  # the file manager: no restore command, the old file over the new one
            for suffix in ("-wal", "-shm"):
                Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
            shutil.copyfile(self.copies[key], paths.database)
        else:
            cadangan.restore(paths, self.backups[key])
        fresh = open_workspace(paths_mod.resolve(paths.data_dir))
        if key == "C":
            self.net.central = fresh
        else:
            self.net.units[key] = fresh


def _logged(ws: Workspace, e: tuple[str, str, str, Any]) -> bool:
    with ws.db.Session() as s:
        db = raw(s)
        tbl, rid, field, value = e
        return db.execute("SELECT 1 FROM change_log WHERE tbl = ? AND row_id = ? AND "
                          "field = ? AND value IS ?",
                          (tbl, rid, field, any_value(db, value))).fetchone() is not None


def _orphans(ws: Workspace) -> list[tuple[str, str]]:
    out = []
    with ws.db.Session() as s:
        db = raw(s)
        for child, (link, parent) in PART_OF.items():
            out += [(child, r[0]) for r in db.execute(
                f'SELECT c.id FROM "{child}" c JOIN "{parent}" p ON p.id = c."{link}" '
                "WHERE c.deleted = 0 AND p.deleted = 1")]
    return out


@pytest.fixture
def make_year_run(make_run: Any) -> Any:  # noqa: F811
    def make() -> YearRun:
        base = make_run()
        run = YearRun(base.net, base.world)
        run.backups, run.copies, run.at_risk = {}, {}, set()
        return run
    return make


@pytest.mark.slow
@pytest.mark.soak
@settings(**SOAK_SETTINGS)
@given(race=RACE, ops=YEAR_OPS, seed=st.integers(0, 2**16))
# The central is restored while a unit's package to it is in flight and it had corrected the
# unit's RHK after its backup.
@example(race=("3673.A", "rhk0.uraian", False, True), seed=0, ops=[
    ("backup", "C"), ("edit", "3673.A", True, "rhk0.uraian"), ("exchange", "3673.A", True),
    ("export", "3673.A", False), ("restore", "C"), ("deliver", 0)])
# The central deletes the SKP while the unit adds an RHK to it.
@example(race=("3673.A", "skp.catatan", False, False), seed=1, ops=[
    ("delete_skp", "3673.A", True), ("new_rhk", "3673.A", False), ("exchange", "3673.A", False),
    ("swap_nip",), ("skew", "3673.A", 11)])
# Found by soaking: the unit deletes its SKP and then adds an RHK to it (the page refuses).
@example(race=("3673.A", "skp.catatan", False, False), seed=0, ops=[
    ("delete_skp", "3673.A", False), ("new_rhk", "3673.A", False)])
# Mutasi: the unit edits its employee's SKP after a move it had not learned of (the edit is set
# aside at the central, never lost).
@example(race=("3673.A", "skp.catatan", False, True), seed=0, ops=[
    ("mutasi",), ("edit", "3673.A", False, "skp.catatan")])
# Mutasi of an employee whose SKP the central then approves: the new unit receives the approved
# SKP with its history (nothing of its own to protect, nothing held).
@example(race=("3673.A", "skp.catatan", False, False), seed=0, ops=[
    ("mutasi",), ("status", "3673.A", True, "skp", "DISETUJUI"),
    ("edit", "3673.A", False, "skp.catatan")])
# Found by soaking: new RHKs held under the approved SKP, the unit then deleting the SKP, and
# restores; keeping a held RHK brings its SKP back instead of leaving it orphaned.
@example(race=("3673.A", "skp.catatan", True, False), seed=0, ops=[
    ("deliver", 0), ("new_rhk", "3673.A", True), ("deliver", 0),
    ("edit", "3673.A", False, "skp.catatan"), ("edit", "3673.A", False, "skp.catatan"),
    ("edit", "3673.A", False, "skp.catatan"), ("new_rhk", "3673.A", True),
    ("delete_skp", "3673.A", False), ("deliver", 48), ("export", "3673.A", True),
    ("deliver", 48), ("drop", 16), ("deliver", 48), ("backup", "3673.A"),
    ("restore", "C"), ("restore", "3673.B"), ("status", "3673.A", False, "skp", "DRAFT"),
    ("restore", "3673.B")])
# Found in CI: the unit settles a conflict, then its employee moves away before its note that
# it settled it arrives; the note is ignored, never a reason to reject the package.
@example(race=("3673.A", "skp.catatan", True, False), seed=0, ops=[
    ("exchange", "3673.A", True), ("mutasi",)])
# Found by soaking: a mutasi, then a NIP swap the unit learns of, and the central restored from
# a backup taken before the swap.
@example(race=("3673.A", "skp.catatan", False, False), seed=0, ops=[
    ("mutasi",), ("backup", "C"), ("swap_nip",), ("exchange", "3673.A", True), ("restore", "C")])
# Found by soaking: the unit approves and edits; the central, before that arrives, deletes the
# SKP and sets it back to draft twice.
@example(race=("3673.A", "skp.catatan", True, False), seed=0, ops=[
    ("edit", "3673.A", False, "skp.catatan"), ("export", "3673.A", False),
    ("delete_skp", "3673.A", True), ("status", "3673.A", True, "skp", "DRAFT"), ("deliver", 0),
    ("status", "3673.A", True, "skp", "DRAFT")])
# A data file put back by hand from an older copy, which then writes more than it lost before
# its next package: its sent work comes back (services/jejak_kirim.py).
@example(race=("3673.A", "rhk0.uraian", False, False), seed=0, ops=[
    ("backup", "3673.A"), ("edit", "3673.A", False, "skp.catatan"), ("exchange", "3673.A", False),
    ("exchange", "3673.A", True), ("copy_back", "3673.A"), ("new_rhk", "3673.A", False),
    ("new_rhk", "3673.A", False), ("new_rhk", "3673.A", False)])
@example(race=("3673.B", "skp.catatan", False, True), seed=0, ops=[
    ("backup", "C"), ("edit", "3673.B", True, "rhk0.uraian"), ("exchange", "3673.B", True),
    ("exchange", "3673.B", False), ("copy_back", "C"), ("new_rhk", "3673.A", True),
    ("new_rhk", "3673.B", True), ("new_rhk", "3673.A", True), ("exchange", "3673.A", True)])
# Found by soaking: the unit edits its own approved SKP, then learns of the central's concurrent
# approval and reopens it; its edits and that reopen reach the central in one package (no silent
# change: the approval was reopened by one who had seen it, with the edits in its copy).
@example(race=("3673.A", "rhk1.uraian", True, True), seed=0, ops=[
    ("deliver", 0), ("edit", "3673.A", False, "skp.catatan"), ("swap_nip",),
    ("new_rhk", "3673.A", True), ("status", "3673.A", True, "skp", "DRAFT"),
    ("new_rhk", "3673.A", False), ("edit", "3673.B", True, "skp.catatan"),
    ("edit", "3673.A", False, "skp.catatan"), ("delete", "3673.A", True, 0),
    ("status", "3673.A", False, "skp", "DRAFT"), ("deliver", 0), ("new_rhk", "3673.A", False),
    ("status", "3673.A", True, "skp", "DISETUJUI"), ("export", "3673.A", True), ("deliver", 4),
    ("status", "3673.A", False, "skp", "DRAFT")])
def test_a_citys_year_converges(make_year_run: Any, race: tuple[str, str, bool, bool],
                                ops: list[tuple[Any, ...]], seed: int) -> None:
    _check_year(make_year_run(), race, ops, seed)


def _check_year(run: YearRun, race: tuple[str, str, bool, bool], ops: list[tuple[Any, ...]],
                seed: int) -> None:
    try:
        play(run, race, ops, seed)
        check_promises(run, frozenset(run.at_risk))
        for ws in (run.net.central, *run.net.units.values()):
            # Promise 4, a delete never leaves live parts behind.
            assert not _orphans(ws), "live parts under a deleted parent"
            # Promise 5, one live employee per NIP.
            with ws.db.Session() as s:
                nips = [r[0] for r in raw(s).execute(
                    "SELECT nip FROM pegawai WHERE deleted = 0 AND nip != ''")]
            assert len(nips) == len(set(nips)), "a NIP on two live employees"
    finally:
        run.net.close()
        shutil.rmtree(run.net.root.parent, ignore_errors=True)
