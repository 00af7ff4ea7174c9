"""Random soaking of the sync property tests: fresh random examples, batch after batch, until
the example count or the time budget is reached. Each batch has its own seed, printed, so a
failure can be replayed:

    ASN_SOAK_EXAMPLES=250 python -m pytest -m soak tests/sync --hypothesis-seed=SEED

Batches run side by side (one per core by default). A failing example found here becomes a
fixed ``@example`` on the test, so CI checks it from then on.

    python scripts/soak.py --examples 5000 --minutes 90 [--jobs 2] [--batch 250]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _batch(seed: int, size: int, log: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, ASN_SOAK_EXAMPLES=str(size), QT_QPA_PLATFORM="offscreen")
    cmd = [sys.executable, "-m", "pytest", "-q", "-m", "soak", "-p", "no:cacheprovider",
           "tests/sync", f"--hypothesis-seed={seed}"]
    out = log.open("wb")
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=5000, help="examples per property test")
    ap.add_argument("--minutes", type=float, default=120.0, help="time budget")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--batch", type=int, default=250, help="examples per batch and test")
    ap.add_argument("--logs", type=Path, default=ROOT / "build" / "soak")
    a = ap.parse_args()
    a.logs.mkdir(parents=True, exist_ok=True)
    rng = random.SystemRandom()
    start = time.monotonic()
    deadline = start + a.minutes * 60
    running: list[tuple[int, int, Path, subprocess.Popen[bytes]]] = []
    queued = done = 0
    failed: list[int] = []
    while (queued < a.examples and time.monotonic() < deadline and not failed) or running:
        while (len(running) < a.jobs and queued < a.examples and not failed
               and time.monotonic() < deadline):
            size = min(a.batch, a.examples - queued)
            seed = rng.randrange(2**32)
            log = a.logs / f"seed-{seed}.log"
            print(f"batch seed={seed} examples={size}", flush=True)
            running.append((seed, size, log, _batch(seed, size, log)))
            queued += size
        time.sleep(1)
        for item in list(running):
            seed, size, log, proc = item
            if proc.poll() is None:
                continue
            running.remove(item)
            if proc.returncode == 0:
                done += size
                print(f"  seed={seed}: {size} examples passed ({done} in all, "
                      f"{time.monotonic() - start:.0f} s)", flush=True)
            else:
                failed.append(seed)
                print(f"  seed={seed}: FAILED, see {log}; replay with "
                      f"ASN_SOAK_EXAMPLES={size} python -m pytest -m soak tests/sync "
                      f"--hypothesis-seed={seed}", flush=True)
    secs = time.monotonic() - start
    print(json.dumps({"examples_passed": done, "failed_seeds": failed,
                      "seconds": round(secs), "jobs": a.jobs}))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
