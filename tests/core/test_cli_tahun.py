"""CLI: 'tahun buka' and 'tahun daftar'."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.cli_run import run

from asn_desktop import paths as paths_mod
from asn_desktop.services.workspace import init_workspace


@pytest.fixture
def pusat(tmp_path: Path) -> str:
    d = tmp_path / "pusat"
    init_workspace(paths_mod.resolve(d), "central", "BKPSDM").close()
    return str(d)


def test_buka_then_daftar(pusat: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--data-dir", pusat, "tahun", "buka", "--tahun", "2027",
                         "--frekuensi", "semesteran")
    assert code == 0, err
    assert out.strip() == "Tahun kinerja 2027 dibuka: frekuensi semesteran, 3 periode."
    code, out, err = run(capsys, "--data-dir", pusat, "tahun", "buka", "--tahun", "2028")
    assert code == 0 and "triwulanan, 4 periode" in out  # the published default
    code, out, _ = run(capsys, "--data-dir", pusat, "tahun", "daftar", "--json")
    assert code == 0
    assert json.loads(out) == [
        {"tahun": 2028, "frekuensi": "TRIWULANAN", "dibuka": True, "periode": 4, "skp": 0,
         "skp_disetujui": 0},
        {"tahun": 2027, "frekuensi": "SEMESTERAN", "dibuka": True, "periode": 3, "skp": 0,
         "skp_disetujui": 0}]
    code, out, _ = run(capsys, "--data-dir", pusat, "tahun", "daftar")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["TAHUN", "FREKUENSI", "STATUS", "PERIODE", "SKP",
                                              "DISETUJUI"]
    assert lines[2].split() == ["2027", "semesteran", "dibuka", "3", "0", "0"]


def test_refusals(pusat: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--data-dir", pusat, "tahun", "buka", "--tahun", "2027")
    code, _, err = run(capsys, "--data-dir", pusat, "tahun", "buka", "--tahun", "2027",
                       "--frekuensi", "bulanan")
    assert code == 1 and "sudah dibuka dengan frekuensi triwulanan" in err
    assert len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--data-dir", pusat, "tahun", "buka", "--tahun", "2027")
    assert code == 1 and "sudah dibuka" in err
    code, _, err = run(capsys, "--data-dir", pusat, "tahun", "buka", "--tahun", "3001")
    assert code == 1 and "rentang" in err
    code, _, err = run(capsys, "--data-dir", pusat, "tahun", "buka", "--tahun", "2029",
                       "--frekuensi", "tahunan")
    assert code == 2 and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--data-dir", pusat, "tahun")
    assert code == 2 and "tahun buka" in err


def test_unit_installation_cannot_open_a_year(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "unit"
    init_workspace(paths_mod.resolve(d), "unit", "Dinas Pendidikan").close()
    code, _, err = run(capsys, "--data-dir", str(d), "tahun", "buka", "--tahun", "2027")
    assert code == 1 and "pusat" in err
