"""Kinds of organisation units, the shape of a unit kode, the limits of a letterhead and the
check of its logo."""

from __future__ import annotations

import re
import zlib
from enum import StrEnum

from asn_desktop.teks import N_


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
# A kop surat spans the page: at least this many times as wide as it is tall. A narrower
# image on a unit is a logo from before kop surat images (it stood beside a text letterhead)
# and is not printed as one.
KOP_RASIO_MIN = 2.0


def ukuran_png(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG's header, or None when ``data`` does not start as a PNG."""
    if len(data) < 24 or not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        return None
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def kop_melebar(data: bytes) -> bool:
    """Whether a PNG is shaped as a kop surat (see KOP_RASIO_MIN)."""
    size = ukuran_png(data)
    return size is not None and size[1] > 0 and size[0] >= KOP_RASIO_MIN * size[1]
# colour type -> the bit depths the PNG specification allows for it
_PNG_KEDALAMAN = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}


_PNG_SALURAN = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}  # colour type -> samples per pixel
# Adam7 passes: (first column, first row, column step, row step)
_ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2),
          (0, 1, 1, 2))


def _ukuran_data_png(lebar: int, tinggi: int, bit_piksel: int, berselang: bool) -> int:
    """Bytes the decompressed image data must hold: each row is a filter byte and its pixels."""
    def baris(w: int) -> int:
        return (w * bit_piksel + 7) // 8

    if not berselang:
        return tinggi * (1 + baris(lebar))
    total = 0
    for x0, y0, dx, dy in _ADAM7:
        w = (lebar - x0 + dx - 1) // dx if lebar > x0 else 0
        h = (tinggi - y0 + dy - 1) // dy if tinggi > y0 else 0
        if w and h:
            total += h * (1 + baris(w))
    return total


def masalah_png(data: bytes) -> str | None:
    """Why ``data`` is not a usable PNG image (a logo, a kop surat, a lambang), or None.

    Walks the chunks (lengths, CRCs, a sane IHDR, the closing IEND) and inflates the image
    data to check it holds exactly the pixels the header promises, without an imaging
    library: a file that passes can be drawn by the printer."""
    if not data.startswith(PNG_SIGNATURE):
        return N_("Berkas bukan gambar PNG.")
    pos, pertama = len(PNG_SIGNATURE), True
    perlu = 0
    inflate = zlib.decompressobj()
    didapat = 0
    while pos + 12 <= len(data):
        panjang = int.from_bytes(data[pos:pos + 4], "big")
        jenis = data[pos + 4:pos + 8]
        isi = data[pos + 8:pos + 8 + panjang]
        akhir = pos + 12 + panjang
        if akhir > len(data) or not jenis.isalpha():
            return N_("Berkas PNG terpotong atau rusak.")
        crc = int.from_bytes(data[akhir - 4:akhir], "big")
        if zlib.crc32(jenis + isi) != crc:
            return N_("Berkas PNG rusak (pemeriksaan CRC gagal).")
        if pertama:
            if jenis != b"IHDR" or panjang != 13:
                return N_("Berkas PNG rusak (tanpa kepala IHDR).")
            lebar = int.from_bytes(isi[0:4], "big")
            tinggi = int.from_bytes(isi[4:8], "big")
            kedalaman, warna = isi[8], isi[9]
            if kedalaman not in _PNG_KEDALAMAN.get(warna, ()) or isi[10:12] != b"\0\0" \
                    or isi[12] > 1:
                return N_("Berkas PNG rusak (kepala IHDR tidak sah).")
            if not (0 < lebar <= MAX_LOGO_SISI and 0 < tinggi <= MAX_LOGO_SISI):
                return N_("Ukuran gambar terlalu besar; paling besar 4096×4096 piksel.")
            perlu = _ukuran_data_png(lebar, tinggi, kedalaman * _PNG_SALURAN[warna],
                                     isi[12] == 1)
            pertama = False
        elif jenis == b"IDAT":
            try:
                # never inflate more than the header promises (a small file may unpack huge)
                didapat += len(inflate.decompress(isi, perlu + 1 - didapat))
            except zlib.error:
                return N_("Berkas PNG rusak (data gambar tidak dapat dibaca).")
            if didapat > perlu:
                return N_("Berkas PNG rusak (data gambar tidak sesuai ukurannya).")
        elif jenis == b"IEND":
            if didapat == 0:
                return N_("Berkas PNG tidak berisi gambar.")
            if didapat != perlu or not inflate.eof:
                return N_("Berkas PNG rusak (data gambar tidak sesuai ukurannya).")
            return None
        pos = akhir
    return N_("Berkas PNG terpotong atau rusak.")
