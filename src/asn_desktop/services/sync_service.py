"""Sync use cases for the GUI page Sinkronisasi and the ``sync`` commands.

Long operations take ``progress(done, total)`` and ``cancelled() -> bool`` and run in the calling
(worker) thread; each opens its own transactions. Results carry ``ringkasan``, a summary in
Bahasa Indonesia.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.db import hlc as hlc_mod
from asn_desktop.db.models import Installation
from asn_desktop.db.sync_models import ACTIVE, INVITED, REVOKED
from asn_desktop.errors import AsnError, Cancelled, PackageRejected
from asn_desktop.progress import CancelCheck, Progress
from asn_desktop.services.workspace import Workspace
from asn_desktop.sync import conflicts as conflicts_mod
from asn_desktop.sync import lineage, setupfile
from asn_desktop.sync import peers as peers_mod
from asn_desktop.sync.conflicts import ConflictView, Resolved
from asn_desktop.sync.container import EXT_PACKAGE
from asn_desktop.sync.export import write_package
from asn_desktop.sync.fingerprint import fingerprint as _fingerprint
from asn_desktop.sync.importer import ImportOutcome, Local, import_file
from asn_desktop.sync.keys import KeyPair, load_keys
from asn_desktop.sync.scope import raw

BACKUP_LABEL = "sebelum-impor"
KEEP_BACKUPS = 10
ARCHIVE = "paket-masuk"

__all__ = [
    "ExportResult", "ImportResult", "InboxResult", "InviteResult", "SyncStatus", "clock_warning",
    "conflicts", "export", "fingerprint", "import_package", "import_packages", "inbox", "invite",
    "pending_counts", "resolve", "revoke", "status",
]


def _local(ws: Workspace) -> Local:
    return Local(ws.info.node_id, ws.info.role, ws.info.unit_id)


def _keys(ws: Workspace) -> KeyPair:
    return load_keys(ws.paths.keys)


# ----------------------------------------------------------------------------------- export


@dataclass(frozen=True)
class ExportedFile:
    path: Path
    penerima: str
    jenis: str
    perubahan: int
    baris: int
    ukuran: int


@dataclass(frozen=True)
class ExportResult:
    files: tuple[ExportedFile, ...]
    dilewati: tuple[str, ...] = ()
    distempel_ulang: int = 0  # own changes stamped anew: the clock had run ahead

    @property
    def ringkasan(self) -> str:
        lines = []
        if self.distempel_ulang:
            lines.append(f"Jam komputer ini sempat terlalu maju: {self.distempel_ulang} "
                         "catatan perubahan diberi cap waktu baru agar dapat diterima.")
        lines += [f"Paket untuk {f.penerima}: {f.path.name} ({f.perubahan} perubahan, "
                  f"{_size(f.ukuran)})" for f in self.files]
        if not self.files:
            lines.append("Tidak ada paket yang dibuat.")
        lines += [f"Dilewati: {d}" for d in self.dilewati]
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
        path = peers_mod.package_path(out, plan.sender.kode, peer.label, full=full,
                                      single=single)
        written = write_package(db, plan, keys, path, progress=progress, cancelled=cancelled)
    m = written.manifest
    with ws.db.session() as s:
        peers_mod.record_sent(raw(s), peer.node_id, m.package_id, m.kind, m.from_seq, m.to_seq,
                              m.changes, path.name, written.roots)
    return ExportedFile(path, peer.nama or peer.label, m.kind, m.changes, m.rows, written.size)


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
                raise AsnError(f"Unit {kode} belum diundang. Buat paket penyiapan dengan "
                               f"'asn-desktop sync invite --unit {kode} --out BERKAS'.")
            targets, skipped = [peer], []
        else:
            everyone = [p for p in peers_mod.peers(db) if p.role == "unit"]
            targets = [p for p in everyone if p.status == ACTIVE and p.box_pub]
            skipped = [f"{p.kode} (belum mengirim paket pertama)" for p in everyone
                       if p.status == INVITED]
            if not targets:
                raise AsnError("Belum ada unit terdaftar yang dapat dikirimi paket.")
    files = []
    single = len(targets) == 1 and (unit_kode is not None or not ws.is_central)
    for i, peer in enumerate(targets):
        def part(done: int, total: int, i: int = i) -> None:
            if progress is not None:
                progress(i * 1000 + done * 1000 // max(total, 1), len(targets) * 1000)

        files.append(_export_one(ws, keys, peer, out, full=full, single=single,
                                 progress=part if progress else None, cancelled=cancelled))
    return ExportResult(tuple(files), tuple(skipped), restamped)


export_package = export


def restamp_clock(ws: Workspace) -> int:
    """Give this installation's changes stamped by a clock that ran ahead a new stamp, now that
    the clock is right (sync/restamp.py); the number of change records stamped anew."""
    from asn_desktop.sync.restamp import restamp_ahead

    clock = ws.db.context.clock
    with ws.db.session() as s:
        done = restamp_ahead(raw(s), ws.info.node_id, clock.wall())
    if done is None:
        return 0
    clock.rewind(done.last)
    return done.changes


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

    @property
    def ringkasan(self) -> str:
        if self.sudah_diimpor:
            return (f"Paket {self.berkas} dari {self.pengirim} sudah pernah diimpor; tidak ada "
                    "yang berubah.")
        text = (f"Paket {self.berkas} dari {self.pengirim} diterapkan: {self.perubahan} "
                f"perubahan ({self.diterapkan} baru, {self.duplikat} sudah ada), "
                f"{self.baris_baru} baris baru, {self.baris_diubah} baris diperbarui")
        if self.konflik:
            text += f", {self.konflik} konflik dicatat"
        if self.ditahan:
            text += (f", {self.ditahan} perubahan ditahan untuk ditinjau (dokumen yang sudah "
                     "disetujui, atau pegawai yang sudah dipindahkan)")
        if self.diikat:
            text += "; kunci unit ini kini terdaftar di pusat"
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
        old = sorted(self.ws.paths.backups.glob(f"*-{BACKUP_LABEL}.sqlite"))
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
                raise PackageRejected(f"Berkas {path} tidak ditemukan.", "missing_file")
            if setupfile.is_setup_file(path):
                raise PackageRejected("Ini paket penyiapan unit; gunakan 'asn-desktop init "
                                      "--from BERKAS --kode KODE' untuk memakainya.",
                                      "setup_package")
            o = import_file(ws.db, _local(ws), keys, path, ws.paths.data_dir / ARCHIVE,
                            progress=part if progress else None, cancelled=cancelled,
                            before_write=before)
        except PackageRejected as exc:
            if on_rejected is None:
                raise
            on_rejected(path, exc)
            continue
        out.append(_result(o))
    return out


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
        lines += [f"Paket {f} ditolak: {why}" for f, why in self.ditolak]
        if self.menunggu:
            lines.append(f"{self.menunggu} berkas paket masih sedang disalin; diperiksa lagi "
                         "sebentar lagi.")
        if not lines:
            lines.append("Tidak ada paket baru di folder kotak masuk.")
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
        raise AsnError(f"Folder kotak masuk {folder} tidak ditemukan.")
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
        with ws.db.session() as s:
            raw(s).execute("INSERT OR REPLACE INTO sync_inbox_seen (sha256, file_name, seen_at, "
                           "result) VALUES (?,?,?,?)",
                           (digest, p.name[:255], datetime.now().isoformat(timespec="seconds"),
                            outcome))
    if progress is not None:
        progress(len(files), len(files))
    return InboxResult(tuple(done), tuple(bad), skipped, len(waiting))


scan_inbox = inbox


# ----------------------------------------------------------------------------------- status


@dataclass(frozen=True)
class PeerStatus:
    nama: str
    kode: str
    peran: str
    status: str
    terakhir_dikirim: str | None
    paket_terakhir_dikirim: str | None
    terakhir_diterima: str | None
    paket_terakhir_diterima: str | None
    dikonfirmasi_sampai: int
    diterima_sampai: int
    tertunda: int
    pemulihan: str | None = None  # a restore, here or there, that the next packages repair

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


STATUS_LABEL = {"active": "aktif", "invited": "diundang", "revoked": "dicabut"}


@dataclass(frozen=True)
class SyncStatus:
    peran: str
    node: str
    peers: tuple[PeerStatus, ...]
    konflik: int
    paket_belum_dikirim: int
    perubahan_terakhir: int
    peringatan_jam: str | None = None

    @property
    def ringkasan(self) -> str:
        if not self.peers:
            head = "Belum ada instalasi lain yang terhubung"
        else:
            head = "; ".join(
                f"{p.nama} ({STATUS_LABEL.get(p.status, p.status)}): {p.tertunda} perubahan "
                "tertunda" for p in self.peers)
        text = (f"{head}. Konflik terbuka: {self.konflik}. Instalasi yang perlu dikirimi paket: "
                f"{self.paket_belum_dikirim}.")
        for p in self.peers:
            if p.pemulihan:
                text += f"\n{p.nama}: {p.pemulihan}"
        return f"{text}\nPERINGATAN: {self.peringatan_jam}" if self.peringatan_jam else text

    def to_json(self) -> dict[str, Any]:
        return {"peran": self.peran, "node": self.node, "konflik": self.konflik,
                "paket_belum_dikirim": self.paket_belum_dikirim,
                "perubahan_terakhir": self.perubahan_terakhir,
                "peringatan_jam": self.peringatan_jam,
                "peers": [p.to_json() for p in self.peers]}


def status(ws: Workspace) -> SyncStatus:
    local = _local(ws)
    with ws.db.Session() as s:
        db = raw(s)
        rows = []
        chain = lineage.load(db)
        restored = (datetime.fromtimestamp(hlc_mod.physical_ms(chain[-1].restored_hlc) / 1000)
                    .isoformat(timespec="seconds") if len(chain) > 1 else None)
        for p in peers_mod.peers(db):
            note = None
            if p.give_back_until:
                note = ("dipulihkan dari cadangan; paket berikutnya untuknya mengirim ulang apa "
                        "yang hilang darinya, tanpa --full.")
            elif restored and (p.last_recv_at is None or p.last_recv_at < restored):
                note = ("belum ada paket darinya sejak komputer ini dipulihkan dari cadangan; "
                        "paket berikutnya darinya mengembalikan apa yang hilang di sini.")
            rows.append(PeerStatus(
                p.nama, p.kode or peers_mod.CENTRAL_LABEL, p.role, p.status, p.last_sent_at,
                p.last_sent_package, p.last_recv_at, p.last_recv_package, p.acked_seq,
                p.recv_upto, peers_mod.pending_for(db, local, p), note))
        konflik = conflicts_mod.count_open(db)
        unsent = peers_mod.unsent_peers(db, local)
        last = peers_mod.max_seq(db)
    return SyncStatus(local.role, local.node_id, tuple(rows), konflik, unsent, last,
                      clock_warning(ws))


def clock_warning(ws: Workspace) -> str | None:
    """Why this PC's date looks wrong, if it does (Beranda and ``sync status`` say so)."""
    clock = ws.db.context.clock
    return hlc_mod.clock_warning(clock.wall(), clock.last)


