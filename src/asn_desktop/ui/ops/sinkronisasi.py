"""What a person does on Sinkronisasi: make and receive packages, invite a unit, watch an
inbox folder, settle a conflict, change keys."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from asn_desktop.errors import PackageRejected
from asn_desktop.services import sync_service as svc
from asn_desktop.services.workspace import Workspace
from asn_desktop.sync.conflicts import ConflictView, Resolved
from asn_desktop.ui.context import ALL, SYNC
from asn_desktop.ui.operations import OpContext
from asn_desktop.ui.ops import Op, kerja, label

INBOX_KEY = "sync_inbox"
INBOX_SETTLE_SECONDS = 2.0  # a watched file younger than this may still be being copied


@dataclass
class ImportSummary:
    """What happened to each file of one import action."""

    diterapkan: list[svc.ImportResult] = field(default_factory=list)
    sudah: list[svc.ImportResult] = field(default_factory=list)
    ditolak: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)


def _import_files(ws: Workspace, paths: list[Path], op: OpContext) -> ImportSummary:
    """Each file on its own (all or nothing per package); a refused file does not stop the
    others."""
    out = ImportSummary()
    n = len(paths)
    for i, p in enumerate(paths):
        op.check()

        def part(done: int, total: int, i: int = i, name: str = p.name) -> None:
            op.progress(i * 1000 + done * 1000 // max(total, 1), n * 1000,
                        f"{name} ({i + 1}/{n})")

        try:
            r = svc.import_package(ws, p, progress=part, cancelled=op.cancelled)
        except PackageRejected as exc:
            out.ditolak.append((p.name, exc.message))
            continue
        (out.sudah if r.sudah_diimpor else out.diterapkan).append(r)
    return out


def terima(paths: list[Path]) -> Op[ImportSummary]:
    """Import packages; anything may have changed (master data included)."""
    return kerja(lambda ws, op: _import_files(ws, paths, op), *ALL,
                 label=label("Menerima paket…"), cancellable=True)


def kirim(folder: Path, unit_kode: str | None, full: bool) -> Op[svc.ExportResult]:
    """Write the next package (for one unit, at the central) into ``folder``."""
    return kerja(lambda ws, op: svc.export(ws, folder, unit_kode=unit_kode, full=full,
                                           progress=op.progress, cancelled=op.cancelled),
                 SYNC, label=label("Membuat paket…"), cancellable=True)


def undang(unit_kode: str, folder: Path) -> Op[svc.InviteResult]:
    return kerja(lambda ws, _op: svc.invite(ws, unit_kode, folder), SYNC,
                 label=label("Membuat paket penyiapan…"))


def ganti_kunci() -> Op[svc.RotateResult]:
    return kerja(lambda ws, _op: svc.rotate_keys(ws), SYNC, label=label("Mengganti kunci…"))


def kotak_masuk(folder: str) -> Op[None]:
    """Remember the watched inbox folder on this computer."""
    return kerja(lambda ws, _op: ws.set_local(INBOX_KEY, folder))


def periksa_kotak_masuk(folder: Path) -> Op[svc.InboxResult]:
    """Import what arrived in the inbox folder (files still being copied wait)."""
    return kerja(lambda ws, op: svc.inbox(ws, folder, progress=op.progress,
                                          cancelled=op.cancelled,
                                          settle_seconds=INBOX_SETTLE_SECONDS), *ALL)


def selesaikan_konflik(konflik: ConflictView, keep: str) -> Op[Resolved]:
    """Keep the local or the incoming value; written as a new local edit, so it syncs."""
    return kerja(lambda ws, _op: svc.resolve(ws, konflik, keep), *ALL)
