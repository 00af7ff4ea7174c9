"""The Pemantauan page's figures counted by the database: each row's employees, approved SKP,
approved evaluations and their predikat, the year's completion and who is on the follow-up
lists, without building a row per employee (a city of 100,000 reads in well under a second on a
server). The employees of one row, and the follow-up lists' rows, are read when someone opens
them (:func:`pegawai_opd`, :func:`tindak_lanjut`).

The figures are those :func:`pemantauan.rekap` counts over its employee rows: the same copy of
a document counts (the furthest; of two as far, the first made), tests hold the two equal.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, exists, func, select
from sqlalchemy.orm import Session, aliased

from asn_desktop.db.models import Evaluasi, Pegawai, Skp
from asn_desktop.domain.dokumen import Status
from asn_desktop.domain.periods import Periode, periode_tahun
from asn_desktop.domain.predikat import Predikat
from asn_desktop.services import pengaturan
from asn_desktop.services.pemantauan import (
    PERBAIKAN,
    BarisOpd,
    BarisPegawai,
    Hitungan,
    Lingkup,
    SebaranOpd,
    _predikat,
    baris_opd,
    baris_pegawai,
    lingkup,
    riwayat_predikat,
)
from asn_desktop.services.status_kerja import periode_per_unit

_APPROVED = Status.DISETUJUI.value


def _approved_evaluations(tahun: int, *columns: Any) -> Select[Any]:
    """``columns`` of every approved evaluation that counts: of an active employee's approved
    SKP of the year, the first made of its approved copies, and the first made of the
    evaluation's approved copies for its period."""
    other_skp, other_eval = aliased(Skp), aliased(Evaluasi)
    return (
        select(*columns).select_from(Evaluasi)
        .join(Skp, Skp.id == Evaluasi.skp_id)
        .join(Pegawai, Pegawai.id == Skp.pegawai_id)
        .where(Skp.tahun == tahun, Skp.deleted.is_(False), Skp.status == _APPROVED,
               Pegawai.deleted.is_(False), Pegawai.aktif.is_(True),
               Evaluasi.deleted.is_(False), Evaluasi.status == _APPROVED,
               ~exists().where(other_skp.pegawai_id == Skp.pegawai_id,
                               other_skp.tahun == Skp.tahun, other_skp.deleted.is_(False),
                               other_skp.status == _APPROVED, other_skp.id < Skp.id),
               ~exists().where(other_eval.skp_id == Evaluasi.skp_id,
                               other_eval.periode_kode == Evaluasi.periode_kode,
                               other_eval.deleted.is_(False), other_eval.status == _APPROVED,
                               other_eval.id < Evaluasi.id)))


@dataclass(frozen=True)
class Ringkasan(SebaranOpd):
    """What the Pemantauan page shows first."""

    tahun: int
    periode: Periode | None
    dibuat: datetime
    opd: tuple[BarisOpd, ...]
    # per period of the year: (period label, evaluations approved, active employees)
    penyelesaian: tuple[tuple[str, int, int], ...]
    sangat_baik: frozenset[str]  # Sangat Baik this year and last (employee ids)
    pembinaan: frozenset[str]  # Butuh Perbaikan or worse this year

    @property
    def pegawai(self) -> int:
        return sum(o.pegawai for o in self.opd)


