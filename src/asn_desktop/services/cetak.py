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
import hashlib
import json
import logging
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.db.models import Cetakan, Evaluasi, OrgUnit, Pegawai, Skp
from asn_desktop.db.sync_models import SyncPeer, SyncRetiredKey
from asn_desktop.domain.dates import BULAN, format_tanggal
from asn_desktop.domain.dokumen import Status
from asn_desktop.domain.periods import Frekuensi, Periode, periode_akhir, periode_by_kode
from asn_desktop.errors import AsnError, NotFoundError, ValidationError
from asn_desktop.progress import CancelCheck, Progress
from asn_desktop.reports import sheets
from asn_desktop.reports.baca import (
    LembarTerbaca,
    PdfTidakTerbaca,
    kata_halaman,
    read_pages,
    sheets_in,
)
from asn_desktop.reports.content import DOKUMEN_LABEL, Kop, Lembar, content_hash
from asn_desktop.reports.ringkasan import NAMA_FIELD, Ringkasan, ringkasan, sama
from asn_desktop.services import evaluasi as eval_svc
from asn_desktop.services import orgs, pengaturan
from asn_desktop.services import skp as skp_svc
from asn_desktop.services.authority import require_appraisal_scope, require_unit_scope
from asn_desktop.services.pegawai import PegawaiFilter, list_pegawai, pegawai_by_nip
from asn_desktop.services.riwayat import status_of
from asn_desktop.services.workspace import Workspace
from asn_desktop.sync.keys import SIGN_FILE, load_keys, verify_signature

log = logging.getLogger(__name__)

DOKUMEN_KINDS = ("skp", "evaluasi", "dokumen")
QR_PREFIX = "ASNV1"
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE_LEN = 12
_SIGN_DOMAIN = "ASN-DESKTOP-CETAKAN-V1"
_SIGN_DOMAIN_ISI = "ASN-DESKTOP-CETAKAN-V2"



# ------------------------------------------------------------------------------- codes


def _b32(data: bytes, n: int) -> str:
    bits = int.from_bytes(data, "big")
    total = len(data) * 8
    return "".join(_CROCKFORD[(bits >> (total - 5 * (i + 1))) & 31] for i in range(n))


def derive_kode(node: str, dokumen: str, record_id: str, content_hash: str) -> str:
    """The 12-character verification code (unformatted)."""
    digest = hashlib.sha256(f"{node}|{dokumen}|{record_id}|{content_hash}".encode()).digest()
    return _b32(digest, _CODE_LEN)


def format_kode(kode: str) -> str:
    return "-".join(kode[i:i + 4] for i in range(0, len(kode), 4))


_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def normalize_kode(text: str) -> str | None:
    """'abcd-efgh-jkmn' / 'ABCD EFGH JKMN' -> 'ABCDEFGHJKMN'; None when it cannot be a code."""
    t = re.sub(r"[\s\-.]", "", text.strip().upper()).translate(_CONFUSABLE)
    if len(t) != _CODE_LEN or any(ch not in _CROCKFORD for ch in t):
        return None
    return t


def qr_payload(kode: str, content_hash: str) -> str:
    return f"{QR_PREFIX}:{kode}:{content_hash[:32].upper()}"


def _sign_message(c: Cetakan) -> bytes:
    """What a registry row's signature covers: every field, the printed values included (rows
    recorded before revision 0007 have none and were signed without them)."""
    parts = [_SIGN_DOMAIN, c.kode, c.dokumen, c.record_id, c.pegawai_id, c.content_hash,
             c.signer_node, c.dicetak]
    if c.isi_json is not None:
        parts[0] = _SIGN_DOMAIN_ISI
        parts.append(c.isi_json)
    return "\n".join(parts).encode()


@dataclass(frozen=True)
class IsiCetakan:
    """What the registry keeps of a printed sheet besides its hash (``Cetakan.isi_json``)."""

    lembar: Ringkasan  # the values printed
    keterangan: str  # "Evaluasi Kinerja Pegawai TRIWULAN II 2026"
    periode_label: str  # "TRIWULAN II 2026", "Tahun 2026"
    instalasi: str  # the printing installation's name

    def to_json(self) -> str:
        data = {"versi": 1, "lembar": self.lembar.to_dict(), "keterangan": self.keterangan,
                "periode_label": self.periode_label, "instalasi": self.instalasi}
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> IsiCetakan:
        """Raises ValueError for anything but what ``to_json`` writes."""
        try:
            data = json.loads(text)
            if not isinstance(data, dict) or data.get("versi") != 1:
                raise ValueError("versi tidak dikenal")
            lembar = data["lembar"]
            if not isinstance(lembar, dict):
                raise ValueError("isi lembar tidak sah")
            out = cls(Ringkasan.from_dict(lembar), str(data["keterangan"]),
                      str(data["periode_label"]), str(data["instalasi"]))
        except (KeyError, TypeError) as exc:
            raise ValueError(f"isi cetakan tidak sah ({exc})") from None
        return out


