"""Reading an employee roster (.xlsx or .csv) into plain rows: the first step of an import.

Only values are read, never formulas run (openpyxl read-only, ``data_only``). A file that cannot
be read as a roster is refused as a whole with one message (:class:`BerkasDitolak`); problems of
single cells (a date written oddly, a NIP stored as a number) are left to the check step, which
knows what each column holds.
"""

from __future__ import annotations

import codecs
import csv
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from asn_desktop.errors import ValidationError, os_reason
from asn_desktop.services.roster_kolom import tebak_pemetaan
from asn_desktop.teks import _

BATAS_BARIS = 50_000  # data rows; a bigger file is refused before it is read to the end
BARIS_CARI_JUDUL = 10  # the header row is looked for among the first rows
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"
_TERENKRIPSI = "EncryptedPackage".encode("utf-16-le")
_CONTOH_SEL = 5  # at most this many cells are named in a refusal

Nilai = str | int | float | date | datetime | bool | None


class BerkasDitolak(ValidationError):
    """The file cannot be read as a roster; nothing was read or changed."""

    def __init__(self, message: str, kode: str) -> None:
        super().__init__(message, field="berkas", kode=kode)


@dataclass(frozen=True)
class Baris:
    """One data row: ``nomor`` is the row number the user sees in Excel (1-based)."""

    nomor: int
    nilai: tuple[Nilai, ...]


@dataclass(frozen=True)
class Lembar:
    """The table of a roster file: header texts and the non-empty rows below them."""

    berkas: str
    nama_lembar: str
    baris_judul: int
    judul: tuple[str, ...]
    baris: tuple[Baris, ...]


