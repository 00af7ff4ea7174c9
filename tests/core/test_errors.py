"""Failures of the disk or the data file are told in a person's words; anything else is not
mistaken for one."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from asn_desktop.errors import storage_problem


@pytest.mark.parametrize(("exc", "words"), [
    (OSError(errno.ENOSPC, "No space left on device"), "Disk penuh"),
    (OSError(errno.EACCES, "Permission denied"), "tidak ada izin"),
    (sqlite3.OperationalError("database or disk is full"), "Disk penuh"),
    (OperationalError("INSERT …", {}, sqlite3.OperationalError("database or disk is full")),
     "Disk penuh"),
    (sqlite3.OperationalError("database is locked"), "dipakai program lain"),
    (sqlite3.OperationalError("attempt to write a readonly database"), "hanya-baca"),
    (sqlite3.DatabaseError("database disk image is malformed"), "cadangan"),
])
def test_storage_problems_are_explained(exc: BaseException, words: str) -> None:
    text = storage_problem(exc)
    assert text is not None and words in text


@pytest.mark.parametrize("exc", [ValueError("x"), KeyError("k"),
                                 sqlite3.OperationalError("no such table: x")])
def test_other_errors_are_not_storage_problems(exc: BaseException) -> None:
    assert storage_problem(exc) is None
