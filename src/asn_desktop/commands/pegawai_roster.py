"""``pegawai impor`` (alias ``import``) and ``pegawai template``: bringing an employee roster
from Excel/CSV into the central."""

from __future__ import annotations

import argparse
import sys

from asn_desktop.commands.common import tanggal, usage, workspace_from
from asn_desktop.commands.pegawai_siklus import PILIHAN_ALASAN, alasan

KESALAHAN_DITAMPILKAN = 20  # on screen; the --laporan workbook has all of them


def register_aksi(aksi: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    m = aksi.add_parser(
        "impor", aliases=["import"], help="impor daftar pegawai dari Excel (.xlsx) atau CSV "
        "(di pusat)",
        description="Impor daftar pegawai dari berkas Excel (.xlsx) atau CSV. Pegawai dicocokkan "
        "menurut NIP: yang baru ditambahkan, yang berbeda diperbarui. Semua atau tidak sama "
        "sekali: bila satu baris saja salah, tidak ada yang diimpor. Data dicadangkan dulu "
        "sebelum diubah.")
    m.add_argument("berkas", metavar="BERKAS", help="berkas .xlsx atau .csv")
    m.add_argument("--dry-run", dest="dry_run", action="store_true",
                   help="hanya periksa dan tampilkan ringkasan; tidak ada yang diubah")
    m.add_argument("--laporan", metavar="OUT.xlsx",
                   help="tulis laporan lengkap (baris berkas dengan kolom KESALAHAN, "
                   "peringatan, unit yang belum ada, pegawai yang tidak ada di berkas)")
    m.add_argument("--buat-unit", dest="buat_unit", metavar="INDUK_KODE",
                   help="buat unit yang belum ada di bawah unit berkode ini")
    m.add_argument("--berhentikan-hilang", dest="berhentikan_hilang", type=alasan,
                   metavar="ALASAN",
                   help="catat pegawai unit yang tidak ada di berkas sebagai berhenti dengan "
                   f"alasan ini ({PILIHAN_ALASAN}); dalam transaksi impor yang sama")
    m.add_argument("--tanggal-berhenti", dest="tanggal_berhenti", type=tanggal,
                   metavar="YYYY-MM-DD", help="tanggal berhenti untuk --berhentikan-hilang")
    m.set_defaults(func=cmd_impor)
    t = aksi.add_parser("template", help="tulis templat Excel kosong untuk impor pegawai",
                        description="Tulis berkas Excel kosong dengan judul kolom yang dikenali "
                        "impor, daftar pilihan, dan lembar Petunjuk.")
    t.add_argument("--out", required=True, metavar="FILE.xlsx", help="berkas tujuan")
    t.set_defaults(func=cmd_template)


def cmd_impor(args: argparse.Namespace) -> int:
    from asn_desktop.services import roster_impor
    from asn_desktop.services.roster_laporan import tulis_laporan

    if (args.berhentikan_hilang is None) != (args.tanggal_berhenti is None):
        raise SystemExit(usage("--berhentikan-hilang dan --tanggal-berhenti dipakai bersama"))
    with workspace_from(args) as ws:
        hasil = roster_impor.impor(ws, args.berkas, dry_run=args.dry_run,
                                   buat_unit_di=args.buat_unit,
                                   berhentikan_hilang=args.berhentikan_hilang,
                                   tanggal_berhenti=args.tanggal_berhenti)
    pr = hasil.pratinjau
    for baris in roster_impor.ringkasan(hasil):
        print(baris)
    if hasil.diberhentikan:
        print(f"Dicatat berhenti per {args.tanggal_berhenti.isoformat()}: "
              f"{_contoh(list(hasil.diberhentikan))}.")
    elif pr.tidak_ada:
        contoh = _contoh([f"{p.nip} {p.nama}" for p in pr.tidak_ada])
        if args.berhentikan_hilang is not None and pr.ok:
            print(f"Tidak ada di berkas (akan dicatat berhenti per "
                  f"{args.tanggal_berhenti.isoformat()}): {contoh}.")
        else:
            print(f"Tidak ada di berkas (calon berhenti, tidak dihapus): {contoh}. Pakai "
                  "--berhentikan-hilang ALASAN --tanggal-berhenti YYYY-MM-DD untuk mencatat "
                  "mereka berhenti.")
    if hasil.cadangan:
        print(f"Cadangan sebelum impor: {hasil.cadangan}")
    for m in pr.kesalahan[:KESALAHAN_DITAMPILKAN]:
        tempat = f"Baris {m.baris}" if m.baris else "Berkas"
        print(f"{tempat}: {m.kolom + ': ' if m.kolom else ''}{m.pesan}", file=sys.stderr)
    if len(pr.kesalahan) > KESALAHAN_DITAMPILKAN:
        sisa = len(pr.kesalahan) - KESALAHAN_DITAMPILKAN
        saran = "lihat laporan" if args.laporan else "pakai --laporan OUT.xlsx untuk semuanya"
        print(f"... dan {sisa} kesalahan lain ({saran}).", file=sys.stderr)
    if args.laporan:
        print(f"Laporan: {tulis_laporan(pr, args.laporan)}")
    return 0 if pr.ok else 1


def _contoh(items: list[str], n: int = 5) -> str:
    lagi = f" dan {len(items) - n} lainnya" if len(items) > n else ""
    return ", ".join(items[:n]) + lagi


def cmd_template(args: argparse.Namespace) -> int:
    from asn_desktop.services.roster_template import tulis_template

    print(f"Templat ditulis: {tulis_template(args.out)}")
    return 0
