"""Without a screen the GUI command says so in one Indonesian line (exit 1) instead of letting
Qt abort the process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 sessions are Linux's")
def test_no_display_is_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    r = subprocess.run([sys.executable, "-m", "asn_desktop", "--data-dir", str(tmp_path)],
                       env=env, capture_output=True, text=True, timeout=60, check=False)
    assert r.returncode == 1
    assert r.stderr.count("\n") == 1 and "Tidak ada layar grafis" in r.stderr
    assert not any(tmp_path.iterdir())  # nothing written
