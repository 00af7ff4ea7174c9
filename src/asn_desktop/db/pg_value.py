"""Values of any type in one PostgreSQL column.

SQLite keeps a value's own type in a column without affinity (``change_log.value``, the
conflict record, ``pengaturan.value``). PostgreSQL columns have one type, so there such a value
is ``bytea`` holding a tag and the value as SQLite stores it: ``i`` an integer (booleans as 0/1),
``r`` a real, ``t`` text (dates as ISO text), ``b`` bytes. Decoded, it is the very Python value
SQLite would return, so fingerprints and comparisons agree between the two. The capture
functions (``pg_capture.py``) write the same encoding in SQL.
"""

from __future__ import annotations

from datetime import date
from typing import Any


def encode(value: Any) -> bytes | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return b"i1" if value else b"i0"
    if isinstance(value, int):
        return b"i%d" % value
    if isinstance(value, float):
        return b"r" + repr(value).encode()
    if isinstance(value, str):
        return b"t" + value.encode()
    if isinstance(value, date):
        return b"t" + value.isoformat().encode()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return b"b" + bytes(value)
    raise TypeError(f"no stored form for {type(value).__name__}")


def decode(raw: bytes | memoryview | None) -> Any:
    if raw is None:
        return None
    data = bytes(raw)
    tag, body = data[:1], data[1:]
    if tag == b"i":
        return int(body)
    if tag == b"r":
        return float(body)  # PostgreSQL writes "Infinity", "NaN": float() reads both
    if tag == b"t":
        return body.decode()
    if tag == b"b":
        return body
    raise ValueError(f"unknown value tag {tag!r}")
