"""Organisation commands: the unit tree (``units``)."""

from __future__ import annotations

import argparse

from asn_desktop.commands.common import print_json, print_table, workspace_from
from asn_desktop.services import orgs


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("units", help="daftar unit organisasi dan kodenya")
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p.set_defaults(func=cmd_units)


def cmd_units(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws, ws.db.Session() as s:
        units = orgs.list_units(s)
    if args.json:
        print_json([
            {"kode": u.kode, "nama": u.nama, "jenis": u.jenis, "id": u.id, "induk": u.parent_id}
            for u in units
        ])
    else:
        print_table([[u.kode, "  " * u.depth + u.nama, u.jenis] for u in units],
                    ["KODE", "NAMA", "JENIS"])
    return 0
