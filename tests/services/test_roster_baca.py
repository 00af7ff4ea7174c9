"""Roster reading, header recognition and cell readers: golden cases and every refusal."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from asn_desktop.domain.jabatan import JenisJabatan
from asn_desktop.domain.nip import StatusKepegawaian
from asn_desktop.errors import ValidationError
from asn_desktop.services import roster_baca
from asn_desktop.services.roster_baca import BerkasDitolak, baca_berkas
from asn_desktop.services.roster_kolom import (
    pemetaan_tersimpan,
    simpan_pemetaan,
    tebak_pemetaan,
)
from asn_desktop.services.roster_nilai import (
    baca_golongan,
    baca_jenis_jabatan,
    baca_jenis_kelamin,
    baca_nip,
    baca_tanggal,
    pisah_gelar,
    tebak_status,
)
from asn_desktop.services.workspace import Workspace

NIP = "198008172005031001"
HEAD = ["NIP BARU", "NAMA", "GOL AKHIR", "JABATAN", "UNOR"]


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_siasn_headers_recognised() -> None:
    heads = ["NO", "NIP BARU", "NIP LAMA", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "TGL LAHIR",
             "JENIS KELAMIN", "PANGKAT", "GOL AKHIR", "JABATAN", "Jenis Jabatan", "UNOR",
             "nip atasan", "Status Pegawai"]
    assert tebak_pemetaan(heads) == {
        "nip": 1, "nama": 3, "gelar_depan": 4, "gelar_belakang": 5, "tanggal_lahir": 6,
        "jenis_kelamin": 7, "golongan": 9, "jabatan": 10, "jenis_jabatan": 11, "unit": 12,
        "nip_atasan": 13, "status": 14}
    assert tebak_pemetaan(["Nip/Ni PPPK", "Nama Pegawai", "Gol. Ruang", "Unit Kerja"]) == {
        "nip": 0, "nama": 1, "golongan": 2, "unit": 3}


def test_mapping_remembered_per_headers(ws: Workspace) -> None:
    heads = ["Nomor", "Orang", "Pangkat", "Tugas", "Kantor"]
    assert pemetaan_tersimpan(ws, heads) is None
    mapping = {"nip": 0, "nama": 1, "golongan": 2, "jabatan": 3, "unit": 4}
    simpan_pemetaan(ws, heads, mapping)
    assert pemetaan_tersimpan(ws, heads) == mapping
    assert pemetaan_tersimpan(ws, [*heads, "Lain"]) is None
    with pytest.raises(ValidationError):
        simpan_pemetaan(ws, heads, {"nip": 0, "nama": 0})


@pytest.mark.parametrize(("teks", "hasil"), [
    ("Dr. H. Ahmad Fauzi, S.Pd., M.Si.", ("Dr. H.", "Ahmad Fauzi", "S.Pd., M.Si.")),
    ("Hj. Siti Rahma S.Pd M.Si", ("Hj.", "Siti Rahma", "S.Pd, M.Si")),
    ("dr. Rina Marlina, Sp.A", ("dr.", "Rina Marlina", "Sp.A")),
    ("Budi  Santoso", (None, "Budi Santoso", None)),
    ("H. Tb. Hasan", ("H.", "Tb. Hasan", None)),
])
def test_gelar_split(teks: str, hasil: tuple[str | None, str, str | None]) -> None:
    assert pisah_gelar(teks) == hasil


@pytest.mark.parametrize("teks", ["17-08-1980", "17/08/1980", "1980-08-17", "17 Agustus 1980",
                                  "17 agt 1980"])
def test_dates_as_text(teks: str) -> None:
    assert baca_tanggal(teks) == date(1980, 8, 17)
    assert baca_tanggal(datetime(1980, 8, 17)) == date(1980, 8, 17)


@pytest.mark.parametrize("teks", ["17.8.80", "Agustus 1980", "31-02-1980", "kemarin"])
def test_other_dates_refused(teks: str) -> None:
    with pytest.raises(ValidationError):
        baca_tanggal(teks)


def test_cell_readers() -> None:
    with pytest.raises(ValidationError, match="Teks"):
        baca_nip(1.98008172005031e17)
    assert baca_nip("1980 0817 200503 1 001") == NIP
    assert baca_golongan("Penata Muda / III/a", StatusKepegawaian.PNS) == "III/a"
    assert baca_golongan("31", StatusKepegawaian.PNS) == "III/a"
    assert baca_golongan("Penata Muda Tk. I", StatusKepegawaian.PNS) == "III/b"
    assert baca_golongan("IX", StatusKepegawaian.PPPK) == "IX"
    with pytest.raises(ValidationError, match="PPPK"):
        baca_golongan("IX", StatusKepegawaian.PNS)
    with pytest.raises(ValidationError, match="PNS"):
        baca_golongan("III/a", StatusKepegawaian.PPPK)
    assert baca_jenis_kelamin("Laki-laki") == "L" and baca_jenis_kelamin("perempuan") == "P"
    assert baca_jenis_jabatan("JPT", "Kepala Dinas") is JenisJabatan.JPT_PRATAMA
    assert baca_jenis_jabatan("JFU", "Staf") is JenisJabatan.PELAKSANA
    assert baca_jenis_jabatan("Fungsional", "Guru Ahli Muda") is JenisJabatan.FUNGSIONAL_KEAHLIAN
    assert baca_jenis_jabatan(None, "Perawat Terampil") is (
        JenisJabatan.FUNGSIONAL_KETERAMPILAN)
    with pytest.raises(ValidationError):
        baca_jenis_jabatan("Struktural", "Kepala Seksi")
    assert tebak_status(NIP, "") is StatusKepegawaian.PNS
    assert tebak_status("199005062023212002", "") is StatusKepegawaian.PPPK
    assert tebak_status(NIP, "IX") is StatusKepegawaian.PPPK


def test_xlsx_title_rows_then_header(tmp_path: Path) -> None:
    p = _xlsx(tmp_path / "r.xlsx", [["DAFTAR PEGAWAI"], [], HEAD,
                                    [NIP, "Budi", "III/a", "Staf", "3673"], [], [None]])
    lembar = baca_berkas(p)
    assert lembar.baris_judul == 3
    assert lembar.judul == tuple(HEAD)
    assert [b.nomor for b in lembar.baris] == [4]


@pytest.mark.parametrize(("encoding", "sep"), [("utf-8-sig", ";"), ("utf-8", ","),
                                               ("cp1252", "\t")])
def test_csv_encodings_and_delimiters(tmp_path: Path, encoding: str, sep: str) -> None:
    teks = sep.join(HEAD) + "\n" + sep.join([NIP, "Siti Nurhalizah Ö", "III/a", "Staf",
                                             "3673"]) + "\n"
    p = tmp_path / "r.csv"
    p.write_bytes(teks.encode(encoding))
    lembar = baca_berkas(p)
    assert lembar.judul == tuple(HEAD)
    assert lembar.baris[0].nilai[:2] == (NIP, "Siti Nurhalizah Ö")


def _refused(path: Path, kode: str) -> str:
    with pytest.raises(BerkasDitolak) as exc:
        baca_berkas(path)
    assert exc.value.kode == kode, exc.value.message
    return exc.value.message


def test_refusals(tmp_path: Path) -> None:
    (tmp_path / "kosong.xlsx").write_bytes(b"")
    _refused(tmp_path / "kosong.xlsx", "kosong")
    (tmp_path / "a.pdf.xlsx").write_bytes(b"%PDF-1.4\x00\x01binary")
    _refused(tmp_path / "a.pdf.xlsx", "bukan_spreadsheet")
    with zipfile.ZipFile(tmp_path / "z.xlsx", "w") as z:
        z.writestr("a.txt", "x")
    _refused(tmp_path / "z.xlsx", "bukan_spreadsheet")
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512
    (tmp_path / "lama.xls").write_bytes(ole + "Workbook".encode("utf-16-le"))
    assert ".xls" in _refused(tmp_path / "lama.xls", "xls_lama")
    (tmp_path / "sandi.xlsx").write_bytes(ole + "EncryptedPackage".encode("utf-16-le"))
    assert "kata sandi" in _refused(tmp_path / "sandi.xlsx", "bersandi")
    _refused(_xlsx(tmp_path / "tanpa.xlsx", [["a", "b"], ["1", "2"]]), "tanpa_judul")
    _refused(_xlsx(tmp_path / "judul.xlsx", [HEAD]), "kosong")
    (tmp_path / "folder.xlsx").mkdir()
    assert "folder, bukan berkas" in _refused(tmp_path / "folder.xlsx", "tidak_terbaca")


def test_merged_cells_in_data_named(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["JUDUL"])
    ws.merge_cells("A1:E1")  # a title above the header is fine
    ws.append(HEAD)
    ws.append([NIP, "Budi", "III/a", "Staf", "3673"])
    ws.append([None, "Dewi", "III/a", "Staf", "3673"])
    ws.merge_cells("A3:A4")
    wb.save(tmp_path / "m.xlsx")
    assert "A3:A4" in _refused(tmp_path / "m.xlsx", "sel_gabung")


def test_formula_without_value_refused(tmp_path: Path) -> None:
    p = _xlsx(tmp_path / "f.xlsx", [HEAD, [NIP, "=CONCAT(\"Bu\",\"di\")", "III/a", "Staf",
                                           "3673"]])
    assert "B2" in _refused(p, "rumus")


def test_formula_with_cached_value_read_as_value(tmp_path: Path) -> None:
    p = _xlsx(tmp_path / "f.xlsx", [HEAD, [NIP, "=1", "III/a", "Staf", "3673"]])
    with zipfile.ZipFile(p) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    # an empty cached value as openpyxl writes it (with or without lxml), given one
    parts[sheet], n = re.subn(rb"<f>1</f><v\s*(?:/>|></v>)", b"<f>1</f><v>7</v>", parts[sheet])
    assert n == 1
    with zipfile.ZipFile(p, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    assert baca_berkas(p).baris[0].nilai[1] == 7


def test_row_limit_stops_early(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(roster_baca, "BATAS_BARIS", 5)
    rows: list[list[object]] = [HEAD] + [[NIP, f"Orang {i}", "III/a", "Staf", "3673"]
                                         for i in range(6)]
    _refused(_xlsx(tmp_path / "besar.xlsx", rows), "terlalu_besar")
    p = tmp_path / "besar.csv"
    p.write_text("\n".join(",".join(str(v) for v in r) for r in rows))
    _refused(p, "terlalu_besar")
