"""Demo generator: a realistic Kota Serang organisation and a year of appraisal work.

On the central (or a stand-alone unit) it builds org units and employees, then appraisal data.
On an enrolled unit, whose master data came from the central, it only adds appraisal data for
the employees placed in its own unit subtree. Everything goes through the normal write path
(the capture triggers), in bulk, inside one transaction; the same seed gives the same data.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from asn_desktop.db.base import Base, new_id
from asn_desktop.db.models import (
    CapaianUnit,
    Evaluasi,
    EvaluasiRhk,
    ForumEvaluasi,
    Indikator,
    LogHarian,
    OrgUnit,
    Pegawai,
    Periode,
    Realisasi,
    Rhk,
    RiwayatDokumen,
    Skp,
    TahunKinerja,
    UmpanBalik,
)
from asn_desktop.domain.berakhlak import BERAKHLAK_KODES
from asn_desktop.domain.jabatan import JenisJabatan, Perspektif, is_jpt
from asn_desktop.domain.nip import make_ni_pppk, make_nip_pns
from asn_desktop.domain.pangkat import GOLONGAN_PNS
from asn_desktop.domain.periods import Frekuensi, periods_for_year
from asn_desktop.domain.periods import Periode as DomainPeriode
from asn_desktop.domain.predikat import predikat_kinerja
from asn_desktop.domain.ratings import Rating
from asn_desktop.progress import ProgressText
from asn_desktop.services import demo_data as dd
from asn_desktop.services import evaluasi_isi, identitas, pengaturan
from asn_desktop.services.orgs import subtree_ids
from asn_desktop.services.workspace import Workspace


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
                  scale: int = 0) -> None:
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


# --------------------------------------------------------------------------- appraisal


@dataclass
class ApprPerson:
    id: str
    jabatan: str
    jenis_jabatan: str
    unit_id: str | None
    atasan_id: str | None
    tema: str


class AppraisalBuilder:
    """SKPs cascading top-down, evaluations for the periods already due, logs, feedback."""

    def __init__(self, rng: random.Random, tahun: int, today: date,
                 frekuensi_of: Callable[[str | None], Frekuensi]) -> None:
        self.rng = rng
        self.tahun = tahun
        self.today = today
        self.frekuensi_of = frekuensi_of
        self.rows: dict[type[Base], list[dict[str, Any]]] = {}
        self.rhk_of: dict[str, list[str]] = {}  # pegawai id -> RHK ids (utama)
        self.rhk_text: dict[str, str] = {}
        self.periods: dict[Frekuensi, list[DomainPeriode]] = {}

    def add(self, model: type[Base], row: dict[str, Any]) -> dict[str, Any]:
        row.setdefault("id", new_id())
        row.setdefault("deleted", False)
        self.rows.setdefault(model, []).append(row)
        return row

    def _rhk_texts(self, p: ApprPerson, n: int) -> list[str]:
        tema = p.tema or "tugas unit kerja"
        base = [
            f"Meningkatnya kualitas {tema}",
            f"Terlaksananya program dan kegiatan {tema} sesuai rencana",
            f"Tersusunnya laporan dan evaluasi {tema} yang akurat",
            f"Terwujudnya layanan {tema} yang tepat waktu",
        ]
        if p.jabatan.startswith("Guru Ahli") and "Kepala" not in p.jabatan:
            base = [f"Terlaksananya pembelajaran {tema} yang berpusat pada murid",
                    f"Tersusunnya perangkat ajar {tema} sesuai Kurikulum Merdeka",
                    f"Terlaksananya asesmen dan pelaporan hasil belajar {tema}",
                    "Terlaksananya pendampingan murid dalam kegiatan kokurikuler"]
        elif p.jenis_jabatan == "PELAKSANA":
            base = [f"Terselesaikannya administrasi {tema} tepat waktu",
                    f"Tersedianya data {tema} yang mutakhir",
                    "Terlayaninya permintaan layanan administrasi pegawai dan warga"]
        self.rng.shuffle(base)
        return base[:n]

    def skp(self, p: ApprPerson, status: str) -> None:
        r = self.rng
        jpt = is_jpt(JenisJabatan(p.jenis_jabatan))
        pendekatan = "KUALITATIF" if r.random() < 0.1 else "KUANTITATIF"
        skp = self.add(Skp, {
            "pegawai_id": p.id, "tahun": self.tahun, "pendekatan": pendekatan,
            "status": status, "penilai_id": p.atasan_id,
            "tanggal_ditetapkan": date(self.tahun, 1, r.randint(2, 15))
            if status == "DISETUJUI" else None,
            "periode_mulai": date(self.tahun, 1, 1), "periode_selesai": date(self.tahun, 12, 31),
            **{f"ekspektasi_{k}": dd.EKSPEKTASI[k] for k in BERAKHLAK_KODES if r.random() < 0.5},
            **dd.LAMPIRAN,
        })
        atasan_rhk = self.rhk_of.get(p.atasan_id or "", [])
        n_utama = r.randint(2, 3)
        texts = self._rhk_texts(p, n_utama + 1)
        utama: list[str] = []
        for i, text in enumerate(texts):
            jenis = "UTAMA" if i < n_utama else "TAMBAHAN"
            if jenis == "TAMBAHAN" and r.random() < 0.6:
                break
            rhk = self.add(Rhk, {
                "skp_id": skp["id"], "jenis": jenis, "urutan": i + 1, "uraian": text,
                "rhk_atasan_id": r.choice(atasan_rhk) if atasan_rhk and not jpt else None,
                "perspektif": r.choice(list(Perspektif)).value if jpt else None,
            })
            self.rhk_text[rhk["id"]] = text
            if jenis == "UTAMA":
                utama.append(rhk["id"])
            self._indicators(rhk["id"], text, pendekatan, jpt)
        self.rhk_of[p.id] = utama
        self.add(RiwayatDokumen, {"dokumen": "skp", "dokumen_id": skp["id"], "pegawai_id": p.id,
                                  "aksi": "DIBUAT", "oleh": "Admin Kepegawaian",
                                  "waktu": f"{self.tahun}-01-02T08:00:00"})
        if status in ("DIAJUKAN", "DISETUJUI"):
            self.add(RiwayatDokumen, {"dokumen": "skp", "dokumen_id": skp["id"],
                                      "pegawai_id": p.id, "aksi": "DIAJUKAN",
                                      "oleh": "Admin Kepegawaian",
                                      "waktu": f"{self.tahun}-01-05T09:00:00"})
        if status == "DISETUJUI":
            self.add(RiwayatDokumen, {"dokumen": "skp", "dokumen_id": skp["id"],
                                      "pegawai_id": p.id, "aksi": "DISETUJUI",
                                      "oleh": "Pejabat Penilai Kinerja",
                                      "waktu": f"{self.tahun}-01-10T10:00:00"})
            self._evaluations(p, skp)
            self._logs(p, utama)
        self._feedback(p)

    def _indicators(self, rhk_id: str, text: str, pendekatan: str, jpt: bool) -> None:
        r = self.rng
        persp = r.choice(list(Perspektif)).value if jpt else None
        if pendekatan == "KUALITATIF":
            self.add(Indikator, {
                "rhk_id": rhk_id, "urutan": 1, "uraian": f"Kualitas hasil: {text.lower()}",
                "target_narasi": "Hasil kerja diterima atasan tanpa revisi berarti dan "
                                 "dimanfaatkan oleh pengguna layanan",
                "perspektif": persp})
            return
        n = r.choice((4, 6, 12, 24, 36))
        self.add(Indikator, {"rhk_id": rhk_id, "urutan": 1, "aspek": "Kuantitas",
                             "uraian": "Jumlah dokumen/keluaran yang diselesaikan",
                             "target_nilai": float(n), "target_satuan": "Dokumen",
                             "perspektif": persp})
        self.add(Indikator, {"rhk_id": rhk_id, "urutan": 2, "aspek": "Kualitas",
                             "uraian": "Persentase keluaran yang sesuai standar",
                             "target_nilai": 100.0, "target_satuan": "%", "perspektif": persp})
        self.add(Indikator, {"rhk_id": rhk_id, "urutan": 3, "aspek": "Waktu",
                             "uraian": "Ketepatan waktu penyelesaian",
                             "target_nilai": 12.0, "target_satuan": "Bulan",
                             "perspektif": persp})

    def _periods(self, unit_id: str | None) -> list[DomainPeriode]:
        frek = self.frekuensi_of(unit_id)
        if frek not in self.periods:
            self.periods[frek] = periods_for_year(self.tahun, frek)
        return self.periods[frek]

    def _evaluations(self, p: ApprPerson, skp: dict[str, Any]) -> None:
        r = self.rng
        rhk_rows = [x for x in self.rows[Rhk][-4:] if x["skp_id"] == skp["id"]]
        ind_rows = [x for x in self.rows[Indikator][-12:]
                    if any(x["rhk_id"] == h["id"] for h in rhk_rows)]
        for per in self._periods(p.unit_id):
            if per.mulai > self.today:
                continue
            done = per.selesai < self.today
            if not done and r.random() < 0.5:
                continue
            hasil = r.choices(list(Rating), (20, 70, 10))[0]
            perilaku = r.choices(list(Rating), (20, 76, 4))[0]
            status = "DISETUJUI" if done and r.random() < 0.93 else "DRAFT"
            ev = self.add(Evaluasi, {
                "skp_id": skp["id"], "pegawai_id": p.id, "periode_kode": per.kode,
                "status": status, "rating_hasil_kerja": hasil.value,
                "rating_perilaku_kerja": perilaku.value,
                "predikat": predikat_kinerja(hasil, perilaku).value,
                "capaian_organisasi": "BAIK", "catatan_rekomendasi": r.choice(dd.CATATAN) or None,
                "tanggal": min(per.selesai, self.today),
                **{f"umpan_balik_{k}": r.choice(dd.UMPAN_BALIK_PERILAKU)
                   for k in BERAKHLAK_KODES if r.random() < 0.4},
            })
            share = min(1.0, (min(per.selesai, self.today) - date(self.tahun, 1, 1)).days / 365)
            for ind in ind_rows:
                target = ind.get("target_nilai")
                value = None
                if target is not None:
                    frac = share if ind["aspek"] == "Kuantitas" else 1.0
                    value = round(target * frac * r.uniform(0.85, 1.1), 1)
                self.add(Realisasi, {
                    "evaluasi_id": ev["id"], "indikator_id": ind["id"], "realisasi_nilai": value,
                    "realisasi_teks": None if value is not None else "Tercapai sesuai target",
                    "bukti_dukung": "Laporan kegiatan dan dokumentasi (folder bukti unit)"})
            for rh in rhk_rows:
                self.add(EvaluasiRhk, {"evaluasi_id": ev["id"], "rhk_id": rh["id"],
                                       "umpan_balik": r.choice(dd.UMPAN_BALIK_RHK)})
            if status == "DISETUJUI":
                self.add(RiwayatDokumen, {"dokumen": "evaluasi", "dokumen_id": ev["id"],
                                          "pegawai_id": p.id, "aksi": "DISETUJUI",
                                          "oleh": "Pejabat Penilai Kinerja",
                                          "waktu": f"{per.selesai.isoformat()}T15:00:00"})

    def _logs(self, p: ApprPerson, rhk_ids: list[str]) -> None:
        if not rhk_ids:
            return
        r = self.rng
        start = date(self.tahun, 1, 6)
        span = max(1, min((self.today - start).days, 355))
        for _ in range(r.randint(6, 12)):
            d = start + timedelta(days=r.randrange(span))
            if d.weekday() >= 5:
                d -= timedelta(days=d.weekday() - 4)
            rhk = r.choice(rhk_ids)
            self.add(LogHarian, {
                "pegawai_id": p.id, "rhk_id": rhk, "tanggal": d,
                "uraian": f"Mengerjakan: {self.rhk_text[rhk][:80].lower()}",
                "output_satuan": "Dokumen", "kuantitas": float(r.randint(1, 3))})

    def _feedback(self, p: ApprPerson) -> None:
        r = self.rng
        if p.atasan_id and r.random() < 0.6:
            self.add(UmpanBalik, {
                "pegawai_id": p.id, "pemberi_id": p.atasan_id, "peran": "ATASAN",
                "tanggal": min(self.today, date(self.tahun, r.randint(2, 11), r.randint(1, 28))),
                "nilai_kode": r.choice(BERAKHLAK_KODES),
                "isi": r.choice(dd.UMPAN_BALIK_PERILAKU)})


# ------------------------------------------------------------------------------- driver


def _bulk(s: Session, model: type[Base], rows: list[dict[str, Any]], chunk: int = 5000) -> None:
    if not rows:
        return
    # Same key set for every row of one table so executemany batches them.
    keys = sorted({k for row in rows for k in row})
    table: Any = model.__table__
    for i in range(0, len(rows), chunk):
        s.execute(insert(table), [{k: row.get(k) for k in keys} for row in rows[i:i + chunk]])


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
    with ws.db.session() as s:
        scope_root = ws.info.unit_id
        scope = subtree_ids(s, scope_root) if scope_root else None
        pq = select(Pegawai.id).where(Pegawai.deleted.is_(False))
        if scope is not None:
            pq = pq.where(Pegawai.unit_id.in_(scope))
        has_people = s.scalars(pq.limit(1)).first() is not None
        build_master = ws.is_central or not has_people
        if build_master and not (ws.info.role == "unit" and has_people):
            say("Menyusun organisasi dan pegawai…")
            _build_master(s, ws, rng, employees, tahun, summary)
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
        sekda = builder._add(people.person("Sekretaris Daerah", "JPT_PRATAMA", root.id, None,
                                           "penyelenggaraan pemerintahan Kota Serang",
                                           pimpinan=True, senior=True))
        total_w = sum(o.weight for o in dd.OPDS)
        existing = {k for k in s.scalars(select(OrgUnit.kode))}
        for i, opd in enumerate(dd.OPDS):
            if opd.kode in existing:
                continue
            scale = int(employees * opd.weight / total_w)
            builder.build_opd(opd, root.id, sekda.id if sekda else None, i + 1, scale=scale)
    builder.fill_staff()
    _bulk(s, OrgUnit, builder.units)
    _bulk(s, Pegawai, [p.row() for p in builder.persons])
    summary.units = len(builder.units)
    summary.pegawai = len(builder.persons)
    if ws.is_central or s.scalars(select(TahunKinerja.id)).first() is None:
        _ensure_year(s, tahun)
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
        for per in periods_for_year(tahun, frek):
            s.add(Periode(tahun=tahun, kode=per.kode, frekuensi=frek.value, mulai=per.mulai,
                          selesai=per.selesai,
                          batas_evaluasi=per.selesai + timedelta(days=10)))
    s.flush()


def _depth_order(people: Sequence[ApprPerson]) -> list[ApprPerson]:
    by_id = {p.id: p for p in people}

    def depth(p: ApprPerson) -> int:
        d, seen, cur = 0, set(), p.atasan_id
        while cur in by_id and cur not in seen:
            seen.add(cur)
            d += 1
            cur = by_id[cur].atasan_id
        return d

    return sorted(people, key=lambda p: (depth(p), p.id))


def _build_appraisal(s: Session, ws: Workspace, rng: random.Random, tahun: int, today: date,
                     employees: int, summary: DemoSummary) -> None:
    q = select(Pegawai.id, Pegawai.jabatan, Pegawai.jenis_jabatan, Pegawai.unit_id,
               Pegawai.atasan_id, OrgUnit.nama).outerjoin(
        OrgUnit, OrgUnit.id == Pegawai.unit_id).where(Pegawai.deleted.is_(False))
    if ws.info.unit_id:
        q = q.where(Pegawai.unit_id.in_(subtree_ids(s, ws.info.unit_id)))
    have_skp = set(s.scalars(select(Skp.pegawai_id).where(Skp.tahun == tahun,
                                                           Skp.deleted.is_(False))))
    in_scope = [ApprPerson(r[0], r[1], r[2], r[3], r[4], _tema(r[1], r[5] or ""))
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
    _capaian(builder, people, units, frekuensi_of)
    _forums(builder, people, today, tahun)
    _snapshot_identities(builder, s)
    for model, rows in builder.rows.items():
        _bulk(s, model, rows)
    _freeze_evaluated_content(s, builder)
    summary.skp = len(builder.rows.get(Skp, []))
    summary.evaluasi = len(builder.rows.get(Evaluasi, []))
    summary.log_harian = len(builder.rows.get(LogHarian, []))
    summary.umpan_balik = len(builder.rows.get(UmpanBalik, []))


def _recent_work(builder: AppraisalBuilder, s: Session, people: list[ApprPerson]) -> None:
    """On a unit whose SKPs came from the central: the last fortnight's logs and feedback."""
    ids = {p.id for p in people}
    rhk_rows = s.execute(
        select(Skp.pegawai_id, Rhk.id, Rhk.uraian).join(Rhk, Rhk.skp_id == Skp.id)
        .where(Skp.tahun == builder.tahun, Skp.deleted.is_(False), Rhk.deleted.is_(False),
               Rhk.jenis == "UTAMA"))
    own: dict[str, list[str]] = {}
    for pid, rid, uraian in rhk_rows:
        if pid in ids:
            own.setdefault(pid, []).append(rid)
            builder.rhk_text[rid] = uraian
    r = builder.rng
    start = builder.today - timedelta(days=14)
    for p in sorted(people, key=lambda x: x.id):
        for _ in range(r.randint(1, 3)) if own.get(p.id) else ():
            d = start + timedelta(days=r.randrange(14))
            rhk = r.choice(own[p.id])
            builder.add(LogHarian, {
                "pegawai_id": p.id, "rhk_id": rhk, "tanggal": d,
                "uraian": f"Mengerjakan: {builder.rhk_text[rhk][:80].lower()}",
                "output_satuan": "Dokumen", "kuantitas": float(r.randint(1, 3))})
        builder._feedback(p)


