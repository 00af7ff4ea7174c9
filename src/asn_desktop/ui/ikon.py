"""The application icon. Its PNGs come from resources/icons (render.py draws them from the SVG
and copies them into the package, asn_desktop/resources/icons), so the same files are found in
the development tree, an installed package and a PyInstaller bundle, as the fonts and the
translations are."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QWidget

NAME = "asn-desktop"  # the icon's name in the icon theme, and the .desktop file's (Linux)
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

_icon: QIcon | None = None


def icons_dir() -> Path:
    return Path(str(resources.files("asn_desktop") / "resources" / "icons"))


def png(size: int) -> Path:
    return icons_dir() / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"


def ikon_aplikasi() -> QIcon:
    """Every size drawn for it (16 and 24 px are their own, simpler drawings)."""
    global _icon
    if _icon is None:
        icon = QIcon()
        for n in SIZES:
            if png(n).is_file():
                icon.addFile(str(png(n)), QSize(n, n))
        _icon = icon
    return _icon


def pasang(window: QWidget) -> None:
    """The icon on ``window`` and, once, on the application (its other windows and dialogs,
    the taskbar). On Linux the desktop file's name ties the windows to the launcher installed
    by installer/linux/install.sh (Wayland shows its icon)."""
    icon = ikon_aplikasi()
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication) and app.windowIcon().cacheKey() != icon.cacheKey():
        QGuiApplication.setWindowIcon(icon)
        QGuiApplication.setDesktopFileName(NAME)
    window.setWindowIcon(icon)
