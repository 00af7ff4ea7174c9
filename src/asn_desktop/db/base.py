"""Declarative base, naming convention and the mixins every synced table shares."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Dialect,
    Integer,
    LargeBinary,
    MetaData,
    String,
    TypeDecorator,
    false,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import UserDefinedType

# Deterministic constraint names: Alembic batch migrations on SQLite drop/recreate by name.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# SQLite's INTEGER holds 64 bits (clocks are ~2^56); PostgreSQL's needs BIGINT for that. On
# SQLite the column stays INTEGER, so an autoincrement key is still the rowid.
Int = BigInteger().with_variant(Integer(), "sqlite")


def new_id() -> str:
    """A globally unique row id, created where the row is born."""
    return uuid.uuid4().hex


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Synced:
    """Rows that travel in sync packages.

    - ``id`` is a UUID, never an autoincrement, so rows born on different installations never clash.
    - ``deleted`` is the tombstone: a physical DELETE is turned into ``deleted = 1`` by a trigger,
      so a delete syncs like any other field and can be undone.
    - Synced tables declare no database-level foreign keys: packages may arrive in any order, so a
      child row can legitimately land before its parent. Integrity is checked by the services.
    - Every NOT NULL column has a server default, so a merge can create a row from any subset of
      its fields.
    """

    __sync_owner__: str = "unit"  # "central" for master data; "unit" for appraisal data
    # A physical DELETE is redirected to a tombstone, so the ORM must not insist on a rowcount.
    __mapper_args__ = {"confirm_deleted_rows": False}

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class AnyValue(UserDefinedType[Any]):
    """A column without type affinity (SQLite ``BLOB``): values keep the type they were written
    with, so the change log can hold any field's value unchanged. On PostgreSQL it is ``bytea``
    holding the value tagged with its type (``pg_value.py``)."""

    cache_ok = True

    def get_col_spec(self, **kw: Any) -> str:
        return "BLOB"

    def bind_processor(self, dialect: Dialect) -> Callable[[Any], Any] | None:
        if dialect.name != "postgresql":
            return None
        from asn_desktop.db.pg_value import encode

        return encode

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any] | None:
        if dialect.name != "postgresql":
            return None
        from asn_desktop.db.pg_value import decode

        return decode


class TaggedBytes(TypeDecorator[bytes]):
    """Bytes on PostgreSQL, stored tagged like every value of a ``bytea`` column there
    (``pg_value.py``), so that a raw read decodes any ``bytea`` column the same way."""

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> bytes | None:
        return None if value is None else b"b" + bytes(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> bytes | None:
        if value is None:
            return None
        data = bytes(value)
        if data[:1] != b"b":
            raise ValueError("a bytes column holds a value of another type")
        return data[1:]


# Bytes: plain BLOB on SQLite; tagged on PostgreSQL (see TaggedBytes)
Bytes = LargeBinary().with_variant(TaggedBytes(), "postgresql")


@compiles(AnyValue, "postgresql")
def _any_value_pg(_type: AnyValue, _compiler: Any, **kw: Any) -> str:
    return "BYTEA"