def pending_counts(s: Session) -> tuple[int, int]:
    """(open conflicts, installations with changes not yet packaged for them) for the Beranda."""
    inst = s.scalars(select(Installation)).first()
    if inst is None:
        return 0, 0
    db = raw(s)
    local = Local(inst.node_id, inst.role, inst.unit_id)
    return conflicts_mod.count_open(db), peers_mod.unsent_peers(db, local)


# -------------------------------------------------------------------------------- conflicts


def conflicts(ws: Workspace, *, include_resolved: bool = False) -> list[ConflictView]:
    with ws.db.Session() as s:
        return conflicts_mod.list_conflicts(raw(s), ws.info.node_id,
                                            include_resolved=include_resolved)


list_conflicts = conflicts


def conflict_entries(items: list[ConflictView]) -> list[conflicts_mod.ConflictEntry]:
    """The conflict list as people read it (a new row held whole is one entry)."""
    return conflicts_mod.entries(items)


def resolve(ws: Workspace, conflict: int | str | ConflictView, keep: str) -> Resolved:
    """Keep the local or the incoming value; written as a new local edit, so it syncs."""
    cid = conflict.id if isinstance(conflict, ConflictView) else int(conflict)
    ctx = ws.db.context
    with ws.db.session() as s:
        return conflicts_mod.resolve(s.connection(), raw(s), cid, keep, node=ws.info.node_id,
                                     now_hlc=ctx.hlc, observe=ctx.clock.observe,
                                     actor=ctx.actor)


