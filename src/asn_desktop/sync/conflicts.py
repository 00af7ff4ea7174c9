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
    DOUBLE,
    DUPLICATE,
    HELD_KINDS,
    LOCKED,
    MOVED,
    OPEN,
    RESOLVED,
)
from asn_desktop.domain.label import kolom_teks
from asn_desktop.errors import AsnError, NotFoundError, ValidationError
from asn_desktop.sync.rows import (
    CHANGE_COLUMNS,
    ChangeRow,
    HeldChange,
    StoredConflict,
    columns,
    scalar,
)
from asn_desktop.sync.schema import DELETED_FIELD, OWNER_LINK, PART_OF, TABLES
from asn_desktop.sync.sql import add_change, column_value, is_pg

_CONFLICT_COLUMNS = columns(StoredConflict._fields)
_HELD_COLUMNS = columns(HeldChange._fields)

KEEP_ALIASES = {"local": "local", "lokal": "local", "incoming": "incoming", "remote": "incoming",
                "paket": "incoming", "masuk": "incoming"}

TABLE_LABELS = {
    "org_unit": "Unit organisasi", "pegawai": "Pegawai", "tahun_kinerja": "Tahun kinerja",
    "periode": "Periode", "pengaturan": "Pengaturan", "skp": "SKP", "rhk": "RHK",
    "indikator": "Indikator", "evaluasi": "Evaluasi", "evaluasi_rhk": "Umpan balik RHK",
    "realisasi": "Realisasi", "capaian_unit": "Capaian unit", "log_harian": "Log harian",
    "umpan_balik": "Umpan balik", "forum_evaluasi": "Forum evaluasi",
    "riwayat_dokumen": "Riwayat dokumen", "cetakan": "Cetakan",
    "riwayat_penempatan": "Riwayat penempatan", "layanan": "Jenis layanan",
    "layanan_harian": "Register layanan", "pengaduan": "Pengaduan",
    "riwayat_pengaduan": "Riwayat pengaduan", "survei_ikm": "Survei IKM",
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
        what = (f"{TABLE_LABELS.get(self.tabel, self.tabel)}{siapa}: "
                f"{kolom_teks(self.kolom)}")
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
        elif self.jenis == DOUBLE:
            label = TABLE_LABELS.get(self.tabel, self.tabel)
            return (f"#{self.id} {label}{siapa} dibuat dua kali, di dua tempat tanpa saling "
                    f"mengetahui; keduanya tersimpan. Pilih yang dipakai; yang lain dihapus "
                    f"(dapat dipulihkan).\n  di komputer ini: {label} {_text(self.nilai_lokal)[:8]}"
                    f" ({self.asal_lokal}, {self.waktu_lokal})\n  dari paket: {label} "
                    f"{self.row_id[:8]} ({self.asal_paket}, {self.waktu_paket})")
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
            if row is None:
                return None
            (nama,) = row
            return str(nama)
        link = OWNER_LINK.get(cur_tbl)
        if link is None:
            return None
        row = db.execute(f'SELECT "{link[0]}" FROM "{cur_tbl}" WHERE id = ?',
                         (cur_id,)).fetchone()
        if row is None:
            row = db.execute("SELECT incoming_value FROM sync_conflict WHERE tbl = ? AND "
                             "row_id = ? AND field = ? LIMIT 1",
                             (cur_tbl, cur_id, link[0])).fetchone()
        if row is None:
            return None
        (owner,) = row
        if not isinstance(owner, str):
            return None
        cur_tbl, cur_id = link[1], owner
    return None


def list_conflicts(db: sqlite3.Connection, local_node: str, *, include_resolved: bool = False
                   ) -> list[ConflictView]:
    names = {n: str(nama or kode or n[:8]) for n, nama, kode in
             db.execute("SELECT node_id, nama, kode FROM sync_peer")}
    names[local_node] = "komputer ini"
    where = "" if include_resolved else f" WHERE status = '{OPEN}'"
    out: list[ConflictView] = []
    for k in map(StoredConflict._make, db.execute(
            f"SELECT {_CONFLICT_COLUMNS} FROM sync_conflict{where} ORDER BY id").fetchall()):
        lv = k.local_value
        if k.kind in HELD_KINDS and k.winner == "held" and k.status == OPEN and (
                k.grp is None) and k.field in TABLES[k.tbl].fields:
            # what keeping this computer's value keeps
            lv = _table_value(db, k.tbl, k.row_id, k.field, lv)
        ln, inode = k.local_node, k.incoming_node
        out.append(ConflictView(
            k.id, k.kind, k.status, k.tbl, k.row_id, k.field, k.winner, lv, k.incoming_value,
            names.get(ln, (ln or "-")[:8]) if ln else "-", names.get(inode, inode[:8]),
            _when(k.local_hlc), _when(k.incoming_hlc), _pegawai_of(db, k.tbl, k.row_id),
            k.dibuat, k.resolved_at, k.grp))
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
    # a new row held whole is one item to decide, whatever its number of columns
    return int(scalar(db.execute("SELECT COUNT(DISTINCT COALESCE(grp, 'id:' || id)) "
                                 "FROM sync_conflict WHERE status = 'open'")))


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


def _current(db: sqlite3.Connection, tbl: str, rid: str, f: str) -> ChangeRow | None:
    row = db.execute(f"SELECT {CHANGE_COLUMNS} FROM change_log WHERE tbl = ? AND row_id = ? "
                     "AND field = ? ORDER BY hlc DESC, node DESC LIMIT 1",
                     (tbl, rid, f)).fetchone()
    return ChangeRow._make(row) if row else None


def _table_value(db: sqlite3.Connection, tbl: str, rid: str, f: str, default: Any) -> Any:
    if f not in TABLES[tbl].fields:
        raise AsnError(f"Kolom {tbl}.{f} tidak dikenal.")
    return scalar(db.execute(f'SELECT "{f}" FROM "{tbl}" WHERE id = ?', (rid,)), default)


def _write(db: sqlite3.Connection, tbl: str, rid: str, f: str, value: Any, hlc: int, node: str,
           base: tuple[int, str] | None, actor: str | None, source: str | None) -> int:
    if f not in TABLES[tbl].fields:
        raise AsnError(f"Kolom {tbl}.{f} tidak dikenal.")
    _set_field(db, tbl, rid, f, value)
    return add_change(db, (tbl, rid, f, value, hlc, node, base[0] if base else None,
                           base[1] if base else None, actor, source))


def _set_field(db: sqlite3.Connection, tbl: str, rid: str, f: str, value: Any) -> None:
    """The row's field, the row made when it is not there yet."""
    stored = column_value(db, tbl, f, value)
    if db.execute(f'SELECT 1 FROM "{tbl}" WHERE id = ?', (rid,)).fetchone():
        db.execute(f'UPDATE "{tbl}" SET "{f}" = ? WHERE id = ?', (stored, rid))
    else:
        db.execute(f'INSERT INTO "{tbl}" (id, "{f}") VALUES (?, ?)', (rid, stored))


def resolve(conn: Connection, db: sqlite3.Connection, conflict_id: int, keep: str, *,
            node: str, now_hlc: Callable[[], int], observe: Callable[[int], None],
            actor: str | None) -> Resolved:
    """Settle one conflict (or the held row it belongs to) inside the caller's transaction."""
    choice = KEEP_ALIASES.get(keep.strip().lower())
    if choice is None:
        raise ValidationError("Pilihan harus 'local' atau 'incoming'.", "keep")
    # two staff deciding one conflict at once: the second waits, then finds it settled
    lock = " FOR UPDATE" if is_pg(db) else ""
    row = db.execute(f"SELECT {_CONFLICT_COLUMNS} FROM sync_conflict WHERE id = ?{lock}",
                     (conflict_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Konflik #{conflict_id} tidak ditemukan.")
    k = StoredConflict._make(row)
    if k.status != OPEN:
        raise AsnError(f"Konflik #{conflict_id} sudah diselesaikan.")
    cid, kind, tbl, rid, f, grp = k.id, k.kind, k.tbl, k.row_id, k.field, k.grp
    lv, lh, iv, ih, inode = (k.local_value, k.local_hlc, k.incoming_value, k.incoming_hlc,
                             k.incoming_node)
    held = kind in HELD_KINDS and k.winner == "held"
    now = datetime.now().isoformat(timespec="seconds")
    if kind == DUPLICATE:
        set_capture(conn, False)
        try:
            seq = _resolve_duplicate(db, tbl, rid, f, iv, (ih, inode), choice, node, now_hlc,
                                     observe, actor)
        finally:
            set_capture(conn, True)
        db.execute("UPDATE sync_conflict SET status = ?, resolved_keep = ?, resolved_at = ?, "
                   "resolved_seq = ? WHERE id = ?", (RESOLVED, choice, now, seq, cid))
        return Resolved((cid,), choice)
    if kind == DOUBLE:
        drop, keep_row = (rid, _text(lv)) if choice == "local" else (_text(lv), rid)
        if not _alive(db, tbl, keep_row) and _alive(db, tbl, drop):
            raise ValidationError(f"{TABLE_LABELS.get(tbl, tbl)} yang dipilih sudah dihapus "
                                  "sejak konflik ini dicatat; pilih yang lain.", "keep")
        set_capture(conn, False)
        try:
            seq = _drop_document(db, tbl, drop, node, now_hlc, observe, actor)
        finally:
            set_capture(conn, True)
        db.execute("UPDATE sync_conflict SET status = ?, resolved_keep = ?, resolved_at = ?, "
                   "resolved_seq = ? WHERE id = ?", (RESOLVED, choice, now, seq, cid))
        return Resolved((cid,), choice)
    set_capture(conn, False)
    try:
        if grp is not None:
            first = db.execute("SELECT tbl, row_id FROM sync_conflict WHERE grp = ? "
                               "ORDER BY id LIMIT 1", (grp,)).fetchone()
            ids, seq = _resolve_held_row(db, grp, choice, node, now_hlc, observe, actor)
            tbl, rid = first
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
                observe(cur.hlc)
            if held:
                value = iv if choice == "incoming" else _table_value(db, tbl, rid, f, lv)
                base: tuple[int, str] | None = (ih, inode)
                if cur is not None and (cur.hlc, cur.node) > (ih, inode):
                    # a newer version arrived since the change was held: the decision is
                    # taken over it (it was shown), so it is that version this one replaces
                    base = (cur.hlc, cur.node)
            else:
                value = iv if choice == "incoming" else lv
                base = (cur.hlc, cur.node) if cur else None
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


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _drop_document(db: sqlite3.Connection, tbl: str, rid: str, node: str,
                   now_hlc: Callable[[], int], observe: Callable[[int], None],
                   actor: str | None) -> int:
    """Delete one of a document made twice, with its parts, as new local edits (tombstones:
    they sync, and the document can be brought back)."""
    if not _alive(db, tbl, rid):
        return 0
    base = _version(db, tbl, rid, DELETED_FIELD)
    if base is not None:
        observe(base[0])
    seq = _write(db, tbl, rid, DELETED_FIELD, 1, now_hlc(), node, base, actor, None)
    return _delete_parts(db, tbl, rid, node, now_hlc, actor) or seq


def _resolve_duplicate(db: sqlite3.Connection, tbl: str, rid: str, f: str, incoming: Any,
                       version: tuple[int, str], choice: str, node: str,
                       now_hlc: Callable[[], int], observe: Callable[[int], None],
                       actor: str | None) -> int | None:
    """Taking the package's value needs it to be free by now. Where the incoming value is
    still the recorded version (a unit's copy lagging), only the table catches up; where a
    newer one is in force (the central kept its value as a version of its own), taking the
    package's value is a new version. Keeping the table's value writes nothing."""
    if choice == "local":
        return None
    if f not in TABLES[tbl].fields:
        raise AsnError(f"Kolom {tbl}.{f} tidak dikenal.")
    holder = db.execute(f'SELECT id FROM "{tbl}" WHERE "{f}" = ? AND deleted = 0 AND id != ?',
                        (incoming, rid)).fetchone()
    if holder is not None:
        raise ValidationError(f"Nilai {incoming} masih dipakai baris lain; perbaiki baris itu "
                              "dulu (atau tunggu paket berikutnya), lalu pilih lagi.", "keep")
    cur = _current(db, tbl, rid, f)
    if cur is None or (cur.hlc, cur.node) == version:
        db.execute(f'UPDATE "{tbl}" SET "{f}" = ? WHERE id = ?', (incoming, rid))
        return None
    if scalar(db.execute("SELECT role FROM installation LIMIT 1")) != "central":
        # the central wrote the field again since: a unit never writes it itself
        raise ValidationError(f"{f.upper() if f == 'nip' else f} sudah diganti pusat sesudah "
                              "konflik ini dicatat; pilih nilai di komputer ini untuk "
                              "menutupnya.", "keep")
    observe(cur.hlc)
    return _write(db, tbl, rid, f, incoming, now_hlc(), node, (cur.hlc, cur.node), actor, None)


def _version(db: sqlite3.Connection, tbl: str, rid: str, f: str) -> tuple[int, str] | None:
    cur = _current(db, tbl, rid, f)
    return (cur.hlc, cur.node) if cur else None


def _alive(db: sqlite3.Connection, tbl: str, rid: str) -> bool:
    row = db.execute(f'SELECT deleted FROM "{tbl}" WHERE id = ?', (rid,)).fetchone()
    if row is None:
        return False
    (deleted,) = row
    return not deleted


def _parent_id(db: sqlite3.Connection, tbl: str, rid: str, link: str) -> str | None:
    """The row ``rid`` of ``tbl`` is part of (its ``link`` column), if any."""
    parent = scalar(db.execute(f'SELECT "{link}" FROM "{tbl}" WHERE id = ?', (rid,)))
    return parent if isinstance(parent, str) else None


def _keep_held_parent(db: sqlite3.Connection, tbl: str, rid: str, node: str,
                      now_hlc: Callable[[], int], observe: Callable[[int], None],
                      actor: str | None) -> tuple[tuple[int, ...], int]:
    """A kept part whose parent is itself a new row held here (not applied yet): that row is
    kept too, and so on up, so no part is live without its parent."""
    link = PART_OF.get(tbl)
    if link is None:
        return (), 0
    parent = _parent_id(db, tbl, rid, link[0])
    if parent is None:
        return (), 0
    if db.execute(f'SELECT 1 FROM "{link[1]}" WHERE id = ?', (parent,)).fetchone():
        return (), 0
    grp = db.execute("SELECT grp FROM sync_conflict WHERE status = ? AND grp IS NOT NULL "
                     "AND tbl = ? AND row_id = ? LIMIT 1", (OPEN, link[1], parent)).fetchone()
    if grp is None:
        return (), 0
    (group,) = grp
    ids, seq = _resolve_held_row(db, group, "incoming", node, now_hlc, observe, actor)
    more, seq_more = _keep_held_parent(db, link[1], parent, node, now_hlc, observe, actor)
    return (*ids, *more), seq_more or seq


def _undelete_parent(db: sqlite3.Connection, tbl: str, rid: str, node: str,
                     now_hlc: Callable[[], int], observe: Callable[[int], None],
                     actor: str | None) -> int:
    link = PART_OF.get(tbl)
    if link is None:
        return 0
    parent = _parent_id(db, tbl, rid, link[0])
    if parent is None:
        return 0
    alive = db.execute(f'SELECT deleted FROM "{link[1]}" WHERE id = ?', (parent,)).fetchone()
    if alive is None:
        return 0
    (deleted,) = alive
    if not deleted:  # live (perhaps kept just now): the document above it may not be
        return _undelete_parent(db, link[1], parent, node, now_hlc, observe, actor)
    base = _version(db, link[1], parent, DELETED_FIELD)
    if base is not None:
        base_hlc, _base_node = base
        observe(base_hlc)
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
    items = [HeldChange._make(i) for i in db.execute(
        f"SELECT {_HELD_COLUMNS} FROM sync_conflict "
        "WHERE grp = ? AND status = 'open' ORDER BY incoming_hlc, incoming_node",
        (grp,)).fetchall()]
    seq = 0
    rows: list[tuple[str, str]] = []
    for i in items:
        if (i.tbl, i.row_id) not in rows:
            rows.append((i.tbl, i.row_id))
        observe(i.incoming_hlc)
        cur = _current(db, i.tbl, i.row_id, i.field)
        known = db.execute("SELECT 1 FROM change_log WHERE tbl = ? AND row_id = ? AND field = ? "
                           "AND hlc = ? AND node = ?", (i.tbl, i.row_id, i.field, i.incoming_hlc,
                                                        i.incoming_node)).fetchone()
        if known:
            continue
        if cur is None or (i.incoming_hlc, i.incoming_node) > (cur.hlc, cur.node):
            _set_field(db, i.tbl, i.row_id, i.field, i.incoming_value)
        seq = add_change(db, (i.tbl, i.row_id, i.field, i.incoming_value, i.incoming_hlc,
                              i.incoming_node, i.incoming_base_hlc, i.incoming_base_node,
                              i.incoming_actor, i.package_id)) or seq
    if choice == "local":
        for tbl, rid in rows:
            cur = _current(db, tbl, rid, "deleted")
            if cur is not None:
                observe(cur.hlc)
            seq = _write(db, tbl, rid, "deleted", 1, now_hlc(), node,
                         (cur.hlc, cur.node) if cur else None, actor, None)
            # parts that arrived on their own go with it, so none is left orphaned
            seq = _delete_parts(db, tbl, rid, node, now_hlc, actor) or seq
    return tuple(i.id for i in items), seq


def _held_link(db: sqlite3.Connection, tbl: str, rid: str, link: str) -> str | None:
    """The parent id of a row, from the table or, for a row still held whole, from its held
    change of the link field."""
    row = db.execute(f'SELECT "{link}" FROM "{tbl}" WHERE id = ?', (rid,)).fetchone()
    if row is not None:
        return str(row[0]) if row[0] else None
    held = db.execute("SELECT incoming_value FROM sync_conflict WHERE tbl = ? AND row_id = ? "
                      "AND field = ? AND status = 'open' AND grp IS NOT NULL "
                      "ORDER BY incoming_hlc DESC LIMIT 1", (tbl, rid, link)).fetchone()
    return str(held[0]) if held and held[0] else None


def _under_deleted(db: sqlite3.Connection, tbl: str, rid: str) -> bool:
    """True when the row's document (any row up its part-of chain) is deleted here."""
    seen: set[tuple[str, str]] = set()
    while (tbl, rid) not in seen:
        seen.add((tbl, rid))
        link = PART_OF.get(tbl)
        if link is None:
            return False
        parent = _held_link(db, tbl, rid, link[0])
        if parent is None:
            return False
        tbl, rid = link[1], parent
        row = db.execute(f'SELECT deleted FROM "{tbl}" WHERE id = ?', (rid,)).fetchone()
        if row is not None and row[0]:
            return True
    return False


def settle_held_under_deleted(conn: Connection, db: sqlite3.Connection, *, node: str,
                              now_hlc: Callable[[], int], observe: Callable[[int], None],
                              actor: str | None) -> tuple[int, ...]:
    """New parts held here (awaiting review) whose document this installation has deleted since
    go with the document: each is applied as it came and deleted again as a local edit, so the
    delete that leaves in the next package takes them too and no copy keeps a part under a
    deleted document. Their review records are closed as kept-local (still listed among the
    resolved ones) and the rows stay as tombstones. Returns the conflict ids closed."""
    closed: list[int] = []
    now = datetime.now().isoformat(timespec="seconds")
    set_capture(conn, False)
    try:
        while True:  # a part held under a held part settles once its parent has
            groups = db.execute(
                "SELECT grp, MIN(tbl), MIN(row_id) FROM sync_conflict WHERE status = 'open' "
                "AND grp IS NOT NULL AND winner = 'held' GROUP BY grp").fetchall()
            ready = [g for g, tbl, rid in groups if _under_deleted(db, tbl, rid)]
            if not ready:
                break
            for grp in ready:
                ids, seq = _resolve_held_row(db, grp, "local", node, now_hlc, observe, actor)
                db.executemany(
                    "UPDATE sync_conflict SET status = ?, resolved_keep = 'local', "
                    "resolved_at = ?, resolved_seq = ? WHERE id = ?",
                    [(RESOLVED, now, seq, i) for i in ids])
                closed.extend(ids)
    finally:
        set_capture(conn, True)
    return tuple(closed)
