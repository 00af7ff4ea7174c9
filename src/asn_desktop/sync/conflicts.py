"""Conflicts for review, and settling them: the choice is written as a new local edit (a new
clock on this node), so it syncs to every installation like any other change."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from asn_desktop.db.capture import set_capture
from asn_desktop.db.hlc import physical_ms
from asn_desktop.db.sync_models import (
    DELETE,
    DUPLICATE,
    HELD_KINDS,
    LOCKED,
    MOVED,
    OPEN,
    RESOLVED,
)
from asn_desktop.errors import AsnError, NotFoundError, ValidationError
from asn_desktop.sync.schema import DELETED_FIELD, OWNER_LINK, PART_OF, TABLES

KEEP_ALIASES = {"local": "local", "lokal": "local", "incoming": "incoming", "remote": "incoming",
                "paket": "incoming", "masuk": "incoming"}

TABLE_LABELS = {
    "org_unit": "Unit organisasi", "pegawai": "Pegawai", "tahun_kinerja": "Tahun kinerja",
    "periode": "Periode", "pengaturan": "Pengaturan", "skp": "SKP", "rhk": "RHK",
    "indikator": "Indikator", "evaluasi": "Evaluasi", "evaluasi_rhk": "Umpan balik RHK",
    "realisasi": "Realisasi", "capaian_unit": "Capaian unit", "log_harian": "Log harian",
    "umpan_balik": "Umpan balik", "forum_evaluasi": "Forum evaluasi",
    "riwayat_dokumen": "Riwayat dokumen", "cetakan": "Cetakan",
}


@dataclass(frozen=True)
class ConflictView:
    id: int
    jenis: str  # lww / locked
    status: str
    tabel: str
    row_id: str
    kolom: str
    pemenang: str  # local / incoming / held
    nilai_lokal: Any
    nilai_paket: Any
    asal_lokal: str
    asal_paket: str
    waktu_lokal: str
    waktu_paket: str
    pegawai: str | None
    dibuat: str
    diselesaikan: str | None
    grp: str | None

    def ringkasan_baris(self, kolom: int) -> str:
        """One line for a new row held whole (its columns are decided together)."""
        siapa = f" — {self.pegawai}" if self.pegawai else ""
        why = {LOCKED: "di bawah dokumen yang sudah disetujui",
               DELETE: "di bawah data yang sudah dihapus di sini",
               MOVED: "ditulis unit lama sesudah pegawainya dipindahkan (mutasi)"}.get(
                   self.jenis, "untuk ditinjau")
        return (f"#{self.id} {TABLE_LABELS.get(self.tabel, self.tabel)} baru{siapa} ditahan "
                f"utuh, {why} ({kolom} kolom, dari {self.asal_paket}, {self.waktu_paket}); "
                f"keputusan atas #{self.id} berlaku untuk seluruh baris")

    @property
    def ringkasan(self) -> str:
        siapa = f" — {self.pegawai}" if self.pegawai else ""
        what = f"{TABLE_LABELS.get(self.tabel, self.tabel)}{siapa}: kolom {self.kolom}"
        if self.jenis == LOCKED:
            head = f"#{self.id} Perubahan dokumen yang sudah disetujui ditahan ({what})"
        elif self.jenis == DELETE:
            label = f"{TABLE_LABELS.get(self.tabel, self.tabel)}{siapa}"
            head = (f"#{self.id} Dihapus di satu tempat, sementara di tempat lain diubah atau "
                    f"diberi bagian baru tanpa saling mengetahui ({label})")
            if self.kolom == "deleted":
                return (f"{head}\n  di komputer ini: {_fate(self.nilai_lokal)} "
                        f"({self.asal_lokal}, {self.waktu_lokal})\n  dari paket: "
                        f"{_fate(self.nilai_paket)} ({self.asal_paket}, {self.waktu_paket})")
        elif self.jenis == MOVED:
            head = (f"#{self.id} Ditulis unit lama sesudah pegawainya dipindahkan (mutasi), "
                    f"ditahan untuk ditinjau ({what})")
            return (f"{head}\n  nilai dari paket: {_show(self.nilai_paket)} "
                    f"({self.asal_paket}, {self.waktu_paket})")
        elif self.jenis == DUPLICATE:
            head = (f"#{self.id} Nilai ganda ({what}): nilai dari paket sudah dipakai baris "
                    "lain, nilai lama dipertahankan")
        elif self.kolom == "status" and self.nilai_lokal == self.nilai_paket == "DISETUJUI":
            head = (f"#{self.id} Disetujui di dua tempat tanpa saling mengetahui "
                    f"({TABLE_LABELS.get(self.tabel, self.tabel)}{siapa}); perubahan isi "
                    "dari pihak lain ditahan sampai konflik ini diselesaikan")
        else:
            menang = "paket" if self.pemenang == "incoming" else "komputer ini"
            head = f"#{self.id} Perubahan bersamaan ({what}); yang dipakai: nilai {menang}"
        return (f"{head}\n  di komputer ini: {_show(self.nilai_lokal)} ({self.asal_lokal}, "
                f"{self.waktu_lokal})\n  dari paket: {_show(self.nilai_paket)} "
                f"({self.asal_paket}, {self.waktu_paket})")

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "jenis": self.jenis, "status": self.status, "tabel": self.tabel,
            "baris": self.row_id, "kolom": self.kolom, "pemenang": self.pemenang,
            "nilai_lokal": _jsonable(self.nilai_lokal), "nilai_paket": _jsonable(self.nilai_paket),
            "asal_lokal": self.asal_lokal, "asal_paket": self.asal_paket,
            "waktu_lokal": self.waktu_lokal, "waktu_paket": self.waktu_paket,
            "pegawai": self.pegawai, "dibuat": self.dibuat, "diselesaikan": self.diselesaikan,
        }


def _fate(deleted: Any) -> str:
    return "dihapus" if deleted else "tetap ada"


def _jsonable(v: Any) -> Any:
    if isinstance(v, bytes | bytearray | memoryview):
        return f"<{len(bytes(v))} bita>"
    return v


def _show(v: Any) -> str:
    if v is None:
        return "(kosong)"
    if isinstance(v, bytes | bytearray | memoryview):
        return f"<{len(bytes(v))} bita>"
    text = str(v).replace("\n", " ")
    return text if len(text) <= 80 else text[:77] + "…"


def _when(hlc: int | None) -> str:
    if not hlc:
        return "-"
    return datetime.fromtimestamp(physical_ms(hlc) / 1000).strftime("%d-%m-%Y %H:%M")


def _pegawai_of(db: sqlite3.Connection, tbl: str, rid: str) -> str | None:
    cur_tbl, cur_id = tbl, rid
    for _ in range(5):
        if cur_tbl == "pegawai":
            row = db.execute("SELECT nama FROM pegawai WHERE id = ?", (cur_id,)).fetchone()
            return str(row[0]) if row else None
        link = OWNER_LINK.get(cur_tbl)
        if link is None:
            return None
        row = db.execute(f'SELECT "{link[0]}" FROM "{cur_tbl}" WHERE id = ?',
                         (cur_id,)).fetchone()
        if row is None:
            row = db.execute("SELECT incoming_value FROM sync_conflict WHERE tbl = ? AND "
                             "row_id = ? AND field = ? LIMIT 1",
                             (cur_tbl, cur_id, link[0])).fetchone()
        if row is None or not isinstance(row[0], str):
            return None
        cur_tbl, cur_id = link[1], row[0]
    return None


def list_conflicts(db: sqlite3.Connection, local_node: str, *, include_resolved: bool = False
                   ) -> list[ConflictView]:
    names = {n: str(nama or kode or n[:8]) for n, nama, kode in
             db.execute("SELECT node_id, nama, kode FROM sync_peer")}
    names[local_node] = "komputer ini"
    where = "" if include_resolved else f" WHERE status = '{OPEN}'"
    out: list[ConflictView] = []
    for (cid, kind, status, tbl, rid, f, grp, winner, lv, lh, ln, iv, ih, inode, dibuat,
         res_at) in db.execute(
            "SELECT id, kind, status, tbl, row_id, field, grp, winner, local_value, local_hlc, "
            "local_node, incoming_value, incoming_hlc, incoming_node, dibuat, resolved_at "
            f"FROM sync_conflict{where} ORDER BY id").fetchall():
        if kind in HELD_KINDS and winner == "held" and status == OPEN and grp is None and (
                f in TABLES[tbl].fields):
            lv = _table_value(db, tbl, rid, f, lv)  # what keeping this computer's value keeps
        out.append(ConflictView(
            cid, kind, status, tbl, rid, f, winner, lv, iv,
            names.get(ln, (ln or "-")[:8]) if ln else "-", names.get(inode, inode[:8]),
            _when(lh), _when(ih), _pegawai_of(db, tbl, rid), dibuat, res_at, grp))
    return out


@dataclass(frozen=True)
class ConflictEntry:
    """One line of a conflict list: a single conflict, or a new row held whole (its columns
    are decided together, by the decision on ``view``)."""

    view: ConflictView
    baris: str
    anggota: tuple[ConflictView, ...]

    @property
    def utuh(self) -> bool:
        return self.view.grp is not None and self.view.status == OPEN


def entries(items: list[ConflictView]) -> list[ConflictEntry]:
    """The list as people read it: an open held new row once, with all its columns."""
    groups: dict[str, list[ConflictView]] = {}
    for k in items:
        if k.grp and k.status == OPEN:
            groups.setdefault(k.grp, []).append(k)
    out: list[ConflictEntry] = []
    for k in items:
        if k.grp and k.status == OPEN:
            members = groups.pop(k.grp, None)
            if members is not None:  # the first of its group stands for the row
                out.append(ConflictEntry(k, k.ringkasan_baris(len(members)), tuple(members)))
        else:
            out.append(ConflictEntry(k, k.ringkasan, (k,)))
    return out


def count_open(db: sqlite3.Connection) -> int:
    return int(db.execute("SELECT COUNT(*) FROM sync_conflict WHERE status = 'open'")
               .fetchone()[0])


@dataclass(frozen=True)
class Resolved:
    ids: tuple[int, ...]
    keep: str

    @property
    def ringkasan(self) -> str:
        pilihan = "nilai di komputer ini" if self.keep == "local" else "nilai dari paket"
        daftar = ", ".join(f"#{i}" for i in self.ids)
        return (f"Konflik {daftar} diselesaikan dengan {pilihan}; pilihan ini ikut terkirim "
                "pada paket berikutnya.")


def _current(db: sqlite3.Connection, tbl: str, rid: str, f: str
             ) -> tuple[int, str, Any] | None:
    row = db.execute("SELECT hlc, node, value FROM change_log WHERE tbl = ? AND row_id = ? "
                     "AND field = ? ORDER BY hlc DESC, node DESC LIMIT 1",
                     (tbl, rid, f)).fetchone()
    return (row[0], row[1], row[2]) if row else None


def _table_value(db: sqlite3.Connection, tbl: str, rid: str, f: str, default: Any) -> Any:
    if f not in TABLES[tbl].fields:
        raise AsnError(f"Kolom {tbl}.{f} tidak dikenal.")
    row = db.execute(f'SELECT "{f}" FROM "{tbl}" WHERE id = ?', (rid,)).fetchone()
    return row[0] if row else default


def _write(db: sqlite3.Connection, tbl: str, rid: str, f: str, value: Any, hlc: int, node: str,
           base: tuple[int, str] | None, actor: str | None, source: str | None) -> int:
    if f not in TABLES[tbl].fields:
        raise AsnError(f"Kolom {tbl}.{f} tidak dikenal.")
    if db.execute(f'SELECT 1 FROM "{tbl}" WHERE id = ?', (rid,)).fetchone():
        db.execute(f'UPDATE "{tbl}" SET "{f}" = ? WHERE id = ?', (value, rid))
    else:
        db.execute(f'INSERT INTO "{tbl}" (id, "{f}") VALUES (?, ?)', (rid, value))
    cur = db.execute(
        "INSERT INTO change_log (tbl, row_id, field, value, hlc, node, base_hlc, base_node, "
        "actor, source) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (tbl, rid, f, value, hlc, node, base[0] if base else None, base[1] if base else None,
         actor, source))
    return int(cur.lastrowid or 0)


def resolve(conn: Connection, db: sqlite3.Connection, conflict_id: int, keep: str, *,
            node: str, now_hlc: Callable[[], int], observe: Callable[[int], None],
            actor: str | None) -> Resolved:
    """Settle one conflict (or the held row it belongs to) inside the caller's transaction."""
    choice = KEEP_ALIASES.get(keep.strip().lower())
    if choice is None:
        raise ValidationError("Pilihan harus 'local' atau 'incoming'.", "keep")
    row = db.execute("SELECT id, kind, status, tbl, row_id, field, grp, local_value, "
                     "local_hlc, local_node, incoming_value, incoming_hlc, incoming_node, "
                     "incoming_base_hlc, incoming_base_node, incoming_actor, package_id, winner "
                     "FROM sync_conflict WHERE id = ?", (conflict_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Konflik #{conflict_id} tidak ditemukan.")
    if row[2] != OPEN:
        raise AsnError(f"Konflik #{conflict_id} sudah diselesaikan.")
    (cid, kind, _st, tbl, rid, f, grp, lv, lh, _ln, iv, ih, inode, *_rest) = row
    held = kind in HELD_KINDS and row[17] == "held"
    now = datetime.now().isoformat(timespec="seconds")
    if kind == DUPLICATE:
        set_capture(conn, False)  # the version is recorded already: only the table catches up
        try:
            _resolve_duplicate(db, tbl, rid, f, iv, choice)
        finally:
            set_capture(conn, True)
        db.execute("UPDATE sync_conflict SET status = ?, resolved_keep = ?, resolved_at = ? "
                   "WHERE id = ?", (RESOLVED, choice, now, cid))
        return Resolved((cid,), choice)
    set_capture(conn, False)
    try:
        if grp is not None:
            first = db.execute("SELECT tbl, row_id FROM sync_conflict WHERE grp = ? "
                               "ORDER BY id LIMIT 1", (grp,)).fetchone()
            ids, seq = _resolve_held_row(db, grp, choice, node, now_hlc, observe, actor)
            tbl, rid = first[0], first[1]
            if choice == "incoming" and _alive(db, tbl, rid):
                # the new part is kept: its parent, if still held here, is kept with it, and
                # if deleted here since, comes back
                above, seq_above = _keep_held_parent(db, tbl, rid, node, now_hlc, observe,
                                                     actor)
                ids = (*ids, *above)
                seq = seq_above or seq
                seq = _undelete_parent(db, tbl, rid, node, now_hlc, observe, actor) or seq
        else:
            observe(max(ih, lh or 0))
            cur = _current(db, tbl, rid, f)
            if cur is not None:
                observe(cur[0])
            if held:
                value = iv if choice == "incoming" else _table_value(db, tbl, rid, f, lv)
                base: tuple[int, str] | None = (ih, inode)
                if cur is not None and (cur[0], cur[1]) > (ih, inode):
                    # a newer version arrived since the change was held: the decision is
                    # taken over it (it was shown), so it is that version this one replaces
                    base = (cur[0], cur[1])
            else:
                value = iv if choice == "incoming" else lv
                base = (cur[0], cur[1]) if cur else None
            seq = _write(db, tbl, rid, f, value, now_hlc(), node, base, actor, None)
            ids = (cid,)
            if f == DELETED_FIELD and value:
                # the delete is kept: its live parts go with it, so none is left orphaned
                seq = _delete_parts(db, tbl, rid, node, now_hlc, actor) or seq
            elif f == DELETED_FIELD:
                # the row is kept: so is the document it is part of
                seq = _undelete_parent(db, tbl, rid, node, now_hlc, observe, actor) or seq
    finally:
        set_capture(conn, True)
    db.executemany("UPDATE sync_conflict SET status = ?, resolved_keep = ?, resolved_at = ?, "
                   "resolved_seq = ? WHERE id = ?",
                   [(RESOLVED, choice, now, seq, i) for i in ids])
    return Resolved(tuple(ids), choice)


def _resolve_duplicate(db: sqlite3.Connection, tbl: str, rid: str, f: str, incoming: Any,
                       choice: str) -> None:
    """The incoming value is already the recorded version; only the table kept the old one.
    Keeping it writes nothing; taking the incoming value needs it to be free by now."""
    if choice == "local":
        return
    if f not in TABLES[tbl].fields:
        raise AsnError(f"Kolom {tbl}.{f} tidak dikenal.")
    holder = db.execute(f'SELECT id FROM "{tbl}" WHERE "{f}" = ? AND deleted = 0 AND id != ?',
                        (incoming, rid)).fetchone()
    if holder is not None:
        raise ValidationError(f"Nilai {incoming} masih dipakai baris lain; perbaiki baris itu "
                              "dulu (atau tunggu paket berikutnya), lalu pilih lagi.", "keep")
    db.execute(f'UPDATE "{tbl}" SET "{f}" = ? WHERE id = ?', (incoming, rid))


def _version(db: sqlite3.Connection, tbl: str, rid: str, f: str) -> tuple[int, str] | None:
    cur = _current(db, tbl, rid, f)
    return (cur[0], cur[1]) if cur else None


def _alive(db: sqlite3.Connection, tbl: str, rid: str) -> bool:
    row = db.execute(f'SELECT deleted FROM "{tbl}" WHERE id = ?', (rid,)).fetchone()
    return row is not None and not row[0]


def _keep_held_parent(db: sqlite3.Connection, tbl: str, rid: str, node: str,
                      now_hlc: Callable[[], int], observe: Callable[[int], None],
                      actor: str | None) -> tuple[tuple[int, ...], int]:
    """A kept part whose parent is itself a new row held here (not applied yet): that row is
    kept too, and so on up, so no part is live without its parent."""
    link = PART_OF.get(tbl)
    if link is None:
        return (), 0
    row = db.execute(f'SELECT "{link[0]}" FROM "{tbl}" WHERE id = ?', (rid,)).fetchone()
    if row is None or not isinstance(row[0], str):
        return (), 0
    parent = row[0]
    if db.execute(f'SELECT 1 FROM "{link[1]}" WHERE id = ?', (parent,)).fetchone():
        return (), 0
    grp = db.execute("SELECT grp FROM sync_conflict WHERE status = ? AND grp IS NOT NULL "
                     "AND tbl = ? AND row_id = ? LIMIT 1", (OPEN, link[1], parent)).fetchone()
    if grp is None:
        return (), 0
    ids, seq = _resolve_held_row(db, grp[0], "incoming", node, now_hlc, observe, actor)
    more, seq_more = _keep_held_parent(db, link[1], parent, node, now_hlc, observe, actor)
    return (*ids, *more), seq_more or seq


def _undelete_parent(db: sqlite3.Connection, tbl: str, rid: str, node: str,
                     now_hlc: Callable[[], int], observe: Callable[[int], None],
                     actor: str | None) -> int:
    link = PART_OF.get(tbl)
    if link is None:
        return 0
    row = db.execute(f'SELECT "{link[0]}" FROM "{tbl}" WHERE id = ?', (rid,)).fetchone()
    if row is None or not isinstance(row[0], str):
        return 0
    parent = row[0]
    alive = db.execute(f'SELECT deleted FROM "{link[1]}" WHERE id = ?', (parent,)).fetchone()
    if alive is None:
        return 0
    if not alive[0]:  # live (perhaps kept just now): the document above it may not be
        return _undelete_parent(db, link[1], parent, node, now_hlc, observe, actor)
    base = _version(db, link[1], parent, DELETED_FIELD)
    if base is not None:
        observe(base[0])
    seq = _write(db, link[1], parent, DELETED_FIELD, 0, now_hlc(), node, base, actor, None)
    return _undelete_parent(db, link[1], parent, node, now_hlc, observe, actor) or seq


def _delete_parts(db: sqlite3.Connection, tbl: str, rid: str, node: str,
                  now_hlc: Callable[[], int], actor: str | None) -> int:
    """Delete the live parts of a deleted row (and theirs), each as a new local edit."""
    seq = 0
    for child, (link, parent) in PART_OF.items():
        if parent != tbl:
            continue
        for (cid,) in db.execute(f'SELECT id FROM "{child}" WHERE "{link}" = ? AND deleted = 0',
                                 (rid,)).fetchall():
            base = _version(db, child, cid, DELETED_FIELD)
            seq = _write(db, child, cid, DELETED_FIELD, 1, now_hlc(), node, base, actor, None)
            seq = _delete_parts(db, child, cid, node, now_hlc, actor) or seq
    return seq


def _resolve_held_row(db: sqlite3.Connection, grp: str, choice: str, node: str,
                      now_hlc: Callable[[], int], observe: Callable[[int], None],
                      actor: str | None) -> tuple[tuple[int, ...], int]:
    """A new row held under an approved document: apply its changes as they came; keeping the
    local state then deletes the row again with a new local edit, so every copy agrees."""
    items = db.execute(
        "SELECT id, tbl, row_id, field, incoming_value, incoming_hlc, incoming_node, "
        "incoming_base_hlc, incoming_base_node, incoming_actor, package_id FROM sync_conflict "
        "WHERE grp = ? AND status = 'open' ORDER BY incoming_hlc, incoming_node",
        (grp,)).fetchall()
    seq = 0
    rows: list[tuple[str, str]] = []
    for _cid, t, r, f, v, h, n, bh, bn, a, pkg in items:
        if (t, r) not in rows:
            rows.append((t, r))
        observe(h)
        cur = _current(db, t, r, f)
        known = db.execute("SELECT 1 FROM change_log WHERE tbl = ? AND row_id = ? AND field = ? "
                           "AND hlc = ? AND node = ?", (t, r, f, h, n)).fetchone()
        if known:
            continue
        if cur is None or (h, n) > (cur[0], cur[1]):
            if db.execute(f'SELECT 1 FROM "{t}" WHERE id = ?', (r,)).fetchone():
                db.execute(f'UPDATE "{t}" SET "{f}" = ? WHERE id = ?', (v, r))
            else:
                db.execute(f'INSERT INTO "{t}" (id, "{f}") VALUES (?, ?)', (r, v))
        c = db.execute(
            "INSERT INTO change_log (tbl, row_id, field, value, hlc, node, base_hlc, base_node, "
            "actor, source) VALUES (?,?,?,?,?,?,?,?,?,?)", (t, r, f, v, h, n, bh, bn, a, pkg))
        seq = int(c.lastrowid or seq)
    if choice == "local":
        for tbl, rid in rows:
            cur = _current(db, tbl, rid, "deleted")
            if cur is not None:
                observe(cur[0])
            seq = _write(db, tbl, rid, "deleted", 1, now_hlc(), node,
                         (cur[0], cur[1]) if cur else None, actor, None)
            # parts that arrived on their own go with it, so none is left orphaned
            seq = _delete_parts(db, tbl, rid, node, now_hlc, actor) or seq
    return tuple(i[0] for i in items), seq
