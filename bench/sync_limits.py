"""Benchmark of the sync engine at its size limits (not a timed test).

Measures two resource figures:

1. Peak memory of importing the largest package the limits allow. A central and one unit
   installation are enrolled the normal way (master data at the central, ``sync invite``, the
   unit set up from the setup package, a year of demo data on the unit). The unit then writes
   daily-log rows (``log_harian``) for its own employees whose ``uraian`` is as long as a text
   value may be (``schema.MAX_TEXT``, 4 M characters) of random words: compressible about
   2.5 to one, so the package stays far below the 1 GiB file limit and the decompression
   bound, while the plaintext is several hundred MB (``--mb``). ``--text astral`` writes
   letters outside the Basic Multilingual Plane instead (4 bytes each in UTF-8 and in a Python
   string), as long as a 16 MB package line allows: the heaviest value per character. The
   unit exports its package with the normal service and the central imports it with the CLI
   (``asn-desktop sync import``, pre-import backup included) in a fresh process, whose peak
   resident memory (max RSS, from ``wait4`` in a small launcher: see ``LAUNCHER``) is
   reported with the package size, plaintext size and import time (wall time of the CLI).
2. Time of the pre-import backup of a data file of about 1 GB (``--backup-gb``): a second
   central is grown with log rows written through SQLAlchemy with change capture on (so
   ``change_log`` grows with them, as in real use), then ``Database.backup_to`` (SQLite's
   online backup, which the importer runs before its commit) copies it; seconds and MB/s.
   The file was just written, so it is read from the page cache: a cold disk is slower.

``--trace`` adds two diagnostic imports of the same package into fresh copies of the central
(in-process service call, like the CLI's): one notes resident memory, SQLite's heap, malloc's
heap and the stack at the highest resident memory and at each merge batch; one runs tracemalloc
and lists where the Python memory sits (not part of the JSON figures).

Goal: import peak memory <= 300 MB (the backup time is reported, no goal). The last line is one
JSON object with the figures. MB here is 2**20 bytes, GB 2**30.

    python bench/sync_limits.py [--mb 600] [--text ascii|astral] [--backup-gb 1.0] [--trace]
                                [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from asn_desktop import paths as paths_mod

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sync_merge import TAHUN, build_master  # the same master data

MB = 1024 * 1024
GB = 1024 * MB
GOAL_PEAK_MB = 300.0


# ------------------------------------------------------------------------------------- text


def vocabulary(rng: random.Random, astral: bool = False, n: int = 4096) -> list[str]:
    """Made-up words of two to four syllables: text that zlib compresses only about 2.5:1.
    ``astral``: written in mathematical bold letters (U+1D41A...), 4 bytes each (5.5:1)."""
    cons, vow = "bcdghjklmnprstwy", "aiueo"
    if astral:
        cons, vow = (
            "".join(chr(0x1D41A + ord(c) - ord("a")) for c in x) for x in (cons, vow))
    syl = [c + v for c in cons for v in vow] + [vow[0] + cons[9], vow[1] + cons[9]]
    return ["".join(rng.choices(syl, k=rng.randint(2, 4))) for _ in range(n)]


def long_text(rng: random.Random, words: list[str], chars: int, max_bytes: int) -> str:
    """Random words, single-spaced, at most ``chars`` characters and ``max_bytes`` bytes of
    UTF-8, as long as those allow (no space at either end)."""
    text = " ".join(rng.choices(words, k=chars // 5 + 16))
    assert len(text) > chars
    text = text[:chars]
    raw = text.encode()
    if len(raw) > max_bytes:
        text = raw[:max_bytes].decode(errors="ignore")
    return text.strip()


# ---------------------------------------------------------------------------------- part 1


def build_pair(work: Path, per_unit: int, plain_mb: float, astral: bool) -> dict[str, Any]:
    """Central + one enrolled unit; the unit's text-heavy package. Returns figures and paths."""
    from sqlalchemy import select

    from asn_desktop.db.models import Pegawai
    from asn_desktop.services import log_harian as log_svc
    from asn_desktop.services import sync_service as svc
    from asn_desktop.services.demo import fill_demo
    from asn_desktop.services.enrol import init_from_setup
    from asn_desktop.services.orgs import subtree_ids
    from asn_desktop.services.workspace import init_workspace
    from asn_desktop.sync.payload import MAX_LINE
    from asn_desktop.sync.schema import MAX_TEXT

    say("Membangun pusat dan satu unit…")
    central = init_workspace(paths_mod.resolve(work / "central"), "central", "BKPSDM")
    (kode,) = build_master(central, 1, per_unit)
    inv = svc.invite(central, kode, work / "setup")
    central.close()
    unit = init_from_setup(paths_mod.resolve(work / "unit"), inv.path, inv.kode)
    fill_demo(unit, employees=per_unit, seed=1, tahun=TAHUN, today=date(TAHUN, 12, 31))

    rng = random.Random(7)
    words = vocabulary(rng, astral)
    budget = MAX_LINE - 4096  # the row's other fields and the line's framing
    per_row = len(long_text(random.Random(0), words, MAX_TEXT, budget).encode())
    rows = max(1, math.ceil(plain_mb * MB / per_row))
    say(f"Menulis {rows} log harian dengan uraian ~{per_row / MB:.1f} MB di unit…")
    with unit.db.session() as s:
        assert unit.info.unit_id is not None
        scope = subtree_ids(s, unit.info.unit_id)
        people = list(s.scalars(select(Pegawai.id).where(Pegawai.unit_id.in_(scope),
                                                         Pegawai.deleted.is_(False))))
    t = time.perf_counter()
    for i in range(rows):
        text = long_text(rng, words, MAX_TEXT, budget)
        with unit.db.session() as s:  # one row per transaction, as a person would save them
            log_svc.add_log(s, people[i % len(people)], log_svc.LogInput(
                tanggal=date(TAHUN, 1, 2) + timedelta(days=i % 360), uraian=text,
                output_satuan="Dokumen", kuantitas=1.0), info=unit.info)
        if (i + 1) % 25 == 0:
            say(f"  {i + 1}/{rows} baris ({time.perf_counter() - t:.0f} s)")
    write_s = time.perf_counter() - t

    say("Mengekspor paket unit…")
    t = time.perf_counter()
    res = svc.export(unit, work / "packages")
    export_s = time.perf_counter() - t
    unit.close()
    pkg = res.files[0].path
    return {"package": pkg, "rows": rows, "row_mb": per_row / MB, "write_s": write_s,
            "export_s": export_s}


