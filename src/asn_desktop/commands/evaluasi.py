"""Evaluation commands: ``evaluasi export`` (one period's evaluations as an Excel workbook)."""

from __future__ import annotations

import argparse

from asn_desktop.commands.common import unit_ids_of, usage, workspace_from


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("evaluasi", help="evaluasi kinerja: 'evaluasi export' ke Excel",
                       description="Evaluasi kinerja periodik dan akhir.")
    p.set_defaults(func=cmd_tanpa_aksi)
    aksi = p.add_subparsers(dest="aksi", metavar="AKSI", parser_class=type(p))
    m = aksi.add_parser(
        "export", aliases=["ekspor"], help="tulis evaluasi satu periode ke Excel (.xlsx)",
        description="Tulis satu baris per pegawai untuk periode itu: status evaluasi, rating "
        "hasil kerja, rating perilaku kerja, predikat dan tanggal. Pegawai aktif yang memiliki "
        "SKP tahun itu tetapi belum dievaluasi ditulis 'Belum dibuat'.")
    m.add_argument("--periode", required=True, metavar="KODE",
                   help="kode periode, mis. 2026-TW1, 2026-SM2, 2026-BL03, 2026-SM-AKHIR")
    m.add_argument("--out", required=True, metavar="FILE.xlsx", help="berkas tujuan")
    m.add_argument("--unit", metavar="KODE", help="hanya unit ini (beserta sub-unitnya)")
    m.set_defaults(func=cmd_export)


def cmd_tanpa_aksi(args: argparse.Namespace) -> int:
    raise SystemExit(usage("sebut aksinya: 'evaluasi export'"))


def cmd_export(args: argparse.Namespace) -> int:
    from asn_desktop.services import ekspor_daftar

    with workspace_from(args) as ws, ws.db.Session() as s:
        hasil = ekspor_daftar.ekspor_evaluasi(s, args.periode, args.out,
                                              unit_ids_of(s, args.unit))
    print(hasil.ringkasan)
    return 0
