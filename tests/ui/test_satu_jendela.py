"""One application per data folder: a second start hands its file to the open window."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDir
from tests.ui.helpers import wait_ops

from asn_desktop.ui import satu_jendela
from asn_desktop.ui.satu_jendela import Penerima, Serah, nama_soket


def _start(data_dir: Path, *extra: str) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, "-m", "asn_desktop", "--data-dir", str(data_dir),
                             *extra], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def test_a_second_start_hands_its_package_to_the_open_application(
        tmp_path: Path, qtbot: Any) -> None:
    data = tmp_path / "data"
    penerima = Penerima(nama_soket(data))
    assert penerima.mendengar()
    got: list[object] = []
    penerima.diterima.connect(got.append)
    paket = tmp_path / "unduhan" / "kinerja-3673.DINKES-ke-PUSAT.ASNPKG"
    paket.parent.mkdir()
    paket.write_bytes(b"not read by the second process")
    # a double-click in the file manager: its own working folder, the file by relative name
    proc = subprocess.Popen([sys.executable, "-m", "asn_desktop", "--data-dir", str(data),
                             paket.name], cwd=paket.parent,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=60000)
    _out, err = proc.communicate()
    assert proc.returncode == 0, err
    assert got == [str(paket)]
    # started again without a file: the open window is only brought forward
    again = _start(data)
    qtbot.waitUntil(lambda: again.poll() is not None, timeout=60000)
    _out, err = again.communicate()
    assert again.returncode == 0 and got == [str(paket), None], err
    # another data folder is another application: nobody answers for it
    assert satu_jendela.serahkan(nama_soket(tmp_path / "lain"), None) is Serah.TIDAK_ADA


def test_a_message_that_is_not_ours_is_dropped(tmp_path: Path, qtbot: Any) -> None:
    nama = nama_soket(tmp_path)
    penerima = Penerima(nama)
    got: list[object] = []
    penerima.diterima.connect(got.append)
    script = ("import socket, sys; s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]);"
              "s.sendall(sys.argv[2].encode() + b'\\n'); print(s.recv(10)); s.close()")
    path = penerima.server.fullServerName()
    for bad in ('{"buka": 5}', "[1, 2", '"just text"'):
        proc = subprocess.Popen([sys.executable, "-c", script, path, bad],
                                stdout=subprocess.PIPE, text=True)
        qtbot.waitUntil(lambda p=proc: p.poll() is not None, timeout=20000)
        assert "ok" not in proc.communicate()[0]
    assert got == []


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no file behind")
def test_a_socket_left_by_a_crashed_application_is_taken_over(tmp_path: Path,
                                                                qtbot: Any) -> None:
    nama = nama_soket(tmp_path)
    stale = Path(QDir.tempPath()) / nama
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(stale))  # bound, never listening, never removed: what a crash leaves
    s.close()
    try:
        assert stale.exists()
        assert satu_jendela.serahkan(nama, None) is Serah.TIDAK_ADA
        penerima = Penerima(nama)
        assert penerima.mendengar()
    finally:
        stale.unlink(missing_ok=True)


def test_the_file_from_another_start_opens_on_sinkronisasi(window: Any, qtbot: Any,
                                                           tmp_path: Path) -> None:
    from asn_desktop.ui.app import datang

    paket = tmp_path / "paket.asnpkg"
    paket.write_bytes(b"x")
    window.go("pegawai")
    window.showMinimized()
    started = time.monotonic()
    datang(str(paket), {"window": window})
    wait_ops(qtbot)
    assert not window.isMinimized() and time.monotonic() - started < 30
    assert window.stack.currentWidget() is window.page("sinkronisasi")
