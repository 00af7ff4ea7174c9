"""An import killed at any point leaves a sound file and no partial package; importing again
converges."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from tests.sync.conftest import Net, sqlite_central_only, table_counts

from asn_desktop.services import sync_service as svc


def _bulk_logs(net: Net, n: int) -> None:
    a = net.units["3673.A"]
    pid = net.org.people["staf_a1"]
    with a.session() as s:
        conn = s.connection().connection.driver_connection
        conn.executemany(
            "INSERT INTO log_harian (id, pegawai_id, tanggal, uraian, output_satuan, kuantitas) "
            "VALUES (?, ?, ?, ?, 'Dokumen', ?)",
            [(uuid.uuid4().hex, pid, f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}",
              f"Kegiatan harian nomor {i} untuk RHK", float(i % 5)) for i in range(n)])


def _state(db: Path) -> tuple[int, int, int, str]:
    conn = sqlite3.connect(db)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        logs = conn.execute("SELECT COUNT(*) FROM change_log").fetchone()[0]
        rows = conn.execute("SELECT COUNT(*) FROM log_harian").fetchone()[0]
        applied = conn.execute("SELECT COUNT(*) FROM sync_applied").fetchone()[0]
    finally:
        conn.close()
    return logs, rows, applied, ok


def _cmd(data_dir: Path, pkg: Path) -> list[str]:
    return [sys.executable, "-m", "asn_desktop", "--data-dir", str(data_dir), "sync", "import",
            str(pkg)]


def _run(data_dir: Path, pkg: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(_cmd(data_dir, pkg), env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def _complete(data_dir: Path, pkg: Path, env: dict[str, str]) -> None:
    done = subprocess.run(_cmd(data_dir, pkg), env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr


@pytest.mark.slow
def test_killed_imports_leave_no_partial_package(net: Net) -> None:
    sqlite_central_only(net)  # reads the data file after each kill
    _bulk_logs(net, 12_000)
    pkg = net.send(net.units["3673.A"], net.central)
    central_dir = net.central.paths.data_dir
    db = net.central.paths.database
    counts_before = table_counts(net.central)
    fp_before = net.fp(net.central)
    net.central.close()
    pre = _state(db)
    assert pre[3] == "ok"

    # Reference: the same import, not interrupted, on a copy.
    ref_dir = net.root / "referensi"
    import shutil

    shutil.copytree(central_dir, ref_dir)
    env = {**os.environ, "ASN_DESKTOP_DATA_DIR": ""}
    start = time.perf_counter()
    _complete(ref_dir, pkg, env)
    full_time = time.perf_counter() - start
    post = _state(ref_dir / "kinerja.sqlite")
    assert post[2] == pre[2] + 1 and post[0] > pre[0] and post[1] > pre[1]

    rng = random.Random(20261128)
    points = ["group:500", "group:2000", "group:6000", "merged:0", "commit:0"]
    attempts: list[str | float] = [*points, *(rng.uniform(0.05, full_time) for _ in range(5))]
    for when in attempts:
        if isinstance(when, str):
            proc = _run(central_dir, pkg, {**env, "ASN_SYNC_KILL_AT": when})
            code = proc.wait(timeout=120)
            assert code == -signal.SIGKILL, when
        else:
            proc = _run(central_dir, pkg, env)
            time.sleep(when)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=120)
        now = _state(db)
        assert now[3] == "ok", when
        assert now[:3] in (pre[:3], post[:3]), when  # all of the package, or none of it
        if isinstance(when, str):
            assert now[:3] == pre[:3], when  # every injected point is before the commit
        elif now[:3] == post[:3]:
            break  # a random kill came too late: the package is in; nothing to redo
    # Import again: converges to the reference.
    _complete(central_dir, pkg, env)
    assert _state(db)[:3] == post[:3]
    from asn_desktop import paths as paths_mod
    from asn_desktop.services.workspace import open_workspace

    ws = open_workspace(paths_mod.resolve(central_dir))
    ref = open_workspace(paths_mod.resolve(ref_dir))
    try:
        assert svc.fingerprint(ws) == svc.fingerprint(ref) != fp_before
        assert table_counts(ws)["log_harian"] == table_counts(ref)["log_harian"]
        assert svc.import_package(ws, pkg).sudah_diimpor
    finally:
        ws.close()
        ref.close()
    net.central = open_workspace(paths_mod.resolve(central_dir))
    assert counts_before["log_harian"] < table_counts(net.central)["log_harian"]
