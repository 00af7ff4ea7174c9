"""Demo generator: a realistic Kota Serang organisation and a year of appraisal work.

On the central (or a stand-alone unit) it builds org units and employees, then appraisal data.
On an enrolled unit, whose master data came from the central, it only adds appraisal data for
the employees placed in its own unit subtree. Everything goes through the normal write path
(the capture triggers), in bulk, inside one transaction; the same seed gives the same data.

This module is the driver; the people and the organisation are built by demo_orang.py, the
appraisal documents by demo_penilaian.py.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.db.models import (
    Evaluasi,
    LogHarian,
    OrgUnit,
    Pegawai,
    Periode,
    Rhk,
    Skp,
    TahunKinerja,
    UmpanBalik,
)
from asn_desktop.domain.periods import Frekuensi, periode_tahun
from asn_desktop.progress import ProgressText
from asn_desktop.services import demo_data as dd
from asn_desktop.services import demo_pelayanan, pengaturan
from asn_desktop.services.authority import SISTEM, bind, pelaku
from asn_desktop.services.demo_orang import OrgBuilder as OrgBuilder
from asn_desktop.services.demo_orang import PeopleFactory as PeopleFactory
from asn_desktop.services.demo_orang import Person as Person
from asn_desktop.services.demo_orang import UnitPlan as UnitPlan
from asn_desktop.services.demo_penilaian import AppraisalBuilder as AppraisalBuilder
from asn_desktop.services.demo_penilaian import ApprPerson as ApprPerson
from asn_desktop.services.demo_penilaian import capaian as _capaian
from asn_desktop.services.demo_penilaian import depth_order as _depth_order
from asn_desktop.services.demo_penilaian import forums as _forums
from asn_desktop.services.demo_penilaian import freeze_again as _freeze_again
from asn_desktop.services.demo_penilaian import (
    freeze_evaluated_content as _freeze_evaluated_content,
)
from asn_desktop.services.demo_penilaian import recent_work as _recent_work
from asn_desktop.services.demo_penilaian import snapshot_identities as _snapshot_identities
from asn_desktop.services.demo_penilaian import tema as _tema
from asn_desktop.services.orgs import subtree_ids
from asn_desktop.services.workspace import Workspace


@dataclass
class DemoSummary:
    units: int = 0
    pegawai: int = 0
    skp: int = 0
    evaluasi: int = 0
    log_harian: int = 0
    umpan_balik: int = 0

    def __str__(self) -> str:
        return (f"{self.units} unit, {self.pegawai} pegawai, {self.skp} SKP, "
                f"{self.evaluasi} evaluasi, {self.log_harian} log harian, "
                f"{self.umpan_balik} umpan balik")


# ------------------------------------------------------------------------------- driver


def _opd_for(nama: str) -> dd.Opd | None:
    words = {w.lower() for w in nama.replace(",", " ").split()}
    best, score = None, 0
    for opd in dd.OPDS:
        overlap = len(words & {w.lower() for w in opd.nama.split()} - {"dinas", "dan", "badan"})
        if opd.singkatan.lower() in nama.lower():
            overlap += 3
        if overlap > score:
            best, score = opd, overlap
    return best


def fill_demo(ws: Workspace, *, employees: int, seed: int = 1, tahun: int | None = None,
              progress: ProgressText | None = None, today: date | None = None) -> DemoSummary:
    today = today or date.today()
    tahun = tahun or today.year
    rng = random.Random(seed)
    say = progress or (lambda _m: None)
    summary = DemoSummary()
    with ws.session() as s:
        scope_root = ws.info.unit_id
        scope = subtree_ids(s, scope_root) if scope_root else None
        pq = select(Pegawai.id).where(Pegawai.deleted.is_(False))
        if scope is not None:
            pq = pq.where(Pegawai.unit_id.in_(scope))
        has_people = s.scalars(pq.limit(1)).first() is not None
        build_master = ws.is_central or not has_people
        if build_master and not (ws.info.role == "unit" and has_people):
            say("Menyusun organisasi dan pegawai…")
            acting = pelaku(s)
            # A stand-alone unit with no employees yet builds its own practice organisation:
            # no master data of the central exists there to protect.
            bind(s, SISTEM)
            _build_master(s, ws, rng, employees, tahun, summary)
            bind(s, acting)
        say("Menyusun SKP, evaluasi, log harian dan umpan balik…")
        _build_appraisal(s, ws, rng, tahun, today, employees, summary)
    return summary


def _build_master(s: Session, ws: Workspace, rng: random.Random, employees: int, tahun: int,
                  summary: DemoSummary) -> None:
    used = set(s.scalars(select(Pegawai.nip)))
    people = PeopleFactory(rng, used)
    builder = OrgBuilder(rng, people, employees)
    root = s.scalars(select(OrgUnit).where(OrgUnit.parent_id.is_(None),
                                           OrgUnit.deleted.is_(False))).first()
    if root is None:
        raise RuntimeError("ruang kerja tanpa unit induk")
    if ws.info.role == "unit" and ws.info.unit_id:
        unit = s.get_one(OrgUnit, ws.info.unit_id)
        opd = _opd_for(unit.nama) or dd.OPDS[1]
        builder.build_opd(opd, root.id, None, 0, existing_unit_id=unit.id,
                          existing_kode=unit.kode, scale=employees)
        for uid, frek in builder.frekuensi.items():
            s.get_one(OrgUnit, uid).frekuensi_evaluasi = frek
    else:
        total_w = sum(o.weight for o in dd.OPDS)
        existing = {k for k in s.scalars(select(OrgUnit.kode))}
        # the Sekretariat Daerah comes first: its head, the one Sekretaris Daerah, is the
        # atasan of the other heads of OPD
        sekda_id: str | None = s.scalar(  # a demo run before: its Sekretaris Daerah
            select(Pegawai.id).join(OrgUnit, OrgUnit.id == Pegawai.unit_id).where(
                OrgUnit.kode == dd.KODE_SETDA, Pegawai.pimpinan_unit.is_(True),
                Pegawai.deleted.is_(False)).limit(1))
        for i, opd in enumerate(dd.OPDS):
            if opd.kode in existing:
                continue
            scale = int(employees * opd.weight / total_w)
            kepala = builder.build_opd(opd, root.id, sekda_id, i + 1, scale=scale)
            if opd.kode == dd.KODE_SETDA:
                sekda_id = kepala
    builder.fill_staff()
    demo_pelayanan.bulk(s, OrgUnit, builder.units)
    demo_pelayanan.bulk(s, Pegawai, [p.row() for p in builder.persons])
    summary.units = len(builder.units)
    summary.pegawai = len(builder.persons)
    if ws.is_central or s.scalars(select(TahunKinerja.id)).first() is None:
        _ensure_year(s, tahun)
    if not pengaturan.get_setting(s, pengaturan.HARI_LIBUR):
        pengaturan.set_setting(s, pengaturan.HARI_LIBUR, demo_pelayanan.libur_tetap(tahun))
    if not pengaturan.kepala_daerah(s):
        # Fictitious: the penilai of the Sekda and the heads of OPD, who has no NIP.
        pengaturan.set_setting(s, pengaturan.KEPALA_DAERAH, {
            "nama": "H. Rahmat Hidayatullah, S.E., M.M.", "jabatan": "Wali Kota Serang",
            "nip": ""})


def _ensure_year(s: Session, tahun: int) -> None:
    if s.scalars(select(TahunKinerja.id).where(TahunKinerja.tahun == tahun)).first():
        return
    s.add(TahunKinerja(tahun=tahun, frekuensi=Frekuensi.TRIWULANAN.value,
                       tanggal_skp=date(tahun, 1, 2)))
    for frek in Frekuensi:
        for per in periode_tahun(tahun, frek):
            s.add(Periode(tahun=tahun, kode=per.kode, frekuensi=frek.value, mulai=per.mulai,
                          selesai=per.selesai,
                          batas_evaluasi=per.selesai + timedelta(days=10)))
    s.flush()


def _build_appraisal(s: Session, ws: Workspace, rng: random.Random, tahun: int, today: date,
                     employees: int, summary: DemoSummary) -> None:
    q = select(Pegawai.id, Pegawai.jabatan, Pegawai.jenis_jabatan, Pegawai.unit_id,
               Pegawai.atasan_id, OrgUnit.nama, Pegawai.pimpinan_unit).outerjoin(
        OrgUnit, OrgUnit.id == Pegawai.unit_id).where(Pegawai.deleted.is_(False)).order_by(
        Pegawai.nip)  # ids are random: the same seed must give the same city
    if ws.info.unit_id:
        q = q.where(Pegawai.unit_id.in_(subtree_ids(s, ws.info.unit_id)))
    have_skp = set(s.scalars(select(Skp.pegawai_id).where(Skp.tahun == tahun,
                                                           Skp.deleted.is_(False))))
    in_scope = [ApprPerson(r[0], r[1], r[2], r[3], r[4], _tema(r[1], r[5] or ""), bool(r[6]))
                for r in s.execute(q)]
    people = [p for p in in_scope if p.id not in have_skp]
    units = {u.id: u for u in s.scalars(select(OrgUnit))}
    frek_default = s.scalar(select(TahunKinerja.frekuensi).where(TahunKinerja.tahun == tahun))

    def frekuensi_of(unit_id: str | None) -> Frekuensi:
        seen: set[str] = set()
        while unit_id and unit_id in units and unit_id not in seen:
            seen.add(unit_id)
            own = units[unit_id].frekuensi_evaluasi
            if own:
                return Frekuensi(own)
            unit_id = units[unit_id].parent_id
        return Frekuensi(frek_default or Frekuensi.TRIWULANAN)

    builder = AppraisalBuilder(rng, tahun, today, frekuensi_of)
    builder.induk = {uid: u.parent_id for uid, u in units.items()}
    # the capaian of each unit first: evaluations print it, and a head's rating follows it
    _capaian(builder, people, units, frekuensi_of)
    # Existing SKPs of atasan (e.g. from the central) still feed the cascade.
    for pid, rid in s.execute(select(Skp.pegawai_id, Rhk.id).join(Rhk, Rhk.skp_id == Skp.id)
                              .where(Skp.tahun == tahun, Rhk.jenis == "UTAMA",
                                     Rhk.deleted.is_(False))):
        builder.rhk_of.setdefault(pid, []).append(rid)
    for p in _depth_order(people):
        roll = rng.random()
        status = "DISETUJUI" if roll < 0.9 else ("DIAJUKAN" if roll < 0.95 else "DRAFT")
        if rng.random() < 0.02:
            continue  # a few employees have not drafted their SKP yet
        builder.skp(p, status)
    if not ws.is_central:
        _recent_work(builder, s, [p for p in in_scope if p.id in have_skp])
    _forums(builder, people, today, tahun)
    _snapshot_identities(builder, s)
    for model, rows in builder.rows.items():
        if model is not Evaluasi:
            demo_pelayanan.bulk(s, model, rows)
    _freeze_evaluated_content(s, builder)  # from the SKPs just written
    demo_pelayanan.bulk(s, Evaluasi, builder.rows.get(Evaluasi, []))
    changed = demo_pelayanan.isi(s, rng, tahun, today,
                                 subtree_ids(s, ws.info.unit_id) if ws.info.unit_id else None,
                                 builder.rows.get(Evaluasi, []))
    _freeze_again(s, builder, changed)
    summary.skp = len(builder.rows.get(Skp, []))
    summary.evaluasi = len(builder.rows.get(Evaluasi, []))
    summary.log_harian = len(builder.rows.get(LogHarian, []))
    summary.umpan_balik = len(builder.rows.get(UmpanBalik, []))
