"""Demo people and organisation: a factory of fictitious employees (names, titles, a valid
NIP or NI PPPK, rank, birth date) and the builder that lays out each Kota Serang OPD top-down,
its bidang, its schools or puskesmas, structural posts first and then staff by weight, with the
unit tree and who reports to whom. Used by demo.py to build the master data."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from asn_desktop.db.base import new_id
from asn_desktop.domain.nip import make_ni_pppk, make_nip_pns
from asn_desktop.domain.pangkat import GOLONGAN_PNS
from asn_desktop.services import demo_data as dd


@dataclass
class Person:
    id: str
    nama: str
    gelar_depan: str | None
    gelar_belakang: str | None
    jenis_kelamin: str
    tanggal_lahir: date
    status: str
    nip: str
    golongan: str
    jabatan: str
    jenis_jabatan: str
    unit_id: str
    atasan_id: str | None
    pimpinan_unit: bool
    tema: str

    def row(self) -> dict[str, Any]:
        return {
            "id": self.id, "nama": self.nama, "gelar_depan": self.gelar_depan,
            "gelar_belakang": self.gelar_belakang, "jenis_kelamin": self.jenis_kelamin,
            "tanggal_lahir": self.tanggal_lahir, "status": self.status, "nip": self.nip,
            "golongan": self.golongan, "jabatan": self.jabatan,
            "jenis_jabatan": self.jenis_jabatan, "unit_id": self.unit_id,
            "atasan_id": self.atasan_id, "pimpinan_unit": self.pimpinan_unit, "aktif": True,
            "deleted": False,
        }


# ------------------------------------------------------------------------------ people


class PeopleFactory:
    GOL_RANGE = {
        "JPT": ("IV/c", "IV/d"),
        "ADMINISTRATOR": ("IV/a", "IV/b"),
        "PENGAWAS": ("III/c", "III/d"),
        "AHLI_PERTAMA": ("III/a", "III/b"),
        "AHLI_MUDA": ("III/c", "III/d"),
        "AHLI_MADYA": ("IV/a", "IV/c"),
        "TERAMPIL": ("II/c", "III/b"),
        "PELAKSANA": ("II/a", "III/b"),
    }

    def __init__(self, rng: random.Random, used_nips: set[str]) -> None:
        self.rng = rng
        self.used = used_nips
        self.ruang = [g.ruang for g in GOLONGAN_PNS]

    def _golongan(self, jabatan: str, jenis: str) -> str:
        if jenis.startswith("JPT"):
            key = "JPT"
        elif jenis in ("ADMINISTRATOR", "PENGAWAS", "PELAKSANA"):
            key = jenis
        elif "Ahli Madya" in jabatan:
            key = "AHLI_MADYA"
        elif "Ahli Muda" in jabatan:
            key = "AHLI_MUDA"
        elif jenis == "FUNGSIONAL_KETERAMPILAN":
            key = "TERAMPIL"
        else:
            key = "AHLI_PERTAMA"
        lo, hi = self.GOL_RANGE[key]
        return self.rng.choice(self.ruang[self.ruang.index(lo): self.ruang.index(hi) + 1])

    def _gelar(self, jabatan: str, jenis: str, jk: str) -> tuple[str | None, str | None]:
        r = self.rng
        depan: str | None = None
        belakang: str | None
        if jabatan.startswith(("Guru", "Kepala Sekolah", "Pengawas Sekolah")):
            belakang = r.choice(("S.Pd.", "S.Pd.", "S.Pd.", "M.Pd.", "S.Pd.I.", "S.Pd., M.Pd."))
        elif jabatan.startswith("Dokter") or jabatan.startswith("Kepala Puskesmas"):
            depan, belakang = "dr.", r.choice((None, "M.K.M.", "Sp.PD."))
        elif jabatan.startswith("Perawat"):
            belakang = r.choice(("S.Kep., Ners", "A.Md.Kep."))
        elif jabatan.startswith("Bidan"):
            belakang = "A.Md.Keb."
        elif jenis == "PELAKSANA":
            belakang = r.choice((None, None, "A.Md.", "S.E.", "S.Kom."))
        else:
            belakang = r.choice(("S.Sos., M.Si.", "S.H., M.H.", "S.T., M.T.", "S.E., M.M.",
                                 "S.IP., M.Si.", "S.Kom.", "S.E.", "S.KM."))
        if depan is None and r.random() < 0.06:
            depan = "Drs." if jk == "L" else "Dra."
        if r.random() < 0.05:
            haji = "H." if jk == "L" else "Hj."
            depan = f"{depan} {haji}" if depan else haji
        return depan, belakang

    def person(self, jabatan: str, jenis: str, unit_id: str, atasan_id: str | None,
               tema: str, *, pimpinan: bool = False, pppk: bool = False,
               senior: bool = False) -> Person:
        r = self.rng
        jk = r.choice("LP")
        first = r.choice(dd.NAMA_PRIA if jk == "L" else dd.NAMA_WANITA)
        last = dd.NAMA_BELAKANG if jk == "L" else dd.NAMA_BELAKANG + dd.NAMA_BELAKANG_WANITA
        nama = f"{first} {r.choice(last)}"
        if r.random() < 0.3:
            middle = r.choice(dd.NAMA_PRIA if jk == "L" else dd.NAMA_WANITA)
            if middle != first:
                nama = f"{first} {middle} {r.choice(last)}"
        year = r.randint(1966, 1982) if senior else r.randint(1968, 1998)
        lahir = date(year, r.randint(1, 12), r.randint(1, 28))
        depan, belakang = self._gelar(jabatan, jenis, jk)
        if pppk:
            status = "PPPK"
            golongan = "IX" if jenis == "FUNGSIONAL_KEAHLIAN" else r.choice(("V", "VII"))
            tahun = r.randint(max(2021, year + 20), 2025)
            nip = self._unique(lambda u: make_ni_pppk(lahir, tahun, "21", jk, u))
        else:
            status = "PNS"
            golongan = self._golongan(jabatan, jenis)
            tmt_year = min(year + r.randint(22, 30), 2024)
            tmt_month = r.choice((1, 2, 3, 4, 12))
            nip = self._unique(lambda u: make_nip_pns(lahir, tmt_year, tmt_month, jk, u))
        return Person(new_id(), nama, depan, belakang, jk, lahir, status, nip, golongan,
                      jabatan, jenis, unit_id, atasan_id, pimpinan, tema)

    def _unique(self, make: Callable[[int], str]) -> str:
        for urut in range(1, 1000):
            nip = make(urut)
            if nip not in self.used:
                self.used.add(nip)
                return nip
        raise RuntimeError("nomor urut NIP habis")


# ---------------------------------------------------------------------- organisation plan


@dataclass
class UnitPlan:
    row: dict[str, Any]
    weight: float = 0.0  # share of rank-and-file staff
    staff: tuple[tuple[str, str], ...] = ()
    head_id: str | None = None
    supervisors: list[str] = field(default_factory=list)  # kasi ids inside
    kind: str = "BIDANG"
    tema: str = ""
    label: str = ""


class OrgBuilder:
    """Builds units and people top-down, structural posts first, then staff by weight."""

    def __init__(self, rng: random.Random, people: PeopleFactory, budget: int) -> None:
        self.rng = rng
        self.people = people
        self.budget = budget
        self.units: list[dict[str, Any]] = []
        self.persons: list[Person] = []
        self.plans: list[UnitPlan] = []
        self.frekuensi: dict[str, str] = {}

    def _unit(self, kode: str, nama: str, jenis: str, parent: str | None, urutan: int,
              frekuensi: str | None = None) -> dict[str, Any]:
        row = {"id": new_id(), "kode": kode, "nama": nama, "jenis": jenis, "parent_id": parent,
               "tempat": "Serang", "urutan": urutan, "frekuensi_evaluasi": frekuensi,
               "deleted": False}
        self.units.append(row)
        return row

    def _add(self, p: Person) -> Person | None:
        if len(self.persons) >= self.budget:
            return None
        self.persons.append(p)
        return p

    def build_opd(self, opd: dd.Opd, parent_id: str, atasan_id: str | None, urutan: int,
                  existing_unit_id: str | None = None, existing_kode: str | None = None,
                  scale: int = 0) -> str | None:
        """Lay out one OPD; returns its head's id."""
        r = self.rng
        kode = opd.kode
        if existing_unit_id is None:
            opd_id = self._unit(opd.kode, opd.nama, "KECAMATAN" if opd.extra.get("camat")
                                else "OPD", parent_id, urutan, opd.frekuensi)["id"]
        else:
            opd_id = existing_unit_id
            kode = existing_kode or opd.kode
            if opd.frekuensi:
                self.frekuensi[opd_id] = opd.frekuensi
        kepala_jenis = "ADMINISTRATOR" if opd.extra.get("camat") else "JPT_PRATAMA"
        kepala = self._add(self.people.person(opd.kepala, kepala_jenis, opd_id, atasan_id,
                                              opd.tema, pimpinan=True, senior=True))
        kepala_id = kepala.id if kepala else None
        bidang_heads: dict[str, str | None] = {}
        for i, b in enumerate(opd.bidang):
            unit = self._unit(f"{kode}.{i + 1:02d}", b.nama, "BIDANG", opd_id, i)
            head_jenis = "PENGAWAS" if opd.extra.get("camat") and i else "ADMINISTRATOR"
            head = self._add(self.people.person(b.kepala, head_jenis, unit["id"], kepala_id,
                                                b.tema, pimpinan=True, senior=True))
            plan = UnitPlan(unit, 1.5 if i == 0 else 1.0, b.staf,
                            head.id if head else kepala_id, [], "BIDANG", b.tema, b.nama)
            for kasi in b.kasi:
                k = self._add(self.people.person(kasi, "PENGAWAS", unit["id"], plan.head_id,
                                                 b.tema))
                if k:
                    plan.supervisors.append(k.id)
            bidang_heads[b.nama] = plan.head_id
            self.plans.append(plan)
        if opd.upt == "SEKOLAH":
            n_sd = max(2, scale // 45)
            n_smp = max(1, scale // 150)
            sd_head = bidang_heads.get("Bidang Pembinaan Sekolah Dasar", kepala_id)
            smp_head = bidang_heads.get("Bidang Pembinaan Sekolah Menengah Pertama", kepala_id)
            for n in range(1, n_sd + 1):
                self._school(f"SD Negeri {n} Kota Serang", f"{kode}.SD{n:03d}", opd_id,
                             sd_head, dd.MAPEL_SD, 100 + n)
            for n in range(1, n_smp + 1):
                self._school(f"SMP Negeri {n} Kota Serang", f"{kode}.SMP{n:02d}", opd_id,
                             smp_head, dd.MAPEL_SMP, 300 + n)
        elif opd.upt == "PUSKESMAS":
            pel_head = bidang_heads.get("Bidang Pelayanan Kesehatan", kepala_id)
            for n, nama in enumerate(dd.PUSKESMAS[: max(2, min(14, scale // 120))]):
                unit = self._unit(f"{kode}.PKM{n + 1:02d}", f"UPT Puskesmas {nama}",
                                  "PUSKESMAS", opd_id, 100 + n)
                head = self._add(self.people.person(
                    f"Kepala UPT Puskesmas {nama}", "FUNGSIONAL_KEAHLIAN", unit["id"], pel_head,
                    f"pelayanan kesehatan dasar di wilayah Puskesmas {nama}", pimpinan=True,
                    senior=True))
                staff = (("Dokter Ahli Pertama", "FUNGSIONAL_KEAHLIAN"),
                         ("Perawat Terampil", "FUNGSIONAL_KETERAMPILAN"),
                         ("Bidan Terampil", "FUNGSIONAL_KETERAMPILAN"),
                         ("Perawat Ahli Pertama", "FUNGSIONAL_KEAHLIAN"),
                         ("Pengadministrasi Perkantoran", "PELAKSANA"))
                self.plans.append(UnitPlan(unit, 2.5 + r.random(), staff,
                                           head.id if head else pel_head, [], "PUSKESMAS",
                                           f"pelayanan kesehatan di Puskesmas {nama}",
                                           unit["nama"]))
        return kepala_id

    def _school(self, nama: str, kode: str, parent: str, atasan: str | None,
                mapel: Sequence[str], urutan: int) -> None:
        unit = self._unit(kode, nama, "SEKOLAH", parent, urutan, "SEMESTERAN")
        head = self._add(self.people.person(
            f"Guru Ahli Madya (Kepala {nama})", "FUNGSIONAL_KEAHLIAN", unit["id"], atasan,
            f"mutu pembelajaran di {nama}", pimpinan=True, senior=True))
        staff = tuple((f"Guru Ahli {lvl} {m}", "FUNGSIONAL_KEAHLIAN")
                      for m in mapel for lvl in ("Pertama", "Muda"))
        self.plans.append(UnitPlan(unit, 3.0 + self.rng.random(),
                                   (*staff, ("Pengadministrasi Perkantoran", "PELAKSANA")),
                                   head.id if head else atasan, [], "SEKOLAH",
                                   f"pembelajaran di {nama}", nama))

    def fill_staff(self) -> None:
        plans = [p for p in self.plans if p.head_id and p.staff]
        if not plans:
            return
        weights = [p.weight for p in plans]
        while len(self.persons) < self.budget:
            plan = self.rng.choices(plans, weights)[0]
            jabatan, jenis = self.rng.choice(plan.staff)
            atasan = self.rng.choice(plan.supervisors) if plan.supervisors else plan.head_id
            pppk = plan.kind in ("SEKOLAH", "PUSKESMAS") and self.rng.random() < 0.3
            if pppk and jabatan.startswith("Guru Ahli Muda"):
                jabatan = jabatan.replace("Ahli Muda", "Ahli Pertama")
            tema = plan.tema if plan.kind != "SEKOLAH" else f"{jabatan.split(' ', 3)[-1]}"
            self.persons.append(self.people.person(jabatan, jenis, plan.row["id"], atasan,
                                                   tema, pppk=pppk))
