"""Receiving a package: check it whole before anything is written, then apply it in one
transaction.

1. Header: magic, sizes, manifest (strict), format and schema versions, recipient, sender
   (known, not revoked, same key), signature over the manifest (which holds the payload hash).
2. A package already applied is recognised by its id: nothing changes, and the caller says so.
3. Pass 1 copies the file into the data folder (``paket-masuk``) while checking the payload hash;
   pass 2 reads that private copy (the original may sit on a USB stick that changes under us):
   open each chunk, decompress with bounds, parse and check every line, merge in batches.
4. Everything happens in one transaction with capture switched off (the merge records the remote
   changes itself); any rejection or error rolls the whole package back.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import signal
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO

from sqlalchemy import exc as sa_exc

from asn_desktop.db.capture import set_capture
from asn_desktop.db.engine import Database
from asn_desktop.db.hlc import ceiling, wall_ms
from asn_desktop.db.sync_models import ACTIVE, INVITED, REVOKED
from asn_desktop.errors import AsnError, Cancelled
from asn_desktop.progress import CancelCheck, Progress
from asn_desktop.sync import lineage
from asn_desktop.sync.container import (
    Header,
    Manifest,
    PayloadReader,
    check_signature,
    hash_payload,
    open_key_for,
    read_header,
    reject,
    setup_key,
)
from asn_desktop.sync.keys import KeyPair, follow_chain
from asn_desktop.sync.merge import MergeContext, Merger, MergeStats
from asn_desktop.sync.payload import Decoder, Group, Head, Resolution
from asn_desktop.sync.scope import raw, subtree
from asn_desktop.sync.sql import database_errors, is_pg
from asn_desktop.sync.versions import known_schemas

MAX_RESOLUTIONS = 100_000
IMPORT_LOCK = 0x61736E696D70  # "asnimp": PostgreSQL's advisory lock serialising imports
IMPORT_CACHE_KB = 32 * 1024  # SQLite page cache while merging (bounded memory, fewer reads)


@dataclass(frozen=True)
class Local:
    """This installation, as the sync engine needs it."""

    node_id: str
    role: str
    unit_id: str | None


@dataclass
class ImportOutcome:
    package_id: str
    file_name: str
    kind: str
    sender_node: str
    sender_nama: str
    already: bool = False
    stats: MergeStats = field(default_factory=MergeStats)
    resolved_remote: int = 0
    bound: bool = False
    archived: Path | None = None
    peer_restarted: bool = False  # the sender (or this file) was restored from a backup
    pki: dict[str, bytes] | None = None  # certificate material the sender carried


def now_iso() -> str:
    return datetime.now().isoformat(timespec="seconds")


def safe_name(name: str, fallback: str = "paket") -> str:
    """A file name that cannot leave its folder or confuse a file system."""
    base = Path(name.replace("\\", "/")).name
    base = re.sub(r"[^A-Za-z0-9._-]", "_", base).lstrip(".") or fallback
    return base[:120]


def _kill_point(stage: str, n: int) -> None:
    """Test hook: ``ASN_SYNC_KILL_AT=stage:n`` kills this process at that point (kill test)."""
    want = os.environ.get("ASN_SYNC_KILL_AT")
    if want and want == f"{stage}:{n}":
        os.kill(os.getpid(), signal.SIGKILL)


def _peer(db: sqlite3.Connection, node: str) -> sqlite3.Row | None:
    db.row_factory = sqlite3.Row
    try:
        row: sqlite3.Row | None = db.execute("SELECT * FROM sync_peer WHERE node_id = ?",
                                             (node,)).fetchone()
    finally:
        db.row_factory = None
    return row


def check_header(db: Database, local: Local, f: IO[bytes]) -> tuple[Header, sqlite3.Row]:
    """Everything that can be decided before reading the payload; raises PackageRejected."""
    header = read_header(f, known_schemas())
    m = header.manifest
    if m.kind == "setup":
        reject("setup_package", "Ini paket penyiapan unit; gunakan 'asn-desktop init --from "
                                "BERKAS' untuk memakainya.")
    if m.recipient_node != local.node_id:
        reject("wrong_recipient", "Paket ini ditujukan untuk instalasi lain, bukan untuk "
                                  "instalasi ini.")
    with db.Session() as s:
        peer = _peer(raw(s), m.sender.node)
    if peer is None:
        reject("unknown_sender", f"Pengirim paket ({m.sender.nama or m.sender.kode}) tidak "
                                 "dikenal oleh instalasi ini.")
    if peer["status"] == REVOKED:
        reject("revoked_sender", f"Pengirim paket ({peer['nama'] or peer['kode']}) sudah dicabut; "
                                 "paketnya tidak diterima lagi.")
    if peer["role"] != m.sender.role or (local.role == "unit") == (m.sender.role == "unit"):
        reject("unknown_sender", "Peran pengirim paket tidak cocok dengan yang terdaftar.")
    if peer["status"] == INVITED:
        key = m.sender.sign_pub  # proven below by the enrolment secret inside the payload
    else:
        key = bytes(peer["sign_pub"] or b"")
        if m.sender.sign_pub != key:
            key = _rotated_key(db, peer, m)
    check_signature(header, key)
    return header, peer


def _rotated_key(db: Database, peer: sqlite3.Row, m: Manifest) -> bytes:
    """The sender's new signing key, when the package proves a rotation from the key this
    installation knows (sync/keys.py); otherwise the package is refused."""
    known = bytes(peer["sign_pub"] or b"")
    if follow_chain(m.sender.node, known, m.sender.sign_pub, m.sender.rotations) is not None:
        return m.sender.sign_pub
    with db.Session() as s:
        retired = raw(s).execute("SELECT 1 FROM sync_kunci_lama WHERE node_id = ? AND "
                                 "sign_pub = ?", (m.sender.node, m.sender.sign_pub)).fetchone()
    if retired and already_applied(db, m.package_id):
        return m.sender.sign_pub  # an old package delivered again: nothing to do, say so
    if retired:
        reject("retired_key", "Paket ditandatangani dengan kunci lama pengirim yang sudah "
                              "diganti; paket ditolak. Minta pengirim membuat paket baru.")
    reject("key_mismatch", "Kunci tanda tangan pengirim berbeda dari yang terdaftar; "
                           "paket ditolak.")


def _adopt_rotation(d: sqlite3.Connection, peer: sqlite3.Row, m: Manifest, now: str) -> None:
    """Follow the sender's key rotation, proven in check_header: the new keys replace the
    known ones and the old signing keys are kept (sheets they signed still verify)."""
    known = bytes(peer["sign_pub"] or b"")
    path = follow_chain(m.sender.node, known, m.sender.sign_pub, m.sender.rotations)
    assert path is not None
    for r in path:
        d.execute("INSERT OR IGNORE INTO sync_kunci_lama (node_id, sign_pub, pengganti, bukti, "
                  "diganti) VALUES (?, ?, ?, ?, ?)", (m.sender.node, r.old, r.new, r.proof, now))
    d.execute("UPDATE sync_peer SET sign_pub = ?, box_pub = ? WHERE node_id = ?",
              (m.sender.sign_pub, m.sender.box_pub, m.sender.node))


class _AppliedMeanwhile(Exception):
    """Another session applied the package while this import waited for its turn."""


def already_applied(db: Database, package_id: str) -> bool:
    with db.Session() as s:
        return raw(s).execute("SELECT 1 FROM sync_applied WHERE package_id = ?",
                              (package_id,)).fetchone() is not None


def import_file(db: Database, local: Local, keys: KeyPair, path: Path, archive_dir: Path, *,
                progress: Progress | None = None, cancelled: CancelCheck | None = None,
                before_write: Callable[[], None] | None = None) -> ImportOutcome:
    """Check and apply one package; ``before_write`` runs once it has passed every check,
    before its transaction commits (the pre-import backup)."""
    with open(path, "rb") as f:
        header, peer = check_header(db, local, f)
        m = header.manifest
        out = ImportOutcome(m.package_id, path.name, m.kind, m.sender.node,
                            str(peer["nama"] or m.sender.nama), pki=m.pki)
        if already_applied(db, m.package_id):
            hash_payload(f, header)
            out.already = True
            return out
        archive_dir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = archive_dir / safe_name(f"{stamp}-{m.package_id[:8]}-{m.name}")
        # its own name: two staff sharing one data folder may copy the same package at once
        tmp = target.with_name(f"{target.name}.{uuid.uuid4().hex[:8]}.part")
        with open(tmp, "wb") as copy:
            try:
                hash_payload(f, header, copy)
            except BaseException:
                copy.close()
                tmp.unlink(missing_ok=True)
                raise
            copy.flush()
            os.fsync(copy.fileno())
    try:
        box = keys.box_for(m.recipient_box)
        if box is None:
            reject("decrypt_failed", "Paket ini disegel untuk kunci enkripsi yang tidak dimiliki "
                                     "instalasi ini; minta pengirim membuat paket baru.")
        key = open_key_for(box, m)
        with open(tmp, "rb") as private:
            header2 = read_header(private, known_schemas())
            if header2.manifest.raw != m.raw or header2.signature != header.signature:
                reject("payload_hash", "Salinan paket berbeda dari aslinya.")
            try:
                _apply_guarded(db, local, header2, peer, key, private, out, progress,
                               cancelled, before_write)
            except _AppliedMeanwhile:
                out.already = True
                return out
        os.replace(tmp, target)
        out.archived = target
    finally:
        tmp.unlink(missing_ok=True)
    return out


def _apply_guarded(db: Database, local: Local, header: Header, peer: sqlite3.Row, key: bytes,
                   f: IO[bytes], out: ImportOutcome, progress: Progress | None,
                   cancelled: CancelCheck | None,
                   before_commit: Callable[[], None] | None) -> None:
    """``_apply``, with database errors turned into one clear message (nothing was written)."""
    integrity, every = database_errors()  # SQLite's or PostgreSQL's
    integrity += (sa_exc.IntegrityError,)
    every += (sa_exc.DBAPIError,)
    try:
        _apply(db, local, header, peer, key, f, out, progress, cancelled, before_commit)
    except integrity as exc:
        reject("integrity", f"Paket tidak dapat diterapkan karena melanggar aturan data "
                            f"({_first_line(exc)}); tidak ada yang berubah.")
    except every as exc:
        raise AsnError(f"Gagal menerapkan paket: {_first_line(exc)}; tidak ada yang "
                       "berubah.") from exc


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.splitlines()[0][:200] if text else type(exc).__name__


def _apply(db: Database, local: Local, header: Header, peer: sqlite3.Row, key: bytes,
           f: IO[bytes], out: ImportOutcome, progress: Progress | None,
           cancelled: CancelCheck | None, before_commit: Callable[[], None] | None) -> None:
    m = header.manifest
    now = now_iso()
    with db.session() as s:
        conn = s.connection()
        d = raw(s)
        if is_pg(d):
            # one import at a time on a central several staff use; their edits go on
            d.execute(f"SELECT pg_advisory_xact_lock({IMPORT_LOCK})")
            # while this one waited, another staff member may have imported the same package,
            # or one from the same sender: decide on what is committed now
            if d.execute("SELECT 1 FROM sync_applied WHERE package_id = ?",
                         (m.package_id,)).fetchone() is not None:
                raise _AppliedMeanwhile
            fresh = _peer(d, m.sender.node)
            if fresh is None or fresh["status"] == REVOKED:
                reject("revoked_sender", "Pengirim paket ini dicabut selagi paket menunggu "
                                         "giliran impor; paketnya tidak diterima.")
            if (fresh["status"], bytes(fresh["sign_pub"] or b"")) != (
                    peer["status"], bytes(peer["sign_pub"] or b"")):
                # its key was decided on the row as it was: decide again from the start
                reject("sender_changed", "Pendaftaran atau kunci pengirim berubah selagi paket "
                                         "menunggu giliran impor; impor ulang paket ini.")
            peer = fresh
        else:
            d.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KB}")
        set_capture(conn, False)
        if local.role == "central":
            sender_scope = frozenset(subtree(d, peer["unit_id"])) if peer["unit_id"] else (
                frozenset())
            local_scope = None
        else:
            sender_scope = None
            local_scope = frozenset(subtree(d, local.unit_id)) if local.unit_id else frozenset()
        # the clock that stamps this installation's changes: on PostgreSQL, the server's
        wall = (int(d.execute("SELECT asn_wall_hlc() >> 16").fetchone()[0]) if is_pg(d)
                else wall_ms())
        life = _peer_life(d, peer, m)
        ctx = MergeContext(local.node_id, m.sender.node, m.package_id, m.kind, now,
                           sender_scope=sender_scope, local_scope=local_scope,
                           max_hlc=ceiling(wall), now_ms=wall, own_window=life.own_window,
                           stamp_after=_stamp_after(db),
                           sender_confirmed=0 if sender_scope is None or life.restarted
                           or life.stale else int(peer["acked_seq"] or 0))
        stats = _stream(d, ctx, header, peer, key, f, out, progress, cancelled, m.changes,
                        life, db)
        _record(d, local, peer, header, out, stats, now, life)
        set_capture(conn, True)
        if before_commit is not None:
            # Every check has passed: back up now, from another connection, which still reads
            # the file as it was before this package (nothing is committed yet).
            before_commit()
        _kill_point("commit", 0)
    db.context.clock.observe(stats.max_hlc)
    out.stats = stats


def _stamp_after(db: Database) -> Callable[[int], int]:
    """This installation's clock moved past ``hlc``, then read."""
    clock = db.context.clock

    def stamp(hlc: int) -> int:
        clock.observe(hlc)
        return clock.now()
    return stamp


