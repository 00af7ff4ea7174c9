"""CLI: a unit's public service from the command line, as a script would drive it; bad input
gets one line on stderr and exit 1 (2 for usage), and changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.cli_run import run

from asn_desktop.services.workspace import Workspace

from .conftest import Org


def _cli(capsys: pytest.CaptureFixture[str], ws: Workspace, *argv: str) -> tuple[int, str, str]:
    return run(capsys, "--data-dir", str(ws.paths.data_dir), *argv)


def test_a_month_of_service_by_command(ws: Workspace, org: Org, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    u = ("--unit", "3673.DISDIK")
    for argv in (
            ("layanan", "tambah", *u, "--kode", "KTP", "--nama", "KTP-el", "--standar", "1"),
            ("layanan", "tambah", *u, "--kode", "LEG", "--nama", "Legalisir", "--standar", "2",
             "--satuan", "jam"),
            ("layanan", "catat", *u, "--layanan", "ktp", "--tanggal", "2026-11-02", "--masuk",
             "10", "--selesai", "8", "--tepat", "7", "--backlog", "2", "--alasan",
             "blangko habis"),
            ("pengaduan", "tambah", *u, "--kanal", "lapor", "--uraian", "Antrean lama",
             "--layanan", "KTP", "--tanggal", "2026-11-02", "--pelapor", "Siti Aminah",
             "--nomor", "LAPOR-123"),
            ("pengaduan", "langkah", "LAPOR-123", "verifikasi", "--tanggal", "2026-11-03"),
            ("ikm", "catat", *u, "--periode", "2026-BL11", "--responden", "90", "--nilai",
             "3,3,3,3,3,3,3,3,3.9")):
        code, out, err = _cli(capsys, ws, *argv)
        assert code == 0, (argv, err)
    csv = tmp_path / "reg.csv"
    csv.write_text("Tanggal;Kode layanan;Masuk;Selesai\n2026-11-03;KTP;12;12\n"
                   "2026-11-03;LEG;4;4\n", encoding="utf-8")
    code, out, err = _cli(capsys, ws, "layanan", "impor", *u, str(csv))
    assert code == 0 and "2 baris" in out and "Cadangan" in out, err
    code, out, _ = _cli(capsys, ws, "layanan", "katalog", *u)
    assert "2 jam" in out and "KTP-el" in out
    code, out, _ = _cli(capsys, ws, "layanan", "laporan", *u, "--bulan", "2026-11", "--json")
    data = json.loads(out)
    assert (data["masuk"], data["selesai"], data["tepat_waktu"]) == (26, 24, 23)
    assert data["pengaduan_masuk"] == 1 and data["terlambat"] == ["LAPOR-123"]
    assert data["ikm"]["nilai"] == 77.5
    code, out, _ = _cli(capsys, ws, "pengaduan", "list", "--terlambat", "--json")
    (row,) = json.loads(out)
    assert (row["nomor"], row["status"], row["pelapor"]) == ("LAPOR-123", "DIVERIFIKASI",
                                                            "S**i A****h")
    code, out, _ = _cli(capsys, ws, "pengaduan", "riwayat", "LAPOR-123")
    assert "Diterima" in out and "Diverifikasi" in out


@pytest.mark.parametrize(("argv", "code", "words"), [
    (("layanan", "catat", "--unit", "3673.DISDIK", "--layanan", "KTP", "--masuk", "1",
      "--selesai", "1"), 1, "tidak ada di katalog"),
    (("pengaduan", "langkah", "TIDAK-ADA", "verifikasi"), 1, "tidak ditemukan"),
    (("pengaduan", "tambah", "--unit", "3673.DISDIK", "--kanal", "merpati", "--uraian", "x"),
     2, "pilihan tidak sah"),
    (("layanan", "laporan", "--unit", "3673.DISDIK", "--bulan", "2026-13", "--json"), 1,
     "tidak sah"),
    (("ikm", "catat", "--unit", "3673.DISDIK", "--periode", "2026-TW1", "--responden", "5",
      "--nilai", "3,3,3"), 1, "sembilan unsur"),
    (("layanan", "katalog"), 1, "--unit"),
])
def test_errors_are_one_line(ws: Workspace, org: Org, capsys: pytest.CaptureFixture[str],
                             argv: tuple[str, ...], code: int, words: str) -> None:
    got, _out, err = _cli(capsys, ws, *argv)
    assert got == code
    assert words in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
