"""Which column of a roster holds which field: guessing from header texts (SIASN/SAPK exports
and the usual Indonesian variants) and remembering a person's choice per installation."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from asn_desktop.errors import ValidationError
from asn_desktop.teks import _

if TYPE_CHECKING:
    from asn_desktop.services.workspace import Workspace

# field -> label shown to the user (also the template's header texts)
KOLOM: dict[str, str] = {
    "nip": "NIP / NI PPPK",
    "nama": "NAMA",
    "gelar_depan": "GELAR DEPAN",
    "gelar_belakang": "GELAR BELAKANG",
    "status": "STATUS",
    "golongan": "GOLONGAN",
    "jabatan": "JABATAN",
    "jenis_jabatan": "JENIS JABATAN",
    "unit": "UNIT KERJA",
    "nip_atasan": "NIP ATASAN",
    "tanggal_lahir": "TANGGAL LAHIR",
    "jenis_kelamin": "JENIS KELAMIN",
}
WAJIB = ("nip", "nama", "golongan", "jabatan", "unit")

# Header texts per field, best first; compared after _kunci (upper case, punctuation to spaces).
_SINONIM: dict[str, tuple[str, ...]] = {
    "nip": ("NIP NI PPPK", "NIP BARU", "NIP", "NI PPPK", "NIPPPK", "NIP PPPK", "NIP 18",
            "NIP 18 DIGIT", "NOMOR INDUK", "NOMOR INDUK PEGAWAI", "NO INDUK"),
    "nama": ("NAMA", "NAMA PEGAWAI", "NAMA LENGKAP", "NAMA ASN", "NAMA DAN GELAR",
             "NAMA GELAR", "NAMA LENGKAP DAN GELAR", "NAMA PNS"),
    "gelar_depan": ("GELAR DEPAN", "GLR DEPAN", "GELAR DPN"),
    "gelar_belakang": ("GELAR BELAKANG", "GLR BELAKANG", "GELAR BLK", "GELAR BLKG"),
    "status": ("STATUS", "STATUS PEGAWAI", "STATUS KEPEGAWAIAN", "STATUS ASN", "JENIS PEGAWAI",
               "JENIS ASN", "PNS PPPK", "KEDUDUKAN PEGAWAI"),
    "golongan": ("GOLONGAN", "GOL", "GOL AKHIR", "GOLONGAN AKHIR", "GOL RUANG", "GOLONGAN RUANG",
                 "GOL RUANG AKHIR", "GOLONGAN RUANG AKHIR", "PANGKAT GOL", "PANGKAT GOLONGAN",
                 "PANGKAT GOL RUANG", "PANGKAT GOLONGAN RUANG", "GOL AKHIR NAMA", "PANGKAT",
                 "PANGKAT AKHIR"),
    "jabatan": ("JABATAN", "NAMA JABATAN", "JABATAN AKHIR", "JABATAN NAMA", "JABATAN SAAT INI"),
    "jenis_jabatan": ("JENIS JABATAN", "JENIS JAB", "JNS JABATAN", "JENIS JABATAN NAMA",
                      "KELOMPOK JABATAN"),
    "unit": ("UNIT KERJA", "UNOR", "UNOR NAMA", "NAMA UNOR", "UNIT", "UNIT ORGANISASI",
             "KODE UNIT", "UNOR KODE", "SATUAN KERJA", "SATKER", "OPD", "PERANGKAT DAERAH",
             "UNIT KERJA NAMA", "LOKASI KERJA"),
    "nip_atasan": ("NIP ATASAN", "NIP ATASAN LANGSUNG", "ATASAN NIP", "ATASAN LANGSUNG NIP",
                   "NIP PEJABAT PENILAI"),
    "tanggal_lahir": ("TANGGAL LAHIR", "TGL LAHIR", "TGL LHR", "TANGGAL LHR", "TGLLAHIR"),
    "jenis_kelamin": ("JENIS KELAMIN", "JK", "L P", "KELAMIN", "JNS KELAMIN", "SEX", "GENDER"),
}
_PERINGKAT: dict[str, tuple[str, int]] = {
    sinonim: (field, i) for field, daftar in _SINONIM.items() for i, sinonim in enumerate(daftar)
}
_BUKAN_HURUF = re.compile(r"[^0-9A-Z]+")
_KUNCI_LOKAL = "roster.pemetaan."


def _kunci(judul: str) -> str:
    return _BUKAN_HURUF.sub(" ", judul.upper()).strip()


def kenali_kolom(judul: str) -> str | None:
    """The field a header text names, or None."""
    hit = _PERINGKAT.get(_kunci(judul))
    return hit[0] if hit else None


def tebak_pemetaan(headers: Sequence[str]) -> dict[str, int]:
    """Field -> column index (0-based) for the headers recognised; when two columns name the
    same field the better-known name wins (e.g. "GOL AKHIR" over "PANGKAT")."""
    terbaik: dict[str, tuple[int, int]] = {}
    for idx, judul in enumerate(headers):
        hit = _PERINGKAT.get(_kunci(judul or ""))
        if hit is None:
            continue
        field, peringkat = hit
        if field not in terbaik or peringkat < terbaik[field][0]:
            terbaik[field] = (peringkat, idx)
    return {f: idx for f, (_, idx) in terbaik.items()}


def cek_pemetaan(headers: Sequence[str], pemetaan: Mapping[str, int]) -> None:
    """Refuse a mapping that misses a required field, names an unknown field or a column the
    file does not have, or uses one column twice."""
    asing = sorted(set(pemetaan) - set(KOLOM))
    if asing:
        raise ValidationError(_("Kolom tujuan tidak dikenal: {kolom}.").format(
            kolom=", ".join(asing)), "pemetaan")
    for field, idx in pemetaan.items():
        if not 0 <= idx < len(headers):
            raise ValidationError(_("Kolom untuk {kolom} tidak ada di berkas.").format(
                kolom=KOLOM[field]), "pemetaan")
    dipakai: dict[int, str] = {}
    for field, idx in pemetaan.items():
        if idx in dipakai:
            raise ValidationError(
                _("Kolom '{judul}' dipetakan dua kali ({pertama} dan {kedua}).").format(
                    judul=headers[idx], pertama=KOLOM[dipakai[idx]], kedua=KOLOM[field]),
                "pemetaan")
        dipakai[idx] = field
    kurang = [KOLOM[f] for f in WAJIB if f not in pemetaan]
    if kurang:
        raise ValidationError(
            _("Kolom wajib tidak ditemukan di berkas: {kolom}. Ganti judul kolom di berkas "
              "atau pilih kolomnya sendiri.").format(kolom=", ".join(kurang)), "pemetaan")


def _kunci_lokal(headers: Sequence[str]) -> str:
    sidik = hashlib.sha256("\x1f".join(_kunci(h or "") for h in headers).encode()).hexdigest()
    return _KUNCI_LOKAL + sidik[:24]


def simpan_pemetaan(ws: Workspace, headers: Sequence[str], mapping: Mapping[str, int]) -> None:
    """Remember the mapping chosen for files with these headers (this installation only)."""
    cek_pemetaan(headers, mapping)
    ws.set_local(_kunci_lokal(headers), json.dumps(dict(mapping), sort_keys=True))


def pemetaan_tersimpan(ws: Workspace, headers: Sequence[str]) -> dict[str, int] | None:
    """The mapping remembered for these headers, or None (a stale one is ignored)."""
    teks = ws.get_local(_kunci_lokal(headers))
    if not teks:
        return None
    try:
        data = json.loads(teks)
        mapping = {str(k): int(v) for k, v in data.items()}
        cek_pemetaan(headers, mapping)
    except (ValueError, TypeError, AttributeError, ValidationError):
        return None
    return mapping


def pemetaan_untuk(ws: Workspace | None, headers: Sequence[str]) -> dict[str, int]:
    """The remembered mapping for these headers, else the guessed one."""
    if ws is not None:
        tersimpan = pemetaan_tersimpan(ws, headers)
        if tersimpan is not None:
            return tersimpan
    return tebak_pemetaan(headers)
