"""Core commands: init, demo, units, pegawai."""

from __future__ import annotations

import argparse
import time
from datetime import date

from asn_desktop import paths as paths_mod
from asn_desktop.commands.common import print_json, print_table, progress, workspace_from
from asn_desktop.errors import ValidationError
from asn_desktop.services import orgs, pegawai
from asn_desktop.services.workspace import Workspace, init_workspace


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
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="isi ruang kerja dengan data contoh yang realistis")
    p.add_argument("--employees", type=int, default=200, metavar="N", help="jumlah pegawai")
    p.add_argument("--seed", type=int, default=1, help="benih acak (hasil dapat diulang)")
    p.add_argument("--tahun", type=int, default=None, help="tahun kinerja (bawaan: tahun ini)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("units", help="daftar unit organisasi dan kodenya")
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p.set_defaults(func=cmd_units)

    p = sub.add_parser("pegawai", help="daftar pegawai; 'pegawai pindah' untuk mutasi, "
                       "'pegawai ubah' dan 'pegawai tukar-nip' untuk koreksi")
    p.add_argument("--unit", metavar="KODE", help="hanya unit ini (beserta sub-unitnya)")
    p.add_argument("--cari", default="", help="cari nama, NIP atau jabatan")
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p.set_defaults(func=cmd_pegawai)
    aksi = p.add_subparsers(dest="aksi", metavar="AKSI", parser_class=type(p))
    m = aksi.add_parser("pindah", help="pindahkan pegawai ke unit lain (mutasi, di pusat)")
    m.add_argument("--nip", required=True, help="NIP/NI PPPK pegawai")
    m.add_argument("--unit", required=True, metavar="KODE", help="kode unit tujuan")
    m.add_argument("--atasan", metavar="NIP",
                   help="NIP atasan langsung yang baru (bawaan: pimpinan unit tujuan)")
    m.add_argument("--tmt", metavar="YYYY-MM-DD", type=_tanggal,
                   help="terhitung mulai tanggal penempatan baru (bawaan: hari ini)")
    m.set_defaults(func=cmd_pindah)
    m = aksi.add_parser("ubah", help="koreksi data seorang pegawai (di pusat)",
                        description="Koreksi NIP, nama, gelar, jabatan atau golongan seorang "
                        "pegawai di pusat; nilai diperiksa seperti di formulir Pegawai.")
    m.add_argument("--nip", required=True, help="NIP/NI PPPK pegawai sekarang")
    m.add_argument("--nip-baru", dest="nip_baru", metavar="NIP", help="NIP yang benar")
    m.add_argument("--nama", help="nama tanpa gelar")
    m.add_argument("--gelar-depan", dest="gelar_depan", metavar="GELAR")
    m.add_argument("--gelar-belakang", dest="gelar_belakang", metavar="GELAR")
    m.add_argument("--jabatan", help="nama jabatan")
    m.add_argument("--golongan", help="golongan/ruang (PNS: III/a; PPPK: I sampai XVII)")
    m.set_defaults(func=cmd_ubah)
    m = aksi.add_parser("tukar-nip", help="tukar NIP dua pegawai yang tertukar (di pusat)")
    m.add_argument("--nip", required=True, help="NIP pegawai pertama")
    m.add_argument("--dengan", required=True, metavar="NIP", help="NIP pegawai kedua")
    m.set_defaults(func=cmd_tukar_nip)


def _tanggal(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"tanggal tidak sah: {text!r} (tulis YYYY-MM-DD, misalnya 2026-07-01)") from None


def cmd_init(args: argparse.Namespace) -> int:
    paths = paths_mod.resolve(args.data_dir)
    if args.setup_file:
        ws = _init_from(paths, args.setup_file, args.kode)
    else:
        if args.kode:
            raise SystemExit(_usage("--kode hanya dipakai bersama --from FILE"))
        if not args.role or not args.name:
            raise SystemExit(_usage("init membutuhkan --role dan --name (atau --from FILE)"))
        ws = init_workspace(paths, args.role, args.name, unit_kode=args.unit_kode)
    with ws:
        peran = "pusat (BKPSDM)" if ws.is_central else "unit"
        print(f"Ruang kerja {peran} '{ws.info.nama}' siap di {paths.data_dir}")
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
        raise SystemExit(_usage("init --from membutuhkan --kode KODE (kode pendaftaran dari "
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


def _usage(message: str) -> int:
    import sys

    print(f"asn-desktop: kesalahan penggunaan: {message}", file=sys.stderr)
    return 2


def cmd_demo(args: argparse.Namespace) -> int:
    from asn_desktop.services.demo import fill_demo

    if args.employees < 1:
        raise SystemExit(_usage("--employees harus paling sedikit 1"))
    started = time.perf_counter()
    with workspace_from(args) as ws:
        summary = fill_demo(ws, employees=args.employees, seed=args.seed, tahun=args.tahun,
                            progress=progress)
    took = time.perf_counter() - started
    print(f"Data contoh dibuat dalam {took:.1f} detik: {summary}")
    return 0


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


def cmd_pindah(args: argparse.Namespace) -> int:
    from asn_desktop.services import mutasi

    with workspace_from(args) as ws, ws.session() as s:
        r = mutasi.pindah(s, args.nip, args.unit, atasan_nip=args.atasan, tmt=args.tmt)
    print(r.ringkasan)
    return 0


def cmd_ubah(args: argparse.Namespace) -> int:
    from asn_desktop.services import koreksi_pegawai

    changes = {f: getattr(args, f) for f in ("nama", "gelar_depan", "gelar_belakang",
                                             "jabatan", "golongan")
               if getattr(args, f) is not None}
    if args.nip_baru is not None:
        changes["nip"] = args.nip_baru
    if not changes:
        raise SystemExit(_usage("pegawai ubah membutuhkan paling sedikit satu nilai baru "
                                "(--nip-baru, --nama, --jabatan, ...)"))
    with workspace_from(args) as ws, ws.session() as s:
        r = koreksi_pegawai.ubah(s, args.nip, changes)
    print(r.ringkasan)
    return 0


def cmd_tukar_nip(args: argparse.Namespace) -> int:
    from asn_desktop.services import koreksi_pegawai

    with workspace_from(args) as ws, ws.session() as s:
        r = koreksi_pegawai.tukar_nip(s, args.nip, args.dengan)
    print(r.ringkasan)
    return 0


def cmd_pegawai(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws, ws.db.Session() as s:
        unit_ids = None
        if args.unit:
            unit_ids = frozenset(orgs.subtree_ids(s, orgs.unit_by_kode(s, args.unit).id))
        rows = pegawai.list_pegawai(s, pegawai.PegawaiFilter(text=args.cari, unit_ids=unit_ids))
    if args.json:
        print_json([
            {"nip": r.nip, "nama": r.nama, "status": r.status, "golongan": r.golongan,
             "unit": r.unit_kode, "jabatan": r.jabatan, "jenis_jabatan": r.jenis_jabatan}
            for r in rows
        ])
    else:
        print_table([[r.nip, r.nama, r.unit_kode, r.jabatan] for r in rows],
                    ["NIP/NI PPPK", "NAMA", "UNIT", "JABATAN"])
    return 0
