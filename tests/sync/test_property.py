"""Property: a central and three units make random edits (concurrent edits of one field,
deletes, approvals, new rows) and exchange packages with random delivery (reordered, duplicated,
delayed, lost and re-sent). After a full exchange, with the changes held on approved documents
settled in review, every installation holds the same content for each unit, and every edit is
either present or accounted for: recorded as the loser of a conflict, or overwritten by a writer
who had seen it."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import event, example, given, settings
from hypothesis import strategies as st
from tests.sync.conftest import SOAK_SETTINGS, UNITS, Net, Org, add_skp, open_net

from asn_desktop.db.models import Evaluasi, Indikator, Rhk, Skp
from asn_desktop.db.models_pelayanan import Layanan, LayananHarian, Pengaduan
from asn_desktop.db.sync_models import DELETE
from asn_desktop.services import sync_service as svc
from asn_desktop.services.workspace import Workspace
from asn_desktop.sync.scope import raw

SITES = ("C", *UNITS)
OWNER = {"3673.A": "staf_a1", "3673.B": "staf_b1", "3673.C": "staf_c1"}
TARGETS = ("skp.catatan", "rhk0.uraian", "rhk1.uraian", "ind0.target_nilai",
           "ev.catatan_rekomendasi", "adu.uraian", "reg.masuk")


@dataclass
class World:
    org: Org
    docs: dict[str, dict[str, Any]]  # unit kode -> ids of its SKP, RHK, indicators, evaluation


@pytest.fixture(scope="session")
def prop_template(net_template: tuple[Path, Org], tmp_path_factory: pytest.TempPathFactory
                  ) -> tuple[Path, World]:
    base, org = net_template
    root = tmp_path_factory.mktemp("prop-template")
    net = open_net(base, org, root / "net")
    docs = {k: add_skp(net.units[k], org.people[OWNER[k]], n_rhk=2) for k in UNITS}
    for k in UNITS:  # and the unit's public-service registers
        with net.units[k].session() as s:
            lay = Layanan(unit_id=org.units[k], kode="KTP", nama="KTP-el")
            s.add(lay)
            s.flush()
            reg = LayananHarian(unit_id=org.units[k], layanan_id=lay.id,
                                tanggal=date(2026, 11, 2), masuk=10, selesai=10, tepat_waktu=9)
            adu = Pengaduan(unit_id=org.units[k], nomor=f"ADU/{k}/1", tanggal=date(2026, 11, 2),
                            uraian="antrean lama", layanan_id=lay.id)
            s.add_all([reg, adu])
            s.flush()
            docs[k] |= {"reg": reg.id, "adu": adu.id}
    net.sync_all(rounds=1)
    net.close()
    shutil.rmtree(root / "net" / "pos")
    for p in (root / "net").rglob("*.sqlite"):
        conn = sqlite3.connect(p)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
    return root / "net", World(org, docs)


@pytest.fixture(scope="session")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("prop-runs")


# ------------------------------------------------------------------------------ operations

# Unit A is picked more often and a few fields more often, so concurrent edits of one field
# (and edits racing an approval) happen in many examples, not just a few.
UNIT = st.sampled_from(("3673.A", "3673.A", "3673.A", "3673.B", "3673.C"))
TARGET = st.sampled_from(("skp.catatan", "skp.catatan", "rhk0.uraian", *TARGETS))
edit = st.tuples(st.just("edit"), UNIT, st.booleans(), TARGET)
status = st.tuples(st.just("status"), UNIT, st.booleans(),
                   st.sampled_from(("skp", "skp", "ev")), st.sampled_from(("DRAFT", "DISETUJUI")))
delete = st.tuples(st.just("delete"), UNIT, st.booleans(), st.integers(0, 1))
new_rhk = st.tuples(st.just("new_rhk"), UNIT, st.booleans())
export = st.tuples(st.just("export"), UNIT, st.booleans())
exchange = st.tuples(st.just("exchange"), UNIT, st.booleans())  # export and deliver at once
deliver = st.tuples(st.just("deliver"), st.integers(0, 50))
drop = st.tuples(st.just("drop"), st.integers(0, 50))
OP = st.one_of(edit, edit, edit, status, delete, new_rhk, export, export, exchange, deliver,
               deliver, drop)
OPS = st.lists(OP, max_size=30)
# Every example starts with a race: the unit and the central edit the same field, and the unit
# may approve its SKP first (the central's edit must then be held, not applied silently).
RACE = st.tuples(UNIT, TARGET, st.booleans(), st.booleans())


@dataclass
class Run:
    net: Net
    world: World
    inflight: list[tuple[Path, Workspace]] = field(default_factory=list)
    edits: list[tuple[str, str, str, Any]] = field(default_factory=list)
    n: int = 0

    def site(self, kode: str, central: bool) -> Workspace:
        return self.net.central if central else self.net.units[kode]

    def value(self, who: Workspace, numeric: bool) -> Any:
        self.n += 1
        if numeric:
            return float(self.n) + (0.25 if who.is_central else 0.5)
        return f"{'pusat' if who.is_central else who.info.nama}-{self.n}"

    def write(self, ws: Workspace, model: Any, rid: str, fld: str, value: Any,
              track: bool = True) -> None:
        with ws.session() as s:
            row = s.get(model, rid)
            if row is None:  # a row this installation does not hold (yet)
                return
            setattr(row, fld, value)
        if track:
            self.edits.append((model.__tablename__, rid, fld, value))

    def apply(self, op: tuple[Any, ...]) -> None:
        kind = op[0]
        if kind in ("edit", "status", "delete", "new_rhk"):
            kode, central = op[1], op[2]
            ws = self.site(kode, central)
            d = self.world.docs[kode]
        if kind == "edit":
            target = op[3]
            if target == "skp.catatan":
                self.write(ws, Skp, d["skp"], "catatan", self.value(ws, False))
            elif target.startswith("rhk"):
                self.write(ws, Rhk, d["rhk"][int(target[3])], "uraian", self.value(ws, False))
            elif target == "adu.uraian":
                self.write(ws, Pengaduan, d["adu"], "uraian", self.value(ws, False))
            elif target == "reg.masuk":
                self.write(ws, LayananHarian, d["reg"], "masuk", int(self.value(ws, True) * 4))
            elif target == "ind0.target_nilai":
                self.write(ws, Indikator, d["indikator"][0], "target_nilai",
                           self.value(ws, True))
            else:
                self.write(ws, Evaluasi, d["evaluasi"], "catatan_rekomendasi",
                           self.value(ws, False))
        elif kind == "status":
            model, rid = (Skp, d["skp"]) if op[3] == "skp" else (Evaluasi, d["evaluasi"])
            self.write(ws, model, rid, "status", op[4], track=False)
        elif kind == "delete":
            self.write(ws, Rhk, d["rhk"][op[3]], "deleted", True, track=False)
        elif kind == "new_rhk":
            uraian = self.value(ws, False)
            with ws.session() as s:
                r = Rhk(skp_id=d["skp"], urutan=9, uraian=uraian)
                s.add(r)
                s.flush()
                rid = r.id
            self.edits.append(("rhk", rid, "uraian", uraian))
        elif kind == "export":
            unit = self.net.units[op[1]]
            src, dst = (self.net.central, unit) if op[2] else (unit, self.net.central)
            self.inflight.append((self.net.send(src, dst), dst))
        elif kind == "exchange":
            unit = self.net.units[op[1]]
            src, dst = (self.net.central, unit) if op[2] else (unit, self.net.central)
            self.net.recv(dst, self.net.send(src, dst))
        elif kind == "deliver" and self.inflight:
            path, dst = self.inflight[op[1] % len(self.inflight)]  # may arrive twice
            self.net.recv(dst, path)
        elif kind == "drop" and self.inflight:
            self.inflight.pop(op[1] % len(self.inflight))  # lost; later packages re-send

    def settle(self, rng: random.Random) -> None:
        """Full exchange; changes held on approved documents, and approvals made on two sides
        without seeing each other, are settled in review (a random choice) and the exchange
        repeats until nothing is left to settle."""
        for _ in range(8):
            self.net.sync_all(rounds=1)
            held = 0
            for ws in (self.net.central, *self.net.units.values()):
                while todo := [k for k in svc.conflicts(ws)
                               if k.pemenang == "held" or k.kolom == "status"]:
                    svc.resolve(ws, todo[0].id, rng.choice(("local", "incoming")))
                    held += 1
            if not held:
                break
        self.net.sync_all(rounds=2)


def _conflict_losers(ws: Workspace, kinds: tuple[str, ...] = ("lww", "locked", "mutasi")
                     ) -> set[tuple[str, str, str, Any]]:
    out = set()
    with ws.db.Session() as s:
        for tbl, rid, f, kind, winner, lv, iv, keep in raw(s).execute(
                "SELECT tbl, row_id, field, kind, winner, local_value, incoming_value, "
                "resolved_keep FROM sync_conflict"):
            if kind not in kinds:
                continue
            if kind == "lww":
                out.add((tbl, rid, f, lv if winner == "incoming" else iv))
            elif keep == "local":  # a held change (locked, or set aside after a mutasi)
                out.add((tbl, rid, f, iv))
            elif keep == "incoming":
                out.add((tbl, rid, f, lv))
    return out


def _lost_edits_recorded(net: Net) -> set[tuple[str, str, str, Any]]:
    """Losers recorded where they must be: every concurrent overwrite at the central (which
    sees every version), and the changes held on approved documents where they were held."""
    out = _conflict_losers(net.central)
    for ws in net.units.values():
        out |= _conflict_losers(ws, kinds=("locked",))
    return out


def _status_before(db: sqlite3.Connection, doc_tbl: str, doc: str, seq: int
                   ) -> tuple[int, str, Any] | None:
    row = db.execute("SELECT hlc, node, value FROM change_log WHERE tbl = ? AND row_id = ? AND "
                     "field = 'status' AND seq < ? ORDER BY hlc DESC, node DESC LIMIT 1",
                     (doc_tbl, doc, seq)).fetchone()
    return (row[0], row[1], row[2]) if row else None


def _reaffirmed(db: sqlite3.Connection, doc_tbl: str, doc: str, a: tuple[int, str, Any]
                ) -> tuple[int, str]:
    """The approval that ``a`` re-affirms: an approval written over an approval (a decision on
    two approvals made without seeing each other) approves nothing new, so a writer who had
    seen the first approval of that line had seen what is approved."""
    cur = (a[0], a[1])
    while True:
        row = db.execute("SELECT base_hlc, base_node FROM change_log WHERE tbl = ? AND "
                         "row_id = ? AND field = 'status' AND hlc = ? AND node = ?",
                         (doc_tbl, doc, *cur)).fetchone()
        if row is None or row[0] is None:
            return cur
        base = (row[0], row[1])
        value = db.execute("SELECT value FROM change_log WHERE tbl = ? AND row_id = ? AND "
                           "field = 'status' AND hlc = ? AND node = ?",
                           (doc_tbl, doc, *base)).fetchone()
        if value is None or value[0] != "DISETUJUI" or base >= cur:
            return cur
        cur = base


def _doc_of(db: sqlite3.Connection, tbl: str, rid: str) -> tuple[str, str] | None:
    if tbl in ("skp", "evaluasi"):
        return tbl, rid
    if tbl in ("rhk", "indikator"):
        if tbl == "indikator":
            row = db.execute("SELECT rhk_id FROM indikator WHERE id = ?", (rid,)).fetchone()
            rid = row[0] if row else ""
        row = db.execute("SELECT skp_id FROM rhk WHERE id = ?", (rid,)).fetchone()
        return ("skp", row[0]) if row else None
    return None


def _no_silent_change_to_approved(net: Net, world: World) -> None:
    """Replays each installation's log: no change from another node reached an approved document
    (approved by a third node) unless its writer had seen that approval, it wrote the value
    already there, or it is on record for review (held and decided, or recorded as a
    concurrent overwrite, here or where it was written: a delete that overrode the approver's
    unseen work reaches the approver's copy after the writer, having seen the approval, set
    the document back to draft)."""
    writers = {ws.info.node_id: ws for ws in (net.central, *net.units.values())}
    for ws in writers.values():
        mine = None if ws.is_central else world.docs[net.kode_of(ws)]
        with ws.db.Session() as s:
            db = raw(s)
            # held and decided in review, or recorded as a concurrent overwrite
            decided = {(t, r, f, h, n) for t, r, f, h, n in db.execute(
                "SELECT tbl, row_id, field, incoming_hlc, incoming_node FROM sync_conflict")}
            # changes that reached the table: not overtaken inside the same package
            incoming = db.execute(
                "SELECT c.seq, c.tbl, c.row_id, c.field, c.hlc, c.node, c.value, c.source "
                "FROM change_log c "
                "WHERE c.source IS NOT NULL AND c.tbl IN ('skp', 'rhk', 'indikator', "
                "'evaluasi') AND c.field != 'status' AND NOT EXISTS (SELECT 1 FROM change_log "
                "d WHERE d.tbl = c.tbl AND d.row_id = c.row_id AND d.field = c.field AND "
                "d.source = c.source AND (d.hlc > c.hlc OR (d.hlc = c.hlc AND d.node > c.node)))"
            ).fetchall()
            for seq, tbl, rid, f, h, n, value, source in incoming:
                before = db.execute(
                    "SELECT value FROM change_log WHERE tbl = ? AND row_id = ? AND field = ? "
                    "AND seq < ? ORDER BY hlc DESC, node DESC LIMIT 1",
                    (tbl, rid, f, seq)).fetchone()
                if before is not None and type(before[0]) is type(value) and before[0] == value:
                    continue  # wrote the value already there: nothing changed to review
                doc = _doc_of(db, tbl, rid)
                if doc is None or (mine is not None and doc[1] not in (mine["skp"],
                                                                       mine["evaluasi"])):
                    continue
                a = _status_before(db, doc[0], doc[1], seq)
                if a is None or a[2] != "DISETUJUI" or a[1] == n:
                    continue
                if (tbl, rid, f, h, n) in decided:
                    continue
                # or the same package carries the writer's own status change made after it
                # had seen that approval: it reopened (or approved again) the document with
                # this change in its copy, knowingly, and the two arrive together
                r = _reaffirmed(db, doc[0], doc[1], a)
                if db.execute("SELECT 1 FROM change_log WHERE tbl = ? AND row_id = ? AND "
                              "field = 'status' AND node = ? AND source = ? AND hlc > ? AND "
                              "(base_hlc > ? OR (base_hlc = ? AND base_node >= ?))",
                              (doc[0], doc[1], n, source, h, r[0], r[0], r[1])).fetchone():
                    continue
                with writers[n].db.Session() as ws2:
                    w = raw(ws2)
                    found = w.execute("SELECT seq FROM change_log WHERE tbl = ? AND row_id = ? "
                                      "AND field = ? AND hlc = ? AND node = ?",
                                      (tbl, rid, f, h, n)).fetchone()
                    if found is None:
                        continue  # given back to a writer restored from a backup: its own
                    seen = _status_before(w, doc[0], doc[1], found[0])
                    # or the writer's delete, on learning of the approver's work from the
                    # approval on, was recorded as overriding it, for review where it was
                    # written
                    if f == "deleted" and w.execute(
                            "SELECT 1 FROM sync_conflict WHERE kind = ? AND tbl = ? AND "
                            "row_id = ? AND field = ? AND local_hlc = ? AND local_node = ? AND "
                            "incoming_node = ? AND incoming_hlc >= ?",
                            (DELETE, tbl, rid, f, h, n, a[1], a[0])).fetchone():
                        continue
                assert seen is not None and seen[:2] >= _reaffirmed(db, doc[0], doc[1], a), (
                    f"silent change to an approved document: {tbl}.{f} by a writer who had not "
                    "seen the approval, neither held nor recorded")


def _superseded(ws: Workspace, tbl: str, rid: str, f: str, value: Any) -> bool:
    with ws.db.Session() as s:
        db = raw(s)
        versions = db.execute("SELECT hlc, node, base_hlc, base_node, value FROM change_log "
                              "WHERE tbl = ? AND row_id = ? AND field = ?",
                              (tbl, rid, f)).fetchall()
        # versions held for review (never in the log here) are versions all the same: a held
        # change its writer made over its own earlier edit supersedes that edit
        versions += db.execute("SELECT incoming_hlc, incoming_node, incoming_base_hlc, "
                               "incoming_base_node, incoming_value FROM sync_conflict WHERE "
                               "tbl = ? AND row_id = ? AND field = ? AND winner = 'held'",
                               (tbl, rid, f)).fetchall()
    mine = [(h, n) for h, n, _bh, _bn, v in versions if v == value]
    return any(
        (bh, bn) == (h, n) or (n2 == n and h2 > h)
        for h, n in mine for h2, n2, bh, bn, _v in versions)


def _current(ws: Workspace, tbl: str, rid: str, f: str) -> Any:
    with ws.db.Session() as s:
        row = raw(s).execute(f'SELECT "{f}" FROM "{tbl}" WHERE id = ?', (rid,)).fetchone()
    return row[0] if row else None


@pytest.fixture
def make_run(prop_template: tuple[Path, World], scratch: Path) -> Iterator[Any]:
    opened: list[Net] = []

    def make() -> Run:
        target = Path(tempfile.mkdtemp(dir=scratch))
        # each run's copies share the template's node ids: their own record of what was sent
        os.environ["ASN_DESKTOP_STATE_DIR"] = str(target / "keadaan")
        net = open_net(prop_template[0], prop_template[1].org, target / "net")
        opened.append(net)
        return Run(net, prop_template[1])

    yield make
    for n in opened:
        n.close()
        shutil.rmtree(n.root.parent, ignore_errors=True)


@pytest.mark.slow
@pytest.mark.soak
@settings(**SOAK_SETTINGS)
@given(race=RACE, ops=OPS, seed=st.integers(0, 2**16))
# Found by random runs: the central approves, the unit edits an RHK before and after learning
# of it; the held older edit, kept in review, must replace the newer one knowingly.
@example(race=("3673.A", "skp.catatan", False, False), seed=0, ops=[
    ("status", "3673.C", True, "skp", "DISETUJUI"), ("edit", "3673.C", False, "rhk0.uraian"),
    ("exchange", "3673.C", True), ("edit", "3673.C", False, "rhk0.uraian")])
# The central's concurrent approval reaches the unit one package before its correction.
@example(race=("3673.A", "skp.catatan", True, False), seed=1, ops=[
    ("status", "3673.A", True, "skp", "DISETUJUI"), ("exchange", "3673.A", True),
    ("edit", "3673.A", True, "skp.catatan")])
# Found by random runs (shrunk): the unit and the central approve the same SKP without seeing
# each other; both settle that conflict at once, each writing a decision that re-affirms the
# approval. Those two decisions must not conflict again (nor hold content again), or the
# settled conflict returns on every round and the two never converge.
@example(race=("3673.A", "ev.catatan_rekomendasi", True, True), seed=4488, ops=[
    ("delete", "3673.A", True, 0), ("edit", "3673.A", True, "skp.catatan"),
    ("new_rhk", "3673.A", False), ("new_rhk", "3673.B", True),
    ("status", "3673.A", True, "skp", "DISETUJUI"), ("status", "3673.B", False, "skp", "DISETUJUI"),
    ("new_rhk", "3673.A", True)])
# The same, as first found.
@example(race=("3673.A", "ev.catatan_rekomendasi", True, True), seed=4488, ops=[
    ("new_rhk", "3673.A", True), ("edit", "3673.A", True, "rhk0.uraian"),
    ("new_rhk", "3673.B", False), ("delete", "3673.A", True, 0),
    ("edit", "3673.A", False, "skp.catatan"), ("edit", "3673.C", True, "skp.catatan"),
    ("export", "3673.A", True), ("edit", "3673.A", True, "skp.catatan"), ("deliver", 20),
    ("new_rhk", "3673.A", False), ("drop", 50), ("new_rhk", "3673.B", True),
    ("export", "3673.C", False), ("deliver", 18), ("status", "3673.A", False, "ev", "DRAFT"),
    ("status", "3673.C", True, "skp", "DRAFT"), ("status", "3673.A", True, "skp", "DISETUJUI"),
    ("status", "3673.B", False, "skp", "DISETUJUI"), ("new_rhk", "3673.A", True)])
def test_random_edits_and_delivery_converge(make_run: Any, race: tuple[str, str, bool, bool],
                                            ops: list[tuple[Any, ...]], seed: int) -> None:
    run: Run = make_run()
    try:
        play(run, race, ops, seed)
        check_promises(run)
    finally:
        run.net.close()
        shutil.rmtree(run.net.root.parent, ignore_errors=True)


def play(run: Run, race: tuple[str, str, bool, bool], ops: list[tuple[Any, ...]],
         seed: int) -> None:
    """The race first (the same field edited on both sides, with or without an approval in
    between), then the drawn operations, then settling."""
    kode, target, approve, central_first = race
    prefix: list[tuple[Any, ...]] = [("edit", kode, central_first, target)]
    if approve:
        prefix.append(("status", kode, False, "skp", "DISETUJUI"))
    prefix.append(("edit", kode, not central_first, target))
    for op in [*prefix, *ops]:
        run.apply(op)
    run.settle(random.Random(seed))


def check_promises(run: Run, at_risk: frozenset[tuple[str, str, str, Any]] = frozenset()
                   ) -> None:
    """The promises every sync run keeps; ``at_risk`` are edits only a PC restored from an
    older backup held (lost with its disk, on record as such)."""
    net = run.net
    # Promise 1, convergence: after a full exchange every installation holding a unit's
    # data holds exactly the central's copy of it.
    for kode, unit in net.units.items():
        assert net.fp(unit, kode) == net.fp(net.central, kode), (
            f"convergence broken: {kode} and the central differ after settling")
    # Settling ends: nothing is left waiting for a person once every hold was decided.
    for ws in (net.central, *net.units.values()):
        assert not [k for k in svc.conflicts(ws) if k.pemenang == "held"], (
            "settling never ends: changes still held after every decision was taken")
    for ws in (net.central, *net.units.values()):
        for k in svc.conflicts(ws, include_resolved=True):
            event(f"konflik {k.jenis}")
    # Promise 2, no silent change to an approved document (asserted inside).
    _no_silent_change_to_approved(net, run.world)
    # Promise 3, no lost edit: each edit is the current value, or on record as the loser
    # of a conflict, or was overwritten by a writer who had seen it.
    losers = _lost_edits_recorded(net)
    for e in run.edits:
        tbl, rid, f, value = e
        present = _current(net.central, tbl, rid, f) == value
        assert present or e in losers or e in at_risk or _superseded(
            net.central, tbl, rid, f, value), f"edit lost: {tbl}.{f} = {value!r}"