resolve_conflict = resolve


# ------------------------------------------------------------------------------ fingerprint


def fingerprint(ws: Workspace, unit_kode: str | None = None) -> str:
    """One hash of the synced content (or of one unit's scope): equal on two installations
    exactly when they hold the same data."""
    with ws.db.Session() as s:
        db = raw(s)
        unit_id = peers_mod.unit_by_kode(db, unit_kode)[0] if unit_kode else None
        return _fingerprint(db, unit_id)


# ---------------------------------------------------------------------------- invite/revoke


@dataclass(frozen=True)
class InviteResult:
    path: Path
    unit_kode: str
    unit_nama: str
    perubahan: int
    kode: str  # the enrolment code, shown once: the central does not keep it

    @property
    def ringkasan(self) -> str:
        return (f"Paket penyiapan untuk {self.unit_nama} ({self.unit_kode}) ditulis ke "
                f"{self.path}.\n"
                f"Kode pendaftaran: {self.kode}\n"
                f"{PESAN_KODE} Di komputer unit jalankan 'asn-desktop init --from BERKAS "
                "--kode KODE'.")


# What to do with an enrolment code (the CLI and the Sinkronisasi page say the same).
PESAN_KODE = ("Berikan kode ini kepada unit terpisah dari berkasnya: lewat telepon atau "
              "langsung, jangan dalam e-mail atau flashdisk yang sama. Berkas tanpa kode tidak "
              "dapat dibuka. Kode ini tidak disimpan; bila hilang, buat paket penyiapan baru.")


