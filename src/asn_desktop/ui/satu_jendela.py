"""One running application per data folder.

A double-click on a package while the application is already open starts a second process; it
hands the file to the first (which shows the package on Sinkronisasi and comes to the front)
and ends, instead of opening a second window on the same data. Starting the application again
without a file just brings the open window forward.

The two meet on a local socket (a named pipe on Windows) named after the data folder and the
user; only that user may connect. The message is one JSON line ``{"buka": path-or-null}``,
answered ``ok``; nothing is imported or changed by it: the person still chooses "Terima paket
ini".
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

BATAS_PESAN = 64 * 1024  # a path, not a file: anything longer is not ours
TUNGGU_MS = 2000


class Serah(Enum):
    DITERIMA = "diterima"  # the open application took it: this process ends
    TIDAK_ADA = "tidak_ada"  # nobody listens: this process is the application
    SIBUK = "sibuk"  # something listens but did not answer in time: start, without listening


def nama_soket(data_dir: Path) -> str:
    try:
        user = getpass.getuser()
    except Exception:  # no user name from the environment: the folder alone
        user = ""
    kunci = f"{Path(data_dir).resolve()}\n{user}".encode()
    return "asn-desktop-" + hashlib.sha256(kunci).hexdigest()[:20]


def serahkan(nama: str, buka: str | None, tunggu_ms: int = TUNGGU_MS) -> Serah:
    """Hand ``buka`` (a file to open, or None: just show the window) to the application
    already running on this data folder, if there is one."""
    sock = QLocalSocket()
    sock.connectToServer(nama)
    if not sock.waitForConnected(tunggu_ms):
        refused = sock.error() in (QLocalSocket.LocalSocketError.ServerNotFoundError,
                                   QLocalSocket.LocalSocketError.ConnectionRefusedError)
        return Serah.TIDAK_ADA if refused else Serah.SIBUK
    sock.write(json.dumps({"buka": buka}).encode() + b"\n")
    sock.waitForBytesWritten(tunggu_ms)
    answer = b""
    while b"\n" not in answer and sock.waitForReadyRead(tunggu_ms):
        answer += bytes(sock.readAll().data())
    sock.disconnectFromServer()
    return Serah.DITERIMA if answer.startswith(b"ok") else Serah.SIBUK


class Penerima(QObject):
    """The open application's side: emits ``diterima(path or None)`` for each later start."""

    diterima = Signal(object)

    def __init__(self, nama: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(nama):
            # a socket file left by an application that ended abruptly (serahkan found nobody
            # behind it): remove it and listen again
            QLocalServer.removeServer(nama)
            if not self.server.listen(nama):
                log.warning("no single-instance socket: %s", self.server.errorString())
        self.server.newConnection.connect(self._baru)
        self._buffer: dict[QLocalSocket, bytes] = {}

    def mendengar(self) -> bool:
        return self.server.isListening()

    def _baru(self) -> None:
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            self._buffer[sock] = b""
            sock.readyRead.connect(lambda s=sock: self._baca(s))
            sock.disconnected.connect(lambda s=sock: self._tutup(s))

    def _tutup(self, sock: QLocalSocket) -> None:
        self._buffer.pop(sock, None)
        sock.deleteLater()

    def _baca(self, sock: QLocalSocket) -> None:
        data = self._buffer.get(sock, b"") + bytes(sock.readAll().data())
        if b"\n" not in data:
            if len(data) > BATAS_PESAN:
                sock.abort()
            else:
                self._buffer[sock] = data
            return
        line = data.split(b"\n", 1)[0]
        try:
            pesan = json.loads(line)
            if not isinstance(pesan, dict):
                raise ValueError("pesan")
            buka = pesan.get("buka")
            if buka is not None and not isinstance(buka, str):
                raise ValueError("buka")
        except (ValueError, UnicodeDecodeError):
            sock.abort()
            return
        sock.write(b"ok\n")
        sock.flush()
        sock.disconnectFromServer()
        self.diterima.emit(buka)
