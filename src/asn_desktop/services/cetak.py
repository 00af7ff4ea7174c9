"""Printing and verifying the signed sheets (SKP, Evaluasi, Dokumen Evaluasi), for GUI and CLI.

How a printed sheet is verified
-------------------------------
1. The sheet's printed values are collected as a ``reports.content.Lembar`` (the PDF is drawn
   from it and from nothing else) and hashed: SHA-256 of its canonical JSON.
2. The verification code is derived from this installation's node id, the document kind, the
   record id and that hash (12 Crockford base-32 characters, printed ``XXXX-XXXX-XXXX``), so
   printing the same content again gives the same code.
3. A ``Cetakan`` row (synced, so the central can check unit prints) records code, kind, record,
   hash, time, what the sheet printed (``IsiCetakan``: document, name, NIP, period, pejabat
   penilai, capaian, ratings, predikat, status, printing installation) and an Ed25519
   signature by this installation over all of them.
4. ``verify CODE`` (or the QR text) looks the code up, checks the signature and the code, and
   answers with the recorded values for the officer to compare with the paper. It also
   rebuilds the sheet from what the database holds *now*: same hash = SAH (and the recorded
   values must be the rebuilt sheet's); different = KEDALUWARSA (the record changed since
   printing); a sheet printed as KONSEP/DIAJUKAN is no official sheet whatever the rest; no
   such code = TIDAK DIKENAL; a bad signature or an inconsistent row = TIDAK SAH.
5. ``verify FILE.pdf`` reads each sheet's code and values from the page text
   (``reports.baca``) and compares every value with the recorded one; any difference, or a
   value that cannot be read, is TIDAK SAH naming the field. The PDF metadata (Keywords:
   ``ASNV1:<code>:<full hash>``) can only make a file fail, never pass.

Every page carries the code as text and in a QR code (``ASNV1:<code>:<hash prefix>``).

The printing lives here; the codes are in ``cetak_kode``, choosing targets in ``cetak_target``,
building sheets in ``cetak_lembar`` and verifying in ``cetak_verifikasi``. Every name callers
use is re-exported here.

For the GUI (call from a worker; nothing here touches Qt)
---------------------------------------------------------
* choose:  ``resolve_target(s, dokumen, pegawai_id, tahun, periode)``, ``target_by_nip(...)``,
  ``targets_for_unit(s, unit_id, dokumen, tahun, periode) -> (targets, skipped)``,
  ``parse_periode(text, tahun, frekuensi)``; ``dokumen`` is "skp", "evaluasi" or "dokumen".
* print:   ``print_to_file(ws, targets, path, progress=, cancelled=)`` (one PDF),
  ``print_each(ws, targets, folder, progress=, cancelled=)`` (one PDF per sheet),
  ``print_unit(ws, dokumen, unit_kode, tahun, out, periode=, combined=, ...)``; all return a
  ``CetakHasil`` (sheets with their codes, files, skipped pegawai, ``dibatalkan``).
  ``progress(done, total)`` is called as sheets are drawn; ``cancelled()`` is polled between
  sheets (a cancelled single file is not written; files already written stay).
* preview: ``preview(ws, target) -> bytes`` (PDF marked PRATINJAU, no code, not recorded).
* verify:  ``verify(ws, code_or_qr_text) -> VerifyResult``, ``verify_pdf(ws, path) ->
  list[VerifyResult]``; ``VerifyResult.status`` (valid/outdated/draft/unknown/forged),
  ``.label`` (SAH/KEDALUWARSA/KONSEP/TIDAK DIKENAL/TIDAK SAH), ``.message`` (one line),
  ``.exit_code``, ``.tercetak`` (the recorded ``Ringkasan``), ``.rincian()`` (label, value
  rows to show), ``.selisih`` (a PDF's differing values), ``keterangan``, ``nama``, ``nip``,
  ``dicetak``, ``instalasi``, ``signature_checked``.
"""

from __future__ import annotations

