"""Sync use cases for the GUI page Sinkronisasi and the ``sync`` commands.

Long operations take ``progress(done, total)`` and ``cancelled() -> bool`` and run in the calling
(worker) thread; each opens its own transactions. Results carry ``ringkasan``, a summary in
Bahasa Indonesia.

This module holds export, import and the inbox; the status, conflicts and fingerprint are in
sync_status.py, invitations, revocation and keys in sync_kunci.py, and all their names are
importable from here.
"""

from __future__ import annotations

import dataclasses
import hashlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from asn_desktop.db.sync_models import ACTIVE, INVITED, REVOKED
from asn_desktop.errors import AsnError, Cancelled, PackageRejected
from asn_desktop.progress import CancelCheck, Progress
from asn_desktop.services import jejak_kirim, pengaduan, sertifikat
from asn_desktop.services.sync_kunci import PESAN_KODE as PESAN_KODE
from asn_desktop.services.sync_kunci import InviteResult as InviteResult
from asn_desktop.services.sync_kunci import RevokeResult as RevokeResult
from asn_desktop.services.sync_kunci import RotateResult as RotateResult
from asn_desktop.services.sync_kunci import init_from_setup as init_from_setup
from asn_desktop.services.sync_kunci import invite as invite
from asn_desktop.services.sync_kunci import key_fingerprint as key_fingerprint
from asn_desktop.services.sync_kunci import revoke as revoke
from asn_desktop.services.sync_kunci import rotate_keys as rotate_keys
from asn_desktop.services.sync_lokal import keys as _keys
from asn_desktop.services.sync_lokal import local as _local
from asn_desktop.services.sync_status import STATUS_LABEL as STATUS_LABEL
from asn_desktop.services.sync_status import PeerStatus as PeerStatus
from asn_desktop.services.sync_status import SyncStatus as SyncStatus
from asn_desktop.services.sync_status import clock_warning as clock_warning
from asn_desktop.services.sync_status import conflict_entries as conflict_entries
from asn_desktop.services.sync_status import conflicts as conflicts
from asn_desktop.services.sync_status import fingerprint as fingerprint
from asn_desktop.services.sync_status import list_conflicts as list_conflicts
from asn_desktop.services.sync_status import pending_counts as pending_counts
from asn_desktop.services.sync_status import resolve as resolve
from asn_desktop.services.sync_status import resolve_conflict as resolve_conflict
from asn_desktop.services.sync_status import status as status
from asn_desktop.services.workspace import Workspace
from asn_desktop.sync import conflicts as conflicts_mod
from asn_desktop.sync import peers as peers_mod
from asn_desktop.sync import setupfile
from asn_desktop.sync.container import EXT_PACKAGE
from asn_desktop.sync.export import write_package
from asn_desktop.sync.importer import ImportOutcome, import_file
from asn_desktop.sync.keys import KeyPair
from asn_desktop.sync.scope import raw
from asn_desktop.teks import _, _n

BACKUP_LABEL = "sebelum-impor"
KEEP_BACKUPS = 10
ARCHIVE = "paket-masuk"

__all__ = [
    "ExportResult", "ImportResult", "InboxResult", "InviteResult", "SyncStatus", "clock_warning",
    "conflicts", "export", "fingerprint", "import_package", "import_packages", "inbox", "invite",
    "pending_counts", "resolve", "revoke", "status",
]


# ----------------------------------------------------------------------------------- export


@dataclass(frozen=True)
class ExportedFile:
    path: Path
    penerima: str
    jenis: str
    perubahan: int
    baris: int
    ukuran: int
    di_luar_wewenang: int = 0


