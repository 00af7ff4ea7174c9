"""Complaints: deadlines in working days from the published tiers and holiday calendar, every
step of the workflow (allowed from where it may start, refused elsewhere, each recorded),
closed complaints locked, and the overdue / due-soon lists."""

from __future__ import annotations

from datetime import date

import pytest
from tests.services.conftest import Org, unit_session

from asn_desktop.domain.pelayanan import Kanal, Kategori, StatusPengaduan
from asn_desktop.errors import LockedError, PermissionError_, ValidationError
from asn_desktop.services import pelayanan, pengaturan
from asn_desktop.services import pengaduan as adu
from asn_desktop.services.pengaduan import LangkahPengaduan as L
from asn_desktop.services.workspace import Workspace

HARI = date(2026, 11, 30)  # a Monday


def _adu(s, unit: str, tanggal: date = date(2026, 11, 2), kategori: Kategori = Kategori.NORMATIF
         ) -> str:  # type: ignore[no-untyped-def]
    return adu.catat(s, unit, adu.PengaduanInput(tanggal, Kanal.LANGSUNG, "Antrean lama",
                                                 kategori, pelapor="Siti Aminah"), hari_ini=HARI)


def test_deadline_follows_the_tier_and_the_holiday_calendar(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        pengaturan.set_setting(s, pengaturan.HARI_LIBUR, [
            {"tanggal": "2026-11-04", "keterangan": "cuti bersama (contoh)"}])
        ringan = adu.ambil(s, _adu(s, org.disdik, kategori=Kategori.RINGAN))
        normatif = adu.ambil(s, _adu(s, org.disdik))
        berkadar = adu.ambil(s, _adu(s, org.disdik, kategori=Kategori.BERKADAR))
        pengaturan.set_setting(s, pengaturan.BATAS_PENGADUAN, {"RINGAN": 3})
        ringan3 = adu.ambil(s, _adu(s, org.disdik, kategori=Kategori.RINGAN))
    assert ringan.batas == date(2026, 11, 5)  # Tue 3, (Wed 4 off), Thu 5
    assert normatif.batas == date(2026, 11, 10)
    assert berkadar.batas == date(2027, 1, 26)  # 19 in Nov, 23 in Dec, 18 in Jan
    assert ringan3.batas == date(2026, 11, 6)
    assert ringan.nomor != normatif.nomor


def _walk(s, pid: str, *steps: tuple[L, dict]) -> None:  # type: ignore[no-untyped-def]
    for step, kw in steps:
        adu.langkah(s, pid, step, hari_ini=HARI, **kw)


FORWARD = [
    (L.VERIFIKASI, {"tanggal": date(2026, 11, 3), "kategori": Kategori.RINGAN}),
    (L.DISPOSISI, {"tanggal": date(2026, 11, 3)}),  # pic filled in by the test
    (L.TINDAK_LANJUT, {"tanggal": date(2026, 11, 4), "tanggapan": "Sudah diperbaiki",
                       "bukti": "foto.jpg"}),
    (L.SELESAIKAN, {"tanggal": date(2026, 11, 4)}),
]


def test_the_whole_way_and_its_history(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        pid = _adu(s, org.disdik)
        steps = [(st, {**kw, "pic_id": org.staf1} if st is L.DISPOSISI else kw)
                 for st, kw in FORWARD]
        statuses = []
        for step in steps:
            _walk(s, pid, step)
            statuses.append(adu.ambil(s, pid, HARI).status)
        v = adu.ambil(s, pid, HARI)
        hist = [h.aksi for h in adu.riwayat(s, pid)]
    assert statuses == ["DIVERIFIKASI", "DIDISPOSISI", "DITINDAKLANJUTI", "SELESAI"]
    assert hist == ["DITERIMA", *statuses]
    assert (v.kategori, v.batas) == ("RINGAN", date(2026, 11, 4))  # the tier set at verification
    assert (v.tanggal_respons, v.tanggal_selesai, v.pic_id) == (
        date(2026, 11, 3), date(2026, 11, 4), org.staf1)
    assert (v.terlambat, v.durasi, v.tanggapan, v.bukti) == (False, 2, "Sudah diperbaiki",
                                                             "foto.jpg")


@pytest.mark.parametrize("step", list(L))
def test_every_step_is_refused_from_a_status_it_does_not_start_from(
        ws: Workspace, org: Org, step: L) -> None:
    t = adu.TRANSISI[step]
    with ws.session() as s:
        pid = _adu(s, org.disdik)
        # bring one complaint to each status and try the step there
        for target in StatusPengaduan:
            pid = _adu(s, org.disdik)
            path = {"DITERIMA": 0, "DIVERIFIKASI": 1, "DIDISPOSISI": 2, "DITINDAKLANJUTI": 3,
                    "SELESAI": 4}
            if target.value == "DITOLAK":
                _walk(s, pid, (L.TOLAK, {"alasan": "bukan kewenangan"}))
            else:
                for st, kw in FORWARD[:path[target.value]]:
                    _walk(s, pid, (st, {**kw, "pic_id": org.staf1}
                                   if st is L.DISPOSISI else kw))
            assert adu.ambil(s, pid).status == target.value
            kw = {"pic_id": org.staf1, "tanggapan": "ok", "alasan": "alasan"}
            if target in t.asal:
                adu.langkah(s, pid, step, hari_ini=HARI, **kw)
                assert adu.ambil(s, pid).status == t.ke.value
                assert adu.riwayat(s, pid)[-1].aksi == t.aksi.value
            else:
                before = len(adu.riwayat(s, pid))
                with pytest.raises(ValidationError):
                    adu.langkah(s, pid, step, hari_ini=HARI, **kw)
                assert adu.ambil(s, pid).status == target.value
                assert len(adu.riwayat(s, pid)) == before


def test_step_conditions(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        pid = _adu(s, org.disdik)
        with pytest.raises(ValidationError, match="Alasan"):
            adu.langkah(s, pid, L.TOLAK, hari_ini=HARI)
        with pytest.raises(ValidationError, match="sebelum pengaduan diterima"):
            adu.langkah(s, pid, L.VERIFIKASI, tanggal=date(2026, 11, 1), hari_ini=HARI)
        with pytest.raises(ValidationError, match="setelah hari ini"):
            adu.langkah(s, pid, L.VERIFIKASI, tanggal=date(2026, 12, 1), hari_ini=HARI)
        adu.langkah(s, pid, L.VERIFIKASI, hari_ini=HARI)
        with pytest.raises(ValidationError, match="PIC"):
            adu.langkah(s, pid, L.DISPOSISI, hari_ini=HARI)
        adu.langkah(s, pid, L.DISPOSISI, pic_id=org.staf1, hari_ini=HARI)
        with pytest.raises(ValidationError, match="tanggapan"):
            adu.langkah(s, pid, L.TINDAK_LANJUT, hari_ini=HARI)
        with pytest.raises(ValidationError, match="tidak dikenal"):
            adu.langkah(s, pid, "lompat", hari_ini=HARI)


def test_closed_complaint_is_locked_until_reopened(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        pid = _adu(s, org.disdik)
        adu.langkah(s, pid, L.TOLAK, alasan="Bukan kewenangan Disdukcapil", hari_ini=HARI)
        data = adu.PengaduanInput(date(2026, 11, 2), Kanal.EMAIL, "Diubah")
        with pytest.raises(LockedError):
            adu.ubah(s, pid, data, hari_ini=HARI)
        with pytest.raises(LockedError):
            adu.hapus(s, pid)
        with pytest.raises(ValidationError, match="Alasan"):
            adu.langkah(s, pid, L.BUKA_KEMBALI, hari_ini=HARI)
        adu.langkah(s, pid, L.BUKA_KEMBALI, alasan="Pelapor melengkapi data", hari_ini=HARI)
        adu.ubah(s, pid, data, hari_ini=HARI)
        v = adu.ambil(s, pid)
        alasan = [h.alasan for h in adu.riwayat(s, pid)]
    assert (v.status, v.kanal, v.tanggal_selesai) == ("DIVERIFIKASI", "EMAIL", None)
    assert alasan[-2:] == ["Bukan kewenangan Disdukcapil", "Pelapor melengkapi data"]


def test_overdue_and_due_soon(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        lewat = _adu(s, org.disdik, date(2026, 11, 2))  # due 9 Nov, still open
        dekat = _adu(s, org.disdik, date(2026, 11, 25))  # due 2 Dec: 2 working days ahead
        jauh = _adu(s, org.disdik, date(2026, 11, 30))  # due 7 Dec
        telat = _adu(s, org.disdik, date(2026, 11, 2), Kategori.RINGAN)  # due 4 Nov
        _walk(s, telat, (L.TOLAK, {"alasan": "duplikat", "tanggal": date(2026, 11, 10)}))
        terlambat = {v.id for v in adu.daftar(s, terlambat=True, hari_ini=HARI)}
        segera = {v.id for v in adu.daftar(s, jatuh_tempo=2, hari_ini=HARI)}
        hitung = adu.hitung_perhatian(s, HARI)
        sisa = adu.ambil(s, lewat, HARI).sisa_hari
    assert terlambat == {lewat, telat}
    assert segera == {dekat}
    assert jauh not in segera
    assert hitung == (1, 1)
    assert sisa == -15


def test_a_unit_writes_only_its_own_complaints(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        lid = pelayanan.tambah_layanan(s, org.dinkes, pelayanan.LayananInput("X", "X", 1))
    with unit_session(ws, org.disdik) as s:
        with pytest.raises(PermissionError_):
            _adu(s, org.dinkes)
        with pytest.raises(ValidationError, match="katalog"):
            adu.catat(s, org.disdik, adu.PengaduanInput(HARI, Kanal.LANGSUNG, "x",
                                                        layanan_id=lid), hari_ini=HARI)
        pid = _adu(s, org.disdik)
        adu.langkah(s, pid, L.VERIFIKASI, hari_ini=HARI)
        with pytest.raises(ValidationError, match="bukan pegawai unit ini"):
            adu.langkah(s, pid, L.DISPOSISI, pic_id=org.perawat, hari_ini=HARI)


def test_central_and_unit_numbers_never_meet(ws: Workspace, org: Org) -> None:
    """Between two packages the central and the unit may both register a complaint for the
    unit: the central's numbers carry a P, so the two are never confused."""
    with ws.session() as s:
        pusat = adu.ambil(s, _adu(s, org.disdik)).nomor
    with unit_session(ws, org.disdik) as s:
        unit = adu.ambil(s, _adu(s, org.disdik)).nomor
    assert pusat.endswith("/P0001") and unit.endswith("/0002") and pusat != unit


def test_the_central_too_assigns_only_the_units_own_people(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        pid = _adu(s, org.disdik)
        adu.langkah(s, pid, L.VERIFIKASI, tanggal=date(2026, 11, 3), hari_ini=HARI)
        with pytest.raises(ValidationError, match="bukan pegawai unit ini"):
            adu.langkah(s, pid, L.DISPOSISI, pic_id=org.perawat, hari_ini=HARI)
        adu.langkah(s, pid, L.DISPOSISI, pic_id=org.staf1, hari_ini=HARI)  # in a bidang below
        with pytest.raises(ValidationError, match="respons pertamanya"):
            adu.ubah(s, pid, adu.PengaduanInput(date(2026, 11, 5), Kanal.LANGSUNG, "x"),
                     hari_ini=HARI)


def test_a_complaint_dated_before_last_year_is_a_typing_error(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        with pytest.raises(ValidationError, match="terlalu lama") as exc:
            _adu(s, org.disdik, tanggal=date(2024, 12, 31))
        assert exc.value.field == "tanggal"
        # last January's paper complaints are still brought in, and one already stored that
        # old keeps its date when corrected later
        pid = _adu(s, org.disdik, tanggal=date(2025, 1, 2))
        v = adu.ambil(s, pid, HARI)
        adu.ubah(s, pid, adu.PengaduanInput(v.tanggal, Kanal(v.kanal), "Diperbaiki",
                                            Kategori(v.kategori)), hari_ini=date(2027, 3, 1))
        assert adu.ambil(s, pid, HARI).uraian == "Diperbaiki"
    assert adu.lama_berlalu(date(2026, 10, 31), HARI) is None  # 30 days: not yet asked
    assert adu.lama_berlalu(date(2026, 10, 30), HARI) == 31
    assert adu.lama_berlalu(date(2026, 11, 1), HARI) is None
