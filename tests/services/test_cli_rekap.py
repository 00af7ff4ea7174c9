"""CLI: 'rekap' answers what it is asked, and refuses in one line what it cannot answer."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from tests.cli_run import run

from asn_desktop.services.workspace import Workspace

from .conftest import TAHUN, Org, approved_skp


def test_rekap_json_and_filters(ws: Workspace, org: Org,
                                capsys: pytest.CaptureFixture[str]) -> None:
    with ws.session() as s:
        approved_skp(s, org.kabid)
    d = str(ws.paths.data_dir)
    code, out, err = run(capsys, "--data-dir", d, "rekap", "--tahun", str(TAHUN), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert {o["kode"] for o in data["opd"]} == {"3673.DISDIK", "3673.DINKES"}
    assert sum(o["pegawai"] for o in data["opd"]) == len(data["pegawai"]) == 7
    # a kind of unit narrows the rows; the others' employees do not move into them
    code, out, _ = run(capsys, "--data-dir", d, "rekap", "--tahun", str(TAHUN), "--jenis",
                       "opd", "--json")
    assert code == 0 and {o["pegawai"] for o in json.loads(out)["opd"]} == {5, 2}


@pytest.mark.parametrize(("args", "words"), [
    (["--tahun", "-5"], "rentang"),
    (["--tahun", "99999999999999999999"], "rentang"),
    (["--tahun", "abc"], "bilangan"),
])
def test_rekap_usage_errors(ws: Workspace, args: list[str], words: str,
                            capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--data-dir", str(ws.paths.data_dir), "rekap", *args)
    assert code == 2 and words in err and len(err.strip().splitlines()) == 1


def test_rekap_refusals_change_nothing(ws: Workspace, org: Org, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    d = str(ws.paths.data_dir)
    readonly = tmp_path / "ro.xlsx"
    readonly.write_bytes(b"keep")
    readonly.chmod(0o444)
    for args, words in (
            (["--periode", f"{TAHUN - 1}-TW1"], "bukan periode tahun"),
            (["--jenis", "XYZ"], "Tidak ada baris rekap"),
            (["--out", str(tmp_path / "tidak" / "ada" / "r.xlsx")], "tidak ada"),
            (["--out", str(readonly)], "hanya-baca"),
            (["--out", str(tmp_path / "r.csv")], ".xlsx atau .pdf"),
            (["--unit", "TIDAK.ADA"], "TIDAK.ADA")):
        code, _, err = run(capsys, "--data-dir", d, "rekap", "--tahun", str(TAHUN), *args)
        usage = args[-1].endswith(".csv")  # the kind of file asked for: as print's --out
        assert code == (2 if usage else 1) and words in err, (args, err)
        assert len(err.strip().splitlines()) == 1, (args, err)
    assert not (tmp_path / "tidak").exists() and readonly.read_bytes() == b"keep"
    assert sorted(os.listdir(tmp_path)) == ["pusat", "ro.xlsx"]  # the data folder, the file