# ------------------------------------------------------------------------------ targets


@dataclass(frozen=True)
class Target:
    """One sheet to print: the kind and the record (SKP id, or evaluasi id)."""

    dokumen: str
    record_id: str
    pegawai_id: str


def _check_kind(dokumen: str) -> str:
    if dokumen not in DOKUMEN_KINDS:
        raise ValidationError(f"Jenis dokumen harus salah satu dari {', '.join(DOKUMEN_KINDS)}.",
                              "dokumen")
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
        f"Periode '{text.strip()}' tidak dikenal; contoh: TW1, TRIWULAN II, SM1, SEMESTER II, "
        f"AKHIR, atau kode lengkap {tahun}-TW3.",
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
        raise NotFoundError("Pegawai tidak ditemukan.")
    skp = skp_svc.live_skp_of(s, pegawai_id, tahun)
    if skp is None:
        raise NotFoundError(f"{p.nama} (NIP {p.nip}) belum memiliki SKP tahun {tahun}.")
    if dokumen == "skp":
        return Target(dokumen, skp.id, pegawai_id)
    kode = None
    if periode:
        frek = eval_svc.frekuensi_pegawai(s, pegawai_id, tahun)
        kode = parse_periode(periode, tahun, frek).kode
    e = choose_evaluasi(s, skp.id, kode)
    if e is None:
        where = f" periode {kode}" if kode else ""
        raise NotFoundError(f"{p.nama} (NIP {p.nip}) belum memiliki evaluasi{where} tahun "
                            f"{tahun}.")
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


class _KopCache:
    def __init__(self) -> None:
        self.by_unit: dict[str | None, tuple[Kop, bytes | None]] = {}


def _kop(s: Session, unit_id: str | None, instansi: str,
         cache: _KopCache) -> tuple[Kop, bytes | None]:
    from asn_desktop.reports.layout import logo_usable  # reportlab, loaded when printing

    if unit_id in cache.by_unit:
        return cache.by_unit[unit_id]
    path: list[OrgUnit] = orgs.unit_path(s, unit_id)
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
    kop = Kop(judul=tuple(judul), keterangan=tuple(keterangan),
              logo_sha256=hashlib.sha256(logo).hexdigest() if logo else "")
    cache.by_unit[unit_id] = (kop, logo)
    return kop, logo


def build_sheet(s: Session, target: Target, cache: _KopCache | None = None) -> Siap:
    """The sheet of ``target`` as the database holds it now (deterministic)."""
    cache = cache or _KopCache()
    instansi = pengaturan.instansi(s)
    tempat = pengaturan.tempat(s)
    if target.dokumen == "skp":
        sv = skp_svc.get_skp(s, target.record_id)
        kop, logo = _kop(s, sv.identitas.pegawai.unit_id, instansi, cache)
        ctx = sheets.Konteks(kop, instansi, tempat)
        lembar: Lembar = sheets.lembar_skp(sv, ctx)
        ket = f"{DOKUMEN_LABEL['skp']} tahun {sv.tahun}"
        tag = str(sv.tahun)
        periode_label = f"Tahun {sv.tahun}"
        who = sv.identitas.pegawai
    else:
        ev = eval_svc.get_evaluasi(s, target.record_id)
        kop, logo = _kop(s, ev.identitas.pegawai.unit_id, instansi, cache)
        ctx = sheets.Konteks(kop, instansi, tempat)
        if target.dokumen == "evaluasi":
            lembar = sheets.lembar_evaluasi(ev, ctx)
        else:
            lembar = sheets.lembar_dokumen(ev, ctx)
        ket = f"{DOKUMEN_LABEL[target.dokumen]} {ev.periode.label} {ev.tahun}"
        tag = ev.periode.kode
        periode_label = f"{ev.periode.label} {ev.tahun}"
        who = ev.identitas.pegawai
    return Siap(target, lembar, logo, content_hash(lembar), ket, who.nama, who.nip, tag,
                periode_label)


