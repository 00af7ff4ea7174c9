"""Roster import: all or nothing, row numbers as in Excel, update by NIP, authority, report."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from asn_desktop import paths
from asn_desktop.db.models import ChangeLog, Pegawai
from asn_desktop.domain.nip import make_ni_pppk, make_nip_pns
from asn_desktop.errors import PermissionError_
from asn_desktop.services import pegawai, roster_impor, roster_periksa
from asn_desktop.services.roster_baca import baca_berkas
from asn_desktop.services.roster_laporan import KOLOM_KESALAHAN, tulis_laporan
from asn_desktop.services.roster_template import tulis_template
from asn_desktop.services.workspace import Workspace, init_workspace

from .conftest import Org, unit_session

HEAD = ["NO", "NIP BARU", "NAMA", "STATUS", "GOL AKHIR", "JABATAN", "JENIS JABATAN", "UNOR",
        "NIP ATASAN", "TGL LAHIR"]


def _nips(n: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    out: set[str] = set()
    while len(out) < n:
        lahir = date(rng.randint(1965, 1995), rng.randint(1, 12), rng.randint(1, 28))
        out.add(make_nip_pns(lahir, lahir.year + 25, rng.randint(1, 12), rng.choice("LP"),
                             rng.randint(1, 999)))
    return sorted(out)


def _rows(n: int) -> list[list[object]]:
    nips = _nips(n)
    rows: list[list[object]] = []
    for i, nip in enumerate(nips):
        unit = "3673.DISDIK" if i % 2 else "Bidang GTK"
        # each block of ten answers to its sixth row (which comes later for five of them)
        lead = min(i // 10 * 10 + 5, n - 1)
        atasan = nips[lead] if lead != i else None
        rows.append([i + 1, nip, f"Pegawai {i}, S.Pd.", "PNS", "III/a", "Guru Ahli Pertama",
                     "Fungsional", unit, atasan, f"{nip[6:8]}-{nip[4:6]}-{nip[:4]}"])
    return rows


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["DAFTAR PEGAWAI"])
    ws.append(HEAD)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _state(ws: Workspace) -> tuple[int, int]:
    with ws.db.Session() as s:
        return (int(s.scalar(select(func.count()).select_from(Pegawai)) or 0),
                int(s.scalar(select(func.count()).select_from(ChangeLog)) or 0))


def test_bad_rows_refused_with_their_row_numbers_then_corrected_file_accepted(
        ws: Workspace, org: Org, tmp_path: Path) -> None:
    rows = _rows(1000)
    bad_idx = sorted(random.Random(5).sample(range(0, 1000, 10), 20))  # nobody's atasan
    breakers = [
        lambda r: r.__setitem__(1, r[1][:-1]),  # 17 digits
        lambda r: r.__setitem__(2, ""),  # no name
        lambda r: r.__setitem__(4, "IX"),  # PPPK golongan for a PNS
        lambda r: r.__setitem__(7, "Dinas Tidak Ada"),  # unknown unit
        lambda r: r.__setitem__(9, "kemarin sore"),  # date not understood
        lambda r: r.__setitem__(1, float(r[1])),  # NIP stored as a number
        lambda r: r.__setitem__(6, "Struktural"),
        lambda r: r.__setitem__(8, "198001012005011999"),  # atasan nowhere
    ]
    broken = [list(r) for r in rows]
    for n, i in enumerate(bad_idx):
        breakers[n % len(breakers)](broken[i])
    sebelum = _state(ws)
    hasil = roster_impor.impor(ws, _xlsx(tmp_path / "salah.xlsx", broken))
    assert not hasil.diimpor
    assert hasil.pratinjau.baris_salah() == [i + 3 for i in bad_idx]  # header on sheet row 2
    assert _state(ws) == sebelum
    assert not list(ws.paths.backups.glob("*sebelum-impor-pegawai*"))
    assert [u.nama for u in hasil.pratinjau.unit_baru] == ["Dinas Tidak Ada"]

    lap = tulis_laporan(hasil.pratinjau, tmp_path / "laporan.xlsx")
    sheet = load_workbook(lap).worksheets[0]
    judul = [c.value for c in sheet[1]]
    assert KOLOM_KESALAHAN in judul
    kol = judul.index(KOLOM_KESALAHAN)
    salah = [r[kol] for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert [i for i, v in enumerate(salah) if v] == bad_idx

    hasil = roster_impor.impor(ws, _xlsx(tmp_path / "benar.xlsx", rows))
    assert hasil.diimpor and hasil.ok and hasil.baru == 1000
    assert list(ws.paths.backups.glob("*sebelum-impor-pegawai*"))
    with ws.db.Session() as s:
        p = pegawai.pegawai_by_nip(s, str(rows[1][1]))
        assert (p.nama, p.gelar_belakang, p.jenis_jabatan) == (
            "Pegawai 1", "S.Pd.", "FUNGSIONAL_KEAHLIAN")
        assert p.atasan_id == pegawai.pegawai_by_nip(s, str(rows[5][1])).id


def test_reimport_updates_by_nip_and_lists_missing(ws: Workspace, org: Org,
                                                    tmp_path: Path) -> None:
    rows = _rows(30)
    assert roster_impor.impor(ws, _xlsx(tmp_path / "a.xlsx", rows)).baru == 30
    rows[3][5] = "Guru Ahli Muda"
    rows[3][4] = "III/c"
    gone = rows.pop(7)
    extra = make_ni_pppk(date(1992, 3, 4), 2023, "21", "P", 5)
    rows.append([99, extra, "Rina Baru", "", "IX", "Perawat Terampil", "", "Bidang GTK", None,
                 None])
    pr_dry = roster_impor.impor(ws, _xlsx(tmp_path / "b.xlsx", rows), dry_run=True)
    assert pr_dry.dry_run and not pr_dry.diimpor
    hasil = roster_impor.impor(ws, tmp_path / "b.xlsx")
    assert (hasil.baru, hasil.berubah, hasil.tetap) == (1, 1, 28)
    changed = next(b for b in hasil.pratinjau.baris if b.hasil == roster_periksa.BERUBAH)
    assert set(changed.berubah) == {"golongan", "jabatan"}
    missing = {p.nip for p in hasil.pratinjau.tidak_ada}
    assert gone[1] in missing  # org's Bidang GTK / Disdik staff are missing too: listed only
    with ws.db.Session() as s:
        assert s.scalar(select(func.count()).select_from(Pegawai)
                        .where(Pegawai.nip == rows[3][1])) == 1
        assert pegawai.pegawai_by_nip(s, str(rows[3][1])).golongan == "III/c"
        assert pegawai.pegawai_by_nip(s, gone[1]).aktif  # never removed
        baru = pegawai.pegawai_by_nip(s, extra)
        assert (baru.status, baru.golongan, baru.jenis_jabatan) == (
            "PPPK", "IX", "FUNGSIONAL_KETERAMPILAN")


def test_duplicate_and_cycle_rows(ws: Workspace, org: Org, tmp_path: Path) -> None:
    a, b, c = _nips(3, seed=9)
    rows: list[list[object]] = [
        [1, a, "Satu", "PNS", "III/a", "Staf", "Pelaksana", "Bidang GTK", b, None],
        [2, b, "Dua", "PNS", "III/a", "Staf", "Pelaksana", "Bidang GTK", a, None],
        [3, a, "Satu Lagi", "PNS", "III/a", "Staf", "Pelaksana", "Bidang GTK", None, None],
        [4, c, "Tiga", "PNS", "III/a", "Staf", "Pelaksana", "bidang  gtk", None, None],
    ]
    hasil = roster_impor.impor(ws, _xlsx(tmp_path / "c.xlsx", rows))
    assert hasil.pratinjau.baris_salah() == [3, 4, 5]
    pesan = " ".join(m.pesan for m in hasil.pratinjau.kesalahan)
    assert "berputar" in pesan and "sudah ada di baris 3" in pesan


def test_unknown_units_created_under_parent(ws: Workspace, org: Org, tmp_path: Path) -> None:
    pytest.importorskip("asn_desktop.services.organisasi")
    rows = _rows(4)
    rows[0][7] = rows[2][7] = "SDN 5 Serang"
    rows[1][7] = "Puskesmas Kasemen"
    hasil = roster_impor.impor(ws, _xlsx(tmp_path / "u.xlsx", rows), buat_unit_di="3673")
    assert hasil.diimpor, hasil.pratinjau.kesalahan
    assert hasil.unit_dibuat == ("3673.SDN-5-SERANG", "3673.PUSKESMAS-KASEMEN")
    assert [u.jenis for u in hasil.pratinjau.unit_baru] == ["SEKOLAH", "PUSKESMAS"]


def test_unit_installation_refused(ws: Workspace, org: Org, tmp_path: Path) -> None:
    p = _xlsx(tmp_path / "a.xlsx", _rows(3))
    with ws.read_session() as s:
        pr = roster_periksa.periksa(s, baca_berkas(p))
    assert pr.ok
    sebelum = _state(ws)
    with pytest.raises(PermissionError_), unit_session(ws, org.dinkes) as s:
        roster_impor.terapkan(s, pr)
    assert _state(ws) == sebelum
    unit_ws = init_workspace(paths.resolve(tmp_path / "unit"), "unit", "Dinas Kesehatan")
    try:
        with pytest.raises(PermissionError_):
            roster_impor.impor(unit_ws, p)
    finally:
        unit_ws.close()


def test_template_is_read_back_by_the_importer(tmp_path: Path) -> None:
    p = tulis_template(tmp_path / "templat.xlsx")
    wb = load_workbook(p)
    sheet = wb["Pegawai"]
    assert sheet["A2"].number_format == "@"
    assert len(sheet.data_validations.dataValidation) >= 4
    assert wb["Petunjuk"].max_row == 13
    sheet.append(["198008172005031001", "Budi", None, None, "PNS", "III/a", "Staf",
                  "Pelaksana", "3673", None, None, "L"])
    wb.save(p)
    lembar = baca_berkas(p)
    assert lembar.baris_judul == 1 and len(lembar.baris) == 1
