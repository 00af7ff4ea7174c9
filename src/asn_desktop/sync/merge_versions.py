"""The versions of a field as the merge weighs them: which one is current (greatest
(hlc, node)), whether a change writes the value already there, and, for a document's status,
which approvals a writer had seen, decided by ancestry (each version names its base) rather
than by clock order. Pure functions over the rows and changes, no database access, so the
merge's rules can be read (and tested) apart from its SQL.
"""

from __future__ import annotations

from typing import Any

from asn_desktop.sync.payload import HLC, NODE, SHLC, SNODE, Change
from asn_desktop.sync.payload import F as FLD
from asn_desktop.sync.payload import V as VAL
from asn_desktop.sync.rows import ChangeRow, Placement
from asn_desktop.sync.schema import APPROVED


class StatusGraph:
    """The status versions of one document known here, linked by their base versions, so
    "had this writer seen that approval" is decided by ancestry rather than by clock order."""

    __slots__ = ("base", "contested", "incoming", "local", "strict", "value")

    def __init__(self, strict: bool = False) -> None:
        # strict (the central judging a unit): a writer claiming to have seen a version not
        # held here is believed to have seen nothing
        self.strict = strict
        self.base: dict[tuple[int, str], tuple[int, str] | None] = {}
        self.value: dict[tuple[int, str], Any] = {}
        self.local: tuple[int, str] | None = None
        self.incoming: tuple[int, str] | None = None
        self.contested: set[tuple[int, str]] = set()  # approvals lost in an open conflict

    def add(self, h: int, n: str, bh: int | None, bn: str | None, value: Any,
            incoming: bool) -> None:
        v = (h, n)
        self.base[v] = (bh, bn) if bh is not None and bn is not None else None
        self.value[v] = value
        if incoming:
            if self.incoming is None or v > self.incoming:
                self.incoming = v
        elif self.local is None or v > self.local:
            self.local = v

    def protected(self) -> list[tuple[int, str]]:
        local, incoming = self.local, self.incoming
        out: list[tuple[int, str]] = []
        if incoming is not None and (local is None or incoming > local):
            if self.value[incoming] == APPROVED:
                out.append(incoming)
            if local is not None and self.value[local] == APPROVED and not self.covers(
                    incoming, local):
                out.append(local)  # replaced by a writer who had not seen it
        elif local is not None and self.value[local] == APPROVED:
            out.append(local)
        out += sorted(v for v in self.contested if v not in out)
        return out

    def covers(self, seen: tuple[int, str] | None, approval: tuple[int, str]) -> bool:
        """Had the writer who had ``seen`` in force seen ``approval``: is it, or the approval
        it re-affirms (see ``approval_root``), ``seen`` or one of its ancestors?"""
        if self._covers(seen, approval):
            return True
        root = approval_root(approval, self.base, self.value)
        return root != approval and self._covers(seen, root)

    def _covers(self, seen: tuple[int, str] | None, approval: tuple[int, str]) -> bool:
        cur = seen
        while cur is not None:
            if cur == approval:
                return True
            if cur < approval:
                return False  # ancestors are older still
            if cur not in self.base:
                # history not held here: a unit enrolled from a snapshot lets the clock
                # decide; the central holds every version, so an unknown one is a false claim
                return not self.strict
            nxt = self.base[cur]
            if nxt is not None and nxt >= cur:
                return False  # a base is always older: a damaged history proves nothing
            cur = nxt
        return False


def approval_root(v: tuple[int, str], base: dict[tuple[int, str], tuple[int, str] | None],
                   value: dict[tuple[int, str], Any]) -> tuple[int, str]:
    """The approval a status version re-affirms: an approval written over an approval (a
    decision on a conflict between two approvals) approves nothing new, so it stands for the
    first approval of its unbroken line. Two such decisions taken at once on two
    installations re-affirm the same approval: they neither conflict with each other nor make
    content held again, which would otherwise return the settled conflict on every round."""
    cur = v
    while True:
        nxt = base.get(cur)
        if nxt is None or nxt >= cur or value.get(nxt) != APPROVED:
            return cur
        cur = nxt


def value_size(v: Any) -> int:
    """Bytes a value takes in memory, roughly: non-ASCII text at up to 4 bytes a character,
    plus the UTF-8 copy (up to 4 more) that sqlite3 keeps inside each string it binds."""
    if isinstance(v, str):
        return 64 + len(v) * (1 if v.isascii() else 8)
    if isinstance(v, bytes):
        return 48 + len(v)
    return 32


def same_value(vers: list[ChangeRow] | None, c: Change) -> bool:
    """The change writes the value the field already has: applying it changes nothing a
    person could review (a decision taken the same way on both sides, for one)."""
    cur = current_version(vers)
    return cur is not None and equal(cur.value, c[VAL])


def equal(a: Any, b: Any) -> bool:
    """The same value of the same type (1, 1.0 and True are different values here)."""
    return type(a) is type(b) and a == b


def seen_approval(c: Change) -> tuple[int, str] | None:
    """The approval its writer had in force when writing the change, if any."""
    return (c[SHLC], c[SNODE]) if c[SHLC] is not None and c[SNODE] is not None else None


def over_others_approval(graph: StatusGraph, c: Change) -> bool:
    """The change was written to a document its writer saw approved by another installation,
    without reopening it first (the reopening would be the status in force). The application
    refuses such an edit, so a unit's package carrying one was written around it (a data
    file edited by hand): the central holds it for review rather than apply it."""
    seen = seen_approval(c)
    return seen is not None and seen[1] != c[NODE] and graph.value.get(seen) == APPROVED


def placed_at(places: list[Placement] | None, hlc: int) -> Any:
    """The unit an employee was placed in at clock ``hlc`` (its first placement before any)."""
    if not places:
        return None
    unit = places[0].unit
    for p in places:
        if p.hlc > hlc:
            break
        unit = p.unit
    return unit


def latest_change(changes: list[Change], f: str) -> Change | None:
    """The change to field ``f`` that wins among ``changes`` (None: none writes it)."""
    best: Change | None = None
    for c in changes:
        if c[FLD] == f and (best is None or version_order(c) > version_order(best)):
            best = c
    return best


def version_order(c: Change) -> tuple[int, str]:
    """Last-writer-wins order of a change: its clock, then its node."""
    return c[HLC], c[NODE]


def current_version(vers: list[ChangeRow] | None) -> ChangeRow | None:
    """The version in force among ``vers``: the greatest (hlc, node)."""
    if not vers:
        return None
    best = vers[0]
    for v in vers:
        if (v.hlc, v.node) > (best.hlc, best.node):
            best = v
    return best
