"""Public-service commands: ``layanan`` (catalogue, daily register, import, report), ``pengaduan``
(complaints and their workflow) and ``ikm`` (satisfaction surveys). Every rule is in the
services (services/pelayanan.py, pengaduan.py, ikm.py, pelayanan_rekap.py)."""

from __future__ import annotations

import argparse
from datetime import date

from asn_desktop.commands.common import (
    bilangan,
    desimal,
    print_json,
    print_table,
    report_out,
    tanggal,
    workspace_from,
)
from asn_desktop.domain.pelayanan import Kanal, Kategori, SatuanStandar, samarkan

_KANAL = [k.value.lower() for k in Kanal]
_KATEGORI = [k.value.lower() for k in Kategori]
_LANGKAH = ["verifikasi", "disposisi", "tindak_lanjut", "selesaikan", "tolak", "buka_kembali"]


def _unit(m: argparse.ArgumentParser) -> None:
    m.add_argument("--unit", metavar="KODE",
                   help="kode unit (bawaan: unit instalasi ini)")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("layanan", help="katalog layanan, register layanan harian dan laporan "
                       "pelayanan publik", description="Jenis layanan unit beserta standar "
                       "pelayanannya, register harian (permohonan masuk, selesai, tepat waktu, "
                       "backlog) dan laporan bulanan atau triwulanan (PDF atau .xlsx).")
    aksi = p.add_subparsers(dest="aksi", metavar="AKSI", parser_class=type(p), required=True)

    m = aksi.add_parser("katalog", aliases=["list"], help="daftar jenis layanan unit")
    _unit(m)
    m.add_argument("--json", action="store_true", help="keluaran JSON")
    m.set_defaults(func=cmd_katalog)

    m = aksi.add_parser("tambah", aliases=["add"], help="tambah jenis layanan ke katalog")
    _unit(m)
    m.add_argument("--kode", required=True, help="kode layanan, mis. KTP")
    m.add_argument("--nama", required=True, help="nama layanan, mis. 'KTP-el'")
    m.add_argument("--standar", required=True, type=desimal, metavar="N",
                   help="standar waktu pelayanan")
    m.add_argument("--satuan", type=str.lower, choices=["hari-kerja", "jam"],
                   default="hari-kerja", help="satuan standar (bawaan: hari-kerja)")
    m.set_defaults(func=cmd_tambah)

    m = aksi.add_parser("catat", help="catat register satu layanan pada satu hari")
    _unit(m)
    m.add_argument("--layanan", required=True, metavar="KODE", help="kode layanan")
    m.add_argument("--tanggal", type=tanggal, metavar="YYYY-MM-DD",
                   help="tanggal (bawaan: hari ini)")
    m.add_argument("--masuk", type=bilangan, required=True, help="permohonan masuk")
    m.add_argument("--selesai", type=bilangan, required=True, help="permohonan selesai")
    m.add_argument("--tepat", type=bilangan,
                   help="selesai tepat waktu (bawaan: sama dengan selesai)")
    m.add_argument("--backlog", type=bilangan, default=0, help="sisa permohonan belum selesai")
    m.add_argument("--alasan", help="alasan tunggakan, mis. 'blangko habis'")
    m.set_defaults(func=cmd_catat)

    m = aksi.add_parser("impor", aliases=["import"], help="impor register dari berkas .xlsx "
                        "atau .csv (kolom Tanggal, Kode layanan, Masuk, Selesai, Tepat waktu, "
                        "Tunggakan, Alasan)")
    _unit(m)
    m.add_argument("berkas", metavar="BERKAS", help="berkas .xlsx atau .csv")
    m.set_defaults(func=cmd_impor)

    m = aksi.add_parser("laporan", help="laporan pelayanan bulanan atau triwulanan")
    _unit(m)
    waktu = m.add_mutually_exclusive_group(required=True)
    waktu.add_argument("--bulan", metavar="YYYY-MM", help="bulan laporan")
    waktu.add_argument("--triwulan", metavar="YYYY-TWn", help="triwulan laporan, mis. 2026-TW4")
    keluar = m.add_mutually_exclusive_group(required=True)
    keluar.add_argument("--out", metavar="BERKAS", help="tulis ke berkas .pdf atau .xlsx")
    keluar.add_argument("--json", action="store_true", help="ringkasan JSON")
    m.set_defaults(func=cmd_laporan)

    p = sub.add_parser("pengaduan", help="register pengaduan dan tindak lanjutnya",
                       description="Pengaduan layanan: diterima → diverifikasi → didisposisi → "
                       "ditindaklanjuti → selesai (atau ditolak), dengan batas waktu dalam hari "
                       "kerja menurut kategorinya.")
    aksi = p.add_subparsers(dest="aksi", metavar="AKSI", parser_class=type(p), required=True)

    m = aksi.add_parser("list", aliases=["daftar"], help="daftar pengaduan")
    m.add_argument("--unit", metavar="KODE", help="hanya unit ini (bawaan: semua dalam "
                   "wilayah instalasi)")
    m.add_argument("--terlambat", action="store_true", help="hanya yang melewati batas waktu")
    m.add_argument("--terbuka", action="store_true", help="hanya yang belum selesai")
    m.add_argument("--json", action="store_true", help="keluaran JSON (nama pelapor disamarkan)")
    m.set_defaults(func=cmd_adu_list)

    m = aksi.add_parser("tambah", aliases=["add"], help="catat pengaduan yang diterima")
    _unit(m)
    m.add_argument("--tanggal", type=tanggal, metavar="YYYY-MM-DD",
                   help="tanggal diterima (bawaan: hari ini)")
    m.add_argument("--kanal", type=str.lower, choices=_KANAL, required=True, metavar="KANAL",
                   help="kanal: " + ", ".join(_KANAL))
    m.add_argument("--kategori", type=str.lower, choices=_KATEGORI, default="normatif",
                   metavar="KATEGORI", help="kategori: " + ", ".join(_KATEGORI)
                   + " (bawaan: normatif)")
    m.add_argument("--uraian", required=True, help="isi pengaduan")
    m.add_argument("--layanan", metavar="KODE", help="kode layanan yang diadukan")
    m.add_argument("--pelapor", help="nama pelapor (boleh kosong)")
    m.add_argument("--kontak", help="kontak pelapor (boleh kosong)")
    m.add_argument("--nomor", help="nomor tiket (mis. dari SP4N-LAPOR!); bawaan: dibuat unit")
    m.set_defaults(func=cmd_adu_tambah)

    m = aksi.add_parser("langkah", help="jalankan satu langkah alur pengaduan")
    m.add_argument("nomor", metavar="NOMOR", help="nomor pengaduan")
    m.add_argument("langkah", type=str.lower, choices=_LANGKAH, metavar="LANGKAH",
                   help="langkah: " + ", ".join(_LANGKAH))
    m.add_argument("--pic", metavar="NIP", help="NIP penanggung jawab (disposisi)")
    m.add_argument("--tanggapan", help="tanggapan atau tindak lanjut")
    m.add_argument("--bukti", help="bukti tindak lanjut (tautan atau keterangan berkas)")
    m.add_argument("--kategori", type=str.lower, choices=_KATEGORI, metavar="KATEGORI",
                   help="kategori setelah verifikasi")
    m.add_argument("--alasan", help="alasan (tolak, buka kembali)")
    m.add_argument("--tanggal", type=tanggal, metavar="YYYY-MM-DD",
                   help="tanggal langkah (bawaan: hari ini)")
    m.set_defaults(func=cmd_adu_langkah)

    m = aksi.add_parser("riwayat", aliases=["lihat"],
                        help="rincian dan riwayat alur satu pengaduan")
    m.add_argument("nomor", metavar="NOMOR", help="nomor pengaduan")
    m.set_defaults(func=cmd_adu_riwayat)

    p = sub.add_parser("ikm", help="hasil Survei Kepuasan Masyarakat (IKM)")
    aksi = p.add_subparsers(dest="aksi", metavar="AKSI", parser_class=type(p), required=True)
    m = aksi.add_parser("catat", help="catat hasil survei satu periode")
    _unit(m)
    m.add_argument("--periode", required=True, metavar="KODE",
                   help="periode survei, mis. 2026-SM1, 2026-TW3 atau 2026-BL11")
    m.add_argument("--responden", required=True, type=bilangan, help="jumlah responden")
    m.add_argument("--nilai", required=True, metavar="N1,…,N9",
                   help="nilai rata-rata (1–4) kesembilan unsur, dipisah koma")
    m.add_argument("--catatan", help="catatan")
    m.set_defaults(func=cmd_ikm_catat)
    m = aksi.add_parser("list", aliases=["daftar"], help="daftar hasil survei")
    _unit(m)
    m.add_argument("--tahun", type=bilangan, metavar="YYYY", help="hanya tahun ini")
    m.add_argument("--json", action="store_true", help="keluaran JSON")
    m.set_defaults(func=cmd_ikm_list)


