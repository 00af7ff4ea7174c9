"""Benchmark of the sync merge (not a timed test).

Builds 20 unit packages holding a year of appraisal data for 10,000 employees in total (500 per
unit, made by the demo generator on real unit installations enrolled from a central), imports
them into a central that holds only master data, and prints:

- rows per second (table rows written by the merge) and change records per second;
- the ratio of the merge's speed to a raw SQLite upsert of the same rows, measured in the same
  run: ``ratio_vs_raw`` counts everything an import writes (the table rows *and* their
  change-log records, with the same indexes); ``ratio_vs_raw_table_rows`` counts the table rows
  only (the merge still writes the change log on top);
- the size of a 500-employee unit's yearly package;
- the time of re-importing an applied package relative to its first import;
- the peak memory (max RSS) of the importing process;
- the limit of this change-record layout: the raw write of the table rows' time over the raw
  write of the rows and their change records (no merge writing the same records can do better
  against the table rows alone);
- the same limit for a history kept as one record per row change holding its changed fields
  (with each field's version) as JSON, written raw beside the rows (``row_history_*``), and
  the size of that raw file over the one with this layout's records;
- the floor of any merge that reads the packages and keeps a history: reading and checking the
  packages alone (decrypting, decompressing, parsing and checking every value, no merging),
  plus that raw write of the rows with one record per row change (``floor_vs_raw_table_rows``:
  no merge keeping even that history can do better);
- the central file's size, per 10,000 employees' year, and the change log's share of it.

The last line is one JSON object with those figures. Goals: ratio >= 0.3 (against the table
rows alone: not reachable with the per-field change records, see the limits and the floor),
package <= 2 MB, re-import <= 5 %, peak memory <= 300 MB.

    python bench/sync_merge.py [--units 20] [--per-unit 500] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from asn_desktop import paths as paths_mod

TAHUN = date.today().year - 1


# ---------------------------------------------------------------------------------- building


def build_master(central: Any, units: int, per_unit: int) -> list[str]:
    from sqlalchemy import insert, select

    from asn_desktop.db.base import new_id
    from asn_desktop.db.models import OrgUnit, Pegawai, Periode, TahunKinerja
    from asn_desktop.domain.periods import Frekuensi, periode_tahun

    kodes = []
    with central.db.session() as s:
        root = s.scalars(select(OrgUnit).where(OrgUnit.parent_id.is_(None))).one()
        sekda = new_id()
        unit_rows: list[dict[str, Any]] = []
        people: list[dict[str, Any]] = [{
            "id": sekda, "nama": "Sekretaris Daerah", "nip": "196801011990031001",
            "jabatan": "Sekretaris Daerah", "jenis_jabatan": "JPT_PRATAMA", "unit_id": root.id,
            "atasan_id": None, "golongan": "IV/d", "pimpinan_unit": True}]
        n = 0
        for u in range(units):
            kode = f"3673.U{u + 1:02d}"
            kodes.append(kode)
            opd = new_id()
            unit_rows.append({"id": opd, "kode": kode, "nama": f"Dinas Contoh {u + 1}",
                              "jenis": "OPD", "parent_id": root.id, "urutan": u})
            kepala = new_id()
            people.append({"id": kepala, "nama": f"Kepala Dinas {u + 1}", "nip": f"{n:018d}",
                           "jabatan": f"Kepala Dinas Contoh {u + 1}",
                           "jenis_jabatan": "JPT_PRATAMA", "unit_id": opd, "atasan_id": sekda,
                           "golongan": "IV/c", "pimpinan_unit": True})
            n += 1
            heads = []
            for b in range(4):
                bid = new_id()
                unit_rows.append({"id": bid, "kode": f"{kode}.{b + 1:02d}",
                                  "nama": f"Bidang {b + 1} Dinas {u + 1}", "jenis": "BIDANG",
                                  "parent_id": opd, "urutan": b})
                head = new_id()
                heads.append((bid, head))
                people.append({"id": head, "nama": f"Kepala Bidang {b + 1}.{u + 1}",
                               "nip": f"{n:018d}", "jabatan": f"Kepala Bidang {b + 1}",
                               "jenis_jabatan": "ADMINISTRATOR", "unit_id": bid,
                               "atasan_id": kepala, "golongan": "IV/a",
                               "pimpinan_unit": True})
                n += 1
            for i in range(per_unit - 5):
                bid, head = heads[i % 4]
                jenis = "PELAKSANA" if i % 3 else "FUNGSIONAL_KEAHLIAN"
                people.append({"id": new_id(), "nama": f"Pegawai {u + 1}.{i + 1}",
                               "nip": f"{n:018d}", "jabatan": "Analis Kebijakan Ahli Pertama"
                               if jenis != "PELAKSANA" else "Pengadministrasi Perkantoran",
                               "jenis_jabatan": jenis, "unit_id": bid, "atasan_id": head,
                               "golongan": "III/a", "pimpinan_unit": False})
                n += 1
        s.execute(insert(OrgUnit), unit_rows)
        s.execute(insert(Pegawai), people)
        s.add(TahunKinerja(tahun=TAHUN, frekuensi=Frekuensi.TRIWULANAN.value,
                           tanggal_skp=date(TAHUN, 1, 2)))
        for per in periode_tahun(TAHUN, Frekuensi.TRIWULANAN):
            s.add(Periode(tahun=TAHUN, kode=per.kode, frekuensi="TRIWULANAN", mulai=per.mulai,
                          selesai=per.selesai))
    return kodes


def build(work: Path, units: int, per_unit: int) -> list[Path]:
    from asn_desktop.services import sync_service as svc
    from asn_desktop.services.demo import fill_demo
    from asn_desktop.services.enrol import init_from_setup
    from asn_desktop.services.workspace import init_workspace

    central = init_workspace(paths_mod.resolve(work / "central"), "central", "BKPSDM")
    kodes = build_master(central, units, per_unit)
    packages = []
    for i, kode in enumerate(kodes):
        t = time.perf_counter()
        inv = svc.invite(central, kode, work / "setup")
        ws = init_from_setup(paths_mod.resolve(work / "units" / kode), inv.path, inv.kode)
        fill_demo(ws, employees=per_unit, seed=i + 1, tahun=TAHUN, today=date(TAHUN, 12, 31))
        res = svc.export(ws, work / "packages")
        packages.append(res.files[0].path)
        ws.close()
        print(f"  unit {kode}: paket {res.files[0].ukuran / 1024:.0f} KB, "
              f"{res.files[0].perubahan} perubahan ({time.perf_counter() - t:.1f} s)",
              file=sys.stderr, flush=True)
    central.close()
    return packages


# --------------------------------------------------------------------------------- importing


def import_phase(central_dir: Path, packages: list[Path]) -> dict[str, Any]:
    """Run in a child process so its peak memory is the import's alone."""
    from asn_desktop.services import sync_service as svc
    from asn_desktop.services.workspace import open_workspace

    ws = open_workspace(paths_mod.resolve(central_dir))
    decode = min(decode_only(ws, packages) for _ in range(2))
    ws.db.backup(ws.paths.backups, "sebelum-impor")  # what `sync import F1..F20` does first
    times = []
    rows = changes = 0
    for p in packages:
        t = time.perf_counter()
        r = svc.import_package(ws, p, backup=False)
        times.append(time.perf_counter() - t)
        rows += r.baris_baru + r.baris_diubah
        changes += r.diterapkan
        assert not r.sudah_diimpor and r.konflik == 0 and r.ditahan == 0
    t = time.perf_counter()
    again = svc.import_package(ws, packages[0], backup=False)
    reimport = time.perf_counter() - t
    assert again.sudah_diimpor
    ws.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {"times": times, "rows": rows, "changes": changes, "reimport": reimport,
            "peak_mb": peak, "decode": decode}


