"""Backup commands: backup (cadangkan) and restore (pulihkan)."""

from __future__ import annotations

import argparse

from asn_desktop import paths as paths_mod
from asn_desktop.commands.common import workspace_from


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("backup", aliases=["cadangkan"],
                       help="salin berkas data ke cadangan (aman saat aplikasi terbuka)")
    p.add_argument("--out", required=True, metavar="FILE",
                   help="berkas cadangan, atau folder untuknya")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", aliases=["pulihkan"],
                       help="pulihkan berkas data dari cadangan instalasi ini")
    p.add_argument("file", metavar="FILE", help="berkas cadangan (.sqlite)")
    p.set_defaults(func=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    from asn_desktop.services import cadangan

    with workspace_from(args) as ws:
        print(cadangan.backup(ws, args.out).ringkasan)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from asn_desktop.services import cadangan

    print(cadangan.restore(paths_mod.resolve(args.data_dir), args.file).ringkasan)
    return 0
