"""A real window on a real X server (Xvfb), not the offscreen platform: the xcb platform
plugin loads with the system libraries .ci/run installs, the main window opens, is
screenshotted from the screen, and the application closes cleanly."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("xvfb-run") is None,
    reason="xvfb-run (Debian package xvfb) is not installed")

SCRIPT = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from asn_desktop.paths import resolve
from asn_desktop.services.demo import fill_demo
from asn_desktop.services.workspace import init_workspace
from asn_desktop.ui.app import make_application, open_main_window

data, shot = Path(sys.argv[1]), sys.argv[2]
ws = init_workspace(resolve(data), "central", "BKPSDM Kota Serang")
fill_demo(ws, employees=30, seed=3)
app = make_application([])
assert app.platformName() == "xcb", app.platformName()
window = open_main_window(ws)
window.show()
result = {}

def capture():
    result["visible"] = window.isVisible() and window.windowHandle().isExposed()
    app.primaryScreen().grabWindow(0).save(shot)
    window.close()
    app.quit()

QTimer.singleShot(2500, capture)
code = app.exec()
ws.close()
print("visible" if result.get("visible") else "hidden", code)
"""


def test_main_window_on_a_real_x_server(tmp_path: Path) -> None:
    shot = tmp_path / "layar.png"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    r = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable, "-c", SCRIPT,
         str(tmp_path / "data"), str(shot)],
        env=env, capture_output=True, text=True, timeout=240, check=False)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.split()[-2:] == ["visible", "0"], r.stdout + r.stderr[-2000:]
    img = Image.open(shot).convert("RGB")
    assert img.size == (1366, 768)
    colours = img.getcolors(maxcolors=1 << 16)
    assert colours is None or len(colours) > 50  # a drawn window, not an empty screen
    if os.environ.get("ASN_SHOT_DIR"):
        shutil.copy(shot, Path(os.environ["ASN_SHOT_DIR"]) / "xvfb-main-window.png")


def test_missing_x_libraries_are_named_in_one_line() -> None:
    from asn_desktop.layar import paket_untuk, pustaka_hilang

    ldd = ("\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x1)\n"
           "\tlibxcb-icccm.so.4 => not found\n\tlibxcb-keysyms.so.1 => not found\n"
           "\tlibxcb-icccm.so.4 => not found\n\tlibfoo.so.9 => not found\n")
    assert paket_untuk(pustaka_hilang(ldd)) == ["libxcb-icccm4", "libxcb-keysyms1",
                                                 "libfoo.so.9"]
