"""Printed sheets (SKP, Evaluasi Kinerja Pegawai, Dokumen Evaluasi) drawn with reportlab.

content.py   the printed values of a sheet (hashed for verification)
sheets.py    service views -> content
documents.py content -> reportlab story; tables.py, layout.py the building blocks
render.py    one PDF from one or many sheets; fonts.py the embedded DejaVu Sans Condensed
No Qt here; the print/verify use cases are in services/cetak.py.
"""
