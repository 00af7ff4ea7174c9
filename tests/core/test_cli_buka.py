"""``asn-desktop FILE``: what a double-click on a package or setup file runs. An existing
.asnpkg or .asnsetup starts the GUI with it; anything else is a usage error (exit 2), and the
GUI is not started."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest
from tests.cli_run import run


@pytest.fixture
def gui(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, Any]]:
    """A stand-in for asn_desktop.ui.app (no window here): records run_gui's arguments."""
    calls: list[tuple[Any, Any]] = []
    fake = types.ModuleType("asn_desktop.ui.app")

    def run_gui(data_dir: str | None = None, buka: str | None = None,
                serah: Any = None) -> int:
        from asn_desktop.ui.satu_jendela import Serah

        assert serah is Serah.TIDAK_ADA  # asked first: no application open on that folder
        calls.append((data_dir, buka))
        return 0

    fake.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "asn_desktop.ui.app", fake)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # the screen check lets it start
    return calls


@pytest.mark.parametrize("name", ["paket.asnpkg", "PAKET.ASNPKG", "unit.AsnSetup"])
def test_package_or_setup_file_starts_the_gui_with_it(tmp_path: Path, gui: list[Any],
                                                      capsys: pytest.CaptureFixture[str],
                                                      name: str) -> None:
    f = tmp_path / name
    f.write_bytes(b"x")
    assert run(capsys, str(f))[0] == 0
    assert gui == [(None, str(f))]
    d = str(tmp_path / "data")
    assert run(capsys, "--data-dir", d, "-v", str(f))[0] == 0
    assert gui[-1] == (d, str(f))


def test_no_argument_starts_the_gui_without_a_file(gui: list[Any],
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys)[0] == 0 and gui == [(None, None)]


@pytest.mark.parametrize("name", ["tidak-ada.asnpkg", "tidak-ada.asnsetup"])
def test_missing_file_is_a_usage_error(tmp_path: Path, gui: list[Any],
                                       capsys: pytest.CaptureFixture[str], name: str) -> None:
    code, _out, err = run(capsys, str(tmp_path / name))
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "tidak ditemukan" in err and name in err
    assert gui == []


def test_other_files_and_extra_arguments_are_usage_errors(
        tmp_path: Path, gui: list[Any], capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "laporan.pdf"
    other.write_bytes(b"x")
    package = tmp_path / "paket.asnpkg"
    package.write_bytes(b"x")
    folder = tmp_path / "folder.asnpkg"
    folder.mkdir()
    for argv in ([str(other)], [str(package), str(package)], [str(package), "units"],
                 [str(folder)]):
        code, _out, err = run(capsys, *argv)
        assert code == 2 and len(err.strip().splitlines()) == 1, argv
    assert gui == []
