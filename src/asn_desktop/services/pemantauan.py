"""Pemantauan: where every OPD stands in a year, from one read of the employees, their SKP and
their evaluations. The page, the recap files and the JSON all come from :func:`rekap`, and every
per-OPD number is a count over its per-employee rows (:class:`BarisPegawai`), so they agree.

An OPD here is a unit right under the government (the central sees them all); a unit
installation sees its own unit and the units right under it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import ARRAY, String, any_, cast, func, literal, select
from sqlalchemy.orm import Session

from asn_desktop.db.models import Evaluasi, OrgUnit, Pegawai, Skp
from asn_desktop.db.sync_models import SyncConflict, SyncPeer
from asn_desktop.domain.dokumen import Status
from asn_desktop.domain.organisasi import CapaianOrganisasi, check_distribution
from asn_desktop.domain.periods import Periode, periode_tahun
from asn_desktop.domain.predikat import PREDIKAT_CURVE_ORDER, Predikat
from asn_desktop.services import pengaturan
from asn_desktop.services.evaluasi_periode import capaian_unit
from asn_desktop.services.pegawai import nama_lengkap
from asn_desktop.services.status_kerja import periode_per_unit, urutan

BATAS_HARI_PAKET = 14  # a unit silent longer than this is flagged on the page
PERBAIKAN = (Predikat.BUTUH_PERBAIKAN, Predikat.KURANG, Predikat.SANGAT_KURANG)


@dataclass(frozen=True)
class BarisPegawai:
    pegawai_id: str
    nip: str
    nama: str
    jabatan: str
    golongan: str
    opd_id: str
    unit_nama: str
    status_skp: str | None  # None: no SKP of the year
    evaluasi_selesai: bool  # the period's evaluation (of its unit's own period) is approved
    predikat_periode: Predikat | None  # of that evaluation, when approved
    # every period of the year: kode -> (rating hasil kerja, rating perilaku, predikat)
    per_periode: dict[str, tuple[str | None, str | None, str | None]] = field(
        default_factory=dict)
    predikat_tahunan: Predikat | None = None  # the approved final (AKHIR) evaluation's
    status_kepegawaian: str = "PNS"  # PNS / PPPK (how the NIP is grouped)
    unit_id: str | None = None  # where placed (its own period is that unit's)


@dataclass(frozen=True)
class BarisOpd:
    unit_id: str
    kode: str
    nama: str
    jenis: str
    pegawai: int
    skp_disetujui: int
    evaluasi_selesai: int
    predikat: tuple[tuple[Predikat, int], ...]  # curve order, approved evaluations of the period
    capaian: CapaianOrganisasi | None
    peringatan: tuple[str, ...]  # departures from the published distribution guidance
    paket_terakhir: str | None  # when a package from one of its installations last came
    hari_sejak_paket: int | None
    konflik: int  # open sync conflicts from its installations

    @property
    def persen_skp(self) -> float:
        return 100.0 * self.skp_disetujui / self.pegawai if self.pegawai else 0.0

    @property
    def persen_evaluasi(self) -> float:
        return 100.0 * self.evaluasi_selesai / self.pegawai if self.pegawai else 0.0

    @property
    def paket_terlambat(self) -> bool:
        return self.hari_sejak_paket is not None and self.hari_sejak_paket > BATAS_HARI_PAKET

    def to_json(self) -> dict[str, object]:
        return {
            "kode": self.kode, "nama": self.nama, "jenis": self.jenis, "pegawai": self.pegawai,
            "skp_disetujui": self.skp_disetujui, "persen_skp": round(self.persen_skp, 1),
            "evaluasi_selesai": self.evaluasi_selesai,
            "persen_evaluasi": round(self.persen_evaluasi, 1),
            "predikat": {p.value: n for p, n in self.predikat},
            "capaian": self.capaian.value if self.capaian else None,
            "peringatan": list(self.peringatan), "paket_terakhir": self.paket_terakhir,
            "hari_sejak_paket": self.hari_sejak_paket, "konflik": self.konflik,
        }


class SebaranOpd:
    """What every recap says of its OPD rows together."""

    opd: tuple[BarisOpd, ...]

    @property
    def sebaran_kota(self) -> tuple[tuple[Predikat, int], ...]:
        """The predikat of the period asked, all rows together (curve order)."""
        total: Counter[Predikat] = Counter()
        for o in self.opd:
            total.update(dict(o.predikat))
        return tuple((p, total.get(p, 0)) for p in PREDIKAT_CURVE_ORDER)

    @property
    def capaian_bersama(self) -> CapaianOrganisasi | None:
        """The organisational performance every row with one shares (else None)."""
        found = {o.capaian for o in self.opd if o.capaian is not None}
        return found.pop() if len(found) == 1 else None


@dataclass(frozen=True)
class Rekap(SebaranOpd):
    tahun: int
    periode: Periode | None  # asked (None: the period holding today, per unit)
    dibuat: datetime
    opd: tuple[BarisOpd, ...]
    pegawai: tuple[BarisPegawai, ...]
    riwayat: dict[str, dict[int, Predikat]]  # pegawai -> year -> annual predikat
    tindak_lanjut_sangat_baik: tuple[BarisPegawai, ...]  # Sangat Baik this and last year
    tindak_lanjut_pembinaan: tuple[BarisPegawai, ...]  # Butuh Perbaikan or worse this year
    # per period of the year (the default frequency's; each unit answers with its own period):
    # (period label, evaluations approved, active employees)
    penyelesaian: tuple[tuple[str, int, int], ...] = ()

    def tanpa_skp(self, opd_id: str) -> list[BarisPegawai]:
        """No approved SKP of the year (none at all, or still a draft or submitted): the
        reminder letter's list."""
        return [p for p in self.pegawai if p.opd_id == opd_id
                and p.status_skp != Status.DISETUJUI.value]

    def tanpa_evaluasi(self, opd_id: str) -> list[BarisPegawai]:
        """Approved SKP, no approved evaluation of the period: the reminder letter's list."""
        return [p for p in self.pegawai if p.opd_id == opd_id
                and p.status_skp == Status.DISETUJUI.value and not p.evaluasi_selesai]

    def to_json(self) -> dict[str, object]:
        return {
            "tahun": self.tahun, "periode": self.periode.kode if self.periode else None,
            "dibuat": self.dibuat.isoformat(timespec="seconds"),
            "opd": [o.to_json() for o in self.opd],
            "pegawai": [{
                "nip": p.nip, "nama": p.nama, "jabatan": p.jabatan, "golongan": p.golongan,
                "opd": next((o.kode for o in self.opd if o.unit_id == p.opd_id), ""),
                "unit": p.unit_nama, "status_skp": p.status_skp,
                "evaluasi_selesai": p.evaluasi_selesai,
                "predikat_periode": p.predikat_periode.value if p.predikat_periode else None,
                "per_periode": {k: {"rating_hasil_kerja": h, "rating_perilaku_kerja": b,
                                    "predikat": pr} for k, (h, b, pr) in p.per_periode.items()},
                "predikat_tahunan": p.predikat_tahunan.value if p.predikat_tahunan else None,
                "riwayat": {str(y): v.value
                            for y, v in sorted(self.riwayat.get(p.pegawai_id, {}).items())},
            } for p in self.pegawai],
            "penyelesaian": [{"periode": lbl, "selesai": d, "pegawai": n}
                             for lbl, d, n in self.penyelesaian],
            "sebaran_kota": {p.value: n for p, n in self.sebaran_kota},
            "tindak_lanjut": {
                "sangat_baik_dua_tahun": [p.nip for p in self.tindak_lanjut_sangat_baik],
                "pembinaan": [p.nip for p in self.tindak_lanjut_pembinaan],
            },
        }


