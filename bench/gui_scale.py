"""GUI scale benchmark: 100,000 employees; time to show the Pegawai page and time for one
search keystroke (query + model update). Last line: one JSON object.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui_scale.py [--employees N]

The employees are bulk-inserted with SQLAlchemy Core ``executemany`` into a fresh workspace,
with change capture switched off for that one transaction (bench data is never synced).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import insert, select

from asn_desktop.db.base import new_id
from asn_desktop.db.capture import set_capture
from asn_desktop.db.models import OrgUnit, Pegawai
from asn_desktop.domain.jabatan import JenisJabatan
from asn_desktop.domain.nip import make_nip_pns
from asn_desktop.paths import Paths
from asn_desktop.services.workspace import init_workspace

DEPAN = ("Ahmad", "Siti", "Budi", "Dewi", "Agus", "Rina", "Dedi", "Nur", "Eko", "Yuli", "Asep",
         "Neneng", "Ujang", "Euis", "Iwan", "Lilis", "Hendra", "Tati", "Rudi", "Wawan")
BELAKANG = ("Hidayat", "Suryana", "Rahmawati", "Saputra", "Permana", "Nurhasanah", "Kurniawan",
            "Setiawan", "Fauziah", "Maulana", "Sulaeman", "Komariah", "Ramdani", "Supriatna")
JABATAN = ("Guru Ahli Pertama", "Guru Ahli Muda", "Perawat Terampil", "Bidan Ahli Pertama",
           "Pengadministrasi Umum", "Analis Kepegawaian", "Pengelola Keuangan", "Penyuluh",
           "Kepala Seksi Pelayanan", "Kepala Subbagian Umum", "Pranata Komputer")


def build(paths: Paths, n: int, seed: int = 7) -> None:
    ws = init_workspace(paths, "central", "Bench Pusat")
    rng = random.Random(seed)
    with ws.db.engine.begin() as conn:
        set_capture(conn, False)
        root = conn.execute(select(OrgUnit.id).where(OrgUnit.parent_id.is_(None))).scalar_one()
        units = [{"id": new_id(), "kode": f"3673.{i:03d}", "nama": f"Unit Bench {i:03d}",
                  "jenis": "SEKOLAH", "parent_id": root, "deleted": False} for i in range(200)]
        conn.execute(insert(OrgUnit), units)
        rows = []
        urut: dict[tuple[date, int, int], int] = {}
        jenis = [j.value for j in JenisJabatan]
        for _i in range(n):
            lahir = date(rng.randint(1965, 2000), rng.randint(1, 12), rng.randint(1, 28))
            tmt = (lahir.year + rng.randint(20, 25), rng.randint(1, 12))
            key = (lahir, *tmt)
            urut[key] = urut.get(key, 0) + 1
            jk = rng.choice("LP")
            rows.append({
                "id": new_id(), "status": "PNS",
                "nip": make_nip_pns(lahir, tmt[0], tmt[1], jk, urut[key]),
                "nama": f"{rng.choice(DEPAN)} {rng.choice(BELAKANG)} {rng.choice(BELAKANG)}",
                "jenis_kelamin": jk, "tanggal_lahir": lahir, "golongan": "III/a",
                "jabatan": rng.choice(JABATAN), "jenis_jabatan": rng.choice(jenis),
                "unit_id": rng.choice(units)["id"], "aktif": True, "deleted": False,
                "pimpinan_unit": False,
            })
        conn.execute(insert(Pegawai), rows)
        set_capture(conn, True)
    ws.close()


def measure(paths: Paths) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from asn_desktop.services.workspace import open_workspace
    from asn_desktop.ui import i18n, messages, operations
    from asn_desktop.ui.context import AppContext
    from asn_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    i18n.install(app, "id")
    messages.set_handler(lambda shown: None)
    ws = open_workspace(paths)
    ctx = AppContext(ws)
    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    operations.wait_idle()
    t0 = time.perf_counter()
    window.go("pegawai")
    app.processEvents()
    show_s = time.perf_counter() - t0
    page = window.page("pegawai")
    model = page.list.model
    rows_shown = model.rowCount()
    operations.wait_idle()
    keystrokes = []
    typed = ""
    for ch in "siti rahma":
        typed += ch
        page.list.search.blockSignals(True)  # the debounce timer is bypassed: measure one update
        page.list.search.setText(typed)
        page.list.search.blockSignals(False)
        t = time.perf_counter()
        page.list.search.flush()
        app.processEvents()
        keystrokes.append(time.perf_counter() - t)
        operations.wait_idle()
    nip_prefix = model.row_at(0).nip[:8] if model.rowCount() else "1990"
    t = time.perf_counter()
    page.list.set_text(nip_prefix)
    app.processEvents()
    nip_s = time.perf_counter() - t
    operations.wait_idle()
    t = time.perf_counter()
    page.list.view.scrollToBottom()
    app.processEvents()
    scroll_s = time.perf_counter() - t
    operations.wait_idle()
    window.close()
    ws.close()
    return {
        "show_pegawai_s": round(show_s, 3),
        "first_page_rows": rows_shown,
        "keystroke_ms_median": round(statistics.median(keystrokes) * 1000, 1),
        "keystroke_ms_max": round(max(keystrokes) * 1000, 1),
        "nip_search_ms": round(nip_s * 1000, 1),
        "fetch_more_ms": round(scroll_s * 1000, 1),
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--employees", type=int, default=100_000)
    ap.add_argument("--data-dir", help="reuse/keep this folder (default: a temporary one)")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory(prefix="asn-gui-bench-")
    folder = Path(args.data_dir) if args.data_dir else Path(tmp.name)
    paths = Paths(folder)
    t = time.perf_counter()
    if not paths.database.exists():
        build(paths, args.employees)
    build_s = time.perf_counter() - t
    print(f"workspace with {args.employees} employees: {build_s:.1f} s", file=sys.stderr)
    result = measure(paths)
    result = {"bench": "gui_scale", "employees": args.employees, "build_s": round(build_s, 1),
              **result, "goal_show_s": 1.0, "goal_keystroke_ms": 100.0}
    for key, value in result.items():
        if key != "bench":
            print(f"{key}: {value}")
    print(json.dumps(result))
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
