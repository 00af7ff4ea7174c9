"""Which rows belong where: a unit's subtree, the rows a recipient may receive, the rows a unit
owns, and who owns a row (following skp -> pegawai -> unit and the like).

Scopes are built as TEMP tables on the connection of the current transaction, so exports and
fingerprints stream from joins instead of Python sets.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from asn_desktop.sync.schema import DOC_TABLE, OWNER_LINK
from asn_desktop.sync.sql import stored_value, wrap

CHUNK = 900


def raw(s: Session) -> sqlite3.Connection:
    """The DB-API connection of the session's current transaction (on PostgreSQL, the sync
    engine's translating connection over it: sync/sql.py)."""
    conn: Any = s.connection().connection.driver_connection
    if isinstance(conn, sqlite3.Connection):
        return conn
    return wrap(conn)  # type: ignore[no-any-return]


def chunks(items: Sequence[str], n: int = CHUNK) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


def marks(n: int) -> str:
    return ",".join("?" * n)


def subtree(db: sqlite3.Connection, root: str) -> set[str]:
    """The unit and every unit below it (deleted ones too: their data still belongs)."""
    kids: dict[str | None, list[str]] = {}
    for uid, pid in db.execute("SELECT id, parent_id FROM org_unit"):
        kids.setdefault(pid, []).append(uid)
    found = {root}
    stack = [root]
    while stack:
        for child in kids.get(stack.pop(), []):
            if child not in found:
                found.add(child)
                stack.append(child)
    return found


@dataclass(frozen=True)
class ScopeSpec:
    units: frozenset[str]  # the unit subtree
    all_master: bool = False  # the whole org tree, years, periods, settings (export to a unit)
    units_only: bool = False  # org_unit rows of the subtree only (fingerprint)
    placed: bool = True  # employees placed in the subtree
    atasan: bool = False  # the atasan chain of those employees (and whoever their RHK cascade
    # from), with their SKP and RHK
    departed: bool = False  # employees once placed in the subtree (to learn of a mutasi)
    departed_owned: bool = False  # and the appraisal data of theirs (a unit's own work on them)
    owned: bool = True  # appraisal data of the employees placed in the subtree


# Each query is driven by the (small) scope tables through the indexes on the link columns;
# CROSS JOIN keeps SQLite from scanning the big tables instead.
_PEG = "temp.sc_peg p CROSS JOIN "
OWNED_SQL: dict[str, str] = {
    # table -> SELECT row_id, root, doc for the rows owned by the employees placed in scope
    "skp": f"SELECT x.id, x.pegawai_id, x.id FROM {_PEG}skp x ON x.pegawai_id = p.id "
           "WHERE p.own = 1",
    "rhk": f"SELECT x.id, s.pegawai_id, x.skp_id FROM {_PEG}skp s ON s.pegawai_id = p.id "
           "CROSS JOIN rhk x ON x.skp_id = s.id WHERE p.own = 1",
    "indikator": f"SELECT x.id, s.pegawai_id, r.skp_id FROM {_PEG}skp s ON s.pegawai_id = p.id "
                 "CROSS JOIN rhk r ON r.skp_id = s.id CROSS JOIN indikator x ON x.rhk_id = r.id "
                 "WHERE p.own = 1",
    "evaluasi": f"SELECT x.id, x.pegawai_id, x.id FROM {_PEG}evaluasi x "
                "ON x.pegawai_id = p.id WHERE p.own = 1",
    "evaluasi_rhk": f"SELECT x.id, e.pegawai_id, x.evaluasi_id FROM {_PEG}evaluasi e "
                    "ON e.pegawai_id = p.id CROSS JOIN evaluasi_rhk x ON x.evaluasi_id = e.id "
                    "WHERE p.own = 1",
    "realisasi": f"SELECT x.id, e.pegawai_id, x.evaluasi_id FROM {_PEG}evaluasi e "
                 "ON e.pegawai_id = p.id CROSS JOIN realisasi x ON x.evaluasi_id = e.id "
                 "WHERE p.own = 1",
    "capaian_unit": "SELECT x.id, x.unit_id, NULL FROM temp.sc_unit u CROSS JOIN capaian_unit x "
                    "ON x.unit_id = u.id",
    "forum_evaluasi": "SELECT x.id, x.unit_id, NULL FROM temp.sc_unit u CROSS JOIN "
                      "forum_evaluasi x ON x.unit_id = u.id",
    "riwayat_pengaduan": "SELECT x.id, a.unit_id, NULL FROM temp.sc_unit u CROSS JOIN "
                         "pengaduan a ON a.unit_id = u.id CROSS JOIN riwayat_pengaduan x "
                         "ON x.pengaduan_id = a.id",
    "log_harian": f"SELECT x.id, x.pegawai_id, NULL FROM {_PEG}log_harian x "
                  "ON x.pegawai_id = p.id WHERE p.own = 1",
    "umpan_balik": f"SELECT x.id, x.pegawai_id, NULL FROM {_PEG}umpan_balik x "
                   "ON x.pegawai_id = p.id WHERE p.own = 1",
}
for _t in ("layanan", "layanan_harian", "pengaduan", "survei_ikm"):  # a unit's registers
    OWNED_SQL[_t] = (f"SELECT x.id, x.unit_id, NULL FROM temp.sc_unit u CROSS JOIN {_t} x "
                     "ON x.unit_id = u.id")