def _predikat(value: str | None) -> Predikat | None:
    try:
        return Predikat(value) if value else None
    except ValueError:
        return None


def opd_units(s: Session, scope: Collection[str] | None) -> list[OrgUnit]:
    """The rows of the page: the units right under the government (all of them for the
    central), or a unit installation's own unit and those right under it."""
    units = list(s.scalars(select(OrgUnit).where(OrgUnit.deleted.is_(False))))
    if scope is None:
        roots = {u.id for u in units if u.parent_id is None}
        # the government itself is a row when people are placed in it directly (the Sekda)
        staffed = set(s.scalars(select(Pegawai.unit_id).where(
            Pegawai.unit_id.in_(roots), Pegawai.deleted.is_(False), Pegawai.aktif.is_(True))))
        return sorted((u for u in units if u.parent_id in roots or u.id in staffed),
                      key=lambda u: (u.parent_id is not None, u.kode))
    top = [u for u in units if u.id in scope and u.parent_id not in scope]
    tops = {u.id for u in top}
    return sorted(top + [u for u in units if u.parent_id in tops and u.id in scope],
                  key=lambda u: u.kode)


def _owner(s: Session, rows: list[OrgUnit]) -> dict[str, str]:
    """Every unit → the row (OPD) it belongs to (the nearest listed ancestor)."""
    parent = {uid: pid for uid, pid in s.execute(select(OrgUnit.id, OrgUnit.parent_id))}
    listed = {u.id for u in rows}
    out: dict[str, str] = {}
    for uid in parent:
        cur: str | None = uid
        seen: set[str] = set()
        while cur is not None and cur not in listed and cur not in seen:
            seen.add(cur)
            cur = parent.get(cur)
        if cur in listed:
            out[uid] = cur
    return out


