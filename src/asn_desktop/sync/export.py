"""Writing a package: the changes a recipient has not acknowledged (or a full snapshot), in its
scope, grouped by row with parents first, streamed through compression and encryption into a
temporary file, then signed and moved into place."""

from __future__ import annotations

import dataclasses
import os
import re
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from asn_desktop.errors import Cancelled
from asn_desktop.progress import CancelCheck, Progress
from asn_desktop.sync.container import (
    CIPHER_BOX,
    CIPHER_SETUP,
    EXT_PACKAGE,
    EXT_SETUP,
    FORMAT_VERSION,
    Manifest,
    Party,
    PayloadWriter,
    SetupInfo,
    canonical_json,
    seal_key_for,
    setup_key,
    sign_manifest,
    write_container,
)
from asn_desktop.sync.keys import KeyPair
from asn_desktop.sync.payload import Change, Encoder, Resolution
from asn_desktop.sync.schema import APPROVED, TABLE_ORDER, TABLES
from asn_desktop.sync.scope import ScopeSpec, build_scope, drop_scope, scope_roots
from asn_desktop.sync.sql import any_value


@dataclass(frozen=True)
class ExportPlan:
    kind: str  # delta / full / setup
    sender: Party
    recipient_node: str
    recipient_box: bytes | None  # None: a setup package, sealed with the enrolment secret
    setup: SetupInfo | None
    scope: ScopeSpec
    from_seq: int
    to_seq: int
    only_node: str | None = None  # a unit's delta: its own changes only
    exclude_node: str | None = None  # never echo the recipient's own changes back
    acked_roots: dict[str, list[str]] | None = None  # scope the recipient has acknowledged
    ack: int = 0
    enrol: str | None = None
    bound: bool = False
    local_node: str = ""
    lineage: tuple[tuple[str, int, int, int], ...] = ()  # this installation's incarnations
    ack_for: str | None = None  # the recipient's incarnation that ``ack`` counts in
    # After the recipient was restored: its own changes it lost, which this installation
    # holds (node, after this clock, up to this clock), are sent back to it.
    give_back: tuple[str, int, int] | None = None
    pki: dict[str, bytes] | None = None  # certificate material for the manifest (sync/pki.py)


@dataclass(frozen=True)
class Written:
    path: Path
    manifest: Manifest
    roots: dict[str, list[str]]
    size: int


_RANK = "CASE c.tbl " + " ".join(f"WHEN '{t}' THEN {TABLES[t].rank}" for t in TABLE_ORDER) + " END"
_DOC_TBL = ("CASE WHEN c.tbl IN ('skp', 'rhk', 'indikator') THEN 'skp' "
            "WHEN c.tbl IN ('evaluasi', 'evaluasi_rhk', 'realisasi') THEN 'evaluasi' END")


