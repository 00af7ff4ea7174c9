"""Keys that survive: a data file without its keys is a hard error, never new keys."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from asn_desktop import paths as paths_mod
from asn_desktop.cli import main
from asn_desktop.services.workspace import init_workspace, open_workspace
from asn_desktop.sync.keys import KeysMissing


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_data_file_without_keys_is_a_hard_error(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "d"
    assert run(capsys, "--data-dir", str(d), "init", "--role", "central",
               "--name", "BKPSDM")[0] == 0
    paths = paths_mod.resolve(str(d))
    assert sorted(p.name for p in paths.keys.iterdir()) == ["enkripsi.key", "tanda-tangan.key"]
    shutil.rmtree(paths.keys)  # the data file restored onto a new PC, kunci/ left behind
    with pytest.raises(KeysMissing) as err:
        open_workspace(paths)
    assert "backup" in err.value.message and "BKPSDM" in err.value.message
    for argv in (("units",), ("sync", "status"), ("verify", "ABCD-EFGH-JKMN")):
        code, out, errtext = run(capsys, "--data-dir", str(d), *argv)
        assert code == 1 and out == ""
        assert errtext.count("\n") == 1 and "Kunci instalasi ini tidak ada" in errtext
        assert "restore" in errtext
    assert not paths.keys.exists()  # nothing created


def test_keys_are_made_with_the_installation(tmp_path: Path) -> None:
    paths = paths_mod.resolve(str(tmp_path / "u"))
    with init_workspace(paths, "unit", "Dinas Kesehatan"):
        pass
    with open_workspace(paths):
        pass
    assert (paths.keys / "tanda-tangan.key").exists() and (paths.keys / "enkripsi.key").exists()