import base64
import logging
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from asn_desktop.db.models import Cetakan
from asn_desktop.errors import ValidationError
from asn_desktop.progress import CancelCheck, Progress
from asn_desktop.reports.ringkasan import ringkasan
from asn_desktop.services import orgs, sertifikat
from asn_desktop.services.authority import require_appraisal_scope, require_unit_scope
from asn_desktop.services.cetak_kode import DOKUMEN_KINDS as DOKUMEN_KINDS
from asn_desktop.services.cetak_kode import QR_PREFIX as QR_PREFIX
from asn_desktop.services.cetak_kode import IsiCetakan as IsiCetakan
from asn_desktop.services.cetak_kode import (
    _sign_message,
)
from asn_desktop.services.cetak_kode import derive_kode as derive_kode
from asn_desktop.services.cetak_kode import format_kode as format_kode
from asn_desktop.services.cetak_kode import normalize_kode as normalize_kode
from asn_desktop.services.cetak_kode import qr_payload as qr_payload
from asn_desktop.services.cetak_lembar import KopCache
from asn_desktop.services.cetak_lembar import Siap as Siap
from asn_desktop.services.cetak_lembar import build_sheet as build_sheet
from asn_desktop.services.cetak_lembar import record_exists as record_exists
from asn_desktop.services.cetak_target import Dilewati as Dilewati
from asn_desktop.services.cetak_target import Target as Target
from asn_desktop.services.cetak_target import _periode_order as _periode_order  # tests use it
from asn_desktop.services.cetak_target import choose_evaluasi as choose_evaluasi
from asn_desktop.services.cetak_target import parse_periode as parse_periode
from asn_desktop.services.cetak_target import resolve_target as resolve_target
from asn_desktop.services.cetak_target import target_by_nip as target_by_nip
from asn_desktop.services.cetak_target import targets_for_unit as targets_for_unit
from asn_desktop.services.cetak_verifikasi import RINCIAN_LABEL as RINCIAN_LABEL
from asn_desktop.services.cetak_verifikasi import STATUS_LABEL as STATUS_LABEL
from asn_desktop.services.cetak_verifikasi import PublicKeyLookup as PublicKeyLookup
from asn_desktop.services.cetak_verifikasi import Selisih as Selisih
from asn_desktop.services.cetak_verifikasi import VerifyResult as VerifyResult
from asn_desktop.services.cetak_verifikasi import VerifyStatus as VerifyStatus
from asn_desktop.services.cetak_verifikasi import bandingkan as bandingkan
from asn_desktop.services.cetak_verifikasi import cetakan_of as cetakan_of
from asn_desktop.services.cetak_verifikasi import claims_in_pdf as claims_in_pdf
from asn_desktop.services.cetak_verifikasi import parse_claim as parse_claim
from asn_desktop.services.cetak_verifikasi import verify as verify
from asn_desktop.services.cetak_verifikasi import verify_any as verify_any
from asn_desktop.services.cetak_verifikasi import verify_pdf as verify_pdf
from asn_desktop.services.workspace import Workspace
from asn_desktop.sync import pki
from asn_desktop.sync.keys import SIGN_FILE, load_keys
from asn_desktop.teks import _

log = logging.getLogger(__name__)


# ------------------------------------------------------------------------------- printing


@dataclass(frozen=True)
class Tercetak:
    """One printed sheet: what and under which code."""

    target: Target
    kode: str  # formatted XXXX-XXXX-XXXX
    content_hash: str
    nama: str
    nip: str
    keterangan: str
    berkas: Path


@dataclass
class CetakHasil:
    lembar: list[Tercetak] = field(default_factory=list)
    berkas: list[Path] = field(default_factory=list)
    dilewati: list[Dilewati] = field(default_factory=list)
    dibatalkan: bool = False
    # files written without a PDF signature and why (KONSEP sheets, or no certificate yet)
    tanpa_ttd: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def catatan_ttd(self) -> str | None:
        if not self.tanpa_ttd:
            return None
        alasan = sorted({why for _p, why in self.tanpa_ttd})
        return _("{n} berkas tidak bertanda tangan PDF: {alasan}").format(
            n=len(self.tanpa_ttd), alasan="; ".join(alasan))


_keys_cache: dict[tuple[Path, int], tuple[object, bytes]] = {}


def _keys(ws: Workspace) -> tuple[object, bytes]:
    # keyed by the key file's time too: a rotation (sync rotate-keys) is picked up at once
    try:
        stamp = (ws.paths.keys / SIGN_FILE).stat().st_mtime_ns
    except OSError:
        stamp = 0
    key = (ws.paths.keys, stamp)
    if key not in _keys_cache:
        pair = load_keys(ws.paths.keys)
        _keys_cache.clear()
        _keys_cache[key] = (pair.sign, pair.sign_public)
    return _keys_cache[key]


