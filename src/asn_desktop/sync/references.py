"""Authority on every reference a unit's package writes, judged on the merged state.

A row's owner link (skp -> pegawai -> unit) is checked as changes arrive (merge.py). A row also
points at other rows: an evaluation at its SKP, a log at an RHK, a history entry or a printed
sheet at its document, an RHK at the atasan's RHK it intervenes in, and an approved document
carries an identity snapshot of the people on it. Each of those must stay within what the
sender may write for, or the sender could make the central print, sign and verify its
evaluation for another unit's employee. Checked once the package is in (rows may arrive in any
order), for the rows whose references the package wrote; a failure rejects the package.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from typing import Any

from asn_desktop.sync.container import reject
from asn_desktop.sync.scope import chunks, marks, owner_pegawai, owners

# table -> the fields whose change makes the row's references worth checking again
WATCHED: dict[str, frozenset[str]] = {
    "skp": frozenset({"pegawai_id", "identitas_json", "deleted"}),
    "rhk": frozenset({"skp_id", "rhk_atasan_id", "deleted"}),
    "evaluasi": frozenset({"skp_id", "pegawai_id", "identitas_json", "deleted"}),
    "evaluasi_rhk": frozenset({"evaluasi_id", "rhk_id", "deleted"}),
    "realisasi": frozenset({"evaluasi_id", "indikator_id", "deleted"}),
    "log_harian": frozenset({"pegawai_id", "rhk_id", "deleted"}),
    "umpan_balik": frozenset({"pegawai_id", "rhk_id", "forum_id", "deleted"}),
    "riwayat_dokumen": frozenset({"pegawai_id", "dokumen", "dokumen_id", "deleted"}),
    "cetakan": frozenset({"pegawai_id", "dokumen", "record_id", "deleted"}),
    "layanan_harian": frozenset({"unit_id", "layanan_id", "deleted"}),
    "pengaduan": frozenset({"unit_id", "layanan_id", "pic_id", "deleted"}),
}

# (table, column, referenced table): the referenced row must belong to the same unit
SAME_UNIT: tuple[tuple[str, str, str], ...] = (
    ("layanan_harian", "layanan_id", "layanan"),
    ("pengaduan", "layanan_id", "layanan"),
)

# (table, column, referenced table): the referenced row must belong to the same employee
SAME_EMPLOYEE: tuple[tuple[str, str, str], ...] = (
    ("evaluasi", "skp_id", "skp"),
    ("evaluasi_rhk", "rhk_id", "rhk"),
    ("realisasi", "indikator_id", "indikator"),
    ("log_harian", "rhk_id", "rhk"),
    ("umpan_balik", "rhk_id", "rhk"),
)
# documents named by kind: (table, kind column, id column)
DOCUMENT_REFS: tuple[tuple[str, str, str], ...] = (
    ("riwayat_dokumen", "dokumen", "dokumen_id"),
    ("cetakan", "dokumen", "record_id"),
)
_LABEL = {"skp": "SKP", "rhk": "RHK", "indikator": "indikator", "evaluasi": "evaluasi"}
_MAX_PEOPLE = 200  # a chain of atasan is never longer; a cycle stops here too


def _refuse(what: str) -> None:
    reject("outside_authority", f"Paket merujuk data di luar wewenang unit pengirim ({what}); "
                                "paket ditolak.")


def check(db: sqlite3.Connection, touched: dict[str, set[str]], scope: frozenset[str]) -> None:
    """Reject the package if a row it wrote points outside the sender's authority."""
    for tbl, col, ref_tbl in SAME_EMPLOYEE:
        ids = touched.get(tbl)
        if ids:
            _same_employee(db, tbl, col, ref_tbl, _values(db, tbl, col, ids))
    for tbl, kind_col, id_col in DOCUMENT_REFS:
        ids = touched.get(tbl)
        if not ids:
            continue
        pairs: dict[str, list[tuple[str, Any]]] = {}
        for rid, kind, ref in _rows(db, tbl, (kind_col, id_col), ids):
            pairs.setdefault("skp" if kind == "skp" else "evaluasi", []).append((rid, ref))
        for ref_tbl, items in pairs.items():
            _same_employee(db, tbl, id_col, ref_tbl, dict(items))
    if touched.get("umpan_balik"):
        forums = _values(db, "umpan_balik", "forum_id", touched["umpan_balik"])
        units = owners(db, "forum_evaluasi", [f for f in forums.values() if isinstance(f, str)])
        for f in forums.values():
            if f in units and units[f] not in scope:
                _refuse("umpan balik menunjuk forum evaluasi unit lain")
    for tbl, col, ref_tbl in SAME_UNIT:
        if touched.get(tbl):
            _same_unit(db, tbl, col, ref_tbl, _values(db, tbl, col, touched[tbl]))
    if touched.get("pengaduan"):
        _pic(db, touched["pengaduan"], scope)
    if touched.get("rhk"):
        _intervened_rhk(db, touched["rhk"], scope)
    for tbl in ("skp", "evaluasi"):
        if touched.get(tbl):
            _identities(db, tbl, touched[tbl])


