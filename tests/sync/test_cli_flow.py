"""The sync round trip exactly as an admin types it on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out.strip(), err.strip()


def ok(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    return out


def test_central_and_two_units_converge_and_bad_packages_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    c, u1, u2 = (str(tmp_path / n) for n in ("C", "U1", "U2"))
    ok(capsys, "--data-dir", c, "init", "--role", "central", "--name", "BKPSDM")
    ok(capsys, "--data-dir", c, "demo", "--employees", "150", "--seed", "1")
    units = {"3673.DINKES": u1, "3673.DISDUKCAPIL": u2}
    for i, (kode, d) in enumerate(units.items()):
        setup = tmp_path / f"{kode}.setup"  # a file name is kept as given
        said = ok(capsys, "--data-dir", c, "sync", "invite", "--unit", kode, "--out", str(setup))
        code = said.split("Kode pendaftaran: ")[1].split()[0]
        assert setup.is_file() and not Path(f"{setup}.asnsetup").exists()
        ok(capsys, "--data-dir", d, "init", "--from", str(setup), "--kode", code)
        ok(capsys, "--data-dir", d, "demo", "--employees", "20", "--seed", "4")
        ok(capsys, "--data-dir", d, "sync", "export", "--out", str(tmp_path / f"out{i}"))
    up = sorted((tmp_path / "out0").iterdir())
    for i in range(len(units)):
        for f in sorted((tmp_path / f"out{i}").iterdir()):
            assert "diterapkan" in ok(capsys, "--data-dir", c, "sync", "import", str(f))
    assert "sudah pernah diimpor" in ok(capsys, "--data-dir", c, "sync", "import", str(up[0]))
    ok(capsys, "--data-dir", c, "sync", "export", "--out", str(tmp_path / "down"))
    for kode, d in units.items():
        (down,) = [f for f in (tmp_path / "down").iterdir() if kode in f.name]
        ok(capsys, "--data-dir", d, "sync", "import", str(down))
        assert ok(capsys, "--data-dir", d, "sync", "fingerprint", "--unit", kode) == ok(
            capsys, "--data-dir", c, "sync", "fingerprint", "--unit", kode)

    before = ok(capsys, "--data-dir", c, "sync", "fingerprint")
    ok(capsys, "--data-dir", u1, "demo", "--employees", "5", "--seed", "8")
    ok(capsys, "--data-dir", u1, "sync", "export", "--out", str(tmp_path / "late"))
    (late,) = list((tmp_path / "late").iterdir())
    flipped = tmp_path / "rusak.asnpkg"
    data = bytearray(late.read_bytes())
    data[len(data) // 2] ^= 0x01
    flipped.write_bytes(bytes(data))
    for who, pkg in ((c, flipped), (u2, late)):
        code, _, err = run(capsys, "--data-dir", who, "sync", "import", str(pkg))
        assert code == 1 and len(err.splitlines()) == 1
    ok(capsys, "--data-dir", c, "sync", "revoke", "--unit", "3673.DINKES")
    code, _, err = run(capsys, "--data-dir", c, "sync", "import", str(late))
    assert code == 1 and "dicabut" in err
    assert ok(capsys, "--data-dir", c, "sync", "fingerprint") == before