def decode_only(ws: Any, packages: list[Path]) -> float:
    """Seconds to read and check the packages as an import does before merging: the header
    and signature, the payload's hash, its decryption and decompression, and every line parsed with
    every value checked against its column (nothing merged or written)."""
    from asn_desktop.services.sync_lokal import keys as load_keys
    from asn_desktop.services.sync_service import _local
    from asn_desktop.sync.container import PayloadReader, hash_payload, open_key_for
    from asn_desktop.sync.importer import check_header
    from asn_desktop.sync.payload import Decoder

    keys, local = load_keys(ws), _local(ws)
    start = time.perf_counter()
    for p in packages:
        with open(p, "rb") as f:
            header, _peer = check_header(ws.db, local, f)
            hash_payload(f, header)
            box = keys.box_for(header.manifest.recipient_box)
            assert box is not None
            key = open_key_for(box, header.manifest)
            for _item in Decoder().items(PayloadReader(f, header, key).blocks()):
                pass
    return time.perf_counter() - start


# ------------------------------------------------------------------------------ raw baseline


def raw_baseline(central_db: Path, work: Path) -> tuple[float, float, float, float]:
    """The same rows written by plain executemany upserts into a fresh file with the same
    tables and indexes (no triggers), per package as the merge did. Returns the seconds for
    the table rows with their change records, for the table rows only, and for the table rows
    with one record per row change, and the size of that last file over the first's."""
    from asn_desktop.sync.schema import TABLE_ORDER, TABLES

    src = sqlite3.connect(central_db)
    tables = [t for t in TABLE_ORDER if TABLES[t].owner == "unit"]
    packages = [r[0] for r in src.execute(
        "SELECT package_id FROM sync_applied WHERE kind = 'delta' ORDER BY diterapkan")]
    schema = [r[0] for r in src.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND type IN ('table', 'index') "
        "AND (name IN ({}) OR tbl_name IN ({}))".format(
            ",".join("?" * (len(tables) + 1)), ",".join("?" * (len(tables) + 1))),
        (*tables, "change_log", *tables, "change_log"))]

    def fresh(name: str) -> sqlite3.Connection:
        path = work / name
        path.unlink(missing_ok=True)
        db = sqlite3.connect(path, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        for sql in schema:
            db.execute(sql)
        return db

    # rows per package, read up front (not timed)
    per_package: list[tuple[dict[str, list[tuple[Any, ...]]], list[tuple[Any, ...]]]] = []
    cols = {t: [r[1] for r in src.execute(f'PRAGMA table_info("{t}")')] for t in tables}
    for pkg in packages:
        ids: dict[str, set[str]] = {}
        log = src.execute(
            "SELECT tbl, row_id, field, value, hlc, node, base_hlc, base_node, actor, source "
            "FROM change_log WHERE source = ? ORDER BY seq", (pkg,)).fetchall()
        for row in log:
            ids.setdefault(row[0], set()).add(row[1])
        rows = {}
        for t, want in ids.items():
            got = []
            lst = list(want)
            for i in range(0, len(lst), 900):
                part = lst[i:i + 900]
                got += src.execute(f'SELECT * FROM "{t}" WHERE id IN ({",".join("?" * len(part))})',
                                   part).fetchall()
            rows[t] = got
        per_package.append((rows, log))

    # the same changes as one record per row change (not timed)
    row_records = [by_row_change(log) for _rows, log in per_package]

    def run(history: str) -> float:
        db = fresh("raw.sqlite")
        if history == "row":
            db.execute("CREATE TABLE row_log (seq INTEGER PRIMARY KEY, tbl TEXT, row_id TEXT, "
                       "hlc INTEGER, node TEXT, actor TEXT, source TEXT, fields TEXT)")
            db.execute("CREATE INDEX ix_row_log_row ON row_log (tbl, row_id)")
        start = time.perf_counter()
        for (rows, log), records in zip(per_package, row_records, strict=True):
            db.execute("BEGIN")
            for t, data in rows.items():
                c = cols[t]
                db.executemany(
                    f'INSERT INTO "{t}" ({",".join(c)}) VALUES ({",".join("?" * len(c))}) '
                    "ON CONFLICT(id) DO UPDATE SET "
                    + ",".join(f"{x}=excluded.{x}" for x in c if x != "id"), data)
            if history == "field":
                db.executemany("INSERT INTO change_log (tbl, row_id, field, value, hlc, node, "
                               "base_hlc, base_node, actor, source) "
                               "VALUES (?,?,?,?,?,?,?,?,?,?)", log)
            elif history == "row":
                db.executemany("INSERT INTO row_log (tbl, row_id, hlc, node, actor, source, "
                               "fields) VALUES (?,?,?,?,?,?,?)", records)
            db.execute("COMMIT")
        took = time.perf_counter() - start
        db.close()
        return took

    def size() -> int:
        return sum(p.stat().st_size for p in (work / "raw.sqlite", work / "raw.sqlite-wal")
                   if p.exists())

    both = run("field")
    field_bytes = size()
    by_row = run("row")
    row_bytes = size()
    tables_only = run("none")
    src.close()
    return both, tables_only, by_row, row_bytes / field_bytes


def by_row_change(log: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """One package's change records (in their order) as one record per row change (a row's
    fields until one comes again): the first change's clock, node and
    actor in the record, and per field its value with its clock as an offset from that one,
    and its node, actor and base version only where they differ (compact JSON)."""
    done: list[list[Any]] = []
    out: dict[str, list[Any]] = {}
    for tbl, rid, field, value, hlc, node, bhlc, bnode, actor, source in log:
        rec = out.get(rid)
        if rec is not None and field in rec[6]:  # a later version of a field: a later change
            done.append(rec)
            rec = None
        if rec is None:
            rec = out[rid] = [tbl, rid, hlc, node, actor, source, {}]
        if isinstance(value, bytes):
            value = {"b": value.hex()}
        item: list[Any] = [value, hlc - rec[2]]
        if node != rec[3] or actor != rec[4] or bhlc is not None:
            item += [node, actor, bhlc, bnode]
        rec[6][field] = item
    return [(*r[:6], json.dumps(r[6], separators=(",", ":"), ensure_ascii=False))
            for r in (*done, *out.values())]


def central_size(path: Path) -> tuple[int, float]:
    """The central file's bytes (with its WAL) and the share the change log and its index
    take (SQLite's dbstat table)."""
    size = path.stat().st_size + sum(p.stat().st_size for p in [path.with_name(
        path.name + "-wal")] if p.exists())
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        pages = dict(con.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name"))
    except sqlite3.OperationalError:  # an SQLite built without dbstat
        return size, float("nan")
    finally:
        con.close()
    history = sum(v for k, v in pages.items() if k.startswith(("change_log", "ix_change_log")))
    return size, round(history / max(sum(pages.values()), 1), 3)


# -------------------------------------------------------------------------------------- main


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--units", type=int, default=20)
    ap.add_argument("--per-unit", type=int, default=500)
    ap.add_argument("--keep", type=Path, help="work folder to keep (default: a temp folder)")
    ap.add_argument("--import-phase", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.import_phase:
        central, *pkgs = args.import_phase
        print(json.dumps(import_phase(Path(central), [Path(p) for p in pkgs])))
        return
    work = args.keep or Path(tempfile.mkdtemp(prefix="asn-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        print(f"Membangun {args.units} paket unit ({args.per_unit} pegawai per unit)…",
              file=sys.stderr, flush=True)
        t = time.perf_counter()
        packages = build(work, args.units, args.per_unit)
        print(f"  selesai dalam {time.perf_counter() - t:.0f} s", file=sys.stderr, flush=True)
        sizes = [p.stat().st_size for p in packages]
        target = work / "central-import"
        shutil.copytree(work / "central", target)
        print("Mengimpor ke pusat…", file=sys.stderr, flush=True)
        child = subprocess.run(
            [sys.executable, __file__, "--import-phase", str(target), *map(str, packages)],
            check=True, capture_output=True, text=True, env={**os.environ})
        res = json.loads(child.stdout.strip().splitlines()[-1])
        merge_time = sum(res["times"])
        raw_both, raw_tables, raw_by_row, row_size = raw_baseline(
            target / "kinerja.sqlite", work)
        first = res["times"][0]
        size, history = central_size(target / "kinerja.sqlite")
        employees = args.units * args.per_unit
        figures = {
            "employees": employees,
            "packages": len(packages),
            "rows": res["rows"],
            "changes": res["changes"],
            "import_seconds": round(merge_time, 2),
            "rows_per_second": round(res["rows"] / merge_time),
            "changes_per_second": round(res["changes"] / merge_time),
            "raw_upsert_seconds": round(raw_both, 2),
            "raw_upsert_table_rows_seconds": round(raw_tables, 2),
            "ratio_vs_raw": round(raw_both / merge_time, 3),
            "ratio_vs_raw_table_rows": round(raw_tables / merge_time, 3),
            # the best a merge can reach while it writes this change-record layout: writing
            # the records alone, raw, costs this share of the raw rows' time
            "history_limit_vs_raw_table_rows": round(raw_tables / raw_both, 3),
            # the same for one record per row change, and with the packages' reading added
            "row_history_raw_seconds": round(raw_by_row, 2),
            "row_history_limit_vs_raw_table_rows": round(raw_tables / raw_by_row, 3),
            # the raw file's size with that history over its size with this one
            "row_history_size_vs_field": round(row_size, 3),
            "decode_seconds": round(res["decode"], 2),
            "floor_vs_raw_table_rows": round(raw_tables / (res["decode"] + raw_by_row), 3),
            "central_mb": round(size / 1e6, 1),
            "central_mb_per_10k_employees": round(size / 1e6 * 10_000 / employees, 1),
            "change_log_share": history,
            "package_500_bytes": max(sizes),
            "package_500_mb": round(max(sizes) / 1024 / 1024, 2),
            "reimport_seconds": round(res["reimport"], 4),
            "first_import_seconds": round(first, 3),
            "reimport_ratio": round(res["reimport"] / first, 4),
            "peak_memory_mb": round(res["peak_mb"], 1),
        }
        print(f"Baris per detik: {figures['rows_per_second']} "
              f"({figures['changes_per_second']} perubahan per detik)")
        print(f"Rasio terhadap upsert SQLite mentah (baris + catatan perubahan): "
              f"{figures['ratio_vs_raw']}; terhadap baris tabel saja: "
              f"{figures['ratio_vs_raw_table_rows']}")
        print(f"Batas dengan tata letak riwayat ini (catatan perubahan ditulis mentah): "
              f"{figures['history_limit_vs_raw_table_rows']} terhadap baris tabel saja")
        print("Dengan satu catatan per perubahan baris: batas "
              f"{figures['row_history_limit_vs_raw_table_rows']}; "
              f"ditambah membaca dan memeriksa paket ({figures['decode_seconds']} s): "
              f"{figures['floor_vs_raw_table_rows']} terhadap baris tabel saja")
        print(f"Berkas pusat: {figures['central_mb']} MB "
              f"({figures['central_mb_per_10k_employees']} MB per 10.000 pegawai setahun; "
              f"catatan perubahan dan indeksnya {figures['change_log_share']:.0%})")
        print(f"Ukuran paket unit 500 pegawai (setahun): {figures['package_500_mb']} MB")
        print(f"Impor ulang paket yang sudah diterapkan: {figures['reimport_ratio'] * 100:.2f} % "
              "dari impor pertama")
        print(f"Memori puncak proses impor: {figures['peak_memory_mb']} MB")
        print(json.dumps(figures))
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