def _angka(x: float | None, desimal: int = 1) -> str:
    return "—" if x is None else f"{x:.{desimal}f}".replace(".", ",")


def cmd_katalog(args: argparse.Namespace) -> int:
    from asn_desktop.services import pelayanan

    with workspace_from(args) as ws, ws.session() as s:
        unit = pelayanan.unit_dari(s, args.unit)
        rows = pelayanan.katalog(s, unit.id, semua=True)
    if args.json:
        print_json([{"kode": r.kode, "nama": r.nama, "standar": r.standar,
                     "satuan": r.satuan_standar, "aktif": r.aktif} for r in rows])
        return 0
    print_table([[r.kode, r.nama, r.standar_teks, "" if r.aktif else "tidak aktif"]
                 for r in rows], ["KODE", "LAYANAN", "STANDAR", "KETERANGAN"])
    return 0


def cmd_tambah(args: argparse.Namespace) -> int:
    from asn_desktop.services import pelayanan

    satuan = SatuanStandar.JAM if args.satuan == "jam" else SatuanStandar.HARI_KERJA
    with workspace_from(args) as ws, ws.session() as s:
        unit = pelayanan.unit_dari(s, args.unit)
        pelayanan.tambah_layanan(s, unit.id, pelayanan.LayananInput(
            args.kode, args.nama, args.standar, satuan))
    print(f"Layanan {args.kode.upper()} ditambahkan ke katalog {unit.nama}.")
    return 0


