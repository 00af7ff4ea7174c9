"""Sync commands: usage errors exit 2 and other errors exit 1, each with one line on stderr."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.cli_run import run
from tests.sync.conftest import Net, add_skp


def test_usage_and_errors_are_one_line(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    c = str(tmp_path / "pusat")
    assert run(capsys, "--data-dir", c, "init", "--role", "central", "--name", "BKPSDM")[0] == 0
    code, _, err = run(capsys, "--data-dir", c, "sync", "resolve", "1", "--keep", "keduanya")
    assert code == 2 and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--data-dir", c, "sync")
    assert code == 2 and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--data-dir", c, "sync", "resolve", "7", "--keep", "local")
    assert code == 1 and "tidak ditemukan" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--data-dir", c, "sync", "import", str(tmp_path / "tidak-ada"))
    assert code == 1 and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--data-dir", c, "sync", "export", "--out", str(tmp_path / "x"))
    assert code == 1 and "Belum ada unit" in err
    code, _, err = run(capsys, "--data-dir", c, "sync", "invite", "--unit", "X", "--out",
                       str(tmp_path / "x.asnsetup"))
    assert code == 1 and "tidak ditemukan" in err
    code, _, err = run(capsys, "--data-dir", c, "sync", "revoke", "--unit", "3673")
    assert code == 1 and "tidak memiliki instalasi" in err
    code, out, _ = run(capsys, "--data-dir", c, "sync", "status")
    assert code == 0 and "Konflik terbuka: 0" in out
    code, out, _ = run(capsys, "--data-dir", c, "sync", "conflicts")
    assert code == 0 and "Tidak ada konflik" in out
    code, out, _ = run(capsys, "--data-dir", c, "sync", "fingerprint")
    assert code == 0 and len(out.strip()) == 64


def test_unit_without_enrolment_cannot_export(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    u = str(tmp_path / "unit")
    run(capsys, "--data-dir", u, "init", "--role", "unit", "--name", "Dinas Latihan")
    code, _, err = run(capsys, "--data-dir", u, "sync", "export", "--out", str(tmp_path / "o"))
    assert code == 1 and "belum didaftarkan" in err and len(err.strip().splitlines()) == 1


def test_import_of_several_files_reports_each_rejection_and_applies_the_rest(
        net: Net, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = net.units["3673.A"], net.units["3673.B"]
    add_skp(a, net.org.people["staf_a1"])
    add_skp(b, net.org.people["staf_b1"])
    pa, pb = net.send(a, net.central), net.send(b, net.central)
    bad = pa.with_name("rusak.asnpkg")
    bad.write_bytes(pa.read_bytes()[:-7])
    code, out, err = run(capsys, "--data-dir", str(net.central.paths.data_dir), "sync",
                         "import", str(bad), str(pa), str(pb))
    assert code == 1 and err.count("\n") == 1 and "rusak.asnpkg" in err
    assert out.count("diterapkan") == 2
    assert len(list(net.central.paths.backups.glob("*-sebelum-impor.*"))) == 1