def _rows(db: sqlite3.Connection, tbl: str, cols: tuple[str, ...], ids: Iterable[str]
          ) -> Iterable[tuple[Any, ...]]:
    sel = ", ".join(f'"{c}"' for c in cols)
    for part in chunks(list(ids)):
        yield from db.execute(f'SELECT id, {sel} FROM "{tbl}" WHERE id IN ({marks(len(part))})',
                              part)


def _values(db: sqlite3.Connection, tbl: str, col: str, ids: Iterable[str]) -> dict[str, Any]:
    return {rid: v for rid, v in _rows(db, tbl, (col,), ids) if v}


OwnerOf = Callable[[sqlite3.Connection, str, Iterable[str]], dict[str, str | None]]


def _same_owner(db: sqlite3.Connection, tbl: str, col: str, ref_tbl: str,
                refs: dict[str, Any], owner_of: OwnerOf, lain: str) -> None:
    """Each row of ``tbl`` and the ``ref_tbl`` row its ``col`` names have the same owner
    (employee or unit, by ``owner_of``); else the package is refused with ``lain``."""
    if not refs:
        return
    mine = owner_of(db, tbl, list(refs))
    theirs = owner_of(db, ref_tbl, [v for v in refs.values() if isinstance(v, str)])
    for rid, ref in refs.items():
        # a reference to a row not here (yet) points at nothing this installation holds
        if ref in theirs and theirs[ref] != mine.get(rid):
            _refuse(f"{tbl}.{col} menunjuk {lain}")


def _same_employee(db: sqlite3.Connection, tbl: str, col: str, ref_tbl: str,
                   refs: dict[str, Any]) -> None:
    _same_owner(db, tbl, col, ref_tbl, refs, owner_pegawai,
                f"{_LABEL.get(ref_tbl, ref_tbl)} milik pegawai lain")


def _same_unit(db: sqlite3.Connection, tbl: str, col: str, ref_tbl: str,
               refs: dict[str, Any]) -> None:
    _same_owner(db, tbl, col, ref_tbl, refs, owners, "jenis layanan unit lain")


def _pic(db: sqlite3.Connection, ids: set[str], scope: frozenset[str]) -> None:
    """A complaint's PIC is someone the sender's unit has had: placed in its subtree now or at
    any time of their placement history (a mutasi racing the disposition is honest)."""
    refs = _values(db, "pengaduan", "pic_id", ids)
    if not refs:
        return
    people = [p for p in set(refs.values()) if isinstance(p, str)]
    placed = owners(db, "pegawai", people)
    once: set[str] = set()
    for part in chunks(people):
        once.update(p for (p,) in db.execute(
            "SELECT DISTINCT pegawai_id FROM riwayat_penempatan WHERE deleted = 0 AND "
            f"pegawai_id IN ({marks(len(part))}) AND unit_id IN ({marks(len(scope))})",
            [*part, *scope]))
    for pid in people:
        if pid in placed and placed[pid] not in scope and pid not in once:
            _refuse("penanggung jawab pengaduan bukan pegawai unit pengirim")


