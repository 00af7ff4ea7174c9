"""Sync commands: invite/revoke units, export and import packages, status, conflicts,
fingerprints."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from asn_desktop.commands.common import bilangan, print_json, print_table, workspace_from
from asn_desktop.errors import PackageRejected


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("sync", help="sinkronisasi antara pusat dan unit (paket berkas)")
    s = p.add_subparsers(dest="sync_command", metavar="AKSI", parser_class=type(p))
    s.required = True

    q = s.add_parser("invite", help="(pusat) buat paket penyiapan untuk satu unit")
    q.add_argument("--unit", required=True, metavar="KODE", help="kode unit")
    q.add_argument("--out", required=True, metavar="BERKAS", help="berkas atau folder tujuan")
    q.add_argument("--json", action="store_true",
                   help="keluaran JSON (berkas, unit, kode pendaftaran)")
    q.set_defaults(func=cmd_invite)

    q = s.add_parser("revoke", help="(pusat) cabut instalasi sebuah unit")
    q.add_argument("--unit", required=True, metavar="KODE", help="kode unit")
    q.set_defaults(func=cmd_revoke)

    q = s.add_parser("rotate-keys", aliases=["ganti-kunci"],
                     help="ganti kunci instalasi ini (penerima mengikuti tanpa pendaftaran ulang)",
                     description="Ganti kunci tanda tangan dan enkripsi instalasi ini, misalnya "
                     "bila komputer atau cadangannya mungkin jatuh ke tangan orang lain. Kunci "
                     "baru diumumkan dengan tanda tangan kunci lama di setiap paket, jadi "
                     "penerima mengikutinya tanpa pendaftaran ulang; paket bertanda tangan kunci "
                     "lama ditolak sesudahnya, dan lembar yang sudah dicetak tetap dapat "
                     "diverifikasi. Buat cadangan baru sesudahnya.")
    q.add_argument("--json", action="store_true", help="keluaran JSON")
    q.set_defaults(func=cmd_rotate_keys)

    q = s.add_parser("export", help="tulis paket perubahan yang belum dikonfirmasi penerima")
    q.add_argument("--out", required=True, metavar="PATH",
                   help="berkas paket, atau folder (pusat tanpa --unit: satu berkas per unit)")
    q.add_argument("--unit", metavar="KODE", help="(pusat) hanya untuk unit ini")
    q.add_argument("--full", action="store_true",
                   help="salinan lengkap (memulihkan instalasi yang hilang)")
    q.set_defaults(func=cmd_export)

    q = s.add_parser("import", help="terapkan paket (tiap paket utuh atau tidak sama sekali)")
    q.add_argument("files", nargs="+", metavar="BERKAS")
    q.set_defaults(func=cmd_import)

    q = s.add_parser("inbox", help="terima semua paket baru di sebuah folder")
    q.add_argument("folder", metavar="FOLDER")
    q.set_defaults(func=cmd_inbox)

    q = s.add_parser("status", help="apa yang terakhir dikirim, diterima dan dikonfirmasi")
    q.add_argument("--json", action="store_true", help="keluaran JSON")
    q.set_defaults(func=cmd_status)

    q = s.add_parser("fingerprint", help="sidik isi data tersinkron (seluruhnya atau satu unit)")
    q.add_argument("--unit", metavar="KODE", help="hanya data unit ini")
    q.set_defaults(func=cmd_fingerprint)

    q = s.add_parser("conflicts", help="daftar konflik yang perlu ditinjau")
    q.add_argument("--json", action="store_true", help="keluaran JSON")
    q.add_argument("--semua", action="store_true", help="termasuk yang sudah diselesaikan")
    q.set_defaults(func=cmd_conflicts)

    q = s.add_parser("ca", help="sertifikat otoritas kota untuk memeriksa tanda tangan PDF",
                     description="Tampilkan sertifikat otoritas (CA) BKPSDM dan sertifikat "
                     "tanda tangan PDF instalasi ini; dengan --out tulis sertifikat otoritas "
                     "(.crt) untuk dipercaya di pembaca PDF (lihat Panduan: Mencetak lembar).")
    q.add_argument("--out", metavar="BERKAS.crt", help="tulis sertifikat otoritas ke berkas")
    q.add_argument("--json", action="store_true", help="keluaran JSON")
    q.set_defaults(func=cmd_ca)

    q = s.add_parser("resolve", help="selesaikan satu konflik")
    q.add_argument("id", type=bilangan, metavar="ID")
    q.add_argument("--keep", required=True, choices=["local", "incoming"],
                   help="nilai yang dipakai: di komputer ini (local) atau dari paket (incoming)")
    q.set_defaults(func=cmd_resolve)


def cmd_invite(args: argparse.Namespace) -> int:
    from asn_desktop.services import sync_service as svc

    with workspace_from(args) as ws:
        r = svc.invite(ws, args.unit, Path(args.out))
    if args.json:
        print_json({"berkas": str(r.path), "unit": r.unit_kode, "nama": r.unit_nama,
                    "kode_pendaftaran": r.kode, "perubahan": r.perubahan})
    else:
        print(r.ringkasan)
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from asn_desktop.services import sync_service as svc

    with workspace_from(args) as ws:
        r = svc.revoke(ws, args.unit)
    print(r.ringkasan)
    return 0


def cmd_rotate_keys(args: argparse.Namespace) -> int:
    from asn_desktop.services import sync_service as svc

    with workspace_from(args) as ws:
        r = svc.rotate_keys(ws)
    if args.json:
        print_json({"sidik_lama": r.sidik_lama, "sidik_baru": r.sidik_baru})
    else:
        print(r.ringkasan)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from asn_desktop.services import sync_service as svc

    with workspace_from(args) as ws:
        r = svc.export(ws, Path(args.out), unit_kode=args.unit, full=args.full)
    print(r.ringkasan)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from asn_desktop.services import sync_service as svc

    files = [Path(f) for f in args.files]
    if len(files) == 1:  # a rejection is the one line cli.py prints
        with workspace_from(args) as ws:
            (r,) = svc.import_packages(ws, files)
        print(r.ringkasan)
        return 0
    rejected: list[str] = []

    def report(path: Path, exc: PackageRejected) -> None:
        rejected.append(path.name)
        print(f"asn-desktop: {path.name}: {exc.message}", file=sys.stderr)

    with workspace_from(args) as ws:
        for r in svc.import_packages(ws, files, on_rejected=report):
            print(r.ringkasan)
    return 1 if rejected else 0


def cmd_inbox(args: argparse.Namespace) -> int:
    from asn_desktop.services import sync_service as svc

    with workspace_from(args) as ws:
        r = svc.inbox(ws, Path(args.folder))
    print(r.ringkasan)
    return 1 if r.ditolak else 0


def cmd_status(args: argparse.Namespace) -> int:
    from asn_desktop.services import sync_service as svc

    with workspace_from(args) as ws:
        st = svc.status(ws)
    if args.json:
        print_json(st.to_json())
        return 0
    peran = "pusat (BKPSDM)" if st.peran == "central" else "unit"
    print(f"Instalasi {peran}, node {st.node}; perubahan terakhir #{st.perubahan_terakhir}")
    print_table([[p.nama, p.kode, svc.STATUS_LABEL.get(p.status, p.status),
                  p.terakhir_dikirim or "-", p.terakhir_diterima or "-",
                  str(p.dikonfirmasi_sampai), str(p.belum_dikirim), str(p.menunggu_konfirmasi)]
                 for p in st.peers],
                ["INSTALASI", "KODE", "STATUS", "TERAKHIR DIKIRIM", "TERAKHIR DITERIMA",
                 "DIKONFIRMASI S.D.", "BELUM DIKIRIM", "MENUNGGU KONFIRMASI"])
    print(f"Konflik terbuka: {st.konflik}")
    if st.peringatan_jam:
        print(f"PERINGATAN: {st.peringatan_jam}")
    return 0


def cmd_fingerprint(args: argparse.Namespace) -> int:
    from asn_desktop.services import sync_service as svc

    with workspace_from(args) as ws:
        print(svc.fingerprint(ws, args.unit))
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from asn_desktop.services import sync_service as svc

    with workspace_from(args) as ws:
        items = svc.conflicts(ws, include_resolved=args.semua)
    if args.json:
        print_json([k.to_json() for k in items])
    elif not items:
        print("Tidak ada konflik.")
    else:
        for e in svc.conflict_entries(items):  # a new row held whole: one line for the row
            print(e.baris)
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    from asn_desktop.services import sync_service as svc

    with workspace_from(args) as ws:
        r = svc.resolve(ws, args.id, args.keep)
    print(r.ringkasan)
    return 0


def cmd_ca(args: argparse.Namespace) -> int:
    from asn_desktop.services import sertifikat

    with workspace_from(args) as ws:
        if args.out:
            path = sertifikat.ekspor_ca(ws, args.out)
        if ws.is_central:
            sertifikat.siapkan(ws)
        info = sertifikat.info(ws)
    if args.json:
        print_json({"ca": info.ca_subjek, "sidik_sha256": info.ca_sidik,
                    "sertifikat": info.sertifikat,
                    "berlaku_sampai": info.berlaku_sampai.isoformat()
                    if info.berlaku_sampai else None})
        return 0
    print(f"Otoritas sertifikat: {info.ca_subjek or 'belum diterima dari pusat'}")
    if info.ca_sidik:
        print(f"Sidik SHA-256:       {info.ca_sidik}")
    print(f"Sertifikat instalasi: {info.sertifikat or 'belum diterbitkan (kirim paket ke pusat)'}")
    if info.berlaku_sampai:
        print(f"Berlaku sampai:       {info.berlaku_sampai:%d-%m-%Y}")
    if args.out:
        print(f"Sertifikat otoritas ditulis ke {path}.")
    return 0