def record_exists(s: Session, target: Target) -> bool:
    row: Skp | Evaluasi | None
    if target.dokumen == "skp":
        row = s.get(Skp, target.record_id)
    else:
        row = s.get(Evaluasi, target.record_id)
    return row is not None and not row.deleted


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


def _register(ws: Workspace, siap: Sequence[Siap]) -> list[str]:
    """Record (or find) the Cetakan row of every sheet; returns the raw codes."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    sign_key, _ = _keys(ws)
    assert isinstance(sign_key, Ed25519PrivateKey)
    node = ws.info.node_id
    codes = [derive_kode(node, x.target.dokumen, x.target.record_id, x.content_hash)
             for x in siap]
    now = datetime.now().isoformat(timespec="seconds")
    with ws.db.session() as s:
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
    return codes


def prepare(
    ws: Workspace, targets: Sequence[Target], *, progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> list[Siap]:
    """Build every sheet in one read session (checking this installation may print them)."""
    out: list[Siap] = []
    cache = _KopCache()
    with ws.db.Session() as s:
        for t in targets:
            if cancelled is not None and cancelled():
                break
            require_appraisal_scope(s, ws.info, t.pegawai_id)
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


def _render(siap: Sequence[Siap], codes: Sequence[str], path: Path,
            on_start: Callable[[int], None] | None = None) -> None:
    from asn_desktop.reports.layout import Cap
    from asn_desktop.reports.render import SheetJob, render_pdf

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
    _atomic_write(path, lambda tmp: render_pdf(jobs, tmp, title=title, keywords=keywords,
                                               on_start=on_start))


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
        raise ValidationError("Tidak ada lembar untuk dicetak.", "targets")
    siap = prepare(ws, targets, cancelled=cancelled)
    if len(siap) < len(targets):
        hasil.dibatalkan = True
        return hasil
    codes = _register(ws, siap)
    total = len(siap)

    def on_start(i: int) -> None:
        if cancelled is not None and cancelled():
            raise _Stop()
        if progress is not None and i:
            progress(i, total)

    try:
        _render(siap, codes, out, on_start)
    except _Stop:
        hasil.dibatalkan = True
        return hasil
    if progress is not None:
        progress(total, total)
    hasil.berkas.append(out)
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
    codes = _register(ws, siap) if siap else []
    folder.mkdir(parents=True, exist_ok=True)
    used: set[str] = set()
    for i, (x, kode) in enumerate(zip(siap, codes, strict=True)):
        if cancelled is not None and cancelled():
            hasil.dibatalkan = True
            break
        name = file_name(x)
        if name in used:
            name = name.removesuffix(".pdf") + f"_{kode[:4]}.pdf"
        used.add(name)
        path = folder / name
        _render([x], [kode], path)
        hasil.berkas.append(path)
        hasil.lembar.append(Tercetak(x.target, format_kode(kode), x.content_hash, x.nama, x.nip,
                                     x.keterangan, path))
        if progress is not None:
            progress(i + 1, len(siap))
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
    with ws.db.Session() as s:
        unit = orgs.unit_by_kode(s, unit_kode)
        require_unit_scope(s, ws.info, unit.id)
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


# ----------------------------------------------------------------------------- verifying


class VerifyStatus(StrEnum):
    VALID = "valid"
    OUTDATED = "outdated"
    DRAFT = "draft"
    UNKNOWN = "unknown"
    FORGED = "forged"


STATUS_LABEL: dict[VerifyStatus, str] = {
    VerifyStatus.VALID: "SAH",
    VerifyStatus.OUTDATED: "KEDALUWARSA",
    VerifyStatus.DRAFT: "KONSEP",
    VerifyStatus.UNKNOWN: "TIDAK DIKENAL",
    VerifyStatus.FORGED: "TIDAK SAH",
}


RINCIAN_LABEL: dict[str, str] = {
    "dokumen": "Dokumen",
    "nama": "Nama",
    "nip": "NIP",
    "periode": "Periode",
    "penilai": "Pejabat penilai",
    "capaian": "Capaian kinerja organisasi",
    "rating_hasil_kerja": "Rating hasil kerja",
    "rating_perilaku_kerja": "Rating perilaku kerja",
    "predikat": "Predikat",
    "status": "Status",
}


def _tampil(value: str | None) -> str:
    if value is None:
        return "(tidak terbaca)"
    return value if value.strip() else "-"


@dataclass(frozen=True)
class Selisih:
    """One printed value of a sheet (PDF) that is not what the registry recorded."""

    field: str  # a Ringkasan field name
    di_lembar: str | None  # None: the value could not be read from the sheet
    di_register: str

    @property
    def teks(self) -> str:
        nama = NAMA_FIELD[self.field]
        if self.di_lembar is None:
            return f"{nama} tidak terbaca di lembar (di register '{_tampil(self.di_register)}')"
        return (f"{nama} di lembar '{_tampil(self.di_lembar)}', di register "
                f"'{_tampil(self.di_register)}'")


def bandingkan(tercetak: Ringkasan, sheet: LembarTerbaca) -> list[Selisih]:
    """Every printed value of ``tercetak`` the sheet lacks, or shows otherwise anywhere."""
    out = []
    for name, want in tercetak.items():
        seen = sheet.nilai.get(name, [])
        if not seen:
            out.append(Selisih(name, None, want))
            continue
        other = next((v for v in seen if not sama(v, want)), None)
        if other is not None:
            out.append(Selisih(name, other, want))
    return out


@dataclass(frozen=True)
class VerifyResult:
    status: VerifyStatus
    kode: str  # formatted, or the text given when it is not a code
    message: str  # one Indonesian line for the user
    dokumen: str | None = None
    record_id: str | None = None
    keterangan: str = ""  # "Evaluasi Kinerja Pegawai TRIWULAN II 2026"
    nama: str = ""
    nip: str = ""
    dicetak: str = ""  # ISO time the code was recorded
    signer_node: str = ""
    signature_checked: bool = False  # False: signer's key unknown here (row came by sync)
    tercetak: Ringkasan | None = None  # what the registry says the sheet printed
    periode_label: str = ""  # "TRIWULAN II 2026"
    instalasi: str = ""  # the installation that printed it
    selisih: tuple[Selisih, ...] = ()  # PDF only: values that differ from the registry

    @property
    def ok(self) -> bool:
        return self.status is VerifyStatus.VALID

    @property
    def exit_code(self) -> int:
        return 0 if self.ok else 1

    @property
    def label(self) -> str:
        return STATUS_LABEL[self.status]

    def rincian(self) -> list[tuple[str, str]]:
        """What the registry recorded as printed, as (label, value) rows for the officer to
        compare with the paper; [] when the code is not known or its values are not."""
        return [(label, value) for _field, label, value in self.rincian_baris()]

    def rincian_baris(self) -> list[tuple[str | None, str, str]]:
        """``rincian`` with each row's Ringkasan field (None for the registry's own rows:
        printing time, installation, code), to set a sheet's differing values beside them."""
        t = self.tercetak
        if t is None:
            return []
        periode = f"{self.periode_label} ({t.periode})" if self.periode_label else t.periode
        status = (f"{t.status} (lembar resmi)" if t.resmi
                  else f"{t.status} (bukan lembar resmi)")
        shown = {"periode": periode, "status": status}
        rows: list[tuple[str | None, str, str]] = []
        for name, value in t.items():
            rows.append((name, RINCIAN_LABEL[name], shown.get(name, _tampil(value))))
        rows += [(None, "Dicetak", _fmt_waktu(self.dicetak)),
                 (None, "Instalasi pencetak", self.instalasi or "-"),
                 (None, "Kode verifikasi", self.kode)]
        return rows

    def to_dict(self) -> dict[str, object]:
        return {
            "status": self.status.value, "label": self.label, "kode": self.kode,
            "pesan": self.message, "dokumen": self.dokumen, "keterangan": self.keterangan,
            "dicetak": self.dicetak, "instalasi": self.instalasi,
            "tanda_tangan_diperiksa": self.signature_checked,
            "tercetak": self.tercetak.to_dict() if self.tercetak else None,
            "selisih": [{"field": x.field, "di_lembar": x.di_lembar,
                         "di_register": x.di_register} for x in self.selisih],
        }