def _codes(ws: Workspace, siap: Sequence[Siap]) -> list[str]:
    """The raw verification codes of these sheets (derived, so known before anything is
    recorded: the registry is written only once their files are)."""
    node = ws.info.node_id
    return [derive_kode(node, x.target.dokumen, x.target.record_id, x.content_hash)
            for x in siap]


def _register(ws: Workspace, siap: Sequence[Siap], codes: Sequence[str]) -> None:
    """Record (or find) the Cetakan row of every sheet whose file was written."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    if not siap:
        return
    sign_key, _x = _keys(ws)
    assert isinstance(sign_key, Ed25519PrivateKey)
    node = ws.info.node_id
    now = datetime.now().isoformat(timespec="seconds")
    with ws.session() as s:
        existing = {c.kode: c for c in s.scalars(select(Cetakan).where(
            Cetakan.kode.in_(codes), Cetakan.deleted.is_(False)))}
        for x, kode in zip(siap, codes, strict=True):
            isi = IsiCetakan(ringkasan(x.lembar), x.keterangan, x.periode_label,
                             ws.info.nama).to_json()
            row = existing.get(kode)
            if row is not None:
                # printed before the registry kept the values: add them, signed again (only
                # our own rows; the code, content and first printing time stay)
                if row.isi_json is None and row.signer_node == node:
                    row.isi_json = isi
                    row.signature = base64.b64encode(
                        sign_key.sign(_sign_message(row))).decode()
                continue
            row = Cetakan(kode=kode, dokumen=x.target.dokumen, record_id=x.target.record_id,
                          pegawai_id=x.target.pegawai_id, content_hash=x.content_hash,
                          signer_node=node, dicetak=now, isi_json=isi)
            row.signature = base64.b64encode(sign_key.sign(_sign_message(row))).decode()
            s.add(row)
            existing[kode] = row


def _record(ws: Workspace, siap: Sequence[Siap], codes: Sequence[str], ttd: _Ttd,
            signed: Sequence[str], files: Sequence[Path]) -> None:
    """Register the written sheets and which of them were PDF-signed; if that fails, the
    new files go too, so no sheet is out without its registry entry."""
    try:
        _register(ws, siap, codes)
        _catat_ttd(ws, signed, ttd)
    except BaseException:
        for f in files:
            f.unlink(missing_ok=True)
        raise


def prepare(
    ws: Workspace, targets: Sequence[Target], *, progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> list[Siap]:
    """Build every sheet in one read session (checking this installation may print them)."""
    out: list[Siap] = []
    cache = KopCache()
    with ws.read_session() as s:
        for t in targets:
            if cancelled is not None and cancelled():
                break
            require_appraisal_scope(s, t.pegawai_id)
            out.append(build_sheet(s, t, cache))
    return out


def _atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".cetak-", suffix=".pdf", dir=path.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class _Stop(Exception):
    pass


@dataclass(frozen=True)
class _Ttd:
    """What signing the files of one print call needs, read once for the whole call."""

    penanda: pki.Penanda | None
    tanpa: str | None  # why files go out unsigned when there is no certificate
    tempat: str = ""


def _bahan_ttd(ws: Workspace) -> _Ttd:
    from asn_desktop.services import pengaturan

    try:
        sertifikat.siapkan(ws)
        p = pki.penanda(ws.paths.keys)
    except (pki.PkiError, OSError, ValueError, TypeError) as exc:
        log.warning("sertifikat tanda tangan tidak dapat dibaca: %s", exc)
        p = None
    if p is None:
        return _Ttd(None, _("instalasi ini belum menerima sertifikat tanda tangan dari BKPSDM "
                            "(kirim paket, lalu impor jawaban pusat)"))
    with ws.read_session() as s:
        return _Ttd(p, None, pengaturan.tempat(s))


def _catat_ttd(ws: Workspace, codes: Sequence[str], ttd: _Ttd) -> None:
    """Record in the registry that these sheets' files were PDF-signed (one transaction)."""
    if ttd.penanda is None or not codes:
        return
    serial = f"{ttd.penanda.cert.serial_number:x}"
    with ws.session() as s:
        for part in (codes[i:i + 900] for i in range(0, len(codes), 900)):
            for row in s.scalars(select(Cetakan).where(Cetakan.kode.in_(part),
                                                       Cetakan.deleted.is_(False))):
                if row.signer_node == ws.info.node_id and row.ttd_pdf != serial:
                    row.ttd_pdf = serial


