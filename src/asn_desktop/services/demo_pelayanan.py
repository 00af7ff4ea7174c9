"""Demo public service: Disdukcapil's catalogue, a year to date of its daily register, its
complaints in every state (some overdue, some due soon), quarterly and monthly IKM surveys, and
two indicators whose realisasi comes from those registers. Built in bulk through the capture
triggers, like the rest of the demo; the same seed gives the same data."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.db import capture
from asn_desktop.db.base import new_id
from asn_desktop.db.models import Evaluasi, Indikator, OrgUnit, Pegawai, Rhk, Skp
from asn_desktop.db.models_pelayanan import (
    UNSUR_KOLOM,
    Layanan,
    LayananHarian,
    Pengaduan,
    RiwayatPengaduan,
    SurveiIkm,
)
from asn_desktop.domain.hari_kerja import hari_kerja, tambah_hari_kerja
from asn_desktop.domain.jabatan import Aspek
from asn_desktop.domain.pelayanan import (
    AksiPengaduan,
    Kanal,
    Kategori,
    SatuanStandar,
    StatusPengaduan,
    SumberRealisasi,
)
from asn_desktop.domain.periods import Frekuensi, periode_by_kode, periode_tahun
from asn_desktop.services import evaluasi as eval_svc
from asn_desktop.services import ikm as ikm_svc
from asn_desktop.services import pelayanan, pengaturan
from asn_desktop.services import pelayanan_kinerja as kinerja
from asn_desktop.services.orgs import subtree_ids

KODE_DUKCAPIL = "3673.DISDUKCAPIL"

# kode, nama, standar, satuan, permohonan per working day (mean)
KATALOG: tuple[tuple[str, str, float, SatuanStandar, int], ...] = (
    ("KTP", "KTP-el (perekaman dan pencetakan)", 1, SatuanStandar.HARI_KERJA, 58),
    ("KK", "Kartu Keluarga", 1, SatuanStandar.HARI_KERJA, 46),
    ("KIA", "Kartu Identitas Anak", 1, SatuanStandar.HARI_KERJA, 18),
    ("AKL", "Akta Kelahiran", 1, SatuanStandar.HARI_KERJA, 34),
    ("AKM", "Akta Kematian", 1, SatuanStandar.HARI_KERJA, 9),
    ("AKW", "Akta Perkawinan", 3, SatuanStandar.HARI_KERJA, 3),
    ("AKC", "Akta Perceraian", 3, SatuanStandar.HARI_KERJA, 1),
    ("PD", "Pindah-Datang (SKPWNI)", 1, SatuanStandar.HARI_KERJA, 14),
    ("LEG", "Legalisir Dokumen Kependudukan", 2, SatuanStandar.JAM, 22),
)

LIBUR_TETAP = (((1, 1), "Tahun Baru Masehi"), ((5, 1), "Hari Buruh Internasional"),
               ((6, 1), "Hari Lahir Pancasila"), ((8, 17), "Hari Kemerdekaan Republik Indonesia"),
               ((12, 25), "Hari Raya Natal"))

# kategori -> complaint texts (layanan kode or None)
ADUAN: dict[Kategori, tuple[tuple[str | None, str], ...]] = {
    Kategori.RINGAN: (
        ("KTP", "Menanyakan status pencetakan KTP-el yang sudah direkam dua minggu lalu."),
        ("KK", "Menanyakan persyaratan perubahan Kartu Keluarga karena anggota keluarga "
               "meninggal."),
        ("KIA", "Menanyakan jadwal layanan KIA keliling di kelurahan."),
        (None, "Meminta informasi jam layanan pada hari Sabtu."),
        ("AKL", "Menanyakan apakah akta kelahiran dapat diambil oleh kerabat."),
    ),
    Kategori.NORMATIF: (
        ("KTP", "Antrean perekaman KTP-el terlalu lama, menunggu lebih dari tiga jam."),
        ("KTP", "Blangko KTP-el habis, pemohon diminta kembali minggu depan tanpa kepastian."),
        ("KK", "Nama anggota keluarga salah ketik pada Kartu Keluarga yang baru terbit."),
        ("AKL", "Nama ibu pada akta kelahiran tidak sesuai dengan buku nikah."),
        ("PD", "Surat pindah belum terbit padahal berkas sudah lengkap sejak minggu lalu."),
        (None, "Data NIK tidak padan saat mendaftar BPJS Kesehatan."),
        ("LEG", "Legalisir ditolak karena fotokopi dianggap kurang jelas."),
    ),
    Kategori.TIDAK_BERKADAR: (
        ("KTP", "Petugas perekaman bersikap tidak ramah kepada pemohon lansia."),
        ("AKM", "Persyaratan akta kematian berbeda dengan yang diumumkan di laman resmi."),
        (None, "Aplikasi antrean daring sering gagal sehingga pemohon harus datang subuh."),
    ),
    Kategori.BERKADAR: (
        ("KTP", "Ada oknum yang menawarkan percepatan KTP-el dengan imbalan uang."),
        ("AKW", "Dimintai biaya tambahan di luar ketentuan saat pengurusan akta perkawinan."),
    ),
}
TANGGAPAN = (
    "Pemohon dihubungi, dokumen telah selesai dan dapat diambil di loket.",
    "Data telah diperbaiki dan dokumen dicetak ulang tanpa biaya.",
    "Penjelasan prosedur disampaikan kepada pelapor melalui telepon.",
    "Petugas yang bersangkutan telah dibina oleh atasan langsung.",
    "Jadwal layanan ditambah dan nomor antrean dibatasi per sesi.",
)
PELAPOR = ("Siti Aminah", "Ahmad Fauzi", "Dewi Lestari", "Rudi Hartono", "Nur Hasanah",
           "Agus Salim", "Rina Marlina", "Hendra Gunawan", None, None)
KANAL_BOBOT = ((Kanal.LANGSUNG, 30), (Kanal.TELEPON, 25), (Kanal.LAPOR, 20),
               (Kanal.MEDSOS, 12), (Kanal.KOTAK_SARAN, 8), (Kanal.EMAIL, 5))
KATEGORI_BOBOT = ((Kategori.RINGAN, 38), (Kategori.NORMATIF, 45), (Kategori.TIDAK_BERKADAR, 13),
                  (Kategori.BERKADAR, 4))


def libur_tetap(tahun: int) -> list[dict[str, str]]:
    return [{"tanggal": date(tahun, m, d).isoformat(), "keterangan": k}
            for (m, d), k in LIBUR_TETAP]


def _pilih(rng: random.Random, bobot: Sequence[tuple[Any, int]]) -> Any:
    return rng.choices([x for x, _w in bobot], weights=[w for _x, w in bobot])[0]


def bulk(s: Session, model: Any, rows: list[dict[str, Any]], chunk: int = 5000) -> None:
    """Insert generated rows, recorded in the change log as the triggers record them
    (``capture.bulk_insert``) but in one statement per chunk instead of one trigger per row."""
    if not rows:
        return
    # the same keys in every row of one table, so each chunk is one executemany
    keys = sorted({k for row in rows for k in row})
    conn = s.connection()
    for i in range(0, len(rows), chunk):
        capture.bulk_insert(conn, model.__table__,
                            [{k: row.get(k) for k in keys} for row in rows[i:i + chunk]])


def isi(s: Session, rng: random.Random, tahun: int, today: date, scope: set[str] | None,
        evaluasi_rows: Sequence[dict[str, Any]]) -> set[str]:
    """The Disdukcapil's registers, complaints and IKM; returns the SKPs given an indicator
    bound to a register (their approved evaluations' frozen content is taken again)."""
    unit = s.scalars(select(OrgUnit).where(OrgUnit.kode == KODE_DUKCAPIL,
                                           OrgUnit.deleted.is_(False))).first()
    if unit is None or (scope is not None and unit.id not in scope):
        return set()
    if pelayanan.katalog(s, unit.id, semua=True):
        return set()  # a second run leaves the registers as they are
    akhir = min(today, date(tahun, 12, 31))
    if akhir < date(tahun, 1, 1):
        return set()
    libur = pengaturan.hari_libur(s)
    units = subtree_ids(s, unit.id)
    staf = list(s.execute(select(Pegawai.id, Pegawai.pimpinan_unit, OrgUnit.nama)
                          .join(OrgUnit, OrgUnit.id == Pegawai.unit_id)
                          .where(Pegawai.unit_id.in_(units), Pegawai.deleted.is_(False),
                                 Pegawai.aktif.is_(True)).order_by(Pegawai.nip)))
    layanan = _katalog(s, unit.id)
    _register(s, rng, unit.id, layanan, date(tahun, 1, 1), akhir, libur)
    pic = [pid for pid, kepala, nama in staf
           if not kepala and ("Pelayanan" in nama or "Informasi" in nama)] or [
        pid for pid, *_x in staf]
    _pengaduan(s, rng, unit.id, layanan, pic, date(tahun, 1, 1), akhir, today, libur)
    _ikm(s, rng, unit.id, tahun, today)
    kepala_piak = next((pid for pid, kepala, nama in staf if kepala and "Informasi" in nama),
                       None)
    changed = _indikator(s, kepala_piak, SumberRealisasi.PENGADUAN_TEPAT_WAKTU,
               "Persentase pengaduan layanan administrasi kependudukan yang ditindaklanjuti "
               "tepat waktu", 90, "%", evaluasi_rows, today)
    if pic:
        changed |= _indikator(s, pic[0], SumberRealisasi.PENGADUAN_SELESAI_PIC,
                              "Jumlah pengaduan layanan yang diselesaikan", 96, "Pengaduan",
                              evaluasi_rows, today)
    return changed


def _katalog(s: Session, unit_id: str) -> list[tuple[str, int, float]]:
    rows, out = [], []
    for n, (kode, nama, standar, satuan, rata) in enumerate(KATALOG, start=1):
        lid = new_id()
        rows.append({"id": lid, "unit_id": unit_id, "kode": kode, "nama": nama,
                     "standar": float(standar), "satuan_standar": satuan.value, "aktif": True,
                     "urutan": n})
        out.append((lid, rata, standar))
    bulk(s, Layanan, rows)
    return out


def _register(s: Session, rng: random.Random, unit_id: str,
              layanan: Sequence[tuple[str, int, float]], mulai: date, akhir: date,
              libur: frozenset[date]) -> None:
    rows: list[dict[str, Any]] = []
    # a blangko shortage: two weeks in the year when KTP-el printing stops
    kosong_mulai = mulai + timedelta(days=rng.randrange(30, max(31, (akhir - mulai).days - 20)))
    kosong = (kosong_mulai, kosong_mulai + timedelta(days=13))
    for n, (lid, rata, _std) in enumerate(layanan):
        backlog = 0
        d = mulai
        while d <= akhir:
            if hari_kerja(d, libur):
                masuk = max(0, round(rng.gauss(rata, rata * 0.2)))
                bisa = backlog + masuk
                alasan = None
                if n == 0 and kosong[0] <= d <= kosong[1]:
                    selesai = round(bisa * rng.uniform(0.1, 0.3))
                    alasan = "Blangko KTP-el habis, menunggu kiriman dari Ditjen Dukcapil."
                else:
                    selesai = min(bisa, round(masuk * rng.uniform(0.92, 1.05)) + backlog // 2)
                tepat = min(selesai, round(selesai * rng.uniform(0.88, 1.0)))
                backlog = bisa - selesai
                if backlog and alasan is None:
                    alasan = rng.choice(("Berkas pemohon belum lengkap.",
                                         "Jaringan SIAK terputus sebagian hari.",
                                         "Menunggu verifikasi data dari daerah asal."))
                rows.append({"id": pelayanan.id_harian(lid, d), "unit_id": unit_id,
                             "layanan_id": lid, "tanggal": d, "masuk": masuk,
                             "selesai": selesai, "tepat_waktu": tepat, "backlog": backlog,
                             "alasan_backlog": alasan if backlog else None})
            d += timedelta(days=1)
    bulk(s, LayananHarian, rows)


def _stempel(d: date, langkah: int, rng: random.Random) -> str:
    """A working-hours moment of day ``d``; later steps of one complaint come later."""
    return datetime.combine(d, time(8 + langkah, rng.randrange(60))).isoformat(
        timespec="microseconds")


def _pengaduan(s: Session, rng: random.Random, unit_id: str,
               layanan: Sequence[tuple[str, int, float]], pic: Sequence[str], mulai: date,
               akhir: date, today: date, libur: frozenset[date]) -> None:
    kode_ke_id = {k[0]: lay[0] for k, lay in zip(KATALOG, layanan, strict=True)}
    batas_hari = pengaturan.batas_pengaduan(s)
    rows: list[dict[str, Any]] = []
    riwayat: list[dict[str, Any]] = []
    days = [mulai + timedelta(days=i) for i in range((akhir - mulai).days + 1)]
    days = [d for d in days if hari_kerja(d, libur)]
    # about four a week, a few more in the last weeks (the page opens on a busy month)
    tanggal = sorted([rng.choice(days) for _ in range(len(days) * 4 // 5)]
                     + [rng.choice(days[-15:]) for _ in range(8)])
    for seq, t in enumerate(tanggal, start=1):
        kategori = _pilih(rng, KATEGORI_BOBOT)
        kode, uraian = rng.choice(ADUAN[kategori])
        batas = tambah_hari_kerja(t, batas_hari[kategori.value], libur)
        pid = new_id()
        row: dict[str, Any] = {
            "id": pid, "unit_id": unit_id, "nomor": f"ADU/DISDUKCAPIL/{t.year}/{seq:04d}",
            "tanggal": t, "kanal": _pilih(rng, KANAL_BOBOT).value,
            "pelapor": rng.choice(PELAPOR), "layanan_id": kode_ke_id.get(kode) if kode else None,
            "kategori": kategori.value, "uraian": uraian, "batas": batas}
        jejak: list[tuple[AksiPengaduan, date, str | None]] = [(AksiPengaduan.DITERIMA, t, None)]
        respons = min(today, tambah_hari_kerja(t, rng.choice((0, 1, 1, 2)), libur))
        umur_batas = (today - batas).days
        nasib = rng.random()
        if t == today or (respons == today and rng.random() < 0.5):
            status = StatusPengaduan.DITERIMA
        elif kategori is Kategori.RINGAN and nasib < 0.06 and respons < today:
            status = StatusPengaduan.DITOLAK
            row["tanggal_respons"] = respons
            row["tanggal_selesai"] = respons
            jejak.append((AksiPengaduan.DITOLAK, respons,
                          "Bukan kewenangan Disdukcapil; pelapor diarahkan ke BPJS Kesehatan."))
        else:
            row["tanggal_respons"] = respons
            # the first PIC is the unit's complaint handler: she takes most of them
            row["pic_id"] = (pic[0] if rng.random() < 0.45 else rng.choice(pic)) if pic else None
            jejak += [(AksiPengaduan.DIVERIFIKASI, respons, None),
                      (AksiPengaduan.DIDISPOSISI, respons, None)]
            # most settle before the deadline, some late, a few are still open past it
            baru = (today - t).days <= 31
            if umur_batas > 0 and (nasib < 0.015 or (baru and nasib < 0.3)):
                status = StatusPengaduan.DIDISPOSISI
            else:
                hari = batas_hari[kategori.value]
                lama = rng.randint(1, hari) if nasib < 0.92 else hari + rng.randint(1, 4)
                # verified, then followed up, then settled: in that order, never before
                selesai = max(tambah_hari_kerja(t, lama, libur), respons)
                tindak = max(respons, min(selesai, tambah_hari_kerja(respons, 1, libur)))
                if tindak > today:
                    status = StatusPengaduan.DIDISPOSISI
                else:
                    row["tanggapan"] = rng.choice(TANGGAPAN)
                    jejak.append((AksiPengaduan.DITINDAKLANJUTI, tindak, None))
                    if selesai > today:
                        status = StatusPengaduan.DITINDAKLANJUTI
                    else:
                        status = StatusPengaduan.SELESAI
                        row["tanggal_selesai"] = selesai
                        jejak.append((AksiPengaduan.SELESAI, selesai, None))
        row["status"] = status.value
        rows.append(row)
        for i, (aksi, d, alasan) in enumerate(jejak):
            riwayat.append({"id": new_id(), "pengaduan_id": pid, "aksi": aksi.value,
                            "oleh": "Admin Pelayanan Disdukcapil", "alasan": alasan,
                            "waktu": _stempel(d, i, rng)})
    bulk(s, Pengaduan, rows)
    bulk(s, RiwayatPengaduan, riwayat)


def _ikm(s: Session, rng: random.Random, unit_id: str, tahun: int, today: date) -> None:
    kode = [p.kode for p in periode_tahun(tahun, Frekuensi.TRIWULANAN) if p.selesai < today]
    bulan = [p for p in periode_tahun(tahun, Frekuensi.BULANAN) if p.selesai < today]
    if bulan:
        kode.append(bulan[-1].kode)
    rows = []
    for k in kode:
        dasar = rng.uniform(3.0, 3.5)
        row: dict[str, Any] = {"id": ikm_svc.id_survei(unit_id, periode_by_kode(k).kode),
                               "unit_id": unit_id, "periode_kode": periode_by_kode(k).kode,
                               "responden": rng.randint(150, 420) if "TW" in k
                               else rng.randint(60, 140)}
        for col in UNSUR_KOLOM:
            row[col] = round(min(4.0, max(1.0, rng.gauss(dasar, 0.15))), 2)
        row["u4"] = round(rng.uniform(3.7, 3.95), 2)  # biaya: the service is free
        rows.append(row)
    bulk(s, SurveiIkm, rows)


def _indikator(s: Session, pegawai_id: str | None, sumber: SumberRealisasi, uraian: str,
               target: float, satuan: str, evaluasi_rows: Sequence[dict[str, Any]],
               today: date) -> set[str]:
    """Bind one more indicator of the employee's first RHK utama to a register, with the
    realisasi of the periods already evaluated taken from it; the SKP changed, if any."""
    if pegawai_id is None:
        return set()
    skp = s.scalars(select(Skp).where(Skp.pegawai_id == pegawai_id,
                                      Skp.deleted.is_(False))).first()
    rhk = skp and s.scalars(select(Rhk).where(Rhk.skp_id == skp.id, Rhk.jenis == "UTAMA",
                                              Rhk.deleted.is_(False))
                            .order_by(Rhk.urutan)).first()
    if skp is None or rhk is None:
        return set()
    lain = s.scalars(select(Indikator).where(Indikator.rhk_id == rhk.id,
                                             Indikator.deleted.is_(False))
                     .order_by(Indikator.urutan.desc())).first()
    ind = Indikator(rhk_id=rhk.id, urutan=(lain.urutan if lain else 0) + 1, uraian=uraian,
                    aspek=Aspek.KUALITAS.value if lain is not None and lain.aspek else None,
                    perspektif=lain.perspektif if lain is not None else None,
                    target_nilai=float(target), target_satuan=satuan,
                    sumber_realisasi=sumber.value)
    s.add(ind)
    s.flush()
    for ev in evaluasi_rows:
        if ev["skp_id"] != skp.id:
            continue
        per = periode_by_kode(ev["periode_kode"])
        if per.selesai >= today:
            continue  # the running period: filled from the register by the admin
        mulai = date(per.mulai.year, 1, 1) if per.kode.endswith("AKHIR") else per.mulai
        hasil = kinerja.nilai_sumber(s, sumber, pegawai_id, mulai, per.selesai)
        if hasil.nilai is not None and s.get(Evaluasi, ev["id"]) is not None:
            eval_svc.write_realisasi(s, ev["id"], ind.id, hasil.nilai, None, hasil.keterangan)
    return {skp.id}
