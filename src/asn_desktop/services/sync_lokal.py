"""This installation as the sync engine sees it: its identity (node, role, unit) and its
signing and encryption keys, read from the workspace. Shared by the sync use cases in
sync_service.py (export, import, inbox), sync_status.py (status, conflicts, fingerprint) and
sync_kunci.py (invite, revoke, key rotation)."""

from __future__ import annotations

from asn_desktop.services.workspace import Workspace
from asn_desktop.sync.importer import Local
from asn_desktop.sync.keys import KeyPair, load_keys


def local(ws: Workspace) -> Local:
    return Local(ws.info.node_id, ws.info.role, ws.info.unit_id)


def keys(ws: Workspace) -> KeyPair:
    return load_keys(ws.paths.keys)
