"""Backup commands: backup (cadangkan) and restore (pulihkan).

A backup carries this installation's keys sealed under a passphrase (services/cadangan.py):
``--sandi`` for scripts, otherwise asked at a terminal without echo (twice when it is set)."""

from __future__ import annotations

import argparse
import getpass
import sys

from asn_desktop import paths as paths_mod
from asn_desktop.commands.common import workspace_from
from asn_desktop.errors import ValidationError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("backup", aliases=["cadangkan"],
                       help="salin berkas data dan kunci ke cadangan (aman saat aplikasi terbuka)")
    p.add_argument("--out", required=True, metavar="FILE",
                   help="berkas cadangan, atau folder untuknya")
    p.add_argument("--sandi", metavar="SANDI",
                   help="kata sandi pelindung kunci dalam cadangan (minimal 10 karakter; tanpa "
                        "opsi ini ditanyakan)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", aliases=["pulihkan"],
                       help="pulihkan berkas data (dan kuncinya) dari cadangan instalasi ini")
    p.add_argument("file", metavar="FILE", help="berkas cadangan (.sqlite)")
    p.add_argument("--sandi", metavar="SANDI",
                   help="kata sandi cadangan, bila kunci perlu dipulihkan (tanpa opsi ini "
                        "ditanyakan)")
    p.add_argument("--database", metavar="URL",
                   help="pusat pada server PostgreSQL: pulihkan ke basis data ini "
                        "(postgresql://USER@HOST:PORT/DB) di folder data yang masih kosong")
    p.set_defaults(func=cmd_restore)


def usage_error(message: str) -> SystemExit:
    print(f"asn-desktop: kesalahan penggunaan: {message}", file=sys.stderr)
    return SystemExit(2)


def ask_passphrase(prompt: str) -> str:
    """A passphrase typed without echo; end of input is an error, not a traceback."""
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise ValidationError("Kata sandi tidak dimasukkan; tidak ada yang diubah.",
                              "sandi") from None


def _new_sandi() -> str:
    from asn_desktop.services.cadangan import SANDI_MIN, check_sandi

    if not sys.stdin.isatty():
        raise usage_error("backup membutuhkan --sandi SANDI (kata sandi pelindung kunci)")
    sandi = check_sandi(ask_passphrase(
        f"Kata sandi pelindung kunci dalam cadangan (minimal {SANDI_MIN} karakter): "))
    if ask_passphrase("Ulangi kata sandi: ") != sandi:
        raise ValidationError("Kedua kata sandi tidak sama; cadangan tidak dibuat.", "sandi")
    return sandi


def cmd_backup(args: argparse.Namespace) -> int:
    from asn_desktop.services import cadangan

    with workspace_from(args) as ws:
        sandi = args.sandi if args.sandi is not None else _new_sandi()
        print(cadangan.backup(ws, args.out, sandi).ringkasan)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from asn_desktop.services import cadangan

    paths = paths_mod.resolve(args.data_dir)
    sandi = args.sandi
    if sandi is None and cadangan.needs_passphrase(paths, args.file):
        if not sys.stdin.isatty():
            raise usage_error("kunci instalasi perlu dipulihkan dari cadangan: berikan "
                              "--sandi SANDI")
        sandi = ask_passphrase("Kata sandi cadangan: ")
    print(cadangan.restore(paths, args.file, sandi, database=args.database).ringkasan)
    return 0