def _query(plan: ExportPlan, fresh: bool) -> tuple[str, dict[str, Any]]:
    params: dict[str, Any] = {"frm": plan.from_seq, "to": plan.to_seq, "me": plan.local_node,
                              "approved": APPROVED}
    where = ["c.seq <= :to"]
    if plan.kind == "delta":
        wanted: list[str] = []
        if fresh:
            wanted.append("(c.seq >= :frm OR EXISTS (SELECT 1 FROM temp.sc_new n "
                          "WHERE n.id = s.root))")
        else:
            wanted.append("c.seq >= :frm")
        if plan.only_node:
            wanted.append("c.node = :only")
            params["only"] = plan.only_node
        if plan.exclude_node:
            wanted.append("c.node != :excl")
            params["excl"] = plan.exclude_node
        cond = " AND ".join(wanted)
        if plan.give_back is not None:
            # the recipient's own changes it lost with a restore, whenever they arrived here
            params["gb"], params["gb_lo"], params["gb_hi"] = plan.give_back
            cond = f"(({cond}) OR (c.node = :gb AND c.hlc > :gb_lo AND c.hlc <= :gb_hi))"
        where.append(cond)
    seen = (f"CASE WHEN c.node = :me AND c.source IS NULL AND s.doc IS NOT NULL THEN "
            f"(SELECT x.seq FROM change_log x WHERE x.tbl = {_DOC_TBL} AND x.row_id = s.doc "
            "AND x.field = 'status' AND x.seq < c.seq ORDER BY x.hlc DESC, x.node DESC LIMIT 1)"
            " END")
    inner = (f"SELECT c.seq, c.tbl, c.row_id, c.field, c.value, c.hlc, c.node, c.base_hlc, "
             f"c.base_node, c.actor, {_RANK} AS rnk, {seen} AS sseq")
    if plan.kind != "delta":
        inner += (", ROW_NUMBER() OVER (PARTITION BY c.tbl, c.row_id, c.field "
                  "ORDER BY c.hlc DESC, c.node DESC) AS rn")
    # Driven by the scope (CROSS JOIN fixes the order): it is small, while the range of
    # unacknowledged changes can hold millions of other units' rows.
    inner += (" FROM temp.sc_rows s CROSS JOIN change_log c ON c.tbl = s.tbl "
              "AND c.row_id = s.row_id "
              "WHERE " + " AND ".join(where))
    # A snapshot holds the latest version of each field, and every status version of the
    # documents: whether a writer had seen an approval is decided by their ancestry.
    keep = "" if plan.kind == "delta" else (
        " WHERE q.rn = 1 OR (q.field = 'status' AND q.tbl IN ('skp', 'evaluasi'))")
    sql = (
        "SELECT q.seq, q.tbl, q.row_id, q.field, q.value, q.hlc, q.node, q.base_hlc, "
        "q.base_node, q.actor, st.hlc, st.node, "
        "MIN(q.seq) OVER (PARTITION BY q.tbl, q.row_id) AS fs, q.rnk "
        f"FROM ({inner}) q LEFT JOIN change_log st ON st.seq = q.sseq AND st.value = :approved"
        f"{keep} ORDER BY q.rnk, fs, q.row_id, q.seq"
    )
    return sql, params


def _rows(db: sqlite3.Connection, plan: ExportPlan, fresh: bool
          ) -> Iterator[tuple[str, str, list[Change]]]:
    sql, params = _query(plan, fresh)
    params["approved"] = any_value(db, params["approved"])  # compared with change_log.value
    cur = db.execute(sql, params)
    key: tuple[str, str] | None = None
    group: list[Change] = []
    while True:
        batch = cur.fetchmany(2000)
        if not batch:
            break
        for (_seq, tbl, rid, f, v, h, n, bh, bn, actor, sh, sn, _fs, _rnk) in batch:
            if (tbl, rid) != key:
                if key is not None and group:
                    yield key[0], key[1], group
                key, group = (tbl, rid), []
            if f not in TABLES[tbl].fields:
                continue  # a column dropped since (never sent)
            group.append((f, v, h, n, bh, bn, actor, sh, sn))
    if key is not None and group:
        yield key[0], key[1], group


def _resolutions(db: sqlite3.Connection, plan: ExportPlan) -> Iterator[Resolution]:
    if plan.kind == "setup":
        return
    for tbl, rid, f, lh, ln, ih, inode in db.execute(
            "SELECT k.tbl, k.row_id, k.field, k.local_hlc, k.local_node, k.incoming_hlc, "
            "k.incoming_node FROM sync_conflict k WHERE k.resolved_seq BETWEEN ? AND ? "
            "AND k.local_hlc IS NOT NULL AND k.resolved_keep IN ('local', 'incoming') "
            "AND k.kind != 'ganda' "  # two documents, not two versions: their deletes carry it
            "AND EXISTS (SELECT 1 FROM temp.sc_rows s WHERE s.tbl = k.tbl "
            "AND s.row_id = k.row_id)", (plan.from_seq, plan.to_seq)):
        yield Resolution(tbl, rid, f, (lh, ln), (ih, inode))


