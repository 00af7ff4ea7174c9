"""Reading the values of one roster cell: NIP, name with gelar, dates, status, golongan, jenis
jabatan and jenis kelamin as people type them in Excel. Each reader returns the stored form or
raises ``ValidationError`` with a message fit for a row of the error report."""

from __future__ import annotations

import re
from datetime import date, datetime

from asn_desktop.domain.jabatan import JenisJabatan
from asn_desktop.domain.nip import NipError, StatusKepegawaian, normalize_nip, parse_nip_pns
from asn_desktop.domain.pangkat import GOLONGAN_PNS, GOLONGAN_PPPK, golongan_pns
from asn_desktop.errors import ValidationError
from asn_desktop.services.roster_baca import Nilai
from asn_desktop.teks import _

_GELAR_DEPAN = frozenset({"PROF", "DR", "DRS", "DRA", "DRG", "IR", "H", "HJ", "KH", "NS", "APT",
                          "BD"})
_GELAR_BELAKANG = re.compile(r"^[A-Z][A-Za-z]{0,4}\.(?:[A-Za-z]{1,6}\.?)+$")
_BULAN = {
    "JAN": 1, "JANUARI": 1, "JANUARY": 1, "FEB": 2, "FEBRUARI": 2, "FEBRUARY": 2, "PEB": 2,
    "PEBRUARI": 2, "MAR": 3, "MARET": 3, "MARCH": 3, "APR": 4, "APRIL": 4, "MEI": 5, "MAY": 5,
    "JUN": 6, "JUNI": 6, "JUNE": 6, "JUL": 7, "JULI": 7, "JULY": 7, "AGU": 8, "AGT": 8,
    "AGS": 8, "AGUSTUS": 8, "AUG": 8, "AUGUST": 8, "SEP": 9, "SEPT": 9, "SEPTEMBER": 9,
    "OKT": 10, "OKTOBER": 10, "OCT": 10, "OCTOBER": 10, "NOV": 11, "NOPEMBER": 11,
    "NOVEMBER": 11, "DES": 12, "DESEMBER": 12, "DEC": 12, "DECEMBER": 12,
}
_TGL_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_TGL_YMD = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_TGL_NAMA = re.compile(r"^(\d{1,2})[\s-]+([A-Za-z]+)[\s-]+(\d{4})$")
_RUANG = re.compile(r"\b(IV|III|II|I)\s*/\s*([A-Ea-e])\b")
_ROMAWI = re.compile(r"^(?:GOL(?:ONGAN)?\.?\s*)?([IVX]{1,5})$")
_PANGKAT = {" ".join(g.pangkat.upper().split()): g.ruang for g in GOLONGAN_PNS}
_KATA = re.compile(r"[^0-9A-Z]+")


def teks(v: Nilai) -> str:
    """A cell as text ('' for empty); whole numbers lose the '.0' a spreadsheet adds."""
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, datetime):
        return v.date().isoformat()
    return str(v).strip()


def baca_nip(v: Nilai, label: str = "NIP") -> str:
    """The digits of a NIP cell. A NIP stored as a number has lost its last digits (a
    spreadsheet keeps 15 significant digits), so it is refused rather than guessed."""
    if isinstance(v, bool):
        raise ValidationError(_("{label} berisi nilai yang bukan nomor.").format(label=label),
                              "nip")
    if isinstance(v, float) or (isinstance(v, str) and re.fullmatch(r"\d[.,]\d+E\+?\d+", v,
                                                                      re.I)):
        tampil = f"{v:.15g}" if isinstance(v, float) else v
        raise ValidationError(
            _("{label} tersimpan sebagai angka ({tampil}) sehingga digit terakhirnya hilang. "
              "Format kolom {label} sebagai Teks, ketik ulang nomornya, lalu impor lagi.").format(
                  label=label, tampil=tampil), "nip", "nip_angka")
    if isinstance(v, (date, datetime)):
        raise ValidationError(_("{label} berisi tanggal, bukan nomor.").format(label=label),
                              "nip")
    return normalize_nip(teks(v).lstrip("'"))