@dataclass
class PeerLife:
    """The sender's incarnation, as this package shows it (see sync/lineage.py)."""

    inc: str | None
    chain: list[lineage.Life]
    stale: bool  # written by a past incarnation of the sender, before its restore
    restarted: bool  # the sender began a new incarnation since its last package here
    recv_base: int  # how far the sender's changes were received before that incarnation
    ours: list[lineage.Life]
    own_window: tuple[int, int] | None  # own changes a peer may give back after our restore


def _peer_life(d: sqlite3.Connection, peer: sqlite3.Row, m: Manifest) -> PeerLife:
    chain = [lineage.Life(*x) for x in m.lineage]
    inc = chain[-1].inc if chain else None
    stored = peer["incarnation"]
    base = int(peer["recv_base"] or 0)
    stale = restarted = False
    if inc is not None and stored is None:
        base = int(peer["recv_upto"] or 0)  # first package since incarnations: adopt it
    elif inc is not None and inc != stored:
        if lineage.is_older(lineage.parse(peer["lineage"]), inc):
            stale = True
        else:
            restarted = True
            base = lineage.carried(lineage.parse(peer["lineage"]), stored,
                                   int(peer["recv_upto"] or 0), chain)
    ours = lineage.load(d)
    own = ours[-1] if len(ours) > 1 else None
    window = (own.hlc, own.restored_hlc) if own is not None else None
    return PeerLife(inc, chain, stale, restarted, base, ours, window)


