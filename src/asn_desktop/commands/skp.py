"""SKP commands: ``skp salin`` (start a year from the last one's approved SKPs) and
``skp export`` (the list of a year's SKPs as an Excel workbook)."""

from __future__ import annotations

import argparse

from asn_desktop.commands.common import bilangan, unit_ids_of, usage, workspace_from


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("skp", help="SKP: 'skp salin' dari tahun lalu, 'skp export' ke Excel",
                       description="Sasaran Kinerja Pegawai.")
    p.set_defaults(func=cmd_tanpa_aksi)
    aksi = p.add_subparsers(dest="aksi", metavar="AKSI", parser_class=type(p))
    m = aksi.add_parser(
        "salin", help="salin SKP yang disetujui ke tahun berikutnya sebagai konsep",
        description="Salin setiap SKP tahun --dari yang sudah disetujui, milik pegawai yang "
        "masih aktif, menjadi SKP konsep tahun --ke: RHK, indikator dan target, ekspektasi "
        "perilaku dan lampiran (tanpa realisasi dan evaluasi). Tautan ke RHK atasan dipulihkan "
        "ke RHK atasan tahun --ke yang uraiannya sama; yang tidak ditemukan dikosongkan. Pegawai "
        "yang sudah memiliki SKP tahun --ke dilewati. Tidak ada yang disetujui otomatis. Data "
        "dicadangkan dulu sebelum diubah.")
    m.add_argument("--dari", required=True, type=bilangan, metavar="YYYY", help="tahun asal")
    m.add_argument("--ke", required=True, type=bilangan, metavar="YYYY",
                   help="tahun tujuan (harus sudah dibuka: 'tahun buka')")
    m.add_argument("--unit", metavar="KODE", help="hanya pegawai unit ini (beserta sub-unitnya)")
    m.add_argument("--dry-run", dest="dry_run", action="store_true",
                   help="hanya hitung dan tampilkan ringkasan; tidak ada yang diubah")
    m.set_defaults(func=cmd_salin)
    m = aksi.add_parser(
        "export", aliases=["ekspor"], help="tulis daftar SKP satu tahun ke Excel (.xlsx)",
        description="Tulis satu baris per SKP tahun itu: NIP, nama, jabatan, unit, pejabat "
        "penilai, pendekatan, status, jumlah RHK dan tanggal disetujui.")
    m.add_argument("--tahun", required=True, type=bilangan, metavar="YYYY", help="tahun SKP")
    m.add_argument("--out", required=True, metavar="FILE.xlsx", help="berkas tujuan")
    m.add_argument("--unit", metavar="KODE", help="hanya pegawai unit ini (beserta sub-unitnya)")
    m.set_defaults(func=cmd_export)


def cmd_tanpa_aksi(args: argparse.Namespace) -> int:
    raise SystemExit(usage("sebut aksinya: 'skp salin' atau 'skp export'"))


def cmd_salin(args: argparse.Namespace) -> int:
    from asn_desktop.services import skp_salin

    with workspace_from(args) as ws:
        with ws.db.Session() as s:
            units = unit_ids_of(s, args.unit)
        hasil = skp_salin.salin(ws, args.dari, args.ke, units, coba=args.dry_run)
    print(hasil.ringkasan)
    if hasil.cadangan:
        print(f"Cadangan sebelum penyalinan: {hasil.cadangan}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from asn_desktop.services import ekspor_daftar

    with workspace_from(args) as ws, ws.db.Session() as s:
        hasil = ekspor_daftar.ekspor_skp(s, args.tahun, args.out, unit_ids_of(s, args.unit))
    print(hasil.ringkasan)
    return 0
