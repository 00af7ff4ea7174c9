"""Moving a central onto a PostgreSQL server: pindah-server (move-to-server)."""

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


def cmd_move(args: argparse.Namespace) -> int:
    from asn_desktop.services import pindah_server

    paths = paths_mod.resolve(args.data_dir)
    print(pindah_server.move_to_server(paths, args.database).ringkasan)
    return 0