def plaintext_bytes(central_dir: Path, pkg: Path) -> int:
    """The package's payload after decryption and decompression, counted by streaming it with
    the recipient's key (the same reader the import uses; nothing is written)."""
    from asn_desktop.sync.container import PayloadReader, open_key_for, read_header
    from asn_desktop.sync.keys import load_or_create_keys
    from asn_desktop.sync.versions import known_schemas

    keys = load_or_create_keys(paths_mod.resolve(central_dir).keys)
    with open(pkg, "rb") as f:
        header = read_header(f, known_schemas())
        reader = PayloadReader(f, header, open_key_for(keys.box, header.manifest))
        return sum(len(b) for b in reader.blocks())


# A child's max RSS (wait4 / RUSAGE_CHILDREN) counts the memory of the process it was forked
# from, up to its exec: measured from this process, which has just held hundreds of MB of text,
# it would report our peak, not the import's. A small launcher forks the import instead, so the
# figure has only the launcher's ~10 MB as its floor.
LAUNCHER = """
import json, os, subprocess, sys, time
t = time.perf_counter()
with open(sys.argv[1], "wb") as out:
    p = subprocess.Popen(sys.argv[2:], stdout=out, stderr=subprocess.STDOUT)
    _pid, status, usage = os.wait4(p.pid, 0)
print(json.dumps({"rc": os.waitstatus_to_exitcode(status), "s": time.perf_counter() - t,
                  "maxrss_kb": usage.ru_maxrss}))
"""


def run_measured(cmd: list[str], log: Path) -> tuple[int, float, float]:
    """Run ``cmd`` in a fresh process; (exit code, seconds, its peak RSS in MB)."""
    out = subprocess.run([sys.executable, "-c", LAUNCHER, str(log), *cmd], check=True,
                         capture_output=True, text=True).stdout
    res = json.loads(out.strip().splitlines()[-1])
    return res["rc"], res["s"], res["maxrss_kb"] / 1024  # KiB on Linux


def check_imported(central_dir: Path, rows: int) -> None:
    path = paths_mod.resolve(central_dir).database
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        n = db.execute("SELECT COUNT(*) FROM log_harian WHERE length(uraian) > 1000000"
                       ).fetchone()[0]
    finally:
        db.close()
    if n != rows:
        raise SystemExit(f"impor tidak lengkap: {n} dari {rows} baris panjang di pusat")


# ------------------------------------------------------------------------------- diagnostic