def baca_berkas(path: Path | str, *, baris_judul: int | None = None) -> Lembar:
    """Read a roster from ``path`` (.xlsx or .csv, recognised by content, not by name).

    ``baris_judul`` forces the header row (1-based); by default it is the row among the first
    ten whose texts name the most known columns."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            awal = f.read(8192)
    except FileNotFoundError:
        raise BerkasDitolak(_("Berkas {path} tidak ditemukan.").format(path=path),
                            "tidak_ada") from None
    except OSError as exc:
        raise BerkasDitolak(_("Berkas {path} tidak dapat dibuka: {alasan}.").format(
            path=path, alasan=os_reason(exc)), "tidak_terbaca") from None
    if not awal.strip():
        raise BerkasDitolak(_("Berkas {nama} kosong.").format(nama=path.name), "kosong")
    if awal.startswith(_OLE):
        raise _ole(path)
    if awal.startswith(_ZIP):
        return _baca_xlsx(path, baris_judul)
    if b"\x00" in awal:
        raise _bukan(path)
    return _baca_csv(path, baris_judul)


def _bukan(path: Path) -> BerkasDitolak:
    return BerkasDitolak(
        _("Berkas {nama} bukan lembar kerja yang dapat dibaca; gunakan berkas Excel (.xlsx) "
          "atau CSV.").format(nama=path.name), "bukan_spreadsheet")


def _ole(path: Path) -> BerkasDitolak:
    # Both an old .xls and a password-protected .xlsx are OLE compound files; the encrypted one
    # holds an "EncryptedPackage" stream.
    with path.open("rb") as f:
        isi = f.read(4 * 1024 * 1024)
    if _TERENKRIPSI in isi:
        return BerkasDitolak(
            _("Berkas {nama} dilindungi kata sandi. Buka di Excel, hapus kata sandinya "
              "(File > Info > Protect Workbook), simpan, lalu impor lagi.").format(
                  nama=path.name), "bersandi")
    return BerkasDitolak(
        _("Berkas {nama} berformat Excel lama (.xls). Buka di Excel lalu simpan sebagai "
          "Excel Workbook (.xlsx), kemudian impor lagi.").format(nama=path.name), "xls_lama")


# -- xlsx ---------------------------------------------------------------------------------------


def _baca_xlsx(path: Path, baris_judul: int | None) -> Lembar:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(path) as z:
            if "xl/workbook.xml" not in z.namelist():
                raise _bukan(path)
    except zipfile.BadZipFile:
        raise _bukan(path) from None
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise BerkasDitolak(_("Berkas {nama} rusak atau tidak dapat dibaca sebagai Excel "
                              "({jenis}).").format(nama=path.name, jenis=exc.__class__.__name__),
                            "rusak") from None
    try:
        ws = next((w for w in wb.worksheets if getattr(w, "sheet_state", "visible") == "visible"),
                  wb.worksheets[0] if wb.worksheets else None)
        if ws is None:
            raise BerkasDitolak(_("Berkas {nama} tidak berisi lembar kerja.").format(
                nama=path.name), "kosong")
        rows = ((i, tuple(r)) for i, r in enumerate(ws.iter_rows(values_only=True), start=1))
        lembar = _susun(path, ws.title, rows, baris_judul)
        sheet_xml = getattr(ws, "_worksheet_path", None)
    finally:
        wb.close()
    if sheet_xml:
        _periksa_xml(path, str(sheet_xml), lembar.baris_judul)
    return lembar


_SEL = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]+)(\d+)"[^>]*?(?<!/)>(.*?)</(?:\w+:)?c>', re.S)
_RUMUS = re.compile(rb"<(?:\w+:)?f[\s>/]")
_NILAI = re.compile(rb"<(?:\w+:)?v>[^<]")
_GABUNG = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')


def _periksa_xml(path: Path, sheet_xml: str, baris_judul: int) -> None:
    """Refuse merged cells from the header row down and formulas without a stored value.

    openpyxl's read-only mode shows neither (a formula without a value reads as empty), so the
    sheet's XML is scanned once, in pieces; only files within the row limit get here."""
    tanpa_nilai: list[str] = []
    gabung: list[str] = []
    with zipfile.ZipFile(path) as z, z.open(sheet_xml) as f:
        sisa = b""
        while True:
            potong = f.read(1 << 20)
            data = sisa + potong
            if potong:
                # keep an unfinished row for the next piece
                akhir = data.rfind(b"</row>")
                akhir = data.rfind(b">") + 1 if akhir < 0 else akhir + 6
                data, sisa = data[:akhir], data[akhir:]
            if b"<f" in data or b":f" in data:
                for m in _SEL.finditer(data):
                    badan = m.group(3)
                    if _RUMUS.search(badan) and not _NILAI.search(badan):
                        tanpa_nilai.append((m.group(1) + m.group(2)).decode())
            for m in _GABUNG.finditer(data):
                if int(m.group(4)) >= baris_judul:
                    gabung.append(f"{m.group(1).decode()}{m.group(2).decode()}:"
                                  f"{m.group(3).decode()}{m.group(4).decode()}")
            if not potong:
                break
    if gabung:
        raise BerkasDitolak(
            _("Berkas {nama} memuat sel yang digabung (merge) di area data: "
              "{sel}. Pisahkan sel tersebut (Unmerge) lalu impor lagi.").format(
                  nama=path.name, sel=_daftar(gabung)), "sel_gabung")
    if tanpa_nilai:
        raise BerkasDitolak(
            _("Berkas {nama} memuat rumus yang belum dihitung: sel {sel}. "
              "Buka berkas di Excel dan simpan ulang (atau salin lalu tempel sebagai nilai), "
              "kemudian impor lagi.").format(nama=path.name, sel=_daftar(tanpa_nilai)), "rumus")


def _daftar(sel: Sequence[str]) -> str:
    teks = ", ".join(sel[:_CONTOH_SEL])
    return teks + (" " + _("dan {n} lainnya").format(n=len(sel) - _CONTOH_SEL)
                   if len(sel) > _CONTOH_SEL else "")


# -- csv ----------------------------------------------------------------------------------------