@dataclass(frozen=True)
class Lingkup:
    """The shape of one recap: which units are its rows, to which row each unit's people
    count, and each unit's own period of the question and of the year's end."""

    tahun: int
    periode: Periode | None
    today: date
    every: tuple[OrgUnit, ...]  # every row, whatever kind is shown (for the kinds offered)
    rows: tuple[OrgUnit, ...]
    owner: dict[str, str]  # unit -> the row it counts under (shown rows only)
    per_unit: dict[str | None, Periode]
    final_per_unit: dict[str | None, Periode]

    def kode(self, unit_id: str | None) -> str:
        return (self.per_unit.get(unit_id) or self.per_unit[None]).kode

    def kode_akhir(self, unit_id: str | None) -> str:
        return (self.final_per_unit.get(unit_id) or self.final_per_unit[None]).kode


def lingkup(s: Session, scope: Collection[str] | None, tahun: int,
            periode: Periode | None = None, *, jenis: str | None = None,
            today: date | None = None) -> Lingkup:
    today = today or date.today()
    every = opd_units(s, scope)
    owner = _owner(s, every)  # each unit belongs to its OPD whichever kinds are shown
    rows = [u for u in every if jenis is None or u.jenis == jenis]
    shown = {u.id for u in rows}
    # each unit's final evaluation of the year (TW4, or its frequency's separate AKHIR)
    last = periode_tahun(tahun, pengaturan.frekuensi_default(s))[-1]
    return Lingkup(tahun, periode, today, tuple(every), tuple(rows),
                   {uid: top for uid, top in owner.items() if top in shown},
                   periode_per_unit(s, tahun, periode, today),
                   periode_per_unit(s, tahun, last, today))


@dataclass
class Hitungan:
    """One row's figures: its active employees, those with an approved SKP, those whose
    own period's evaluation is approved, and the predikat of those evaluations."""

    pegawai: int = 0
    skp_disetujui: int = 0
    evaluasi_selesai: int = 0
    predikat: Counter[Predikat] = field(default_factory=Counter)


Evals = dict[str, dict[str, tuple[str, str | None, str | None, str | None]]]
_CHUNK = 500


def _on_server(s: Session) -> bool:
    return s.get_bind().dialect.name == "postgresql"


def _part(s: Session) -> int:
    """How many ids one read is limited to (a server takes them as one array parameter)."""
    return 200 * _CHUNK if _on_server(s) else _CHUNK


def _chunked(s: Session, q: Any, column: Any, ids: list[str] | None) -> list[Any]:
    """``q``'s rows, limited to ``column IN ids`` in parts when ids are given (on a server
    ``= ANY(array)``: one parameter, not one per id to render and parse)."""
    if ids is None:
        return list(s.execute(q))
    n = _part(s)
    out: list[Any] = []
    for i in range(0, len(ids), n):
        part = ids[i:i + n]
        cond = (column == any_(literal(part, ARRAY(String))) if _on_server(s)
                else column.in_(part))
        out += s.execute(q.where(cond))
    return out