def _proc_status() -> dict[str, float]:
    out = {}
    with open("/proc/self/status") as f:
        for line in f:
            k, _, v = line.partition(":")
            if k in ("VmRSS", "VmHWM", "RssAnon", "RssFile", "RssShmem"):
                out[k] = int(v.split()[0]) / 1024
    return out


def _c_probes() -> tuple[Any, Any]:
    """SQLite's own heap counter and glibc's malloc statistics, where available."""
    import ctypes
    import ctypes.util

    sqlite_used = libc_info = None
    try:
        lib = ctypes.CDLL(ctypes.util.find_library("sqlite3") or "libsqlite3.so.0")
        lib.sqlite3_memory_used.restype = ctypes.c_int64

        def sqlite_used() -> float:
            return float(lib.sqlite3_memory_used()) / MB
    except (OSError, AttributeError):
        pass
    try:
        class MallInfo2(ctypes.Structure):
            _fields_ = [(n, ctypes.c_size_t) for n in (
                "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks",
                "uordblks", "fordblks", "keepcost")]

        libc = ctypes.CDLL(None)
        libc.mallinfo2.restype = MallInfo2

        def libc_info() -> dict[str, float]:
            m = libc.mallinfo2()
            return {"malloc_heap_mb": round(m.arena / MB, 1),
                    "malloc_mmap_mb": round(m.hblkhd / MB, 1),
                    "malloc_in_use_mb": round((m.uordblks + m.hblkhd) / MB, 1),
                    "malloc_free_kept_mb": round(m.fordblks / MB, 1)}
    except (OSError, AttributeError):
        pass
    return sqlite_used, libc_info


def trace_import(central_dir: Path, pkg: Path, python_sites: bool) -> dict[str, Any]:
    """In a child: the same import as the CLI's (service, pre-import backup included), probed.

    Resident memory is polled every 5 ms; at each new maximum the main thread's stack, SQLite's
    heap and malloc's figures are noted. At each merge batch a sample is taken. With
    ``python_sites`` tracemalloc runs as well (it costs memory itself, so it gets its own run)
    and the allocation sites at the batch holding the most Python memory are listed."""
    import traceback

    from asn_desktop.services import sync_service as svc
    from asn_desktop.services.workspace import open_workspace
    from asn_desktop.sync import merge

    sqlite_used, libc_info = _c_probes()

    def state() -> dict[str, Any]:
        st = _proc_status()
        out: dict[str, Any] = {"rss_mb": round(st.get("VmRSS", 0), 1)}
        if sqlite_used is not None:
            out["sqlite_heap_mb"] = round(sqlite_used(), 1)
        if libc_info is not None:
            out.update(libc_info())
        if python_sites:
            out["python_traced_mb"] = round(tracemalloc.get_traced_memory()[0] / MB, 1)
        return out

    main_id = threading.get_ident()
    peak: dict[str, Any] = {"rss_mb": 0.0}
    stop = threading.Event()

    def poll() -> None:
        while not stop.wait(0.005):
            rss = _proc_status().get("VmRSS", 0)
            if rss > peak["rss_mb"] + 1:
                frame = sys._current_frames().get(main_id)
                stack = traceback.StackSummary.extract(  # no source lines: no linecache
                    traceback.walk_stack(frame), lookup_lines=False)[::-1] if frame else []
                peak.update(state(), rss_mb=rss, stack=[
                    f"{Path(fr.filename).name}:{fr.lineno} {fr.name}" for fr in stack
                    if "asn_desktop" in fr.filename or "json" in fr.filename][-6:])

    samples: list[dict[str, Any]] = []
    best: dict[str, Any] = {"traced": -1}

    def sample(where: str) -> None:
        samples.append({"where": where, **state()})
        if python_sites:
            cur = tracemalloc.get_traced_memory()[0]
            if cur > best["traced"]:
                best.update(traced=cur, where=where, snap=tracemalloc.take_snapshot())

    orig_process = merge.Merger._process

    def process(self: Any, tbl: str, batch: dict[str, Any]) -> None:
        sample(f"batch {tbl} ({len(batch)} rows), before")
        orig_process(self, tbl, batch)
        sample(f"batch {tbl} ({len(batch)} rows), after")

    merge.Merger._process = process  # type: ignore[method-assign]
    threading.Thread(target=poll, daemon=True).start()
    if python_sites:
        tracemalloc.start(12)
    ws = open_workspace(paths_mod.resolve(central_dir))
    sample("workspace open")
    t = time.perf_counter()
    svc.import_package(ws, pkg)
    took = time.perf_counter() - t
    sample("imported")
    ws.close()
    stop.set()
    out: dict[str, Any] = {"seconds": round(took, 1),
                           "vm_hwm_mb": round(_proc_status().get("VmHWM", 0), 1),
                           "peak": peak, "samples": samples}
    if python_sites:
        out["python_traced_peak_mb"] = round(tracemalloc.get_traced_memory()[1] / MB, 1)
        out["python_sites_at"] = best["where"]
        sites = []
        for st in best["snap"].statistics("traceback")[:8]:
            frames = [f"{Path(fr.filename).name}:{fr.lineno}" for fr in st.traceback
                      if "asn_desktop" in fr.filename or "json" in fr.filename][-4:]
            sites.append({"mb": round(st.size / MB, 1), "blocks": st.count,
                          "at": " < ".join(reversed(frames)) or str(st.traceback[-1])})
        out["python_sites"] = sites
    return out


