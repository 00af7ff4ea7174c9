"""Files private to the user: what the application writes (data file and its -wal/-shm,
backups, packages, keys, logs) is 0600 and its folders 0700 on POSIX, whatever the umask the
user started it with."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from asn_desktop import paths as paths_mod
from asn_desktop.cli import main
from asn_desktop.services.workspace import init_workspace

# the files of a data folder with its SQLite data file
pytestmark = [pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX"),
              pytest.mark.sqlite_only]


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """The usual desktop umask (files 0644), which the application must not inherit."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def ok(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def modes(root: Path) -> dict[str, int]:
    """Every entry under ``root`` (and ``root`` itself) with its permission bits."""
    found = {".": stat.S_IMODE(root.stat().st_mode)}
    for p in root.rglob("*"):
        found[str(p.relative_to(root))] = stat.S_IMODE(p.lstat().st_mode)
    return found


def assert_private(root: Path) -> None:
    for name, mode in modes(root).items():
        want = 0o700 if (root / name).is_dir() else 0o600
        assert mode == want, f"{root / name}: {oct(mode)}"


def test_everything_written_is_private(tmp_path: Path, loose_umask: None,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    c, u = tmp_path / "C", tmp_path / "U"
    ok(capsys, "--data-dir", str(c), "init", "--role", "central", "--name", "BKPSDM")
    assert_private(c)
    ok(capsys, "--data-dir", str(c), "demo", "--employees", "30", "--seed", "2")
    ok(capsys, "--data-dir", str(c), "backup", "--out", str(tmp_path / "cadangan-luar"),
       "--sandi", "rahasia-bkpsdm-2026")
    said = ok(capsys, "--data-dir", str(c), "sync", "invite", "--unit", "3673.DINKES",
              "--out", str(tmp_path / "undangan"))
    kode = said.split("Kode pendaftaran: ")[1].split()[0]
    (setup,) = (tmp_path / "undangan").iterdir()
    ok(capsys, "--data-dir", str(u), "init", "--from", str(setup), "--kode", kode)
    ok(capsys, "--data-dir", str(u), "demo", "--employees", "5", "--seed", "3")
    ok(capsys, "--data-dir", str(u), "sync", "export", "--out", str(tmp_path / "naik"))
    (up,) = (tmp_path / "naik").iterdir()
    ok(capsys, "--data-dir", str(c), "sync", "import", str(up))  # backs up, archives
    ok(capsys, "--data-dir", str(c), "sync", "export", "--out", str(tmp_path / "turun"))
    ok(capsys, "--data-dir", str(c), "backup", "--out", str(tmp_path / "satu.sqlite"),
       "--sandi", "rahasia-bkpsdm-2026")
    assert list((c / "cadangan").glob("*-sebelum-impor.sqlite"))
    assert list((c / "kunci").iterdir()) and list((u / "paket-masuk").iterdir())
    for folder in (c, u, tmp_path / "cadangan-luar", tmp_path / "undangan", tmp_path / "naik",
                   tmp_path / "turun"):
        assert_private(folder)
    assert stat.S_IMODE((tmp_path / "satu.sqlite").stat().st_mode) == 0o600
    # the user's own umask is given back once the command is done
    assert os.umask(0o022) == 0o022


def test_the_wal_files_and_log_are_private_too(tmp_path: Path, loose_umask: None) -> None:
    """While the data file is open SQLite keeps -wal and -shm beside it (with the data file's
    mode); the GUI writes its log into log/."""
    import logging

    paths = paths_mod.resolve(tmp_path / "D")
    with paths_mod.private_files():
        ws = init_workspace(paths, "central", "BKPSDM")
        handler = logging.FileHandler(paths.logs / "asn-desktop.log")
        try:
            assert Path(f"{paths.database}-wal").exists()
            assert_private(paths.data_dir)
        finally:
            handler.close()
            ws.close()


def test_a_data_folder_from_before_is_closed_when_opened(
        tmp_path: Path, loose_umask: None, capsys: pytest.CaptureFixture[str]) -> None:
    paths = paths_mod.resolve(tmp_path / "lama")
    paths.data_dir.mkdir(mode=0o755)
    paths.data_dir.chmod(0o755)
    init_workspace(paths, "central", "BKPSDM").close()  # an older version: no private umask
    paths.data_dir.chmod(0o755)
    assert stat.S_IMODE(paths.database.stat().st_mode) == 0o644
    ok(capsys, "--data-dir", str(paths.data_dir), "units")
    assert stat.S_IMODE(paths.data_dir.stat().st_mode) == 0o700
