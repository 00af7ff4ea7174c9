"""Command line. Nothing here imports Qt; only the GUI command loads it, lazily."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from asn_desktop import __version__
from asn_desktop import paths as paths_mod
from asn_desktop.errors import AsnError, storage_problem

# Each module exposes ``register(subparsers)``; a subcommand's handler is ``args.func(args)``
# and returns the exit code.
COMMAND_MODULES = (
    "asn_desktop.commands.core",
    "asn_desktop.commands.unit",
    "asn_desktop.commands.pegawai",
    "asn_desktop.commands.print",
    "asn_desktop.commands.sync",
    "asn_desktop.commands.cadangan",
    "asn_desktop.commands.server",
    "asn_desktop.commands.tahun",
    "asn_desktop.commands.skp",
    "asn_desktop.commands.evaluasi",
    "asn_desktop.commands.rekap",
    "asn_desktop.commands.pelayanan",
)


# argparse's own words, in Bahasa Indonesia (it looks them up through its module's ``_``).
_ARGPARSE_ID = {
    "usage: ": "penggunaan: ",
    "positional arguments": "argumen",
    "options": "opsi",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "pilihan tidak sah: %(value)r (pilih dari %(choices)s)",
    "expected one argument": "membutuhkan satu nilai",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "ambiguous option: %(option)s could match %(matches)s":
        "opsi ambigu: %(option)s dapat berarti %(matches)s",
}
argparse._ = lambda text: _ARGPARSE_ID.get(text, text)  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One clear line, exit 2, as for every usage error.
        self.exit(2, f"{self.prog}: kesalahan penggunaan: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="asn-desktop",
        description="Kinerja ASN Desktop — pengelolaan kinerja ASN Pemerintah Kota Serang.",
    )
    parser.add_argument("--version", action="version", version=f"asn-desktop {__version__}",
                        help="tampilkan versi program lalu keluar")
    parser.add_argument("--data-dir", metavar="DIR", help="folder data (bawaan: folder platform)")
    parser.add_argument("-v", "--verbose", action="store_true", help="tampilkan log rinci")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", parser_class=Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _without_global_options(args: list[str]) -> list[str]:
    """``args`` less the global options (``--data-dir DIR``, ``-v``)."""
    rest, i = [], 0
    while i < len(args):
        if args[i] == "--data-dir" and i + 1 < len(args):
            i += 2
            continue
        if not (args[i].startswith("--data-dir=") or args[i] in ("-v", "--verbose")):
            rest.append(args[i])
        i += 1
    return rest


def _only_version(args: list[str]) -> bool:
    """``--version``, alone or beside the global options (``--data-dir DIR``, ``-v``)."""
    return _without_global_options(args) == ["--version"]


# Files the GUI opens (a double-click runs ``asn-desktop FILE``): sync packages, setup files.
GUI_FILES = (".asnpkg", ".asnsetup")


def _file_to_open(parser: argparse.ArgumentParser, args: list[str]) -> str | None:
    """The package or setup file given alone (beside the global options), for the GUI; a
    missing one is a usage error. Anything else is left to the parser."""
    rest = _without_global_options(args)
    if len(rest) != 1 or rest[0].startswith("-") or not rest[0].lower().endswith(GUI_FILES):
        return None
    if not os.path.isfile(rest[0]):
        parser.error(f"berkas tidak ditemukan: {rest[0]}")
    return rest[0]


def main(argv: Sequence[str] | None = None) -> int:
    if _only_version(list(sys.argv[1:] if argv is None else argv)):
        # what scripts and installers ask first: answered before the commands are loaded
        print(f"asn-desktop {__version__}")
        return 0
    parser = build_parser()
    given = list(sys.argv[1:] if argv is None else argv)
    berkas = _file_to_open(parser, given)
    # the file opened: the global options are parsed, the GUI gets the file
    args = parser.parse_args(argv if berkas is None else [a for a in given if a != berkas])
    args.buka = berkas
    with paths_mod.private_files():  # files 0600, folders 0700 (see paths.py)
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.command is None:
        from asn_desktop.layar import masalah_layar

        masalah = masalah_layar()  # Qt would abort the process with an English message
        if masalah is not None:
            print(f"asn-desktop: {masalah}", file=sys.stderr)
            return 1
        from asn_desktop.ui import satu_jendela  # Qt is loaded only here

        # an application already open on this folder takes the file: answered before the
        # workspace and the pages are loaded
        serah = satu_jendela.serahkan(
            satu_jendela.nama_soket(paths_mod.resolve(args.data_dir).data_dir),
            os.path.abspath(args.buka) if args.buka else None)
        if serah is satu_jendela.Serah.DITERIMA:
            return 0
        from asn_desktop.ui.app import run_gui

        return run_gui(args.data_dir, buka=args.buka, serah=serah)
    try:
        code: int = args.func(args)
        return code
    except AsnError as exc:
        print(f"asn-desktop: {exc.message}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0  # output piped into e.g. `head`
    except KeyboardInterrupt:
        print("asn-desktop: dibatalkan.", file=sys.stderr)
        return 1
    except Exception as exc:
        # Full disk, file in use, unreadable file, permission denied…: one line, nothing
        # half-written (the transaction was rolled back). Anything else is a bug: traceback.
        problem = storage_problem(exc)
        if problem is None:
            raise
        print(f"asn-desktop: {problem}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