def _tema(jabatan: str, unit_nama: str) -> str:
    if jabatan.startswith("Guru Ahli") and "Kepala" not in jabatan:
        parts = jabatan.split(" ", 3)
        return parts[3] if len(parts) > 3 else "pembelajaran"
    return unit_nama.lower() if unit_nama else "tugas unit kerja"


def _capaian(builder: AppraisalBuilder, people: Iterable[ApprPerson],
             units: dict[str, OrgUnit], frekuensi_of: Callable[[str | None], Frekuensi]) -> None:
    unit_ids = {p.unit_id for p in people if p.unit_id}
    for uid in sorted(unit_ids):
        if units.get(uid) is None or units[uid].jenis not in ("OPD", "SEKOLAH", "PUSKESMAS",
                                                               "KECAMATAN"):
            continue
        for per in builder._periods(uid):
            if per.selesai < builder.today:
                builder.add(CapaianUnit, {"unit_id": uid, "periode_kode": per.kode,
                                          "capaian": builder.rng.choices(
                                              ("ISTIMEWA", "BAIK", "BUTUH PERBAIKAN"),
                                              (10, 85, 5))[0]})


def _forums(builder: AppraisalBuilder, people: Sequence[ApprPerson], today: date,
            tahun: int) -> None:
    by_unit: dict[str, list[ApprPerson]] = {}
    for p in people:
        if p.unit_id:
            by_unit.setdefault(p.unit_id, []).append(p)
    r = builder.rng
    for uid, members in sorted(by_unit.items()):
        if len(members) < 4 or r.random() < 0.5:
            continue
        presenter = r.choice(members)
        when = min(today, date(tahun, r.choice((3, 6, 9)), 25))
        forum = builder.add(ForumEvaluasi, {
            "unit_id": uid, "tanggal": when, "agenda": "Forum evaluasi kinerja triwulanan",
            "peserta": "\n".join(m.jabatan for m in members[:6]),
            "pegawai_presentasi_id": presenter.id,
            "catatan": "Pegawai memaparkan capaian dan kendala; rekan memberi masukan."})
        peer = r.choice(members)
        if peer.id != presenter.id:
            builder.add(UmpanBalik, {
                "pegawai_id": presenter.id, "pemberi_id": peer.id, "peran": "REKAN",
                "tanggal": when, "isi": "Paparan jelas; data capaian sebaiknya dilengkapi grafik.",
                "forum_id": forum["id"]})


