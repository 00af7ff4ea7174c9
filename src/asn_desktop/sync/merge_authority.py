"""Authority over a package from a unit: a unit may write only appraisal rows owned by
employees placed in its own branch of the organisation, under its own node, and never master
data; anything else rejects the whole package. Two cases are softer: this installation's own
changes, lost with a restore and given back by a peer, need no authority from the sender (only
that it had received them); and changes to an employee who has since moved to another unit (a
mutasi the sender had not yet learned of) are judged against where the employee was placed
when each was written, those written after the move being held for review.
"""

from __future__ import annotations

from typing import Any

from asn_desktop.db.sync_models import MOVED
from asn_desktop.sync.container import reject
from asn_desktop.sync.merge_base import IncomingRow, MergeBase
from asn_desktop.sync.merge_versions import placed_at
from asn_desktop.sync.payload import HLC, NODE, Change
from asn_desktop.sync.payload import F as FLD
from asn_desktop.sync.payload import V as VAL
from asn_desktop.sync.rows import ConflictRow, Placement
from asn_desktop.sync.scope import owner_pegawai, owners


class AuthorityChecks(MergeBase):
    """What a unit's package may write, checked row by row as each batch is applied."""

    def _given_back(self, c: Change) -> bool:
        """One of this installation's own changes, lost with a restore, coming back."""
        w = self.ctx.own_window
        return c[NODE] == self.ctx.local_node and w is not None and w[0] < c[HLC] <= w[1]

    def _check_authority(self, tbl: str, central: bool, link: tuple[str, str] | None,
                         live: list[IncomingRow]) -> dict[str, set[int]]:
        ctx = self.ctx
        assert ctx.sender_scope is not None
        if self.ctx.own_window is not None:
            # our own changes given back need no authority from the sender, only that the
            # sender received them: master data, or rows of its own branch
            back = [r for r in live if all(self._given_back(c) for c in r.new)]
            if back:
                self._keep_branch_give_back(tbl, link, back)
                live = [r for r in live if not any(r is b for b in back)]
            if not live:
                return {}
        if central or link is None:
            reject("outside_authority", f"Paket dari unit mengubah data induk ({tbl}) yang hanya "
                                        "boleh diubah oleh pusat; paket ditolak.")
        # Full packages too: the versions of others they carry that are held here were
        # dropped as repeats above; any left were never written where the sender says.
        for r in live:
            for c in r.new:
                if c[NODE] != ctx.sender_node and not self._given_back(c):
                    reject("foreign_node", "Paket dari unit memuat perubahan atas nama "
                                           "instalasi lain; paket ditolak.")
        link_field, parent = link
        refs: list[Any] = []
        for r in live:
            if r.exists or r.held_grp:
                refs.append(r.link)
            for c in r.new:
                if c[FLD] == link_field:
                    refs.append(c[VAL])
            if not (r.exists or r.held_grp) and not any(c[FLD] == link_field for c in r.new):
                reject("outside_authority", f"Pemilik baris {tbl} di dalam paket tidak dapat "
                                            "ditentukan; paket ditolak.")
        units = self._parent_units(parent, refs)
        outside = {ref for ref in refs if units.get(ref) not in ctx.sender_scope}
        if not outside:
            return {}
        return self._placed_when_written(tbl, link, live, outside)

    def _keep_branch_give_back(self, tbl: str, link: tuple[str, str] | None,
                               rows: list[IncomingRow]) -> None:
        """Drop given-back changes to rows the sender never received, so cannot be giving
        back: it received the rows of its branch, and the record (and placement history) of
        whoever had moved away from it before this installation's backup was made (a
        mutasi). Another unit's rows are given back by that unit instead."""
        scope = self.ctx.sender_scope
        assert scope is not None
        if tbl == "pegawai":
            units = owners(self.db, "pegawai", [r.rid for r in rows])
            rest = [r for r in rows if not (
                {units.get(r.rid), *(c[VAL] for c in r.new if c[FLD] == "unit_id")} & scope)]
            owner: dict[str, Any] = {r.rid: r.rid for r in rest}
        elif link is None:
            return  # master data: every unit received it
        else:
            units = self._parent_units(link[1], [r.final_link for r in rows])
            rest = [r for r in rows if units.get(r.final_link) not in scope]
            # of the rows hanging on an employee, only the placement history goes with a
            # departed employee's record
            owner = ({r.rid: r.final_link for r in rest} if tbl == "riwayat_penempatan"
                     else {})
        if not rest:
            return
        departed = self._departed({o for o in owner.values() if isinstance(o, str)})
        for r in rest:
            if owner.get(r.rid) not in departed:
                r.new = []

    def _departed(self, pids: set[str]) -> set[str]:
        """Those of ``pids`` once placed in the sender's branch by a placement from before
        this installation's backup (on record here since; never one a package claims)."""
        scope, window = self.ctx.sender_scope, self.ctx.own_window
        assert scope is not None and window is not None
        return {pid for pid in pids if any(
            p.unit in scope for p in map(Placement._make, self.db.execute(
                "SELECT hlc, node, value FROM change_log WHERE tbl = 'pegawai' AND "
                "row_id = ? AND field = 'unit_id' AND hlc <= ?", (pid, window[0]))))}

    def _placed_when_written(self, tbl: str, link: tuple[str, str], live: list[IncomingRow],
                             outside: set[Any]) -> dict[str, set[int]]:
        """Changes to employees no longer placed in the sender's branch (a mutasi the sender
        had not yet learned of) are judged against the placement at each change's clock:
        written while the employee was the sender's, they apply; written after the move,
        they are set aside for review (returned). An employee who was never the sender's
        rejects the whole package. A change is judged no earlier than the newest placement
        the sender had confirmed before this package: it was written after that, whatever
        its stamp says (a record added by hand, stamped before a move it knew of)."""
        ctx = self.ctx
        assert ctx.sender_scope is not None
        link_field, parent = link
        owner = owner_pegawai(self.db, parent, [x for x in outside if isinstance(x, str)])
        history: dict[str, list[Placement]] = {}
        confirmed: dict[str, int] = {}  # the newest placement's clock the sender confirmed
        for pid in set(owner.values()):
            if pid is not None:
                history[pid] = list(map(Placement._make, self.db.execute(
                    "SELECT hlc, node, value FROM change_log WHERE tbl = 'pegawai' AND "
                    "row_id = ? AND field = 'unit_id' ORDER BY hlc, node", (pid,))))
                if ctx.sender_confirmed:
                    confirmed[pid] = int(self.db.execute(
                        "SELECT COALESCE(MAX(hlc), 0) FROM change_log WHERE tbl = 'pegawai' "
                        "AND row_id = ? AND field = 'unit_id' AND seq <= ?",
                        (pid, ctx.sender_confirmed)).fetchone()[0])
        aside: dict[str, set[int]] = {}
        for r in live:
            ref = r.final_link if not (r.exists or r.held_grp) else r.link
            refs = {ref, *(c[VAL] for c in r.new if c[FLD] == link_field)}
            hit = [x for x in refs if x in outside]
            if not hit:
                continue
            pid = owner.get(hit[0])
            places = history.get(pid) if pid is not None else None
            if not places or not any(p.unit in ctx.sender_scope for p in places):
                reject("outside_authority", f"Paket menulis data {tbl} di luar wewenang unit "
                                            "pengirim; paket ditolak.")
            floor = confirmed.get(pid, 0) if pid is not None else 0
            for c in r.new:
                if placed_at(places, max(c[HLC], floor)) not in ctx.sender_scope:
                    aside.setdefault(r.rid, set()).add(id(c))
        return aside

    def _set_aside(self, tbl: str, live: list[IncomingRow], aside: dict[str, set[int]]) -> None:
        """Hold the changes a unit wrote after its employee moved away, for review here."""
        conflicts: list[ConflictRow] = []
        for r in live:
            ids = aside.get(r.rid)
            if not ids:
                continue
            held = [c for c in r.new if id(c) in ids]
            grp = None if r.exists else f"{tbl}:{r.rid}:{self.ctx.package_id}"
            if grp is not None:
                held = list(r.new)  # a new row: set aside whole
            for c in held:
                conflicts.append(self._conflict_row(MOVED, tbl, r.rid, c[FLD], grp, "held",
                                                    None, c))
            r.new = [c for c in r.new if c not in held]
        if conflicts:
            self._insert_conflicts(conflicts)
            self._has_conflicts = True
            self.stats.held += len(conflicts)

