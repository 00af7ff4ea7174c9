"""``pegawai export`` (alias ``ekspor``): the employee list as an Excel workbook."""

from __future__ import annotations

import argparse

from asn_desktop.commands.common import unit_ids_of, workspace_from


def register_aksi(aksi: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    m = aksi.add_parser(
        "export", aliases=["ekspor"], help="tulis daftar pegawai aktif ke Excel (.xlsx)",
        description="Tulis daftar pegawai aktif ke berkas Excel. Kolom pertamanya sama dengan "
        "templat impor, sehingga berkas yang diperbaiki di Excel dapat diimpor kembali "
        "('pegawai impor').")
    m.add_argument("--out", required=True, metavar="FILE.xlsx", help="berkas tujuan")
    m.add_argument("--unit", metavar="KODE", help="hanya unit ini (beserta sub-unitnya)")
    m.set_defaults(func=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    from asn_desktop.services import ekspor_daftar

    with workspace_from(args) as ws, ws.db.Session() as s:
        hasil = ekspor_daftar.ekspor_pegawai(s, args.out, unit_ids_of(s, args.unit))
    print(hasil.ringkasan)
    return 0
