"""Service work counted in the SKP: an indicator bound to a register
(``Indikator.sumber_realisasi``) takes its realisasi from the unit's service and complaint
registers over the evaluation's period, in one action beside "isi dari log harian"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asn_desktop.db.models import Evaluasi, Indikator, Pegawai, Rhk
from asn_desktop.db.models_pelayanan import LayananHarian, Pengaduan
from asn_desktop.domain.dokumen import Status
from asn_desktop.domain.hari_kerja import selisih_hari_kerja
from asn_desktop.domain.pelayanan import DITUTUP, StatusPengaduan, SumberRealisasi
from asn_desktop.domain.periods import periode_by_kode
from asn_desktop.errors import LockedError, NotFoundError
from asn_desktop.services import evaluasi as eval_svc
from asn_desktop.services import ikm as ikm_svc
from asn_desktop.services import pelayanan, pengaturan
from asn_desktop.services.authority import require_appraisal_scope
from asn_desktop.services.log_harian import RealisasiChange
from asn_desktop.services.riwayat import status_of
from asn_desktop.teks import _


@dataclass(frozen=True)
class NilaiSumber:
    nilai: float | None  # None: nothing to count in the period
    keterangan: str  # how it was counted, for the bukti dukung


def nilai_sumber(s: Session, sumber: SumberRealisasi | str, pegawai_id: str, mulai: date,
                 selesai: date) -> NilaiSumber:
    """The register's figure for the employee over [mulai, selesai]."""
    sumber = SumberRealisasi(sumber)
    p = s.get(Pegawai, pegawai_id)
    unit_id = pelayanan.unit_layanan_dari(s, p.unit_id if p else None)
    rentang = _("{mulai} s.d. {selesai}").format(mulai=f"{mulai:%d-%m-%Y}",
                                                   selesai=f"{selesai:%d-%m-%Y}")
    if unit_id is None:
        return NilaiSumber(None, _("unit tidak memiliki katalog layanan"))
    if sumber in (SumberRealisasi.LAYANAN_SELESAI, SumberRealisasi.LAYANAN_TEPAT_WAKTU):
        sel, tepat = (int(x or 0) for x in s.execute(
            select(func.sum(LayananHarian.selesai), func.sum(LayananHarian.tepat_waktu))
            .where(LayananHarian.unit_id == unit_id, LayananHarian.deleted.is_(False),
                   LayananHarian.tanggal >= mulai, LayananHarian.tanggal <= selesai)).one())
        if sumber is SumberRealisasi.LAYANAN_SELESAI:
            return NilaiSumber(float(sel), _("register layanan {rentang}: {n} dokumen "
                                             "selesai").format(rentang=rentang, n=sel))
        if not sel:
            return NilaiSumber(None, _("belum ada dokumen selesai {rentang}").format(
                rentang=rentang))
        return NilaiSumber(round(100.0 * tepat / sel, 2),
                           _("register layanan {rentang}: {t} dari {n} dokumen selesai tepat "
                             "waktu").format(rentang=rentang, t=tepat, n=sel))
    if sumber is SumberRealisasi.NILAI_IKM:
        from asn_desktop.services.pelayanan_rekap import Rentang, survei_rentang

        views = survei_rentang(ikm_svc.daftar(s, unit_id), Rentang(mulai, selesai, "", ""))
        g = ikm_svc.gabungan(views, pengaturan.interval_ikm(s))
        if g is None:
            return NilaiSumber(None, _("belum ada survei IKM {rentang}").format(rentang=rentang))
        return NilaiSumber(g.nilai, _("survei IKM {periode}, {n} responden").format(
            periode=g.periode_kode, n=g.responden))
    # complaints settled in the span
    q = select(Pengaduan.tanggal, Pengaduan.tanggal_selesai, Pengaduan.batas).where(
        Pengaduan.unit_id == unit_id, Pengaduan.deleted.is_(False),
        Pengaduan.status.in_([st.value for st in DITUTUP]),
        Pengaduan.tanggal_selesai >= mulai, Pengaduan.tanggal_selesai <= selesai)
    if sumber in (SumberRealisasi.PENGADUAN_TEPAT_WAKTU_PIC,
                  SumberRealisasi.PENGADUAN_SELESAI_PIC):
        q = q.where(Pengaduan.pic_id == pegawai_id)
    if sumber is SumberRealisasi.PENGADUAN_SELESAI_PIC:
        q = q.where(Pengaduan.status == StatusPengaduan.SELESAI.value)
    rows = s.execute(q).all()
    if sumber is SumberRealisasi.PENGADUAN_SELESAI_PIC:
        return NilaiSumber(float(len(rows)), _("register pengaduan {rentang}: {n} pengaduan "
                                               "diselesaikan").format(rentang=rentang,
                                                                      n=len(rows)))
    if not rows:
        return NilaiSumber(None, _("belum ada pengaduan ditutup {rentang}").format(
            rentang=rentang))
    if sumber is SumberRealisasi.WAKTU_PENGADUAN:
        libur = pengaturan.hari_libur(s)
        hari = [max(0, selisih_hari_kerja(t, done, libur)) for t, done, _b in rows
                if t is not None and done is not None]
        rata = round(sum(hari) / len(hari), 2) if hari else None
        return NilaiSumber(rata, _("register pengaduan {rentang}: rata-rata dari {n} "
                                   "pengaduan").format(rentang=rentang, n=len(hari)))
    tepat = sum(1 for _t, done, batas in rows
                if batas is None or done is None or done <= batas)
    return NilaiSumber(round(100.0 * tepat / len(rows), 2),
                       _("register pengaduan {rentang}: {t} dari {n} pengaduan ditutup tepat "
                         "waktu").format(rentang=rentang, t=tepat, n=len(rows)))


