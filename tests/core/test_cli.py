"""The command line as a user runs it: exit codes, one-line errors, no Qt."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from tests.cli_run import run

from asn_desktop import __version__


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and __version__ in out


def test_init_demo_units_pegawai(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = str(tmp_path / "d")
    assert run(capsys, "--data-dir", d, "init", "--role", "central", "--name", "BKPSDM")[0] == 0
    code, out, _ = run(capsys, "--data-dir", d, "demo", "--employees", "120", "--seed", "3")
    assert code == 0 and "120 pegawai" in out
    code, out, _ = run(capsys, "--data-dir", d, "units", "--json")
    units = json.loads(out)
    kodes = {u["kode"] for u in units}
    assert {"3673", "3673.DINDIKBUD", "3673.DISDUKCAPIL", "3673.BKPSDM"} <= kodes
    code, out, _ = run(capsys, "--data-dir", d, "pegawai", "--unit", "3673.DISDUKCAPIL",
                       "--json")
    rows = json.loads(out)
    assert rows and all(r["unit"].startswith("3673.DISDUKCAPIL") for r in rows)
    assert all(len(r["nip"]) == 18 for r in rows)
    conn = sqlite3.connect(Path(d) / "kinerja.sqlite")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_usage_errors_exit_2_with_one_line(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "init", "--role", "raja")
    assert code == 2 and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "tidak-ada-perintah")
    assert code == 2 and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "init", "--role", "unit")
    assert code == 2 and "--name" in err


def test_rejected_input_exits_1_with_one_line(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    d = str(tmp_path / "d")
    code, _, err = run(capsys, "--data-dir", d, "units")
    assert code == 1 and "init" in err and len(err.strip().splitlines()) == 1
    run(capsys, "--data-dir", d, "init", "--role", "central", "--name", "BKPSDM")
    code, _, err = run(capsys, "--data-dir", d, "init", "--role", "central", "--name", "Lagi")
    assert code == 1 and "sudah" in err
    code, _, err = run(capsys, "--data-dir", d, "pegawai", "--unit", "TIDAK.ADA")
    assert code == 1 and "TIDAK.ADA" in err and len(err.strip().splitlines()) == 1


def test_non_gui_commands_do_not_import_qt(tmp_path: Path) -> None:
    d = str(tmp_path / "d")
    script = (
        "import sys\n"
        "from asn_desktop.cli import main\n"
        f"main(['--data-dir', {d!r}, 'init', '--role', 'central', '--name', 'B'])\n"
        f"main(['--data-dir', {d!r}, 'demo', '--employees', '30'])\n"
        f"main(['--data-dir', {d!r}, 'units'])\n"
        f"main(['--data-dir', {d!r}, 'pegawai', '--json'])\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.sqlite_only  # a page limit on the SQLite file
def test_full_disk_is_one_line_and_changes_nothing(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """The data file may not grow (SQLite's page limit stands in for a full disk): the demo
    fails with one line, exit 1, and the file holds exactly what it held before."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    d = tmp_path / "d"
    run(capsys, "--data-dir", str(d), "init", "--role", "central", "--name", "BKPSDM")
    db = d / "kinerja.sqlite"

    def counts() -> dict[str, int]:
        conn = sqlite3.connect(db)
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = "
                                            "'table' AND name NOT LIKE 'sqlite_%'")]
        out = {n: conn.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names}
        conn.close()
        return out

    before = counts()

    def no_growth(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 2}")

    event.listen(Engine, "connect", no_growth)
    try:
        code, _, err = run(capsys, "--data-dir", str(d), "demo", "--employees", "300")
    finally:
        event.remove(Engine, "connect", no_growth)
    errors = [line for line in err.splitlines() if line.startswith("asn-desktop:")]
    assert code == 1 and len(errors) == 1 and "Disk penuh" in errors[0]  # after the progress
    assert counts() == before
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_names_and_folders_refused_clearly(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    a_file = tmp_path / "berkas"
    a_file.write_text("x")
    for args in (("units",), ("init", "--role", "central", "--name", "X")):
        code, _, err = run(capsys, "--data-dir", str(a_file), *args)
        assert code == 1 and "adalah berkas, bukan folder" in err
    d = str(tmp_path / "d")
    for name, why in (("a\nb", "baris baru"), ("A" * 201, "paling panjang 200")):
        code, _, err = run(capsys, "--data-dir", d, "init", "--role", "central", "--name", name)
        assert code == 1 and why in err and not (tmp_path / "d" / "kinerja.sqlite").exists()


def test_os_reasons_are_indonesian() -> None:
    import errno

    from asn_desktop.errors import os_reason

    assert os_reason(FileExistsError(errno.EEXIST, "File exists")) == (
        "sudah ada berkas dengan nama itu")
    odd = os_reason(OSError(errno.ECHILD, "No child processes"))
    assert "ECHILD" in odd and "child" not in odd
