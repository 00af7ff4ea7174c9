"""Benchmark: how long a person waits for a command, end to end (a new process each time).

Prepares a central with ``--employees`` demo employees in a temporary data folder, prints one
evaluation sheet to get a verification code, then runs each command ``--runs`` times,
interleaved with a bare ``python -c pass`` so that both see the same machine load, and reports
medians:

  * python     — ``python -c pass``: the floor every command pays;
  * version    — ``asn-desktop --version``;             goal ≤ 0.15 s
  * units      — ``asn-desktop units --json``;          goal ≤ 0.5 s
  * print      — ``asn-desktop print evaluasi --nip N``; goal ≤ 1.0 s
  * verify     — ``asn-desktop verify CODE``;           goal ≤ 0.5 s
  * orm        — ``python -c "import asn_desktop.db.models"``: SQLAlchemy and the models, the
                 floor of every command that opens the data file;

and the time of ``demo --employees N`` that prepares the data (goal ≤ 8 s for 2,000).
The package's bytecode is compiled first, as an installed copy has it (a development checkout
under ``PYTHONDONTWRITEBYTECODE`` would otherwise compile every module at every start).
The last line is one JSON object.

    python bench/cli_start.py [--employees 2000] [--runs 7] [--keep DIR]
"""

from __future__ import annotations

import argparse
import compileall
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOALS = {"version": 0.15, "units": 0.5, "print": 1.0, "verify": 0.5}
DEMO_GOAL = 8.0


def run(cmd: list[str]) -> tuple[float, str]:
    t = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, check=False)
    took = time.perf_counter() - t
    if r.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({r.returncode}): {r.stderr.strip()}")
    return took, r.stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--employees", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--keep", type=Path, help="keep the data folder here")
    args = ap.parse_args()

    import asn_desktop

    compileall.compile_dir(str(Path(asn_desktop.__file__).parent), quiet=1)
    tmp = Path(tempfile.mkdtemp(prefix="cli-start-"))
    data = args.keep or tmp / "data"
    app = [sys.executable, "-m", "asn_desktop", "--data-dir", str(data)]
    try:
        run([*app, "init", "--role", "central", "--name", "BKPSDM Kota Serang"])
        t = time.perf_counter()
        run([*app, "demo", "--employees", str(args.employees), "--seed", "1"])
        demo_s = round(time.perf_counter() - t, 2)
        print(f"demo     {args.employees} employees in {demo_s:.1f} s"
              + (f"  goal ≤ {DEMO_GOAL} s: {'met' if demo_s <= DEMO_GOAL else 'MISSED'}"
                 if args.employees == 2000 else ""))
        _, listing = run([*app, "pegawai", "--json"])
        nips = [r["nip"] for r in json.loads(listing)]
        pdf = tmp / "lembar.pdf"
        nip = code = None
        for candidate in nips:  # the first employee with an approved evaluation to print
            r = subprocess.run([*app, "print", "evaluasi", "--nip", candidate, "--out", str(pdf)],
                               capture_output=True, text=True, check=False)
            m = re.search(r"kode verifikasi ([0-9A-Z-]+)", r.stdout)
            if r.returncode != 0 or not m:
                continue
            # a sheet of a draft verifies as KONSEP (exit 1): which period is still open
            # depends on today's date, so look for an official one
            if subprocess.run([*app, "verify", m[1]], capture_output=True,
                              check=False).returncode == 0:
                nip, code = candidate, m[1]
                break
        if nip is None or code is None:
            raise SystemExit("no evaluation to print in the demo data")

        commands = {
            "python": [sys.executable, "-c", "pass"],
            "version": [*app, "--version"],
            "units": [*app, "units", "--json"],
            "print": [*app, "print", "evaluasi", "--nip", nip, "--out", str(pdf)],
            "verify": [*app, "verify", code],
            "orm": [sys.executable, "-c", "import asn_desktop.db.models"],
        }
        times: dict[str, list[float]] = {k: [] for k in commands}
        for _ in range(args.runs):
            for name, cmd in commands.items():
                times[name].append(run(cmd)[0])
        med = {k: round(statistics.median(v), 3) for k, v in times.items()}
        for k, v in med.items():
            goal = GOALS.get(k)
            mark = "" if goal is None else f"  goal ≤ {goal} s: {'met' if v <= goal else 'MISSED'}"
            print(f"{k:8} median {v:.3f} s over {args.runs} runs "
                  f"(min {min(times[k]):.3f}, max {max(times[k]):.3f}){mark}")
        result = {"employees": args.employees, "runs": args.runs, "demo_s": demo_s,
                  **{f"{k}_s": v for k, v in med.items()},
                  "ok": all(med[k] <= g for k, g in GOALS.items())
                  and (args.employees != 2000 or demo_s <= DEMO_GOAL)}
        print(json.dumps(result))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
