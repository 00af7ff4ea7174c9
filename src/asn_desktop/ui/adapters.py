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