# The signing keys an installation has used (current first); empty for one not known here.
PublicKeyLookup = Callable[[Session, str], Sequence[bytes]]


def _default_public_key(ws: Workspace) -> PublicKeyLookup:
    def lookup(s: Session, node: str) -> Sequence[bytes]:
        if node == ws.info.node_id:
            pair = load_keys(ws.paths.keys)
            return (pair.sign_public, *pair.retired_sign)
        # another installation: the key bound at enrolment or followed through its rotations,
        # and the keys it retired (kept after revocation too, so sheets printed before stay
        # checkable)
        current = s.scalar(select(SyncPeer.sign_pub).where(SyncPeer.node_id == node))
        retired = s.scalars(select(SyncRetiredKey.sign_pub).where(
            SyncRetiredKey.node_id == node))
        return tuple(k for k in (current, *retired) if k)

    return lookup


@dataclass(frozen=True)
class _Claim:
    kode: str
    hash_full: str | None = None
    hash_prefix: str | None = None
    from_file: bool = False  # a PDF: its page text must show the recorded values
    sheet: LembarTerbaca | None = None  # the values read from its pages (None: no text)


def parse_claim(text: str) -> _Claim | None:
    """A typed/scanned code, or a QR payload 'ASNV1:<code>:<hash or prefix>'."""
    t = text.strip()
    if t.upper().startswith(QR_PREFIX + ":"):
        parts = t.split(":")
        if len(parts) >= 2:
            kode = normalize_kode(parts[1])
            if kode is None:
                return None
            h = parts[2].strip().lower() if len(parts) > 2 else ""
            if len(h) == 64:
                return _Claim(kode, hash_full=h)
            return _Claim(kode, hash_prefix=h or None)
    kode = normalize_kode(t)
    return _Claim(kode) if kode else None


