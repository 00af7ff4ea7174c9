"""Enrolment: a unit installation created from the central's setup package.

The setup package (``sync invite``) carries the unit's master data, the central's public keys,
the node id reserved for the unit and a one-time enrolment secret. The unit makes its own key
pair here; private keys never travel. Its first package to the central carries the secret
(encrypted to the central), which proves the new public key belongs to the invited unit; the
central then binds that key and forgets the secret, so a forged or replayed first package cannot
take the unit over.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from asn_desktop.db.models import Installation
from asn_desktop.errors import AsnError
from asn_desktop.paths import Paths
from asn_desktop.services.workspace import (
    InstallationInfo,
    Workspace,
    init_workspace,
    is_initialised,
)
from asn_desktop.sync.container import EXT_SETUP
from asn_desktop.sync.importer import Local, apply_setup, read_setup
from asn_desktop.sync.keys import load_or_create_keys
from asn_desktop.sync.models import ACTIVE
from asn_desktop.sync.scope import raw


def init_from_setup(paths: Paths, setup_file: str | os.PathLike[str]) -> Workspace:
    """Create this unit's installation from a setup package; returns the open workspace."""
    path = _setup_file(Path(setup_file))
    if is_initialised(paths):
        raise AsnError(f"Folder data {paths.data_dir} sudah berisi ruang kerja.")
    header, key = read_setup(path)  # everything is checked before anything is created
    m = header.manifest
    assert m.setup is not None
    fresh = not paths.database.exists()
    ws = init_workspace(paths, "unit", m.setup.unit_nama, node_id=m.recipient_node,
                        create_units=False)
    try:
        keys = load_or_create_keys(paths.keys)
        now = datetime.now().isoformat(timespec="seconds")
        with ws.db.session() as s:
            s.get_one(Installation, m.recipient_node).unit_id = m.setup.unit_id
            raw(s).execute(
                "INSERT INTO sync_peer (node_id, role, nama, kode, status, sign_pub, box_pub, "
                "enrol_secret, dibuat, bound_at) VALUES (?, 'central', ?, ?, ?, ?, ?, ?, ?, ?)",
                (m.sender.node, m.sender.nama, m.sender.kode, ACTIVE, m.sender.sign_pub,
                 m.sender.box_pub, m.setup.secret, now, now))
        local = Local(m.recipient_node, "unit", m.setup.unit_id)
        apply_setup(ws.db, local, header, key, path, paths.data_dir / "paket-masuk")
        del keys
    except BaseException:
        ws.close()
        if fresh:
            for suffix in ("", "-wal", "-shm"):
                Path(str(paths.database) + suffix).unlink(missing_ok=True)
        raise
    info = InstallationInfo(m.recipient_node, "unit", m.setup.unit_nama, m.setup.unit_id)
    return Workspace(paths, ws.db, info)


def _setup_file(path: Path) -> Path:
    """The setup package itself, or the only one inside a folder (``sync invite --out`` given a
    name without an extension writes into a folder of that name)."""
    if path.is_dir():
        found = sorted(path.glob(f"*{EXT_SETUP}"))
        if len(found) == 1:
            return found[0]
        if not found:
            raise AsnError(f"Folder {path} tidak berisi paket penyiapan (*{EXT_SETUP}).")
        raise AsnError(f"Folder {path} berisi {len(found)} paket penyiapan; sebutkan satu "
                       "berkasnya.")
    if not path.is_file():
        raise AsnError(f"Berkas paket penyiapan {path} tidak ditemukan.")
    return path
