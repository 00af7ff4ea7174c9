"""Every location the application uses, from platformdirs, overridable with ``--data-dir``
or the ``ASN_DESKTOP_DATA_DIR`` environment variable."""

from __future__ import annotations

import os
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
            d.mkdir(parents=True, exist_ok=True)
        return self


def default_data_dir() -> Path:
    env = os.environ.get("ASN_DESKTOP_DATA_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_SLUG, appauthor=False))


def resolve(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    return Paths(Path(data_dir) if data_dir else default_data_dir())