def _baca_csv(path: Path, baris_judul: int | None) -> Lembar:
    with path.open("rb") as f:
        contoh = f.read(64 * 1024)
    encoding = "utf-8-sig"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(contoh, final=False)
    except UnicodeDecodeError:
        encoding = "cp1252"
    teks_contoh = contoh.decode(encoding, errors="ignore")
    pembatas = _pembatas(teks_contoh)
    try:
        with path.open("r", encoding=encoding, newline="") as f:
            rows = ((i, tuple(_sel_csv(v) for v in r))
                    for i, r in enumerate(csv.reader(f, delimiter=pembatas), start=1))
            return _susun(path, "CSV", rows, baris_judul)
    except UnicodeDecodeError:
        # utf-8 at the start but not further on: the whole file is read as cp1252
        with path.open("r", encoding="cp1252", newline="") as f:
            rows = ((i, tuple(_sel_csv(v) for v in r))
                    for i, r in enumerate(csv.reader(f, delimiter=pembatas), start=1))
            return _susun(path, "CSV", rows, baris_judul)
    except csv.Error as exc:
        raise BerkasDitolak(_("Berkas CSV {nama} tidak dapat dibaca: {alasan}.").format(
            nama=path.name, alasan=exc), "csv_rusak") from None


def _pembatas(teks: str) -> str:
    baris = [b for b in teks.splitlines()[:20] if b.strip()]
    try:
        return csv.Sniffer().sniff("\n".join(baris), delimiters=",;\t").delimiter
    except csv.Error:
        # the delimiter found most often on the first lines
        return max(",;\t", key=lambda d: sum(b.count(d) for b in baris))


def _sel_csv(v: str) -> str | None:
    v = v.strip()
    return v or None


# -- shared -------------------------------------------------------------------------------------


def _kosong(row: Sequence[Nilai]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)


def _susun(path: Path, nama_lembar: str, rows: Iterator[tuple[int, tuple[Nilai, ...]]],
           baris_judul: int | None) -> Lembar:
    """Find the header among the first rows, then collect data rows up to the limit."""
    awal: list[tuple[int, tuple[Nilai, ...]]] = []
    for nomor, row in rows:
        awal.append((nomor, row))
        if len(awal) >= BARIS_CARI_JUDUL or (baris_judul and nomor >= baris_judul):
            break
    if all(_kosong(r) for _x, r in awal):
        raise BerkasDitolak(_("Berkas {nama} tidak berisi data.").format(nama=path.name),
                            "kosong")
    judul_no = baris_judul or _cari_judul(awal)
    if judul_no is None:
        raise BerkasDitolak(
            _("Baris judul kolom tidak ditemukan di {n} baris pertama berkas "
              "{nama}. Baris judul harus memuat paling sedikit kolom NIP dan NAMA.").format(
                  n=BARIS_CARI_JUDUL, nama=path.name),
            "tanpa_judul")
    judul_row = next((r for n, r in awal if n == judul_no), ())
    judul = tuple("" if v is None else str(v).strip() for v in judul_row)
    lebar = len(judul)
    data: list[Baris] = []
    sisa: Iterable[tuple[int, tuple[Nilai, ...]]] = (x for x in awal if x[0] > judul_no)
    for sumber in (sisa, rows):
        for nomor, row in sumber:
            if _kosong(row):
                continue
            if len(data) >= BATAS_BARIS:
                raise BerkasDitolak(
                    _("Berkas {nama} berisi lebih dari {batas} baris data; bagi menjadi "
                      "beberapa berkas lalu impor satu per satu.").format(
                          nama=path.name, batas=f"{BATAS_BARIS:,}".replace(",", ".")),
                    "terlalu_besar")
            nilai = tuple(_bersih(v) for v in row[:lebar])
            data.append(Baris(nomor, nilai + (None,) * (lebar - len(nilai))))
    if not data:
        raise BerkasDitolak(_("Berkas {nama} hanya berisi judul kolom, tanpa baris data.").format(
            nama=path.name), "kosong")
    return Lembar(str(path), nama_lembar, judul_no, judul, tuple(data))


def _bersih(v: Nilai) -> Nilai:
    if isinstance(v, str):
        v = v.strip()
        return v or None
    return v


def _cari_judul(awal: Sequence[tuple[int, tuple[Nilai, ...]]]) -> int | None:
    terbaik: tuple[int, int] | None = None
    for nomor, row in awal:
        teks = [v if isinstance(v, str) else "" for v in row]
        cocok = tebak_pemetaan(teks)
        if "nip" not in cocok or len(cocok) < 2:
            continue
        if terbaik is None or len(cocok) > terbaik[1]:
            terbaik = (nomor, len(cocok))
    return terbaik[0] if terbaik else None
