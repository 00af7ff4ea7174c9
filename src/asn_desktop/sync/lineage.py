"""Incarnations: what a restore from a backup (or a copied data file) means for sync.

Sequence numbers (``change_log.seq``) are what peers acknowledge. A data file put back from a
backup reuses sequence numbers its peers already acknowledged, so a peer could believe it holds
changes it never received. Each installation therefore has an incarnation id, and a new one
begins at every restore, remembering where it began: the restored file's last ``seq`` and
``hlc``, and the clock at the moment of the restore.

A counter that refers to an older incarnation is trusted only up to where the incarnations
after it began (``valid_upto``); one that refers to an incarnation not in the lineage (a branch
lost with the restore) is not trusted at all. Peers exchange their lineages in every package.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass
from typing import Any

MAX_KEPT = 16  # incarnations carried in a package (older ones count as unknown)


@dataclass(frozen=True)
class Life:
    inc: str
    seq: int  # the restored file's last change: what this incarnation shares with the last
    hlc: int
    restored_hlc: int  # the clock when it began (0 for the first incarnation)


def parse(text: str | None) -> list[Life]:
    if not text:
        return []
    try:
        return [Life(str(i), int(s), int(h), int(r)) for i, s, h, r in json.loads(text)]
    except (ValueError, TypeError):
        return []


def dump(chain: list[Life]) -> str:
    return json.dumps([[x.inc, x.seq, x.hlc, x.restored_hlc] for x in chain[-MAX_KEPT:]])


def to_obj(chain: list[Life]) -> list[list[Any]]:
    return [[x.inc, x.seq, x.hlc, x.restored_hlc] for x in chain[-MAX_KEPT:]]


def first() -> list[Life]:
    return [Life(uuid.uuid4().hex, 0, 0, 0)]


def load(db: sqlite3.Connection) -> list[Life]:
    row = db.execute("SELECT lineage FROM installation LIMIT 1").fetchone()
    if row is None:
        return []
    (text,) = row
    return parse(text)


def current(chain: list[Life]) -> str | None:
    return chain[-1].inc if chain else None


def valid_upto(chain: list[Life], inc: str | None, value: int) -> int:
    """How much of a position ``value`` counted in incarnation ``inc`` still holds in the
    chain's latest incarnation."""
    if inc is None:  # from a version that did not know incarnations: the current one
        return value
    for i, life in enumerate(chain):
        if life.inc == inc:
            return min([value, *(x.seq for x in chain[i + 1:])])
    return 0


def carried(old: list[Life], inc: str, value: int, new: list[Life]) -> int:
    """A position ``value`` counted in incarnation ``inc`` of the chain ``old``, as it holds in
    ``new``'s latest incarnation. When ``new`` left ``inc``'s branch (a file from before an
    earlier restore was put back), it holds through their last shared incarnation, up to
    where each branch left it."""
    if any(x.inc == inc for x in new):
        return valid_upto(new, inc, value)
    at = next((i for i, x in enumerate(old) if x.inc == inc), None)
    if at is None:
        return 0
    shared = {x.inc for x in new}
    for i in range(at, -1, -1):
        if old[i].inc in shared:
            return valid_upto(new, old[i].inc, min([value, *(x.seq for x in old[i + 1:at + 1])]))
    return 0


def is_older(chain: list[Life], inc: str) -> bool:
    """``inc`` is a past incarnation of this chain (a package written before a restore)."""
    return any(x.inc == inc for x in chain[:-1])


def max_seq(db: sqlite3.Connection) -> int:
    return int(db.execute("SELECT COALESCE(MAX(seq), 0) FROM change_log").fetchone()[0])


def begin(db: sqlite3.Connection, seq: int, hlc: int, restored_hlc: int) -> Life:
    """Start a new incarnation (after a restore); the caller commits."""
    chain = load(db)
    life = Life(uuid.uuid4().hex, seq, hlc, restored_hlc)
    chain.append(life)
    db.execute("UPDATE installation SET incarnation = ?, lineage = ?", (life.inc, dump(chain)))
    return life
