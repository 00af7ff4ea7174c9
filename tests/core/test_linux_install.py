"""installer/linux/install.sh and uninstall.sh in a temporary HOME, over a fake bundle (a folder
laid out as PyInstaller's, with a stand-in program): the launcher, menu entry, icons and file
types appear in the user's folders only, and go again; the data folder is never touched."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "installer" / "linux"
ICONS = ROOT / "src" / "asn_desktop" / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or shutil.which("bash") is None, reason="Linux installer scripts")


def _bundle(tmp_path: Path, *, with_scripts: bool) -> Path:
    """dist/asn-desktop-<version>/ as the Linux archive holds it (a space in its path too)."""
    bundle = tmp_path / "Unduhan saya" / "asn-desktop-0.1.0"
    resources = bundle / "_internal" / "asn_desktop" / "resources"
    resources.mkdir(parents=True)
    shutil.copytree(ICONS, resources / "icons")
    exe = bundle / "asn-desktop"
    exe.write_text('#!/bin/sh\nprintf "%s\\n" "$@" > "$HOME/dijalankan.txt"\n', encoding="utf-8")
    exe.chmod(0o755)
    if with_scripts:
        for name in ("install.sh", "uninstall.sh", "asn-desktop.desktop",
                     "asn-desktop-mime.xml"):
            shutil.copy2(LINUX / name, bundle / name)
    return bundle


def _run(script: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "LANG": "C.UTF-8"}  # no XDG_DATA_HOME: the defaults under HOME
    return subprocess.run(["bash", str(script), *args], env=env, capture_output=True,
                          text=True, timeout=120)


def _installed(home: Path) -> list[Path]:
    share = home / ".local" / "share"
    return [home / ".local" / "bin" / "asn-desktop",
            share / "applications" / "asn-desktop.desktop",
            share / "mime" / "packages" / "asn-desktop.xml",
            share / "icons" / "hicolor" / "scalable" / "apps" / "asn-desktop.svg",
            *(share / "icons" / "hicolor" / f"{n}x{n}" / "apps" / "asn-desktop.png"
              for n in SIZES)]


@pytest.mark.parametrize("layout", ["archive", "repository"])
def test_install_then_uninstall_keeps_the_data(tmp_path: Path, layout: str) -> None:
    home = tmp_path / "home"
    data = home / ".local" / "share" / "asn-desktop"
    data.mkdir(parents=True)
    (data / "kinerja.sqlite").write_bytes(b"data sungguhan")
    (data / "cadangan").mkdir()
    if layout == "archive":  # the scripts inside the extracted folder
        bundle = _bundle(tmp_path, with_scripts=True)
        install, uninstall, args = bundle / "install.sh", bundle / "uninstall.sh", ()
    else:  # from a source checkout, naming the folder
        bundle = _bundle(tmp_path, with_scripts=False)
        install, uninstall = LINUX / "install.sh", LINUX / "uninstall.sh"
        args = (str(bundle),)

    r = _run(install, home, *args)
    assert r.returncode == 0, r.stderr
    assert "terpasang" in r.stdout
    for f in _installed(home):
        assert f.is_file(), f
    # nothing written outside HOME's user folders
    assert sorted(p.name for p in home.iterdir()) == [".local"]

    launcher = home / ".local" / "bin" / "asn-desktop"
    assert os.access(launcher, os.X_OK)
    subprocess.run([str(launcher), "/tmp/paket satu.asnpkg"], env={"HOME": str(home)},
                   check=True, timeout=30)
    assert (home / "dijalankan.txt").read_text(encoding="utf-8") == "/tmp/paket satu.asnpkg\n"

    desktop = (home / ".local" / "share" / "applications" / "asn-desktop.desktop").read_text(
        encoding="utf-8")
    assert f"Exec={launcher} %f" in desktop.splitlines()
    assert "Name=Kinerja ASN Desktop" in desktop and "Icon=asn-desktop" in desktop
    assert "MimeType=application/x-asn-paket;application/x-asn-setup;" in desktop
    if shutil.which("desktop-file-validate"):
        v = subprocess.run(["desktop-file-validate",
                            str(home / ".local" / "share" / "applications" /
                                "asn-desktop.desktop")], capture_output=True, text=True)
        assert v.returncode == 0 and not v.stdout.strip(), v.stdout + v.stderr
    if shutil.which("update-mime-database"):
        globs = (home / ".local" / "share" / "mime" / "globs2").read_text(encoding="utf-8")
        assert "application/x-asn-paket:*.asnpkg" in globs
        assert "application/x-asn-setup:*.asnsetup" in globs
    if shutil.which("update-desktop-database"):
        cache = (home / ".local" / "share" / "applications" / "mimeinfo.cache").read_text(
            encoding="utf-8")
        assert "application/x-asn-paket=asn-desktop.desktop;" in cache

    r = _run(install, home, *args)  # again (an update): the same files, no complaint
    assert r.returncode == 0, r.stderr

    r = _run(uninstall, home)
    assert r.returncode == 0, r.stderr
    for f in _installed(home):
        assert not f.exists(), f
    assert "TIDAK dihapus" in r.stdout and str(data) in r.stdout
    assert (data / "kinerja.sqlite").read_bytes() == b"data sungguhan"
    assert (data / "cadangan").is_dir()
    assert (bundle / "asn-desktop").is_file()  # the extracted folder is the user's to delete

    r = _run(uninstall, home)  # nothing left to remove: says so, still fine
    assert r.returncode == 0 and "Tidak ada yang perlu dilepas" in r.stdout


def test_install_refuses_without_a_program_and_leaves_a_foreign_launcher(
        tmp_path: Path) -> None:
    home = tmp_path / "home"
    empty = tmp_path / "kosong"
    empty.mkdir()
    r = _run(LINUX / "install.sh", home, str(empty))
    assert r.returncode == 1 and "tidak ditemukan" in r.stderr
    assert not (home / ".local").exists()

    bundle = _bundle(tmp_path, with_scripts=False)
    own = home / ".local" / "bin" / "asn-desktop"
    own.parent.mkdir(parents=True)
    own.write_text("#!/bin/sh\necho milik pengguna\n", encoding="utf-8")
    r = _run(LINUX / "install.sh", home, str(bundle))
    assert r.returncode == 1 and "bukan buatan" in r.stderr
    r = _run(LINUX / "uninstall.sh", home)
    assert r.returncode == 0 and "dibiarkan" in r.stdout
    assert own.read_text(encoding="utf-8") == "#!/bin/sh\necho milik pengguna\n"