def cmd_catat(args: argparse.Namespace) -> int:
    from asn_desktop.services import pelayanan

    hari = args.tanggal or date.today()
    with workspace_from(args) as ws, ws.session() as s:
        unit = pelayanan.unit_dari(s, args.unit)
        lay = pelayanan.layanan_by_kode(s, unit.id, args.layanan)
        pelayanan.catat_harian(s, pelayanan.HarianInput(
            lay.id, hari, args.masuk, args.selesai,
            args.selesai if args.tepat is None else args.tepat, args.backlog, args.alasan))
    print(f"Register {lay.kode} {hari:%d-%m-%Y} dicatat.")
    return 0


def cmd_impor(args: argparse.Namespace) -> int:
    from asn_desktop.services import pelayanan, pelayanan_impor

    with workspace_from(args) as ws:
        with ws.session() as s:
            unit = pelayanan.unit_dari(s, args.unit)
        hasil = pelayanan_impor.impor(ws, unit.id, args.berkas)
    print(f"{hasil.baris} baris register diimpor ({hasil.layanan} layanan, {hasil.hari} hari) "
          f"ke {unit.nama}.")
    print(f"Cadangan sebelum impor: {hasil.cadangan}")
    return 0


def cmd_laporan(args: argparse.Namespace) -> int:
    from pathlib import Path

    from asn_desktop.services import pelayanan, pelayanan_rekap

    report_out(args.out)
    with workspace_from(args) as ws, ws.session() as s:
        unit = pelayanan.unit_dari(s, args.unit)
        r = pelayanan_rekap.rekap(s, unit.id, pelayanan_rekap.rentang(args.bulan or args.triwulan))
        if args.out:
            from asn_desktop.services import pelayanan_berkas

            path = pelayanan_berkas.tulis(s, r, Path(args.out))
    if args.json:
        print_json({
            "unit": r.unit_nama, "periode": r.rentang.kode, "masuk": r.masuk,
            "selesai": r.selesai, "tepat_waktu": r.tepat_waktu, "persen_tepat": r.persen_tepat,
            "layanan": [{"kode": b.kode, "masuk": b.masuk, "selesai": b.selesai,
                         "tepat_waktu": b.tepat_waktu, "backlog": b.backlog}
                        for b in r.layanan],
            "pengaduan_masuk": r.pengaduan_masuk, "pengaduan_ditutup": r.ditutup,
            "pengaduan_ditutup_tepat": r.ditutup_tepat, "per_status": r.per_status,
            "per_kategori": r.per_kategori, "per_kanal": r.per_kanal,
            "rata_respons_hari_kerja": r.rata_respons, "rata_selesai_hari_kerja": r.rata_selesai,
            "terlambat": [v.nomor for v in r.terlambat],
            "ikm": None if r.ikm is None else {"nilai": r.ikm.nilai, "mutu": r.ikm.mutu,
                                               "responden": r.ikm.responden}})
        return 0
    print(f"Laporan pelayanan {r.unit_nama} {r.rentang.judul}: {r.masuk} permohonan, "
          f"{r.selesai} selesai, {r.pengaduan_masuk} pengaduan, {len(r.terlambat)} terlambat; "
          f"ditulis ke {path}.")
    return 0


