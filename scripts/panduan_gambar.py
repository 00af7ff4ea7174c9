"""Regenerate the Panduan's screenshots (docs/panduan/gambar/*.png) from the real application:
a fresh central with the demo city, the main window at 1366×728, one picture per page.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/panduan_gambar.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "panduan" / "gambar"
# picture name -> (page key, how to prepare the page)
GAMBAR = {
    "beranda": ("beranda", None),
    "pegawai": ("pegawai", None),
    "skp": ("skp", None),
    "evaluasi": ("evaluasi", None),
    "evaluasi-distribusi": ("evaluasi", "distribusi"),
    "log-harian": ("log_harian", None),
    "umpan-balik": ("umpan_balik", None),
    "cetak": ("cetak", "pratinjau"),
    "sinkronisasi": ("sinkronisasi", None),
    "pengaturan": ("pengaturan", None),
}


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from asn_desktop.paths import Paths
    from asn_desktop.services.demo import fill_demo
    from asn_desktop.services.workspace import init_workspace
    from asn_desktop.ui import operations
    from asn_desktop.ui.app import make_application
    from asn_desktop.ui.context import AppContext
    from asn_desktop.ui.main_window import MainWindow

    app = make_application([])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        ws = init_workspace(Paths(Path(tmp) / "data"), "central", "BKPSDM Kota Serang")
        fill_demo(ws, employees=60, seed=1)
        window = MainWindow(AppContext(ws))
        window.resize(1366, 728)
        window.show()
        for name, (key, prepare) in GAMBAR.items():
            window.go(key)
            page = window.page(key)
            if prepare == "distribusi":
                page.modes.setCurrentIndex(1)
            elif prepare == "pratinjau":
                page.list.select_first()
                page.preview()
            operations.wait_idle(20000)
            settle = 60 if prepare == "pratinjau" else 10  # the PDF view renders late
            for _ in range(settle):
                app.processEvents()
                time.sleep(0.025)
            path = OUT / f"{name}.png"
            if not window.grab().save(str(path)):
                print(f"gagal menyimpan {path}", file=sys.stderr)
                return 1
            print(path.relative_to(ROOT))
            if prepare == "distribusi":
                page.modes.setCurrentIndex(0)
        window.close()
        operations.wait_idle()
        ws.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