def _stream(d: sqlite3.Connection, ctx: MergeContext, header: Header, peer: sqlite3.Row,
            key: bytes, f: IO[bytes], out: ImportOutcome, progress: Progress | None,
            cancelled: CancelCheck | None, total: int, life: PeerLife, db: Database
            ) -> MergeStats:
    m = header.manifest
    merger = Merger(d, ctx)
    decoder = Decoder()
    resolutions: list[Resolution] = []
    reader = PayloadReader(f, header, key)
    head: Head | None = None
    for item in decoder.items(reader.blocks()):
        if isinstance(item, Group):
            merger.add(item)
            g = decoder.groups
            if g % 500 == 0:
                _kill_point("group", g)
                if cancelled is not None and cancelled():
                    raise Cancelled("Penerimaan paket dibatalkan; tidak ada yang berubah.")
                if progress is not None:
                    progress(min(decoder.changes, total), max(total, 1))
        elif isinstance(item, Head):
            head = item
            _check_enrolment(peer, head)
            ack_for = m.ack_for
            merger.peer_ack = (lineage.valid_upto(life.ours, ack_for, head.ack)
                               if ack_for is not None else head.ack)
        elif len(resolutions) < MAX_RESOLUTIONS:
            resolutions.append(item)
        else:
            reject("oversized", "Paket memuat terlalu banyak catatan penyelesaian konflik.")
    stats = merger.finish()
    if (decoder.counts != {k: v for k, v in m.counts.items() if v}
            or decoder.groups != m.rows or decoder.changes != m.changes):
        reject("counts_mismatch", "Jumlah perubahan di dalam paket tidak cocok dengan "
                                  "manifesnya.")
    assert head is not None
    out.resolved_remote = merger.close_resolved(resolutions)
    if progress is not None:
        progress(total, max(total, 1))
    _kill_point("merged", 0)
    out.bound = peer["status"] == INVITED
    if ctx.sender_scope is None and head.bound:
        d.execute("UPDATE sync_peer SET enrol_secret = NULL WHERE node_id = ?", (m.sender.node,))
    _ack(d, peer, head.ack, m.ack_for, life, db)
    out.peer_restarted = life.restarted
    return stats


