"""Kinds of organisation units, the shape of a unit kode and the limits of a letterhead."""

from __future__ import annotations

import re
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
