"""``rekap``: the year's recap per OPD and per employee, as JSON, .xlsx or PDF."""

from __future__ import annotations

import argparse
from datetime import date

from asn_desktop.commands.common import (
    print_json,
    print_table,
    report_out,
    tahun,
    workspace_from,
)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "rekap", help="rekap kinerja per OPD dan per pegawai (JSON, .xlsx atau PDF)",
        description="Rekap satu tahun: per OPD jumlah pegawai, SKP disetujui, evaluasi "
        "periode yang selesai, sebaran predikat terhadap panduan, paket terakhir dan konflik; "
        "per pegawai status SKP, rating dan predikat tiap periode dan tahunan; daftar pegawai "
        "tanpa SKP atau tanpa evaluasi, riwayat predikat dan daftar tindak lanjut.")
    p.add_argument("--tahun", type=tahun, default=date.today().year, metavar="YYYY",
                   help="tahun kinerja (bawaan: tahun ini)")
    p.add_argument("--periode", metavar="P",
                   help="periode evaluasi: kode (2026-TW2) atau TW1, SM1, BL03, AKHIR "
                        "(bawaan: periode berjalan masing-masing unit)")
    p.add_argument("--unit", metavar="KODE", help="hanya unit ini beserta sub-unitnya")
    p.add_argument("--jenis", metavar="JENIS", help="hanya unit berjenis ini (mis. OPD)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--out", metavar="BERKAS", help="tulis ke berkas .xlsx atau .pdf")
    out.add_argument("--json", action="store_true", help="keluaran JSON")
    p.set_defaults(func=cmd_rekap)


def cmd_rekap(args: argparse.Namespace) -> int:
    from pathlib import Path

    from asn_desktop.errors import ValidationError
    from asn_desktop.services import orgs, pemantauan, pengaturan, rekap_berkas
    from asn_desktop.services.authority import scope_of
    from asn_desktop.services.cetak_target import parse_periode

    report_out(args.out)
    with workspace_from(args) as ws, ws.db.Session() as s:
        scope = scope_of(s, ws.info)
        if args.unit is not None:
            unit = orgs.unit_by_kode(s, args.unit)
            sub = orgs.subtree_ids(s, unit.id)
            scope = sub if scope is None else set(scope) & sub
        periode = None
        if args.periode is not None:
            periode = parse_periode(args.periode, args.tahun, pengaturan.frekuensi_default(s))
            if periode.tahun != args.tahun:
                raise ValidationError(
                    f"Periode {args.periode} bukan periode tahun {args.tahun}; sebut "
                    f"--tahun {periode.tahun} atau periode tahun {args.tahun}.", "periode")
        jenis = None
        if args.jenis is not None:
            jenis = args.jenis.strip().upper()
            known = sorted({u.jenis for u in pemantauan.opd_units(s, scope)})
            if jenis not in known:
                raise ValidationError(
                    f"Tidak ada baris rekap berjenis '{args.jenis}'; pilih salah satu dari "
                    f"{', '.join(known) or '(belum ada unit)'}.", "jenis")
        r = pemantauan.rekap(s, scope, args.tahun, periode, jenis=jenis)
    if args.json:
        print_json(r.to_json())
        return 0
    if args.out:
        path = rekap_berkas.tulis(r, Path(args.out))
        print(f"{rekap_berkas.judul(r)}: {len(r.opd)} unit, {len(r.pegawai)} pegawai, "
              f"ditulis ke {path}.")
        return 0
    print_table([[o.kode, o.nama[:40], str(o.pegawai), f"{o.persen_skp:.0f}%",
                  f"{o.persen_evaluasi:.0f}%", "—" if o.hari_sejak_paket is None
                  else str(o.hari_sejak_paket), str(o.konflik)] for o in r.opd],
                ["KODE", "OPD", "PEGAWAI", "SKP", "EVALUASI", "PAKET (HARI)", "KONFLIK"])
    return 0
