"""Core commands: init, demo."""

from __future__ import annotations

import argparse
import time
from typing import TYPE_CHECKING

from asn_desktop import paths as paths_mod
from asn_desktop.commands.common import bilangan, progress, usage, workspace_from
from asn_desktop.errors import ValidationError

if TYPE_CHECKING:
    from asn_desktop.services.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("init", help="siapkan ruang kerja baru (pusat atau unit)")
    p.add_argument("--role", choices=["central", "unit"], help="peran instalasi ini")
    p.add_argument("--name", help="nama instalasi, mis. \"Dinas Pendidikan\"")
    p.add_argument("--unit-kode", help="kode unit (unit berdiri sendiri)")
    p.add_argument("--from", dest="setup_file", metavar="FILE",
                   help="paket penyiapan unit dari pusat (sync invite)")
    p.add_argument("--kode", metavar="KODE",
                   help="kode pendaftaran yang diberikan pusat terpisah dari berkasnya "
                        "(tanpa opsi ini ditanyakan)")
    p.add_argument("--database", metavar="URL",
                   help="pusat di server PostgreSQL: postgresql://PENGGUNA@HOST:PORT/BASISDATA "
                        "(kata sandi dari ~/.pgpass atau PGPASSWORD, tidak disimpan)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="isi ruang kerja dengan data contoh yang realistis")
    p.add_argument("--employees", type=bilangan, default=200, metavar="N", help="jumlah pegawai")
    p.add_argument("--seed", type=bilangan, default=1, help="benih acak (hasil dapat diulang)")
    p.add_argument("--tahun", type=bilangan, default=None, help="tahun kinerja (bawaan: tahun ini)")
    p.set_defaults(func=cmd_demo)




def cmd_init(args: argparse.Namespace) -> int:
    paths = paths_mod.resolve(args.data_dir)
    if args.setup_file:
        if args.database:
            raise SystemExit(usage("--database hanya untuk pusat (--role central)"))
        ws = _init_from(paths, args.setup_file, args.kode)
    else:
        if args.kode:
            raise SystemExit(usage("--kode hanya dipakai bersama --from FILE"))
        if not args.role or not args.name:
            raise SystemExit(usage("init membutuhkan --role dan --name (atau --from FILE)"))
        from asn_desktop.services.workspace import init_workspace

        if args.database and args.role != "central":
            raise SystemExit(usage("--database hanya untuk pusat (--role central)"))
        ws = init_workspace(paths, args.role, args.name, unit_kode=args.unit_kode,
                            database=args.database)
    with ws:
        peran = "pusat (BKPSDM)" if ws.is_central else "unit"
        print(f"Ruang kerja {peran} '{ws.info.nama}' siap di {paths.data_dir}")
        if ws.db.is_postgresql:
            print(f"Data disimpan di server PostgreSQL: {args.database}")
    return 0


PROMPT_TRIES = 3


def _init_from(paths: paths_mod.Paths, setup_file: str, kode: str | None) -> Workspace:
    """A unit from its setup file: the code from ``--kode``, or asked for at a terminal (three
    tries: a wrong code creates nothing, so asking again is safe)."""
    import getpass
    import sys

    from asn_desktop.services import enrol  # sync layer, no Qt
    from asn_desktop.sync.setupfile import CODE_SHAPE, WrongCode

    if kode is not None:
        return enrol.init_from_setup(paths, setup_file, kode)
    if not sys.stdin.isatty():
        raise SystemExit(usage("init --from membutuhkan --kode KODE (kode pendaftaran dari "
                                "BKPSDM)"))
    path = enrol.check_setup(paths, setup_file)  # a wrong file is said before the code is asked
    for attempt in range(1, PROMPT_TRIES + 1):
        typed = getpass.getpass(f"Kode pendaftaran dari BKPSDM ({CODE_SHAPE}): ")
        try:
            return enrol.init_from_setup(paths, path, typed)
        except (WrongCode, ValidationError) as exc:
            if attempt == PROMPT_TRIES:
                raise
            print(f"asn-desktop: {exc.message} Coba lagi.", file=sys.stderr)
    raise AssertionError("unreachable")




def cmd_demo(args: argparse.Namespace) -> int:
    from asn_desktop.services.demo import fill_demo

    if args.employees < 1:
        raise SystemExit(usage("--employees harus paling sedikit 1"))
    started = time.perf_counter()
    with workspace_from(args) as ws:
        summary = fill_demo(ws, employees=args.employees, seed=args.seed, tahun=args.tahun,
                            progress=progress)
    took = time.perf_counter() - started
    print(f"Data contoh dibuat dalam {took:.1f} detik: {summary}")
    return 0