def write_package(db: sqlite3.Connection, plan: ExportPlan, keys: KeyPair, out: Path,
                  *, progress: Progress | None = None, cancelled: CancelCheck | None = None
                  ) -> Written:
    """Write the package file ``out`` (atomically). Runs inside the caller's read transaction."""
    package_id = uuid.uuid4().hex
    build_scope(db, plan.scope)
    try:
        roots = scope_roots(db)
        fresh = False
        if plan.kind == "delta" and plan.acked_roots is not None:
            new_p = set(roots["p"]) - set(plan.acked_roots.get("p", []))
            new_u = set(roots["u"]) - set(plan.acked_roots.get("u", []))
            db.execute("DROP TABLE IF EXISTS temp.sc_new")
            db.execute("CREATE TEMP TABLE sc_new (id TEXT PRIMARY KEY) WITHOUT ROWID")
            db.executemany("INSERT INTO temp.sc_new VALUES (?)", [(x,) for x in new_p | new_u])
            fresh = bool(new_p or new_u)
        total = db.execute("SELECT COUNT(*) FROM temp.sc_rows").fetchone()[0]
        if plan.recipient_box is not None:
            key, eph = seal_key_for(plan.recipient_box, package_id)
            cipher, ephemeral = CIPHER_BOX, eph
        else:
            assert plan.setup is not None
            key, cipher, ephemeral = setup_key(plan.setup.secret, package_id), CIPHER_SETUP, None
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".paket-", suffix=".part", dir=out.parent)
        tmp = Path(tmp_name)
        final_tmp = out.with_name(out.name + ".tmp")
        try:
            with os.fdopen(fd, "w+b") as body:
                writer = PayloadWriter(body, key, package_id)
                enc = Encoder(writer, plan.ack, plan.enrol, plan.bound)
                for done, (tbl, rid, changes) in enumerate(_rows(db, plan, fresh), 1):
                    enc.group(tbl, rid, changes)
                    if done % 1000 == 0:
                        if cancelled is not None and cancelled():
                            raise Cancelled("Pembuatan paket dibatalkan; tidak ada yang "
                                             "berubah.")
                        if progress is not None:
                            progress(min(done, total), max(total, done))
                for res in _resolutions(db, plan):
                    enc.resolution(res)
                enc.end()
                digest = writer.close()
                size = writer.size
                manifest = _manifest(plan, package_id, manifest_name(out.name, plan.kind), enc,
                                     digest, size, cipher, ephemeral)
                raw = canonical_json(manifest.to_obj())
                manifest = dataclasses.replace(manifest, raw=raw)
                sig = sign_manifest(keys.sign, raw)
                body.flush()
                body.seek(0)
                with open(final_tmp, "wb") as f:
                    write_container(f, raw, sig, body)
                    f.flush()
                    os.fsync(f.fileno())
            os.replace(final_tmp, out)
        finally:
            tmp.unlink(missing_ok=True)
            final_tmp.unlink(missing_ok=True)
        if progress is not None:
            progress(total, total)
        return Written(out, manifest, roots, out.stat().st_size)
    finally:
        db.execute("DROP TABLE IF EXISTS temp.sc_new")
        drop_scope(db)


def manifest_name(file_name: str, kind: str) -> str:
    """The name a package suggests for itself: safe on any file system, right extension."""
    ext = EXT_SETUP if kind == "setup" else EXT_PACKAGE
    stem = file_name[: -len(ext)] if file_name.endswith(ext) else file_name
    stem = re.sub(r"[^A-Za-z0-9._-]", "_", stem).replace("..", "_").lstrip("._-")
    return f"{stem[:140] or 'paket'}{ext}"


def _manifest(plan: ExportPlan, package_id: str, name: str, enc: Encoder, digest: str,
              size: int, cipher: str, ephemeral: bytes | None) -> Manifest:
    from asn_desktop.sync.versions import schema_head

    return Manifest(
        raw=b"", format=FORMAT_VERSION, schema=schema_head(), kind=plan.kind,
        package_id=package_id, created=datetime.now().strftime("%Y-%m-%dT%H:%M:%S"), name=name,
        sender=plan.sender, recipient_node=plan.recipient_node, from_seq=plan.from_seq,
        to_seq=plan.to_seq, counts=dict(enc.counts), changes=enc.changes, rows=enc.groups,
        payload_sha256=digest, payload_bytes=size, cipher=cipher, ephemeral=ephemeral,
        setup=plan.setup, lineage=plan.lineage, ack_for=plan.ack_for,
        recipient_box=plan.recipient_box, pki=plan.pki or None,
    )
