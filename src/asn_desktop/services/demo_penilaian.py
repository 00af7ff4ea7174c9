"""Demo appraisal documents: SKPs cascading top-down from each atasan's results, evaluations
for the periods already due, daily logs, feedback, unit achievement (capaian unit) and
evaluation forums, as rows for bulk insertion, plus the snapshots an approval records (the
evaluated content, the signers' identities). Used by demo.py once the people exist."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select, update
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
    Realisasi,
    Rhk,
    RiwayatDokumen,
    Skp,
    UmpanBalik,
)
from asn_desktop.domain.berakhlak import BERAKHLAK_KODES
from asn_desktop.domain.dokumen import Aksi, Status
from asn_desktop.domain.jabatan import JenisJabatan, Perspektif, is_jpt
from asn_desktop.domain.organisasi import CapaianOrganisasi
from asn_desktop.domain.periods import Frekuensi, periode_tahun
from asn_desktop.domain.periods import Periode as DomainPeriode
from asn_desktop.domain.pimpinan import rating_pimpinan
from asn_desktop.domain.predikat import predikat_kinerja
from asn_desktop.domain.ratings import Rating
from asn_desktop.services import demo_data as dd
from asn_desktop.services import evaluasi_isi, identitas
from asn_desktop.services import workflow as wf

# --------------------------------------------------------------------------- appraisal

# Who takes each step in the demo's history (workflow.Peran → the name recorded).
OLEH = {wf.Peran.PEGAWAI: "Admin Kepegawaian", wf.Peran.PENILAI: "Pejabat Penilai Kinerja"}


@dataclass
class ApprPerson:
    id: str
    jabatan: str
    jenis_jabatan: str
    unit_id: str | None
    atasan_id: str | None
    tema: str
    pimpinan: bool = False  # heads their unit: rating hasil kerja follows its capaian


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
        self.induk: dict[str, str | None] = {}  # unit id -> parent id
        self.capaian_of: dict[tuple[str, str], str] = {}  # (unit id, period code) -> capaian

    def capaian_for(self, unit_id: str | None, kode: str) -> str | None:
        """The capaian of the unit or its nearest parent for the period (as capaian_unit)."""
        seen: set[str] = set()
        while unit_id and unit_id not in seen:
            seen.add(unit_id)
            if (unit_id, kode) in self.capaian_of:
                return self.capaian_of[(unit_id, kode)]
            unit_id = self.induk.get(unit_id)
        return None

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
                # the penilai's plan is not in the demo: a provisional link, as offices write
                "rhk_atasan_teks": "Meningkatnya kinerja unit kerja"
                if not atasan_rhk and not jpt and jenis == "UTAMA" else None,
                "perspektif": r.choice(list(Perspektif)).value if jpt else None,
            })
            self.rhk_text[rhk["id"]] = text
            if jenis == "UTAMA":
                utama.append(rhk["id"])
            self._indicators(rhk["id"], text, pendekatan, jpt)
        self.rhk_of[p.id] = utama
        self.add(RiwayatDokumen, {"dokumen": "skp", "dokumen_id": skp["id"], "pegawai_id": p.id,
                                  "aksi": Aksi.DIBUAT.value, "oleh": OLEH[wf.Peran.PEGAWAI],
                                  "waktu": f"{self.tahun}-01-02T08:00:00"})
        self._history("skp", skp["id"], p.id, Status(status),
                      (f"{self.tahun}-01-05T09:00:00", f"{self.tahun}-01-10T10:00:00"))
        if status == Status.DISETUJUI:
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
            self.periods[frek] = periode_tahun(self.tahun, frek)
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
            status = Status.DISETUJUI if done and r.random() < 0.93 else Status.DRAFT
            capaian = self.capaian_for(p.unit_id, per.kode)
            aturan = rating_pimpinan(p.pimpinan, CapaianOrganisasi(capaian) if capaian else None)
            if aturan is not None:
                hasil = aturan
            ev = self.add(Evaluasi, {
                "skp_id": skp["id"], "pegawai_id": p.id, "periode_kode": per.kode,
                "status": status, "rating_hasil_kerja": hasil.value,
                "rating_perilaku_kerja": perilaku.value,
                "predikat": predikat_kinerja(hasil, perilaku).value,
                "capaian_organisasi": capaian if status is Status.DISETUJUI else None,
                "catatan_rekomendasi": r.choice(dd.CATATAN) or None,
                "tanggal": min(per.selesai, self.today),
                **{f"umpan_balik_{k}": r.choice(dd.UMPAN_BALIK_PERILAKU)
                   for k in BERAKHLAK_KODES if r.random() < 0.4},
            })
            share = min(1.0, (min(per.selesai, self.today) - date(self.tahun, 1, 1)).days / 365)
            for ind in ind_rows:
                target = ind.get("target_nilai")
                value = None
                if target is not None:
                    value = _realisasi(ind["aspek"], ind.get("target_satuan") or "", target,
                                       share, r)
                self.add(Realisasi, {
                    "evaluasi_id": ev["id"], "indikator_id": ind["id"], "realisasi_nilai": value,
                    "realisasi_teks": None if value is not None else "Tercapai sesuai target",
                    "bukti_dukung": "Laporan kegiatan dan dokumentasi (folder bukti unit)"})
            for rh in rhk_rows:
                self.add(EvaluasiRhk, {"evaluasi_id": ev["id"], "rhk_id": rh["id"],
                                       "umpan_balik": r.choice(dd.UMPAN_BALIK_RHK)})
            self._history("evaluasi", ev["id"], p.id, Status(status),
                          (f"{per.selesai.isoformat()}T09:00:00",
                           f"{per.selesai.isoformat()}T15:00:00"))

    def _history(self, dokumen: str, dokumen_id: str, pegawai_id: str, status: Status,
                 waktu: tuple[str, ...]) -> None:
        """The history rows of the workflow steps that lead to ``status`` (workflow.jalur)."""
        for t, when in zip(wf.jalur(status), waktu, strict=False):
            self.add(RiwayatDokumen, {"dokumen": dokumen, "dokumen_id": dokumen_id,
                                      "pegawai_id": pegawai_id, "aksi": t.aksi.value,
                                      "oleh": OLEH[t.peran], "waktu": when})

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


def depth_order(people: Sequence[ApprPerson]) -> list[ApprPerson]:
    by_id = {p.id: p for p in people}

    def depth(p: ApprPerson) -> int:
        d, seen, cur = 0, set(), p.atasan_id
        while cur in by_id and cur not in seen:
            seen.add(cur)
            d += 1
            cur = by_id[cur].atasan_id
        return d

    return sorted(people, key=depth)  # stable: the given order (by NIP) within a depth


def recent_work(builder: AppraisalBuilder, s: Session, people: list[ApprPerson]) -> None:
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
    for p in people:  # in the given order (by NIP): ids are random
        for _ in range(r.randint(1, 3)) if own.get(p.id) else ():
            d = start + timedelta(days=r.randrange(14))
            rhk = r.choice(own[p.id])
            builder.add(LogHarian, {
                "pegawai_id": p.id, "rhk_id": rhk, "tanggal": d,
                "uraian": f"Mengerjakan: {builder.rhk_text[rhk][:80].lower()}",
                "output_satuan": "Dokumen", "kuantitas": float(r.randint(1, 3))})
        builder._feedback(p)


def _realisasi(aspek: str | None, satuan: str, target: float, share: float,
               r: random.Random) -> float:
    """A realisation as an office reports it for the part of the year gone: whole documents
    and activities, whole months, percentages to one decimal and at most 100."""
    if satuan == "%":
        return min(100.0, round(target * r.uniform(0.88, 1.02), 1))
    if aspek == "Waktu" or satuan == "Bulan":
        return float(max(1, round(target * share)))
    return float(max(0, round(target * share * r.uniform(0.85, 1.1))))


# Words that open a unit's name and read as common nouns inside a sentence ("bidang Bina
# Marga"); the rest of a name is a proper noun and keeps its capitals.
_JENIS_DEPAN = ("Bidang", "Bagian", "Sekretariat", "Seksi", "Subbagian", "Sub Bagian")


def tema(jabatan: str, unit_nama: str) -> str:
    if jabatan.startswith("Guru Ahli") and "Kepala" not in jabatan:
        parts = jabatan.split(" ", 3)
        return parts[3] if len(parts) > 3 else "pembelajaran"
    if not unit_nama:
        return "tugas unit kerja"
    for word in _JENIS_DEPAN:
        if unit_nama.startswith(word):
            return word.lower() + unit_nama[len(word):]
    return unit_nama


def capaian(builder: AppraisalBuilder, people: Iterable[ApprPerson],
             units: dict[str, OrgUnit], frekuensi_of: Callable[[str | None], Frekuensi]) -> None:
    # units in the order their people come (by NIP): ids are random, the seed must decide
    unit_ids = dict.fromkeys(p.unit_id for p in people if p.unit_id)
    for uid in unit_ids:
        if units.get(uid) is None or units[uid].jenis not in ("OPD", "SEKOLAH", "PUSKESMAS",
                                                               "KECAMATAN"):
            continue
        for per in builder._periods(uid):
            if per.selesai < builder.today:
                value = builder.rng.choices(("ISTIMEWA", "BAIK", "BUTUH PERBAIKAN"),
                                            (10, 85, 5))[0]
                builder.capaian_of[(uid, per.kode)] = value
                builder.add(CapaianUnit, {"unit_id": uid, "periode_kode": per.kode,
                                          "capaian": value})


def forums(builder: AppraisalBuilder, people: Sequence[ApprPerson], today: date,
            tahun: int) -> None:
    by_unit: dict[str, list[ApprPerson]] = {}
    for p in people:
        if p.unit_id:
            by_unit.setdefault(p.unit_id, []).append(p)
    r = builder.rng
    for uid, members in by_unit.items():  # first-seen order: ids are random
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


def freeze_evaluated_content(s: Session, builder: AppraisalBuilder) -> None:
    """Approved evaluations keep the SKP content they were approved against, as the approval
    service records it (one snapshot per SKP: its evaluations share it). Read from the SKPs
    already written, into the evaluations' rows before they are written."""
    approved = [e for e in builder.rows.get(Evaluasi, []) if e["status"] == "DISETUJUI"]
    isi = _isi_json(s, builder.tahun, {e["skp_id"] for e in approved})
    for e in approved:
        e["isi_json"] = isi[e["skp_id"]]


