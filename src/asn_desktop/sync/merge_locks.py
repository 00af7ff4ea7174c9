"""Approval locks under a merge: once an SKP or evaluation is approved, a change to it (or to
its RHK, indicators, realisasi…) made elsewhere by a writer who had not seen that approval is
not applied but held for review. "Seen" is decided by ancestry of the document's status
versions (``merge_versions.StatusGraph``), not by clock order. A new row whose link to its
document is held is held whole, and later changes to a row still held wait with it.

The central also holds a unit's change to a document the unit saw approved by another
installation and had not reopened (``over_others_approval``): the application never writes
one, so it comes from a data file edited around it (a silent edit or delete of approved work).
"""

from __future__ import annotations

from asn_desktop.sync.merge_base import IncomingRow, MergeBase
from asn_desktop.sync.merge_versions import (
    current_version,
    over_others_approval,
    same_value,
    seen_approval,
)
from asn_desktop.sync.payload import NODE
from asn_desktop.sync.payload import F as FLD
from asn_desktop.sync.rows import ChangeRow, ConflictRow
from asn_desktop.sync.schema import DOC_TABLE, STATUS_FIELD
from asn_desktop.sync.scope import docs_of_rhk


class ApprovalLocks(MergeBase):
    """Holding changes to approved documents whose writers had not seen the approval."""

    def _holds(self, tbl: str, link_field: str | None, live: list[IncomingRow],
               versions: dict[tuple[str, str], list[ChangeRow]]) -> dict[str, set[int]]:
        """Changes to approved documents to hold: row id -> ids of the held change tuples."""
        doc_tbl = DOC_TABLE.get(tbl)
        if doc_tbl is None:
            return {}
        rows = [r for r in live if r.in_auth]
        if not rows and not any(r.held_grp for r in live):
            return {}
        is_doc = doc_tbl == tbl
        if is_doc:
            doc_of = {r.rid: r.rid for r in rows}
        elif tbl == "indikator":
            links = [r.final_link for r in rows if isinstance(r.final_link, str)]
            skp_of = docs_of_rhk(self.db, links)
            for lk in links:
                if lk not in skp_of:
                    held = self._held_link("rhk", lk)
                    if held is not None:
                        skp_of[lk] = held
            doc_of = {r.rid: skp_of.get(r.final_link) for r in rows}  # type: ignore[misc]
        else:
            doc_of = {r.rid: r.final_link for r in rows}
        batch_status = {r.rid: [c for c in r.new if c[FLD] == STATUS_FIELD]
                        for r in rows} if is_doc else {}
        graphs = self._status_graphs(
            doc_tbl, [d for d in doc_of.values() if isinstance(d, str)], batch_status)
        protected = {doc: g.protected() for doc, g in graphs.items()}
        judging_unit = self.ctx.sender_scope is not None  # the central, a unit's package
        out: dict[str, set[int]] = {}
        conflicts: list[ConflictRow] = []
        for r in live:
            if r.held_grp is None:
                continue
            # more changes to a row still held: they wait with it
            out[r.rid] = {id(c) for c in r.new}
            conflicts.extend(self._conflict_row("locked", tbl, r.rid, c[FLD], r.held_grp, "held",
                                                None, c) for c in r.new)
        for r in rows:
            if r.held_grp is not None:
                continue
            doc = doc_of.get(r.rid)
            graph = graphs.get(doc) if isinstance(doc, str) else None
            protect = protected.get(doc) if isinstance(doc, str) else None
            if graph is None or not protect or (graph.local is None and not graph.contested):
                # a document new here (a mutasi brings the employee's approved SKP to the new
                # unit): no approval of ours to protect; the sender judged its own history
                continue
            held = [c for c in r.new
                    if not (is_doc and c[FLD] == STATUS_FIELD)
                    and not (r.exists and same_value(versions.get((r.rid, c[FLD])), c))
                    and (any(c[NODE] != a[1] and not graph.covers(seen_approval(c), a)
                             for a in protect)
                         or (judging_unit and over_others_approval(graph, c)))]
            if not held:
                continue
            grp = None
            if not r.exists and link_field is not None and any(c[FLD] == link_field
                                                                for c in held):
                held = list(r.new)  # a new row under an approved document: hold it whole
                grp = f"{tbl}:{r.rid}:{self.ctx.package_id}"
                self._held_links[(tbl, r.rid)] = r.final_link
            out[r.rid] = {id(c) for c in held}
            for c in held:
                cur = current_version(versions.get((r.rid, c[FLD])))
                conflicts.append(self._conflict_row(
                    "locked", tbl, r.rid, c[FLD], grp, "held", cur, c))
        if conflicts:
            self._insert_conflicts(conflicts)
            self._has_conflicts = True
            self.stats.held += len(conflicts)
        return out

