"""The public-service report as .xlsx and PDF: a month of Disdukcapil's registers and complaints
read back from the files."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from asn_desktop import paths
from asn_desktop.db.models import OrgUnit
from asn_desktop.domain.nip import make_nip_pns
from asn_desktop.domain.pelayanan import Kanal, Kategori, SatuanStandar, samarkan
from asn_desktop.errors import AsnError, ValidationError
from asn_desktop.services import ikm, pelayanan, pelayanan_berkas
from asn_desktop.services import pengaduan as adu
from asn_desktop.services.pegawai import PegawaiInput, save_pegawai
from asn_desktop.services.pelayanan_rekap import RekapPelayanan, rekap, rentang
from asn_desktop.services.workspace import Workspace, init_workspace

HARI_INI = date(2026, 11, 30)
UNIT = "Dinas Kependudukan dan Pencatatan Sipil"
KATALOG = (("KTP", "KTP-el (perekaman dan pencetakan)", 1, SatuanStandar.HARI_KERJA, 58),
           ("KK", "Kartu Keluarga", 1, SatuanStandar.HARI_KERJA, 46),
           ("AKL", "Akta Kelahiran", 1, SatuanStandar.HARI_KERJA, 34),
           ("KIA", "Kartu Identitas Anak", 1, SatuanStandar.HARI_KERJA, 18),
           ("PD", "Pindah-Datang (SKPWNI)", 1, SatuanStandar.HARI_KERJA, 14),
           ("LEG", "Legalisir Dokumen Kependudukan", 2, SatuanStandar.JAM, 22))
LANGKAH = ("verifikasi", "disposisi", "tindak_lanjut", "selesaikan")


@dataclass
class Bulan:
    unit_id: str
    masuk: Counter[str] = field(default_factory=Counter)  # per layanan kode
    selesai: Counter[str] = field(default_factory=Counter)
    status: Counter[str] = field(default_factory=Counter)  # complaints of November
    terlambat: set[str] = field(default_factory=set)  # nomor
    pelapor: list[str] = field(default_factory=list)


def isi_bulan(ws: Workspace) -> Bulan:
    """November 2026 of a Disdukcapil: six services every working day, nine complaints in
    every state (one left over from October), a monthly IKM survey."""
    with ws.session() as s:
        root = s.scalars(select(OrgUnit).where(OrgUnit.parent_id.is_(None))).one()
        unit = OrgUnit(kode="3673.DISDUKCAPIL", nama=UNIT, jenis="OPD", parent_id=root.id)
        s.add(unit)
        s.flush()
        out = Bulan(unit.id)
        pic = save_pegawai(s, PegawaiInput(
            status="PNS", nip=make_nip_pns(date(1985, 4, 12), 2010, 3, "L", 7),
            nama="Bambang Sugiarto", jabatan="Pengelola Pengaduan", jenis_jabatan="PELAKSANA",
            golongan="III/b", unit_id=unit.id)).id
        ids = {}
        for kode, nama, standar, satuan, _rata in KATALOG:
            ids[kode] = pelayanan.tambah_layanan(s, unit.id, pelayanan.LayananInput(
                kode, nama, standar, satuan))
        d = date(2026, 11, 2)
        kemarin: Counter[str] = Counter()
        while d.month == 11:
            for k, (kode, _n, _st, _sa, rata) in enumerate(KATALOG):
                masuk = rata + (d.day * 7 + k * 3) % 11
                selesai = masuk - ((d.day + k) % 4 == 0)
                tepat = selesai - ((d.day + k) % 3 == 0) - (kode == "KTP" and d.day > 20)
                backlog = (d.day + k) % 5 if kode in ("KTP", "KK") else 0
                # no more left over than waited from before and came in
                backlog = min(backlog, kemarin[kode] + masuk - selesai)
                kemarin[kode] = backlog
                alasan = ("Blangko KTP-el habis, menunggu kiriman Ditjen Dukcapil"
                          if kode == "KTP" else "Jaringan SIAK terputus")
                pelayanan.catat_harian(s, pelayanan.HarianInput(
                    ids[kode], d, masuk, selesai, tepat, backlog, alasan))
                out.masuk[kode] += masuk
                out.selesai[kode] += selesai
            d += timedelta(days=3 if d.weekday() == 4 else 1)

        def adukan(tanggal: date, pelapor: str | None, kategori: Kategori, kanal: Kanal,
                   layanan: str, langkah: tuple[tuple[str, date], ...] = (),
                   terlambat: bool = False) -> None:
            aid = adu.catat(s, unit.id, adu.PengaduanInput(
                tanggal, kanal, f"Keluhan {pelapor or 'warga'} tentang layanan {layanan}",
                kategori, ids[layanan], pelapor), hari_ini=HARI_INI)
            for step, when in langkah:
                adu.langkah(s, aid, step, tanggal=when, hari_ini=HARI_INI, pic_id=pic,
                            tanggapan="Sudah ditindaklanjuti petugas loket.",
                            alasan="Bukan kewenangan unit ini." if step == "tolak" else None)
            v = adu.ambil(s, aid, HARI_INI)
            if tanggal.month == 11:
                out.status[v.status] += 1
            if terlambat:
                out.terlambat.add(v.nomor)
            if pelapor:
                out.pelapor.append(pelapor)

        def nov(day: int) -> date:
            return date(2026, 11, day)

        adukan(date(2026, 10, 27), "Dedi Kurniawan", Kategori.RINGAN, Kanal.LANGSUNG, "KK",
               (("verifikasi", date(2026, 10, 28)),), terlambat=True)
        adukan(nov(3), "Sutrisno Wibowo", Kategori.RINGAN, Kanal.LANGSUNG, "KTP",
               tuple((st, nov(4)) for st in LANGKAH))
        adukan(nov(5), "Maria Ulfah", Kategori.NORMATIF, Kanal.LAPOR, "AKL",
               tuple(zip(LANGKAH, (nov(6), nov(9), nov(18), nov(20)), strict=True)),
               terlambat=True)
        adukan(nov(16), "Agus Salim", Kategori.TIDAK_BERKADAR, Kanal.EMAIL, "PD",
               tuple(zip(LANGKAH[:2], (nov(17), nov(18)), strict=True)))
        adukan(nov(16), "Rahmat Hidayat", Kategori.RINGAN, Kanal.TELEPON, "KTP",
               (("verifikasi", nov(17)),), terlambat=True)
        adukan(nov(20), "Lestari Handayani", Kategori.NORMATIF, Kanal.KOTAK_SARAN, "LEG",
               (("tolak", nov(23)),))
        adukan(nov(24), "Wahyuni Sari", Kategori.NORMATIF, Kanal.LAPOR, "KIA",
               tuple(zip(LANGKAH[:3], (nov(24), nov(25), nov(25)), strict=True)))
        adukan(nov(25), "Yohanes Pratama", Kategori.BERKADAR, Kanal.MEDSOS, "KTP")
        adukan(nov(26), None, Kategori.NORMATIF, Kanal.LANGSUNG, "KK")
        ikm.catat(s, unit.id, "2026-BL11", 212,
                  [3.41, 3.28, 3.05, 3.9, 3.36, 3.44, 3.52, 3.12, 3.2])
    return out


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    w = init_workspace(paths.resolve(tmp_path / "pusat"), "central", "BKPSDM")
    yield w
    w.close()


@pytest.fixture
def bulan(ws: Workspace) -> Bulan:
    return isi_bulan(ws)


def _rekap(ws: Workspace, unit_id: str, kode: str = "2026-11") -> RekapPelayanan:
    with ws.session() as s:
        return rekap(s, unit_id, rentang(kode), hari_ini=date(2026, 12, 2))


def _teks_pdf(path: Path) -> str:
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                              text=True, check=True).stdout
    try:
        from pypdf import PdfReader
    except ImportError:
        pytest.skip("tidak ada pembaca teks PDF (pdftotext atau pypdf)")
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def test_workbook_says_what_the_registers_say(ws: Workspace, bulan: Bulan,
                                              tmp_path: Path) -> None:
    r = _rekap(ws, bulan.unit_id)
    with ws.session() as s:
        path = pelayanan_berkas.tulis(s, r, tmp_path / "laporan.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Ringkasan", "Layanan", "Harian", "Pengaduan", "Terlambat", "IKM"]
    for sheet in wb:
        assert sheet.freeze_panes == "A2"
        assert all(sheet.column_dimensions[c.column_letter].customWidth for c in sheet[1])

    lay = wb["Layanan"]
    rows = {row[0]: row for row in lay.iter_rows(min_row=2, values_only=True)}
    assert {k: (v[3], v[4]) for k, v in rows.items()} == {
        k: (bulan.masuk[k], bulan.selesai[k]) for k, *_ in KATALOG}
    persen = lay.cell(2, 7)
    assert isinstance(persen.value, float) and "%" in persen.number_format
    assert 0 < persen.value <= 1
    assert "Blangko KTP-el habis" in rows["KTP"][8]

    harian = list(wb["Harian"].iter_rows(min_row=2, values_only=True))
    assert len(harian) == 21 and sum(h[1] for h in harian) == sum(bulan.masuk.values())

    ringkas = {(k, u): v for k, u, v in wb["Ringkasan"].iter_rows(min_row=2, values_only=True)}
    assert ringkas[("Layanan", "Permohonan masuk")] == sum(bulan.masuk.values())
    assert ringkas[("Layanan", "Selesai")] == sum(bulan.selesai.values())
    assert ringkas[("Pengaduan", "Masuk")] == 8
    assert (ringkas[("Pengaduan", "Ditutup pada periode ini")],
            ringkas[("Pengaduan", "Ditutup tepat waktu")]) == (3, 2)
    per_status = {u: v for (k, u), v in ringkas.items() if k == "Pengaduan per status"}
    assert per_status == {"Diterima": 2, "Diverifikasi": 1, "Didisposisi": 1,
                          "Ditindaklanjuti": 1, "Selesai": 2, "Ditolak": 1}
    assert Counter({st.title(): n for st, n in bulan.status.items()}) == Counter(per_status)
    assert ringkas[("Pengaduan per kategori", "Tidak berkadar pengawasan")] == 1
    assert ringkas[("IKM", "Responden")] == 212 and ringkas[("IKM", "Mutu")].startswith("B")

    adu_rows = list(wb["Pengaduan"].iter_rows(min_row=2, values_only=True))
    assert len(adu_rows) == 8 and {row[8] for row in adu_rows} == set(per_status)
    assert Counter(row[13] for row in adu_rows) == Counter({"Tidak": 6, "Ya": 2})
    telat = list(wb["Terlambat"].iter_rows(min_row=2, values_only=True))
    assert {row[0] for row in telat} == bulan.terlambat
    assert samarkan("Rahmat Hidayat") in {row[2] for row in telat}

    semua = [str(c) for sheet in wb for row in sheet.iter_rows(values_only=True) for c in row
             if c is not None]
    for nama in bulan.pelapor:
        assert not any(nama in c for c in semua), nama
        assert not any(nama.split()[0] in c for c in semua), nama
    assert not any(c in ("TIDAK_BERKADAR", "DITINDAKLANJUTI", "KOTAK_SARAN") for c in semua)

    nrr = [row[2] for row in wb["IKM"].iter_rows(min_row=2, max_row=10, values_only=True)]
    assert nrr[:2] == [3.41, 3.28] and wb["IKM"].cell(2, 3).number_format == "0.00"


def test_pdf_prints_the_totals_and_masks_the_names(ws: Workspace, bulan: Bulan,
                                                   tmp_path: Path) -> None:
    r = _rekap(ws, bulan.unit_id)
    with ws.session() as s:
        path = pelayanan_berkas.tulis(s, r, tmp_path / "laporan.pdf")
    teks = _teks_pdf(path)
    flat = " ".join(teks.split())
    assert "LAPORAN KINERJA PELAYANAN PUBLIK" in flat and UNIT in flat
    assert "November 2026" in flat and "PEMERINTAH KOTA SERANG" in flat
    total = f"{sum(bulan.masuk.values()):,}".replace(",", ".")
    assert f"Jumlah {total}" in flat
    for section in ("1. Volume layanan", "2. Pengaduan", "3. Pengaduan terlambat (3)",
                    "4. Indeks Kepuasan Masyarakat (IKM)"):
        assert section in flat
    assert "Tidak berkadar pengawasan" in flat and "SP4N-LAPOR!" in flat
    assert "TIDAK_BERKADAR" not in flat and "KOTAK_SARAN" not in flat
    for nomor in bulan.terlambat:
        assert nomor in flat
    assert samarkan("Maria Ulfah") in flat
    for nama in bulan.pelapor:
        assert nama not in flat
    assert "Halaman 1 dari" in flat and "dicetak" in flat
    assert "3,41" in flat and "84,11" in flat and "B (Baik)" in flat  # decimal comma


def test_an_empty_month_and_a_quarter(ws: Workspace, bulan: Bulan, tmp_path: Path) -> None:
    kosong = _rekap(ws, bulan.unit_id, "2026-12")
    triwulan = _rekap(ws, bulan.unit_id, "2026-TW4")
    with ws.session() as s:
        pdf = pelayanan_berkas.tulis(s, kosong, tmp_path / "desember.PDF")
        xlsx = pelayanan_berkas.tulis(s, kosong, tmp_path / "desember.xlsx")
        tw = pelayanan_berkas.tulis(s, triwulan, tmp_path / "tw4.pdf")
    flat = " ".join(_teks_pdf(pdf).split())
    assert "Belum ada survei IKM pada periode ini" in flat
    assert "Tidak ada pengaduan yang masuk pada periode ini" in flat
    assert load_workbook(xlsx)["IKM"]["B2"].value == "Belum ada survei IKM pada periode ini"
    assert "Triwulan IV 2026" in " ".join(_teks_pdf(tw).split())


def test_a_bad_target_is_refused_and_nothing_is_written(ws: Workspace, bulan: Bulan,
                                                        tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    r = _rekap(ws, bulan.unit_id)
    out = tmp_path / "keluar"
    out.mkdir()
    with ws.session() as s:
        for name in ("laporan.csv", "laporan", "laporan.pdf.bak"):
            with pytest.raises(ValidationError, match=r"\.xlsx atau \.pdf"):
                pelayanan_berkas.tulis(s, r, out / name)
        with pytest.raises(ValidationError, match="tidak ada"):
            pelayanan_berkas.tulis(s, r, out / "tidak-ada" / "laporan.pdf")

        def penuh(*_a: object) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(os, "replace", penuh)
        with pytest.raises(AsnError, match="disk penuh"):
            pelayanan_berkas.tulis(s, r, out / "laporan.pdf")
    assert list(out.iterdir()) == []
