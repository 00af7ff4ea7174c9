"""What the sync engine knows about the synced tables: their fields and value types (for strict
checks of incoming values), the order parents come before children, who owns a row (authority),
and which document an approval lock covers.

Every incoming value is checked by type and by meaning: a date must be a real calendar date, a
column the application fills from an enumeration must hold one of its members, a number must lie
in the range the domain allows. Each column gets its checker once, here (``FieldSpec.check``).
"""

from __future__ import annotations

import base64
import binascii
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, Date, Float, Integer, LargeBinary, String, Text

from asn_desktop.db.models import SYNCED_MODELS
from asn_desktop.domain.berakhlak import BERAKHLAK_KODES
from asn_desktop.domain.dokumen import Aksi, Status
from asn_desktop.domain.jabatan import Aspek, JenisJabatan, JenisRhk, Pendekatan, Perspektif
from asn_desktop.domain.organisasi import CapaianOrganisasi
from asn_desktop.domain.pangkat import GOLONGAN_PNS, GOLONGAN_PPPK
from asn_desktop.domain.pegawai_status import StatusKepegawaian
from asn_desktop.domain.pelayanan import (
    AksiPengaduan,
    Kanal,
    Kategori,
    SatuanStandar,
    StatusPengaduan,
    SumberRealisasi,
)
from asn_desktop.domain.periods import TAHUN_MAX, TAHUN_MIN, Frekuensi, periode_by_kode
from asn_desktop.domain.predikat import Predikat
from asn_desktop.domain.ratings import Rating
from asn_desktop.domain.siklus_pegawai import AlasanBerhenti, Peristiwa
from asn_desktop.domain.umpan_balik import Peran
from asn_desktop.errors import ValidationError

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
    "layanan": ("unit_id", "org_unit"),
    "layanan_harian": ("unit_id", "org_unit"),
    "pengaduan": ("unit_id", "org_unit"),
    "riwayat_pengaduan": ("pengaduan_id", "pengaduan"),
    "survei_ikm": ("unit_id", "org_unit"),
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

# Child -> (link field, parent table) where the child is part of its parent: deleting the
# parent deletes it too, so a child alive under a deleted parent is never left behind.
PART_OF: dict[str, tuple[str, str]] = {
    "rhk": ("skp_id", "skp"),
    "indikator": ("rhk_id", "rhk"),
    "evaluasi": ("skp_id", "skp"),
    "evaluasi_rhk": ("evaluasi_id", "evaluasi"),
    "realisasi": ("evaluasi_id", "evaluasi"),
}
DELETED_FIELD = "deleted"


Validator = Callable[[Any], Any]  # returns the value to store, raises ValueError when invalid


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: str  # str, text, int, float, bool, date, bytes
    nullable: bool
    check: Validator = field(compare=False, repr=False)  # type and meaning (see ``_checker``)


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


# ------------------------------------------------------------------------ meaning of values
#
# Only columns every write path of the application fills from one of these definitions are
# listed (the services check the input against it; the demo data is drawn from it), each set
# taken from the one place the application defines it, so a package holding anything else did
# not come from the application. Columns without such a definition, or that are written without
# that check (org_unit.jenis, pegawai.jenis_kelamin, riwayat_dokumen.dokumen…), are checked by
# type only.


