"""Pemantauan: per-OPD numbers are counts over the per-employee rows, and agree with the
document statuses the lists and Beranda show; the recap files say the same."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from asn_desktop.domain.periods import periode_by_kode
from asn_desktop.domain.predikat import Predikat
from asn_desktop.domain.ratings import Rating
from asn_desktop.errors import ValidationError
from asn_desktop.services import evaluasi, pemantauan, rekap_berkas, skp
from asn_desktop.services import status_kerja as sk
from asn_desktop.services.workspace import Workspace

from .conftest import TAHUN, Org, approved_skp

A, S, B = Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI
TODAY = date(TAHUN, 8, 15)


def _approve(s, skp_id: str, kode: str, h: Rating, p: Rating) -> str:  # type: ignore[no-untyped-def]
    e = evaluasi.open_evaluasi(s, skp_id, kode)
    evaluasi.set_ratings(s, e, h, p)
    evaluasi.ajukan(s, e)
    evaluasi.setujui(s, e)
    return e


@pytest.fixture
def city(ws: Workspace, org: Org) -> Org:
    with ws.session() as s:
        k = approved_skp(s, org.kadis, tahun=TAHUN - 1, jpt=True)
        _approve(s, k, f"{TAHUN - 1}-TW4", A, A)  # Sangat Baik last year
        k = approved_skp(s, org.kadis, jpt=True)
        _approve(s, k, f"{TAHUN}-TW3", S, S)
        _approve(s, k, f"{TAHUN}-TW4", A, A)  # and this year: two in a row
        kb = approved_skp(s, org.kabid)
        _approve(s, kb, f"{TAHUN}-TW3", B, B)
        _approve(s, kb, f"{TAHUN}-TW4", B, S)  # Butuh Perbaikan this year
        s1 = approved_skp(s, org.staf1)
        evaluasi.open_evaluasi(s, s1, f"{TAHUN}-TW3")  # a draft: not done
        skp.create_skp(s, org.staf2, TAHUN)  # draft SKP
        approved_skp(s, org.kadinkes, jpt=True)
    return org


def test_opd_rows_count_their_employees(ws: Workspace, city: Org) -> None:
    with ws.db.Session() as s:
        r = pemantauan.rekap(s, None, TAHUN, periode_by_kode(f"{TAHUN}-TW3"), today=TODAY)
    rows = {o.unit_id: o for o in r.opd}
    assert set(rows) == {city.disdik, city.dinkes}
    disdik = rows[city.disdik]
    assert (disdik.pegawai, disdik.skp_disetujui, disdik.evaluasi_selesai) == (5, 3, 2)
    assert dict(disdik.predikat)[Predikat.BAIK] == 1
    assert dict(disdik.predikat)[Predikat.SANGAT_KURANG] == 1  # kabid B/B
    assert rows[city.dinkes].pegawai == 2 and rows[city.dinkes].evaluasi_selesai == 0
    # every OPD number is a count over its employees' rows
    for o in r.opd:
        mine = [p for p in r.pegawai if p.opd_id == o.unit_id]
        assert o.pegawai == len(mine)
        assert o.skp_disetujui == sum(p.status_skp == "DISETUJUI" for p in mine)
        assert o.evaluasi_selesai == sum(p.evaluasi_selesai for p in mine)
    assert sum(o.pegawai for o in r.opd) == len(r.pegawai) == 7
    # and agree with the lists' status conditions (Beranda's counts)
    with ws.db.Session() as s:
        for o in r.opd:
            units = pemantauan._owner(s, list(pemantauan.opd_units(s, None)))
            mine_units = [u for u, top in units.items() if top == o.unit_id]
            evals = sk.hitung(s, mine_units, sk.JenisKerja.EVALUASI, TAHUN,
                              periode_by_kode(f"{TAHUN}-TW3"), today=TODAY)
            skps = sk.hitung(s, mine_units, sk.JenisKerja.SKP, TAHUN, today=TODAY)
            assert evals[sk.StatusKerja.DISETUJUI] == o.evaluasi_selesai
            assert skps[sk.StatusKerja.DISETUJUI] == o.skp_disetujui


def test_lists_history_and_follow_up(ws: Workspace, city: Org) -> None:
    with ws.db.Session() as s:
        r = pemantauan.rekap(s, None, TAHUN, periode_by_kode(f"{TAHUN}-TW3"), today=TODAY)
    # no approved SKP: none at all (pppk) or still a draft (staf2)
    assert {p.pegawai_id for p in r.tanpa_skp(city.disdik)} == {city.pppk, city.staf2}
    assert {p.pegawai_id for p in r.tanpa_evaluasi(city.disdik)} == {city.staf1}
    assert r.riwayat[city.kadis] == {TAHUN - 1: Predikat.SANGAT_BAIK,
                                     TAHUN: Predikat.SANGAT_BAIK}
    assert [p.pegawai_id for p in r.tindak_lanjut_sangat_baik] == [city.kadis]
    assert [p.pegawai_id for p in r.tindak_lanjut_pembinaan] == [city.kabid]
    # the Pegawai page's detail shows the same history
    from asn_desktop.services import pegawai

    with ws.db.Session() as s:
        assert pegawai.detail(s, city.kadis).predikat_tahunan == {
            TAHUN - 1: "Sangat Baik", TAHUN: "Sangat Baik"}
        assert pegawai.detail(s, city.perawat).predikat_tahunan == {}
    kabid = next(p for p in r.pegawai if p.pegawai_id == city.kabid)
    assert kabid.predikat_tahunan is Predikat.BUTUH_PERBAIKAN
    assert set(kabid.per_periode) == {f"{TAHUN}-TW3", f"{TAHUN}-TW4"}


def test_scope_of_a_unit_installation(ws: Workspace, city: Org) -> None:
    from asn_desktop.services import orgs

    with ws.db.Session() as s:
        scope = orgs.subtree_ids(s, city.disdik)
        r = pemantauan.rekap(s, scope, TAHUN, today=TODAY)
    assert [o.unit_id for o in r.opd] == [city.disdik, city.bidang]
    assert {p.opd_id for p in r.pegawai} == {city.disdik, city.bidang}
    assert all(p.pegawai_id not in (city.kadinkes, city.perawat) for p in r.pegawai)


def test_recap_files_say_what_the_json_says(ws: Workspace, city: Org, tmp_path: Path) -> None:
    with ws.db.Session() as s:
        r = pemantauan.rekap(s, None, TAHUN, periode_by_kode(f"{TAHUN}-TW3"), today=TODAY)
    data = json.loads(json.dumps(r.to_json()))
    xlsx = rekap_berkas.tulis(r, tmp_path / "rekap.xlsx")
    wb = load_workbook(xlsx)
    assert wb.sheetnames[:2] == ["Per OPD", "Per pegawai"]
    opd = wb["Per OPD"]
    assert opd.freeze_panes == "A2"
    by_kode = {row[0]: row for row in opd.iter_rows(min_row=2, values_only=True)}
    for o in data["opd"]:
        row = by_kode[o["kode"]]
        assert (row[2], row[3], row[5]) == (o["pegawai"], o["skp_disetujui"],
                                            o["evaluasi_selesai"])
    assert wb["Per pegawai"].max_row - 1 == len(data["pegawai"])
    assert {c.value for c in wb["Tanpa SKP"]["B"][1:]} == {
        p["nip"] for p in data["pegawai"] if p["status_skp"] != "DISETUJUI"}
    assert wb.properties.title == rekap_berkas.judul(r) and "Keterangan" in wb.sheetnames
    pdf = rekap_berkas.tulis(r, tmp_path / "rekap.pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 2000
    with pytest.raises(ValidationError):
        rekap_berkas.tulis(r, tmp_path / "rekap.csv")
    assert not (tmp_path / "rekap.csv").exists()


def test_pdf_recap_of_a_large_city(tmp_path: Path) -> None:
    """Sixty OPD: the per-OPD chart is split over pages instead of failing to fit."""
    from datetime import datetime

    from asn_desktop.domain.predikat import PREDIKAT_CURVE_ORDER

    opd = tuple(pemantauan.BarisOpd(
        f"u{i}", f"3673.O{i:02d}", f"OPD Contoh {i:02d}", "OPD", 30, 28, 25,
        tuple((p, 5) for p in PREDIKAT_CURVE_ORDER), None, (), None, None, 0)
        for i in range(60))
    r = pemantauan.Rekap(TAHUN, None, datetime(TAHUN, 8, 15, 9, 0), opd, (), {}, (), (),
                         (("TRIWULAN I", 10, 20),))
    pdf = rekap_berkas.tulis(r, tmp_path / "besar.pdf")
    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Predikat per OPD (periode terpilih) (3/3)" in text


def _same(ws: Workspace, scope: object, periode: object, jenis: str | None = None) -> None:
    """The page's figures counted by the database are the recap's counts over its rows."""
    from asn_desktop.services import pemantauan_ringkas as ringkas

    with ws.db.Session() as s:
        full = pemantauan.rekap(s, scope, TAHUN, periode, jenis=jenis,  # type: ignore[arg-type]
                                today=TODAY)
        page = ringkas.ringkasan(s, scope, TAHUN, periode, jenis=jenis,  # type: ignore[arg-type]
                                 today=TODAY)
        follow = ringkas.tindak_lanjut(s, scope, page, jenis=jenis,  # type: ignore[arg-type]
                                       today=TODAY)
        per_opd = {o.unit_id: ringkas.pegawai_opd(s, scope, TAHUN, o.unit_id,  # type: ignore[arg-type]
                                                  periode, jenis=jenis, today=TODAY)  # type: ignore[arg-type]
                   for o in page.opd}
    assert page.opd == full.opd and page.penyelesaian == full.penyelesaian
    assert page.pegawai == len(full.pegawai)
    assert page.sebaran_kota == full.sebaran_kota
    assert follow == (full.tindak_lanjut_sangat_baik, full.tindak_lanjut_pembinaan)
    for unit_id, (rows, riwayat) in per_opd.items():
        assert rows == tuple(p for p in full.pegawai if p.opd_id == unit_id)
        assert riwayat == {p.pegawai_id: full.riwayat[p.pegawai_id] for p in rows
                           if p.pegawai_id in full.riwayat}


@pytest.mark.parametrize("kode", [None, "TW3", "TW4", "TW1"])
def test_the_pages_figures_are_the_recaps(ws: Workspace, city: Org, kode: str | None) -> None:
    from asn_desktop.services import orgs

    periode = periode_by_kode(f"{TAHUN}-{kode}") if kode else None
    _same(ws, None, periode)
    _same(ws, None, periode, "OPD")
    with ws.db.Session() as s:
        scope = orgs.subtree_ids(s, city.disdik)
    _same(ws, scope, periode)


def test_two_copies_of_a_document_count_once(ws: Workspace, city: Org) -> None:
    """Made twice before a merge: the furthest copy counts, of two as far the first made;
    the page and the recap choose the same one."""
    from asn_desktop.db.models import Evaluasi, Skp

    with ws.session() as s:
        twin = Skp(pegawai_id=city.kabid, tahun=TAHUN, status="DISETUJUI")
        s.add(twin)
        s.flush()
        s.add(Evaluasi(skp_id=twin.id, pegawai_id=city.kabid, periode_kode=f"{TAHUN}-TW3",
                       status="DISETUJUI", predikat=Predikat.BAIK.value))
        kadis = s.scalars(select_skp(city.kadis)).one()
        s.add(Evaluasi(skp_id=kadis, pegawai_id=city.kadis, periode_kode=f"{TAHUN}-TW4",
                       status="DISETUJUI", predikat=Predikat.BUTUH_PERBAIKAN.value))
    periode = periode_by_kode(f"{TAHUN}-TW3")
    _same(ws, None, periode)
    _same(ws, None, periode_by_kode(f"{TAHUN}-TW4"))
    with ws.db.Session() as s:
        r = pemantauan.rekap(s, None, TAHUN, periode, today=TODAY)
    disdik = next(o for o in r.opd if o.unit_id == city.disdik)
    assert (disdik.pegawai, disdik.skp_disetujui, disdik.evaluasi_selesai) == (5, 3, 2)


def select_skp(pegawai_id: str) -> object:
    from sqlalchemy import select

    from asn_desktop.db.models import Skp

    return select(Skp.id).where(Skp.pegawai_id == pegawai_id, Skp.tahun == TAHUN,
                                Skp.deleted.is_(False))