def _render(siap: Sequence[Siap], codes: Sequence[str], path: Path, ttd: _Ttd,
            on_start: Callable[[int], None] | None = None) -> str | None:
    """Draw the sheets into ``path``, PDF-signed when final and a certificate is held;
    returns why the file is unsigned (None: signed)."""
    from asn_desktop.reports.layout import Cap, KotakTtd
    from asn_desktop.reports.render import SheetJob, render_pdf
    from asn_desktop.services import tanda_tangan_pdf

    jobs = []
    keywords = []
    for x, kode in zip(siap, codes, strict=True):
        cap = Cap(kode=format_kode(kode), qr_payload=qr_payload(kode, x.content_hash))
        jobs.append(SheetJob(x.lembar, x.logo_png, cap))
        keywords.append(f"{QR_PREFIX}:{kode}:{x.content_hash.upper()}")
    if len(siap) == 1:
        title = f"{siap[0].keterangan} \u2014 {siap[0].nama}"
    else:
        title = f"{len(siap)} lembar kinerja pegawai"
    konsep = any(x.lembar.tanda for x in siap)
    penanda = None if konsep else ttd.penanda
    posisi: list[KotakTtd] = []
    unusable: list[str] = []

    def write(tmp: Path) -> None:
        render_pdf(jobs, tmp, title=title, keywords=keywords, on_start=on_start,
                   posisi_ttd=posisi)
        if penanda is not None:
            try:
                tanda_tangan_pdf.tandatangani(
                    tmp, penanda, posisi[-1] if posisi else None, tempat=ttd.tempat,
                    alasan=_("Lembar kinerja pegawai; kode verifikasi {kode}").format(
                        kode=", ".join(format_kode(k) for k in codes[:3])))
            except ValueError as exc:  # a certificate the signer cannot read (its names)
                log.info("sertifikat tidak dapat dipakai untuk tanda tangan PDF: %s", exc)
                unusable.append(_("sertifikat tanda tangan instalasi ini tidak dapat dipakai "
                                  "(nama di dalamnya ditolak)"))

    _atomic_write(path, write)
    if konsep:
        return _("lembar KONSEP tidak ditandatangani")
    return unusable[0] if unusable else ttd.tanpa


def _slug(text: str, n: int = 40) -> str:
    s = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")
    return s[:n].strip("-") or "pegawai"


def file_name(x: Siap) -> str:
    """'evaluasi_2026-TW2_198203152006042003_Siti-Nurhasanah.pdf'."""
    nama = _slug(re.sub(r"^(?:[A-Za-z]{1,4}\.\s*)+", "", x.nama.split(",")[0]))
    return f"{x.target.dokumen}_{x.tag}_{x.nip or 'tanpa-nip'}_{nama}.pdf"


