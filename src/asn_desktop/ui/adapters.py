"""Thin adapters to services that other engineers are still writing. Each function names the
service it stands in for; when the service is missing the person gets a clear message."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType
from typing import Any

from asn_desktop.errors import AsnError
from asn_desktop.paths import Paths


def optional(module: str) -> ModuleType | None:
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


def require(module: str, fitur: str) -> ModuleType:
    mod = optional(module)
    if mod is None:
        raise AsnError(f"Fitur {fitur} belum tersedia pada versi ini.")
    return mod


def init_from_setup(paths: Paths, setup: Path) -> Any:
    for name in ("asn_desktop.services.sync_service", "asn_desktop.sync.enrol"):
        mod = optional(name)
        if mod is not None and hasattr(mod, "init_from_setup"):
            return mod.init_from_setup(paths, setup)
    raise AsnError("Penyiapan instalasi unit dari paket belum tersedia pada versi ini.")


def sync_counts(ws: Any) -> tuple[int, int]:
    """(unresolved conflicts, packages not yet sent) from services.sync_service, or (0, 0)."""
    mod = optional("asn_desktop.services.sync_service")
    if mod is None:
        return 0, 0
    try:
        st = mod.status(ws)
    except Exception:  # the home page must open even when sync is misconfigured
        return 0, 0
    konflik = getattr(st, "konflik", None)
    if konflik is None:
        konflik = getattr(st, "conflicts", 0)
    pending = getattr(st, "paket_belum_dikirim", None)
    if pending is None:
        pending = getattr(st, "pending", getattr(st, "unsent", 0))
    konflik = len(konflik) if isinstance(konflik, list | tuple) else int(konflik or 0)
    pending = len(pending) if isinstance(pending, list | tuple) else int(pending or 0)
    return konflik, pending


SYNC_MODULE = "asn_desktop.services.sync_service"


def _sync_fn(*names: str) -> Any:
    mod = require(SYNC_MODULE, "sinkronisasi")
    for name in names:
        fn = getattr(mod, name, None)
        if fn is not None:
            return fn
    raise AsnError("Fitur sinkronisasi ini belum tersedia pada versi ini.")


def sync_available() -> bool:
    return optional(SYNC_MODULE) is not None


def sync_export(ws: Any, folder: Path, progress: Any, cancelled: Any) -> Any:
    return _sync_fn("export", "export_package", "kirim")(
        ws, folder, progress=progress, cancelled=cancelled)


def sync_import(ws: Any, path: Path, progress: Any, cancelled: Any) -> Any:
    return _sync_fn("import_package", "import_", "impor", "terima")(
        ws, path, progress=progress, cancelled=cancelled)


def sync_status(ws: Any) -> Any:
    return _sync_fn("status")(ws)


def sync_conflicts(ws: Any) -> list[Any]:
    return list(_sync_fn("conflicts", "list_conflicts", "konflik")(ws))


def sync_resolve(ws: Any, conflict: Any, keep: str) -> Any:
    return _sync_fn("resolve", "resolve_conflict")(ws, conflict, keep)


def sync_inbox(ws: Any, folder: Path, progress: Any, cancelled: Any) -> Any:
    return _sync_fn("inbox", "import_inbox", "scan_inbox")(
        ws, folder, progress=progress, cancelled=cancelled)


def describe(result: Any) -> str:
    """A person-readable summary of a service result (its own Indonesian text when it has one)."""
    for attr in ("ringkasan", "summary", "message", "pesan"):
        value = getattr(result, attr, None)
        if callable(value):
            value = value()
        if isinstance(value, str) and value:
            return value
    if isinstance(result, list | tuple):
        return "\n".join(describe(r) for r in result)
    return str(result)
