"""A PostgreSQL server of the tests' own: initdb into a temporary folder, listening on a Unix
socket in that folder only (no TCP port), trust authentication, stopped at the end.

Run as root (CI), the server runs as the ``postgres`` account (initdb refuses root). Where no
PostgreSQL binaries are installed the tests that need the server are skipped, except under CI,
where ``.ci/run`` installs them and a missing server is an error."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from asn_desktop.db.pg_engine import find_pg_program


def bindir() -> Path | None:
    found = find_pg_program("initdb")
    return found.parent if found else None


@dataclass
class Server:
    root: Path
    bin: Path
    user: str | None  # the account the server runs as (when started by root)
    durable: bool = False  # fsync as a real server does (benches); off for the tests

    @property
    def socket_dir(self) -> Path:
        return self.root / "sock"

    def url(self, db: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@/{db}?host={self.socket_dir}"

    def _run(self, *args: str) -> None:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            log = self.root / "log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{' '.join(args)} failed ({done.returncode}): "
                               f"{done.stderr.strip()[-2000:]}\n{tail}")

    def start(self) -> None:
        self.socket_dir.mkdir(parents=True)
        if self.user:
            entry = pwd.getpwnam(self.user)
            for p in (self.root, self.socket_dir):
                os.chown(p, entry.pw_uid, entry.pw_gid)
        data = self.root / "data"
        self._run("initdb", "-D", str(data), "-U", "postgres", "--auth=trust",
                  "--encoding=UTF8", "--locale=C.UTF-8")
        opts = f"-c listen_addresses='' -c unix_socket_directories='{self.socket_dir}'"
        if not self.durable:
            opts += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run("pg_ctl", "-D", str(data), "-o", opts, "-l", str(self.root / "log"),
                  "-w", "start")

    def stop(self) -> None:
        try:
            if (self.root / "data" / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def start(*, durable: bool = False) -> Server | None:
    found = bindir()
    if found is None:
        return None
    user = None
    if os.geteuid() == 0:
        user = "postgres"
        try:
            pwd.getpwnam(user)
        except KeyError:
            return None
    root = Path(tempfile.mkdtemp(prefix="asn-pg-"))
    os.chmod(root, 0o755)
    server = Server(root, found, user, durable)
    try:
        server.start()
    except BaseException:
        server.stop()  # a half-started server is stopped and its folder removed
        raise
    return server