def diagnose(work: Path, pkg: Path) -> None:
    """Two probed imports into fresh copies of the central; prints and keeps trace-*.json."""
    for python_sites in (False, True):
        target = work / f"central-trace-{int(python_sites)}"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(work / "central", target)
        say("Impor diagnostik" + (" dengan tracemalloc…" if python_sites else "…"))
        child = subprocess.run(
            [sys.executable, __file__, "--trace-child", str(int(python_sites)), str(target),
             str(pkg)], check=True, capture_output=True, text=True)
        diag = json.loads(child.stdout.strip().splitlines()[-1])
        (work / f"trace-{int(python_sites)}.json").write_text(json.dumps(diag, indent=1))
        shutil.rmtree(target, ignore_errors=True)
        if not python_sites:
            print(f"Diagnostik: VmHWM {diag['vm_hwm_mb']} MB; pada RSS tertinggi: "
                  + json.dumps({k: v for k, v in diag["peak"].items() if k != "stack"}))
            print("  tumpukan: " + " > ".join(diag["peak"].get("stack", [])))
            for smp in diag["samples"]:
                if "log_harian" in smp["where"] or smp["where"] in ("workspace open",
                                                                     "imported"):
                    print(f"  {smp['where']}: " + json.dumps(
                        {k: v for k, v in smp.items() if k != "where"}))
        else:
            print(f"Diagnostik tracemalloc: puncak memori Python {diag['python_traced_peak_mb']}"
                  f" MB; terbanyak pada {diag['python_sites_at']}:")
            for site in diag["python_sites"]:
                print(f"  {site['mb']:8.1f} MB {site['blocks']:7d} blok  {site['at']}")


# ---------------------------------------------------------------------------------- part 2


def grow_central(work: Path, target_gb: float) -> Path:
    """A central whose data file is about ``target_gb``: log rows of 1-3 KB written through
    SQLAlchemy with capture on (so each lands in change_log too), committed in batches."""
    from sqlalchemy import insert, select

    from asn_desktop.db.base import new_id
    from asn_desktop.db.models import LogHarian, Pegawai
    from asn_desktop.services.workspace import init_workspace

    ws = init_workspace(paths_mod.resolve(work / "central-backup"), "central", "BKPSDM")
    build_master(ws, 4, 50)
    with ws.db.Session() as s:
        people = list(s.scalars(select(Pegawai.id)))
    path = ws.db.path
    rng = random.Random(11)
    words = vocabulary(rng)
    pool = " ".join(rng.choices(words, k=2_000_000))  # ~12 MB of words to cut rows from
    target = target_gb * GB
    say(f"Mengisi {path.name} pusat kedua sampai ~{target_gb:g} GB…")
    t = time.perf_counter()
    n = 0

    def size() -> int:  # of the committed database, wherever its pages are (file or WAL)
        with ws.db.engine.connect() as c:
            pages = c.exec_driver_sql("PRAGMA page_count").scalar() or 0
            return int(pages) * int(c.exec_driver_sql("PRAGMA page_size").scalar() or 0)

    while size() < target:
        rows = []
        for _ in range(5000):
            a = rng.randrange(len(pool) - 4000)
            rows.append({"id": new_id(), "pegawai_id": rng.choice(people),
                         "tanggal": date(TAHUN, 1, 1) + timedelta(days=rng.randrange(365)),
                         "uraian": pool[a:a + rng.randint(1000, 3000)].strip(),
                         "output_satuan": "Dokumen", "kuantitas": float(rng.randint(1, 5))})
        with ws.db.session() as s:
            s.execute(insert(LogHarian), rows)
        n += len(rows)
        if n % 50_000 == 0:
            say(f"  {n:,} baris, {size() / GB:.2f} GB ({time.perf_counter() - t:.0f} s)")
    with ws.db.engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    ws.close()
    say(f"  {n:,} baris, {path.stat().st_size / GB:.2f} GB ({time.perf_counter() - t:.0f} s)")
    return work / "central-backup"


