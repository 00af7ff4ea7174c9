"""The schema revisions this application knows, read from the migration files' names
(``NNNN_what.py`` holds revision ``NNNN``) so that opening an up-to-date data file, and naming
the schema in a package, need not load Alembic. tests/core/test_migrations.py checks the names
against Alembic's own history."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_NAME = re.compile(r"(\d{4})_\w+\.py")


@lru_cache(maxsize=1)
def known_revisions() -> frozenset[str]:
    folder = resources.files("asn_desktop.db") / "migrations" / "versions"
    return frozenset(m[1] for p in folder.iterdir() if (m := _NAME.fullmatch(p.name)))


def head_revision() -> str:
    return max(known_revisions())
