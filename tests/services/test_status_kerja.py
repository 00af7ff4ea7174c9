"""Where each employee's work stands: the lists' filter, their status column and Beranda's
counts are one answer."""

from __future__ import annotations

from datetime import date

from asn_desktop.db.models import OrgUnit, Pegawai, Skp
from asn_desktop.domain.periods import Frekuensi, periode_by_kode, periode_tahun
from asn_desktop.domain.ratings import Rating
from asn_desktop.services import beranda, evaluasi, skp
from asn_desktop.services import pegawai as pegawai_svc
from asn_desktop.services import status_kerja as sk
from asn_desktop.services.status_kerja import BELUM_SELESAI, FilterKerja, JenisKerja, StatusKerja
from asn_desktop.services.workspace import Workspace

from .conftest import TAHUN, Org, approved_skp, fill_skp

S = Rating.SESUAI_EKSPEKTASI
TODAY = date(TAHUN, 8, 15)  # TRIWULAN III


def _setup(ws: Workspace, org: Org) -> dict[str, str]:
    """kadis, kabid: approved SKP; staf1 TW3 evaluation approved; staf2 TW3 draft; pppk SKP
    submitted; perawat SKP draft; kadinkes nothing. Dinkes evaluates monthly."""
    with ws.session() as s:
        k = approved_skp(s, org.kadis, jpt=True)
        kb = approved_skp(s, org.kabid)
        s1 = approved_skp(s, org.staf1)
        s2 = approved_skp(s, org.staf2)
        e1 = evaluasi.open_evaluasi(s, s1, f"{TAHUN}-TW3")
        evaluasi.set_ratings(s, e1, S, S)
        evaluasi.ajukan(s, e1)
        evaluasi.setujui(s, e1)
        evaluasi.open_evaluasi(s, s2, f"{TAHUN}-TW3")
        evaluasi.open_evaluasi(s, s2, f"{TAHUN}-TW2")  # another period: not this question
        p = skp.create_skp(s, org.pppk, TAHUN)
        fill_skp(s, p)
        skp.ajukan(s, p)
        skp.create_skp(s, org.perawat, TAHUN)
        s.get_one(OrgUnit, org.dinkes).frekuensi_evaluasi = Frekuensi.BULANAN.value
    return {"kadis": k, "kabid": kb}


def _ids(ws: Workspace, f: FilterKerja) -> set[str]:
    with ws.db.Session() as s:
        rows = pegawai_svc.list_pegawai(s, pegawai_svc.PegawaiFilter(kerja=f))
        assert pegawai_svc.count_pegawai(s, pegawai_svc.PegawaiFilter(kerja=f)) == len(rows)
        return {r.id for r in rows}


def test_skp_status_filter_column_and_counts_agree(ws: Workspace, org: Org) -> None:
    _setup(ws, org)
    expected = {
        StatusKerja.BELUM: {org.kadinkes},
        StatusKerja.DRAFT: {org.perawat},
        StatusKerja.DIAJUKAN: {org.pppk},
        StatusKerja.DISETUJUI: {org.kadis, org.kabid, org.staf1, org.staf2},
    }
    for st, ids in expected.items():
        assert _ids(ws, FilterKerja(JenisKerja.SKP, TAHUN, st.value)) == ids, st
    assert _ids(ws, FilterKerja(JenisKerja.SKP, TAHUN, BELUM_SELESAI)) == {
        org.kadinkes, org.perawat, org.pppk}
    with ws.db.Session() as s:
        people = [(p.id, p.unit_id) for p in s.query(Pegawai)]
        column = sk.status_pegawai(s, JenisKerja.SKP, TAHUN, people)
        counts = sk.hitung(s, None, JenisKerja.SKP, TAHUN, today=TODAY)
    assert {pid: v.status for pid, v in column.items()} == {
        pid: st for st, ids in expected.items() for pid in ids}
    assert {st: counts[st] for st in expected} == {st: len(ids) for st, ids in expected.items()}
    with ws.session() as s:
        b = beranda.todo(s, ws.info, None, TAHUN, TODAY)
    assert (b.tanpa_skp, b.skp_draft, b.skp_diajukan, b.skp_disetujui) == (1, 1, 1, 4)


