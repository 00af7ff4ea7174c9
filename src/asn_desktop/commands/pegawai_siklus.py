"""``pegawai berhenti``, ``pegawai pulihkan`` and ``pegawai riwayat``: an employee leaving
service, coming back, and the placement history."""

from __future__ import annotations

import argparse

from asn_desktop.commands.common import print_json, print_table, tanggal, workspace_from
from asn_desktop.domain.siklus_pegawai import AlasanBerhenti, alasan_from_text

PILIHAN_ALASAN = ", ".join(a.value.lower().replace("_", "-") for a in AlasanBerhenti)


def alasan(text: str) -> AlasanBerhenti:
    """An argparse type for a reason of leaving: pensiun, meninggal, pindah-instansi, ..."""
    try:
        return alasan_from_text(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"alasan tidak dikenal: {text!r} (pilih: {PILIHAN_ALASAN})") from None


def register_aksi(aksi: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    m = aksi.add_parser(
        "berhenti", help="catat pegawai berhenti: pensiun, meninggal, pindah instansi, "
        "diberhentikan (di pusat)",
        description="Catat bahwa seorang pegawai berhenti bertugas. Datanya tetap disimpan "
        "(tidak aktif) beserta alasan dan tanggalnya; bawahannya tidak diubah, tetapi yang kini "
        "tanpa atasan aktif disebutkan. Dapat dibatalkan dengan 'pegawai pulihkan'.")
    m.add_argument("--nip", required=True, help="NIP/NI PPPK pegawai")
    m.add_argument("--alasan", required=True, type=alasan, metavar="ALASAN",
                   help=f"alasan berhenti: {PILIHAN_ALASAN}")
    m.add_argument("--tanggal", required=True, type=tanggal, metavar="YYYY-MM-DD",
                   help="tanggal berhenti (paling lambat setahun ke depan)")
    m.add_argument("--catatan", metavar="TEKS", help="keterangan, misalnya nomor SK")
    m.set_defaults(func=cmd_berhenti)
    m = aksi.add_parser("pulihkan", help="batalkan pencatatan berhenti seorang pegawai "
                        "(di pusat)",
                        description="Aktifkan kembali pegawai yang tercatat berhenti; alasan "
                        "dan tanggal berhentinya dihapus dan pemulihan dicatat di riwayat.")
    m.add_argument("--nip", required=True, help="NIP/NI PPPK pegawai")
    m.add_argument("--catatan", metavar="TEKS", help="keterangan pemulihan")
    m.set_defaults(func=cmd_pulihkan)
    m = aksi.add_parser("riwayat", help="riwayat penempatan seorang pegawai",
                        description="Tampilkan riwayat penempatan pegawai (penempatan awal, "
                        "mutasi, berhenti, pemulihan), yang terbaru lebih dulu.")
    m.add_argument("--nip", required=True, help="NIP/NI PPPK pegawai")
    m.add_argument("--json", action="store_true", help="keluaran JSON")
    m.set_defaults(func=cmd_riwayat)


def cmd_berhenti(args: argparse.Namespace) -> int:
    from asn_desktop.services import siklus_pegawai

    with workspace_from(args) as ws, ws.session() as s:
        r = siklus_pegawai.berhenti(s, args.nip, args.alasan, args.tanggal, args.catatan)
    print(r.ringkasan)
    return 0


def cmd_pulihkan(args: argparse.Namespace) -> int:
    from asn_desktop.services import siklus_pegawai
    from asn_desktop.services.pegawai import nama_lengkap

    with workspace_from(args) as ws, ws.session() as s:
        p = siklus_pegawai.pulihkan(s, args.nip, args.catatan)
        nama = nama_lengkap(p.nama, p.gelar_depan, p.gelar_belakang)
        nip = p.nip
    print(f"{nama} ({nip}) dipulihkan: kembali aktif. Unit mengetahuinya dari paket pusat "
          "berikutnya.")
    return 0


def cmd_riwayat(args: argparse.Namespace) -> int:
    from asn_desktop.services import siklus_pegawai
    from asn_desktop.services.pegawai import label_alasan, nama_lengkap, pegawai_by_nip

    with workspace_from(args) as ws, ws.db.Session() as s:
        p = pegawai_by_nip(s, args.nip)
        nama = nama_lengkap(p.nama, p.gelar_depan, p.gelar_belakang)
        nip, aktif = p.nip, p.aktif
        alasan_ = label_alasan(p.alasan_berhenti)
        tgl = p.tanggal_berhenti
        rows = siklus_pegawai.riwayat_penempatan(s, p.id)
    if args.json:
        print_json({
            "nip": nip, "nama": nama, "aktif": aktif,
            "alasan_berhenti": alasan_ or None, "tanggal_berhenti": tgl,
            "riwayat": [{"tmt": r.tmt, "peristiwa": r.peristiwa, "label": r.peristiwa_label,
                         "unit_kode": r.unit_kode, "unit": r.unit_nama, "jabatan": r.jabatan,
                         "atasan": r.atasan_nama, "catatan": r.catatan, "waktu": r.waktu}
                        for r in rows]})
        return 0
    status = "aktif" if aktif else f"berhenti per {tgl.isoformat() if tgl else '-'}" + (
        f" ({alasan_})" if alasan_ else "")
    print(f"{nama} ({nip}), {status}")
    if not rows:
        print("Belum ada riwayat penempatan.")
        return 0
    print_table([[r.tmt.isoformat() if r.tmt else "-", r.peristiwa_label, r.unit_kode or "-",
                  r.jabatan or "-", r.atasan_nama or "-", r.catatan or "-",
                  r.waktu[:16].replace("T", " ")] for r in rows],
                ["TMT", "PERISTIWA", "UNIT", "JABATAN", "ATASAN", "CATATAN", "DICATAT"])
    return 0