def _require_central(ws: Workspace) -> None:
    if not ws.is_central:
        raise AsnError("Perintah ini hanya untuk instalasi pusat (BKPSDM).")


def invite(ws: Workspace, unit_kode: str, out: Path | str) -> InviteResult:
    """Write a setup file for one unit (master data, the central's keys, a one-time enrolment
    secret, sealed with a new enrolment code) and remember the invitation. The code is in the
    result and nowhere else."""
    _require_central(ws)
    keys = _keys(ws)
    kode = setupfile.new_code()
    # The setup package is written in clear inside this installation's own (private) folder,
    # sealed from there into ``out``, and removed: it never touches the destination unsealed.
    ws.paths.data_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".undangan-", dir=ws.paths.data_dir))
    try:
        with ws.db.session() as s:
            db = raw(s)
            inv = peers_mod.new_invitation(db, unit_kode)
            plan = peers_mod.setup_plan(db, _local(ws), ws.info.nama, keys, inv)
            path = peers_mod.setup_path(Path(out), inv.unit_kode)
            written = write_package(db, plan, keys, work / path.name)
            setupfile.seal(written.path, path, kode)
            m = written.manifest
            peers_mod.record_sent(db, inv.node_id, m.package_id, m.kind, m.from_seq, m.to_seq,
                                  m.changes, path.name, written.roots)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return InviteResult(path, inv.unit_kode, inv.unit_nama, m.changes, kode)


@dataclass(frozen=True)
class RevokeResult:
    unit_kode: str
    unit_nama: str

    @property
    def ringkasan(self) -> str:
        return (f"Instalasi unit {self.unit_nama} ({self.unit_kode}) dicabut: paketnya tidak "
                "diterima lagi.")


def revoke(ws: Workspace, unit_kode: str) -> RevokeResult:
    _require_central(ws)
    with ws.db.session() as s:
        peer = peers_mod.revoke(raw(s), unit_kode)
    return RevokeResult(peer.kode or unit_kode, peer.nama)


def key_fingerprint(public: bytes) -> str:
    """A short readable fingerprint of a public signing key (to compare by phone)."""
    h = hashlib.sha256(public).hexdigest()[:16].upper()
    return "-".join(h[i:i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True)
class RotateResult:
    sidik_lama: str
    sidik_baru: str
    pusat: bool

    @property
    def ringkasan(self) -> str:
        kepada = "semua unit" if self.pusat else "pusat"
        return (f"Kunci instalasi diganti (sidik lama {self.sidik_lama}, baru {self.sidik_baru}). "
                f"Paket berikutnya ke {kepada} membawa pengumuman kunci baru yang ditandatangani "
                "kunci lama, jadi penerima mengikutinya tanpa pendaftaran ulang; lembar yang "
                "sudah dicetak tetap dapat diverifikasi. Buat cadangan baru sekarang: cadangan "
                "lama masih memuat kunci lama.")


def rotate_keys(ws: Workspace) -> RotateResult:
    """Replace this installation's keys (sync/keys.py: the new keys are announced in every
    package, signed by the old one)."""
    from asn_desktop.sync.keys import rotate

    old = _keys(ws)
    pair, _ = rotate(ws.paths.keys, ws.info.node_id)
    return RotateResult(key_fingerprint(old.sign_public), key_fingerprint(pair.sign_public),
                        ws.is_central)


def init_from_setup(paths: Any, setup: Path | str, kode: str) -> Workspace:
    from asn_desktop.services.enrol import init_from_setup as _init

    return _init(paths, setup, kode)

