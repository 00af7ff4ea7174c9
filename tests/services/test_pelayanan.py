"""The service catalogue, the daily register and its import (bad rows refused with their row
numbers, nothing written), IKM surveys, the figures of a month equal to the registers, and an
indicator taking its realisasi from them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from tests.services.conftest import TAHUN, Org

from asn_desktop.db.models_pelayanan import LayananHarian
from asn_desktop.domain.jabatan import Aspek
from asn_desktop.domain.pelayanan import Kanal, Kategori, SatuanStandar, SumberRealisasi
from asn_desktop.errors import LockedError, ValidationError
from asn_desktop.services import evaluasi as eval_svc
from asn_desktop.services import ikm, pelayanan, pelayanan_impor, pengaturan
from asn_desktop.services import pelayanan_kinerja as kinerja
from asn_desktop.services import pelayanan_rekap as rk
from asn_desktop.services import pengaduan as adu
from asn_desktop.services import skp as skp_svc
from asn_desktop.services.workspace import Workspace

HARI = date(2026, 12, 2)


def _katalog(s, unit: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {k: pelayanan.tambah_layanan(s, unit, pelayanan.LayananInput(k, n, std, sat))
            for k, n, std, sat in (("KTP", "KTP-el", 1, SatuanStandar.HARI_KERJA),
                                   ("KK", "Kartu Keluarga", 1, SatuanStandar.HARI_KERJA),
                                   ("LEG", "Legalisir", 2, SatuanStandar.JAM))}


def test_catalogue_rules(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        ids = _katalog(s, org.disdik)
        with pytest.raises(ValidationError, match="sudah dipakai"):
            pelayanan.tambah_layanan(s, org.disdik, pelayanan.LayananInput("ktp", "Lain", 1))
        with pytest.raises(ValidationError, match="lebih dari 0"):
            pelayanan.tambah_layanan(s, org.disdik, pelayanan.LayananInput("X", "X", 0))
        pelayanan.tambah_layanan(s, org.dinkes, pelayanan.LayananInput("KTP", "Lain unit", 1))
        pelayanan.ubah_layanan(s, ids["KK"], pelayanan.LayananInput(
            "KK", "Kartu Keluarga", 1, aktif=False))
        aktif = [v.kode for v in pelayanan.katalog(s, org.disdik)]
        semua = [v.standar_teks for v in pelayanan.katalog(s, org.disdik, semua=True)]
        pelayanan.hapus_layanan(s, ids["LEG"])
        sisa = [v.kode for v in pelayanan.katalog(s, org.disdik, semua=True)]
        # a bidang's employee is served by the nearest unit up that keeps a catalogue
        assert pelayanan.unit_layanan_dari(s, org.bidang) == org.disdik
    assert aktif == ["KTP", "LEG"]
    assert semua == ["1 hari kerja", "1 hari kerja", "2 jam"]
    assert sisa == ["KTP", "KK"]


def test_register_day_checks_and_replaces(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        lid = _katalog(s, org.disdik)["KTP"]
        d = date(2026, 11, 3)
        for bad, field in ((pelayanan.HarianInput(lid, d, 5, 4, 5, 0), "tepat_waktu"),
                           (pelayanan.HarianInput(lid, d, -1, 0, 0, 0), "masuk"),
                           (pelayanan.HarianInput(lid, d, 5, 3, 3, 2), "alasan_backlog")):
            with pytest.raises(ValidationError) as exc:
                pelayanan.catat_harian(s, bad)
            assert exc.value.field == field
        pelayanan.catat_harian(s, pelayanan.HarianInput(lid, d, 5, 3, 3, 2, "blangko habis"))
        pelayanan.catat_harian(s, pelayanan.HarianInput(lid, d, 6, 6, 5, 0, "diabaikan"))
        rows = pelayanan.harian(s, org.disdik, d, d)
        n = s.scalar(select(func.count()).select_from(LayananHarian))
        assert pelayanan.backlog_kemarin(s, lid, date(2026, 11, 4)) == 0
    assert n == 1
    assert [(r.masuk, r.selesai, r.tepat_waktu, r.backlog, r.alasan_backlog) for r in rows] == [
        (6, 6, 5, 0, None)]


def test_a_day_cannot_finish_or_leave_more_than_waited_and_came_in(ws: Workspace,
                                                                     org: Org) -> None:
    with ws.session() as s:
        lid = _katalog(s, org.disdik)["KTP"]
        d1, d2 = date(2026, 11, 2), date(2026, 11, 3)
        # the first day written: its opening backlog is not known, anything adds up
        pelayanan.catat_harian(s, pelayanan.HarianInput(lid, d2, 10, 80, 80, 5, "antre"))
        # the next day: 5 waited, 10 came in
        for bad, field in ((pelayanan.HarianInput(lid, date(2026, 11, 4), 10, 16, 16, 0),
                            "selesai"),
                           (pelayanan.HarianInput(lid, date(2026, 11, 4), 10, 5, 5, 11, "x"),
                            "backlog"),
                           (pelayanan.HarianInput(lid, date(2026, 11, 4), 10_001, 5, 5, 0),
                            "masuk")):
            with pytest.raises(ValidationError) as exc:
                pelayanan.catat_harian(s, bad)
            assert exc.value.field == field
        # all of it finished, or fewer left than remained (withdrawn): both fine
        pelayanan.catat_harian(s, pelayanan.HarianInput(lid, date(2026, 11, 4), 10, 15, 15, 0))
        pelayanan.catat_harian(s, pelayanan.HarianInput(lid, date(2026, 11, 5), 4, 1, 1, 2, "x"))
        # a day before every written day is a first day again
        pelayanan.catat_harian(s, pelayanan.HarianInput(lid, d1, 1, 50, 50, 0))
        n = s.scalar(select(func.count()).select_from(LayananHarian))
    assert n == 4
    with pytest.raises(ValidationError, match=r"Selesai \(1.016\) melebihi"):
        pelayanan.periksa_harian(pelayanan.HarianInput(lid, d2, 1000, 1016, 0, 0), HARI,
                                 kemarin=15)


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["Register layanan Disdukcapil"])  # a title above the header
    ws.append(["Tanggal", "Kode Layanan", "Masuk", "Selesai", "Selesai tepat waktu", "Backlog",
               "Alasan"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_import_good_file(ws: Workspace, org: Org, tmp_path: Path) -> None:
    f = _xlsx(tmp_path / "reg.xlsx", [
        [date(2026, 11, 2), "KTP", 10, 9, 8, 1, "blangko habis"],
        ["03/11/2026", "ktp", 12, 12, 12, 0, None],
        ["2026-11-02", "Kartu Keluarga", 7, 7, 6, None, None],
    ])
    with ws.session() as s:
        _katalog(s, org.disdik)
        hasil = pelayanan_impor.impor_register(s, org.disdik, f)
        rows = pelayanan.harian(s, org.disdik, date(2026, 11, 1), date(2026, 11, 30))
    assert (hasil.baris, hasil.hari, hasil.layanan) == (3, 2, 2)
    assert [(r.tanggal.day, r.layanan_kode, r.masuk, r.tepat_waktu) for r in rows] == [
        (2, "KTP", 10, 8), (2, "KK", 7, 6), (3, "KTP", 12, 12)]


def test_import_refuses_bad_rows_with_their_numbers(ws: Workspace, org: Org,
                                                    tmp_path: Path) -> None:
    f = _xlsx(tmp_path / "reg.xlsx", [
        [date(2026, 11, 2), "KTP", 10, 9, 8, 1, "blangko habis"],  # row 3: fine
        [date(2026, 11, 3), "AKTA", 1, 1, 1, 0, None],  # row 4: not in the catalogue
        ["31/02/2026", "KTP", 1, 1, 1, 0, None],  # row 5: no such date
        [date(2026, 11, 4), "KTP", 5, 4, 5, 0, None],  # row 6: more on time than done
        [date(2026, 11, 5), "KTP", "lima", 4, 4, 0, None],  # row 7: not a number
        [date(2026, 11, 2), "KTP", 1, 1, 1, 0, None],  # row 8: same day as row 3
        [date(2026, 11, 6), "KTP", 5, 3, 3, 2, None],  # row 9: backlog without a reason
        [date(2026, 11, 3), "KK", 2, 9, 9, 0, None],  # row 10: more done than came in...
        [date(2026, 11, 2), "KK", 7, 7, 7, 0, None],  # ...after this day, later in the file
    ])
    with ws.session() as s:
        _katalog(s, org.disdik)
    with ws.session() as s, pytest.raises(ValidationError) as exc:
        pelayanan_impor.impor_register(s, org.disdik, f)
    msg = exc.value.message
    for n in (4, 5, 6, 7, 8, 9, 10):
        assert f"baris {n}:" in msg
    assert "baris 3:" not in msg and "baris 11:" not in msg and "tidak ada yang diubah" in msg
    with ws.session() as s:
        assert s.scalar(select(func.count()).select_from(LayananHarian)) == 0


def test_import_refuses_a_file_without_the_columns(ws: Workspace, org: Org,
                                                   tmp_path: Path) -> None:
    f = tmp_path / "x.csv"
    f.write_text("nama;nilai\nA;1\n", encoding="utf-8")
    with ws.session() as s, pytest.raises(ValidationError, match="Tanggal, Kode layanan"):
        pelayanan_impor.impor_register(s, org.disdik, f)


def test_ikm_record_and_setting(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        v = ikm.catat(s, org.disdik, "2026-tw3", 200, [3.2] * 9)
        with pytest.raises(ValidationError, match="unsur 4"):
            ikm.catat(s, org.disdik, "2026-TW3", 200, [3.2, 3, 3, 4.2, 3, 3, 3, 3, 3])
        with pytest.raises(ValidationError, match="responden"):
            ikm.catat(s, org.disdik, "2026-TW3", 0, [3.2] * 9)
        with pytest.raises(ValidationError):
            ikm.catat(s, org.disdik, "2026-TW9", 10, [3.2] * 9)
        with pytest.raises(ValidationError, match="menurun"):
            pengaturan.set_setting(s, pengaturan.INTERVAL_IKM,
                                   {"A": 70, "B": 76.61, "C": 65, "D": 25})
        pengaturan.set_setting(s, pengaturan.INTERVAL_IKM,
                               {"A": 79.5, "B": 70, "C": 60, "D": 25})
        again = ikm.catat(s, org.disdik, "2026-TW3", 210, [3.2] * 9)
        views = ikm.daftar(s, org.disdik, 2026)
    assert (v.periode_kode, v.nilai, v.mutu) == ("2026-TW3", 80.0, "B")
    assert again.mutu == "A" and again.id == v.id
    assert [(x.responden, x.mutu) for x in views] == [(210, "A")]


def _month(s, org: Org) -> dict[str, str]:  # type: ignore[no-untyped-def]
    ids = _katalog(s, org.disdik)
    for d in range(2, 7):
        pelayanan.catat_harian(s, pelayanan.HarianInput(ids["KTP"], date(2026, 11, d), 10, 9,
                                                        8, d - 1, "blangko habis"))
        pelayanan.catat_harian(s, pelayanan.HarianInput(ids["KK"], date(2026, 11, d), 4, 4, 4,
                                                        0))
    pelayanan.catat_harian(s, pelayanan.HarianInput(ids["KK"], date(2026, 10, 30), 99, 99, 0,
                                                    0))  # October: not in the month
    hari = date(2026, 11, 30)
    for tgl, kat, kanal, steps in (
            (date(2026, 11, 2), Kategori.RINGAN, Kanal.LAPOR, "selesai-tepat"),
            (date(2026, 11, 3), Kategori.NORMATIF, Kanal.TELEPON, "selesai-telat"),
            (date(2026, 11, 9), Kategori.NORMATIF, Kanal.LAPOR, "terbuka-telat"),
            (date(2026, 11, 27), Kategori.TIDAK_BERKADAR, Kanal.EMAIL, "terbuka")):
        pid = adu.catat(s, org.disdik, adu.PengaduanInput(tgl, kanal, "x", kat), hari_ini=hari)
        if steps == "terbuka":
            continue
        adu.langkah(s, pid, "verifikasi", tanggal=tgl, hari_ini=hari)
        adu.langkah(s, pid, "disposisi", pic_id=org.staf1, tanggal=tgl, hari_ini=hari)
        if steps.startswith("selesai"):
            adu.langkah(s, pid, "tindak_lanjut", tanggapan="ok", tanggal=tgl, hari_ini=hari)
            done = date(2026, 11, 4) if steps == "selesai-tepat" else date(2026, 11, 20)
            adu.langkah(s, pid, "selesaikan", tanggal=done, hari_ini=hari)
    ikm.catat(s, org.disdik, "2026-BL11", 100, [3.0] * 9)
    ikm.catat(s, org.disdik, "2026-BL10", 100, [4.0] * 9)  # October: not in the month
    return ids


def test_month_figures_equal_the_registers(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        _month(s, org)
        r = rk.rekap(s, org.disdik, rk.rentang("2026-11"), hari_ini=date(2026, 11, 30))
    per = {b.kode: (b.masuk, b.selesai, b.tepat_waktu, b.backlog, b.alasan_backlog)
           for b in r.layanan}
    assert per == {"KTP": (50, 45, 40, 5, ("blangko habis",)), "KK": (20, 20, 20, 0, ()),
                   "LEG": (0, 0, 0, 0, ())}
    assert (r.masuk, r.selesai, r.tepat_waktu) == (70, 65, 60)
    assert r.pengaduan_masuk == 4
    assert r.per_status["SELESAI"] == 2 and r.per_status["DIDISPOSISI"] == 1
    assert r.per_kanal["LAPOR"] == 2 and r.per_kategori["NORMATIF"] == 2
    assert (r.ditutup, r.ditutup_tepat) == (2, 1)
    assert r.rata_selesai == (2 + 13) / 2  # 2 Nov → 4 Nov, 3 Nov → 20 Nov in working days
    assert r.rata_respons == 0
    assert sorted(v.tanggal.day for v in r.terlambat) == [3, 9]
    assert r.ikm is not None and (r.ikm.nilai, r.ikm.responden) == (75.0, 100)
    assert [len(r.harian), r.harian[0][1:]] == [5, (14, 13)]


def test_indicator_takes_its_realisasi_from_the_register(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        _month(s, org)
        skp_id = skp_svc.create_skp(s, org.staf1, TAHUN)
        rid = skp_svc.add_rhk(s, skp_id, skp_svc.RhkInput(
            "Pengaduan tertangani", rhk_atasan_teks="Layanan prima"))
        manual = skp_svc.add_indikator(s, rid, skp_svc.IndikatorInput(
            "Jumlah laporan", Aspek.KUANTITAS, 4, "Laporan"))
        tepat = skp_svc.add_indikator(s, rid, skp_svc.IndikatorInput(
            "Persentase pengaduan ditindaklanjuti tepat waktu", Aspek.KUALITAS, 90, "%",
            sumber_realisasi=SumberRealisasi.PENGADUAN_TEPAT_WAKTU.value))
        jumlah = skp_svc.add_indikator(s, rid, skp_svc.IndikatorInput(
            "Pengaduan diselesaikan", Aspek.KUANTITAS, 8, "Pengaduan",
            sumber_realisasi=SumberRealisasi.PENGADUAN_SELESAI_PIC.value))
        layanan = skp_svc.add_indikator(s, rid, skp_svc.IndikatorInput(
            "Dokumen tepat waktu", Aspek.WAKTU, 95, "%",
            sumber_realisasi=SumberRealisasi.LAYANAN_TEPAT_WAKTU.value))
        with pytest.raises(ValidationError, match="Sumber realisasi"):
            skp_svc.add_indikator(s, rid, skp_svc.IndikatorInput(
                "x", Aspek.KUANTITAS, 1, "x", sumber_realisasi="KARANGAN"))
        skp_svc.ajukan(s, skp_id)
        skp_svc.setujui(s, skp_id)
        assert kinerja.ada_sumber(s, skp_id)
        e = eval_svc.open_evaluasi(s, skp_id, f"{TAHUN}-TW4")
        changed = kinerja.isi_dari_register(s, e)
        again = kinerja.isi_dari_register(s, e)
        got = {i: eval_svc.realisasi_row(s, e, i) for i in (manual, tepat, jumlah, layanan)}
        eval_svc.set_ratings(s, e, "Sesuai Ekspektasi", "Sesuai Ekspektasi")
        eval_svc.ajukan(s, e)
        eval_svc.setujui(s, e)
        with pytest.raises(LockedError):
            kinerja.isi_dari_register(s, e)
    assert {c.indikator_id for c in changed} == {tepat, jumlah, layanan}
    assert again == []
    assert got[manual] is None
    assert got[tepat] is not None and got[tepat].realisasi_nilai == 50.0  # 1 of 2 on time
    assert got[jumlah] is not None and got[jumlah].realisasi_nilai == 2.0
    # the quarter holds October's 99 documents too, none on time
    assert got[layanan] is not None and got[layanan].realisasi_nilai == round(100 * 60 / 164, 2)
    assert "1 dari 2" in (got[tepat].bukti_dukung or "")


def test_days_and_surveys_that_have_not_come_are_refused(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        lid = _katalog(s, org.disdik)["KTP"]
        for d, words in ((date(2026, 12, 25), "belum tiba"), (date(1900, 1, 1), "terlalu lama")):
            with pytest.raises(ValidationError, match=words):
                pelayanan.catat_harian(s, pelayanan.HarianInput(lid, d, 1, 1, 1, 0),
                                       hari_ini=HARI)
        for kode, words in (("2027-BL01", "belum dimulai"), ("1900-TW1", "terlalu lama")):
            with pytest.raises(ValidationError, match=words):
                ikm.catat(s, org.disdik, kode, 10, [3.0] * 9, hari_ini=HARI)
        ikm.catat(s, org.disdik, "2026-BL12", 10, [3.0] * 9, hari_ini=HARI)  # under way
        assert s.scalar(select(func.count()).select_from(LayananHarian)) == 0
