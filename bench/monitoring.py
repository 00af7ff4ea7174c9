"""Benchmark: the Pemantauan page and the recap files over a city of 10,000 employees in 40 OPD.

Builds a central (bulk insert, capture off): 40 OPD under the government, each with 5 sub-units,
``--employees`` employees spread over them, an SKP for the year for 95 % of them (90 % approved)
and four quarterly evaluations for most approved ones, with random ratings. Then measures, each
``--runs`` times: the page's figures alone (``page_query_s``), the whole recap the files are
written from (``rekap_query_s``), the Pemantauan page from a click until its table and charts
are filled (offscreen), writing the .xlsx recap and writing the PDF recap. Goals: page < 1 s,
.xlsx < 5 s. The last line is one JSON object.

    QT_QPA_PLATFORM=offscreen python bench/monitoring.py [--employees 10000] [--runs 3]
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
from asn_desktop.db.models import Evaluasi, OrgUnit, Pegawai, Skp
from asn_desktop.domain.nip import make_nip_pns
from asn_desktop.domain.predikat import predikat_kinerja
from asn_desktop.domain.ratings import Rating
from asn_desktop.paths import Paths
from asn_desktop.services.workspace import init_workspace, open_workspace

PAGE_GOAL_S, XLSX_GOAL_S = 1.0, 5.0
TAHUN = date.today().year


def build(paths: Paths, n: int, seed: int = 11, database: str | None = None) -> None:
    """The city above, in a SQLite file or (``database``) on a PostgreSQL server."""
    ws = init_workspace(paths, "central", "Bench Pemantauan", database=database)
    rng = random.Random(seed)
    ratings = [Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI,
               Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI]
    with ws.db.engine.begin() as conn:
        set_capture(conn, False)
        root = conn.execute(select(OrgUnit.id).where(OrgUnit.parent_id.is_(None))).scalar_one()
        opd = [{"id": new_id(), "kode": f"3673.O{i:02d}", "nama": f"OPD Bench {i:02d}",
                "jenis": "OPD", "parent_id": root, "deleted": False} for i in range(40)]
        subs = [{"id": new_id(), "kode": f"{o['kode']}.{k}", "nama": f"Bidang {k} {o['nama']}",
                 "jenis": "BIDANG", "parent_id": o["id"], "deleted": False}
                for o in opd for k in range(5)]
        conn.execute(insert(OrgUnit), opd + subs)
        units = opd + subs
        people, skps, evals = [], [], []
        urut: dict[date, int] = {}
        for i in range(n):
            lahir = date(rng.randint(1965, 2000), rng.randint(1, 12), rng.randint(1, 28))
            urut[lahir] = urut.get(lahir, 0) + 1
            pid = new_id()
            people.append({
                "id": pid, "status": "PNS", "nip": make_nip_pns(lahir, 2015, 1, "L", urut[lahir]),
                "nama": f"Pegawai {i:05d}", "jenis_kelamin": "L", "tanggal_lahir": lahir,
                "golongan": "III/a", "jabatan": "Pelaksana", "jenis_jabatan": "PELAKSANA",
                "unit_id": rng.choice(units)["id"], "aktif": True, "deleted": False,
                "pimpinan_unit": False})
            if rng.random() > 0.95:
                continue
            sid = new_id()
            approved = rng.random() < 0.9
            skps.append({"id": sid, "pegawai_id": pid, "tahun": TAHUN,
                         "status": "DISETUJUI" if approved else "DRAFT",
                         "pendekatan": "KUANTITATIF", "deleted": False})
            if not approved:
                continue
            for q in range(1, 5):
                if rng.random() < 0.15:
                    continue
                h, b = rng.choice(ratings), rng.choice(ratings)
                evals.append({"id": new_id(), "skp_id": sid, "pegawai_id": pid,
                              "periode_kode": f"{TAHUN}-TW{q}", "status": "DISETUJUI",
                              "rating_hasil_kerja": h.value, "rating_perilaku_kerja": b.value,
                              "predikat": predikat_kinerja(h, b).value, "deleted": False})
        conn.execute(insert(Pegawai), people)
        conn.execute(insert(Skp), skps)
        conn.execute(insert(Evaluasi), evals)
        set_capture(conn, True)
    ws.db.analyze()  # as the server's autovacuum would, in its own time, after a bulk load
    ws.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--employees", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    from PySide6.QtWidgets import QApplication

    from asn_desktop.services import pemantauan, pemantauan_ringkas, rekap_berkas
    from asn_desktop.ui import i18n, messages, operations
    from asn_desktop.ui.context import AppContext
    from asn_desktop.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        paths = Paths(Path(tmp) / "data")
        t0 = time.perf_counter()
        build(paths, args.employees)
        print(f"build: {time.perf_counter() - t0:.1f} s")
        app = QApplication.instance() or QApplication(sys.argv)
        i18n.install(app, "id")
        messages.set_handler(lambda shown: None)
        ws = open_workspace(paths)
        window = MainWindow(AppContext(ws))
        window.resize(1366, 728)
        window.show()
        app.processEvents()
        summary, query, page, xlsx, pdf = [], [], [], [], []
        for run in range(args.runs):
            with ws.db.Session() as s:
                t = time.perf_counter()
                pemantauan_ringkas.ringkasan(s, None, TAHUN)
                summary.append(time.perf_counter() - t)
                t = time.perf_counter()
                r = pemantauan.rekap(s, None, TAHUN)
                query.append(time.perf_counter() - t)
            window.go("beranda")
            t = time.perf_counter()
            window.go("pemantauan")
            if run:  # after the first visit the page is built: measure a fresh read too
                window.page("pemantauan").refresh()
            app.processEvents()
            page.append(time.perf_counter() - t)
            t = time.perf_counter()
            rekap_berkas.tulis(r, Path(tmp) / f"rekap{run}.xlsx")
            xlsx.append(time.perf_counter() - t)
            t = time.perf_counter()
            rekap_berkas.tulis(r, Path(tmp) / f"rekap{run}.pdf")
            pdf.append(time.perf_counter() - t)
        rows = window.page("pemantauan").opd.rowCount()
        window.close()
        operations.wait_idle()
        ws.close()
    result = {
        "employees": args.employees, "opd_rows": rows, "runs": args.runs,
        "page_query_s": round(statistics.median(summary), 3),
        "rekap_query_s": round(statistics.median(query), 3),
        "page_s": round(statistics.median(page), 3),
        "xlsx_s": round(statistics.median(xlsx), 3),
        "pdf_s": round(statistics.median(pdf), 3),
        "ok": statistics.median(page) < PAGE_GOAL_S and statistics.median(xlsx) < XLSX_GOAL_S,
    }
    for key in ("page_query_s", "rekap_query_s", "page_s", "xlsx_s", "pdf_s"):
        print(f"{key}: {result[key]}")
    print(json.dumps(result))
    import gc

    gc.freeze()  # PySide6 may abort in the interpreter's last collection, after the output
    return 0


if __name__ == "__main__":
    sys.exit(main())
