"""Benchmark: does the bundle (``make dist``) start as fast as the development install?

Runs the same commands with the bundle's ``asn-desktop`` and with ``python -m asn_desktop``
of the development install, interleaved so both see the same machine load, on one data
folder (a central with ``--employees`` demo employees), and reports medians and the ratio
bundle / development per command:

  * version — ``--version``
  * units   — ``units --json``
  * print   — ``print evaluasi --nip N`` (one signed sheet)

Goal: the bundle no slower than the development install: for each command a ratio ≤ 1.1, or
at most 0.03 s more (the bootloader's own start: loading libpython and opening the archive,
which only shows on a command as short as ``--version``). The last line is one JSON object.

    python bench/bundle_start.py [--bundle dist/asn-desktop-<versi>/asn-desktop] [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL_RATIO = 1.1
GOAL_EXTRA_S = 0.03


def run(cmd: list[str]) -> tuple[float, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    t = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, check=False, env=env)
    took = time.perf_counter() - t
    if r.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({r.returncode}): {r.stderr.strip()[-400:]}")
    return took, r.stdout


def main() -> int:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bundle", type=Path,
                    default=ROOT / "dist" / f"asn-desktop-{version}" / "asn-desktop")
    ap.add_argument("--employees", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    if not args.bundle.exists():
        raise SystemExit(f"no bundle at {args.bundle}: run 'make dist' first")

    tmp = Path(tempfile.mkdtemp(prefix="bundle-start-"))
    data = tmp / "data"
    dev = [sys.executable, "-m", "asn_desktop", "--data-dir", str(data)]
    bundle = [str(args.bundle), "--data-dir", str(data)]
    try:
        run([*dev, "init", "--role", "central", "--name", "BKPSDM Kota Serang"])
        run([*dev, "demo", "--employees", str(args.employees), "--seed", "1"])
        pdf = tmp / "lembar.pdf"
        nip = None
        for row in json.loads(run([*dev, "pegawai", "--json"])[1]):
            r = subprocess.run([*dev, "print", "evaluasi", "--nip", row["nip"], "--out",
                                str(pdf)], capture_output=True, text=True, check=False)
            if r.returncode == 0 and re.search(r"kode verifikasi", r.stdout):
                nip = row["nip"]
                break
        if nip is None:
            raise SystemExit("no evaluation to print in the demo data")
        tails = {"version": ["--version"], "units": ["units", "--json"],
                 "print": ["print", "evaluasi", "--nip", nip, "--out", str(pdf)]}
        times: dict[str, dict[str, list[float]]] = {k: {"dev": [], "bundle": []}
                                                    for k in tails}
        for _ in range(args.runs):
            for name, tail in tails.items():
                times[name]["dev"].append(run([*dev, *tail])[0])
                times[name]["bundle"].append(run([*bundle, *tail])[0])
        result: dict[str, object] = {"employees": args.employees, "runs": args.runs}
        ok = True
        for name, t in times.items():
            d, b = statistics.median(t["dev"]), statistics.median(t["bundle"])
            ratio = b / d
            met = ratio <= GOAL_RATIO or b - d <= GOAL_EXTRA_S
            ok &= met
            print(f"{name:8} development {d:.3f} s, bundle {b:.3f} s, ratio {ratio:.2f} "
                  f"(goal ≤ {GOAL_RATIO} or ≤ +{GOAL_EXTRA_S} s: {'met' if met else 'MISSED'})")
            result |= {f"{name}_dev_s": round(d, 3), f"{name}_bundle_s": round(b, 3),
                       f"{name}_ratio": round(ratio, 2)}
        result["ok"] = ok
        print(json.dumps(result))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
