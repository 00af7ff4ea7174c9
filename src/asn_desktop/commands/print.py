"""Printing the signed sheets and verifying printed sheets: ``print`` and ``verify``."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from asn_desktop.commands.common import bilangan, progress, workspace_from
from asn_desktop.domain.dokumen import DOKUMEN_CETAK

if TYPE_CHECKING:
    from asn_desktop.services.cetak_verifikasi import VerifyResult

_JENIS_HELP = "skp, evaluasi (evaluasi kinerja pegawai) atau dokumen (dokumen evaluasi)"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "print",
        help="cetak SKP / evaluasi / dokumen evaluasi ke PDF (satu pegawai atau satu unit)",
        description="Cetak lembar bertanda kode verifikasi ke PDF. Satu pegawai: --nip; satu "
                    "unit (beserta sub-unitnya): --unit, satu berkas per pegawai atau --combined.",
    )
    p.add_argument("jenis", choices=DOKUMEN_CETAK, help=_JENIS_HELP)
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--nip", help="NIP / NI PPPK pegawai")
    who.add_argument("--unit", metavar="KODE", help="kode unit (cetak massal)")
    p.add_argument("--tahun", type=bilangan, default=date.today().year,
                   help="tahun kinerja (bawaan: tahun ini)")
    p.add_argument("--periode", metavar="P",
                   help="periode evaluasi: kode (2026-TW2) atau TW1, \"TRIWULAN II\", SM1, AKHIR "
                        "(bawaan: evaluasi disetujui terakhir, atau yang terakhir ada)")
    p.add_argument("--out", required=True, metavar="BERKAS|FOLDER",
                   help="berkas PDF (--nip, --combined) atau folder (--unit)")
    p.add_argument("--combined", action="store_true",
                   help="dengan --unit: semua lembar dalam satu berkas PDF")
    p.set_defaults(func=cmd_print)

    p = sub.add_parser(
        "verify",
        help="periksa keaslian lembar cetak (berkas PDF atau kode verifikasi)",
        description="Periksa lembar cetak terhadap register cetakan: menampilkan isi yang "
                    "tercatat saat dicetak (nama, NIP, periode, rating, predikat, status) untuk "
                    "dicocokkan dengan kertasnya; berkas PDF dibandingkan nilai demi nilai. "
                    "Kode keluar 0: sah; 1: kedaluwarsa, konsep, tidak dikenal atau tidak sah.",
    )
    p.add_argument("target", nargs="+", metavar="BERKAS.pdf|KODE",
                   help="berkas PDF hasil cetak, atau kode verifikasi (mis. ABCD-EFGH-JKMN)")
    p.add_argument("--json", action="store_true",
                   help="hasil sebagai JSON (status, isi tercatat, selisih)")
    p.set_defaults(func=cmd_verify)


def _usage(message: str) -> int:
    print(f"asn-desktop: kesalahan penggunaan: {message}", file=sys.stderr)
    return 2


def cmd_print(args: argparse.Namespace) -> int:
    from asn_desktop.services import cetak

    out = Path(args.out)
    if args.jenis == "skp" and args.periode:
        return _usage("--periode hanya untuk evaluasi dan dokumen")
    if args.combined and not args.unit:
        return _usage("--combined hanya bersama --unit")
    for given, option in ((args.nip, "--nip"), (args.unit, "--unit")):
        if given is not None and not given.strip():
            return _usage(f"{option} tidak boleh kosong")
    with workspace_from(args) as ws:
        if args.nip is not None:
            if out.suffix.lower() != ".pdf":
                return _usage("--out harus berkas .pdf")
            with ws.db.Session() as s:
                target = cetak.target_by_nip(s, args.jenis, args.nip, args.tahun, args.periode)
            hasil = cetak.print_to_file(ws, [target], out)
            x = hasil.lembar[0]
            print(f"{x.keterangan} — {x.nama} (NIP {x.nip or '-'}) dicetak ke {out}; "
                  f"kode verifikasi {x.kode}.")
            if hasil.catatan_ttd:
                progress(hasil.catatan_ttd + ".")
            return 0

        def report(done: int, total: int) -> None:
            if done == total or done % 10 == 0:
                progress(f"Mencetak {done}/{total} lembar…")

        hasil = cetak.print_unit(ws, args.jenis, args.unit, args.tahun, out,
                                 periode=args.periode, combined=args.combined, progress=report)
    for d in hasil.dilewati:
        progress(f"Dilewati: {d.alasan}")
    if not hasil.lembar:
        print(f"asn-desktop: tidak ada lembar yang dapat dicetak untuk unit {args.unit}.",
              file=sys.stderr)
        return 1
    tujuan = hasil.berkas[0] if args.combined else out
    berkas = "1 berkas" if args.combined else f"{len(hasil.berkas)} berkas"
    lewat = f"; {len(hasil.dilewati)} pegawai dilewati" if hasil.dilewati else ""
    print(f"{len(hasil.lembar)} lembar dicetak ke {tujuan} ({berkas}){lewat}.")
    if hasil.catatan_ttd:
        progress(hasil.catatan_ttd + ".")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from asn_desktop.services.cetak_verifikasi import verify_any

    code = 0
    found: list[VerifyResult] = []
    with workspace_from(args) as ws:
        for target in args.target:
            found += verify_any(ws, target)
    if args.json:
        print(json.dumps([r.to_dict() for r in found], ensure_ascii=False, indent=2))
    for r in found:
        code = max(code, r.exit_code)
        if args.json:
            continue
        print(r.message)
        if r.ttd_pdf is not None:
            print(f"  {r.ttd_pdf.label}: {r.ttd_pdf.pesan}")
        rows = r.rincian_baris()
        if rows:
            print("  Tercatat di register (cocokkan dengan lembar):")
            width = max(len(label) for _f, label, _v in rows)
            beda = {x.field: x for x in r.selisih}
            for name, label, value in rows:
                x = beda.get(name) if name else None
                note = "" if x is None else (
                    "   <- tidak terbaca di lembar" if x.di_lembar is None
                    else f"   <- di lembar: {x.di_lembar or '-'}")
                print(f"    {label:<{width}}  {value}{note}")
    return code
