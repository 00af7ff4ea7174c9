"""Benchmark: from starting the application to a usable main window, with 10,000 employees.

Builds a central with ``--employees`` employees (bulk insert, as bench/gui_scale.py), then
starts a fresh interpreter ``--runs`` times that does what ``asn-desktop gui`` does (Qt
application, translations, open the data file, main window with Beranda) and reports the time
from process start until the window is shown and Beranda's figures are on screen (its
background reads finished). A bare ``python -c pass`` runs beside it as the floor. Goal:
window visible ≤ 1.2 s. Runs offscreen. The package's bytecode is compiled first, as an
installed copy has it. The last line is one JSON object.

    python bench/gui_start.py [--employees 10000] [--runs 5]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gui_scale import build

from asn_desktop.paths import resolve

GOAL_S = 1.2

# The child reports seconds since its own start (a time stamp taken by the parent just before
# spawning, passed in, so the interpreter's start-up counts too).
_CHILD = """
import sys, time
t_spawn = float(sys.argv[2])
from PySide6.QtWidgets import QApplication
from asn_desktop.paths import resolve
from asn_desktop.services.workspace import open_workspace
from asn_desktop.ui import i18n, operations
from asn_desktop.ui.app import apply_language, make_application, open_main_window
app = make_application([])
i18n.install(app, None)
ws = open_workspace(resolve(sys.argv[1]))
apply_language(app, ws)
window = open_main_window(ws)
app.processEvents()
shown = time.time() - t_spawn
operations.wait_idle()
app.processEvents()
ready = time.time() - t_spawn
print(f"{shown:.4f} {ready:.4f}")
window.close()
ws.close()
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--employees", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    import asn_desktop

    compileall.compile_dir(str(Path(asn_desktop.__file__).parent), quiet=1)
    tmp = Path(tempfile.mkdtemp(prefix="gui-start-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        t = time.perf_counter()
        build(resolve(tmp), args.employees)
        print(f"data: {args.employees} employees in {time.perf_counter() - t:.1f} s")
        shown: list[float] = []
        ready: list[float] = []
        floor: list[float] = []
        for _ in range(args.runs):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], check=True)
            floor.append(time.perf_counter() - t)
            r = subprocess.run([sys.executable, "-c", _CHILD, str(tmp), repr(time.time())],
                               capture_output=True, text=True, env=env, check=False)
            if r.returncode != 0:
                raise SystemExit(f"the start failed: {r.stderr.strip()[-2000:]}")
            a, b = r.stdout.split()[-2:]
            shown.append(float(a))
            ready.append(float(b))
        result = {"employees": args.employees, "runs": args.runs,
                  "python_s": round(statistics.median(floor), 3),
                  "window_shown_s": round(statistics.median(shown), 3),
                  "beranda_ready_s": round(statistics.median(ready), 3)}
        result["ok"] = result["window_shown_s"] <= GOAL_S
        print(f"python -c pass   median {result['python_s']:.3f} s")
        print(f"window shown     median {result['window_shown_s']:.3f} s "
              f"(goal ≤ {GOAL_S} s: {'met' if result['ok'] else 'MISSED'}); "
              f"runs {', '.join(f'{x:.2f}' for x in shown)}")
        print(f"Beranda ready    median {result['beranda_ready_s']:.3f} s")
        print(json.dumps(result))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
