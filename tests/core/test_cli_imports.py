"""Each command loads only what it uses: the start of a command is what a person waits for
(bench/cli_start.py measures it). Each case runs in a fresh interpreter and lists the
third-party packages that were imported."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from asn_desktop.paths import resolve
from asn_desktop.services.workspace import init_workspace

_PROBE = """
import json, sys
from asn_desktop.cli import main
try:
    main(sys.argv[1:])
except BaseException:  # the import set is what is asked, not the outcome
    pass
print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})), file=sys.stderr)
"""

HEAVY = {"sqlalchemy", "alembic", "reportlab", "cryptography", "PySide6", "openpyxl", "pypdf",
         "PIL", "pyhanko", "aiohttp"}


def loaded(*argv: str) -> set[str]:
    r = subprocess.run([sys.executable, "-c", _PROBE, *argv], capture_output=True, text=True,
                       timeout=120)
    return set(json.loads(r.stderr.strip().splitlines()[-1])) & HEAVY


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("cli-imports")
    init_workspace(resolve(d), "central", "BKPSDM Kota Serang").close()
    return d


@pytest.mark.parametrize("argv", [["--version"], ["--data-dir", "x", "--version"], ["--help"],
                                  ["pegawai", "--help"],
                                  ["sync", "export", "--help"], ["tidak-ada"],
                                  ["tidak-ada.asnpkg"], ["tidak-ada.ASNSETUP"]])
def test_help_and_version_load_no_library(argv: list[str]) -> None:
    assert loaded(*argv) == set()


@pytest.mark.parametrize("argv", [["units", "--json"], ["pegawai"], ["tahun", "daftar"],
                                  ["sync", "status"]])
def test_lists_load_no_printing_no_gui_no_migrations(data_dir: Path, argv: list[str]) -> None:
    got = loaded("--data-dir", str(data_dir), *argv)
    assert "sqlalchemy" in got  # the probe really ran the command against the data file
    assert got.isdisjoint({"reportlab", "PySide6", "alembic", "openpyxl", "pypdf", "PIL"})


def test_verify_loads_no_gui_no_spreadsheet(data_dir: Path) -> None:
    got = loaded("--data-dir", str(data_dir), "verify", "ABCD-EFGH-JKMN")
    assert "sqlalchemy" in got
    assert got.isdisjoint({"PySide6", "alembic", "openpyxl"})


@pytest.mark.sqlite_only  # edits the SQLite file
def test_migration_due_loads_alembic(tmp_path: Path) -> None:
    # an older file is upgraded: Alembic is loaded when (and only when) there is work for it
    import sqlite3

    init_workspace(resolve(tmp_path), "central", "BKPSDM").close()
    db = next(tmp_path.glob("*.sqlite"))
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '0008'")
    con.commit()
    con.close()
    assert "alembic" in loaded("--data-dir", str(tmp_path), "units", "--json")


def test_print_and_verify_sign_and_check_without_the_network_clients(tmp_path: Path) -> None:
    """A signed sheet and its check load pyHanko but not its HTTP clients (aiohttp): both work
    offline (services/pdf_luring.py)."""
    from asn_desktop.services.demo import fill_demo

    ws = init_workspace(resolve(tmp_path), "central", "BKPSDM Kota Serang")
    fill_demo(ws, employees=12, seed=3)
    ws.close()
    base = ("--data-dir", str(tmp_path))
    out = tmp_path / "lembar.pdf"
    nips = json.loads(subprocess.run(
        [sys.executable, "-m", "asn_desktop", *base, "pegawai", "--json"], capture_output=True,
        text=True, check=True).stdout)
    for row in nips:  # the first employee with an evaluation to print
        got = loaded(*base, "print", "evaluasi", "--nip", row["nip"], "--out", str(out))
        if out.exists():
            break
    assert out.exists() and "pyhanko" in got and "aiohttp" not in got
    checked = loaded(*base, "verify", str(out))
    assert "pyhanko" in checked and checked.isdisjoint({"aiohttp", "PySide6", "alembic"})
    r = subprocess.run([sys.executable, "-m", "asn_desktop", *base, "verify", str(out)],
                       capture_output=True, text=True, check=False)
    assert r.returncode == 0 and "TANDA TANGAN PDF SAH" in r.stdout
    # a code is checked against the records: no drawing, no PDF library (no kop image set)
    code = re.search(r"Kode verifikasi\s+(\S+)", r.stdout)
    assert code is not None
    by_code = loaded(*base, "verify", code[1])
    assert "sqlalchemy" in by_code and by_code.isdisjoint({"reportlab", "pyhanko", "PySide6"})
