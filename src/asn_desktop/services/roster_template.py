"""An empty roster workbook the importer reads as is: the recognised headers, drop-down lists
for the coded columns, the NIP columns formatted as text (a number would lose digits) and a
"Petunjuk" sheet that explains each column."""

from __future__ import annotations

from pathlib import Path

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from asn_desktop.domain.jabatan import JENIS_JABATAN_LABELS
from asn_desktop.domain.pangkat import GOLONGAN_PNS, GOLONGAN_PPPK
from asn_desktop.reports.xlsx import FORMAT_TANGGAL, Buku
from asn_desktop.services.roster_kolom import KOLOM

BARIS_SIAP = 2000  # rows formatted and validated below the header
_URUTAN = ("nip", "nama", "gelar_depan", "gelar_belakang", "status", "golongan", "jabatan",
           "jenis_jabatan", "unit", "nip_atasan", "tanggal_lahir", "jenis_kelamin")
_LEBAR = {"nip": 22, "nama": 30, "jabatan": 34, "unit": 30, "nip_atasan": 22}
_PILIHAN = {
    "status": ["PNS", "PPPK"],
    "jenis_kelamin": ["L", "P"],
    "jenis_jabatan": list(JENIS_JABATAN_LABELS.values()),
    "golongan": [g.ruang for g in GOLONGAN_PNS] + list(GOLONGAN_PPPK),
}
_TEKS = ("nip", "nip_atasan", "golongan")  # '@': typed values stay text ("III/a", NIP digits)
PETUNJUK: dict[str, tuple[str, str]] = {
    "nip": ("NIP PNS atau NI PPPK, 18 angka tanpa spasi. Kolom ini berformat Teks; jangan "
            "diubah menjadi angka karena digit terakhir akan hilang. Wajib.",
            "198008172005031001"),
    "nama": ("Nama pegawai. Boleh dengan gelar (gelar dipisahkan otomatis) bila kolom gelar "
             "dibiarkan kosong. Wajib.", "Dr. H. Ahmad Fauzi, S.Pd., M.Si."),
    "gelar_depan": ("Gelar di depan nama, bila ada.", "Dr. H."),
    "gelar_belakang": ("Gelar di belakang nama, dipisahkan koma, bila ada.", "S.Pd., M.Si."),
    "status": ("PNS atau PPPK. Bila kosong, ditentukan dari golongan dan NIP.", "PNS"),
    "golongan": ("Golongan ruang PNS (I/a sampai IV/e) atau golongan PPPK (I sampai XVII). "
                 "Wajib.", "III/a"),
    "jabatan": ("Nama jabatan. Wajib.", "Guru Ahli Pertama"),
    "jenis_jabatan": ("JPT Pratama, Administrator, Pengawas, Pelaksana, Fungsional Keahlian "
                      "atau Fungsional Keterampilan. Untuk fungsional boleh kosong bila nama "
                      "jabatan memuat Ahli/Terampil/Mahir/Penyelia.", "Fungsional Keahlian"),
    "unit": ("Kode atau nama unit kerja persis seperti di aplikasi. Wajib.", "3673.DISDIK"),
    "nip_atasan": ("NIP atasan langsung (boleh pegawai di baris lain berkas ini). Kosong: "
                   "atasan yang tercatat tidak diubah.", "197501012000031002"),
    "tanggal_lahir": ("Tanggal lahir, untuk pemeriksaan saja (yang dipakai tanggal dari NIP). "
                      "Format tanggal, atau teks 17-08-1980 / 17 Agustus 1980.", "17-08-1980"),
    "jenis_kelamin": ("L atau P, untuk pemeriksaan saja (yang dipakai dari NIP).", "L"),
}


def tulis_template(path: Path | str) -> Path:
    """Write the empty roster template to ``path`` and return it."""
    buku = Buku()
    headers = [KOLOM[f] for f in _URUTAN]
    lebar = [_LEBAR.get(f, max(14, len(KOLOM[f]))) for f in _URUTAN]
    ws = buku.tabel("Pegawai", headers, [], lebar)
    akhir = BARIS_SIAP + 1
    for i, f in enumerate(_URUTAN, start=1):
        huruf = get_column_letter(i)
        if f in _TEKS or f == "tanggal_lahir":
            fmt = FORMAT_TANGGAL if f == "tanggal_lahir" else "@"
            for (cell,) in ws.iter_rows(min_row=2, max_row=akhir, min_col=i, max_col=i):
                cell.number_format = fmt
        if f in _PILIHAN:
            dv = DataValidation(type="list", formula1='"' + ",".join(_PILIHAN[f]) + '"',
                                allow_blank=True, showErrorMessage=f != "golongan")
            dv.error = f"Pilih salah satu isian {KOLOM[f]} dari daftar."
            dv.errorTitle = KOLOM[f]
            dv.add(f"{huruf}2:{huruf}{akhir}")
            ws.add_data_validation(dv)
        if f == "tanggal_lahir":
            dv = DataValidation(type="date", operator="greaterThan", formula1="1",
                                allow_blank=True)
            dv.error = "Isi dengan tanggal, misalnya 17-08-1980."
            dv.add(f"{huruf}2:{huruf}{akhir}")
            ws.add_data_validation(dv)
    buku.tabel("Petunjuk", ["KOLOM", "ISI", "CONTOH"],
               [[KOLOM[f], *PETUNJUK[f]] for f in _URUTAN], [18, 90, 34])
    return buku.simpan(Path(path))