def ada_sumber(s: Session, skp_id: str) -> bool:
    """Whether any indicator of the SKP takes its realisasi from a register."""
    return s.scalar(select(Indikator.id).join(Rhk, Rhk.id == Indikator.rhk_id).where(
        Rhk.skp_id == skp_id, Rhk.deleted.is_(False), Indikator.deleted.is_(False),
        Indikator.sumber_realisasi.is_not(None)).limit(1)) is not None


def isi_dari_register(s: Session, evaluasi_id: str) -> list[RealisasiChange]:
    """Fill the realisasi of the register-bound indicators for the evaluation's period;
    returns what changed. The register's explanation goes to the bukti dukung."""
    e = s.get(Evaluasi, evaluasi_id)
    if e is None or e.deleted:
        raise NotFoundError(_("Evaluasi tidak ditemukan."))
    require_appraisal_scope(s, e.pegawai_id)
    if status_of(e.status) is Status.DISETUJUI:
        raise LockedError(_("Evaluasi periode ini sudah disetujui dan terkunci, jadi "
                            "realisasinya tidak diisi dari register. Buka kembali evaluasi itu "
                            "bila perlu (alasannya dicatat), lalu ulangi."))
    per = periode_by_kode(e.periode_kode)
    mulai = date(per.mulai.year, 1, 1) if per.kode.endswith("AKHIR") else per.mulai
    out: list[RealisasiChange] = []
    rows = s.execute(select(Indikator, Rhk.id).join(Rhk, Rhk.id == Indikator.rhk_id).where(
        Rhk.skp_id == e.skp_id, Rhk.deleted.is_(False), Indikator.deleted.is_(False),
        Indikator.sumber_realisasi.is_not(None)).order_by(Rhk.urutan, Indikator.urutan)).all()
    for ind, rhk_id in rows:
        if ind.sumber_realisasi is None:
            continue
        hasil = nilai_sumber(s, ind.sumber_realisasi, e.pegawai_id, mulai, per.selesai)
        if hasil.nilai is None:
            continue
        lama_row = eval_svc.realisasi_row(s, e.id, ind.id)
        lama = lama_row.realisasi_nilai if lama_row else None
        if lama == hasil.nilai:
            continue
        eval_svc.write_realisasi(s, e.id, ind.id, hasil.nilai,
                                 lama_row.realisasi_teks if lama_row else None,
                                 hasil.keterangan)
        out.append(RealisasiChange(ind.id, rhk_id, ind.uraian, ind.target_satuan, lama,
                                   hasil.nilai))
    return out