def _check_enrolment(peer: sqlite3.Row, head: Head) -> None:
    if peer["status"] != INVITED:
        return
    expected = peer["enrol_secret_hash"] or ""
    if head.enrol is None:
        reject("forged_enrolment", "Paket pertama unit tidak membawa kode pendaftaran; kunci "
                                   "unit tidak diikat.")
    got = hashlib.sha256(bytes.fromhex(head.enrol)).hexdigest()
    if not expected or not hmac.compare_digest(got, expected):
        reject("forged_enrolment", "Kode pendaftaran di dalam paket salah; paket ini bukan dari "
                                   "unit yang diundang.")


def _ack(d: sqlite3.Connection, peer: sqlite3.Row, ack: int, ack_for: str | None,
         life: PeerLife, db: Database) -> None:
    """The peer confirms our changes up to ``ack`` (counted in our incarnation ``ack_for``):
    later exports start after it. A peer that began a new incarnation lost what it had
    received after its backup, so its word replaces ours even when it is lower. A package
    from an older incarnation of the peer (written before its restore, found late) moves no
    counter, but the peer's changes in it may be its own lost work: give them back again."""
    if life.stale:
        d.execute("UPDATE sync_peer SET give_back_until = ? WHERE node_id = ?",
                  (max(lineage.max_seq(d), 1), peer["node_id"]))
        return
    node = peer["node_id"]
    if ack_for is not None and ack_for != lineage.current(life.ours):
        ack = lineage.valid_upto(life.ours, ack_for, ack)
    elif ack > lineage.max_seq(d):
        # The peer holds changes of ours beyond our last one: this data file went back in
        # time (a backup or a copy put in place by hand). Begin a new incarnation; nothing
        # the peer confirmed can be trusted, so everything is offered again.
        lineage.begin(d, 0, 0, db.context.clock.now())
        life.ours = lineage.load(d)
        ack = 0
        life.restarted = True
    sent_max = d.execute("SELECT MAX(to_seq) FROM sync_sent WHERE peer_node = ?",
                         (node,)).fetchone()[0] or 0
    ack = min(ack, sent_max)
    if life.restarted:
        d.execute("UPDATE sync_peer SET acked_seq = ?, give_back_until = ? WHERE node_id = ?",
                  (ack, lineage.max_seq(d), node))
        return
    if int(peer["give_back_until"] or 0) and ack >= int(peer["give_back_until"]):
        d.execute("UPDATE sync_peer SET give_back_until = 0 WHERE node_id = ?", (node,))
    if ack <= int(peer["acked_seq"] or 0):
        return
    roots = d.execute("SELECT roots FROM sync_sent WHERE peer_node = ? AND to_seq <= ? "
                      "ORDER BY to_seq DESC, dibuat DESC LIMIT 1", (node, ack)).fetchone()
    d.execute("UPDATE sync_peer SET acked_seq = ?, acked_roots = COALESCE(?, acked_roots) "
              "WHERE node_id = ?", (ack, roots[0] if roots else None, node))


