"""CLI: 'pegawai berhenti', 'pegawai pulihkan', 'pegawai riwayat', 'pegawai --semua' and
'pegawai impor --berhentikan-hilang'."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select
from tests.cli_run import run
from tests.services.conftest import add_pegawai

from asn_desktop import paths as paths_mod
from asn_desktop.db.models import OrgUnit, Pegawai
from asn_desktop.services.workspace import init_workspace, open_workspace


def _central(tmp_path: Path) -> tuple[str, dict[str, str]]:
    """A central with Dinas X: its head and two staff answering to the head."""
    d = tmp_path / "pusat"
    ws = init_workspace(paths_mod.resolve(d), "central", "BKPSDM")
    with ws.session() as s:
        root = s.scalars(select(OrgUnit).where(OrgUnit.parent_id.is_(None))).one()
        unit = OrgUnit(kode="3673.X", nama="Dinas X", jenis="OPD", parent_id=root.id)
        s.add(unit)
        s.flush()
        kepala = add_pegawai(s, "Ahmad Kepala", unit.id, "JPT_PRATAMA", golongan="IV/b",
                             pimpinan_unit=True)
        staf1 = add_pegawai(s, "Budi Staf", unit.id, atasan_id=kepala)
        staf2 = add_pegawai(s, "Citra Staf", unit.id, atasan_id=kepala, jk="P")
        nip = {k: s.get_one(Pegawai, v).nip
               for k, v in (("kepala", kepala), ("staf1", staf1), ("staf2", staf2))}
    ws.close()
    return str(d), nip


def test_berhenti_riwayat_pulihkan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d, nip = _central(tmp_path)
    code, _, err = run(capsys, "--data-dir", d, "pegawai", "berhenti", "--nip", nip["kepala"],
                       "--alasan", "cuti", "--tanggal", "2026-06-30")
    assert code == 2 and "alasan tidak dikenal" in err and "pindah-instansi" in err
    code, _, err = run(capsys, "--data-dir", d, "pegawai", "berhenti", "--nip", nip["kepala"],
                       "--alasan", "pensiun", "--tanggal", "2026-06-31")
    assert code == 2 and "tanggal tidak sah" in err
    code, out, err = run(capsys, "--data-dir", d, "pegawai", "berhenti", "--nip",
                         nip["kepala"], "--alasan", "pensiun", "--tanggal", "2026-06-30",
                         "--catatan", "SK 800/1")
    assert code == 0, err
    assert "Ahmad Kepala" in out and "per 2026-06-30: Pensiun" in out
    assert "2 bawahan langsung" in out and "Budi Staf, Citra Staf" in out
    code, _, err = run(capsys, "--data-dir", d, "pegawai", "berhenti", "--nip", nip["kepala"],
                       "--alasan", "meninggal", "--tanggal", "2026-07-01")
    assert code == 1 and "sudah tercatat berhenti" in err and len(err.strip().splitlines()) == 1

    code, out, _ = run(capsys, "--data-dir", d, "pegawai")
    assert code == 0 and nip["kepala"] not in out and "STATUS" not in out
    code, out, _ = run(capsys, "--data-dir", d, "pegawai", "--semua")
    assert code == 0 and "STATUS" in out.splitlines()[0]
    baris = {ln.split()[0]: ln for ln in out.splitlines()[1:]}
    assert baris[nip["kepala"]].endswith("berhenti: Pensiun 2026-06-30")
    assert baris[nip["staf1"]].endswith("aktif")
    code, out, _ = run(capsys, "--data-dir", d, "pegawai", "--semua", "--json")
    rows = {r["nip"]: r for r in json.loads(out)}
    assert rows[nip["kepala"]]["aktif"] is False
    assert rows[nip["kepala"]]["alasan_berhenti"] == "PENSIUN"
    assert rows[nip["kepala"]]["tanggal_berhenti"] == "2026-06-30"

    code, out, _ = run(capsys, "--data-dir", d, "pegawai", "riwayat", "--nip", nip["kepala"])
    assert code == 0
    lines = out.splitlines()
    assert "berhenti per 2026-06-30 (Pensiun)" in lines[0]
    assert lines[1].split()[:2] == ["TMT", "PERISTIWA"]
    assert lines[2].startswith("2026-06-30  Berhenti") and "Pensiun; SK 800/1" in lines[2]
    assert "Penempatan awal" in lines[3]

    code, out, err = run(capsys, "--data-dir", d, "pegawai", "pulihkan", "--nip", nip["kepala"],
                         "--catatan", "SK dibatalkan")
    assert code == 0, err
    assert "dipulihkan" in out
    code, _, err = run(capsys, "--data-dir", d, "pegawai", "pulihkan", "--nip", nip["kepala"])
    assert code == 1 and "tidak ada yang dipulihkan" in err
    code, out, _ = run(capsys, "--data-dir", d, "pegawai", "riwayat", "--nip", nip["kepala"],
                       "--json")
    data = json.loads(out)
    assert data["aktif"] is True and data["alasan_berhenti"] is None
    assert [r["peristiwa"] for r in data["riwayat"]] == ["PULIH", "BERHENTI", "PENEMPATAN"]
    assert data["riwayat"][0]["catatan"].endswith("SK dibatalkan")
    code, _, err = run(capsys, "--data-dir", d, "pegawai", "riwayat", "--nip",
                       "199001012020011999")
    assert code == 1 and "tidak ditemukan" in err


def test_help_is_in_bahasa_indonesia(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "pegawai", "berhenti", "--help")
    assert code == 0 and "alasan berhenti" in out and "pindah-instansi" in out
    code, out, _ = run(capsys, "pegawai", "--help")
    assert code == 0 and "--semua" in out and "termasuk pegawai yang sudah berhenti" in out
    code, out, _ = run(capsys, "pegawai", "impor", "--help")
    assert code == 0 and "--berhentikan-hilang" in out and "--tanggal-berhenti" in out


def test_impor_berhentikan_hilang(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d, nip = _central(tmp_path)
    ws = open_workspace(paths_mod.resolve(d))
    with ws.db.Session() as s:
        p = s.scalars(select(Pegawai).where(Pegawai.nip == nip["staf1"])).one()
        baris = [p.nip, p.nama, p.status, p.golongan, p.jabatan, p.jenis_jabatan, "3673.X"]
    ws.close()
    wb = Workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.append(["NIP", "NAMA", "STATUS", "GOLONGAN", "JABATAN", "JENIS JABATAN", "UNIT"])
    sheet.append(baris)
    berkas = tmp_path / "roster.xlsx"
    wb.save(berkas)
    code, out, _ = run(capsys, "--data-dir", d, "pegawai", "impor", str(berkas))
    assert code == 0 and "calon berhenti" in out and "--berhentikan-hilang" in out
    code, _, err = run(capsys, "--data-dir", d, "pegawai", "impor", str(berkas),
                       "--berhentikan-hilang", "pensiun")
    assert code == 2 and "dipakai bersama" in err
    code, out, err = run(capsys, "--data-dir", d, "pegawai", "impor", str(berkas), "--dry-run",
                         "--berhentikan-hilang", "pindah-instansi", "--tanggal-berhenti",
                         "2026-06-30")
    assert code == 0, err
    assert "akan dicatat berhenti per 2026-06-30" in out and "Citra Staf" in out
    code, out, err = run(capsys, "--data-dir", d, "pegawai", "impor", str(berkas),
                         "--berhentikan-hilang", "pindah-instansi", "--tanggal-berhenti",
                         "2026-06-30")
    assert code == 0, err
    assert "Dicatat berhenti (tidak ada di berkas): 2 pegawai." in out
    assert "Dicatat berhenti per 2026-06-30" in out and "Cadangan" in out
    assert "Budi Staf" in out and "tanpa atasan langsung yang aktif" in out
    code, out, _ = run(capsys, "--data-dir", d, "pegawai", "--semua")
    status = {ln.split()[0]: ln for ln in out.splitlines()[1:]}
    assert status[nip["staf2"]].endswith("berhenti: Pindah instansi 2026-06-30")
    assert status[nip["staf1"]].endswith("aktif")
