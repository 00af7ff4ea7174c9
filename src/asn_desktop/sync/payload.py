"""The payload: JSON lines, written and read as a stream, checked strictly.

Lines::

    {"t":"head", "tables":[...], "fields":[[table index, name], ...], "ack":N,
     "enrol":hex|null, "bound":bool}
    {"t":"dict", "k":"n"|"a", "v":"..."}            a node id / actor name, numbered in order
    [table index, row id, [change, ...]]             all changes of one row, parents first
    {"t":"res", "tbl":..., "row":..., "field":..., "a":[hlc,node], "b":[hlc,node]}
    {"t":"end", "groups":G, "changes":N}

A change is ``[field index, value, hlc delta, node index, actor index?, base?, seen?]`` with
trailing nulls left out: the hlc is the previous change's hlc plus the delta; ``base`` is
``[hlc - base_hlc, node index]`` (the version the writer overwrote) and ``seen`` is
``[hlc - status_hlc, node index]``: the approval of the document the writer had seen when it
made the change (approval-locked tables only).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Final

from asn_desktop.sync.container import PayloadWriter, reject, strict_json_line
from asn_desktop.sync.schema import (
    INT_MAX,
    NODE_ID,
    ROW_ID,
    TABLE_ORDER,
    TABLES,
    FieldSpec,
    encode_value,
)

MAX_LINE = 16 * 1024 * 1024
MAX_CHANGES_PER_ROW = 10_000
MAX_NODES = 10_000
MAX_ACTORS = 100_000
MAX_RES = 1_000_000

# A change as the engine handles it (plain tuples: many of them, kept small and fast).
F: Final = 0
V: Final = 1
HLC: Final = 2
NODE: Final = 3
BHLC: Final = 4
BNODE: Final = 5
ACTOR: Final = 6
SHLC: Final = 7
SNODE: Final = 8
Change = tuple[str, Any, int, str, int | None, str | None, str | None, int | None, str | None]


@dataclass(frozen=True)
class Head:
    ack: int
    enrol: str | None
    bound: bool


@dataclass(frozen=True)
class Group:
    tbl: str
    row_id: str
    changes: list[Change]
    max_hlc: int  # the greatest clock of its changes


@dataclass(frozen=True)
class Resolution:
    tbl: str
    row_id: str
    field: str
    a: tuple[int, str]
    b: tuple[int, str]


@dataclass(frozen=True)
class End:
    groups: int
    changes: int


FIELD_LIST: tuple[tuple[int, str], ...] = tuple(
    (ti, f) for ti, t in enumerate(TABLE_ORDER) for f in TABLES[t].fields
)


def _dump(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False).encode("utf-8") + b"\n"


class Encoder:
    def __init__(self, writer: PayloadWriter, ack: int, enrol: str | None, bound: bool) -> None:
        self._w = writer
        self._buf: list[bytes] = []
        self._size = 0
        self._tables = {t: i for i, t in enumerate(TABLE_ORDER)}
        self._fields = {(TABLE_ORDER[ti], f): i for i, (ti, f) in enumerate(FIELD_LIST)}
        self._nodes: dict[str, int] = {}
        self._actors: dict[str, int] = {}
        self._prev = 0
        self.groups = 0
        self.changes = 0
        self.counts: dict[str, int] = {}
        self._put(_dump({"t": "head", "tables": list(TABLE_ORDER),
                         "fields": [list(x) for x in FIELD_LIST], "ack": ack, "enrol": enrol,
                         "bound": bound}))

    def _put(self, line: bytes) -> None:
        self._buf.append(line)
        self._size += len(line)
        if self._size > 256 * 1024:
            self.flush()

    def flush(self) -> None:
        if self._buf:
            self._w.write(b"".join(self._buf))
            self._buf.clear()
            self._size = 0

    def _node(self, node: str) -> int:
        i = self._nodes.get(node)
        if i is None:
            i = self._nodes[node] = len(self._nodes)
            self._put(_dump({"t": "dict", "k": "n", "v": node}))
        return i

    def _actor(self, actor: str | None) -> int | None:
        if actor is None:
            return None
        i = self._actors.get(actor)
        if i is None:
            i = self._actors[actor] = len(self._actors)
            self._put(_dump({"t": "dict", "k": "a", "v": actor}))
        return i

    def group(self, tbl: str, row_id: str, changes: Iterable[Change]) -> None:
        spec = TABLES[tbl].fields
        out: list[list[Any]] = []
        n = 0
        for c in changes:
            hlc = c[HLC]
            item: list[Any] = [self._fields[(tbl, c[F])], encode_value(spec[c[F]], c[V]),
                               hlc - self._prev, self._node(c[NODE]), self._actor(c[ACTOR])]
            self._prev = hlc
            if c[BHLC] is not None and c[BNODE] is not None:
                item.append([hlc - c[BHLC], self._node(c[BNODE])])
            else:
                item.append(None)
            if c[SHLC] is not None and c[SNODE] is not None:
                item.append([hlc - c[SHLC], self._node(c[SNODE])])
            else:
                item.append(None)
            while len(item) > 4 and item[-1] is None:
                item.pop()
            out.append(item)
            n += 1
        if not n:
            return
        self._put(_dump([self._tables[tbl], row_id, out]))
        self.groups += 1
        self.changes += n
        self.counts[tbl] = self.counts.get(tbl, 0) + n

    def resolution(self, r: Resolution) -> None:
        self._put(_dump({"t": "res", "tbl": r.tbl, "row": r.row_id, "field": r.field,
                         "a": list(r.a), "b": list(r.b)}))

    def end(self) -> None:
        self._put(_dump({"t": "end", "groups": self.groups, "changes": self.changes}))
        self.flush()


# ---------------------------------------------------------------------------------- decoding


def _bad(what: str) -> Any:
    reject("payload_schema", f"Isi paket tidak sah ({what}).")


def _lines(blocks: Iterable[bytes]) -> Iterator[bytes]:
    """The lines of the plaintext. A long line is gathered in pieces and joined once (joining
    as each block arrives would copy it again and again, and hold two copies at a time)."""
    parts: list[memoryview] = []
    size = 0
    for block in blocks:
        view = memoryview(block)
        start = 0
        while True:
            nl = block.find(b"\n", start)
            if nl < 0:
                break
            if parts:
                parts.append(view[start:nl])
                line = b"".join(parts)
                parts, size = [], 0
                yield line
                del line  # the reader drops it before asking for the next line
            else:
                yield block[start:nl]
            start = nl + 1
        if start < len(block):
            parts.append(view[start:])
            size += len(block) - start
            if size > MAX_LINE:
                reject("oversized", "Satu baris isi paket terlalu panjang.")
    if parts:
        yield b"".join(parts)


def _pair(v: Any, nodes: list[str], what: str) -> tuple[int, str]:
    if (type(v) is not list or len(v) != 2 or type(v[0]) is not int or type(v[1]) is not int
            or not 0 <= v[1] < len(nodes) or not -INT_MAX <= v[0] <= INT_MAX):
        _bad(what)
    return v[0], nodes[v[1]]


class Decoder:
    """Turns plaintext blocks into ``Head``, ``Group``, ``Resolution`` and ``End`` items."""

    def __init__(self) -> None:
        self.head: Head | None = None
        self.end: End | None = None
        self.groups = 0
        self.changes = 0
        self.counts: dict[str, int] = {}
        self._tables: list[str] = []
        self._fields: list[tuple[int, str, FieldSpec]] = []
        self._nodes: list[str] = []
        self._actors: list[str] = []
        self._prev = 0
        self._rank = -1

    def items(self, blocks: Iterable[bytes]) -> Iterator[Head | Group | Resolution]:
        for line in _lines(blocks):
            if self.end is not None:
                if line.strip():
                    _bad("data setelah penutup")
                continue
            try:
                obj = strict_json_line(line)
            except (UnicodeDecodeError, ValueError, RecursionError):
                reject("payload_json", "Isi paket rusak (baris JSON tidak sah).")
            del line  # not held while the next one is read (a line can be 16 MB)
            if type(obj) is list:
                if self.head is None:
                    _bad("baris sebelum kepala")
                yield self._group(obj)
            elif type(obj) is dict:
                item = self._meta(obj)
                if item is not None:
                    yield item
            else:
                _bad("jenis baris")
        if self.head is None or self.end is None:
            reject("payload_truncated", "Isi paket tidak lengkap (penutup tidak ada).")
        if self.end.groups != self.groups or self.end.changes != self.changes:
            reject("counts_mismatch", "Jumlah perubahan di dalam paket tidak cocok dengan "
                                      "penutupnya.")

    def _meta(self, obj: dict[str, Any]) -> Head | Resolution | None:
        t = obj.get("t")
        if t == "head":
            if self.head is not None or set(obj) != {"t", "tables", "fields", "ack", "enrol",
                                                     "bound"}:
                _bad("kepala")
            self._parse_head(obj)
            assert self.head is not None
            return self.head
        if self.head is None:
            _bad("baris sebelum kepala")
        if t == "dict":
            if set(obj) != {"t", "k", "v"} or type(obj["v"]) is not str:
                _bad("kamus")
            if obj["k"] == "n":
                if not NODE_ID.fullmatch(obj["v"]) or len(self._nodes) >= MAX_NODES:
                    _bad("kamus node")
                self._nodes.append(obj["v"])
            elif obj["k"] == "a":
                if len(obj["v"]) > 120 or len(self._actors) >= MAX_ACTORS:
                    _bad("kamus pelaku")
                self._actors.append(obj["v"])
            else:
                _bad("kamus")
            return None
        if t == "res":
            if set(obj) != {"t", "tbl", "row", "field", "a", "b"}:
                _bad("penyelesaian")
            tbl, row, field = obj["tbl"], obj["row"], obj["field"]
            if (tbl not in TABLES or type(row) is not str or not ROW_ID.fullmatch(row)
                    or field not in TABLES[tbl].fields):
                _bad("penyelesaian")
            a, b = obj["a"], obj["b"]
            for v in (a, b):
                if (type(v) is not list or len(v) != 2 or type(v[0]) is not int
                        or type(v[1]) is not str or not NODE_ID.fullmatch(v[1])):
                    _bad("penyelesaian")
            return Resolution(tbl, row, field, (a[0], a[1]), (b[0], b[1]))
        if t == "end":
            if set(obj) != {"t", "groups", "changes"}:
                _bad("penutup")
            if type(obj["groups"]) is not int or type(obj["changes"]) is not int:
                _bad("penutup")
            self.end = End(obj["groups"], obj["changes"])
            return None
        _bad("jenis baris")
        return None

    def _parse_head(self, obj: dict[str, Any]) -> None:
        tables, fields = obj["tables"], obj["fields"]
        if type(tables) is not list or type(fields) is not list or len(tables) > 64:
            _bad("kepala")
        for t in tables:
            if type(t) is not str:
                _bad("kepala")
            if t not in TABLES:
                reject("unknown_table", f"Paket memuat tabel yang tidak dikenal: {t[:40]!r}.")
        self._tables = tables
        if len(fields) > 4096:
            _bad("kepala")
        for fe in fields:
            if (type(fe) is not list or len(fe) != 2 or type(fe[0]) is not int
                    or type(fe[1]) is not str or not 0 <= fe[0] < len(tables)):
                _bad("kepala")
            spec = TABLES[tables[fe[0]]].fields.get(fe[1])
            if spec is None:
                reject("unknown_field", f"Paket memuat kolom yang tidak dikenal: "
                                        f"{tables[fe[0]]}.{fe[1][:40]}.")
            self._fields.append((fe[0], fe[1], spec))
        ack, enrol, bound = obj["ack"], obj["enrol"], obj["bound"]
        if type(ack) is not int or not 0 <= ack <= INT_MAX or type(bound) is not bool:
            _bad("kepala")
        if enrol is not None and (type(enrol) is not str or len(enrol) != 64
                                  or any(ch not in "0123456789abcdef" for ch in enrol)):
            _bad("kepala")
        self.head = Head(ack, enrol, bound)

    def _group(self, g: list[Any]) -> Group:
        if len(g) != 3 or type(g[0]) is not int or type(g[1]) is not str or type(g[2]) is not list:
            _bad("baris perubahan")
        ti, row_id, items = g
        if not 0 <= ti < len(self._tables) or not ROW_ID.fullmatch(row_id):
            _bad("baris perubahan")
        tbl = self._tables[ti]
        rank = TABLES[tbl].rank
        if rank < self._rank:
            _bad("urutan tabel")
        self._rank = rank
        if not 0 < len(items) <= MAX_CHANGES_PER_ROW:
            _bad("jumlah perubahan per baris")
        fields, nodes, actors = self._fields, self._nodes, self._actors
        nf, nn, na = len(fields), len(nodes), len(actors)
        prev = self._prev
        hi = 0
        out: list[Change] = []
        for c in items:
            if type(c) is not list or not 4 <= len(c) <= 7:
                _bad("perubahan")
            fi, value, dh, ni = c[0], c[1], c[2], c[3]
            if type(fi) is not int or not 0 <= fi < nf or type(dh) is not int:
                _bad("perubahan")
            fti, fname, spec = fields[fi]
            if fti != ti:
                _bad("kolom bukan milik tabel")
            if type(ni) is not int or not 0 <= ni < nn:
                _bad("node perubahan")
            hlc = prev + dh
            if not 0 < hlc <= INT_MAX:
                _bad("jam perubahan")
            prev = hlc
            if hlc > hi:
                hi = hlc
            try:
                value = spec.check(value)  # type and meaning, built once per column
            except ValueError as exc:
                reject("value_type", f"Nilai {tbl}.{fname} di dalam paket tidak sah: {exc}.")
            actor: str | None = None
            bh: int | None = None
            bn: str | None = None
            sh: int | None = None
            sn: str | None = None
            if len(c) > 4 and c[4] is not None:
                ai = c[4]
                if type(ai) is not int or not 0 <= ai < na:
                    _bad("pelaku perubahan")
                actor = actors[ai]
            if len(c) > 5 and c[5] is not None:
                d, bn = _pair(c[5], nodes, "versi dasar")
                bh = hlc - d
                if d <= 0 or not 0 < bh <= INT_MAX:  # a base is always strictly older
                    _bad("versi dasar")
            if len(c) > 6 and c[6] is not None:
                d, sn = _pair(c[6], nodes, "status yang dilihat")
                sh = hlc - d
                if d <= 0 or not 0 < sh <= INT_MAX:  # seen before the change was written
                    _bad("status yang dilihat")
            out.append((fname, value, hlc, nodes[ni], bh, bn, actor, sh, sn))
        self._prev = prev
        self.groups += 1
        self.changes += len(out)
        self.counts[tbl] = self.counts.get(tbl, 0) + len(out)
        return Group(tbl, row_id, out, hi)