def _adu_json(v: object) -> dict[str, object]:
    from asn_desktop.services.pengaduan import PengaduanView

    assert isinstance(v, PengaduanView)
    return {"nomor": v.nomor, "tanggal": v.tanggal.isoformat(), "kanal": v.kanal,
            "pelapor": samarkan(v.pelapor), "layanan": v.layanan_nama, "kategori": v.kategori,
            "uraian": v.uraian, "pic": v.pic_nama or None, "status": v.status,
            "batas": v.batas.isoformat() if v.batas else None,
            "tanggal_respons": v.tanggal_respons.isoformat() if v.tanggal_respons else None,
            "tanggal_selesai": v.tanggal_selesai.isoformat() if v.tanggal_selesai else None,
            "terlambat": v.terlambat, "sisa_hari_kerja": v.sisa_hari}


def cmd_adu_list(args: argparse.Namespace) -> int:
    from asn_desktop.services import orgs
    from asn_desktop.services import pengaduan as adu
    from asn_desktop.services.authority import require_unit_scope

    with workspace_from(args) as ws, ws.session() as s:
        unit_id = None
        if args.unit:
            unit_id = orgs.unit_by_kode(s, args.unit).id
            require_unit_scope(s, unit_id)
        rows = adu.daftar(s, unit_id=unit_id, terlambat=args.terlambat, terbuka=args.terbuka)
    if args.json:
        print_json([_adu_json(v) for v in rows])
        return 0
    print_table([[v.nomor, f"{v.tanggal:%d-%m-%Y}", v.kategori_teks, v.status_teks,
                  f"{v.batas:%d-%m-%Y}" if v.batas else "—",
                  "TERLAMBAT" if v.terlambat else "", v.uraian[:40]] for v in rows],
                ["NOMOR", "TANGGAL", "KATEGORI", "STATUS", "BATAS", "", "URAIAN"])
    return 0


def cmd_adu_tambah(args: argparse.Namespace) -> int:
    from asn_desktop.services import pelayanan
    from asn_desktop.services import pengaduan as adu

    with workspace_from(args) as ws, ws.session() as s:
        unit = pelayanan.unit_dari(s, args.unit)
        layanan_id = pelayanan.layanan_by_kode(s, unit.id, args.layanan).id if args.layanan \
            else None
        pid = adu.catat(s, unit.id, adu.PengaduanInput(
            args.tanggal or date.today(), Kanal(args.kanal.upper()), args.uraian,
            Kategori(args.kategori.upper()), layanan_id, args.pelapor, args.kontak, args.nomor))
        v = adu.ambil(s, pid)
    print(f"Pengaduan {v.nomor} dicatat; batas waktu {v.batas:%d-%m-%Y}." if v.batas
          else f"Pengaduan {v.nomor} dicatat.")
    return 0