def _fmt_dicetak(iso: str) -> str:
    try:
        return format_tanggal(datetime.fromisoformat(iso).date())
    except ValueError:
        return iso


def _fmt_waktu(iso: str) -> str:
    try:
        t = datetime.fromisoformat(iso)
    except ValueError:
        return iso or "-"
    return f"{format_tanggal(t.date())} pukul {t:%H.%M}"


def _instalasi(ws: Workspace, s: Session, node: str) -> str:
    if node == ws.info.node_id:
        return ws.info.nama
    nama = s.scalar(select(SyncPeer.nama).where(SyncPeer.node_id == node))
    return nama or f"instalasi {node[:8]}"


def _verify_claim(ws: Workspace, claim: _Claim, lookup: PublicKeyLookup) -> VerifyResult:
    shown = format_kode(claim.kode)
    with ws.db.Session() as s:
        rows = list(s.scalars(select(Cetakan).where(Cetakan.kode == claim.kode,
                                                    Cetakan.deleted.is_(False))))
        if not rows:
            return VerifyResult(
                VerifyStatus.UNKNOWN, shown,
                f"TIDAK DIKENAL: kode verifikasi {shown} tidak tercatat di instalasi ini; "
                "keaslian lembar tidak dapat dipastikan (mungkin dicetak oleh unit yang datanya "
                "belum tersinkron, atau lembar palsu).")
        c = rows[0]
        res = VerifyResult(VerifyStatus.UNKNOWN, shown, "", dokumen=c.dokumen,
                           record_id=c.record_id, dicetak=c.dicetak, signer_node=c.signer_node,
                           instalasi=_instalasi(ws, s, c.signer_node))

        def forged(reason: str, selisih: Sequence[Selisih] = ()) -> VerifyResult:
            return replace(res, status=VerifyStatus.FORGED, message=f"TIDAK SAH: {reason}",
                           selisih=tuple(selisih))

        if derive_kode(c.signer_node, c.dokumen, c.record_id, c.content_hash) != c.kode:
            return forged(f"catatan cetakan kode {shown} tidak konsisten (kode tidak cocok "
                          "dengan isinya).")
        publics = lookup(s, c.signer_node)
        if publics:
            try:
                sig = base64.b64decode(c.signature, validate=True)
            except ValueError:
                sig = b""
            if not any(verify_signature(k, sig, _sign_message(c)) for k in publics):
                return forged(f"tanda tangan digital catatan cetakan kode {shown} tidak sah.")
            res = replace(res, signature_checked=True)
        isi: IsiCetakan | None = None
        if c.isi_json is not None:
            try:
                isi = IsiCetakan.from_json(c.isi_json)
            except ValueError:
                return forged(f"catatan cetakan kode {shown} rusak (isi lembar tidak terbaca).")
            res = replace(res, instalasi=isi.instalasi or res.instalasi)
        if claim.hash_full is not None and claim.hash_full != c.content_hash:
            return forged(f"metadata berkas tidak sama dengan lembar yang dicetak dengan kode "
                          f"{shown}.")
        if claim.hash_prefix is not None and not c.content_hash.upper().startswith(
                claim.hash_prefix.upper()):
            return forged(f"kode QR tidak cocok dengan lembar yang dicetak dengan kode {shown}.")
        target = Target(c.dokumen, c.record_id, c.pegawai_id)
        now: Siap | None = None
        gone = ""
        if c.dokumen not in DOKUMEN_KINDS or not record_exists(s, target):
            gone = "dokumennya sudah dihapus"
        else:
            try:
                now = build_sheet(s, target)
            except AsnError as exc:
                gone = f"datanya tidak dapat disusun lagi ({exc.message})"
    unchanged = now is not None and now.content_hash == c.content_hash
    tercetak = isi.lembar if isi is not None else None
    if unchanged:
        assert now is not None
        sekarang = ringkasan(now.lembar)
        if tercetak is not None and tercetak != sekarang:
            return forged(f"catatan cetakan kode {shown} tidak sesuai dengan isi lembarnya.")
        tercetak = sekarang
    if isi is not None:
        res = replace(res, keterangan=isi.keterangan, periode_label=isi.periode_label)
    elif now is not None:
        res = replace(res, keterangan=now.keterangan, periode_label=now.periode_label)
    if tercetak is not None:
        res = replace(res, tercetak=tercetak, nama=tercetak.nama, nip=tercetak.nip)
    dicetak = _fmt_dicetak(c.dicetak)
    subject = (f"{res.keterangan} \u2014 {res.nama} (NIP {res.nip or '-'})" if tercetak
               else f"lembar dengan kode {shown}")
    oleh = f"dicetak {dicetak} oleh {res.instalasi}"
    outdated = replace(res, status=VerifyStatus.OUTDATED)

    if claim.from_file:
        if claim.sheet is None:
            return forged(f"berkas tidak memuat teks lembar dengan kode {shown} (hanya "
                          "metadata PDF); metadata saja tidak membuktikan keaslian.")
        if tercetak is None:
            return replace(outdated, message=(
                f"KEDALUWARSA: {subject} ({oleh}) asli, tetapi isinya dicatat sebelum register "
                "menyimpan nilai cetakan dan datanya sudah berubah, sehingga isi berkas tidak "
                "dapat dibandingkan; gunakan cetakan terbaru."))
        selisih = bandingkan(tercetak, claim.sheet)
        if selisih:
            return forged(f"{'; '.join(x.teks for x in selisih)} (kode {shown}).", selisih)
        if unchanged:
            # the rest of the sheet (RHK, realisasi, umpan balik…): the words of the genuine
            # sheet, drawn again from the unchanged record, against the file's
            assert now is not None
            beda = _beda_kata(_kata_asli(now, claim.kode), claim.sheet.kata)
            if beda:
                return forged(f"teks lembar tidak sama dengan lembar asli kode {shown} "
                              f"({beda}).")
    if tercetak is not None and not tercetak.resmi:
        return replace(res, status=VerifyStatus.DRAFT, message=(
            f"{tercetak.status} \u2014 bukan lembar resmi: {subject}, kode {shown}, {oleh} "
            f"saat dokumen masih berstatus {tercetak.status.lower()} (belum disetujui)."))
    if gone:
        return replace(outdated, message=f"KEDALUWARSA: {subject}, kode {shown}, {oleh}, asli "
                                         f"tetapi {gone}.")
    if not unchanged:
        return replace(outdated, message=(
            f"KEDALUWARSA: {subject}, kode {shown}, {oleh}, asli tetapi datanya sudah berubah "
            "sejak dicetak; gunakan cetakan terbaru."))
    unchecked = "" if res.signature_checked else (
        "; tanda tangan digital pencetaknya belum dapat diperiksa di instalasi ini")
    if claim.from_file:
        message = (f"SAH: isi berkas sama dengan yang tercatat untuk kode {shown}: {subject}, "
                   f"{oleh}{unchecked}.")
    else:
        message = (f"SAH: kode {shown} tercatat untuk {subject}, {oleh}, dan datanya tidak "
                   f"berubah sejak dicetak{unchecked}; cocokkan lembar dengan isi yang "
                   "tercatat.")
    return replace(res, status=VerifyStatus.VALID, message=message)