@dataclass(frozen=True)
class ExportResult:
    files: tuple[ExportedFile, ...]
    dilewati: tuple[str, ...] = ()
    distempel_ulang: int = 0  # own changes stamped anew: the clock had run ahead
    di_luar_wewenang: int = 0  # a unit's own changes outside its authority, never sent

    @property
    def ringkasan(self) -> str:
        lines = []
        if self.distempel_ulang:
            lines.append(_("Jam komputer ini sempat terlalu maju: {n} catatan perubahan diberi "
                           "cap waktu baru agar dapat diterima.").format(n=self.distempel_ulang))
        lines += [_("Paket untuk {penerima}: {berkas} ({perubahan} perubahan, {ukuran})").format(
            penerima=f.penerima, berkas=f.path.name, perubahan=f.perubahan,
            ukuran=_size(f.ukuran)) for f in self.files]
        if not self.files:
            lines.append(_("Tidak ada paket yang dibuat."))
        if self.di_luar_wewenang:
            lines.append(_("Perhatian: {n} perubahan di komputer ini mengubah data di luar "
                           "wewenang unit ini (data induk pusat, unit lain, atau pegawai yang "
                           "sudah pindah) dan tidak dikirim; di komputer ini data itu berbeda "
                           "dari pusat. Hubungi BKPSDM.").format(n=self.di_luar_wewenang))
        lines += [_("Dilewati: {alasan}").format(alasan=d) for d in self.dilewati]
        return "\n".join(lines)


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / 1024 / 1024:.1f} MB"
    return f"{max(1, n // 1024)} KB"


def _export_one(ws: Workspace, keys: KeyPair, peer: peers_mod.Peer, out: Path, *, full: bool,
                single: bool, progress: Progress | None, cancelled: CancelCheck | None
                ) -> ExportedFile:
    local = _local(ws)
    with ws.db.Session() as s:
        db = raw(s)
        plan = peers_mod.plan_for(db, local, ws.info.nama, keys, peer, full=full)
        plan = dataclasses.replace(plan, pki=sertifikat.untuk_paket(ws, peer.node_id))
        path = peers_mod.package_path(out, plan.sender.kode, peer.label, full=full,
                                      single=single)
        written = write_package(db, plan, keys, path, progress=progress, cancelled=cancelled)
        m = written.manifest
        outside = (peers_mod.outside_authority(db, local, m.from_seq, m.to_seq)
                   if m.kind == "delta" else 0)
    with ws.session() as s:
        peers_mod.record_sent(raw(s), peer.node_id, m.package_id, m.kind, m.from_seq, m.to_seq,
                              m.changes, path.name, written.roots)
    return ExportedFile(path, peer.nama or peer.label, m.kind, m.changes, m.rows, written.size,
                        outside)


