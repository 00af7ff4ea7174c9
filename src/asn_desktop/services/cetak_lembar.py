"""Building a sheet before it is printed: the ``Siap`` (target, ``Lembar`` content, its hash)
with the unit's letterhead (kop), and whether a record exists to print at all.

Split out of ``services.cetak`` (which re-exports every public name here). The content built
here is both what the PDF is drawn from and what verification rebuilds and hashes again.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy.orm import Session

from asn_desktop.db.models import Evaluasi, OrgUnit, Skp
from asn_desktop.domain.unit_kerja import kop_melebar
from asn_desktop.reports import sheets
from asn_desktop.reports.content import (
    CONTENT_VERSION,
    DOKUMEN_LABEL,
    Kop,
    Lembar,
    content_hash,
)
from asn_desktop.services import evaluasi as eval_svc
from asn_desktop.services import orgs, pengaturan
from asn_desktop.services import skp as skp_svc
from asn_desktop.services.cetak_target import (
    Target,
)

# --------------------------------------------------------------------------- building sheets


@dataclass(frozen=True)
class Siap:
    """A sheet ready to draw: printed values, logo and hash (no code yet)."""

    target: Target
    lembar: Lembar
    logo_png: bytes | None
    content_hash: str
    keterangan: str  # "Evaluasi Kinerja Pegawai TRIWULAN II 2026"
    nama: str
    nip: str
    tag: str  # "2026" (SKP) or the period code "2026-TW2", for file names
    periode_label: str = ""  # "TRIWULAN II 2026", "Tahun 2026"


class KopCache:
    def __init__(self) -> None:
        self.by_unit: dict[tuple[str | None, str, int], tuple[Kop, bytes | None]] = {}


def _gambar_kop(s: Session, path: list[OrgUnit], dokumen: str) -> bytes | None:
    """The image above a sheet: on the Dokumen the lambang set in Pengaturan; on an SKP or
    Evaluasi the kop surat of the unit or its nearest parent that has one (a narrower image is
    a logo from before, see KOP_RASIO_MIN), else the city's kop surat from Pengaturan. None:
    nothing is drawn."""
    if dokumen == "dokumen":
        png = pengaturan.gambar(s, pengaturan.LAMBANG)
        return png if logo_usable(png) else None
    for unit in reversed(path):
        if unit.logo_png and kop_melebar(unit.logo_png) and logo_usable(unit.logo_png):
            return unit.logo_png
    png = pengaturan.gambar(s, pengaturan.KOP_SURAT)
    return png if logo_usable(png) else None


def logo_usable(png: bytes | None) -> bool:
    """``reports.layout.logo_usable``, loading reportlab only when there is an image to check
    (a verification where no kop is set needs none)."""
    if not png:
        return False
    from asn_desktop.reports.layout import logo_usable as bisa_digambar

    return bisa_digambar(png)


def _kop_v1(path: list[OrgUnit], instansi: str) -> tuple[Kop, bytes | None]:
    """The text letterhead of format-1 sheets (see reports.kop_lama)."""
    below_root = path[1:] if path and path[0].parent_id is None else path
    judul = [instansi.upper()]
    if below_root:
        judul.append(below_root[0].nama.upper())
        if len(below_root) > 1:
            judul.append(below_root[-1].nama.upper())
    logo: bytes | None = None
    alamat: str | None = None
    baris: str | None = None
    for unit in reversed(path):
        if logo is None and logo_usable(unit.logo_png):
            logo = unit.logo_png
        if alamat is None and unit.alamat and unit.alamat.strip():
            alamat = unit.alamat
        if baris is None and unit.kop_baris and unit.kop_baris.strip():
            baris = unit.kop_baris
    keterangan = [x.strip() for text in (alamat, baris) if text
                  for x in text.splitlines() if x.strip()]
    return Kop(judul=tuple(judul), keterangan=tuple(keterangan),
               logo_sha256=hashlib.sha256(logo).hexdigest() if logo else ""), logo


def _kop(s: Session, unit_id: str | None, instansi: str, dokumen: str, versi: int,
         cache: KopCache) -> tuple[Kop, bytes | None]:
    key = (unit_id, dokumen if versi >= 2 else "", versi)
    if key in cache.by_unit:
        return cache.by_unit[key]
    path: list[OrgUnit] = orgs.unit_path(s, unit_id)
    if versi < 2:
        found = _kop_v1(path, instansi)
    else:
        png = _gambar_kop(s, path, dokumen)
        found = Kop(logo_sha256=hashlib.sha256(png).hexdigest() if png else ""), png
    cache.by_unit[key] = found
    return found


def build_sheet(s: Session, target: Target, cache: KopCache | None = None,
                versi: int = CONTENT_VERSION) -> Siap:
    """The sheet of ``target`` as the database holds it now (deterministic). ``versi`` 1
    rebuilds it as format 1 printed it, to verify a sheet printed then."""
    cache = cache or KopCache()
    instansi = pengaturan.instansi(s)
    tempat = pengaturan.tempat(s)
    if target.dokumen == "skp":
        sv = skp_svc.get_skp(s, target.record_id)
        kop, logo = _kop(s, sv.identitas.pegawai.unit_id, instansi, "skp", versi, cache)
        ctx = sheets.Konteks(kop, instansi, tempat, versi)
        lembar: Lembar = sheets.lembar_skp(sv, ctx)
        ket = f"{DOKUMEN_LABEL['skp']} tahun {sv.tahun}"
        tag = str(sv.tahun)
        periode_label = f"Tahun {sv.tahun}"
        who = sv.identitas.pegawai
    else:
        ev = eval_svc.get_evaluasi(s, target.record_id)
        kop, logo = _kop(s, ev.identitas.pegawai.unit_id, instansi, target.dokumen, versi,
                         cache)
        ctx = sheets.Konteks(kop, instansi, tempat, versi)
        if target.dokumen == "evaluasi":
            lembar = sheets.lembar_evaluasi(ev, ctx)
        else:
            lembar = sheets.lembar_dokumen(ev, ctx)
        ket = f"{DOKUMEN_LABEL[target.dokumen]} {ev.periode.label} {ev.tahun}"
        tag = ev.periode.kode
        periode_label = f"{ev.periode.label} {ev.tahun}"
        who = ev.identitas.pegawai
    return Siap(target, lembar, logo, content_hash(lembar, versi), ket, who.nama, who.nip, tag,
                periode_label)


def record_exists(s: Session, target: Target) -> bool:
    row: Skp | Evaluasi | None
    if target.dokumen == "skp":
        row = s.get(Skp, target.record_id)
    else:
        row = s.get(Evaluasi, target.record_id)
    return row is not None and not row.deleted
