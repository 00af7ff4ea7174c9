"""Peers and what goes to them: export plans (scope, range, acknowledgements), file names,
invitations, revocation and per-peer status."""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import sqlite3
import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from asn_desktop.db.sync_models import ACTIVE, INVITED, REVOKED
from asn_desktop.errors import AsnError, NotFoundError
from asn_desktop.sync import lineage
from asn_desktop.sync.container import EXT_PACKAGE, EXT_SETUP, Party, SetupInfo
from asn_desktop.sync.export import ExportPlan
from asn_desktop.sync.importer import Local
from asn_desktop.sync.keys import KeyPair
from asn_desktop.sync.rows import scalar
from asn_desktop.sync.scope import ScopeSpec, build_scope, drop_scope, subtree
from asn_desktop.sync.sql import settled_seq

CENTRAL_LABEL = "PUSAT"


@dataclass(frozen=True)
class Peer:
    node_id: str
    role: str
    nama: str
    unit_id: str | None
    kode: str | None
    status: str
    sign_pub: bytes | None
    box_pub: bytes | None
    enrol_secret: str | None
    acked_seq: int
    acked_roots: str | None
    recv_upto: int
    last_sent_at: str | None
    last_sent_package: str | None
    last_sent_seq: int
    last_recv_at: str | None
    last_recv_package: str | None
    bound_at: str | None
    incarnation: str | None
    lineage: str | None
    give_back_until: int

    @property
    def label(self) -> str:
        return CENTRAL_LABEL if self.role == "central" else label(self.kode or self.node_id[:8])


_PEER_COLS = ("node_id, role, nama, unit_id, kode, status, sign_pub, box_pub, enrol_secret, "
              "acked_seq, acked_roots, recv_upto, last_sent_at, last_sent_package, "
              "last_sent_seq, last_recv_at, last_recv_package, bound_at, incarnation, lineage, "
              "give_back_until")


def peers(db: sqlite3.Connection) -> list[Peer]:
    return [Peer(*r) for r in db.execute(f"SELECT {_PEER_COLS} FROM sync_peer ORDER BY role, kode, "
                                         "nama")]


def peer_by_node(db: sqlite3.Connection, node: str) -> Peer | None:
    row = db.execute(f"SELECT {_PEER_COLS} FROM sync_peer WHERE node_id = ?", (node,)).fetchone()
    return Peer(*row) if row else None


class _UnitRow(NamedTuple):
    """An ``org_unit`` as named to people: its id, code and name."""

    id: str
    kode: str
    nama: str


class _PeerName(NamedTuple):
    """A unit installation as named to people: its unit's code and name."""

    kode: str
    nama: str


def unit_by_kode(db: sqlite3.Connection, kode: str) -> tuple[str, str, str]:
    row = db.execute("SELECT id, kode, nama FROM org_unit WHERE kode = ? AND deleted = 0 "
                     "ORDER BY id LIMIT 1", (kode,)).fetchone()
    if row is None:
        raise NotFoundError(f"Unit dengan kode '{kode}' tidak ditemukan.")
    unit = _UnitRow._make(row)
    return str(unit.id), str(unit.kode), str(unit.nama)


def unit_peer(db: sqlite3.Connection, unit_id: str, *, statuses: tuple[str, ...] = (ACTIVE,)
              ) -> Peer | None:
    marks = ",".join("?" * len(statuses))
    row = db.execute(f"SELECT {_PEER_COLS} FROM sync_peer WHERE role = 'unit' AND unit_id = ? "
                     f"AND status IN ({marks}) ORDER BY dibuat DESC LIMIT 1",
                     (unit_id, *statuses)).fetchone()
    return Peer(*row) if row else None


def central_peer(db: sqlite3.Connection) -> Peer:
    row = db.execute(f"SELECT {_PEER_COLS} FROM sync_peer WHERE role = 'central' "
                     "ORDER BY dibuat DESC LIMIT 1").fetchone()
    if row is None:
        raise AsnError("Instalasi unit ini belum didaftarkan ke pusat (BKPSDM). Siapkan dengan "
                       "'asn-desktop init --from BERKAS' dari paket undangan pusat.")
    return Peer(*row)


