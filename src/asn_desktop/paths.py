"""Every location the application uses, from platformdirs, overridable with ``--data-dir``
or the ``ASN_DESKTOP_DATA_DIR`` environment variable."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from asn_desktop import APP_SLUG

DB_FILENAME = "kinerja.sqlite"


@dataclass(frozen=True)
class Paths:
    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def database_url(self) -> Path:
        """Where a central on a PostgreSQL server keeps the server's address (no password)."""
        return self.data_dir / "basis-data.url"

    @property
    def backups(self) -> Path:
        return self.data_dir / "cadangan"

    @property
    def logs(self) -> Path:
        return self.data_dir / "log"

    @property
    def keys(self) -> Path:
        return self.data_dir / "kunci"

    @property
    def outbox(self) -> Path:
        return self.data_dir / "paket-keluar"

    def ensure(self) -> Paths:
        for d in (self.data_dir, self.backups, self.logs):
            d.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
        make_private(self.data_dir)
        return self


# Files private to the user. What the application writes holds personal data (the data file,
# SQLite's -wal and -shm beside it, backups in cadangan/ and elsewhere, packages, logs, printed
# sheets) or secrets (kunci/). On POSIX all of it is created under the process umask 0o077:
# files 0600, folders 0700. A umask, set once when the command line or the GUI starts
# (``private_files`` in cli.main, which also starts the GUI), rather than a chmod after each
# write: it also covers the files that SQLite (the data file; -wal/-shm take the data file's
# mode), logging, tempfile, Alembic and reportlab create themselves, no file is ever readable
# by others even for a moment, and a new writer cannot forget it. It stays for the whole run,
# not around single writes, because the umask belongs to the process and the GUI writes from
# worker threads. A data folder made before this rule is closed (0700) when it is opened.
# Windows has no umask to speak of: there the data folder lies in the user's own profile
# (platformdirs: %LOCALAPPDATA%), which other users of the PC cannot read, and files written
# elsewhere take the permissions of the folder they are written to.
PRIVATE_UMASK = 0o077
PRIVATE_DIR = 0o700


@contextmanager
def private_files() -> Iterator[None]:
    """Everything created meanwhile is readable by this user only (POSIX; see above)."""
    if os.name != "posix":
        yield
        return
    old = os.umask(PRIVATE_UMASK)
    os.umask(old | PRIVATE_UMASK)  # a stricter mask the user chose stays
    try:
        yield
    finally:
        os.umask(old)


def make_private(folder: Path) -> None:
    """Close a folder of ours to other users (0700), e.g. a data folder made before the umask
    rule; one that is not ours, or a platform without modes, is left as it is."""
    if os.name != "posix":
        return
    try:
        st = folder.stat()
        if st.st_mode & 0o077 and st.st_uid == os.getuid():
            folder.chmod(PRIVATE_DIR)
    except OSError:
        pass


def default_data_dir() -> Path:
    env = os.environ.get("ASN_DESKTOP_DATA_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_SLUG, appauthor=False))


def state_dir() -> Path:
    """This user's own folder on this computer, outside every data folder: what must outlive
    a data folder copied back by hand (services/jejak_kirim.py). ``ASN_DESKTOP_STATE_DIR``
    overrides it."""
    env = os.environ.get("ASN_DESKTOP_STATE_DIR")
    if env:
        return Path(env)
    state = Path(platformdirs.user_state_dir(APP_SLUG, appauthor=False))
    if state == Path(platformdirs.user_data_dir(APP_SLUG, appauthor=False)):
        state = state.with_name(f"{APP_SLUG}-keadaan")  # Windows, macOS: not the data folder
    return state


def resolve(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    return Paths(Path(data_dir) if data_dir else default_data_dir())
