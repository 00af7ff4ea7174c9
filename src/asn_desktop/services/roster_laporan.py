"""The error report of a roster check as .xlsx: the file's rows with a KESALAHAN column beside
them (so the person fixes the rows where they are), then sheets for warnings, units the data
does not have and employees missing from the file."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from asn_desktop.reports.xlsx import Buku
from asn_desktop.services.roster_periksa import Pratinjau

KOLOM_KESALAHAN = "KESALAHAN"
KOLOM_BARIS = "BARIS ASAL"


def tulis_laporan(pratinjau: Pratinjau, path: Path | str) -> Path:
    """Write the report of ``pratinjau`` to ``path`` (atomically) and return the path."""
    per_baris: dict[int, list[str]] = defaultdict(list)
    for m in pratinjau.kesalahan:
        per_baris[m.baris].append(f"{m.kolom}: {m.pesan}" if m.kolom else m.pesan)
    buku = Buku()
    lembar = pratinjau.lembar
    judul = list(lembar.judul) if lembar else []
    rows = []
    if lembar is not None:
        for b in lembar.baris:
            rows.append([*b.nilai, "; ".join(per_baris.get(b.nomor, [])), b.nomor])
    buku.tabel("Data", [*judul, KOLOM_KESALAHAN, KOLOM_BARIS], rows)
    umum = per_baris.get(0)
    peringatan = [[m.baris or "", m.kolom, m.pesan] for m in pratinjau.peringatan]
    peringatan += [["", "", f"KESALAHAN: {p}"] for p in umum or ()]
    buku.tabel("Peringatan", ["BARIS", "KOLOM", "PERINGATAN"], peringatan)
    if pratinjau.unit_baru:
        buku.tabel("Unit belum ada", ["UNIT", "KODE BARU", "JENIS", "BARIS"], [
            [u.nama, u.kode, u.jenis, ", ".join(str(n) for n in u.baris)]
            for u in pratinjau.unit_baru])
    if pratinjau.tidak_ada:
        buku.tabel("Tidak ada di berkas", ["NIP", "NAMA", "UNIT"], [
            [p.nip, p.nama, p.unit_kode] for p in pratinjau.tidak_ada])
    return buku.simpan(Path(path))