def _kata_asli(x: Siap, kode: str) -> set[str]:
    """The words of the genuine sheet's content, drawn again (layout is deterministic)."""
    import io

    from asn_desktop.reports.layout import Cap
    from asn_desktop.reports.render import SheetJob, render_pdf

    buf = io.BytesIO()
    cap = Cap(kode=format_kode(kode), qr_payload=qr_payload(kode, x.content_hash))
    render_pdf([SheetJob(x.lembar, x.logo_png, cap)], buf)
    pages, _ = read_pages(buf.getvalue())
    return set().union(*(kata_halaman(p) for p in pages))


def _beda_kata(asli: set[str], berkas: set[str], n: int = 5) -> str:
    lain, hilang = sorted(berkas - asli), sorted(asli - berkas)
    parts = []
    if lain:
        parts.append("tidak ada di lembar asli: " + ", ".join(f"'{w}'" for w in lain[:n])
                     + (" …" if len(lain) > n else ""))
    if hilang:
        parts.append("hilang dari lembar asli: " + ", ".join(f"'{w}'" for w in hilang[:n])
                     + (" …" if len(hilang) > n else ""))
    return "; ".join(parts)


def verify(ws: Workspace, text: str, *, public_key: PublicKeyLookup | None = None) -> VerifyResult:
    """Verify a code as printed ('ABCD-EFGH-JKMN') or a scanned QR payload."""
    claim = parse_claim(text)
    if claim is None:
        shown = text.strip()[:40]
        return VerifyResult(
            VerifyStatus.UNKNOWN, shown,
            f"TIDAK DIKENAL: '{shown}' bukan kode verifikasi (contoh: ABCD-EFGH-JKMN).")
    return _verify_claim(ws, claim, public_key or _default_public_key(ws))


