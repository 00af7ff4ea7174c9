"""Before the window opens: can Qt reach a screen here? On Linux the X11 platform plugin (xcb)
needs system libraries that a fresh desktop may lack; Qt then aborts the process with an
English message. This module (no Qt import) finds what is missing with ``ldd`` on the plugin
and names the Debian packages to install, so the user gets one Indonesian line instead.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

from asn_desktop.teks import _

# shared library -> the Debian/Ubuntu package that provides it (Qt 6's xcb plugin and its
# Qt library); anything else is named by its file
PAKET_DEBIAN: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def pustaka_hilang(ldd_output: str) -> list[str]:
    """The libraries ``ldd`` could not find, each once, in order."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def paket_untuk(pustaka: list[str]) -> list[str]:
    return list(dict.fromkeys(PAKET_DEBIAN.get(p, p) for p in pustaka))


def _plugin_xcb() -> list[Path]:
    """The xcb platform plugin and Qt's xcb library of the installed PySide6 (or bundle)."""
    spec = find_spec("PySide6")
    if spec is None or spec.origin is None:
        return []
    qt = Path(spec.origin).parent / "Qt"
    files = [qt / "plugins" / "platforms" / "libqxcb.so", *sorted((qt / "lib").glob(
        "libQt6XcbQpa.so*"))]
    return [f for f in files if f.exists()]


def _platform() -> str:
    """The platform Qt will use: QT_QPA_PLATFORM, else xcb on an X11 session, wayland on a
    Wayland one (Qt picks it there, and falls back to xcb)."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if chosen:
        return chosen
    if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return "wayland"
    return "xcb"


def masalah_layar() -> str | None:
    """One Indonesian line saying why the window cannot open here, or None (also None where
    it cannot be told: then Qt decides)."""
    if not sys.platform.startswith("linux") or _platform() != "xcb":
        return None
    if not os.environ.get("DISPLAY"):
        return _("Tidak ada layar grafis (DISPLAY kosong): jalankan dari desktop, atau pakai "
                 "perintah baris seperti 'asn-desktop --help'.")
    missing: list[str] = []
    for f in _plugin_xcb():
        try:
            out = subprocess.run(["ldd", str(f)], capture_output=True, text=True, timeout=10,
                                 check=False).stdout
        except (OSError, subprocess.SubprocessError):
            return None  # no ldd: let Qt try
        missing += pustaka_hilang(out)
    if not missing:
        return None
    paket = " ".join(paket_untuk(missing))
    return _("Tampilan grafis tidak dapat dimulai: pustaka sistem belum terpasang. Pasang "
             "dengan: sudo apt-get install {paket}").format(paket=paket)
