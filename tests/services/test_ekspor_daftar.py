"""Excel lists of employees, SKPs and evaluations, read back with openpyxl."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from asn_desktop.db.models import ChangeLog, OrgUnit, Pegawai
from asn_desktop.errors import ValidationError
from asn_desktop.services import ekspor_daftar as svc
from asn_desktop.services import evaluasi, orgs
from asn_desktop.services import skp as skp_svc
from asn_desktop.services.roster_baca import baca_berkas
from asn_desktop.services.roster_periksa import TETAP, periksa
from asn_desktop.services.workspace import Workspace

from .conftest import TAHUN, Org, approved_skp


def _read(path: Path) -> tuple[str, list[Any], list[list[Any]]]:
    wb = load_workbook(path)
    sheet = wb.active
    assert sheet is not None and sheet.freeze_panes == "A2"
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    return sheet.title, rows[0], rows[1:]


def _day(v: Any) -> date | None:
    return v.date() if isinstance(v, datetime) else v


def _nip(ws: Workspace, pegawai_id: str) -> str:
    with ws.db.Session() as s:
        return s.get_one(Pegawai, pegawai_id).nip


def test_pegawai_export_reimports_unchanged(ws: Workspace, org: Org, tmp_path: Path) -> None:
    with ws.session() as s:
        s.get_one(Pegawai, org.staf2).aktif = False
    out = tmp_path / "pegawai.xlsx"
    with ws.db.Session() as s:
        hasil = svc.ekspor_pegawai(s, out)
    assert hasil.jumlah == 6 and hasil.path == out and "6 baris" in hasil.ringkasan
    title, header, rows = _read(out)
    assert title == "Pegawai" and tuple(header) == svc.KOLOM_PEGAWAI
    by_nama = {r[1]: dict(zip(header, r, strict=True)) for r in rows}
    assert "Dewi Lestari" not in by_nama  # no longer active
    kabid = by_nama["Siti Rahma"]
    assert kabid["NIP / NI PPPK"] == _nip(ws, org.kabid)
    assert (kabid["GELAR DEPAN"], kabid["GELAR BELAKANG"]) == (None, "S.Pd.")
    assert (kabid["STATUS"], kabid["GOLONGAN"], kabid["JENIS JABATAN"]) == (
        "PNS", "III/d", "Administrator")
    assert (kabid["UNIT KERJA"], kabid["NAMA UNIT KERJA"]) == ("3673.DISDIK.GTK", "Bidang GTK")
    assert kabid["NIP ATASAN"] == _nip(ws, org.kadis)
    assert kabid["NAMA ATASAN"] == "Drs. H. Ahmad Fauzi, M.Pd."
    assert (kabid["PIMPINAN UNIT"], kabid["JENIS KELAMIN"]) == ("Ya", "P")
    assert by_nama["Rudi Hartono"]["GOLONGAN"] == "IX"
    # by unit kode, the head first
    assert [r[1] for r in rows] == ["Hendra Wijaya", "Rina Marlina", "Ahmad Fauzi",
                                    "Siti Rahma", "Budi Santoso", "Rudi Hartono"]
    with ws.db.Session() as s:  # the roster import reads it back with nothing to change
        pr = periksa(s, baca_berkas(out))
    assert pr.ok and pr.jumlah(TETAP) == 6, pr.kesalahan


def test_pegawai_export_of_one_unit(ws: Workspace, org: Org, tmp_path: Path) -> None:
    with ws.db.Session() as s:
        gtk = frozenset(orgs.subtree_ids(s, org.bidang))
        hasil = svc.ekspor_pegawai(s, tmp_path / "gtk.xlsx", gtk)
        kosong = svc.ekspor_pegawai(s, tmp_path / "kosong.xlsx", frozenset())
    assert hasil.jumlah == 4 and kosong.jumlah == 0
    _, _, rows = _read(tmp_path / "gtk.xlsx")
    assert {r[8] for r in rows} == {"3673.DISDIK.GTK"}
    assert _read(tmp_path / "kosong.xlsx")[2] == []


def test_skp_export(ws: Workspace, org: Org, tmp_path: Path) -> None:
    with ws.session() as s:
        kadis = approved_skp(s, org.kadis, jpt=True)
        k = [r.id for r in skp_svc.get_skp(s, kadis).utama]
        approved_skp(s, org.kabid, rhk_atasan=k)
        approved_skp(s, org.staf1, n_rhk=3)
        skp_svc.create_skp(s, org.staf2, TAHUN, "KUALITATIF")
        approved_skp(s, org.perawat, tahun=TAHUN - 1)  # another year
        # placements change after approval: the signed SKP keeps its penilai, a konsep follows
        s.get_one(Pegawai, org.staf1).atasan_id = org.kadis
        s.get_one(Pegawai, org.staf2).atasan_id = org.kadis
    before = _changes(ws)
    out = tmp_path / "skp.xlsx"
    with ws.db.Session() as s:
        hasil = svc.ekspor_skp(s, TAHUN, out)
    assert hasil.jumlah == 4 and _changes(ws) == before
    title, header, rows = _read(out)
    assert title == f"SKP {TAHUN}" and tuple(header) == svc.KOLOM_SKP
    got = {r[1]: r[2:] for r in rows}
    assert [_day(v) if isinstance(v, datetime) else v for v in got["Budi Santoso"]] == [
        "Pengadministrasi Umum", "Bidang GTK", "Siti Rahma, S.Pd.", _nip(ws, org.kabid),
        "Kuantitatif", "Disetujui", 3, date(TAHUN, 1, 3)]
    assert got["Dewi Lestari"] == ["Pengolah Data", "Bidang GTK", "Drs. H. Ahmad Fauzi, M.Pd.",
                                   _nip(ws, org.kadis), "Kualitatif", "Konsep", 0, None]
    # the head of the OPD is judged by the kepala daerah (setting, without NIP)
    assert got["Drs. H. Ahmad Fauzi, M.Pd."][2:4] == ["H. Contoh Walikota", None]
    assert got["Siti Rahma, S.Pd."][6] == 2
    with ws.db.Session() as s:
        dinkes = svc.ekspor_skp(s, TAHUN, tmp_path / "dinkes.xlsx",
                                frozenset(orgs.subtree_ids(s, org.dinkes)))
        lalu = svc.ekspor_skp(s, TAHUN - 1, tmp_path / "lalu.xlsx")
    assert dinkes.jumlah == 0 and lalu.jumlah == 1


def _changes(ws: Workspace) -> int:
    with ws.db.Session() as s:
        return int(s.scalar(select(func.count()).select_from(ChangeLog)) or 0)


def test_evaluasi_export(ws: Workspace, org: Org, tmp_path: Path) -> None:
    tw1 = f"{TAHUN}-TW1"
    with ws.session() as s:
        s.get_one(OrgUnit, org.dinkes).frekuensi_evaluasi = "SEMESTERAN"
        staf1 = approved_skp(s, org.staf1)
        e = evaluasi.open_evaluasi(s, staf1, tw1)
        evaluasi.set_ratings(s, e, "DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI")
        evaluasi.set_tanggal(s, e, date(TAHUN, 4, 2))
        kabid = approved_skp(s, org.kabid)
        evaluasi.open_evaluasi(s, kabid, f"{TAHUN}-TW2")  # another period
        approved_skp(s, org.staf2)
        skp_svc.create_skp(s, org.pppk, TAHUN)
        approved_skp(s, org.perawat)  # evaluated by semester
        approved_skp(s, org.kadinkes, jpt=True)
        s.get_one(Pegawai, org.kadinkes).aktif = False
    out = tmp_path / "evaluasi.xlsx"
    with ws.db.Session() as s:
        hasil = svc.ekspor_evaluasi(s, tw1.lower(), out)
    assert hasil.jumlah == 4
    title, header, rows = _read(out)
    assert title == f"Evaluasi {tw1}" and tuple(header) == svc.KOLOM_EVALUASI
    got = {r[1]: [_day(v) for v in r[2:]] for r in rows}
    assert list(got) == ["Budi Santoso", "Dewi Lestari", "Rudi Hartono", "Siti Rahma, S.Pd."]
    assert got["Budi Santoso"] == ["Pengadministrasi Umum", "Bidang GTK", "Disetujui", "Konsep",
                                   "Di Atas Ekspektasi", "Sesuai Ekspektasi", "Baik",
                                   date(TAHUN, 4, 2)]
    assert got["Dewi Lestari"][2:] == ["Disetujui", svc.BELUM_DIBUAT, None, None, None, None]
    assert got["Rudi Hartono"][2:4] == ["Konsep", svc.BELUM_DIBUAT]
    assert got["Siti Rahma, S.Pd."][3] == svc.BELUM_DIBUAT
    with ws.db.Session() as s:
        sm1 = svc.ekspor_evaluasi(s, f"{TAHUN}-SM1", tmp_path / "sm1.xlsx")
        gtk = svc.ekspor_evaluasi(s, tw1, tmp_path / "gtk.xlsx",
                                  frozenset(orgs.subtree_ids(s, org.dinkes)))
    assert [r[1] for r in _read(tmp_path / "sm1.xlsx")[2]] == ["Rina Marlina"]
    assert sm1.jumlah == 1 and gtk.jumlah == 0


def test_refusals(ws: Workspace, org: Org, tmp_path: Path) -> None:
    with ws.db.Session() as s:
        with pytest.raises(ValidationError, match="tidak sah"):
            svc.ekspor_evaluasi(s, "2026-TW5", tmp_path / "x.xlsx")
        with pytest.raises(ValidationError, match=r"\.xlsx"):
            svc.ekspor_skp(s, TAHUN, tmp_path / "skp.csv")
    assert not (tmp_path / "x.xlsx").exists() and not (tmp_path / "skp.csv").exists()