def export(ws: Workspace, out: Path | str, *, unit_kode: str | None = None, full: bool = False,
           progress: Progress | None = None, cancelled: CancelCheck | None = None
           ) -> ExportResult:
    """Write the package(s) of changes not yet acknowledged (``full``: a whole snapshot).

    On a unit: one file for the central. On the central: one file for ``unit_kode``, or one per
    enrolled unit into the folder ``out``. ``out`` may be a folder (a name is made up from who
    and when) or, for a single package, a file name.
    """
    out = Path(out)
    keys = _keys(ws)
    restamped = restamp_clock(ws)
    settle_held(ws)
    with ws.db.Session() as s:
        db = raw(s)
        if not ws.is_central:
            targets = [peers_mod.central_peer(db)]
            skipped: list[str] = []
        elif unit_kode:
            unit_id, kode, _nama = peers_mod.unit_by_kode(db, unit_kode)
            peer = peers_mod.unit_peer(db, unit_id, statuses=(ACTIVE, INVITED)) or (
                peers_mod.unit_peer(db, unit_id, statuses=(REVOKED,)))
            if peer is None:
                raise AsnError(_("Unit {kode} belum diundang. Buat paket penyiapan dengan "
                                 "'asn-desktop sync invite --unit {kode} --out BERKAS'.").format(
                                     kode=kode))
            targets, skipped = [peer], []
        else:
            everyone = [p for p in peers_mod.peers(db) if p.role == "unit"]
            targets = [p for p in everyone if p.status == ACTIVE and p.box_pub]
            skipped = [_("{kode} (belum mengirim paket pertama)").format(kode=p.kode)
                       for p in everyone if p.status == INVITED]
            if not targets:
                raise AsnError(_("Belum ada unit terdaftar yang dapat dikirimi paket."))
    files = []
    single = len(targets) == 1 and (unit_kode is not None or not ws.is_central)
    try:
        for i, peer in enumerate(targets):
            def part(done: int, total: int, i: int = i) -> None:
                if progress is not None:
                    progress(i * 1000 + done * 1000 // max(total, 1), len(targets) * 1000)

            files.append(_export_one(ws, keys, peer, out, full=full, single=single,
                                     progress=part if progress else None, cancelled=cancelled))
    finally:
        if files:
            jejak_kirim.record(ws)
    return ExportResult(tuple(files), tuple(skipped), restamped,
                        sum(f.di_luar_wewenang for f in files))


export_package = export


def restamp_clock(ws: Workspace) -> int:
    """Give this installation's changes stamped by a clock that ran ahead a new stamp, now that
    the clock is right (sync/restamp.py); the number of change records stamped anew."""
    from asn_desktop.db.hlc import ceiling
    from asn_desktop.sync.restamp import restamp_ahead

    if ws.db.is_postgresql:
        return 0  # the server's clock stamps every change of a central kept there
    clock = ws.db.context.clock
    wall = clock.wall()
    if clock.last <= ceiling(wall):
        return 0  # nothing recorded here lies beyond the window: no query on the change log
    with ws.session() as s:
        done = restamp_ahead(raw(s), ws.info.node_id, wall)
    if done is None:
        return 0
    clock.rewind(done.last)
    return done.changes


def settle_held(ws: Workspace) -> int:
    """New parts held for review whose document was deleted here since go with it before the
    delete leaves (sync/conflicts.settle_held_under_deleted); the number of records closed."""
    ctx = ws.db.context
    with ws.session() as s:
        if not raw(s).execute("SELECT 1 FROM sync_conflict WHERE status = 'open' "
                              "AND grp IS NOT NULL LIMIT 1").fetchone():
            return 0
        closed = conflicts_mod.settle_held_under_deleted(
            s.connection(), raw(s), node=ws.info.node_id, now_hlc=ctx.hlc,
            observe=ctx.clock.observe, actor=ctx.actor)
    return len(closed)


# ----------------------------------------------------------------------------------- import


@dataclass(frozen=True)
class ImportResult:
    berkas: str
    package_id: str
    pengirim: str
    jenis: str
    sudah_diimpor: bool
    perubahan: int = 0
    diterapkan: int = 0
    duplikat: int = 0
    baris_baru: int = 0
    baris_diubah: int = 0
    konflik: int = 0
    ditahan: int = 0
    diikat: bool = False
    catatan: str | None = None  # e.g. a PDF-signing certificate received or issued

    @property
    def ringkasan(self) -> str:
        if self.sudah_diimpor:
            return _("Paket {berkas} dari {pengirim} sudah pernah diimpor; tidak ada yang "
                     "berubah.").format(berkas=self.berkas, pengirim=self.pengirim)
        text = _("Paket {berkas} dari {pengirim} diterapkan: {perubahan} perubahan ({diterapkan} "
                 "baru, {duplikat} sudah ada), {baris_baru} baris baru, {baris_diubah} baris "
                 "diperbarui").format(
                     berkas=self.berkas, pengirim=self.pengirim, perubahan=self.perubahan,
                     diterapkan=self.diterapkan, duplikat=self.duplikat,
                     baris_baru=self.baris_baru, baris_diubah=self.baris_diubah)
        if self.konflik:
            text += _(", {n} konflik dicatat").format(n=self.konflik)
        if self.ditahan:
            text += _(", {n} perubahan ditahan untuk ditinjau (dokumen yang sudah disetujui, "
                      "atau pegawai yang sudah dipindahkan)").format(n=self.ditahan)
        if self.diikat:
            text += _("; kunci unit ini kini terdaftar di pusat")
        if self.catatan:
            text += "; " + self.catatan
        return text + "."


def _result(o: ImportOutcome) -> ImportResult:
    st = o.stats
    return ImportResult(o.file_name, o.package_id, o.sender_nama, o.kind, o.already,
                        st.changes, st.applied, st.duplicates, st.rows_new, st.rows_updated,
                        st.conflicts, st.held, o.bound)


class _Backup:
    """One backup of the data file before the first package of a call writes anything."""

    def __init__(self, ws: Workspace, enabled: bool) -> None:
        self.ws = ws
        self.done = not enabled

    def __call__(self) -> None:
        if self.done:
            return
        self.ws.db.backup(self.ws.paths.backups, BACKUP_LABEL)
        self.done = True
        old = sorted(self.ws.paths.backups.glob(f"*-{BACKUP_LABEL}.*"))  # .sqlite or .dump
        for p in old[:-KEEP_BACKUPS]:
            p.unlink(missing_ok=True)


def import_package(ws: Workspace, path: Path | str, *, progress: Progress | None = None,
                   cancelled: CancelCheck | None = None, backup: bool = True) -> ImportResult:
    """Apply one package, all or nothing. Raises PackageRejected (nothing changed) when it is
    refused; a package already applied is reported as such and changes nothing."""
    return import_packages(ws, [path], progress=progress, cancelled=cancelled,
                           backup=backup)[0]


def import_packages(ws: Workspace, paths: Sequence[Path | str], *,
                    progress: Progress | None = None, cancelled: CancelCheck | None = None,
                    backup: bool = True,
                    on_rejected: Callable[[Path, PackageRejected], None] | None = None,
                    ) -> list[ImportResult]:
    """Apply packages in the given order (each in its own transaction), with one backup of the
    data file before the first write. A rejected package raises (those before it stay applied)
    unless ``on_rejected`` is given: then it is reported there and the rest still go in."""
    keys = _keys(ws)
    before = _Backup(ws, backup)
    out = []
    n = len(paths)
    for i, p in enumerate(paths):
        def part(done: int, total: int, i: int = i) -> None:
            if progress is not None:
                progress(i * 1000 + done * 1000 // max(total, 1), n * 1000)

        path = Path(p)
        try:
            if not path.is_file():
                raise PackageRejected(_("Berkas {path} tidak ditemukan.").format(path=path),
                                      "missing_file")
            if setupfile.is_setup_file(path):
                raise PackageRejected(
                    _("Ini paket penyiapan unit, bukan paket sinkronisasi: pakai di komputer "
                      "unit yang baru, saat aplikasi pertama kali dibuka (pilih 'Instalasi "
                      "unit'), atau dengan 'asn-desktop init --from BERKAS --kode KODE'."),
                    "setup_package")
            o = import_file(ws.db, _local(ws), keys, path, ws.paths.data_dir / ARCHIVE,
                            progress=part if progress else None, cancelled=cancelled,
                            before_write=before)
        except PackageRejected as exc:
            if on_rejected is None:
                raise
            on_rejected(path, exc)
            continue
        res = _result(o)
        notes = [sertifikat.dari_paket(ws, o.sender_node, o.pki), _renumbered(ws, res)]
        catatan = "; ".join(note for note in notes if note)
        out.append(dataclasses.replace(res, catatan=catatan) if catatan else res)
    return out


def _renumbered(ws: Workspace, res: ImportResult) -> str | None:
    """A unit's complaint numbers issued twice (after a restore) made one again, said."""
    if ws.is_central or res.sudah_diimpor or not res.diterapkan:
        return None
    with ws.session() as s:
        pairs = pengaduan.nomor_ganda_diganti(s)
    if not pairs:
        return None
    return _n("1 pengaduan mendapat nomor baru karena nomornya sudah dipakai pengaduan yang "
              "dikembalikan pusat: {daftar}",
              "{n} pengaduan mendapat nomor baru karena nomornya sudah dipakai pengaduan yang "
              "dikembalikan pusat: {daftar}", len(pairs)).format(
                  n=len(pairs), daftar=", ".join(f"{a} → {b}" for a, b in pairs))


# ------------------------------------------------------------------------------------ inbox


@dataclass(frozen=True)
class InboxResult:
    diterima: tuple[ImportResult, ...] = ()
    ditolak: tuple[tuple[str, str], ...] = ()  # (file, reason)
    dilewati: int = 0  # seen before
    menunggu: int = 0  # still being written (copied or synced in); looked at again later

    @property
    def ringkasan(self) -> str:
        lines = [r.ringkasan for r in self.diterima]
        lines += [_("Paket {berkas} ditolak: {alasan}").format(berkas=f, alasan=why)
                  for f, why in self.ditolak]
        if self.menunggu:
            lines.append(_("{n} berkas paket masih sedang disalin; diperiksa lagi sebentar "
                           "lagi.").format(n=self.menunggu))
        if not lines:
            lines.append(_("Tidak ada paket baru di folder kotak masuk."))
        return "\n".join(lines)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(1024 * 1024):
            h.update(block)
    return h.hexdigest()


def inbox(ws: Workspace, folder: Path | str, *, progress: Progress | None = None,
          cancelled: CancelCheck | None = None, settle_seconds: float = 0) -> InboxResult:
    """Import the package files in ``folder`` not seen before (by content), oldest first,
    remembering each one with its outcome. Rejected files are remembered too (not retried;
    a file that changes is new content). Files modified less than ``settle_seconds`` ago are
    left for a later scan: a watched folder sees a file while it is still being copied."""
    folder = Path(folder)
    if not folder.is_dir():
        raise AsnError(_("Folder kotak masuk {folder} tidak ditemukan.").format(folder=folder))
    fresh_after = time.time() - settle_seconds
    candidates = [p for p in folder.iterdir() if p.is_file() and p.suffix == EXT_PACKAGE]
    waiting = [p for p in candidates if settle_seconds and p.stat().st_mtime > fresh_after]
    files = sorted((p for p in candidates if p not in waiting),
                   key=lambda p: (p.stat().st_mtime, p.name))
    keys = _keys(ws)
    before = _Backup(ws, True)
    done: list[ImportResult] = []
    bad: list[tuple[str, str]] = []
    skipped = 0
    for i, p in enumerate(files):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(i, len(files))
        digest = _sha256(p)
        with ws.db.Session() as s:
            seen = raw(s).execute("SELECT 1 FROM sync_inbox_seen WHERE sha256 = ?",
                                  (digest,)).fetchone()
        if seen:
            skipped += 1
            continue
        try:
            o = import_file(ws.db, _local(ws), keys, p, ws.paths.data_dir / ARCHIVE,
                            cancelled=cancelled, before_write=before)
        except Cancelled:
            break
        except PackageRejected as exc:
            bad.append((p.name, exc.message))
            outcome = f"ditolak: {exc.reason}"
        else:
            r = _result(o)
            done.append(r)
            outcome = "sudah diimpor" if r.sudah_diimpor else "diterapkan"
        with ws.session() as s:
            raw(s).execute("INSERT INTO sync_inbox_seen (sha256, file_name, seen_at, result) "
                           "VALUES (?,?,?,?) ON CONFLICT (sha256) DO UPDATE SET "
                           "file_name = excluded.file_name, seen_at = excluded.seen_at, "
                           "result = excluded.result",
                           (digest, p.name[:255], datetime.now().isoformat(timespec="seconds"),
                            outcome))
    if progress is not None:
        progress(len(files), len(files))
    return InboxResult(tuple(done), tuple(bad), skipped, len(waiting))


scan_inbox = inbox
