"""What to print: the ``Target`` of a sheet (document kind, SKP, evaluation, period), chosen by
pegawai, by NIP or for every pegawai of a unit, and the period typed by the user.

Split out of ``services.cetak`` (which re-exports every public name here). A unit's pegawai
without a printable document come back as ``Dilewati`` with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.db.models import Evaluasi, Pegawai
from asn_desktop.domain.dates import BULAN
from asn_desktop.domain.dokumen import Status
from asn_desktop.domain.label import periode_teks
from asn_desktop.domain.periods import Frekuensi, Periode, periode_akhir, periode_by_kode
from asn_desktop.errors import NotFoundError, ValidationError
from asn_desktop.services import evaluasi as eval_svc
from asn_desktop.services import orgs
from asn_desktop.services import skp as skp_svc
from asn_desktop.services.cetak_kode import (
    DOKUMEN_KINDS,
)
from asn_desktop.services.pegawai import PegawaiFilter, list_pegawai, pegawai_by_nip
from asn_desktop.services.riwayat import status_of
from asn_desktop.teks import _

# ------------------------------------------------------------------------------ targets


@dataclass(frozen=True)
class Target:
    """One sheet to print: the kind and the record (SKP id, or evaluasi id)."""

    dokumen: str
    record_id: str
    pegawai_id: str


def _check_kind(dokumen: str) -> str:
    if dokumen not in DOKUMEN_KINDS:
        raise ValidationError(_("Jenis dokumen harus salah satu dari {pilihan}.").format(
            pilihan=", ".join(DOKUMEN_KINDS)), "dokumen")
    return dokumen


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_RE_FRIENDLY = re.compile(
    r"^(TRIWULAN|TW|SEMESTER|SM|BULAN|BL)\s*-?\s*([IV]+|\d{1,2})(\s*-?\s*AKHIR)?$"
)


def parse_periode(text: str, tahun: int, frekuensi: Frekuensi) -> Periode:
    """Accept '2026-TW2', 'TW2', 'TW 2', 'TRIWULAN II', 'IV-AKHIR', 'SM1', 'SEMESTER I',
    'BL03', 'MARET', 'AKHIR'."""
    t = " ".join(text.strip().upper().split())
    compact = t.replace(" ", "")
    if compact in ("AKHIR", "TAHUNAN", "FINAL", "IV-AKHIR", "TRIWULANIV-AKHIR"):
        if compact.startswith(("IV", "TRIWULAN")):
            return periode_by_kode(f"{tahun}-TW4")
        return periode_akhir(tahun, frekuensi)
    for cand in (compact, f"{tahun}-{compact}"):
        try:
            return periode_by_kode(cand)
        except ValidationError:
            pass
    if t.title() in BULAN:
        return periode_by_kode(f"{tahun}-BL{BULAN.index(t.title()) + 1:02d}")
    m = _RE_FRIENDLY.match(t)
    if m:
        jenis, nomor_teks = m[1], m[2]
        nomor = _ROMAN.get(nomor_teks) or (int(nomor_teks) if nomor_teks.isdigit() else 0)
        kode = {"TRIWULAN": "TW", "TW": "TW", "SEMESTER": "SM", "SM": "SM"}.get(jenis, "BL")
        teks = f"{tahun}-{kode}{nomor:02d}" if kode == "BL" else f"{tahun}-{kode}{nomor}"
        try:
            return periode_by_kode(teks)
        except ValidationError:
            pass
    raise ValidationError(
        _("Periode '{teks}' tidak dikenal; contoh: TW1, TRIWULAN II, SM1, SEMESTER II, "
          "AKHIR, atau kode lengkap {tahun}-TW3.").format(teks=text.strip(), tahun=tahun),
        "periode",
    )


def _periode_order(kode: str) -> tuple[object, ...]:
    try:
        p = periode_by_kode(kode)
    except ValidationError:
        return (0, kode)
    return (p.tahun, p.selesai, p.is_akhir, p.nomor)


def choose_evaluasi(s: Session, skp_id: str, periode_kode: str | None = None) -> Evaluasi | None:
    """The evaluation of ``periode_kode``; without one, the latest approved evaluation of the
    SKP, or else the latest existing one."""
    rows = list(s.scalars(select(Evaluasi).where(Evaluasi.skp_id == skp_id,
                                                 Evaluasi.deleted.is_(False))))
    if periode_kode is not None:
        rows = [e for e in rows if e.periode_kode == periode_kode]
        return min(rows, key=lambda e: e.id) if rows else None
    if not rows:
        return None
    approved = [e for e in rows if status_of(e.status) is Status.DISETUJUI]
    pool = approved or rows
    return max(pool, key=lambda e: (_periode_order(e.periode_kode), e.id))


def resolve_target(
    s: Session, dokumen: str, pegawai_id: str, tahun: int, periode: str | None = None
) -> Target:
    """The record to print for a pegawai; ``periode`` (code or friendly form) only for the
    evaluasi and dokumen sheets."""
    _check_kind(dokumen)
    p = s.get(Pegawai, pegawai_id)
    if p is None or p.deleted:
        raise NotFoundError(_("Pegawai tidak ditemukan."))
    skp = skp_svc.live_skp_of(s, pegawai_id, tahun)
    if skp is None:
        raise NotFoundError(_("{nama} (NIP {nip}) belum memiliki SKP tahun {tahun}.").format(
            nama=p.nama, nip=p.nip, tahun=tahun))
    if dokumen == "skp":
        return Target(dokumen, skp.id, pegawai_id)
    kode = None
    nama_periode = ""
    if periode:
        frek = eval_svc.frekuensi_pegawai(s, pegawai_id, tahun)
        chosen = parse_periode(periode, tahun, frek)
        kode, nama_periode = chosen.kode, periode_teks(chosen.label)
    e = choose_evaluasi(s, skp.id, kode)
    if e is None:
        if kode:
            pesan = _("{nama} (NIP {nip}) belum memiliki evaluasi periode {periode} tahun "
                      "{tahun}.")
        else:
            pesan = _("{nama} (NIP {nip}) belum memiliki evaluasi tahun {tahun}.")
        raise NotFoundError(pesan.format(nama=p.nama, nip=p.nip, periode=nama_periode,
                                         tahun=tahun))
    return Target(dokumen, e.id, pegawai_id)


def target_by_nip(
    s: Session, dokumen: str, nip: str, tahun: int, periode: str | None = None
) -> Target:
    return resolve_target(s, dokumen, pegawai_by_nip(s, nip).id, tahun, periode)


@dataclass(frozen=True)
class Dilewati:
    """A pegawai of a batch with nothing to print, and why."""

    pegawai_id: str
    nama: str
    nip: str
    alasan: str


def targets_for_unit(
    s: Session, unit_id: str, dokumen: str, tahun: int, periode: str | None = None
) -> tuple[list[Target], list[Dilewati]]:
    """Active pegawai placed in the unit and its sub-units, in name order."""
    _check_kind(dokumen)
    ids = frozenset(orgs.subtree_ids(s, unit_id))
    targets: list[Target] = []
    skipped: list[Dilewati] = []
    for row in list_pegawai(s, PegawaiFilter(unit_ids=ids), sort="nama"):
        try:
            targets.append(resolve_target(s, dokumen, row.id, tahun, periode))
        except NotFoundError as exc:
            skipped.append(Dilewati(row.id, row.nama, row.nip, exc.message))
    return targets, skipped