def time_backup(central_dir: Path) -> tuple[int, float]:
    """(bytes of the data file, seconds of ``Database.backup_to``), as the importer calls it."""
    from asn_desktop.services.workspace import open_workspace

    ws = open_workspace(paths_mod.resolve(central_dir))
    try:
        size = ws.db.path.stat().st_size
        target = central_dir / "cadangan-bench.sqlite"
        t = time.perf_counter()
        ws.db.backup_to(target)
        took = time.perf_counter() - t
        assert target.stat().st_size == size
        target.unlink()
    finally:
        ws.close()
    return size, took


# -------------------------------------------------------------------------------------- main


def say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=600.0,
                    help="plaintext MB of long text rows in the package (0: skip part 1)")
    ap.add_argument("--backup-gb", type=float, default=1.0,
                    help="size of the data file to back up (0: skip part 2)")
    ap.add_argument("--text", choices=("ascii", "astral"), default="ascii",
                    help="letters of the long texts (astral: 4 bytes each)")
    ap.add_argument("--per-unit", type=int, default=20, help="employees of the unit")
    ap.add_argument("--trace", action="store_true",
                    help="also run diagnostic imports: where the memory goes")
    ap.add_argument("--keep", type=Path, help="work folder to keep (default: a temp folder)")
    ap.add_argument("--trace-child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.trace_child:
        sites, central, pkg = args.trace_child
        print(json.dumps(trace_import(Path(central), Path(pkg), sites == "1")))
        return
    work = args.keep or Path(tempfile.mkdtemp(prefix="asn-bench-limits-"))
    work.mkdir(parents=True, exist_ok=True)
    figures: dict[str, Any] = {"bench": "sync_limits"}
    try:
        if args.mb > 0:
            built = build_pair(work, args.per_unit, args.mb, args.text == "astral")
            pkg: Path = built["package"]
            target = work / "central-import"
            shutil.copytree(work / "central", target)
            plain = plaintext_bytes(target, pkg)
            say("Mengimpor di pusat (proses baru, CLI)…")
            cmd = [sys.executable, "-m", "asn_desktop", "--data-dir", str(target), "sync",
                   "import", str(pkg)]
            rc, import_s, peak = run_measured(cmd, work / "import.log")
            log = (work / "import.log").read_text(errors="replace").strip()
            if rc != 0:
                raise SystemExit(f"impor gagal ({rc}): {log}")
            say(f"  {log}")
            check_imported(target, built["rows"])
            size = pkg.stat().st_size
            figures.update({
                "import_peak_rss_mb": round(peak, 1),
                "package_mb": round(size / MB, 1),
                "plaintext_mb": round(plain / MB, 1),
                "compression_ratio": round(plain / size, 2),
                "text": args.text,
                "text_rows": built["rows"],
                "import_s": round(import_s, 1),
                "export_s": round(built["export_s"], 1),
                "peak_ok": peak <= GOAL_PEAK_MB,
            })
            print(f"Paket unit: {size / MB:.1f} MB, isi {plain / MB:.1f} MB "
                  f"({built['rows']} log harian x {built['row_mb']:.1f} MB, "
                  f"rasio {plain / size:.2f}); ekspor {built['export_s']:.1f} s")
            print(f"Impor di pusat (CLI, proses baru): {import_s:.1f} s, memori puncak "
                  f"{peak:.1f} MB (sasaran <= {GOAL_PEAK_MB:.0f} MB)")
            if args.trace:
                diagnose(work, pkg)
            if args.keep is None:  # room for part 2
                for p in ("unit", "central", "central-import", "packages"):
                    shutil.rmtree(work / p, ignore_errors=True)
        if args.backup_gb > 0:
            central = grow_central(work, args.backup_gb)
            size, took = time_backup(central)
            figures.update({"backup_gb": round(size / GB, 2), "backup_s": round(took, 2),
                            "backup_mb_per_s": round(size / MB / took)})
            print(f"Cadangan sebelum impor (Database.backup_to) dari {size / GB:.2f} GB: "
                  f"{took:.2f} s, {size / MB / took:.0f} MB/s (dari cache halaman)")
        print(json.dumps(figures))
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
