"""Helpers shared by the CLI subcommands."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from asn_desktop import paths as paths_mod

# Commands import the services (SQLAlchemy, Alembic, reportlab…) inside their handlers, so
# building the parser, --help and --version load none of them (tests/core/test_cli_imports.py).
if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from asn_desktop.services.workspace import Workspace


def workspace_from(args: argparse.Namespace) -> Workspace:
    from asn_desktop.services.workspace import open_workspace

    ws = open_workspace(paths_mod.resolve(args.data_dir))
    if ws.went_back:
        from asn_desktop.services.jejak_kirim import PESAN
        from asn_desktop.teks import _

        print(_("Perhatian: {pesan}").format(pesan=_(PESAN)), file=sys.stderr)
    return ws


def unit_ids_of(s: Session, kode: str | None) -> frozenset[str] | None:
    """The unit named by ``--unit KODE`` and its sub-units (None: no --unit given)."""
    if not kode:
        return None
    from asn_desktop.services import orgs

    return frozenset(orgs.subtree_ids(s, orgs.unit_by_kode(s, kode).id))


def print_json(obj: Any) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def print_table(rows: list[list[str]], headers: list[str]) -> None:
    widths = [len(h) for h in headers]
    for r in rows:
        widths = [max(w, len(c)) for w, c in zip(widths, r, strict=True)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    print(line.rstrip())
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def usage(message: str) -> int:
    """Say a usage error on one line; the caller raises ``SystemExit`` with the returned 2."""
    print(f"asn-desktop: kesalahan penggunaan: {message}", file=sys.stderr)
    return 2


def report_out(value: str | None) -> None:
    """A report's ``--out`` of another kind than .xlsx or .pdf is a usage error (exit 2), as
    ``print``'s is."""
    from asn_desktop.services.berkas_laporan import JENIS_BERKAS

    if value is not None and not value.lower().endswith(JENIS_BERKAS):
        raise SystemExit(usage("--out harus berkas .xlsx atau .pdf"))


def tanggal(text: str) -> date:
    """An argparse type for YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"tanggal tidak sah: {text!r} (tulis YYYY-MM-DD, misalnya 2026-07-01)") from None


def tahun(text: str) -> int:
    """An argparse type for a performance year (the calendar the periods are defined on)."""
    from asn_desktop.domain.periods import TAHUN_MAX, TAHUN_MIN

    value = bilangan(text)
    if not TAHUN_MIN <= value <= TAHUN_MAX:
        raise argparse.ArgumentTypeError(
            f"tahun di luar rentang {TAHUN_MIN}–{TAHUN_MAX}: {text!r}")
    return value


def desimal(text: str) -> float:
    """An argparse type for a number that may have decimals (a comma is a decimal comma)."""
    from asn_desktop.domain.angka import baca_angka

    try:
        value = baca_angka(text)
    except ValueError:
        value = None
    if value is None:
        raise argparse.ArgumentTypeError(f"bukan bilangan: {text!r}")
    return value


def bilangan(text: str) -> int:
    """An argparse type for a whole number (argparse would name Python's ``int``)."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"bukan bilangan bulat: {text!r}") from None