def _record(d: sqlite3.Connection, local: Local, peer: sqlite3.Row, header: Header,
            out: ImportOutcome, stats: MergeStats, now: str, life: PeerLife) -> None:
    m = header.manifest
    node = m.sender.node
    d.execute(
        "INSERT INTO sync_applied (package_id, peer_node, kind, from_seq, to_seq, changes, "
        "applied, conflicts, held, dibuat, diterapkan, file_name, incarnation) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (m.package_id, node, m.kind, m.from_seq, m.to_seq, m.changes, stats.applied,
         stats.conflicts, stats.held, m.created, now, out.file_name[:200], life.inc))
    if peer["status"] != INVITED and bytes(peer["sign_pub"] or b"") != m.sender.sign_pub:
        _adopt_rotation(d, peer, m, now)
    if life.stale:  # its sequence numbers belong to a branch the sender has left
        d.execute("UPDATE sync_peer SET last_recv_at = ?, last_recv_package = ? "
                  "WHERE node_id = ?", (now, m.package_id, node))
        return
    # The sender's changes are received without a gap up to ``upto``: from where its current
    # incarnation took over, through the packages of that incarnation.
    upto = life.recv_base
    for frm, to in d.execute("SELECT from_seq, to_seq FROM sync_applied WHERE peer_node = ? "
                             "AND incarnation IS ? ORDER BY from_seq, to_seq",
                             (node, life.inc)):
        if frm > upto + 1:
            break
        upto = max(upto, to)
    d.execute("UPDATE sync_peer SET recv_upto = ?, last_recv_at = ?, last_recv_package = ?, "
              "recv_base = ?, incarnation = COALESCE(?, incarnation), "
              "lineage = COALESCE(?, lineage) WHERE node_id = ?",
              (upto, now, m.package_id, life.recv_base, life.inc,
               lineage.dump(life.chain) if life.chain else None, node))
    if peer["status"] == INVITED:
        d.execute("UPDATE sync_peer SET status = ?, sign_pub = ?, box_pub = ?, "
                  "enrol_secret_hash = NULL, bound_at = ?, nama = CASE WHEN nama = '' THEN ? "
                  "ELSE nama END WHERE node_id = ?",
                  (ACTIVE, m.sender.sign_pub, m.sender.box_pub, now, m.sender.nama, node))