def test_evaluation_status_follows_each_units_period(ws: Workspace, org: Org) -> None:
    _setup(ws, org)
    expected = {
        StatusKerja.TANPA_SKP: {org.pppk, org.perawat, org.kadinkes},
        StatusKerja.BELUM: {org.kadis, org.kabid},
        StatusKerja.DRAFT: {org.staf2},
        StatusKerja.DISETUJUI: {org.staf1},
        StatusKerja.DIAJUKAN: set(),
    }
    for st, ids in expected.items():
        f = FilterKerja(JenisKerja.EVALUASI, TAHUN, st.value)
        with ws.db.Session() as s:  # "now" is TODAY
            cond_ids = {pid for (pid,) in s.query(Pegawai.id).filter(sk.kondisi(s, f, TODAY))}
        assert cond_ids == ids, st
    with ws.db.Session() as s:
        people = [(p.id, p.unit_id) for p in s.query(Pegawai)]
        column = sk.status_pegawai(s, JenisKerja.EVALUASI, TAHUN, people, today=TODAY)
    assert {pid: v.status for pid, v in column.items()} == {
        pid: st for st, ids in expected.items() for pid in ids}
    # each employee's own period: the monthly unit asks about August
    assert column[org.staf1].periode.kode == f"{TAHUN}-TW3"
    assert column[org.kadinkes].periode.kode == f"{TAHUN}-BL08"
    with ws.session() as s:
        b = beranda.todo(s, ws.info, None, TAHUN, TODAY)
        due = {d.pegawai_id for d in b.evaluasi_due_daftar}
    assert b.evaluasi_due == 3 == len(due) and due == {org.kadis, org.kabid, org.staf2}


def test_asking_about_a_chosen_period(ws: Workspace, org: Org) -> None:
    _setup(ws, org)
    tw2 = periode_by_kode(f"{TAHUN}-TW2")
    akhir = periode_tahun(TAHUN, Frekuensi.TRIWULANAN)[-1]
    with ws.db.Session() as s:
        people = [(p.id, p.unit_id) for p in s.query(Pegawai)]
        on_tw2 = sk.status_pegawai(s, JenisKerja.EVALUASI, TAHUN, people, tw2)
        on_akhir = sk.status_pegawai(s, JenisKerja.EVALUASI, TAHUN, people, akhir)
        per_unit = sk.periode_per_unit(s, TAHUN, akhir)
    assert on_tw2[org.staf2].status is StatusKerja.DRAFT  # its TW2 draft
    assert on_tw2[org.staf1].status is StatusKerja.BELUM
    assert on_tw2[org.staf1].periode.kode == f"{TAHUN}-TW2"
    # the AKHIR question: each frequency's own final evaluation
    assert per_unit[org.dinkes].kode == f"{TAHUN}-BL-AKHIR"
    assert per_unit[org.bidang].kode == f"{TAHUN}-TW4"
    assert on_akhir[org.kabid].periode.kode == f"{TAHUN}-TW4"


def test_two_copies_count_once_by_the_furthest(ws: Workspace, org: Org) -> None:
    """At the central two SKP of one employee and year can exist until a merge is resolved."""
    with ws.session() as s:
        first = skp.create_skp(s, org.perawat, TAHUN)
        second = skp.create_skp(s, org.kadinkes, TAHUN)
        s.get_one(Skp, second).pegawai_id = org.perawat  # the double a merge brought
        s.get_one(Skp, first).status = "DIAJUKAN"
        s.flush()
    assert org.perawat in _ids(ws, FilterKerja(JenisKerja.SKP, TAHUN, "DIAJUKAN"))
    assert org.perawat not in _ids(ws, FilterKerja(JenisKerja.SKP, TAHUN, "DRAFT"))
    with ws.db.Session() as s:
        counts = sk.hitung(s, None, JenisKerja.SKP, TAHUN)
        column = sk.status_pegawai(s, JenisKerja.SKP, TAHUN, [(org.perawat, org.dinkes)])
    assert sum(counts.values()) == 7
    assert column[org.perawat].status is StatusKerja.DIAJUKAN
