"""CLI: 'pegawai template', 'pegawai impor' (alias 'import') with --dry-run, --laporan."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select
from tests.cli_run import run

from asn_desktop import paths as paths_mod
from asn_desktop.db.models import Pegawai
from asn_desktop.services.workspace import init_workspace, open_workspace

NIP_A = "198008172005031001"
NIP_B = "199005062023212002"


def _count(d: Path) -> int:
    ws = open_workspace(paths_mod.resolve(d))
    try:
        with ws.db.Session() as s:
            return int(s.scalar(select(func.count()).select_from(Pegawai)) or 0)
    finally:
        ws.close()


def test_cli_template_then_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "pusat"
    init_workspace(paths_mod.resolve(d), "central", "BKPSDM").close()
    tpl = tmp_path / "templat.xlsx"
    code, out, _ = run(capsys, "--data-dir", str(d), "pegawai", "template", "--out", str(tpl))
    assert code == 0 and tpl.exists()
    wb = load_workbook(tpl)
    sheet = wb["Pegawai"]
    rows = [[NIP_A, "Dr. Budi Santoso, M.Si.", None, None, "PNS", "III/a", "Analis",
                  "Fungsional Keahlian", "3673", None, "17-08-1980", "L"],
            [NIP_B, "Siti", None, None, None, "IX", "Perawat Terampil", None,
                  "Dinas Tak Ada", NIP_A, None, "P"],
            [float(NIP_A[:-1] + "2"), "Joko", None, None, "PNS", "III/a", "Staf",
                  "Pelaksana", "3673", None, None, None]]
    for i, row in enumerate(rows, start=2):  # typed below the header, as in Excel
        for j, v in enumerate(row, start=1):
            sheet.cell(row=i, column=j, value=v)
    wb.save(tpl)
    laporan = tmp_path / "laporan.xlsx"
    code, out, err = run(capsys, "--data-dir", str(d), "pegawai", "impor", str(tpl),
                         "--laporan", str(laporan))
    assert code == 1
    assert "Baris 3" in err and "Baris 4" in err and "Teks" in err
    assert "Dinas Tak Ada" in out and laporan.exists()
    assert _count(d) == 0
    for cell in sheet[4]:
        cell.value = None
    sheet["I3"] = "3673"
    wb.save(tpl)
    code, out, err = run(capsys, "--data-dir", str(d), "pegawai", "import", str(tpl),
                         "--dry-run")
    assert code == 0, err
    assert "Baru 2" in out and "tidak ada yang diubah" in out
    assert _count(d) == 0
    code, out, err = run(capsys, "--data-dir", str(d), "pegawai", "impor", str(tpl))
    assert code == 0, err
    assert "Baru 2" in out and "Cadangan" in out
    assert _count(d) == 2
    code, out, _ = run(capsys, "--data-dir", str(d), "pegawai", "impor", str(tpl))
    assert code == 0 and "tetap 2" in out


def test_cli_refused_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "pusat"
    init_workspace(paths_mod.resolve(d), "central", "BKPSDM").close()
    lama = tmp_path / "lama.xls"
    lama.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    code, _, err = run(capsys, "--data-dir", str(d), "pegawai", "impor", str(lama))
    assert code == 1 and ".xlsx" in err and len(err.strip().splitlines()) == 1
