"""Enrolment: a unit installation created from the central's setup package.

The setup package (``sync invite``) carries the unit's master data, the central's public keys,
the node id reserved for the unit and a one-time enrolment secret. It travels sealed in a setup
file that only the enrolment code opens (``setupfile.py``): the file and the code are handed
over separately, and a wrong code is refused before anything is created. The unit makes its own key
pair here; private keys never travel. Its first package to the central carries the secret
(encrypted to the central), which proves the new public key belongs to the invited unit; the
central then binds that key and forgets the secret, so a forged or replayed first package cannot
take the unit over.

The set-up is atomic: the database is built in a staging folder inside the data folder and moved
into place by one rename once it is complete. A set-up interrupted at any point (an error, a
closed window, a killed process, a power cut) leaves no workspace, so it can simply be run again;
the next run clears what the interrupted one left in the staging folder. The keys are written to
their place directly and a rerun keeps them: they never left this PC and no central has bound
them yet.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from asn_desktop.db.models import Installation
from asn_desktop.db.sync_models import ACTIVE
from asn_desktop.errors import AsnError
from asn_desktop.paths import Paths
from asn_desktop.services import sertifikat
from asn_desktop.services.workspace import (
    Workspace,
    init_workspace,
    is_initialised,
    open_workspace,
)
from asn_desktop.sync import setupfile
from asn_desktop.sync.container import EXT_SETUP
from asn_desktop.sync.importer import Local, apply_setup, read_setup
from asn_desktop.sync.keys import create_keys
from asn_desktop.sync.scope import raw
from asn_desktop.teks import _

# Where an unfinished set-up builds its database (a name of this application's own, inside the
# data folder so the final rename never crosses file systems).
STAGING = ".penyiapan-sementara"
_DB_SUFFIXES = ("", "-wal", "-shm", "-journal")
ARCHIVE = "paket-masuk"
_OPENED = "penyiapan.asnsetup"  # the setup package opened with the code, inside the staging


def staging_paths(paths: Paths) -> Paths:
    return Paths(paths.data_dir / STAGING)


def check_setup(paths: Paths, setup_file: str | os.PathLike[str]) -> Path:
    """The setup file to use (``setup_file`` or the only one in that folder), refused early,
    before any code is asked for, when it is no setup file of this format or when the data
    folder already holds a workspace."""
    path = _setup_file(Path(setup_file))
    _refuse_finished(paths)
    setupfile.check_file(path)
    return path


def init_from_setup(paths: Paths, setup_file: str | os.PathLike[str], code: str) -> Workspace:
    """Create this unit's installation from a setup file and its enrolment code; returns the
    open workspace.

    A wrong code (``setupfile.WrongCode``), or any other fault of the file, is found before
    anything is created. A folder that holds a workspace is refused; one where a set-up was
    interrupted is not (see the module's docstring)."""
    path = check_setup(paths, setup_file)
    sealed = setupfile.unlock(path, code)  # the code and every byte, before anything exists
    paths.ensure()
    staging = staging_paths(paths)
    _clear_staging(staging)  # what an interrupted set-up left
    ws: Workspace | None = None
    try:
        staging.data_dir.mkdir(mode=0o700)
        # The opened package (its secret, and its payload's key) lives only in the staging
        # folder and goes with it; the archive keeps the file as it came, sealed.
        opened = staging.data_dir / _OPENED
        sealed.extract(opened)
        header, key = read_setup(opened)
        m = header.manifest
        assert m.setup is not None
        ws = init_workspace(staging, "unit", m.setup.unit_nama, node_id=m.recipient_node,
                            create_units=False, keys=False)
        keys = create_keys(paths.keys)
        now = datetime.now().isoformat(timespec="seconds")
        with ws.session() as s:
            s.get_one(Installation, m.recipient_node).unit_id = m.setup.unit_id
            raw(s).execute(
                "INSERT INTO sync_peer (node_id, role, nama, kode, status, sign_pub, box_pub, "
                "enrol_secret, dibuat, bound_at) VALUES (?, 'central', ?, ?, ?, ?, ?, ?, ?, ?)",
                (m.sender.node, m.sender.nama, m.sender.kode, ACTIVE, m.sender.sign_pub,
                 m.sender.box_pub, m.setup.secret, now, now))
        local = Local(m.recipient_node, "unit", m.setup.unit_id)
        apply_setup(ws.db, local, header, key, opened, staging.data_dir / ARCHIVE)
        del keys
        ws.close()
        _archive(path, paths.data_dir / ARCHIVE / f"{m.package_id[:8]}-{m.name}")
        _publish(staging, paths)
    except BaseException:
        if ws is not None:
            ws.close()
        _clear_staging(staging)
        raise
    opened_ws = open_workspace(paths)
    # the city's CA (the setup file is signed by the central, checked above) and this
    # installation's signing key and certificate request, sent with its first package
    sertifikat.dari_paket(opened_ws, m.sender.node, m.pki)
    sertifikat.siapkan(opened_ws)
    return opened_ws


def _archive(path: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, target)


def _refuse_finished(paths: Paths) -> None:
    if is_initialised(paths):
        raise AsnError(_("Folder data {folder} sudah berisi ruang kerja.").format(
            folder=paths.data_dir))


def _clear_staging(staging: Paths) -> None:
    d = staging.data_dir
    if d.is_symlink() or d.is_file():
        d.unlink()
    elif d.exists():
        shutil.rmtree(d)


def _publish(staging: Paths, paths: Paths) -> None:
    """Move the finished database into the data folder: one rename, the last step."""
    built = staging.database
    conn = sqlite3.connect(built)
    try:  # fold the write-ahead log into the file, so the file alone is the whole database
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    for suffix in _DB_SUFFIXES[1:]:
        if Path(f"{built}{suffix}").exists():
            raise AsnError(_("Basis data penyiapan belum tertutup; jalankan lagi "
                             "perintahnya."))
    _fsync(built)
    _refuse_finished(paths)  # another set-up finished here meanwhile
    _set_aside(paths)
    os.replace(built, paths.database)
    _fsync(paths.data_dir)
    shutil.rmtree(staging.data_dir, ignore_errors=True)


def _set_aside(paths: Paths) -> None:
    """A database file here holds no installation (checked just before): the remains of an
    earlier attempt. It is kept in ``cadangan/``, never deleted, and never mixed with the new
    file (a stray write-ahead log would be replayed into it)."""
    here = [Path(f"{paths.database}{suffix}") for suffix in _DB_SUFFIXES]
    if not any(p.exists() for p in here):
        return
    paths.backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = paths.backups / f"{paths.database.stem}-{stamp}-tanpa-instalasi{paths.database.suffix}"
    for p, suffix in zip(here, _DB_SUFFIXES, strict=True):
        if p.exists():
            os.replace(p, f"{target}{suffix}")


def _fsync(path: Path) -> None:
    """Flush a file (or a folder's entries) to disk where the platform allows it."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _setup_file(path: Path) -> Path:
    """The setup package itself, or the only one inside a folder (``sync invite --out`` given a
    name without an extension writes into a folder of that name)."""
    if path.is_dir():
        found = sorted(path.glob(f"*{EXT_SETUP}"))
        if len(found) == 1:
            return found[0]
        if not found:
            raise AsnError(_("Folder {folder} tidak berisi paket penyiapan (*{ext}).").format(
                folder=path, ext=EXT_SETUP))
        raise AsnError(_("Folder {folder} berisi {n} paket penyiapan; sebutkan satu "
                         "berkasnya.").format(folder=path, n=len(found)))
    if not path.is_file():
        raise AsnError(_("Berkas paket penyiapan {path} tidak ditemukan.").format(path=path))
    return path
