"""Kinds of organisation units, the shape of a unit kode, the limits of a letterhead and the
check of its logo."""

from __future__ import annotations

import re
import zlib
from enum import StrEnum


class JenisUnit(StrEnum):
    PEMKOT = "PEMKOT"
    OPD = "OPD"
    BIDANG = "BIDANG"
    UPT = "UPT"
    SEKOLAH = "SEKOLAH"
    PUSKESMAS = "PUSKESMAS"
    KECAMATAN = "KECAMATAN"
    KELURAHAN = "KELURAHAN"


LABEL_JENIS_UNIT: dict[JenisUnit, str] = {
    JenisUnit.PEMKOT: "Pemerintah Kota",
    JenisUnit.OPD: "Perangkat Daerah",
    JenisUnit.BIDANG: "Bidang/Bagian",
    JenisUnit.UPT: "UPT",
    JenisUnit.SEKOLAH: "Sekolah",
    JenisUnit.PUSKESMAS: "Puskesmas",
    JenisUnit.KECAMATAN: "Kecamatan",
    JenisUnit.KELURAHAN: "Kelurahan",
}

# "3673", "3673.DINKES", "3673.DISDIK.SDN-5": letters, digits, dots and dashes; starts and ends
# with a letter or digit (the kode names files and setup packages, so no spaces).
KODE_UNIT = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.\-]{0,38}[A-Za-z0-9])?")
MAX_KOP_BARIS = 4
MAX_LOGO_BYTES = 1024 * 1024
MAX_NAMA_UNIT = 200
MAX_BARIS_KOP_PANJANG = 150  # characters in one extra letterhead line
MAX_ALAMAT = 300
MAX_TEMPAT = 80  # OrgUnit.tempat is String(80)
MAX_LOGO_SISI = 4096  # pixels: a larger logo costs the printer memory and shows no better

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# colour type -> the bit depths the PNG specification allows for it
_PNG_KEDALAMAN = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}


def masalah_png(data: bytes) -> str | None:
    """Why ``data`` is not a usable PNG logo, or None when it is.

    Walks the chunks (lengths, CRCs, a sane IHDR, image data, the closing IEND) without
    decoding pixels, so it is cheap and needs no imaging library."""
    if not data.startswith(PNG_SIGNATURE):
        return "Berkas logo bukan gambar PNG."
    pos, pertama, ada_idat = len(PNG_SIGNATURE), True, False
    while pos + 12 <= len(data):
        panjang = int.from_bytes(data[pos:pos + 4], "big")
        jenis = data[pos + 4:pos + 8]
        isi = data[pos + 8:pos + 8 + panjang]
        akhir = pos + 12 + panjang
        if akhir > len(data) or not jenis.isalpha():
            return "Berkas PNG logo terpotong atau rusak."
        crc = int.from_bytes(data[akhir - 4:akhir], "big")
        if zlib.crc32(jenis + isi) != crc:
            return "Berkas PNG logo rusak (pemeriksaan CRC gagal)."
        if pertama:
            if jenis != b"IHDR" or panjang != 13:
                return "Berkas PNG logo rusak (tanpa kepala IHDR)."
            lebar = int.from_bytes(isi[0:4], "big")
            tinggi = int.from_bytes(isi[4:8], "big")
            kedalaman, warna = isi[8], isi[9]
            if kedalaman not in _PNG_KEDALAMAN.get(warna, ()) or isi[10:12] != b"\0\0" \
                    or isi[12] > 1:
                return "Berkas PNG logo rusak (kepala IHDR tidak sah)."
            if not (0 < lebar <= MAX_LOGO_SISI and 0 < tinggi <= MAX_LOGO_SISI):
                return (f"Ukuran logo {lebar}×{tinggi} piksel; paling besar "
                        f"{MAX_LOGO_SISI}×{MAX_LOGO_SISI}.")
            pertama = False
        elif jenis == b"IDAT":
            ada_idat = True
        elif jenis == b"IEND":
            return None if ada_idat else "Berkas PNG logo tidak berisi gambar."
        pos = akhir
    return "Berkas PNG logo terpotong atau rusak."