for _t in ("riwayat_dokumen", "cetakan"):  # no index on pegawai_id: one scan each
    OWNED_SQL[_t] = (f"SELECT x.id, x.pegawai_id, NULL FROM {_t} x JOIN temp.sc_peg p "
                     "ON p.id = x.pegawai_id AND p.own = 1")


def build_scope(db: sqlite3.Connection, spec: ScopeSpec) -> None:
    """Fill ``temp.sc_rows(tbl, row_id, root, doc)``: the rows in scope, each with the employee
    or unit it hangs on (``root``) and, for approval-locked tables, its document."""
    db.execute("DROP TABLE IF EXISTS temp.sc_unit")
    db.execute("DROP TABLE IF EXISTS temp.sc_peg")
    db.execute("DROP TABLE IF EXISTS temp.sc_rows")
    db.execute("CREATE TEMP TABLE sc_unit (id TEXT PRIMARY KEY) WITHOUT ROWID")
    db.execute("CREATE TEMP TABLE sc_peg (id TEXT PRIMARY KEY, own INTEGER) WITHOUT ROWID")
    db.execute("CREATE TEMP TABLE sc_rows (tbl TEXT, row_id TEXT, root TEXT, doc TEXT, "
               "PRIMARY KEY (tbl, row_id)) WITHOUT ROWID")
    db.executemany("INSERT INTO temp.sc_unit VALUES (?)", [(u,) for u in spec.units])
    db.execute("INSERT INTO temp.sc_peg SELECT id, 1 FROM pegawai "
               "WHERE unit_id IN (SELECT id FROM temp.sc_unit)")
    if spec.departed_owned:
        db.execute("INSERT OR IGNORE INTO temp.sc_peg SELECT DISTINCT c.row_id, 1 "
                   "FROM change_log c WHERE c.tbl = 'pegawai' AND c.field = 'unit_id' "
                   f"AND c.value IN (SELECT {stored_value(db, 'id')} FROM temp.sc_unit)")
    if spec.atasan:
        db.execute(
            "WITH RECURSIVE ch(id) AS ("
            " SELECT atasan_id FROM pegawai WHERE id IN (SELECT id FROM temp.sc_peg)"
            "  AND atasan_id IS NOT NULL"
            " UNION SELECT p.atasan_id FROM pegawai p JOIN ch ON p.id = ch.id"
            "  WHERE p.atasan_id IS NOT NULL)"
            " INSERT OR IGNORE INTO temp.sc_peg SELECT id, 0 FROM ch")
        # and whoever an RHK of theirs cascades from (an atasan before a mutasi, say): the
        # sheets of those plans name that RHK, here as where they were approved
        db.execute(
            "INSERT OR IGNORE INTO temp.sc_peg SELECT DISTINCT t.pegawai_id, 0 "
            "FROM temp.sc_peg p CROSS JOIN skp s ON s.pegawai_id = p.id "
            "CROSS JOIN rhk x ON x.skp_id = s.id CROSS JOIN rhk a ON a.id = x.rhk_atasan_id "
            "CROSS JOIN skp t ON t.id = a.skp_id WHERE p.own = 1")
    ins = "INSERT OR IGNORE INTO temp.sc_rows "
    if spec.all_master:
        db.execute(ins + "SELECT 'org_unit', id, NULL, NULL FROM org_unit")
        for t in ("tahun_kinerja", "periode", "pengaturan"):
            db.execute(ins + f"SELECT '{t}', id, NULL, NULL FROM {t}")
    elif spec.units_only:
        db.execute(ins + "SELECT 'org_unit', id, id, NULL FROM org_unit "
                         "WHERE id IN (SELECT id FROM temp.sc_unit)")
    if spec.placed:
        own = "" if spec.atasan else " WHERE own = 1"
        db.execute(ins + f"SELECT 'pegawai', id, id, NULL FROM temp.sc_peg{own}")
    if spec.departed:
        # who moved away: their record only (the appraisal data stays as it was, read-only)
        db.execute(ins + "SELECT DISTINCT 'pegawai', c.row_id, c.row_id, NULL FROM change_log c "
                         "WHERE c.tbl = 'pegawai' AND c.field = 'unit_id' "
                         f"AND c.value IN (SELECT {stored_value(db, 'id')} FROM temp.sc_unit)")
    if spec.placed or spec.departed:
        # master data hanging on those employees: their placement history (central-owned)
        db.execute(ins + "SELECT 'riwayat_penempatan', x.id, x.pegawai_id, NULL "
                         "FROM riwayat_penempatan x JOIN temp.sc_rows s "
                         "ON s.tbl = 'pegawai' AND s.row_id = x.pegawai_id")
    if spec.owned:
        for t, sql in OWNED_SQL.items():
            db.execute(ins + f"SELECT '{t}', q.* FROM ({sql}) q")
    if spec.atasan:
        db.execute(ins + f"SELECT 'skp', x.id, x.pegawai_id, x.id FROM {_PEG}skp x "
                         "ON x.pegawai_id = p.id WHERE p.own = 0")
        db.execute(ins + f"SELECT 'rhk', x.id, s.pegawai_id, x.skp_id FROM {_PEG}skp s "
                         "ON s.pegawai_id = p.id CROSS JOIN rhk x ON x.skp_id = s.id "
                         "WHERE p.own = 0")


