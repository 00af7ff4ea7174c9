"""The figures of a unit's public service over a span (a month, a quarter): volumes and % on
time per layanan, complaints by category, channel and state, response and settlement times,
the overdue list and IKM. Reports, the Pelayanan page and the central's monitoring all read
them from here, so a figure is counted once."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asn_desktop.db.models import OrgUnit
from asn_desktop.db.models_pelayanan import Layanan, LayananHarian, Pengaduan, SurveiIkm
from asn_desktop.domain.dates import NAMA_BULAN
from asn_desktop.domain.hari_kerja import selisih_hari_kerja
from asn_desktop.domain.pelayanan import DITUTUP, Kanal, Kategori, StatusPengaduan
from asn_desktop.domain.periods import periode_by_kode
from asn_desktop.errors import ValidationError
from asn_desktop.services import ikm as ikm_svc
from asn_desktop.services import pelayanan, pengaturan
from asn_desktop.services import pengaduan as adu
from asn_desktop.teks import _

BULAN = NAMA_BULAN


@dataclass(frozen=True)
class Rentang:
    mulai: date
    selesai: date
    judul: str  # "November 2026", "Triwulan IV 2026"
    kode: str  # "2026-11", "2026-TW4"


def rentang(teks: str) -> Rentang:
    """A span from 'YYYY-MM' (a month) or 'YYYY-TWn' (a quarter) or 'YYYY-SMn' (a semester)."""
    t = teks.strip().upper()
    m = re.fullmatch(r"(\d{4})-(\d{2})", t)
    if m:
        tahun, bulan = int(m[1]), int(m[2])
        if not 1 <= bulan <= 12 or not 2000 <= tahun <= 2100:
            raise ValidationError(_("Bulan {teks} tidak sah; tulis TTTT-BB, mis. 2026-11.").format(
                teks=teks), "bulan")
        akhir = calendar.monthrange(tahun, bulan)[1]
        return Rentang(date(tahun, bulan, 1), date(tahun, bulan, akhir),
                       f"{_(BULAN[bulan - 1])} {tahun}", f"{tahun}-{bulan:02d}")
    m = re.fullmatch(r"(\d{4})-(TW[1-4]|SM[12])", t)
    if m:
        p = periode_by_kode(t)
        romawi = ("I", "II", "III", "IV")[int(m[2][2:]) - 1]
        nama = _("Triwulan") if m[2].startswith("TW") else _("Semester")
        return Rentang(p.mulai, p.selesai, f"{nama} {romawi} {m[1]}", t)
    raise ValidationError(_("Periode laporan {teks} tidak sah; tulis TTTT-BB (bulan) atau "
                            "TTTT-TWn (triwulan).").format(teks=teks), "bulan")


@dataclass(frozen=True)
class BarisLayanan:
    layanan_id: str
    kode: str
    nama: str
    standar: str
    masuk: int
    selesai: int
    tepat_waktu: int
    backlog: int  # at the end of the span (the last day written)
    alasan_backlog: tuple[str, ...]

    @property
    def persen_tepat(self) -> float | None:
        return 100.0 * self.tepat_waktu / self.selesai if self.selesai else None


@dataclass
class RekapPelayanan:
    unit_id: str
    unit_nama: str
    rentang: Rentang
    layanan: list[BarisLayanan] = field(default_factory=list)
    harian: list[tuple[date, int, int]] = field(default_factory=list)  # (day, masuk, selesai)
    pengaduan_masuk: int = 0
    per_kategori: dict[str, int] = field(default_factory=dict)
    per_kanal: dict[str, int] = field(default_factory=dict)
    per_status: dict[str, int] = field(default_factory=dict)
    ditutup: int = 0  # closed within the span (selesai or ditolak)
    ditutup_tepat: int = 0
    rata_respons: float | None = None  # hari kerja to the first response
    rata_selesai: float | None = None  # hari kerja from receipt to closing
    terlambat: list[adu.PengaduanView] = field(default_factory=list)
    ikm: ikm_svc.IkmView | None = None

    @property
    def masuk(self) -> int:
        return sum(b.masuk for b in self.layanan)

    @property
    def selesai(self) -> int:
        return sum(b.selesai for b in self.layanan)

    @property
    def tepat_waktu(self) -> int:
        return sum(b.tepat_waktu for b in self.layanan)

    @property
    def persen_tepat(self) -> float | None:
        return 100.0 * self.tepat_waktu / self.selesai if self.selesai else None

    @property
    def persen_pengaduan_tepat(self) -> float | None:
        return 100.0 * self.ditutup_tepat / self.ditutup if self.ditutup else None


def rekap(s: Session, unit_id: str, r: Rentang, *, hari_ini: date | None = None
          ) -> RekapPelayanan:
    hari_ini = hari_ini or date.today()
    unit = s.get_one(OrgUnit, unit_id)
    out = RekapPelayanan(unit_id, unit.nama, r)
    _layanan(s, out)
    _pengaduan(s, out, hari_ini)
    out.ikm = ikm_svc.gabungan(survei_rentang(ikm_svc.daftar(s, unit_id), r),
                               pengaturan.interval_ikm(s))
    return out


def survei_rentang(views: list[ikm_svc.IkmView], r: Rentang) -> list[ikm_svc.IkmView]:
    """The surveys that speak for the span: those held within it (a month's own survey, the
    months of a quarter), else those whose period covers part of it (a quarter's survey for
    one of its months)."""
    def batas(v: ikm_svc.IkmView) -> tuple[date, date] | None:
        try:
            p = periode_by_kode(v.periode_kode)
        except ValidationError:
            return None
        return p.mulai, p.selesai

    spans = [(v, batas(v)) for v in views]
    inside = [v for v, b in spans if b and r.mulai <= b[0] and b[1] <= r.selesai]
    return inside or [v for v, b in spans if b and b[0] <= r.selesai and b[1] >= r.mulai]


def _layanan(s: Session, out: RekapPelayanan) -> None:
    r = out.rentang
    rows = s.execute(
        select(LayananHarian.layanan_id, LayananHarian.tanggal, LayananHarian.masuk,
               LayananHarian.selesai, LayananHarian.tepat_waktu, LayananHarian.backlog,
               LayananHarian.alasan_backlog)
        .where(LayananHarian.unit_id == out.unit_id, LayananHarian.deleted.is_(False),
               LayananHarian.tanggal >= r.mulai, LayananHarian.tanggal <= r.selesai)
        .order_by(LayananHarian.tanggal)).all()
    per: dict[str, list[int]] = {}
    akhir: dict[str, int] = {}
    alasan: dict[str, dict[str, None]] = {}
    hari: dict[date, list[int]] = {}
    for lid, tgl, masuk, selesai, tepat, backlog, why in rows:
        t = per.setdefault(lid, [0, 0, 0])
        t[0] += masuk
        t[1] += selesai
        t[2] += tepat
        akhir[lid] = backlog
        if backlog and why:
            alasan.setdefault(lid, {})[" ".join(why.split())] = None
        if tgl is None:
            continue
        d = hari.setdefault(tgl, [0, 0])
        d[0] += masuk
        d[1] += selesai
    for lay in pelayanan.katalog(s, out.unit_id, semua=True):
        if not lay.aktif and lay.id not in per:
            continue
        m, sel, tepat = per.get(lay.id, (0, 0, 0))
        out.layanan.append(BarisLayanan(lay.id, lay.kode, lay.nama, lay.standar_teks, m, sel,
                                        tepat, akhir.get(lay.id, 0),
                                        tuple(alasan.get(lay.id, {}))))
    out.harian = [(d, v[0], v[1]) for d, v in sorted(hari.items())]


def _pengaduan(s: Session, out: RekapPelayanan, hari_ini: date) -> None:
    r = out.rentang
    libur = pengaturan.hari_libur(s)
    masuk = adu.daftar(s, unit_id=out.unit_id, mulai=r.mulai, selesai=r.selesai,
                       hari_ini=hari_ini)
    out.pengaduan_masuk = len(masuk)
    for k in Kategori:
        out.per_kategori[k.value] = 0
    for c in Kanal:
        out.per_kanal[c.value] = 0
    for st in StatusPengaduan:
        out.per_status[st.value] = 0
    respons: list[int] = []
    for v in masuk:
        out.per_kategori[v.kategori] = out.per_kategori.get(v.kategori, 0) + 1
        out.per_kanal[v.kanal] = out.per_kanal.get(v.kanal, 0) + 1
        out.per_status[v.status] = out.per_status.get(v.status, 0) + 1
        if v.tanggal_respons is not None:
            respons.append(max(0, selisih_hari_kerja(v.tanggal, v.tanggal_respons, libur)))
    out.rata_respons = sum(respons) / len(respons) if respons else None
    # settled in the span, whenever they came in
    tutup = [st.value for st in DITUTUP]
    closed = s.execute(
        select(Pengaduan.tanggal, Pengaduan.tanggal_selesai, Pengaduan.batas)
        .where(Pengaduan.unit_id == out.unit_id, Pengaduan.deleted.is_(False),
               Pengaduan.status.in_(tutup), Pengaduan.tanggal_selesai >= r.mulai,
               Pengaduan.tanggal_selesai <= r.selesai)).all()
    out.ditutup = len(closed)
    out.ditutup_tepat = sum(1 for _t, done, batas in closed
                            if batas is None or done is None or done <= batas)
    durasi = [max(0, selisih_hari_kerja(t, done, libur)) for t, done, _b in closed
              if t is not None and done is not None]
    out.rata_selesai = sum(durasi) / len(durasi) if durasi else None
    # overdue as of the span's end (or today, for the running span): open past the deadline,
    # or closed in the span after it
    acuan = min(hari_ini, r.selesai)
    out.terlambat = [v for v in adu.daftar(s, unit_id=out.unit_id, selesai=r.selesai,
                                           terlambat=True, hari_ini=acuan)
                     if not v.ditutup or (v.tanggal_selesai and v.tanggal_selesai >= r.mulai)]


@dataclass(frozen=True)
class RingkasUnit:
    """One unit's line on the central's monitoring."""

    unit_id: str
    kode: str
    nama: str
    masuk: int
    selesai: int
    persen_tepat: float | None
    pengaduan: int
    pengaduan_terbuka: int
    pengaduan_terlambat: int
    nilai_ikm: float | None
    mutu_ikm: str | None


def ringkas_unit(s: Session, r: Rentang, *, hari_ini: date | None = None) -> list[RingkasUnit]:
    """Every unit keeping a catalogue (within scope), side by side over the span."""
    hari_ini = hari_ini or date.today()
    out = []
    for unit in pelayanan.unit_berlayanan(s):
        sums = s.execute(select(func.sum(LayananHarian.masuk), func.sum(LayananHarian.selesai),
                                func.sum(LayananHarian.tepat_waktu))
                         .where(LayananHarian.unit_id == unit.id,
                                LayananHarian.deleted.is_(False),
                                LayananHarian.tanggal >= r.mulai,
                                LayananHarian.tanggal <= r.selesai)).one()
        masuk, selesai, tepat = (int(x or 0) for x in sums)
        q = select(func.count()).select_from(Pengaduan).where(
            Pengaduan.unit_id == unit.id, Pengaduan.deleted.is_(False))
        jumlah = s.scalar(q.where(Pengaduan.tanggal >= r.mulai,
                                  Pengaduan.tanggal <= r.selesai)) or 0
        terbuka_q = q.where(Pengaduan.status.not_in([st.value for st in DITUTUP]))
        terbuka = s.scalar(terbuka_q) or 0
        lewat = s.scalar(terbuka_q.where(Pengaduan.batas < hari_ini)) or 0
        g = ikm_svc.gabungan(survei_rentang(ikm_svc.daftar(s, unit.id), r),
                             pengaturan.interval_ikm(s))
        out.append(RingkasUnit(unit.id, unit.kode, unit.nama, masuk, selesai,
                               100.0 * tepat / selesai if selesai else None, int(jumlah),
                               int(terbuka), int(lewat), g.nilai if g else None,
                               g.mutu if g else None))
    return out


def ada_data(s: Session, unit_id: str) -> bool:
    for model in (Layanan, LayananHarian, Pengaduan, SurveiIkm):
        if s.scalar(select(model.id).where(model.unit_id == unit_id,
                                           model.deleted.is_(False)).limit(1)):
            return True
    return False