def pisah_gelar(nama: str) -> tuple[str | None, str, str | None]:
    """'Dr. H. Ahmad Fauzi, S.Pd., M.Si.' -> ('Dr. H.', 'Ahmad Fauzi', 'S.Pd., M.Si.').

    Gelar depan are the known front titles (Prof., Dr., dr., Drs., Ir., H., Hj., ...) before the
    name; gelar belakang is what follows the first comma, or trailing 'S.Pd'-like words."""
    teks_ = " ".join(nama.split())
    inti, koma, belakang = teks_.partition(",")
    belakang = belakang.strip(" ,")
    kata = inti.split()
    depan: list[str] = []
    while len(kata) > 1 and _KATA.sub("", kata[0].upper()) in _GELAR_DEPAN:
        depan.append(kata.pop(0))
    if not koma:
        ekor: list[str] = []
        while len(kata) > 1 and _GELAR_BELAKANG.match(kata[-1]):
            ekor.insert(0, kata.pop())
        belakang = ", ".join(ekor)
    return (" ".join(depan) or None, " ".join(kata), belakang or None)


def baca_tanggal(v: Nilai) -> date:
    """A date cell, or text as 17-08-1980, 17/08/1980, 1980-08-17 or 17 Agustus 1980."""
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    t = teks(v)
    try:
        if m := _TGL_DMY.match(t):
            return date(int(m[3]), int(m[2]), int(m[1]))
        if m := _TGL_YMD.match(t):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if (m := _TGL_NAMA.match(t)) and m[2].upper() in _BULAN:
            return date(int(m[3]), _BULAN[m[2].upper()], int(m[1]))
    except ValueError:
        raise ValidationError(_("Tanggal '{t}' tidak ada di kalender.").format(t=t),
                              "tanggal_lahir") from None
    raise ValidationError(
        _("Tanggal '{t}' tidak dikenali; tulis seperti 17-08-1980 atau 17 Agustus 1980.").format(
            t=t), "tanggal_lahir")


_JK = {"L": "L", "LK": "L", "LAKI LAKI": "L", "LAKI": "L", "PRIA": "L", "1": "L",
       "P": "P", "PR": "P", "PEREMPUAN": "P", "WANITA": "P", "2": "P"}


def baca_jenis_kelamin(v: Nilai) -> str:
    t = teks(v)
    jk = _JK.get(_KATA.sub(" ", t.upper()).strip())
    if jk is None:
        raise ValidationError(_("Jenis kelamin '{t}' tidak dikenal; tulis L atau P.").format(
            t=t), "jenis_kelamin")
    return jk


def baca_status(v: Nilai) -> StatusKepegawaian:
    k = _KATA.sub(" ", teks(v).upper()).strip()
    if k in ("PNS", "CPNS", "PEGAWAI NEGERI SIPIL", "CALON PEGAWAI NEGERI SIPIL"):
        return StatusKepegawaian.PNS
    if k.startswith(("PPPK", "P3K", "PEGAWAI PEMERINTAH DENGAN PERJANJIAN KERJA")):
        return StatusKepegawaian.PPPK
    raise ValidationError(_("Status '{t}' tidak dikenal; tulis PNS atau PPPK.").format(
        t=teks(v)), "status")


def tebak_status(nip: str, golongan: str) -> StatusKepegawaian:
    """Status from the golongan ('III/a' PNS, 'IX' PPPK), else from the NIP layout: digits
    13–14 are a TMT month for a PNS and a two-digit kode (21, 24, ...) for a PPPK."""
    g = golongan.strip().upper()
    if "/" in g or g[:2].isdigit():
        return StatusKepegawaian.PNS
    if g and _ROMAWI.match(g):
        return StatusKepegawaian.PPPK
    try:
        parse_nip_pns(nip)
    except NipError as exc:
        if exc.kode in ("bulan_tmt", "tmt_sebelum_lahir"):
            return StatusKepegawaian.PPPK
    return StatusKepegawaian.PNS


