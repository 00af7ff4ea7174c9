"""Importing the daily service register from an export (.xlsx or .csv): one row per layanan per
day, columns recognised by their header. Every row is checked first; one bad row refuses the
whole file with the row numbers (as Excel shows them) and nothing is written."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from asn_desktop.errors import ValidationError
from asn_desktop.services import pelayanan as svc
from asn_desktop.services.authority import require_unit_scope
from asn_desktop.services.roster_baca import Baris, BerkasDitolak, Nilai, baca_berkas
from asn_desktop.services.workspace import Workspace
from asn_desktop.teks import _

KOLOM: dict[str, tuple[str, ...]] = {  # field -> header words that name it
    "tanggal": ("tanggal", "tgl", "hari"),
    "layanan": ("kode layanan", "layanan", "jenis layanan", "kode"),
    "masuk": ("masuk", "permohonan masuk", "permohonan", "diterima"),
    "selesai": ("selesai", "terbit", "diselesaikan"),
    "tepat_waktu": ("tepat waktu", "selesai tepat waktu", "tepat"),
    "backlog": ("backlog", "tunggakan", "sisa"),
    "alasan_backlog": ("alasan", "alasan backlog", "keterangan", "kendala"),
}
WAJIB = ("tanggal", "layanan", "masuk", "selesai")
_MAKS_DISEBUT = 10  # refusals named in the message


LABEL_CADANGAN = "sebelum-impor-register"


@dataclass(frozen=True)
class HasilImpor:
    baris: int
    hari: int
    layanan: int
    cadangan: str | None = None  # the backup made before writing


def _norm(teks: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", teks.lower()).split())


def _petakan(judul: Sequence[Nilai]) -> dict[str, int]:
    teks = [_norm(v) if isinstance(v, str) else "" for v in judul]
    peta: dict[str, int] = {}
    # exact names first, so "selesai tepat waktu" is not taken for "selesai"
    for exact in (True, False):
        for field, words in KOLOM.items():
            if field in peta:
                continue
            for i, t in enumerate(teks):
                if i in peta.values() or not t:
                    continue
                if (t in words) if exact else any(t.startswith(w) for w in words):
                    peta[field] = i
                    break
    return peta


def _cari_judul(judul: tuple[str, ...], baris: tuple[Baris, ...]
                ) -> tuple[dict[str, int], tuple[Baris, ...]]:
    peta = _petakan(judul)
    if all(k in peta for k in WAJIB):
        return peta, baris
    for i, b in enumerate(baris[:9]):
        peta = _petakan(b.nilai)
        if all(k in peta for k in WAJIB):
            return peta, baris[i + 1:]
    raise BerkasDitolak(_("Baris judul kolom tidak ditemukan. Berkas register memerlukan kolom "
                          "Tanggal, Kode layanan, Masuk dan Selesai."), "tanpa_judul")


def _tanggal(v: Nilai) -> date:
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if isinstance(v, str):
        t = v.strip()
        for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
            try:
                return datetime.strptime(t, fmt).date()
            except ValueError:
                pass
    raise ValueError(_("tanggal {nilai} tidak dikenal (pakai TTTT-BB-HH atau HH/BB/TTTT)").format(
        nilai=v))


def _angka(v: Nilai, kolom: str) -> int:
    if v is None or v == "":
        return 0
    if isinstance(v, bool):
        raise ValueError(_("{kolom} bukan bilangan").format(kolom=kolom))
    if isinstance(v, int):
        n = v
    elif isinstance(v, float) and v.is_integer():
        n = int(v)
    elif isinstance(v, str) and re.fullmatch(r"-?\d{1,9}", v.strip()):
        n = int(v.strip())
    else:
        raise ValueError(_("{kolom} {nilai} bukan bilangan bulat").format(kolom=kolom, nilai=v))
    if n < 0:
        raise ValueError(_("{kolom} tidak boleh negatif").format(kolom=kolom))
    return n


def impor(ws: Workspace, unit_id: str, path: Path | str) -> HasilImpor:
    """Import a register file into the unit: every row checked, the data file backed up, then
    all rows written in one transaction."""
    with ws.session() as s:
        entri = periksa_register(s, unit_id, path)
        # nothing is written yet in this transaction: the copy holds the data as it was
        cadangan = ws.db.backup(ws.paths.backups, LABEL_CADANGAN)
        hasil = _tulis(s, entri)
    return replace(hasil, cadangan=str(cadangan))


def impor_register(s: Session, unit_id: str, path: Path | str) -> HasilImpor:
    """Check every row, then write them all in the caller's transaction (a day already
    written is replaced)."""
    return _tulis(s, periksa_register(s, unit_id, path))


def _tulis(s: Session, entri: list[svc.HarianInput]) -> HasilImpor:
    for data in entri:
        svc.catat_harian(s, data)
    return HasilImpor(len(entri), len({d.tanggal for d in entri}),
                      len({d.layanan_id for d in entri}))


def periksa_register(s: Session, unit_id: str, path: Path | str) -> list[svc.HarianInput]:
    """The rows of the file, each checked; ValidationError naming every bad row."""
    require_unit_scope(s, unit_id)
    lembar = baca_berkas(path, baris_judul=1)
    peta, rows = _cari_judul(lembar.judul, lembar.baris)
    katalog = {lay.kode: lay for lay in svc.katalog(s, unit_id, semua=True)}
    by_nama = {lay.nama.lower(): lay for lay in katalog.values()}
    entri: dict[tuple[str, date], tuple[int, svc.HarianInput]] = {}
    salah: list[str] = []

    def sel(b: Baris, field: str) -> Nilai:
        i = peta.get(field)
        return b.nilai[i] if i is not None and i < len(b.nilai) else None

    for b in rows:
        try:
            tanggal = _tanggal(sel(b, "tanggal"))
            nama = str(sel(b, "layanan") or "").strip()
            lay = katalog.get(nama.upper()) or by_nama.get(nama.lower())
            if lay is None:
                raise ValueError(_("layanan {kode} tidak ada di katalog unit").format(
                    kode=nama or "(kosong)"))
            masuk = _angka(sel(b, "masuk"), _("masuk"))
            selesai = _angka(sel(b, "selesai"), _("selesai"))
            tepat = (_angka(sel(b, "tepat_waktu"), _("tepat waktu")) if "tepat_waktu" in peta
                     else selesai)
            backlog = _angka(sel(b, "backlog"), _("tunggakan"))
            alasan = sel(b, "alasan_backlog")
            data = svc.HarianInput(lay.id, tanggal, masuk, selesai, tepat, backlog,
                                   str(alasan) if alasan is not None else None)
            svc.periksa_harian(data)
            key = (lay.id, tanggal)
            if key in entri:
                raise ValueError(_("hari dan layanan yang sama sudah ada di baris {baris}").format(
                    baris=entri[key][0]))
            entri[key] = (b.nomor, data)
        except ValidationError as exc:
            salah.append(_("baris {n}: {alasan}").format(n=b.nomor, alasan=exc.message))
        except ValueError as exc:
            salah.append(_("baris {n}: {alasan}").format(n=b.nomor, alasan=exc))
    urut = sorted(entri.values(), key=lambda e: (e[1].layanan_id, e[1].tanggal))
    salah.extend(_arus_salah(s, urut))
    if salah:
        lebih = len(salah) - _MAKS_DISEBUT
        daftar = "; ".join(salah[:_MAKS_DISEBUT])
        if lebih > 0:
            daftar += _("; dan {n} baris lain").format(n=lebih)
        raise ValidationError(_("Register tidak diimpor; tidak ada yang diubah. Perbaiki: "
                                "{daftar}.").format(daftar=daftar), "berkas", kode="baris_salah")
    return [data for _nomor, data in sorted(entri.values(), key=lambda e: e[1].tanggal)]


def _arus_salah(s: Session, urut: list[tuple[int, svc.HarianInput]]) -> list[str]:
    """Each day against the backlog of the day before it: the file's own earlier day, else the
    day last written in the data file (none: the first day, whose opening is not known)."""
    salah: list[tuple[int, str]] = []
    kemarin: int | None = None
    layanan: str | None = None
    for nomor, data in urut:
        if data.layanan_id != layanan:
            layanan = data.layanan_id
            kemarin = svc.backlog_tercatat(s, data.layanan_id, data.tanggal)
        if kemarin is not None:
            try:
                svc.periksa_arus(data, kemarin)
            except ValidationError as exc:
                salah.append((nomor, _("baris {n}: {alasan}").format(n=nomor,
                                                                       alasan=exc.message)))
        kemarin = data.backlog
    return [teks for _nomor, teks in sorted(salah)]