def baris_pegawai(s: Session, lk: Lingkup, *, opd_id: str | None = None,
                  ids: Collection[str] | None = None) -> tuple[list[BarisPegawai], Evals]:
    """The employees' rows (all of the recap's, one row's, or the ones asked), by name, and
    their approved SKP's evaluations by period. Of two copies of a document (made twice
    before a merge) the furthest counts; of two as far, the first made."""
    q = (select(Pegawai.id, Pegawai.nip, Pegawai.nama, Pegawai.gelar_depan,
                Pegawai.gelar_belakang, Pegawai.jabatan, Pegawai.golongan, Pegawai.unit_id,
                OrgUnit.nama, Pegawai.status)
         .outerjoin(OrgUnit, OrgUnit.id == Pegawai.unit_id)
         .where(Pegawai.deleted.is_(False), Pegawai.aktif.is_(True))
         .order_by(Pegawai.nama, Pegawai.id))
    wanted: list[str] | None = None
    if opd_id is not None:
        wanted = [uid for uid, top in lk.owner.items() if top == opd_id]
        people = _chunked(s, q, Pegawai.unit_id, wanted)
    else:
        wanted = sorted(ids) if ids is not None else None
        people = _chunked(s, q, Pegawai.id, wanted)
    if wanted is not None and len(wanted) > _part(s):
        # read in parts: in name order again (the database's own order within one part)
        people.sort(key=lambda r: (r[2], r[0]))
    people = [r for r in people if r[7] in lk.owner]
    if wanted is not None:
        wanted = [r[0] for r in people]
    skp: dict[str, tuple[str, str]] = {}
    for sid, pid, st in _chunked(s, select(Skp.id, Skp.pegawai_id, Skp.status).where(
            Skp.tahun == lk.tahun, Skp.deleted.is_(False)).order_by(Skp.id),
            Skp.pegawai_id, wanted):
        if pid not in skp or urutan(st) > urutan(skp[pid][1]):
            skp[pid] = (sid, st)
    approved_skp = {sid: pid for pid, (sid, st) in skp.items() if st == Status.DISETUJUI.value}
    evals: Evals = {}
    for sid, kode, st, h, b, pr in _chunked(
            s, select(Evaluasi.skp_id, Evaluasi.periode_kode, Evaluasi.status,
                      Evaluasi.rating_hasil_kerja, Evaluasi.rating_perilaku_kerja,
                      Evaluasi.predikat)
            .join(Skp, Skp.id == Evaluasi.skp_id)
            .where(Skp.tahun == lk.tahun, Skp.deleted.is_(False), Evaluasi.deleted.is_(False))
            .order_by(Evaluasi.id), Skp.pegawai_id, wanted):
        owner_id = approved_skp.get(sid)
        if owner_id is None:
            continue
        mine = evals.setdefault(owner_id, {})
        if kode not in mine or urutan(st) > urutan(mine[kode][0]):
            mine[kode] = (st, h, b, pr)
    baris: list[BarisPegawai] = []
    for pid, nip, nama, gd, gb, jabatan, golongan, unit_id, unit_nama, status in people:
        mine = evals.get(pid, {})
        asked = mine.get(lk.kode(unit_id))
        done = asked is not None and asked[0] == Status.DISETUJUI.value
        final = mine.get(lk.kode_akhir(unit_id))
        baris.append(BarisPegawai(
            pid, nip, nama_lengkap(nama, gd, gb), jabatan or "", golongan or "",
            lk.owner[unit_id or ""],
            unit_nama or "", skp[pid][1] if pid in skp else None, done,
            _predikat(asked[3]) if done and asked else None,
            {k: (v[1], v[2], v[3]) for k, v in sorted(mine.items())
             if v[0] == Status.DISETUJUI.value},
            _predikat(final[3]) if final and final[0] == Status.DISETUJUI.value else None,
            status or "PNS", unit_id))
    return baris, evals


def baris_opd(s: Session, lk: Lingkup, counts: dict[str, Hitungan]) -> tuple[BarisOpd, ...]:
    """The rows of the recap from their figures, with each OPD's organisational performance,
    its departures from the distribution guidance, and its installations' packages."""
    guidance = pengaturan.panduan_distribusi(s)
    received, conflicts = _sync_per_opd(s, lk.owner)
    opd: list[BarisOpd] = []
    for u in lk.rows:
        c = counts.get(u.id) or Hitungan()
        capaian = capaian_unit(s, u.id, lk.kode(u.id))
        warnings = tuple(v.message for v in check_distribution(
            capaian, list(c.predikat.elements()), guidance)) if capaian is not None else ()
        last = received.get(u.id)
        days = (lk.today - datetime.fromisoformat(last).date()).days if last else None
        opd.append(BarisOpd(
            u.id, u.kode, u.nama, u.jenis, c.pegawai, c.skp_disetujui, c.evaluasi_selesai,
            tuple((p, c.predikat.get(p, 0)) for p in PREDIKAT_CURVE_ORDER), capaian, warnings,
            last, days, conflicts.get(u.id, 0)))
    return tuple(opd)


