"""What the sync engine knows about the synced tables: their fields and value types (for strict
checks of incoming values), the order parents come before children, who owns a row (authority),
and which document an approval lock covers."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Date, Float, Integer, LargeBinary, String, Text

from asn_desktop.db.models import SYNCED_MODELS

MAX_TEXT = 4 * 1024 * 1024  # characters of one text value
MAX_STRING = 64 * 1024  # characters of one short-text value (String(n) columns)
MAX_BYTES = 8 * 1024 * 1024  # bytes of one binary value (a logo)
INT_MIN, INT_MAX = -(2**63), 2**63 - 1

ROW_ID = re.compile(r"[A-Za-z0-9_.:\-]{1,64}")
NODE_ID = re.compile(r"[0-9a-f]{32}")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

APPROVED = "DISETUJUI"

# Child -> (link field, parent table): the chain that decides who owns an appraisal row.
OWNER_LINK: dict[str, tuple[str, str]] = {
    "skp": ("pegawai_id", "pegawai"),
    "rhk": ("skp_id", "skp"),
    "indikator": ("rhk_id", "rhk"),
    "evaluasi": ("pegawai_id", "pegawai"),
    "evaluasi_rhk": ("evaluasi_id", "evaluasi"),
    "realisasi": ("evaluasi_id", "evaluasi"),
    "capaian_unit": ("unit_id", "org_unit"),
    "log_harian": ("pegawai_id", "pegawai"),
    "umpan_balik": ("pegawai_id", "pegawai"),
    "forum_evaluasi": ("unit_id", "org_unit"),
    "riwayat_dokumen": ("pegawai_id", "pegawai"),
    "cetakan": ("pegawai_id", "pegawai"),
}

# Tables whose rows an approval locks, and the document table that carries the status.
DOC_TABLE: dict[str, str] = {
    "skp": "skp",
    "rhk": "skp",
    "indikator": "skp",
    "evaluasi": "evaluasi",
    "evaluasi_rhk": "evaluasi",
    "realisasi": "evaluasi",
}
STATUS_FIELD = "status"


Validator = Callable[[Any], Any]  # returns the value to store, raises ValueError when invalid


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: str  # str, int, float, bool, date, bytes
    nullable: bool


@dataclass(frozen=True)
class TableSpec:
    name: str
    rank: int
    owner: str  # "central" or "unit"
    fields: dict[str, FieldSpec]

    @property
    def central(self) -> bool:
        return self.owner == "central"


def _kind(col_type: Any) -> str:
    if isinstance(col_type, Boolean):
        return "bool"
    if isinstance(col_type, Integer):
        return "int"
    if isinstance(col_type, Float):
        return "float"
    if isinstance(col_type, Date):
        return "date"
    if isinstance(col_type, LargeBinary):
        return "bytes"
    if isinstance(col_type, Text):
        return "text"
    if isinstance(col_type, String):
        return "str"
    raise TypeError(f"tipe kolom tidak dikenal: {col_type!r}")


def _build() -> dict[str, TableSpec]:
    specs: dict[str, TableSpec] = {}
    for rank, model in enumerate(SYNCED_MODELS):
        table: Any = model.__table__  # type: ignore[attr-defined]
        fields = {
            col.name: FieldSpec(col.name, _kind(col.type), bool(col.nullable))
            for col in table.columns
            if col.name != "id"
        }
        specs[table.name] = TableSpec(table.name, rank, model.__sync_owner__, fields)
    return specs


TABLES: dict[str, TableSpec] = _build()
TABLE_ORDER: tuple[str, ...] = tuple(sorted(TABLES, key=lambda t: TABLES[t].rank))


def check_value(spec: FieldSpec, value: Any) -> Any:
    """The value as it is stored, or ValueError. Binary values travel as base64 text."""
    if value is None:
        if not spec.nullable:
            raise ValueError("nilai kosong untuk kolom wajib")
        return None
    kind = spec.kind
    t = type(value)
    if kind in ("str", "text"):
        if t is not str or len(value) > (MAX_STRING if kind == "str" else MAX_TEXT):
            raise ValueError("teks tidak sah")
        return value
    if kind == "int":
        if t is not int or not INT_MIN <= value <= INT_MAX:
            raise ValueError("bilangan bulat tidak sah")
        return value
    if kind == "bool":
        if t is not int or value not in (0, 1):
            raise ValueError("nilai ya/tidak tidak sah")
        return value
    if kind == "float":
        if t is float:
            return value
        if t is int and INT_MIN <= value <= INT_MAX:
            return float(value)
        raise ValueError("bilangan tidak sah")
    if kind == "date":
        if t is not str or not DATE.fullmatch(value):
            raise ValueError("tanggal tidak sah")
        return value
    if kind == "bytes":
        import base64
        import binascii

        if t is not str or len(value) > MAX_BYTES * 4 // 3 + 4:
            raise ValueError("data biner tidak sah")
        try:
            return base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ValueError("data biner tidak sah") from exc
    raise ValueError("jenis kolom tidak dikenal")


def encode_value(spec: FieldSpec, value: Any) -> Any:
    """A stored value as it travels in JSON."""
    if value is None:
        return None
    if isinstance(value, bytes | bytearray | memoryview):
        import base64

        return base64.b64encode(bytes(value)).decode("ascii")
    if spec.kind == "float" and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value