def label(kode: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", kode)[:40] or "UNIT"


def max_seq(db: sqlite3.Connection) -> int:
    """How far this installation's changes go, every one of them committed (sql.settled_seq)."""
    return settled_seq(db)


def local_kode(db: sqlite3.Connection, local: Local) -> str:
    if local.role == "central":
        return CENTRAL_LABEL
    kode = scalar(db.execute("SELECT kode FROM org_unit WHERE id = ?", (local.unit_id,)))
    return label(str(kode)) if kode else "UNIT"


def sender_party(db: sqlite3.Connection, local: Local, nama: str, keys: KeyPair) -> Party:
    return Party(local.node_id, local.role, local_kode(db, local), nama[:200], keys.sign_public,
                 keys.box_public, keys.history)


def unit_scope(db: sqlite3.Connection, unit_id: str) -> ScopeSpec:
    """What the central sends a unit: the whole org tree, years, periods and settings; the
    employees placed in its subtree and their atasan chain; their appraisal data; and the
    SKP/RHK of those atasan (read-only, for the cascade)."""
    return ScopeSpec(frozenset(subtree(db, unit_id)), all_master=True, placed=True, atasan=True,
                     owned=True, departed=True)


def own_scope(db: sqlite3.Connection, unit_id: str) -> ScopeSpec:
    """What a unit sends the central: appraisal data of the employees placed in its subtree,
    and of those who were and moved away (its work on them from before it learned of the
    move; the central judges each change by the placement at its clock)."""
    return ScopeSpec(frozenset(subtree(db, unit_id)), placed=False, owned=True,
                     departed_owned=True)


def plan_for(db: sqlite3.Connection, local: Local, nama: str, keys: KeyPair, peer: Peer, *,
             full: bool = False) -> ExportPlan:
    if peer.status != ACTIVE or peer.box_pub is None:
        if peer.status == REVOKED:
            raise AsnError(f"Unit {peer.kode} sudah dicabut; paket tidak dibuat.")
        raise AsnError(f"Unit {peer.kode or peer.nama} belum mengirim paket pertamanya ke pusat, "
                       "jadi paket untuknya belum dapat dibuat.")
    sender = sender_party(db, local, nama, keys)
    to_seq = max_seq(db)
    kind = "full" if full else "delta"
    frm = 1 if full else peer.acked_seq + 1
    chain = tuple((x.inc, x.seq, x.hlc, x.restored_hlc)
                  for x in lineage.load(db)[-lineage.MAX_KEPT:])
    if local.role == "central":
        assert peer.unit_id is not None
        roots = json.loads(peer.acked_roots) if peer.acked_roots else {"p": [], "u": []}
        return ExportPlan(kind, sender, peer.node_id, peer.box_pub, None,
                          unit_scope(db, peer.unit_id), frm, to_seq,
                          exclude_node=peer.node_id, acked_roots=roots, ack=peer.recv_upto,
                          bound=True, local_node=local.node_id, lineage=chain,
                          ack_for=peer.incarnation, give_back=_give_back(peer))
    if local.unit_id is None:
        raise AsnError("Instalasi unit ini belum terhubung ke sebuah unit organisasi.")
    give_back = _give_back(peer)
    # What the central lost may be master data too: then the whole scope held here is read
    # (only the unit's own changes and the given-back ones are written), with the unit's own
    # work on employees who moved away, which the central may have lost while held for review.
    scope = (replace(unit_scope(db, local.unit_id), departed_owned=True) if give_back
             else own_scope(db, local.unit_id))
    return ExportPlan(kind, sender, peer.node_id, peer.box_pub, None, scope, frm, to_seq,
                      only_node=None if full else local.node_id, ack=peer.recv_upto,
                      enrol=peer.enrol_secret, local_node=local.node_id, lineage=chain,
                      ack_for=peer.incarnation, give_back=give_back)


def _give_back(peer: Peer) -> tuple[str, int, int] | None:
    """The peer was restored and has not yet confirmed a package written since: its own
    changes from between its backup and its restore, which it lost, go back to it."""
    if not peer.give_back_until:
        return None
    chain = lineage.parse(peer.lineage)
    if len(chain) < 2:
        return None
    last = chain[-1]
    return peer.node_id, last.hlc, last.restored_hlc


def package_path(out: Path, sender_label: str, recipient_label: str, *, full: bool,
                 single: bool) -> Path:
    """``out`` is a folder (a name is made up) or, for a single package, the file to write."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    name = f"kinerja-{sender_label}-ke-{recipient_label}-{stamp}{'-lengkap' if full else ''}"
    if single and not out.is_dir() and out.suffix:
        return out if out.name.endswith(EXT_PACKAGE) else out.with_name(out.name + EXT_PACKAGE)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{name}{EXT_PACKAGE}"
    n = 2
    while path.exists():
        path = out / f"{name}-{n}{EXT_PACKAGE}"
        n += 1
    return path


def record_sent(db: sqlite3.Connection, peer_node: str, package_id: str, kind: str,
                frm: int, to: int, changes: int, file_name: str, roots: dict[str, Any]) -> None:
    now = datetime.now().isoformat(timespec="seconds")
    db.execute("INSERT INTO sync_sent (package_id, peer_node, kind, from_seq, to_seq, changes, "
               "dibuat, file_name, roots) VALUES (?,?,?,?,?,?,?,?,?)",
               (package_id, peer_node, kind, frm, to, changes, now, file_name[:200],
                json.dumps(roots)))
    db.execute("UPDATE sync_peer SET last_sent_at = ?, last_sent_package = ?, "
               "last_sent_seq = MAX(last_sent_seq, ?) WHERE node_id = ?",
               (now, package_id, to, peer_node))


# ----------------------------------------------------------------------------- invitations


@dataclass(frozen=True)
class Invitation:
    node_id: str
    secret: str
    unit_id: str
    unit_kode: str
    unit_nama: str


def new_invitation(db: sqlite3.Connection, unit_kode: str) -> Invitation:
    """Register a one-time invitation for a unit (replacing an unused one)."""
    unit_id, kode, nama = unit_by_kode(db, unit_kode)
    ditutup = scalar(db.execute("SELECT ditutup FROM org_unit WHERE id = ?", (unit_id,)))
    if ditutup:
        sejak = date.fromisoformat(str(ditutup))
        raise AsnError(f"Unit {kode} sudah ditutup sejak {sejak:%d-%m-%Y}; unit yang ditutup tidak "
                       "dapat diundang. Buka kembali dengan 'asn-desktop unit buka "
                       f"{kode}' bila unit itu aktif lagi.")
    if unit_peer(db, unit_id) is not None:
        raise AsnError(f"Unit {kode} sudah terdaftar dengan instalasinya. Cabut dahulu dengan "
                       f"'asn-desktop sync revoke --unit {kode}' bila instalasi itu hilang.")
    _check_no_overlap(db, unit_id, kode)
    now = datetime.now().isoformat(timespec="seconds")
    db.execute("UPDATE sync_peer SET status = ?, revoked_at = ?, enrol_secret_hash = NULL "
               "WHERE role = 'unit' AND unit_id = ? AND status = ?",
               (REVOKED, now, unit_id, INVITED))
    node = uuid.uuid4().hex
    secret = secrets.token_bytes(32).hex()
    db.execute("INSERT INTO sync_peer (node_id, role, nama, unit_id, kode, status, "
               "enrol_secret_hash, dibuat) VALUES (?, 'unit', ?, ?, ?, ?, ?, ?)",
               (node, nama, unit_id, kode, INVITED,
                hashlib.sha256(bytes.fromhex(secret)).hexdigest(), now))
    return Invitation(node, secret, unit_id, kode, nama)


def _check_no_overlap(db: sqlite3.Connection, unit_id: str, kode: str) -> None:
    """One installation per branch of the organisation: the root is the central's own, and a
    unit inside (or above) a unit that has its installation would share its employees, whose
    appraisal data must have exactly one owner."""
    if db.execute("SELECT parent_id IS NULL FROM org_unit WHERE id = ?",
                  (unit_id,)).fetchone()[0]:
        raise AsnError(f"Unit {kode} adalah unit teratas, yang dikelola oleh instalasi pusat "
                       "sendiri; undang OPD, sekolah, puskesmas atau unit lain di bawahnya.")
    row = db.execute(
        "WITH RECURSIVE up(id) AS (SELECT parent_id FROM org_unit WHERE id = :u "
        "UNION SELECT o.parent_id FROM org_unit o JOIN up ON o.id = up.id "
        "WHERE o.parent_id IS NOT NULL), "
        "down(id) AS (SELECT id FROM org_unit WHERE parent_id = :u "
        "UNION SELECT o.id FROM org_unit o JOIN down ON o.parent_id = down.id) "
        "SELECT p.kode, p.nama FROM sync_peer p WHERE p.role = 'unit' AND p.status IN "
        "(:active, :invited) AND p.unit_id IN (SELECT id FROM up UNION SELECT id FROM down) "
        "ORDER BY p.kode LIMIT 1",
        {"u": unit_id, "active": ACTIVE, "invited": INVITED}).fetchone()
    if row is not None:
        other = _PeerName._make(row)
        raise AsnError(f"Unit {kode} berada di dalam atau di atas {other.nama} ({other.kode}) "
                       "yang sudah memiliki instalasi; data kinerja satu pegawai hanya boleh "
                       "dikelola satu instalasi unit. Cabut instalasi itu dahulu bila "
                       "pembagiannya memang diubah.")


def setup_plan(db: sqlite3.Connection, local: Local, nama: str, keys: KeyPair,
               inv: Invitation) -> ExportPlan:
    sender = sender_party(db, local, nama, keys)
    info = SetupInfo(inv.secret, inv.unit_id, inv.unit_kode, inv.unit_nama[:200])
    return ExportPlan("setup", sender, inv.node_id, None, info, unit_scope(db, inv.unit_id), 1,
                      max_seq(db), local_node=local.node_id)


def setup_path(out: Path, kode: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    if out.is_dir() or not out.suffix:
        out.mkdir(parents=True, exist_ok=True)
        return out / f"penyiapan-{label(kode)}-{stamp}{EXT_SETUP}"
    # a file name is kept as given: the package inside carries its own canonical name
    return out


def setup_inner_name(kode: str) -> str:
    """The name the setup package carries inside its sealed file (the manifest's name must end
    with the setup extension, whatever the outer file is called)."""
    return f"penyiapan-{label(kode)}{EXT_SETUP}"


def revoke(db: sqlite3.Connection, unit_kode: str) -> Peer:
    unit_id, kode, _nama = unit_by_kode(db, unit_kode)
    peer = unit_peer(db, unit_id, statuses=(ACTIVE, INVITED))
    if peer is None:
        raise NotFoundError(f"Unit {kode} tidak memiliki instalasi terdaftar yang dapat dicabut.")
    now = datetime.now().isoformat(timespec="seconds")
    db.execute("UPDATE sync_peer SET status = ?, revoked_at = ?, enrol_secret_hash = NULL "
               "WHERE role = 'unit' AND unit_id = ? AND status IN (?, ?)",
               (REVOKED, now, unit_id, ACTIVE, INVITED))
    return peer


# ---------------------------------------------------------------------------------- status


def pending_for(db: sqlite3.Connection, local: Local, peer: Peer) -> tuple[int, int]:
    """Changes this installation holds for the peer: (not yet acknowledged by it, not yet in
    any package written for it). The difference is sent and awaiting the peer's confirmation."""
    if peer.status != ACTIVE:
        return 0, 0
    if local.role == "unit":
        if local.unit_id is None:
            return 0, 0
        spec = own_scope(db, local.unit_id)
        cond, params = "c.node = ?", [local.node_id]
    else:
        if peer.unit_id is None:
            return 0, 0
        spec = unit_scope(db, peer.unit_id)
        cond, params = "c.node != ?", [peer.node_id]
    if db.execute(f"SELECT 1 FROM change_log c WHERE c.seq > ? AND {cond} LIMIT 1",
                  (peer.acked_seq, *params)).fetchone() is None:
        return 0, 0
    build_scope(db, spec)
    try:
        # driven by the scope (CROSS JOIN keeps that order): a peer's scope is small, the
        # changes it has not acknowledged may be millions right after a big import
        unacked, unsent = db.execute(
            "SELECT COUNT(*), COALESCE(SUM(CASE WHEN c.seq > ? THEN 1 ELSE 0 END), 0) "
            "FROM temp.sc_rows s "
            "CROSS JOIN change_log c ON c.tbl = s.tbl "
            f"AND c.row_id = s.row_id WHERE c.seq > ? AND {cond}",
            (peer.last_sent_seq, peer.acked_seq, *params)).fetchone()
        return int(unacked), int(unsent)
    finally:
        drop_scope(db)


def outside_authority(db: sqlite3.Connection, local: Local, frm: int, to: int) -> int:
    """A unit's own changes numbered ``frm``..``to`` that no package carries: they write data
    outside its authority (master data, another unit's, an employee who moved away), which the
    application does not do; the data file was edited around it. Said at export, since the
    central's next package does not undo them."""
    if local.role != "unit" or local.unit_id is None or frm > to:
        return 0
    cond = "c.seq >= ? AND c.seq <= ? AND c.node = ? AND c.source IS NULL"
    args = (frm, to, local.node_id)
    total = int(db.execute(f"SELECT COUNT(*) FROM change_log c WHERE {cond}", args)
                .fetchone()[0])
    if not total:
        return 0
    build_scope(db, own_scope(db, local.unit_id))
    try:
        inside = int(db.execute(
            "SELECT COUNT(*) FROM temp.sc_rows s CROSS JOIN change_log c ON c.tbl = s.tbl "
            f"AND c.row_id = s.row_id WHERE {cond}", args).fetchone()[0])
    finally:
        drop_scope(db)
    return max(0, total - inside)


def unsent_peers(db: sqlite3.Connection, local: Local) -> int:
    """Peers with changes made after the last package written for them (cheap)."""
    n = 0
    for p in peers(db):
        if p.status != ACTIVE:
            continue
        if local.role == "unit":
            q = "SELECT 1 FROM change_log WHERE seq > ? AND node = ? LIMIT 1"
            args: tuple[Any, ...] = (p.last_sent_seq, local.node_id)
        else:
            q = "SELECT 1 FROM change_log WHERE seq > ? AND node != ? LIMIT 1"
            args = (p.last_sent_seq, p.node_id)
        if db.execute(q, args).fetchone():
            n += 1
    return n
