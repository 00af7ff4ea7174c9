from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from asn_desktop.db.models import Evaluasi, LogHarian, Realisasi
from asn_desktop.domain.jabatan import Aspek, JenisRhk
from asn_desktop.errors import LockedError, NotFoundError, ValidationError
from asn_desktop.services import evaluasi as eval_svc
from asn_desktop.services import log_harian as svc
from asn_desktop.services import skp as skp_svc
from asn_desktop.services.workspace import Workspace

from .conftest import TAHUN, Org, approved_skp


def _entry(d: date, rhk: str | None, qty: float | None = 1, unit: str | None = "Dokumen",
           uraian: str = "Menyusun dokumen") -> svc.LogInput:
    return svc.LogInput(d, uraian, rhk, unit, qty)


def test_add_validate_edit_delete(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        skp_id = approved_skp(s, org.staf1)
        rhk = skp_svc.get_skp(s, skp_id).utama[0].id
        other_rhk = skp_svc.get_skp(s, approved_skp(s, org.staf2)).utama[0].id
        lid = svc.add_log(s, org.staf1, _entry(date(TAHUN, 2, 3), rhk, 2, " dokumen "))
        row = s.get_one(LogHarian, lid)
        assert (row.pegawai_id, row.rhk_id, row.kuantitas, row.output_satuan) == (
            org.staf1, rhk, 2, "dokumen")
        for bad, field in (
            (_entry(date(TAHUN, 2, 3), other_rhk), "rhk_id"),
            (_entry(date(TAHUN + 1, 1, 5), rhk), "tanggal"),
            (_entry(date(TAHUN, 2, 3), rhk, -1), "kuantitas"),
            (_entry(date(TAHUN, 2, 3), rhk, 0), "kuantitas"),
            (_entry(date(TAHUN, 2, 3), rhk, 999_999), "kuantitas"),
            (_entry(date(TAHUN, 2, 3), rhk, uraian="x" * 1001), "uraian"),
            (_entry(date(TAHUN, 2, 3), rhk, uraian="  "), "uraian"),
        ):
            with pytest.raises(ValidationError) as exc:
                svc.add_log(s, org.staf1, bad)
            assert exc.value.field == field
        svc.add_log(s, org.staf1, _entry(date(TAHUN, 2, 4), None, None, None, "Apel pagi"))
        skp_svc.buka_kembali(s, skp_id, "ubah periode", "x")
        skp_svc.set_periode(s, skp_id, date(TAHUN, 3, 1), date(TAHUN, 12, 31))
        with pytest.raises(ValidationError, match="periode SKP"):
            svc.add_log(s, org.staf1, _entry(date(TAHUN, 2, 5), rhk))
        svc.update_log(s, lid, _entry(date(TAHUN, 3, 2), rhk, 3, "Dokumen", "Revisi"))
        row = s.get_one(LogHarian, lid)
        assert (row.tanggal, row.kuantitas, row.uraian) == (date(TAHUN, 3, 2), 3, "Revisi")
        svc.delete_log(s, lid)
        assert s.get_one(LogHarian, lid).deleted
        with pytest.raises(NotFoundError):
            svc.update_log(s, lid, _entry(date(TAHUN, 3, 2), rhk))


def test_week(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        rhk = skp_svc.get_skp(s, approved_skp(s, org.staf1)).utama[0].id
        for d in (date(TAHUN, 3, 8), date(TAHUN, 3, 9), date(TAHUN, 3, 11), date(TAHUN, 3, 15),
                  date(TAHUN, 3, 16)):
            svc.add_log(s, org.staf1, _entry(d, rhk, uraian=f"Kegiatan {d.day}"))
        monday = date(TAHUN, 3, 9)
        assert monday.weekday() == 0
        got = svc.week(s, org.staf1, monday)
        from_wednesday = svc.week(s, org.staf1, date(TAHUN, 3, 11))
    assert [r.tanggal.day for r in got] == [9, 11, 15]
    assert got[0].rhk_uraian == "Tersusunnya dokumen 1" and got[0].uraian == "Kegiatan 9"
    assert from_wednesday == got


def test_totals_and_carry_to_realisasi(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        skp_id = skp_svc.create_skp(s, org.staf1, TAHUN)
        r1 = skp_svc.add_rhk(s, skp_id, skp_svc.RhkInput(
            "Surat terkelola", rhk_atasan_teks="Layanan tata usaha prima"))
        k1 = skp_svc.add_indikator(s, r1, skp_svc.IndikatorInput(
            "Jumlah surat", Aspek.KUANTITAS, 400, "Surat"))
        q1 = skp_svc.add_indikator(s, r1, skp_svc.IndikatorInput(
            "Persentase tepat", Aspek.KUALITAS, 100, "%"))
        r2 = skp_svc.add_rhk(s, skp_id, skp_svc.RhkInput(
            "Arsip tertata", rhk_atasan_teks="Layanan tata usaha prima"))
        k2 = skp_svc.add_indikator(s, r2, skp_svc.IndikatorInput(
            "Jumlah arsip", Aspek.KUANTITAS, 50, "Berkas"))
        r3 = skp_svc.add_rhk(s, skp_id, skp_svc.RhkInput("Rapat", JenisRhk.TAMBAHAN))
        k3 = skp_svc.add_indikator(s, r3, skp_svc.IndikatorInput(
            "Notulen", Aspek.KUANTITAS, 4, "Notulen"))
        skp_svc.ajukan(s, skp_id)
        skp_svc.setujui(s, skp_id)
        for d, rhk, qty, unit in (
            (date(TAHUN, 1, 5), r1, 10, "Surat"),
            (date(TAHUN, 2, 5), r1, 15, "surat"),   # same unit, other case
            (date(TAHUN, 3, 31), r1, 5, "Surat"),
            (date(TAHUN, 4, 1), r1, 99, "Surat"),   # next quarter
            (date(TAHUN, 2, 6), r2, 7, "Map"),      # Kuantitas fallback: one unit only
            (date(TAHUN, 2, 7), r2, 3, "Map"),
            (date(TAHUN, 2, 8), r3, 1, "Notulen"),
            (date(TAHUN, 2, 9), r3, 2, "Foto"),     # second unit: no fallback needed
            (date(TAHUN, 2, 10), None, 1, "Kali"),  # outside the RHK
        ):
            svc.add_log(s, org.staf1, _entry(d, rhk, qty, unit))
        totals = svc.totals(s, org.staf1, f"{TAHUN}-TW1")
        cumul = svc.totals(s, org.staf1, f"{TAHUN}-TW2", kumulatif=True)
        e = eval_svc.open_evaluasi(s, skp_id, f"{TAHUN}-TW1")
        eval_svc.set_realisasi(s, e, k2, 1, "catatan", "bukti.pdf")
        changed = svc.carry_to_realisasi(s, e)
        again = svc.carry_to_realisasi(s, e)
        real = {r.indikator_id: r for r in s.scalars(
            select(Realisasi).where(Realisasi.evaluasi_id == e))}
    by_key = {(t.rhk_id, t.satuan): (t.kuantitas, t.jumlah_entri) for t in totals}
    assert by_key == {
        (r1, "Surat"): (30, 3), (r2, "Map"): (10, 2), (r3, "Notulen"): (1, 1),
        (r3, "Foto"): (2, 1), (None, "Kali"): (1, 1),
    }
    assert totals[-1].rhk_id is None
    assert next(t.kuantitas for t in cumul if t.rhk_id == r1) == 129
    assert {(c.indikator_id, c.lama, c.baru) for c in changed} == {
        (k1, None, 30), (k2, 1, 10), (k3, None, 1)}
    assert again == []
    assert q1 not in real  # Kualitas with another unit is left alone
    assert real[k1].realisasi_nilai == 30
    assert (real[k2].realisasi_nilai, real[k2].realisasi_teks, real[k2].bukti_dukung) == (
        10, "catatan", "bukti.pdf")

    with ws.session() as s:
        eval_svc.set_ratings(s, e, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI")
        eval_svc.ajukan(s, e)
        eval_svc.setujui(s, e)
        with pytest.raises(LockedError):
            svc.carry_to_realisasi(s, e)


def test_no_log_for_days_still_to_come(ws: Workspace, org: Org) -> None:
    from datetime import timedelta

    tomorrow = date.today() + timedelta(days=1)
    with ws.session() as s, pytest.raises(ValidationError) as exc:
        svc.add_log(s, org.staf1, _entry(tomorrow, None))
    assert exc.value.field == "tanggal" and "sesudah hari ini" in exc.value.message
    with ws.session() as s:
        assert svc.add_log(s, org.staf1, _entry(date.today(), None))  # today is fine


def test_carrying_logs_into_an_approved_evaluation_says_how_to_go_on(ws: Workspace,
                                                                     org: Org) -> None:
    with ws.session() as s:
        skp_id = approved_skp(s, org.staf1)
        eid = eval_svc.open_evaluasi(s, skp_id, f"{TAHUN}-TW1")
        s.get_one(Evaluasi, eid).status = "DISETUJUI"
    with ws.session() as s, pytest.raises(LockedError) as exc:
        svc.carry_to_realisasi(s, eid)
    assert "buka kembali evaluasi itu di halaman Evaluasi" in exc.value.message
