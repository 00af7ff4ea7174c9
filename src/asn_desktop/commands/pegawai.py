"""Employee commands: the list (``pegawai``) and its actions (``pegawai pindah``, ``ubah``,
``tukar-nip``, and those registered by the modules in ``AKSI_MODULES``)."""

from __future__ import annotations

import argparse
import importlib
from typing import TYPE_CHECKING

from asn_desktop.commands.common import (
    print_json,
    print_table,
    tanggal,
    unit_ids_of,
    usage,
    workspace_from,
)

if TYPE_CHECKING:
    from asn_desktop.services.pegawai import PegawaiRow

# Further ``pegawai`` actions, each module with ``register_aksi(aksi)``.
AKSI_MODULES: tuple[str, ...] = ("asn_desktop.commands.pegawai_roster",
                                 "asn_desktop.commands.pegawai_siklus",
                                 "asn_desktop.commands.pegawai_ekspor")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("pegawai", help="daftar pegawai; 'pegawai pindah' untuk mutasi, "
                       "'pegawai ubah' dan 'pegawai tukar-nip' untuk koreksi, 'pegawai "
                       "berhenti' dan 'pegawai pulihkan', 'pegawai riwayat'")
    p.add_argument("--unit", metavar="KODE", help="hanya unit ini (beserta sub-unitnya)")
    p.add_argument("--cari", default="", help="cari nama, NIP atau jabatan")
    p.add_argument("--semua", action="store_true",
                   help="termasuk pegawai yang sudah berhenti (dengan kolom STATUS)")
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p.set_defaults(func=cmd_pegawai)
    aksi = p.add_subparsers(dest="aksi", metavar="AKSI", parser_class=type(p))
    m = aksi.add_parser("pindah", help="pindahkan pegawai ke unit lain (mutasi, di pusat)")
    m.add_argument("--nip", required=True, help="NIP/NI PPPK pegawai")
    m.add_argument("--unit", required=True, metavar="KODE", help="kode unit tujuan")
    m.add_argument("--atasan", metavar="NIP",
                   help="NIP atasan langsung yang baru (bawaan: pimpinan unit tujuan)")
    m.add_argument("--tmt", metavar="YYYY-MM-DD", type=tanggal,
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
    for name in AKSI_MODULES:
        importlib.import_module(name).register_aksi(aksi)


def cmd_pegawai(args: argparse.Namespace) -> int:
    from asn_desktop.services import pegawai

    with workspace_from(args) as ws, ws.db.Session() as s:
        unit_ids = unit_ids_of(s, args.unit)
        rows = pegawai.list_pegawai(s, pegawai.PegawaiFilter(
            text=args.cari, unit_ids=unit_ids, termasuk_berhenti=args.semua))
    if args.json:
        print_json([
            {"nip": r.nip, "nama": r.nama, "status": r.status, "golongan": r.golongan,
             "unit": r.unit_kode, "jabatan": r.jabatan, "jenis_jabatan": r.jenis_jabatan,
             **({"aktif": r.aktif, "alasan_berhenti": r.alasan_berhenti,
                 "tanggal_berhenti": r.tanggal_berhenti} if args.semua else {})}
            for r in rows
        ])
    elif args.semua:
        print_table([[r.nip, r.nama, r.unit_kode, r.jabatan, _status(r)] for r in rows],
                    ["NIP/NI PPPK", "NAMA", "UNIT", "JABATAN", "STATUS"])
    else:
        print_table([[r.nip, r.nama, r.unit_kode, r.jabatan] for r in rows],
                    ["NIP/NI PPPK", "NAMA", "UNIT", "JABATAN"])
    return 0


def _status(r: PegawaiRow) -> str:
    """'aktif', or 'berhenti: Pensiun 2026-03-01'."""
    from asn_desktop.services import pegawai

    if r.aktif:
        return "aktif"
    rincian = " ".join(x for x in (pegawai.label_alasan(r.alasan_berhenti),
                                   r.tanggal_berhenti.isoformat() if r.tanggal_berhenti else "")
                       if x)
    return f"berhenti: {rincian}" if rincian else "berhenti"


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
        raise SystemExit(usage("pegawai ubah membutuhkan paling sedikit satu nilai baru "
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