def scope_roots(db: sqlite3.Connection) -> dict[str, list[str]]:
    """The employees and units a scope hangs on (to see later what is new in it)."""
    return {
        "p": sorted(i for (i,) in db.execute("SELECT id FROM temp.sc_peg")),
        "u": sorted(i for (i,) in db.execute("SELECT id FROM temp.sc_unit")),
    }


def drop_scope(db: sqlite3.Connection) -> None:
    for t in ("sc_rows", "sc_peg", "sc_unit"):
        db.execute(f"DROP TABLE IF EXISTS temp.{t}")


# ----------------------------------------------------------------------------- ownership


def _chain_sql(tbl: str) -> tuple[str, str]:
    """(FROM ... JOIN ..., expression of the owning unit id) for rows of ``tbl``."""
    if tbl == "org_unit":
        return "org_unit x0", "x0.id"
    if tbl == "pegawai":
        return "pegawai x0", "x0.unit_id"
    joins = [f"{tbl} x0"]
    cur, i = tbl, 0
    while cur in OWNER_LINK:
        field, parent = OWNER_LINK[cur]
        joins.append(f"LEFT JOIN {parent} x{i + 1} ON x{i + 1}.id = x{i}.{field}")
        cur, i = parent, i + 1
        if parent == "pegawai":
            return " ".join(joins), f"x{i}.unit_id"
        if parent == "org_unit":
            return " ".join(joins), f"x{i}.id"
    raise KeyError(tbl)


_CHAIN: dict[str, tuple[str, str]] = {}


def owner_pegawai(db: sqlite3.Connection, tbl: str, ids: Iterable[str]) -> dict[str, str | None]:
    """The employee owning each existing row of ``tbl`` (None for rows owned by a unit)."""
    if tbl == "pegawai":
        return {i: i for i in ids}
    joins = [f"{tbl} x0"]
    cur, i, expr = tbl, 0, "NULL"
    while cur in OWNER_LINK:
        field, parent = OWNER_LINK[cur]
        joins.append(f"LEFT JOIN {parent} x{i + 1} ON x{i + 1}.id = x{i}.{field}")
        cur, i = parent, i + 1
        if parent == "pegawai":
            expr = f"x{i}.id"
            break
        if parent == "org_unit":
            break
    out: dict[str, str | None] = {}
    for part in chunks(list(dict.fromkeys(ids))):
        for rid, pid in db.execute(f"SELECT x0.id, {expr} FROM {' '.join(joins)} "
                                   f"WHERE x0.id IN ({marks(len(part))})", part):
            out[rid] = pid
    return out


def owners(db: sqlite3.Connection, tbl: str, ids: Iterable[str]) -> dict[str, str | None]:
    """The unit owning each existing row (rows not found are left out)."""
    if tbl not in _CHAIN:
        _CHAIN[tbl] = _chain_sql(tbl)
    frm, expr = _CHAIN[tbl]
    out: dict[str, str | None] = {}
    uniq = list(dict.fromkeys(ids))
    for part in chunks(uniq):
        for rid, unit in db.execute(
                f"SELECT x0.id, {expr} FROM {frm} WHERE x0.id IN ({marks(len(part))})", part):
            out[rid] = unit
    return out


def docs_of_rhk(db: sqlite3.Connection, ids: Iterable[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    uniq = list(dict.fromkeys(ids))
    for part in chunks(uniq):
        for rid, skp in db.execute(
                f"SELECT id, skp_id FROM rhk WHERE id IN ({marks(len(part))})", part):
            out[rid] = skp
    return out


def doc_table(tbl: str) -> str | None:
    return DOC_TABLE.get(tbl)
