"""Hand-made packages for tests: valid by default (signed by a real sender, sealed to a real
recipient), with knobs to break exactly one thing."""

from __future__ import annotations

import json
import struct
import uuid
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from asn_desktop.services.workspace import Workspace
from asn_desktop.sync.container import (
    CIPHER_BOX,
    COMPRESSION,
    FORMAT_VERSION,
    MAGIC,
    PLAIN_CHUNK,
    _nonce,
    canonical_json,
    seal_key_for,
    sign_manifest,
)
from asn_desktop.sync.keys import KeyPair, load_keys
from asn_desktop.sync.payload import FIELD_LIST
from asn_desktop.sync.schema import TABLE_ORDER
from asn_desktop.sync.versions import schema_head

FIELD_INDEX = {(TABLE_ORDER[ti], f): i for i, (ti, f) in enumerate(FIELD_LIST)}
TABLE_INDEX = {t: i for i, t in enumerate(TABLE_ORDER)}

# A change for ``lines``: (field, value, hlc, node)
Simple = tuple[str, Any, int, str]


def keys_of(ws: Workspace) -> KeyPair:
    return load_keys(ws.paths.keys)


def lines(groups: list[tuple[str, str, list[Simple]]], *, ack: int = 0, enrol: str | None = None,
          bound: bool = False) -> tuple[list[Any], dict[str, int], int]:
    """Payload objects for ``groups``; returns (objects, per-table counts, number of changes)."""
    out: list[Any] = [{"t": "head", "tables": list(TABLE_ORDER),
                       "fields": [list(x) for x in FIELD_LIST], "ack": ack, "enrol": enrol,
                       "bound": bound}]
    nodes: dict[str, int] = {}
    prev = 0
    counts: dict[str, int] = {}
    n = 0
    for tbl, rid, changes in groups:
        items = []
        for f, v, h, node in changes:
            if node not in nodes:
                nodes[node] = len(nodes)
                out.append({"t": "dict", "k": "n", "v": node})
            items.append([FIELD_INDEX[(tbl, f)], v, h - prev, nodes[node]])
            prev = h
            n += 1
            counts[tbl] = counts.get(tbl, 0) + 1
        out.append([TABLE_INDEX[tbl], rid, items])
    out.append({"t": "end", "groups": len(groups), "changes": n})
    return out, counts, n


def encode(objs: list[Any]) -> bytes:
    return b"".join(json.dumps(o, separators=(",", ":")).encode() + b"\n" for o in objs)


def seal(compressed: bytes, key: bytes, package_id: str,
         chunk_hook: Callable[[list[bytes]], list[bytes]] | None = None) -> bytes:
    aead = ChaCha20Poly1305(key)
    parts = [compressed[i:i + PLAIN_CHUNK] for i in range(0, len(compressed), PLAIN_CHUNK)]
    parts = parts or [b""]
    sealed = [aead.encrypt(_nonce(i, i == len(parts) - 1), p, package_id.encode())
              for i, p in enumerate(parts)]
    if chunk_hook is not None:
        sealed = chunk_hook(sealed)
    return b"".join(struct.pack(">I", len(c)) + c for c in sealed)


def build(out: Path, sender: Workspace, recipient: Workspace, *,
          objs: list[Any] | None = None, plaintext: bytes | None = None,
          compressed: bytes | None = None, counts: dict[str, int] | None = None,
          changes: int | None = None, rows: int | None = None, kind: str = "delta",
          manifest_patch: Callable[[dict[str, Any]], None] | None = None,
          chunk_hook: Callable[[list[bytes]], list[bytes]] | None = None,
          sign_keys: KeyPair | None = None, claim_keys: KeyPair | None = None,
          sender_node: str | None = None, name: str | None = None) -> Path:
    """A package from ``sender`` to ``recipient`` (empty, valid) unless told otherwise."""
    if objs is None and plaintext is None and compressed is None:
        objs, counts, changes = lines([])
    if objs is not None:
        plaintext = encode(objs)
        if rows is None:
            rows = sum(1 for o in objs if isinstance(o, list))
    if compressed is None:
        assert plaintext is not None
        compressed = zlib.compress(plaintext, 6)
    sk = keys_of(sender)
    sign = sign_keys or sk
    claim = claim_keys or sk
    rk = keys_of(recipient)
    package_id = uuid.uuid4().hex
    key, eph = seal_key_for(rk.box_public, package_id)
    body = seal(compressed, key, package_id, chunk_hook)
    import base64
    import hashlib

    b64 = lambda b: base64.b64encode(b).decode()  # noqa: E731
    kode = "PUSAT" if sender.is_central else "UNIT.X"
    manifest: dict[str, Any] = {
        "format": FORMAT_VERSION, "schema": schema_head(), "kind": kind, "package": package_id,
        "created": "2026-01-01T00:00:00",
        "name": name or f"kinerja-{kode}-ke-X-20260101-000000.asnpkg",
        "sender": {"node": sender_node or sender.info.node_id, "role": sender.info.role,
                   "kode": kode, "nama": sender.info.nama, "sign_pub": b64(claim.sign_public),
                   "box_pub": b64(claim.box_public)},
        "recipient": {"node": recipient.info.node_id},
        "range": {"from": 1, "to": 1},
        "counts": counts or {}, "changes": changes or 0, "rows": rows or 0,
        "payload": {"sha256": hashlib.sha256(body).hexdigest(), "bytes": len(body),
                    "cipher": CIPHER_BOX, "compression": COMPRESSION, "ephemeral": b64(eph),
                    "chunk": PLAIN_CHUNK},
    }
    if manifest_patch is not None:
        manifest_patch(manifest)
    raw = canonical_json(manifest)
    sig = sign_manifest(sign.sign, raw)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(MAGIC + struct.pack(">I", len(raw)) + raw + sig + body)
    return out


def frame(raw_manifest: bytes, signature: bytes = b"\0" * 64, body: bytes = b"") -> bytes:
    return MAGIC + struct.pack(">I", len(raw_manifest)) + raw_manifest + signature + body
