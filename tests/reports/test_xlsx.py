from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

from asn_desktop.reports.xlsx import Buku


def test_table_for_excel(tmp_path: Path) -> None:
    buku = Buku()
    buku.tabel("Pegawai", ["NIP", "Nama", "Tanggal lahir", "Nilai"],
               [["198001012006041001", "=HYPERLINK(\"x\")", date(1980, 1, 1), 12.5],
                ["199002022020122002", "Siti Aminah", None, 3]])
    buku.tabel("Kedua", ["A"], [])
    path = buku.simpan(tmp_path / "out.xlsx")
    assert not list(tmp_path.glob(".*"))  # no temporary file left beside it
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Pegawai", "Kedua"]
    ws = wb["Pegawai"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:D3"
    assert ws["A1"].font.bold
    nip, nama, lahir, nilai = ws[2]
    assert nip.value == "198001012006041001" and nip.data_type == "s"  # the NIP stays text
    assert nama.value == "=HYPERLINK(\"x\")" and nama.data_type == "s"  # never a formula
    assert lahir.is_date and lahir.number_format == "DD-MM-YYYY"
    assert nilai.value == 12.5
    assert ws.column_dimensions["A"].width >= 18
