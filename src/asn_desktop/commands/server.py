"""A central on a PostgreSQL server: pindah-server (move-to-server) moves one there;
gabung-server (join-server) connects one more staff PC to it."""

from __future__ import annotations

import argparse

from asn_desktop import paths as paths_mod


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("pindah-server", aliases=["move-to-server"],
                       help="pindahkan data pusat dari berkas SQLite ke server PostgreSQL "
                            "(tutup aplikasi dulu)")
    p.add_argument("--database", required=True, metavar="URL",
                   help="basis data kosong di server: postgresql://USER@HOST:PORT/DB (kata "
                        "sandi dari ~/.pgpass atau PGPASSWORD, tidak ditulis di sini)")
    p.set_defaults(func=cmd_move)

    p = sub.add_parser("gabung-server", aliases=["join-server"],
                       help="sambungkan komputer staf ini ke pusat yang sudah ada di server "
                            "PostgreSQL (kunci pusat dari cadangannya)")
    p.add_argument("--database", required=True, metavar="URL",
                   help="basis data pusat di server: postgresql://USER@HOST:PORT/DB")
    p.add_argument("--cadangan", required=True, metavar="FILE",
                   help="berkas cadangan pusat itu (dibuat sesudah penggantian kunci terakhir)")
    p.add_argument("--sandi", metavar="SANDI",
                   help="kata sandi cadangan itu (tanpa opsi ini ditanyakan)")
    p.set_defaults(func=cmd_join)


def cmd_move(args: argparse.Namespace) -> int:
    from asn_desktop.services import pindah_server

    paths = paths_mod.resolve(args.data_dir)
    print(pindah_server.move_to_server(paths, args.database).ringkasan)
    return 0


def cmd_join(args: argparse.Namespace) -> int:
    import sys

    from asn_desktop.commands.cadangan import ask_passphrase, usage_error
    from asn_desktop.services import gabung_server

    sandi = args.sandi
    if sandi is None:
        if not sys.stdin.isatty():
            raise usage_error("gabung-server membutuhkan --sandi SANDI (kata sandi cadangan "
                              "pusat)")
        sandi = ask_passphrase("Kata sandi cadangan pusat: ")
    paths = paths_mod.resolve(args.data_dir)
    print(gabung_server.join_server(paths, args.database, args.cadangan, sandi).ringkasan)
    return 0