# ------------------------------------------------------------------------- setup packages


def read_setup(path: Path) -> tuple[Header, bytes]:
    """Check a setup package (self-signed by the central) and return it with its key."""
    with open(path, "rb") as f:
        header = read_header(f, known_schemas())
        m = header.manifest
        if m.kind != "setup" or m.setup is None:
            reject("not_setup", "Berkas ini bukan paket penyiapan unit (buat dengan 'sync "
                                "invite' di pusat).")
        if m.sender.role != "central":
            reject("unknown_sender", "Paket penyiapan harus berasal dari instalasi pusat.")
        check_signature(header, m.sender.sign_pub)
        hash_payload(f, header)
    return header, setup_key(m.setup.secret, m.package_id)


def apply_setup(db: Database, local: Local, header: Header, key: bytes, path: Path,
                archive_dir: Path, *, progress: Progress | None = None) -> ImportOutcome:
    """Apply the setup snapshot to the brand-new unit database (the central is its peer)."""
    m = header.manifest
    with db.Session() as s:
        peer = _peer(raw(s), m.sender.node)
    assert peer is not None
    out = ImportOutcome(m.package_id, path.name, m.kind, m.sender.node, m.sender.nama)
    archive_dir.mkdir(parents=True, exist_ok=True)
    target = archive_dir / safe_name(f"{m.package_id[:8]}-{m.name}")
    with open(path, "rb") as f, open(target, "wb") as copy:
        hash_payload(f, header, copy)
    with open(target, "rb") as private:
        header2 = read_header(private, known_schemas())
        if header2.manifest.raw != m.raw:
            reject("payload_hash", "Salinan paket berbeda dari aslinya.")
        _apply_guarded(db, local, header2, peer, key, private, out, progress, None, None)
    out.archived = target
    return out