def _intervened_rhk(db: sqlite3.Connection, ids: set[str], scope: frozenset[str]) -> None:
    """An RHK intervenes in an RHK of its owner's atasan (or of someone in the sender's
    branch). The atasan may have changed since the unit wrote the link: any atasan the
    employee has had counts, so an honest race never rejects a package."""
    refs = _values(db, "rhk", "rhk_atasan_id", ids)
    if not refs:
        return
    mine = owner_pegawai(db, "rhk", list(refs))
    theirs = owner_pegawai(db, "rhk", [v for v in refs.values() if isinstance(v, str)])
    placed = owners(db, "pegawai", [p for p in theirs.values() if p])
    for rid, ref in refs.items():
        boss = theirs.get(ref)
        if ref not in theirs or boss is None or placed.get(boss) in scope:
            continue
        if boss not in _superiors(db, mine.get(rid)):
            _refuse("RHK diintervensi ke RHK pegawai yang bukan atasannya")


def _superiors(db: sqlite3.Connection, pegawai: str | None) -> set[str]:
    """Every atasan the employee has had, and each one's chain of atasan as it stands."""
    if pegawai is None:
        return set()
    todo: list[Any] = [v for (v,) in db.execute(
        "SELECT value FROM change_log WHERE tbl = 'pegawai' AND row_id = ? AND "
        "field = 'atasan_id'", (pegawai,))]
    row = db.execute("SELECT atasan_id FROM pegawai WHERE id = ?", (pegawai,)).fetchone()
    if row is not None:
        (atasan,) = row
        todo.append(atasan)
    found: set[str] = set()
    while todo and len(found) < _MAX_PEOPLE:
        cur = todo.pop()
        if not isinstance(cur, str) or cur in found:
            continue
        found.add(cur)
        up = db.execute("SELECT atasan_id FROM pegawai WHERE id = ?", (cur,)).fetchone()
        if up is not None:
            (atasan,) = up
            todo.append(atasan)
    return found


def _identities(db: sqlite3.Connection, tbl: str, ids: set[str]) -> None:
    """The identity snapshot of an approved document names the document's own employee, and
    each person in it by a NIP that person has (or had) in master data."""
    snapshots: list[list[dict[str, Any]]] = []
    for _rid, pegawai_id, text in _rows(db, tbl, ("pegawai_id", "identitas_json"), ids):
        if not text:
            continue
        try:
            snap = json.loads(text)
            blocks = {k: snap.get(k) for k in ("pegawai", "penilai", "atasan_penilai")}
        except (ValueError, AttributeError):
            _refuse(f"identitas {tbl} tidak dapat dibaca")
            return
        own = blocks.get("pegawai") or {}
        if not isinstance(own, dict) or own.get("pegawai_id") != pegawai_id:
            _refuse(f"identitas {tbl} menyebut pegawai lain")
        snapshots.append([b for b in blocks.values()
                          if isinstance(b, dict) and b.get("pegawai_id")])
    had = _had(db, {str(b["pegawai_id"]) for people in snapshots for b in people})
    for people in snapshots:
        for block in people:
            known = had.get(str(block["pegawai_id"]))
            if known is None:
                continue
            if str(block.get("nip") or "") not in known["nip"]:
                _refuse(f"NIP pada identitas {tbl} tidak cocok dengan data pegawai")
            printed = str(block.get("nama") or "")
            if known["nama"] and not any(n and n in printed for n in known["nama"]):
                _refuse(f"nama pada identitas {tbl} tidak cocok dengan data pegawai")


def _had(db: sqlite3.Connection, pegawai_ids: set[str]) -> dict[str, dict[str, set[str]]]:
    """Every NIP and name each employee has had here (employees not here are left out): a
    snapshot taken before a correction still matches. A few queries for the whole batch."""
    out: dict[str, dict[str, set[str]]] = {
        pid: {"nip": {str(nip or "")}, "nama": {str(nama or "")}}
        for pid, nip, nama in _rows(db, "pegawai", ("nip", "nama"), pegawai_ids)}
    for part in chunks(list(out)):
        for rid, field, value in db.execute(
                "SELECT row_id, field, value FROM change_log WHERE tbl = 'pegawai' AND field IN "
                f"('nip', 'nama') AND row_id IN ({marks(len(part))})", part):
            out[rid][field].add(str(value or ""))
    return out
