"""Where each employee's work stands: their SKP of a year, their evaluation of a period.

One set of SQL conditions serves the people lists' status filter, their status column and the
counts on Beranda, so a number on one screen is the number of rows another screen lists.

An evaluation period depends on the frequency of the employee's unit, so an evaluation status is
asked "as of" a period: each unit's own period holding the same date (the AKHIR evaluation of
its frequency when the period asked is an AKHIR one).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import ColumnElement, and_, exists, false, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from asn_desktop.db.models import Evaluasi, OrgUnit, Pegawai, Skp
from asn_desktop.domain.dokumen import Status
from asn_desktop.domain.periods import Frekuensi, Periode, periode_berjalan, periode_tahun
from asn_desktop.services.evaluasi_periode import _frekuensi, frekuensi_tahun


class JenisKerja(StrEnum):
    SKP = "skp"
    EVALUASI = "evaluasi"


class StatusKerja(StrEnum):
    TANPA_SKP = "TANPA_SKP"  # evaluasi: no approved SKP of the year, nothing to evaluate yet
    BELUM = "BELUM"  # the document does not exist yet
    DRAFT = "DRAFT"
    DIAJUKAN = "DIAJUKAN"
    DISETUJUI = "DISETUJUI"


BELUM_SELESAI = "BELUM_SELESAI"  # filter: not yet approved (BELUM, DRAFT or DIAJUKAN)
_UNFINISHED = (StatusKerja.BELUM, StatusKerja.DRAFT, StatusKerja.DIAJUKAN)

STATUS_KERJA_LABELS: dict[StatusKerja, str] = {
    StatusKerja.TANPA_SKP: "SKP tahun ini belum disetujui",
    StatusKerja.BELUM: "Belum dibuat",
    StatusKerja.DRAFT: "Konsep",
    StatusKerja.DIAJUKAN: "Diajukan",
    StatusKerja.DISETUJUI: "Disetujui",
}


@dataclass(frozen=True)
class FilterKerja:
    """``status``: a :class:`StatusKerja` value or :data:`BELUM_SELESAI`. ``periode``: for
    evaluations, the period asked (None: the period holding today, or the year's last)."""

    jenis: JenisKerja
    tahun: int
    status: str
    periode: Periode | None = None


def tanggal_acuan(tahun: int, today: date | None = None) -> date:
    """Today within the year; the year's last day for a past year, its first for a future one."""
    today = today or date.today()
    return min(max(today, date(tahun, 1, 1)), date(tahun, 12, 31))


def _period_for(asked: Periode | None, tahun: int, f: Frekuensi, today: date | None) -> Periode:
    if asked is not None and asked.is_akhir:
        return periode_tahun(tahun, f)[-1]
    ref = asked.selesai if asked is not None else tanggal_acuan(tahun, today)
    return periode_berjalan(ref, f)


def periode_per_unit(s: Session, tahun: int, asked: Periode | None = None,
                     today: date | None = None) -> dict[str | None, Periode]:
    """Each unit's evaluation period for the question (key None: employees without a unit)."""
    units = {uid: (parent, freq) for uid, parent, freq in s.execute(
        select(OrgUnit.id, OrgUnit.parent_id, OrgUnit.frekuensi_evaluasi))}
    year_f = frekuensi_tahun(s, tahun)
    own: dict[str, Frekuensi] = {}

    def effective(uid: str) -> Frekuensi:
        chain: list[str] = []
        cur: str | None = uid
        found = year_f
        while cur is not None and cur in units and cur not in own and cur not in chain:
            chain.append(cur)
            parent, freq = units[cur]
            f = _frekuensi(freq)
            if f is not None:
                found = f
                break
            cur = parent
        else:
            if cur in own:
                found = own[cur]
        for c in chain:
            own[c] = found
        return found

    by_f = {f: _period_for(asked, tahun, f, today) for f in Frekuensi}
    out: dict[str | None, Periode] = {uid: by_f[effective(uid)] for uid in units}
    out[None] = by_f[year_f]
    return out


# -- SQL conditions over Pegawai -----------------------------------------------------------------


def _skp_exists(tahun: int, *where: ColumnElement[bool]) -> ColumnElement[bool]:
    return exists(select(Skp.id).where(Skp.pegawai_id == Pegawai.id, Skp.tahun == tahun,
                                       Skp.deleted.is_(False), *where))


def _higher(status: StatusKerja) -> list[str]:
    """The stored statuses further along than ``status``."""
    order = [Status.DRAFT.value, Status.DIAJUKAN.value, Status.DISETUJUI.value]
    return order[order.index(status.value) + 1:]


def _furthest(col: InstrumentedAttribute[str], status: StatusKerja,
              has: Callable[..., ColumnElement[bool]]) -> ColumnElement[bool]:
    """An employee's copy furthest along is in ``status`` (two copies can exist at the central
    until a merge resolves them). A stored status nobody knows reads as a draft."""
    if status is StatusKerja.DRAFT:
        here = has(col.not_in([Status.DIAJUKAN.value, Status.DISETUJUI.value]))
    else:
        here = has(col == status.value)
    higher = _higher(status)
    return and_(here, ~has(col.in_(higher))) if higher else here


def _eval_exists(tahun: int, kode: str, *where: ColumnElement[bool]) -> ColumnElement[bool]:
    return exists(
        select(Evaluasi.id).join(Skp, Skp.id == Evaluasi.skp_id).where(
            Skp.pegawai_id == Pegawai.id, Skp.tahun == tahun, Skp.deleted.is_(False),
            Skp.status == Status.DISETUJUI.value, Evaluasi.deleted.is_(False),
            Evaluasi.periode_kode == kode, *where))


def _one(f: FilterKerja, status: StatusKerja, kode: str) -> ColumnElement[bool]:
    if f.jenis is JenisKerja.SKP:
        if status is StatusKerja.TANPA_SKP:
            return false()
        if status is StatusKerja.BELUM:
            return ~_skp_exists(f.tahun)
        return _furthest(Skp.status, status, lambda *w: _skp_exists(f.tahun, *w))
    if status is StatusKerja.TANPA_SKP:
        return ~_skp_exists(f.tahun, Skp.status == Status.DISETUJUI.value)
    if status is StatusKerja.BELUM:
        return and_(_skp_exists(f.tahun, Skp.status == Status.DISETUJUI.value),
                    ~_eval_exists(f.tahun, kode))
    return _furthest(Evaluasi.status, status, lambda *w: _eval_exists(f.tahun, kode, *w))


def _statuses(status: str) -> tuple[StatusKerja, ...]:
    return _UNFINISHED if status == BELUM_SELESAI else (StatusKerja(status),)


def kondisi(s: Session, f: FilterKerja, today: date | None = None) -> ColumnElement[bool]:
    """The employees whose work is in ``f.status`` (a WHERE clause over Pegawai)."""
    statuses = _statuses(f.status)
    if f.jenis is JenisKerja.SKP:
        return or_(*(_one(f, st, "") for st in statuses))
    per_unit = periode_per_unit(s, f.tahun, f.periode, today)
    groups: dict[str, list[str | None]] = {}
    for uid, p in per_unit.items():
        groups.setdefault(p.kode, []).append(uid)
    parts = []
    for kode, uids in groups.items():
        ids = [u for u in uids if u is not None]
        where_unit = or_(Pegawai.unit_id.in_(ids),
                         *([Pegawai.unit_id.is_(None)] if None in uids else []))
        parts.append(and_(where_unit, or_(*(_one(f, st, kode) for st in statuses))))
    return or_(*parts)


# -- per employee and counts ---------------------------------------------------------------------


@dataclass(frozen=True)
class StatusPegawai:
    status: StatusKerja
    periode: Periode | None = None  # evaluations: the employee's own period asked about
    dokumen_id: str | None = None  # the SKP or evaluation that has this status


def urutan(status: str) -> int:
    """When an employee has two copies (made twice before a merge), the furthest one counts."""
    return {Status.DISETUJUI.value: 3, Status.DIAJUKAN.value: 2}.get(status, 1)


def _stored(status: str) -> StatusKerja:
    return StatusKerja(status) if status in Status.__members__ else StatusKerja.DRAFT


def status_pegawai(s: Session, jenis: JenisKerja, tahun: int,
                   people: Iterable[tuple[str, str | None]], periode: Periode | None = None,
                   today: date | None = None) -> dict[str, StatusPegawai]:
    """The status of each employee given as (id, unit_id)."""
    people = list(people)
    ids = [pid for pid, _u in people]
    if not ids:
        return {}
    skp: dict[str, tuple[str, str]] = {}
    for sid, pid, st in s.execute(select(Skp.id, Skp.pegawai_id, Skp.status).where(
            Skp.pegawai_id.in_(ids), Skp.tahun == tahun, Skp.deleted.is_(False))):
        if pid not in skp or urutan(st) > urutan(skp[pid][1]):
            skp[pid] = (sid, st)
    if jenis is JenisKerja.SKP:
        return {pid: StatusPegawai(_stored(skp[pid][1]), None, skp[pid][0]) if pid in skp
                else StatusPegawai(StatusKerja.BELUM) for pid, _u in people}
    per_unit = periode_per_unit(s, tahun, periode, today)
    approved = {pid: sid for pid, (sid, st) in skp.items() if st == Status.DISETUJUI.value}
    evals: dict[tuple[str, str], tuple[str, str]] = {}  # (skp, period) -> (evaluation, status)
    if approved:
        for eid, sid, kode, st in s.execute(select(
                Evaluasi.id, Evaluasi.skp_id, Evaluasi.periode_kode, Evaluasi.status).where(
                Evaluasi.skp_id.in_(list(approved.values())), Evaluasi.deleted.is_(False))):
            if (sid, kode) not in evals or urutan(st) > urutan(evals[(sid, kode)][1]):
                evals[(sid, kode)] = (eid, st)
    out: dict[str, StatusPegawai] = {}
    for pid, uid in people:
        p = per_unit.get(uid) or per_unit[None]
        if pid not in approved:
            out[pid] = StatusPegawai(StatusKerja.TANPA_SKP, p)
            continue
        found = evals.get((approved[pid], p.kode))
        out[pid] = (StatusPegawai(StatusKerja.BELUM, p) if found is None
                    else StatusPegawai(_stored(found[1]), p, found[0]))
    return out


def hitung(s: Session, unit_ids: Collection[str] | None, jenis: JenisKerja, tahun: int,
           periode: Periode | None = None, today: date | None = None) -> Counter[StatusKerja]:
    """How many active employees (of ``unit_ids``; None: all) are in each status: the same
    conditions as the lists' status filter."""
    base = [Pegawai.deleted.is_(False), Pegawai.aktif.is_(True)]
    if unit_ids is not None:
        base.append(Pegawai.unit_id.in_(list(unit_ids)))
    counts: Counter[StatusKerja] = Counter()
    for st in StatusKerja:
        if jenis is JenisKerja.SKP and st is StatusKerja.TANPA_SKP:
            continue
        cond = kondisi(s, FilterKerja(jenis, tahun, st.value, periode), today)
        counts[st] = int(s.scalar(select(func.count(Pegawai.id)).where(*base, cond)) or 0)
    return counts
