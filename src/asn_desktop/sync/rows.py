"""The shapes of the rows the sync engine reads from and writes to ``change_log`` and
``sync_conflict``, as named tuples: each field is read by its name, never by its position, so a
SELECT and the code reading it cannot drift apart silently. A named tuple is still a tuple, so
the rows go straight to ``executemany`` and cost little more than plain tuples (the merge
handles many of them).

A SELECT reading one of these shapes lists its columns from the type (``columns``), so the
column order always matches the fields.
"""

from __future__ import annotations

import sqlite3
from typing import Any, NamedTuple


def columns(fields: tuple[str, ...], alias: str = "") -> str:
    """The SELECT list for a row shape: its fields in order (``alias.`` before each)."""
    prefix = f"{alias}." if alias else ""
    return ", ".join(prefix + f for f in fields)


def scalar(cursor: sqlite3.Cursor, default: Any = None) -> Any:
    """The single column of the first row of a one-column SELECT (``default`` when none)."""
    row = cursor.fetchone()
    if row is None:
        return default
    (value,) = row
    return value


class ChangeRow(NamedTuple):
    """One recorded version of a field (a ``change_log`` row): who wrote it and when, and the
    version its writer overwrote (its base)."""

    row_id: str
    field: str
    hlc: int
    node: str
    base_hlc: int | None
    base_node: str | None
    value: Any


CHANGE_COLUMNS = columns(ChangeRow._fields)


class SourcedChangeRow(NamedTuple):
    """A ``change_log`` version with the package it came in (``source``; None: written here)."""

    row_id: str
    field: str
    hlc: int
    node: str
    base_hlc: int | None
    base_node: str | None
    value: Any
    source: str | None


class LogEntry(NamedTuple):
    """A version to append to ``change_log``, in the INSERT's column order."""

    tbl: str
    row_id: str
    field: str
    value: Any
    hlc: int
    node: str
    base_hlc: int | None
    base_node: str | None
    actor: str | None
    source: str | None


class ConflictRow(NamedTuple):
    """A conflict to record in ``sync_conflict`` (the INSERT's column order): the local version
    (none for a held change) and the incoming one."""

    kind: str
    tbl: str
    row_id: str
    field: str
    grp: str | None
    winner: str  # local / incoming / held
    local_value: Any
    local_hlc: int | None
    local_node: str | None
    incoming_value: Any
    incoming_hlc: int
    incoming_node: str
    incoming_base_hlc: int | None
    incoming_base_node: str | None
    incoming_actor: str | None
    package_id: str
    dibuat: str


class StatusConflict(NamedTuple):
    """An open ``lww`` conflict on a document's status: which side won, and both versions."""

    row_id: str
    winner: str
    local_value: Any
    local_hlc: int | None
    local_node: str | None
    incoming_value: Any
    incoming_hlc: int
    incoming_node: str


class OpenConflict(NamedTuple):
    """The pair of versions an open conflict stands between (to match a settled pair)."""

    id: int
    kind: str
    winner: str
    local_hlc: int | None
    local_node: str | None
    incoming_hlc: int
    incoming_node: str


class StoredConflict(NamedTuple):
    """A ``sync_conflict`` row as the review list and its settling read it."""

    id: int
    kind: str
    status: str
    tbl: str
    row_id: str
    field: str
    grp: str | None
    winner: str
    local_value: Any
    local_hlc: int | None
    local_node: str | None
    incoming_value: Any
    incoming_hlc: int
    incoming_node: str
    incoming_base_hlc: int | None
    incoming_base_node: str | None
    incoming_actor: str | None
    package_id: str | None
    dibuat: str
    resolved_at: str | None


class HeldChange(NamedTuple):
    """One change of a new row held whole (a ``sync_conflict`` row of a group), as it came."""

    id: int
    tbl: str
    row_id: str
    field: str
    incoming_value: Any
    incoming_hlc: int
    incoming_node: str
    incoming_base_hlc: int | None
    incoming_base_node: str | None
    incoming_actor: str | None
    package_id: str | None


class Placement(NamedTuple):
    """A version of an employee's ``unit_id``: the unit the employee was placed in from
    ``hlc`` on."""

    hlc: int
    node: str
    unit: Any