def _freeze_evaluated_content(s: Session, builder: AppraisalBuilder) -> None:
    """Approved evaluations keep the SKP content they were approved against, as the approval
    service records it (one snapshot per SKP: its evaluations share it)."""
    approved = [e for e in builder.rows.get(Evaluasi, []) if e["status"] == "DISETUJUI"]
    if not approved:
        return
    wanted = {e["skp_id"] for e in approved}
    skps = [k for k in s.scalars(select(Skp).where(Skp.tahun == builder.tahun)) if k.id in wanted]
    isi = {sid: evaluasi_isi.to_json(v) for sid, v in evaluasi_isi.current_of(s, skps).items()}
    s.execute(update(Evaluasi),  # bulk update by primary key
              [{"id": e["id"], "isi_json": isi[e["skp_id"]]} for e in approved])


def _snapshot_identities(builder: AppraisalBuilder, s: Session) -> None:
    """Approved documents carry who signed them, exactly as the approval service records it."""
    cache: dict[str, str] = {}
    for doc in (*builder.rows.get(Skp, []), *builder.rows.get(Evaluasi, [])):
        if doc["status"] != "DISETUJUI":
            continue
        pid = doc["pegawai_id"]
        if pid not in cache:
            cache[pid] = identitas.to_json(identitas.snapshot(s, pid))
        doc["identitas_json"] = cache[pid]