def freeze_again(s: Session, builder: AppraisalBuilder, skp_ids: set[str]) -> None:
    """The frozen content of the written evaluations of SKPs changed after they were frozen
    (an indicator bound to a register by the service data)."""
    approved = [e for e in builder.rows.get(Evaluasi, [])
                if e["status"] == "DISETUJUI" and e["skp_id"] in skp_ids]
    isi = _isi_json(s, builder.tahun, {e["skp_id"] for e in approved})
    for e in approved:
        e["isi_json"] = isi[e["skp_id"]]
    if approved:
        s.execute(update(Evaluasi),  # bulk update by primary key
                  [{"id": e["id"], "isi_json": e["isi_json"]} for e in approved])


def _isi_json(s: Session, tahun: int, wanted: set[str]) -> dict[str, str]:
    if not wanted:
        return {}
    skps = [k for k in s.scalars(select(Skp).where(Skp.tahun == tahun)) if k.id in wanted]
    return {sid: evaluasi_isi.to_json(v) for sid, v in evaluasi_isi.current_of(s, skps).items()}


def snapshot_identities(builder: AppraisalBuilder, s: Session) -> None:
    """Approved documents carry who signed them, exactly as the approval service records it."""
    # every employee and unit in the identity map at once: the snapshots read them one by one
    loaded = (s.scalars(select(Pegawai)).all(), s.scalars(select(OrgUnit)).all())
    cache: dict[str, str] = {}
    for doc in (*builder.rows.get(Skp, []), *builder.rows.get(Evaluasi, [])):
        if doc["status"] != "DISETUJUI":
            continue
        pid = doc["pegawai_id"]
        if pid not in cache:
            cache[pid] = identitas.to_json(identitas.snapshot(s, pid))
        doc["identitas_json"] = cache[pid]
    del loaded
