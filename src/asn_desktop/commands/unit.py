"""Organisation commands: the unit tree (``units``) and its upkeep at the central (``unit add``,
``edit``, ``pindah``, ``tutup``, ``buka``, ``hapus``, ``pulihkan``). Every rule is in
services/organisasi.py."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from asn_desktop.commands.common import print_json, print_table, tanggal, usage, workspace_from
from asn_desktop.domain.periods import Frekuensi
from asn_desktop.domain.unit_kerja import MAX_LOGO_BYTES, JenisUnit
from asn_desktop.errors import ValidationError, os_reason

IKUT_TAHUN = "ikut-tahun"
_FREKUENSI = [f.value.lower() for f in Frekuensi] + [IKUT_TAHUN]


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("units", help="daftar unit organisasi dan kodenya")
    p.add_argument("--json", action="store_true", help="keluaran JSON (semua data unit)")
    p.add_argument("--all", "--semua", dest="semua", action="store_true",
                   help="termasuk unit yang sudah ditutup")
    p.set_defaults(func=cmd_units)

    p = sub.add_parser("unit", help="(pusat) tambah, ubah, pindah, tutup atau hapus unit "
                       "organisasi", description="Mengelola pohon organisasi di pusat (BKPSDM). "
                       "Unit yang pernah memiliki pegawai tidak dihapus melainkan ditutup, "
                       "agar riwayatnya tetap tersimpan.")
    aksi = p.add_subparsers(dest="aksi", metavar="AKSI", parser_class=type(p), required=True)

    m = aksi.add_parser("add", aliases=["tambah"], help="tambah unit baru")
    m.add_argument("--kode", required=True, help="kode unit, mis. 3673.DINKES")
    m.add_argument("--nama", required=True, help="nama unit")
    _jenis(m, required=True)
    m.add_argument("--induk", required=True, metavar="KODE", help="kode unit induk")
    _isi(m)
    m.set_defaults(func=cmd_add)

    m = aksi.add_parser("edit", aliases=["ubah"], help="ubah data unit (hanya opsi yang "
                        "disebut)")
    m.add_argument("kode", metavar="KODE", help="kode unit sekarang")
    m.add_argument("--kode-baru", dest="kode_baru", metavar="KODE", help="kode unit yang baru")
    m.add_argument("--nama", help="nama unit")
    _jenis(m, required=False)
    m.add_argument("--induk", metavar="KODE", help="pindahkan ke bawah unit ini")
    _isi(m)
    m.add_argument("--tanpa-pimpinan", dest="tanpa_pimpinan", action="store_true",
                   help="hapus tanda pimpinan unit")
    m.add_argument("--hapus-logo", dest="hapus_logo", action="store_true",
                   help="hapus gambar kop unit (lembar memakai kop unit di atasnya, atau kop "
                   "surat dari Pengaturan)")
    m.set_defaults(func=cmd_edit)

    m = aksi.add_parser("pindah", help="pindahkan unit (beserta sub-unitnya) ke induk lain")
    m.add_argument("kode", metavar="KODE", help="kode unit")
    m.add_argument("--induk", required=True, metavar="KODE", help="kode unit induk yang baru")
    m.set_defaults(func=cmd_pindah)

    m = aksi.add_parser("tutup", help="tutup unit (riwayatnya tetap; tidak menerima penempatan "
                        "baru)")
    m.add_argument("kode", metavar="KODE", help="kode unit")
    m.add_argument("--tanggal", metavar="YYYY-MM-DD", type=tanggal,
                   help="ditutup sejak tanggal ini (bawaan: hari ini)")
    m.set_defaults(func=cmd_tutup)

    for nama, bantuan, func in (
            ("buka", "buka kembali unit yang ditutup", cmd_buka),
            ("hapus", "hapus unit yang belum pernah dipakai (dapat dipulihkan)", cmd_hapus),
            ("pulihkan", "pulihkan unit yang terhapus", cmd_pulihkan)):
        m = aksi.add_parser(nama, help=bantuan)
        m.add_argument("kode", metavar="KODE", help="kode unit")
        m.set_defaults(func=func)


def _jenis(m: argparse.ArgumentParser, *, required: bool) -> None:
    m.add_argument("--jenis", required=required, type=str.upper,
                   choices=[j.value for j in JenisUnit], metavar="JENIS",
                   help="jenis unit: " + ", ".join(j.value for j in JenisUnit)
                   + " (huruf besar/kecil sama)")


def _isi(m: argparse.ArgumentParser) -> None:
    m.add_argument("--tempat", help="kota penandatanganan (bawaan unit baru: Serang)")
    m.add_argument("--alamat", help="alamat unit ('' mengosongkan)")
    m.add_argument("--kop", action="append", metavar="BARIS",
                   help="baris kop teks (disimpan untuk lembar format lama; lembar kini memakai "
                   "gambar kop --logo), dapat diulang ('' mengosongkan)")
    m.add_argument("--frekuensi", type=str.lower, choices=_FREKUENSI, metavar="FREKUENSI",
                   help="frekuensi evaluasi unit: bulanan, triwulanan, semesteran, atau "
                   "ikut-tahun (mengikuti tahun kinerja)")
    m.add_argument("--pimpinan", metavar="NIP", help="NIP pimpinan unit (pegawai unit ini)")
    m.add_argument("--logo", metavar="BERKAS.png", help="gambar kop surat unit, selebar "
                   f"halaman (PNG, paling besar {MAX_LOGO_BYTES // 1024} KB)")


def _logo(path: str | None) -> bytes | None:
    if path is None:
        return None
    try:
        with Path(path).open("rb") as f:
            return f.read(MAX_LOGO_BYTES + 1)  # more than the limit is refused anyway
    except OSError as exc:
        raise ValidationError(f"Berkas logo {path} tidak dapat dibaca: "
                              f"{os_reason(exc)}.", "logo_png") from None


def _frekuensi(teks: str | None, lama: str | None) -> str | None:
    if teks is None:
        return lama
    return None if teks == IKUT_TAHUN else teks.upper()


def cmd_units(args: argparse.Namespace) -> int:
    from asn_desktop.services import organisasi

    with workspace_from(args) as ws, ws.db.Session() as s:
        units = organisasi.daftar_unit(s, termasuk_ditutup=args.semua)
    if args.json:
        print_json([dataclasses.asdict(u) for u in units])
    else:
        print_table([[u.kode, "  " * u.kedalaman + u.nama, u.jenis,
                      f"ditutup {u.ditutup:%d-%m-%Y}" if u.ditutup else ""] for u in units],
                    ["KODE", "NAMA", "JENIS", "KETERANGAN"])
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from asn_desktop.services import organisasi

    data = organisasi.UnitInput(
        args.kode, args.nama, args.jenis, args.induk, tempat=args.tempat or "Serang",
        alamat=args.alamat, kop_baris=tuple(args.kop or ()),
        frekuensi_evaluasi=_frekuensi(args.frekuensi, None), pimpinan_nip=args.pimpinan,
        logo_png=_logo(args.logo))
    with workspace_from(args) as ws, ws.session() as s:
        u = organisasi.tambah_unit(s, data)
        d = organisasi.detail_unit(s, u.id)
    print(f"Unit {d.nama} ({d.kode}) ditambahkan di bawah {d.induk_kode}.")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from asn_desktop.services import organisasi

    opsi = ("kode_baru", "nama", "jenis", "induk", "tempat", "alamat", "kop", "frekuensi",
            "pimpinan", "logo")
    if not any(getattr(args, o) is not None for o in opsi) and not (
            args.tanpa_pimpinan or args.hapus_logo):
        raise SystemExit(usage("unit edit membutuhkan paling sedikit satu nilai baru "
                               "(--nama, --kode-baru, --alamat, ...)"))
    if args.pimpinan is not None and args.tanpa_pimpinan:
        raise SystemExit(usage("--pimpinan tidak boleh bersama --tanpa-pimpinan"))
    logo = _logo(args.logo)
    with workspace_from(args) as ws, ws.session() as s:
        d = organisasi.detail_unit(s, args.kode)
        data = dataclasses.replace(
            d.sebagai_input(),
            kode=args.kode_baru if args.kode_baru is not None else d.kode,
            nama=args.nama if args.nama is not None else d.nama,
            jenis=args.jenis or d.jenis,
            induk_kode=args.induk if args.induk is not None else d.induk_kode,
            tempat=args.tempat if args.tempat is not None else d.tempat,
            alamat=args.alamat if args.alamat is not None else d.alamat,
            kop_baris=tuple(args.kop) if args.kop is not None else d.kop_baris,
            frekuensi_evaluasi=_frekuensi(args.frekuensi, d.frekuensi_evaluasi),
            pimpinan_nip=None if args.tanpa_pimpinan else (args.pimpinan or d.pimpinan_nip),
            logo_png=logo, hapus_logo=args.hapus_logo)
        u = organisasi.ubah_unit(s, d.id, data)
        kode, nama = u.kode, u.nama
    print(f"Unit {nama} ({kode}) diperbarui.")
    return 0


def cmd_pindah(args: argparse.Namespace) -> int:
    from asn_desktop.services import organisasi

    with workspace_from(args) as ws, ws.session() as s:
        u = organisasi.pindah_unit(s, args.kode, args.induk)
        d = organisasi.detail_unit(s, u.id)
    print(f"Unit {d.nama} ({d.kode}) sekarang berada di bawah {d.induk_kode}.")
    return 0


def cmd_tutup(args: argparse.Namespace) -> int:
    from asn_desktop.services import organisasi

    with workspace_from(args) as ws, ws.session() as s:
        u = organisasi.tutup_unit(s, args.kode, args.tanggal)
        kode, nama, sejak = u.kode, u.nama, u.ditutup
    print(f"Unit {nama} ({kode}) ditutup sejak {sejak:%d-%m-%Y}; riwayatnya tetap tersimpan.")
    return 0


def cmd_buka(args: argparse.Namespace) -> int:
    from asn_desktop.services import organisasi

    with workspace_from(args) as ws, ws.session() as s:
        u = organisasi.buka_unit(s, args.kode)
        kode, nama = u.kode, u.nama
    print(f"Unit {nama} ({kode}) dibuka kembali.")
    return 0


def cmd_hapus(args: argparse.Namespace) -> int:
    from asn_desktop.services import organisasi

    with workspace_from(args) as ws, ws.session() as s:
        d = organisasi.detail_unit(s, args.kode)
        organisasi.hapus_unit(s, d.id)
    print(f"Unit {d.nama} ({d.kode}) dihapus; pulihkan dengan 'asn-desktop unit pulihkan "
          f"{d.kode}'.")
    return 0


def cmd_pulihkan(args: argparse.Namespace) -> int:
    from asn_desktop.services import organisasi

    with workspace_from(args) as ws, ws.session() as s:
        u = organisasi.pulihkan_unit(s, args.kode)
        kode, nama = u.kode, u.nama
    print(f"Unit {nama} ({kode}) dipulihkan.")
    return 0