def rekap(s: Session, scope: Collection[str] | None, tahun: int,
          periode: Periode | None = None, *, jenis: str | None = None,
          today: date | None = None) -> Rekap:
    """The whole recap, every employee's row included (the recap files and the JSON); each
    row's figures are counts over its employees' rows."""
    lk = lingkup(s, scope, tahun, periode, jenis=jenis, today=today)
    baris, evals = baris_pegawai(s, lk)
    counts: dict[str, Hitungan] = {}
    for b in baris:
        c = counts.setdefault(b.opd_id, Hitungan())
        c.pegawai += 1
        c.skp_disetujui += b.status_skp == Status.DISETUJUI.value
        c.evaluasi_selesai += b.evaluasi_selesai
        if b.predikat_periode:
            c.predikat[b.predikat_periode] += 1
    riwayat = riwayat_predikat(s, [b.pegawai_id for b in baris], tahun)
    penyelesaian = _penyelesaian(s, tahun, baris, evals, lk.today)
    sangat_baik = tuple(b for b in baris if b.predikat_tahunan is Predikat.SANGAT_BAIK
                        and riwayat.get(b.pegawai_id, {}).get(tahun - 1) is Predikat.SANGAT_BAIK)
    pembinaan = tuple(b for b in baris if b.predikat_tahunan in PERBAIKAN)
    return Rekap(tahun, periode, datetime.now(), baris_opd(s, lk, counts), tuple(baris),
                 riwayat, sangat_baik, pembinaan, penyelesaian)


def _penyelesaian(s: Session, tahun: int, baris: list[BarisPegawai], evals: Evals,
                  today: date) -> tuple[tuple[str, int, int], ...]:
    """For each period of the year: how many employees have their own unit's period of it
    approved."""
    out = []
    for asked in periode_tahun(tahun, pengaturan.frekuensi_default(s)):
        per_unit = periode_per_unit(s, tahun, asked, today)
        done = 0
        for b in baris:
            own = per_unit.get(b.unit_id) or per_unit[None]
            found = evals.get(b.pegawai_id, {}).get(own.kode)
            done += found is not None and found[0] == Status.DISETUJUI.value
        out.append((asked.label, done, len(baris)))
    return tuple(out)


def riwayat_predikat(s: Session, pegawai_ids: Collection[str], sampai: int,
                     tahun_ke_belakang: int = 5) -> dict[str, dict[int, Predikat]]:
    """Each employee's approved annual predikat for the last years (the AKHIR evaluation:
    TRIWULAN IV-AKHIR, or the separate AKHIR one, which counts over a TW4 of the same year)."""
    wanted = set(pegawai_ids)
    out: dict[str, dict[int, Predikat]] = {}
    q = (select(Skp.pegawai_id, Skp.tahun, Evaluasi.periode_kode, Evaluasi.predikat)
         .join(Skp, Skp.id == Evaluasi.skp_id)
         .where(Skp.deleted.is_(False), Evaluasi.deleted.is_(False),
                Skp.status == Status.DISETUJUI.value,
                Evaluasi.status == Status.DISETUJUI.value,
                Skp.tahun.between(sampai - tahun_ke_belakang + 1, sampai),
                Evaluasi.periode_kode.like("%-TW4") | Evaluasi.periode_kode.like("%-AKHIR")))
    # a few people: looked up by id; many: one pass over the years' evaluations
    few = sorted(wanted) if len(wanted) <= 20 * _CHUNK else None
    rows = _chunked(s, q.add_columns(Skp.id, Evaluasi.id), Skp.pegawai_id, few)
    # of a year's, the AKHIR one over a TW4; of copies made twice, the first made (as in the
    # recap), whichever order the database gave them in
    rows.sort(key=lambda r: (r[4], r[5]), reverse=True)
    rows.sort(key=lambda r: (r[2].endswith("-AKHIR"), r[2]))  # stable: the last one counts
    for pid, tahun, _kode, predikat, _sid, _eid in rows:
        value = _predikat(predikat)
        if pid in wanted and value is not None:
            out.setdefault(pid, {})[int(tahun)] = value
    return out


def _sync_per_opd(s: Session, owner: dict[str, str]) -> tuple[dict[str, str], dict[str, int]]:
    """The latest package received from each OPD's installations, and their open conflicts."""
    node_opd: dict[str, str] = {}
    received: dict[str, str] = {}
    for node, unit_id, last in s.execute(select(SyncPeer.node_id, SyncPeer.unit_id,
                                                SyncPeer.last_recv_at)):
        opd = owner.get(unit_id) if unit_id else None
        if opd is None:
            continue
        node_opd[node] = opd
        if last and (opd not in received or last > received[opd]):
            received[opd] = last
    conflicts: Counter[str] = Counter()
    for node, n in s.execute(
            select(SyncConflict.incoming_node,
                   # a held row's changes count once (their group); others one each
                   func.count(func.distinct(func.coalesce(
                       SyncConflict.grp, cast(SyncConflict.id, String)))))
            .where(SyncConflict.status == "open").group_by(SyncConflict.incoming_node)):
        if node in node_opd:
            conflicts[node_opd[node]] += int(n)
    return received, dict(conflicts)
