"""`asn-desktop print` and `asn-desktop verify` as a user runs them."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from tests.cli_run import run
from tests.reports.conftest import TAHUN, approved_evaluasi

from asn_desktop.domain.predikat import PREDIKAT_PRINTED
from asn_desktop.services import evaluasi as eval_svc
from asn_desktop.services.workspace import open_workspace


@pytest.fixture
def data_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    d = str(tmp_path / "d")
    assert run(capsys, "--data-dir", d, "init", "--role", "central", "--name", "BKPSDM")[0] == 0
    from asn_desktop import paths as paths_mod
    from asn_desktop.services.demo import fill_demo

    with open_workspace(paths_mod.resolve(d)) as ws:
        fill_demo(ws, employees=30, seed=5, tahun=TAHUN, today=date(2026, 11, 28))
    return d


def test_print_verify_edit(data_dir: str, tmp_path: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    from asn_desktop import paths as paths_mod

    with open_workspace(paths_mod.resolve(data_dir)) as ws:
        p, e = approved_evaluasi(ws)
    out = tmp_path / "x.pdf"
    code, stdout, err = run(capsys, "--data-dir", data_dir, "print", "evaluasi", "--nip", p.nip,
                            "--tahun", str(TAHUN), "--periode", e.periode_kode,
                            "--out", str(out))
    assert code == 0, err
    assert "kode verifikasi" in stdout
    text = "\n".join(pg.extract_text() or "" for pg in PdfReader(str(out)).pages)
    assert "EVALUASI KINERJA PEGAWAI" in text and p.nip in text
    assert "Pejabat Penilai Kinerja" in text
    assert any(x in text for x in PREDIKAT_PRINTED.values())

    code, stdout, _ = run(capsys, "--data-dir", data_dir, "verify", str(out))
    first, *rest = stdout.strip().splitlines()
    assert code == 0 and first.startswith("SAH:")
    # then the file's PDF signature, and what the registry holds, to compare with the paper
    shown = "\n".join(rest)
    assert rest[0].strip().startswith("TANDA TANGAN PDF SAH:")
    assert "Tercatat di register" in rest[1] and p.nip in shown and p.nama in shown
    for label in ("Periode", "Rating hasil kerja", "Rating perilaku kerja", "Predikat",
                  "Status", "Dicetak", "Instalasi pencetak"):
        assert f"    {label} " in shown, label
    assert "DISETUJUI (lembar resmi)" in shown and "BKPSDM" in shown
    kode = re.search(r"kode ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})", stdout)
    assert kode is not None
    assert run(capsys, "--data-dir", data_dir, "verify", kode[1])[0] == 0

    with open_workspace(paths_mod.resolve(data_dir)) as ws, ws.session() as s:
        eval_svc.buka_kembali(s, e.id, "perbaikan")
        eval_svc.set_rating_perilaku_kerja(s, e.id, "DI_BAWAH_EKSPEKTASI")
    code, stdout, _ = run(capsys, "--data-dir", data_dir, "verify", str(out))
    assert code == 1 and stdout.startswith("KEDALUWARSA:")

    code, stdout, _ = run(capsys, "--data-dir", data_dir, "verify", "AAAA-BBBB-CCCC")
    assert code == 1 and stdout.startswith("TIDAK DIKENAL:")

    broken = tmp_path / "rusak.pdf"
    broken.write_bytes(b"bukan pdf")
    code, stdout, err = run(capsys, "--data-dir", data_dir, "verify", str(broken))
    assert code == 1 and not stdout and len(err.strip().splitlines()) == 1
    assert "bukan PDF yang dapat dibaca" in err


def test_print_errors_and_batch(data_dir: str, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--data-dir", data_dir, "print", "skp", "--nip",
                       "199001012020011001", "--out", str(tmp_path / "a.pdf"))
    assert code == 1 and "tidak ditemukan" in err and "Traceback" not in err
    code, _, err = run(capsys, "--data-dir", data_dir, "print", "skp", "--nip", "1",
                       "--periode", "TW1", "--out", str(tmp_path / "a.pdf"))
    assert code == 2
    code, _, err = run(capsys, "--data-dir", data_dir, "print", "evaluasi", "--unit", "3673",
                       "--tahun", str(TAHUN), "--periode", "XYZ", "--out", str(tmp_path / "f"))
    assert code == 1 and "Periode 'XYZ' tidak dikenal" in err
    folder = tmp_path / "batch"
    code, stdout, err = run(capsys, "--data-dir", data_dir, "print", "dokumen", "--unit", "3673",
                            "--tahun", str(TAHUN), "--out", str(folder))
    assert code == 0, err
    files = sorted(folder.glob("*.pdf"))
    assert files and f"{len(files)} lembar dicetak" in stdout
    assert "Mencetak" in err  # progress on stderr
    combined = tmp_path / "all.pdf"
    code, stdout, err = run(capsys, "--data-dir", data_dir, "print", "skp", "--unit", "3673",
                            "--tahun", str(TAHUN), "--combined", "--out", str(combined))
    assert code == 0 and combined.exists()
    code, stdout, _ = run(capsys, "--data-dir", data_dir, "verify", str(combined))
    verdicts = [line for line in stdout.strip().splitlines() if not line.startswith(" ")]
    assert verdicts and all(line.startswith(("SAH:", "KONSEP \u2014 bukan lembar resmi",
                                             "DIAJUKAN \u2014 bukan lembar resmi"))
                            for line in verdicts)
    # SKPs still in draft print as KONSEP, which is no official sheet: exit 1 then
    official = all(line.startswith("SAH:") for line in verdicts)
    assert code == (0 if official else 1)


def _printed(data_dir: str) -> int:
    import sqlite3

    con = sqlite3.connect(Path(data_dir) / "kinerja.sqlite")
    try:
        return int(con.execute("SELECT COUNT(*) FROM cetakan").fetchone()[0])
    finally:
        con.close()


def test_a_failed_batch_records_no_sheet(data_dir: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """A sheet enters the registry only with its file: a batch that cannot write leaves the
    registry (which syncs, and answers 'verify') as it was."""
    a_file = tmp_path / "ada.pdf"
    a_file.write_bytes(b"")
    a_folder = tmp_path / "folder.pdf"
    a_folder.mkdir()
    before = _printed(data_dir)
    code, _, err = run(capsys, "--data-dir", data_dir, "print", "skp", "--unit", "3673",
                       "--tahun", str(TAHUN), "--out", str(a_file))
    assert code == 1 and "bukan folder" in err and "Traceback" not in err
    code, _, err = run(capsys, "--data-dir", data_dir, "print", "skp", "--unit", "3673",
                       "--tahun", str(TAHUN), "--combined", "--out", str(a_folder))
    assert code == 1 and "adalah folder" in err
    assert _printed(data_dir) == before and not list(a_folder.iterdir())

    # a write that fails half-way through a batch: the files it made go, nothing recorded
    from asn_desktop.services import cetak

    real, calls = cetak._render, []

    def third_fails(*a: object, **k: object) -> str | None:
        calls.append(1)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real(*a, **k)  # type: ignore[arg-type]

    folder = tmp_path / "batch"
    cetak._render = third_fails  # type: ignore[assignment]
    try:
        code, _, err = run(capsys, "--data-dir", data_dir, "print", "skp", "--unit", "3673",
                           "--tahun", str(TAHUN), "--out", str(folder))
    finally:
        cetak._render = real  # type: ignore[assignment]
    assert code == 1 and "Disk penuh" in err and len(calls) == 3
    assert _printed(data_dir) == before and not list(folder.glob("*.pdf"))


def test_verify_says_why_a_file_cannot_be_read(data_dir: str, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "kosong.pdf"
    empty.write_bytes(b"")
    folder = tmp_path / "map.pdf"
    folder.mkdir()
    for path, why in ((empty, "berkasnya kosong"), (folder, "folder, bukan berkas"),
                      (tmp_path / "rusak.pdf", "rusak atau bukan PDF")):
        if not path.exists():
            path.write_bytes(b"%PDF-1.7\nbukan isi")
        code, stdout, err = run(capsys, "--data-dir", data_dir, "verify", str(path))
        assert code == 1 and not stdout and why in err, err
        assert len(err.strip().splitlines()) == 1


def test_an_installation_named_with_an_emoji_signs_its_sheets(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The PDF signer refuses certificate names outside the LDAP string rules (an emoji,
    mixed right-to-left text): the certificate carries the name without them."""
    from asn_desktop import paths as paths_mod
    from asn_desktop.services.demo import fill_demo

    d = str(tmp_path / "e")
    assert run(capsys, "--data-dir", d, "init", "--role", "central", "--name",
               "Dinas \U0001f600 \u0645\u0631\u062d\u0628\u0627")[0] == 0
    with open_workspace(paths_mod.resolve(d)) as ws:
        fill_demo(ws, employees=5, seed=5, tahun=TAHUN, today=date(2026, 11, 28))
        p, _e = approved_evaluasi(ws)
    out = tmp_path / "s.pdf"
    code, _, err = run(capsys, "--data-dir", d, "print", "skp", "--nip", p.nip,
                       "--tahun", str(TAHUN), "--out", str(out))
    assert code == 0 and "Traceback" not in err and "tidak bertanda tangan" not in err, err
    code, stdout, _ = run(capsys, "--data-dir", d, "verify", str(out))
    assert code == 0 and "TANDA TANGAN PDF SAH: ditandatangani oleh Dinas" in stdout


def test_an_empty_nip_or_unit_is_a_usage_error(data_dir: str, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    for option in ("--nip", "--unit"):
        code, _, err = run(capsys, "--data-dir", data_dir, "print", "skp", option, " ",
                           "--out", str(tmp_path / "x.pdf"))
        assert code == 2 and f"{option} tidak boleh kosong" in err