def print_to_file(
    ws: Workspace,
    targets: Sequence[Target],
    out: Path,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> CetakHasil:
    """Print all ``targets`` into one PDF (page numbers restart per sheet).

    ``progress(done, total)`` is called as sheets are drawn; when ``cancelled()`` turns true
    the file is not written and the result says ``dibatalkan``."""
    hasil = CetakHasil()
    if not targets:
        raise ValidationError(_("Tidak ada lembar untuk dicetak."), "targets")
    if out.is_dir():
        raise ValidationError(_("{path} adalah folder; pilih nama berkas PDF.").format(path=out),
                              "out")
    siap = prepare(ws, targets, cancelled=cancelled)
    if len(siap) < len(targets):
        hasil.dibatalkan = True
        return hasil
    codes = _codes(ws, siap)
    total = len(siap)

    def on_start(i: int) -> None:
        if cancelled is not None and cancelled():
            raise _Stop()
        if progress is not None and i:
            progress(i, total)

    existed = out.exists()
    try:
        ttd = _bahan_ttd(ws)
        alasan = _render(siap, codes, out, ttd, on_start)
    except _Stop:
        hasil.dibatalkan = True
        return hasil
    _record(ws, siap, codes, ttd, codes if alasan is None else [], [] if existed else [out])
    if progress is not None:
        progress(total, total)
    hasil.berkas.append(out)
    if alasan:
        hasil.tanpa_ttd.append((out, alasan))
    hasil.lembar = [Tercetak(x.target, format_kode(k), x.content_hash, x.nama, x.nip,
                             x.keterangan, out) for x, k in zip(siap, codes, strict=True)]
    return hasil


def preview(ws: Workspace, target: Target) -> bytes:
    """The sheet as a PDF for showing on screen: not recorded, so it carries no verification
    code, and "PRATINJAU" is printed across it (a printed preview is not a valid sheet)."""
    import io

    from asn_desktop.reports.layout import Cap
    from asn_desktop.reports.render import SheetJob, render_pdf

    [x] = prepare(ws, [target])
    buf = io.BytesIO()
    render_pdf([SheetJob(x.lembar, x.logo_png, Cap(tanda="PRATINJAU"))], buf,
               title=f"{x.keterangan} \u2014 {x.nama} (pratinjau)")
    return buf.getvalue()


def print_each(
    ws: Workspace,
    targets: Sequence[Target],
    folder: Path,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> CetakHasil:
    """One PDF per sheet in ``folder`` (named by kind, period, NIP and name)."""
    hasil = CetakHasil()
    siap = prepare(ws, targets, cancelled=cancelled)
    if len(siap) < len(targets):
        hasil.dibatalkan = True
        return hasil
    codes = _codes(ws, siap)
    if folder.exists() and not folder.is_dir():
        raise ValidationError(_("{path} adalah berkas, bukan folder; pilih folder untuk "
                                "lembar-lembarnya.").format(path=folder), "out")
    folder.mkdir(parents=True, exist_ok=True)
    ttd = _bahan_ttd(ws)
    signed: list[str] = []
    used: set[str] = set()
    fresh: list[Path] = []  # files this call made (not ones it wrote over)
    try:
        for i, (x, kode) in enumerate(zip(siap, codes, strict=True)):
            if cancelled is not None and cancelled():
                hasil.dibatalkan = True  # the sheets written so far stay, recorded
                break
            name = file_name(x)
            if name in used:
                name = name.removesuffix(".pdf") + f"_{kode[:4]}.pdf"
            used.add(name)
            path = folder / name
            existed = path.exists()
            alasan = _render([x], [kode], path, ttd)
            if not existed:
                fresh.append(path)
            hasil.berkas.append(path)
            if alasan:
                hasil.tanpa_ttd.append((path, alasan))
            else:
                signed.append(kode)
            hasil.lembar.append(Tercetak(x.target, format_kode(kode), x.content_hash, x.nama,
                                         x.nip, x.keterangan, path))
            if progress is not None:
                progress(i + 1, len(siap))
    except BaseException:
        # a failed batch (a full disk, a file in the way) leaves no new sheet behind
        for f in fresh:
            f.unlink(missing_ok=True)
        raise
    done = len(hasil.berkas)
    _record(ws, siap[:done], codes[:done], ttd, signed, fresh)
    return hasil


def print_unit(
    ws: Workspace,
    dokumen: str,
    unit_kode: str,
    tahun: int,
    out: Path,
    *,
    periode: str | None = None,
    combined: bool = False,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> CetakHasil:
    """Batch: every active pegawai of the unit (and sub-units). ``out`` is a folder; with
    ``combined`` it may also be a .pdf file (else a file is named inside the folder)."""
    with ws.read_session() as s:
        unit = orgs.unit_by_kode(s, unit_kode)
        require_unit_scope(s, unit.id)
        targets, skipped = targets_for_unit(s, unit.id, dokumen, tahun, periode)
        unit_kode_clean = _slug(unit.kode, 60)
    if not targets:
        hasil = CetakHasil(dilewati=skipped)
        return hasil
    if combined:
        path = out if out.suffix.lower() == ".pdf" else (
            out / f"{dokumen}_{unit_kode_clean}_{tahun}{'_' + periode if periode else ''}.pdf")
        hasil = print_to_file(ws, targets, path, progress=progress, cancelled=cancelled)
    else:
        hasil = print_each(ws, targets, out, progress=progress, cancelled=cancelled)
    hasil.dilewati = skipped
    return hasil