def baca_golongan(v: Nilai, status: StatusKepegawaian) -> str:
    """'III/a', 'Penata Muda / III/a', 'Penata Muda' or SAPK '31' for a PNS; 'IX', 'Golongan
    IX' or 9 for a PPPK. Returns 'III/a' or 'IX'."""
    t = teks(v)
    kunci = " ".join(t.upper().split())
    if not kunci:
        raise ValidationError(_("Golongan wajib diisi."), "golongan")
    romawi = _ROMAWI.match(kunci)
    if status is StatusKepegawaian.PNS:
        if m := _RUANG.search(kunci):
            return golongan_pns(f"{m[1]}/{m[2]}").ruang
        if kunci.isdigit():
            return golongan_pns(kunci).ruang
        pangkat = _KATA.sub(" ", kunci.replace("TK.", "TINGKAT ").replace("TK ", "TINGKAT "))
        if (ruang := _PANGKAT.get(" ".join(pangkat.split()))) is not None:
            return ruang
        if romawi and romawi[1] in GOLONGAN_PPPK:
            raise ValidationError(_("Golongan {golongan} adalah golongan PPPK; untuk PNS tulis "
                                    "golongan ruang I/a sampai IV/e.").format(
                                        golongan=romawi[1]), "golongan")
        raise ValidationError(_("Golongan '{t}' tidak dikenal; untuk PNS tulis I/a sampai "
                                "IV/e.").format(t=t), "golongan")
    if romawi and romawi[1] in GOLONGAN_PPPK:
        return romawi[1]
    if kunci.isdigit() and 1 <= int(kunci) <= len(GOLONGAN_PPPK):
        return GOLONGAN_PPPK[int(kunci) - 1]
    if _RUANG.search(kunci):
        raise ValidationError(_("Golongan {t} adalah golongan ruang PNS; untuk PPPK tulis I "
                                "sampai XVII.").format(t=t), "golongan")
    raise ValidationError(_("Golongan PPPK '{t}' tidak dikenal; tulis I sampai XVII.").format(
        t=t), "golongan")


_FT = ("TERAMPIL", "MAHIR", "PENYELIA", "PEMULA", "KETERAMPILAN")


def baca_jenis_jabatan(v: Nilai, jabatan: str) -> JenisJabatan:
    """A jenis jabatan as written in rosters (JPT, Administrator, Pengawas, Pelaksana, JFU,
    Fungsional Keahlian/Keterampilan, JFT, ...). A bare 'Fungsional' takes its kind from the
    jabatan name (Ahli → keahlian; Terampil/Mahir/Penyelia → keterampilan); so does an empty
    cell for a jabatan named that way."""
    asli = teks(v)
    k = " " + _KATA.sub(" ", asli.upper()).strip() + " "
    nama_jab = " " + _KATA.sub(" ", jabatan.upper()) + " "
    if k.strip() in JenisJabatan.__members__:
        return JenisJabatan(k.strip())
    if " JPT " in k or "PIMPINAN TINGGI" in k:
        if " UTAMA " in k:
            return JenisJabatan.JPT_UTAMA
        return JenisJabatan.JPT_MADYA if " MADYA " in k else JenisJabatan.JPT_PRATAMA
    if "ADMINISTRATOR" in k:
        return JenisJabatan.ADMINISTRATOR
    if "PELAKSANA" in k or " JFU " in k or "FUNGSIONAL UMUM" in k:
        return JenisJabatan.PELAKSANA
    fungsional = "FUNGSIONAL" in k or " JFT " in k or " JF " in k or not k.strip()
    if fungsional:
        if "KEAHLIAN" in k or " AHLI " in k:
            return JenisJabatan.FUNGSIONAL_KEAHLIAN
        if any(f" {w} " in k for w in _FT):
            return JenisJabatan.FUNGSIONAL_KETERAMPILAN
        if " AHLI " in nama_jab:
            return JenisJabatan.FUNGSIONAL_KEAHLIAN
        if any(f" {w} " in nama_jab for w in _FT):
            return JenisJabatan.FUNGSIONAL_KETERAMPILAN
    if "PENGAWAS" in k:
        return JenisJabatan.PENGAWAS
    if not k.strip():
        raise ValidationError(_("Jenis jabatan wajib diisi (JPT Pratama, Administrator, "
                                "Pengawas, Pelaksana, Fungsional Keahlian atau Fungsional "
                                "Keterampilan)."), "jenis_jabatan")
    if "STRUKTURAL" in k:
        raise ValidationError(_("Jenis jabatan '{asli}' kurang rinci; tulis JPT Pratama, "
                                "Administrator atau Pengawas.").format(asli=asli),
                              "jenis_jabatan")
    raise ValidationError(
        _("Jenis jabatan '{asli}' tidak dikenal; tulis JPT Pratama, Administrator, Pengawas, "
          "Pelaksana, Fungsional Keahlian atau Fungsional Keterampilan.").format(asli=asli),
        "jenis_jabatan")
