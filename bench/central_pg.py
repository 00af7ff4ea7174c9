"""Benchmark of a central on PostgreSQL beside one on SQLite (not a timed test).

1. The 20 unit packages of bench/sync_merge.py (a year of appraisal data for 10,000
   employees) imported into a SQLite central and into a PostgreSQL central holding the same
   master data (the SQLite central moved onto the server with ``pindah-server``), in the same
   run: seconds each, the ratio, and whether both end with the same fingerprint.
2. The monitoring queries over a city of ``--employees`` employees (bench/monitoring.py's
   city), on PostgreSQL and on SQLite, median of ``--runs``: the Pemantauan page's figures
   (``halaman``), the largest OPD's employees when it is opened (``opd``), the follow-up lists'
   rows when their tab is opened (``tindak_lanjut``), and the whole recap the .xlsx/PDF files
   are written from (``rekap_berkas``).

The server is one of the bench's own (Debian's postgresql package, fsync on, in a temporary
folder, on a Unix socket), or ``--database URL`` for an empty database on an existing one.
Goal: the page's figures and one OPD's employees each under 1 s on PostgreSQL. The last line
is one JSON object.

    python bench/central_pg.py [--units 20] [--per-unit 500] [--employees 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1])]

from asn_desktop import paths as paths_mod  # noqa: E402

MONITORING_GOAL_S = 1.0


class Databases:
    """New empty databases, on the bench's own server or the one given."""

    def __init__(self, url: str | None) -> None:
        self.server: Any = None
        self.given = url
        if url is None:
            from tests.pg import server

            self.server = server.start(durable=True)
            if self.server is None:
                sys.exit("PostgreSQL tidak terpasang (paket postgresql); atau beri --database URL")

    def new(self) -> str:
        if self.given is not None:
            if self.given == "":
                sys.exit("--database hanya untuk satu basis data kosong")
            url, self.given = self.given, ""
            return url
        import psycopg

        name = "bench_" + uuid.uuid4().hex[:8]
        with psycopg.connect(host=str(self.server.socket_dir), user="postgres",
                             dbname="postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return str(self.server.url(name))

    def close(self) -> None:
        if self.server is not None:
            self.server.stop()


def import_all(folder: Path, packages: list[Path]) -> tuple[float, str]:
    from asn_desktop.services import sync_service as svc
    from asn_desktop.services.workspace import open_workspace

    ws = open_workspace(paths_mod.resolve(folder))
    try:
        t = time.perf_counter()
        for p in packages:
            r = svc.import_package(ws, p, backup=False)
            assert not r.sudah_diimpor and r.konflik == 0 and r.ditahan == 0
        return time.perf_counter() - t, svc.fingerprint(ws)
    finally:
        ws.close()


def monitoring_medians(folder: Path, runs: int) -> dict[str, float]:
    """Median seconds of the Pemantauan page's reads: its figures (``ringkasan``), the
    largest OPD's employees, the follow-up lists, and the whole recap the files are made of."""
    from monitoring import TAHUN

    from asn_desktop.services import pemantauan, pemantauan_ringkas
    from asn_desktop.services.workspace import open_workspace

    ws = open_workspace(paths_mod.resolve(folder))
    times: dict[str, list[float]] = {"halaman": [], "opd": [], "tindak_lanjut": [],
                                     "rekap_berkas": []}
    try:
        for _ in range(runs + 1):  # the first read warms the caches; not counted
            with ws.db.Session() as s:
                t = time.perf_counter()
                r = pemantauan_ringkas.ringkasan(s, None, TAHUN)
                times["halaman"].append(time.perf_counter() - t)
                largest = max(r.opd, key=lambda o: o.pegawai)
                t = time.perf_counter()
                rows, _riwayat = pemantauan_ringkas.pegawai_opd(s, None, TAHUN, largest.unit_id)
                times["opd"].append(time.perf_counter() - t)
                assert len(rows) == largest.pegawai
                t = time.perf_counter()
                pemantauan_ringkas.tindak_lanjut(s, None, r)
                times["tindak_lanjut"].append(time.perf_counter() - t)
                t = time.perf_counter()
                full = pemantauan.rekap(s, None, TAHUN)
                times["rekap_berkas"].append(time.perf_counter() - t)
                assert full.opd == r.opd
    finally:
        ws.close()
    return {k: round(statistics.median(v[1:]), 3) for k, v in times.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--units", type=int, default=20)
    ap.add_argument("--per-unit", type=int, default=500)
    ap.add_argument("--employees", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--database", help="an empty database on an existing server (one is "
                                       "enough only with --employees 0)")
    args = ap.parse_args()
    import monitoring
    import sync_merge

    from asn_desktop.services import pindah_server

    dbs = Databases(args.database)
    work = Path(tempfile.mkdtemp(prefix="asn-bench-pg-"))
    try:
        print(f"Membangun {args.units} paket unit ({args.per_unit} pegawai per unit)…",
              file=sys.stderr, flush=True)
        packages = sync_merge.build(work, args.units, args.per_unit)
        shutil.copytree(work / "central", work / "sqlite")
        shutil.copytree(work / "central", work / "pg")
        t = time.perf_counter()
        pindah_server.move_to_server(paths_mod.resolve(work / "pg"), dbs.new())
        move_s = time.perf_counter() - t
        print("Mengimpor ke pusat SQLite dan ke pusat PostgreSQL…", file=sys.stderr, flush=True)
        sqlite_s, sqlite_fp = import_all(work / "sqlite", packages)
        pg_s, pg_fp = import_all(work / "pg", packages)
        figures: dict[str, Any] = {
            "units": args.units, "employees_in_packages": args.units * args.per_unit,
            "move_to_server_s": round(move_s, 2),
            "import_sqlite_s": round(sqlite_s, 2), "import_pg_s": round(pg_s, 2),
            "import_ratio_pg_vs_sqlite": round(pg_s / sqlite_s, 2),
            "fingerprints_equal": sqlite_fp == pg_fp,
        }
        print(f"Impor {len(packages)} paket: SQLite {sqlite_s:.1f} s, PostgreSQL {pg_s:.1f} s "
              f"(rasio {figures['import_ratio_pg_vs_sqlite']}); sidik sama: "
              f"{figures['fingerprints_equal']}")
        if args.employees:
            print(f"Membangun kota {args.employees} pegawai (SQLite dan PostgreSQL)…",
                  file=sys.stderr, flush=True)
            monitoring.build(paths_mod.resolve(work / "kota-sqlite"), args.employees)
            monitoring.build(paths_mod.resolve(work / "kota-pg"), args.employees,
                             database=dbs.new())
            figures["monitoring_employees"] = args.employees
            for name, folder in (("sqlite", "kota-sqlite"), ("pg", "kota-pg")):
                for key, value in monitoring_medians(work / folder, args.runs).items():
                    figures[f"{key}_{name}_s"] = value
            print(f"Pemantauan {args.employees} pegawai, PostgreSQL: halaman "
                  f"{figures['halaman_pg_s']} s, satu OPD {figures['opd_pg_s']} s, tindak "
                  f"lanjut {figures['tindak_lanjut_pg_s']} s, rekap berkas "
                  f"{figures['rekap_berkas_pg_s']} s; SQLite: halaman "
                  f"{figures['halaman_sqlite_s']} s")
        figures["ok"] = bool(figures["fingerprints_equal"]) and (
            not args.employees or max(figures["halaman_pg_s"], figures["opd_pg_s"])
            < MONITORING_GOAL_S)
        print(json.dumps(figures))
    finally:
        dbs.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
