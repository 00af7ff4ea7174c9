"""CLI: 'pegawai export', 'skp export' and 'evaluasi export'."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from tests.cli_run import run

from asn_desktop.services import evaluasi
from asn_desktop.services.workspace import Workspace

from .conftest import TAHUN, Org, approved_skp


def _names(path: Path) -> list[str]:
    sheet = load_workbook(path).active
    assert sheet is not None
    return [str(r[1]) for r in sheet.iter_rows(min_row=2, values_only=True)]


def test_exports(ws: Workspace, org: Org, tmp_path: Path,
                 capsys: pytest.CaptureFixture[str]) -> None:
    with ws.session() as s:
        sid = approved_skp(s, org.staf1)
        evaluasi.open_evaluasi(s, sid, f"{TAHUN}-TW1")
        approved_skp(s, org.perawat)
    d = str(ws.paths.data_dir)
    out = tmp_path / "pegawai.xlsx"
    code, stdout, err = run(capsys, "--data-dir", d, "pegawai", "export", "--out", str(out),
                            "--unit", "3673.DINKES")
    assert code == 0, err
    assert stdout.strip() == f"2 baris ditulis ke {out}."
    assert _names(out) == ["Hendra Wijaya", "Rina Marlina"]
    out = tmp_path / "skp.xlsx"
    code, stdout, err = run(capsys, "--data-dir", d, "skp", "ekspor", "--tahun", str(TAHUN),
                            "--out", str(out))
    assert code == 0 and "2 baris" in stdout, err
    assert _names(out) == ["Budi Santoso", "Rina Marlina"]
    out = tmp_path / "evaluasi.xlsx"
    code, stdout, err = run(capsys, "--data-dir", d, "evaluasi", "export", "--periode",
                            f"{TAHUN}-TW1", "--out", str(out), "--unit", "3673.DISDIK")
    assert code == 0 and "1 baris" in stdout, err
    assert _names(out) == ["Budi Santoso"]


def test_export_refusals(ws: Workspace, org: Org, tmp_path: Path,
                         capsys: pytest.CaptureFixture[str]) -> None:
    d = str(ws.paths.data_dir)
    code, _, err = run(capsys, "--data-dir", d, "evaluasi", "export", "--periode", "2026-TW9",
                       "--out", str(tmp_path / "e.xlsx"))
    assert code == 1 and "2026-TW9" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--data-dir", d, "skp", "export", "--tahun", str(TAHUN),
                       "--out", str(tmp_path / "s.xlsx"), "--unit", "TIDAK.ADA")
    assert code == 1 and "TIDAK.ADA" in err
    code, _, err = run(capsys, "--data-dir", d, "pegawai", "export", "--out",
                       str(tmp_path / "p.txt"))
    assert code == 1 and ".xlsx" in err
    code, _, err = run(capsys, "--data-dir", d, "skp", "export", "--tahun", str(TAHUN))
    assert code == 2 and "--out" in err
    code, _, err = run(capsys, "--data-dir", d, "evaluasi")
    assert code == 2 and "evaluasi export" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pusat"]