def cmd_adu_langkah(args: argparse.Namespace) -> int:
    from asn_desktop.services import pengaduan as adu
    from asn_desktop.services.pegawai import pegawai_by_nip

    with workspace_from(args) as ws, ws.session() as s:
        pid = adu.cari_nomor(s, args.nomor)
        pic = pegawai_by_nip(s, args.pic).id if args.pic else None
        adu.langkah(s, pid, args.langkah, pic_id=pic, tanggapan=args.tanggapan, bukti=args.bukti,
                    kategori=args.kategori.upper() if args.kategori else None, alasan=args.alasan,
                    tanggal=args.tanggal)
        v = adu.ambil(s, pid)
    print(f"Pengaduan {v.nomor}: {v.status_teks}.")
    return 0


def cmd_adu_riwayat(args: argparse.Namespace) -> int:
    from asn_desktop.services import pengaduan as adu

    with workspace_from(args) as ws, ws.session() as s:
        pid = adu.cari_nomor(s, args.nomor)
        v = adu.ambil(s, pid)
        rows = adu.riwayat(s, pid)
    print(f"{v.nomor} — {v.status_teks}{' (TERLAMBAT)' if v.terlambat else ''}")
    for label, nilai in (("Diterima", f"{v.tanggal:%d-%m-%Y} · {v.kanal_teks}"),
                         ("Layanan", v.layanan_nama or "-"), ("Kategori", v.kategori_teks),
                         ("Batas", f"{v.batas:%d-%m-%Y}" if v.batas else "-"),
                         ("Penanggung jawab", v.pic_nama or "-"), ("Uraian", v.uraian),
                         ("Tanggapan", v.tanggapan or "-"), ("Bukti", v.bukti or "-")):
        print(f"  {label:<10} {nilai}")
    print_table([[r.waktu[:16].replace("T", " "), r.label, r.oleh or "", r.alasan or ""]
                 for r in rows], ["WAKTU", "LANGKAH", "OLEH", "ALASAN"])
    return 0


def cmd_ikm_catat(args: argparse.Namespace) -> int:
    from asn_desktop.errors import ValidationError
    from asn_desktop.services import ikm, pelayanan

    try:
        nilai = [float(x.replace(",", ".")) for x in args.nilai.split(";" if ";" in args.nilai
                                                                      else ",")]
    except ValueError:
        raise ValidationError("--nilai harus sembilan angka 1–4 dipisah koma (desimal dengan "
                              "titik) atau titik koma.", "nilai") from None
    with workspace_from(args) as ws, ws.session() as s:
        unit = pelayanan.unit_dari(s, args.unit)
        v = ikm.catat(s, unit.id, args.periode, args.responden, nilai, args.catatan)
    print(f"IKM {unit.nama} {v.periode_kode}: nilai {_angka(v.nilai, 2)}, mutu {v.mutu_teks}.")
    return 0


def cmd_ikm_list(args: argparse.Namespace) -> int:
    from asn_desktop.services import ikm, pelayanan

    with workspace_from(args) as ws, ws.session() as s:
        unit = pelayanan.unit_dari(s, args.unit)
        rows = ikm.daftar(s, unit.id, args.tahun)
    if args.json:
        print_json([{"periode": v.periode_kode, "responden": v.responden, "nrr": list(v.nrr),
                     "nilai": v.nilai, "mutu": v.mutu} for v in rows])
        return 0
    print_table([[v.periode_kode, str(v.responden), _angka(v.nilai, 2), v.mutu_teks]
                 for v in rows], ["PERIODE", "RESPONDEN", "NILAI IKM", "MUTU"])
    return 0