def _members(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(str(v) for v in values)


def _enum(e: type[StrEnum]) -> tuple[str, ...]:
    return _members(m.value for m in e)


MEMBERS: dict[tuple[str, str], tuple[str, ...]] = {
    ("org_unit", "frekuensi_evaluasi"): _enum(Frekuensi),
    ("pegawai", "status"): _enum(StatusKepegawaian),
    ("pegawai", "jenis_jabatan"): _enum(JenisJabatan),
    ("pegawai", "golongan"): _members([*(g.ruang for g in GOLONGAN_PNS), *GOLONGAN_PPPK]),
    ("pegawai", "alasan_berhenti"): _enum(AlasanBerhenti),
    ("riwayat_penempatan", "peristiwa"): _enum(Peristiwa),
    ("tahun_kinerja", "frekuensi"): _enum(Frekuensi),
    ("periode", "frekuensi"): _enum(Frekuensi),
    ("skp", "pendekatan"): _enum(Pendekatan),
    ("skp", "status"): _enum(Status),
    ("rhk", "jenis"): _enum(JenisRhk),
    ("rhk", "perspektif"): _enum(Perspektif),
    ("indikator", "aspek"): _enum(Aspek),
    ("indikator", "perspektif"): _enum(Perspektif),
    ("evaluasi", "status"): _enum(Status),
    ("evaluasi", "rating_hasil_kerja"): _enum(Rating),
    ("evaluasi", "rating_perilaku_kerja"): _enum(Rating),
    ("evaluasi", "predikat"): _enum(Predikat),
    ("evaluasi", "capaian_organisasi"): _enum(CapaianOrganisasi),
    ("capaian_unit", "capaian"): _enum(CapaianOrganisasi),
    ("umpan_balik", "peran"): _enum(Peran),
    ("umpan_balik", "nilai_kode"): BERAKHLAK_KODES,
    ("riwayat_dokumen", "aksi"): _enum(Aksi),
    ("indikator", "sumber_realisasi"): _enum(SumberRealisasi),
    ("layanan", "satuan_standar"): _enum(SatuanStandar),
    ("pengaduan", "kanal"): _enum(Kanal),
    ("pengaduan", "kategori"): _enum(Kategori),
    ("pengaduan", "status"): _enum(StatusPengaduan),
    ("riwayat_pengaduan", "aksi"): _enum(AksiPengaduan),
}

# Period codes as ``domain.periods`` writes them ("2026-TW1", "2026-SM-AKHIR", …).
PERIODE_KODE: frozenset[tuple[str, str]] = frozenset({
    ("periode", "kode"),
    ("evaluasi", "periode_kode"),
    ("capaian_unit", "periode_kode"),
    ("umpan_balik", "periode_kode"),
    ("survei_ikm", "periode_kode"),
})

# Moments kept as ISO text (``datetime.isoformat``).
TIMESTAMP: frozenset[tuple[str, str]] = frozenset({
    ("riwayat_dokumen", "waktu"),
    ("cetakan", "dicetak"),
    ("riwayat_penempatan", "waktu"),
    ("riwayat_pengaduan", "waktu"),
})

# Inclusive bounds of numbers (None: unbounded on that side). Every float must also be finite.
RANGES: dict[tuple[str, str], tuple[int | None, int | None]] = {
    ("tahun_kinerja", "tahun"): (TAHUN_MIN, TAHUN_MAX),
    ("periode", "tahun"): (TAHUN_MIN, TAHUN_MAX),
    ("skp", "tahun"): (TAHUN_MIN, TAHUN_MAX),
    ("indikator", "target_nilai"): (0, None),  # "Target tidak boleh negatif."
    ("realisasi", "realisasi_nilai"): (0, None),  # "Realisasi tidak boleh negatif."
    ("log_harian", "kuantitas"): (0, None),  # "Kuantitas tidak boleh negatif."
    ("layanan", "standar"): (0, None),
    ("layanan_harian", "masuk"): (0, None),
    ("layanan_harian", "selesai"): (0, None),
    ("layanan_harian", "tepat_waktu"): (0, None),
    ("layanan_harian", "backlog"): (0, None),
    ("survei_ikm", "responden"): (0, None),
    **{("survei_ikm", f"u{i}"): (1, 4) for i in range(1, 10)},  # NRR of an unsur
}


def _show(value: Any) -> str:
    """A value quoted for a one-line message, cut short."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _range_text(lo: int | None, hi: int | None) -> str:
    if lo is not None and hi is not None:
        return f"harus antara {lo} dan {hi}"
    if lo == 0:
        return "tidak boleh negatif"
    return f"paling sedikit {lo}" if lo is not None else f"paling banyak {hi}"


def _text(limit: int) -> Validator:
    def check(value: Any) -> Any:
        if type(value) is not str or len(value) > limit:
            raise ValueError("teks tidak sah")
        return value

    return check


def _member_of(allowed: tuple[str, ...]) -> Validator:
    known = frozenset(allowed)
    salah = f"bukan salah satu dari {', '.join(allowed)}" if len(allowed) <= 10 else (
        "bukan nilai yang dikenal")

    def check(value: Any) -> Any:
        if type(value) is not str:
            raise ValueError("teks tidak sah")
        if value not in known:
            raise ValueError(f"{_show(value)} {salah}")
        return value

    return check


def _periode_kode() -> Validator:
    seen: set[str] = set()  # codes already found valid: few, and met again and again

    def check(value: Any) -> Any:
        if type(value) is not str:
            raise ValueError("teks tidak sah")
        if value in seen:
            return value
        try:
            ok = len(value) <= 32 and periode_by_kode(value).kode == value
        except (ValidationError, ValueError):
            ok = False
        if not ok:
            raise ValueError(f"kode periode {_show(value)} tidak dikenal")
        seen.add(value)
        return value

    return check


def _date(value: Any) -> Any:
    if type(value) is not str or not DATE.fullmatch(value):
        raise ValueError("tanggal tidak sah")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"tanggal {_show(value)} tidak ada di kalender") from None
    return value


def _timestamp(value: Any) -> Any:
    if type(value) is not str or len(value) > 64:
        raise ValueError("waktu tidak sah")
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"waktu {_show(value)} tidak sah") from None
    return value


def _int(lo: int | None, hi: int | None) -> Validator:
    low = INT_MIN if lo is None else lo
    high = INT_MAX if hi is None else hi

    def check(value: Any) -> Any:
        if type(value) is not int or not INT_MIN <= value <= INT_MAX:
            raise ValueError("bilangan bulat tidak sah")
        if not low <= value <= high:
            raise ValueError(f"{_show(value)} {_range_text(lo, hi)}")
        return value

    return check


def _float(lo: int | None, hi: int | None) -> Validator:
    low = -math.inf if lo is None else float(lo)
    high = math.inf if hi is None else float(hi)

    def check(value: Any) -> Any:
        t = type(value)
        if t is int and INT_MIN <= value <= INT_MAX:
            value = float(value)
        elif t is not float or not math.isfinite(value):
            raise ValueError("bilangan tidak sah")
        if not low <= value <= high:
            raise ValueError(f"{_show(value)} {_range_text(lo, hi)}")
        return value

    return check


def _bool(value: Any) -> Any:
    if type(value) is not int or value not in (0, 1):
        raise ValueError(f"nilai ya/tidak harus 0 atau 1, bukan {_show(value)}")
    return value


def _bytes(value: Any) -> Any:
    if type(value) is not str or len(value) > MAX_BYTES * 4 // 3 + 4:
        raise ValueError("data biner tidak sah")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError("data biner tidak sah") from exc


def _checker(table: str, name: str, kind: str, nullable: bool) -> Validator:
    """The one function that checks every incoming value of this column."""
    key = (table, name)
    check: Validator
    if key in MEMBERS:
        check = _member_of(MEMBERS[key])
    elif key in PERIODE_KODE:
        check = _periode_kode()
    elif key in TIMESTAMP:
        check = _timestamp
    elif kind in ("str", "text"):
        check = _text(MAX_STRING if kind == "str" else MAX_TEXT)
    elif kind == "int":
        check = _int(*RANGES.get(key, (None, None)))
    elif kind == "float":
        check = _float(*RANGES.get(key, (None, None)))
    elif kind == "bool":
        check = _bool
    elif kind == "date":
        check = _date
    elif kind == "bytes":
        check = _bytes
    else:  # pragma: no cover - _kind knows no other
        raise TypeError(f"jenis kolom tidak dikenal: {kind}")
    if (key in MEMBERS or key in PERIODE_KODE or key in TIMESTAMP) and kind != "str":
        raise TypeError(f"aturan nilai teks untuk kolom bukan teks: {table}.{name}")
    if key in RANGES and kind not in ("int", "float"):
        raise TypeError(f"rentang untuk kolom bukan bilangan: {table}.{name}")
    inner = check
    if nullable:
        def optional(value: Any) -> Any:
            return None if value is None else inner(value)

        return optional

    def required(value: Any) -> Any:
        if value is None:
            raise ValueError("nilai kosong untuk kolom wajib")
        return inner(value)

    return required


def _build() -> dict[str, TableSpec]:
    specs: dict[str, TableSpec] = {}
    for rank, model in enumerate(SYNCED_MODELS):
        table: Any = model.__table__  # type: ignore[attr-defined]
        fields = {}
        for col in table.columns:
            if col.name == "id":
                continue
            kind, nullable = _kind(col.type), bool(col.nullable)
            fields[col.name] = FieldSpec(col.name, kind, nullable,
                                         _checker(table.name, col.name, kind, nullable))
        specs[table.name] = TableSpec(table.name, rank, model.__sync_owner__, fields)
    ruled = {*MEMBERS, *PERIODE_KODE, *TIMESTAMP, *RANGES}
    unknown = sorted(f"{t}.{f}" for t, f in ruled if f not in specs.get(t, _NO_TABLE).fields)
    if unknown:
        raise TypeError(f"aturan nilai untuk kolom yang tidak ada: {', '.join(unknown)}")
    return specs


_NO_TABLE = TableSpec("", -1, "", {})
TABLES: dict[str, TableSpec] = _build()
TABLE_ORDER: tuple[str, ...] = tuple(sorted(TABLES, key=lambda t: TABLES[t].rank))


def check_value(spec: FieldSpec, value: Any) -> Any:
    """The value as it is stored, or ValueError naming what is wrong with it. Binary values
    travel as base64 text."""
    return spec.check(value)


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