def ringkasan(s: Session, scope: Collection[str] | None, tahun: int,
              periode: Periode | None = None, *, jenis: str | None = None,
              today: date | None = None) -> Ringkasan:
    lk = lingkup(s, scope, tahun, periode, jenis=jenis, today=today)
    people = Counter[str | None]()
    for unit_id, n in s.execute(
            select(Pegawai.unit_id, func.count()).where(
                Pegawai.deleted.is_(False), Pegawai.aktif.is_(True)).group_by(Pegawai.unit_id)):
        people[unit_id] = int(n)
    with_skp = Counter[str | None]()
    for unit_id, n in s.execute(
            select(Pegawai.unit_id, func.count()).where(
                Pegawai.deleted.is_(False), Pegawai.aktif.is_(True),
                Pegawai.id.in_(select(Skp.pegawai_id).where(
                    Skp.tahun == tahun, Skp.deleted.is_(False), Skp.status == _APPROVED)))
            .group_by(Pegawai.unit_id)):
        with_skp[unit_id] = int(n)
    # approved evaluations per unit, period and predikat
    done: dict[tuple[str | None, str], Counter[str | None]] = {}
    for unit_id, kode, predikat, n in s.execute(_approved_evaluations(
            tahun, Pegawai.unit_id, Evaluasi.periode_kode, Evaluasi.predikat, func.count())
            .group_by(Pegawai.unit_id, Evaluasi.periode_kode, Evaluasi.predikat)):
        done.setdefault((unit_id, kode), Counter())[predikat] += int(n)
    counts: dict[str, Hitungan] = {}
    for unit_id, top in lk.owner.items():
        c = counts.setdefault(top, Hitungan())
        c.pegawai += people.get(unit_id, 0)
        c.skp_disetujui += with_skp.get(unit_id, 0)
        mine = done.get((unit_id, lk.kode(unit_id)), Counter())
        c.evaluasi_selesai += sum(mine.values())
        for raw, n in mine.items():
            if (p := _predikat(raw)) is not None:
                c.predikat[p] += n
    total = sum(c.pegawai for c in counts.values())
    penyelesaian = []
    for asked in periode_tahun(tahun, pengaturan.frekuensi_default(s)):
        per_unit = periode_per_unit(s, tahun, asked, lk.today)
        n = sum(sum(done.get((u, (per_unit.get(u) or per_unit[None]).kode), {}).values())
                for u in lk.owner)
        penyelesaian.append((asked.label, n, total))
    sangat_baik, pembinaan = _tindak_lanjut_ids(s, lk)
    return Ringkasan(tahun, periode, datetime.now(), baris_opd(s, lk, counts),
                     tuple(penyelesaian), sangat_baik, pembinaan)


def _tindak_lanjut_ids(s: Session, lk: Lingkup) -> tuple[frozenset[str], frozenset[str]]:
    """Sangat Baik this year and last, and Butuh Perbaikan or worse this year (the annual
    predikat: each unit's final evaluation of the year)."""
    wanted = [Predikat.SANGAT_BAIK.value, *(p.value for p in PERBAIKAN)]
    best: set[str] = set()
    worst: set[str] = set()
    for pid, unit_id, kode, predikat in s.execute(_approved_evaluations(
            lk.tahun, Pegawai.id, Pegawai.unit_id, Evaluasi.periode_kode, Evaluasi.predikat)
            .where(Evaluasi.predikat.in_(wanted),
                   Evaluasi.periode_kode.in_({lk.kode_akhir(u) for u in lk.owner}))):
        if unit_id in lk.owner and kode == lk.kode_akhir(unit_id):
            (best if predikat == Predikat.SANGAT_BAIK.value else worst).add(pid)
    before = riwayat_predikat(s, best, lk.tahun - 1, 1)
    return (frozenset(p for p in best if before.get(p, {}).get(lk.tahun - 1)
                      is Predikat.SANGAT_BAIK), frozenset(worst))


def tindak_lanjut(s: Session, scope: Collection[str] | None, r: Ringkasan, *,
                  jenis: str | None = None, today: date | None = None
                  ) -> tuple[tuple[BarisPegawai, ...], tuple[BarisPegawai, ...]]:
    """The rows of the follow-up lists of ``r`` (Sangat Baik two years running; pembinaan),
    by name."""
    lk = lingkup(s, scope, r.tahun, r.periode, jenis=jenis, today=today)
    baris, _evals = baris_pegawai(s, lk, ids=r.sangat_baik | r.pembinaan)
    return (tuple(b for b in baris if b.pegawai_id in r.sangat_baik),
            tuple(b for b in baris if b.pegawai_id in r.pembinaan))


def pegawai_opd(s: Session, scope: Collection[str] | None, tahun: int, opd_id: str,
                periode: Periode | None = None, *, jenis: str | None = None,
                today: date | None = None
                ) -> tuple[tuple[BarisPegawai, ...], dict[str, dict[int, Predikat]]]:
    """One row's employees (by name) and their annual predikat of the last years."""
    lk = lingkup(s, scope, tahun, periode, jenis=jenis, today=today)
    baris, _evals = baris_pegawai(s, lk, opd_id=opd_id)
    return tuple(baris), riwayat_predikat(s, [b.pegawai_id for b in baris], tahun)