_RE_META = re.compile(rf"{QR_PREFIX}:([0-9A-Z]{{{_CODE_LEN}}}):([0-9A-F]{{64}})")


def claims_in_pdf(path: Path) -> list[_Claim]:
    """The sheets in a PDF: one per code printed on its pages (with the values read from
    them), then any code found only in the metadata (which alone proves nothing)."""
    try:
        pages, keywords = read_pages(path)
    except PdfTidakTerbaca as exc:
        raise AsnError(f"Berkas {path} bukan PDF yang dapat dibaca ({exc}).") from None
    hashes = {m[1]: m[2].lower() for m in _RE_META.finditer(keywords)}
    out: list[_Claim] = []
    seen: set[str] = set()
    for sheet in sheets_in(pages):
        kode = normalize_kode(sheet.kode)
        if kode is None or kode in seen:
            continue
        seen.add(kode)
        out.append(_Claim(kode, hash_full=hashes.get(kode), from_file=True, sheet=sheet))
    for kode, h in hashes.items():
        if kode not in seen:
            seen.add(kode)
            out.append(_Claim(kode, hash_full=h, from_file=True))
    return out


def verify_pdf(ws: Workspace, path: Path, *,
               public_key: PublicKeyLookup | None = None) -> list[VerifyResult]:
    """One result per sheet found in the file (none found: one UNKNOWN result). A sheet is
    SAH only when every value its pages show is the one recorded for its code."""
    claims = claims_in_pdf(path)
    if not claims:
        return [VerifyResult(
            VerifyStatus.UNKNOWN, path.name,
            f"TIDAK DIKENAL: berkas {path.name} tidak memuat kode verifikasi Kinerja ASN.")]
    lookup = public_key or _default_public_key(ws)
    return [_verify_claim(ws, c, lookup) for c in claims]


def verify_any(ws: Workspace, arg: str) -> list[VerifyResult]:
    """CLI helper: ``arg`` is a PDF file when such a file exists, else a code / QR payload."""
    p = Path(arg)
    if p.suffix.lower() == ".pdf" or (p.exists() and p.is_file()):
        if not p.exists():
            raise NotFoundError(f"Berkas {arg} tidak ditemukan.")
        return verify_pdf(ws, p)
    return [verify(ws, arg)]


def cetakan_of(s: Session, record_ids: Iterable[str]) -> list[Cetakan]:
    """Printed sheets recorded for these records (newest first), e.g. for a history panel."""
    ids = list(record_ids)
    if not ids:
        return []
    return list(s.scalars(select(Cetakan).where(Cetakan.record_id.in_(ids),
                                                Cetakan.deleted.is_(False))
                          .order_by(Cetakan.dicetak.desc(), Cetakan.kode)))
