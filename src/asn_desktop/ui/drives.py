"""Flash drives and other removable volumes a package can be written to directly.

Qt does not say whether a volume is removable; what a person plugs in shows up as another
drive letter on Windows and under /media, /run/media or /Volumes elsewhere."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

from PySide6.QtCore import QStorageInfo

_MOUNT_PARENTS = ("/media/", "/run/media/", "/Volumes/", "/mnt/")


@dataclass(frozen=True)
class Drive:
    path: str
    label: str


def removable_drives() -> list[Drive]:
    system = os.environ.get("SYSTEMDRIVE", "C:").rstrip("\\/").upper()
    out: list[Drive] = []
    for v in QStorageInfo.mountedVolumes():
        if not v.isValid() or not v.isReady() or v.isReadOnly() or v.isRoot():
            continue
        root = v.rootPath()
        if sys.platform == "win32":
            if root.rstrip("\\/").upper() == system:
                continue
        elif not root.startswith(_MOUNT_PARENTS):
            continue
        name = v.displayName() or root
        free = v.bytesAvailable() / 1024 / 1024
        out.append(Drive(root, f"{name} ({root}, kosong {free:,.0f} MB)".replace(",", ".")))
    return out
