"""Performance years: ``tahun buka`` (central) and ``tahun daftar``."""

from __future__ import annotations

import argparse

from asn_desktop.commands.common import bilangan, print_json, print_table, usage, workspace_from
from asn_desktop.domain.periods import Frekuensi

_FREKUENSI = [f.value.lower() for f in Frekuensi]


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("tahun", help="tahun kinerja: 'tahun buka' (di pusat), 'tahun daftar'",
                       description="Tahun kinerja dan periode evaluasinya.")
    p.set_defaults(func=cmd_tanpa_aksi)
    aksi = p.add_subparsers(dest="aksi", metavar="AKSI", parser_class=type(p))
    m = aksi.add_parser("buka", help="buka tahun kinerja beserta periode evaluasinya (di pusat)",
                        description="Buka tahun kinerja: catat tahunnya dan buat periode "
                        "evaluasinya. Tahun yang sudah dibuka tidak dibuka ulang.")
    m.add_argument("--tahun", required=True, type=bilangan, metavar="YYYY", help="tahun kinerja")
    m.add_argument("--frekuensi", choices=_FREKUENSI, type=str.lower,
                   help="frekuensi evaluasi (bawaan: frekuensi bawaan di pengaturan)")
    m.set_defaults(func=cmd_buka)
    m = aksi.add_parser("daftar", help="daftar tahun kinerja dengan jumlah periode dan SKP")
    m.add_argument("--json", action="store_true", help="keluaran JSON")
    m.set_defaults(func=cmd_daftar)


def cmd_tanpa_aksi(args: argparse.Namespace) -> int:
    raise SystemExit(usage("sebut aksinya: 'tahun buka' atau 'tahun daftar'"))


def cmd_buka(args: argparse.Namespace) -> int:
    from asn_desktop.services import pengaturan, tahun_kinerja

    with workspace_from(args) as ws, ws.session() as s:
        frek = (Frekuensi(args.frekuensi.upper()) if args.frekuensi
                else pengaturan.frekuensi_default(s))
        row = tahun_kinerja.buka_tahun(s, args.tahun, frek)
    print(f"Tahun kinerja {row.tahun} dibuka: frekuensi "
          f"{tahun_kinerja.FREKUENSI_LABEL[Frekuensi(row.frekuensi)]}, "
          f"{row.jumlah_periode} periode.")
    return 0


def cmd_daftar(args: argparse.Namespace) -> int:
    from asn_desktop.services import tahun_kinerja

    with workspace_from(args) as ws, ws.db.Session() as s:
        rows = tahun_kinerja.daftar_tahun(s)
    if args.json:
        print_json([
            {"tahun": r.tahun, "frekuensi": r.frekuensi, "dibuka": r.dibuka,
             "periode": r.jumlah_periode, "skp": r.jumlah_skp, "skp_disetujui": r.skp_disetujui}
            for r in rows
        ])
    else:
        print_table([[str(r.tahun), r.frekuensi.lower(), "dibuka" if r.dibuka else "ditutup",
                      str(r.jumlah_periode), str(r.jumlah_skp), str(r.skp_disetujui)]
                     for r in rows],
                    ["TAHUN", "FREKUENSI", "STATUS", "PERIODE", "SKP", "DISETUJUI"])
    return 0
