"""Verifying a printed sheet: by its code or QR text, or by reading a PDF, against the signed
``Cetakan`` row and against the sheet rebuilt from what the database holds now.

Split out of ``services.cetak`` (which re-exports every public name here; the module docstring
there describes the statuses SAH, KEDALUWARSA, KONSEP, TIDAK DIKENAL and TIDAK SAH). Gives a
``VerifyResult`` with the recorded values and, for a PDF, the values that differ.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.db.models import Cetakan
from asn_desktop.db.sync_models import SyncPeer, SyncRetiredKey
from asn_desktop.domain.dates import format_tanggal
from asn_desktop.errors import AsnError, NotFoundError
from asn_desktop.reports.baca import (
    LembarTerbaca,
    PdfTidakTerbaca,
    kata_halaman,
    read_pages,
    sheets_in,
)
from asn_desktop.reports.ringkasan import NAMA_FIELD, Ringkasan, ringkasan, sama
from asn_desktop.services.cetak_kode import (
    _CODE_LEN,
    DOKUMEN_KINDS,
    QR_PREFIX,
    IsiCetakan,
    _sign_message,
    derive_kode,
    format_kode,
    normalize_kode,
    qr_payload,
)
from asn_desktop.services.cetak_lembar import Siap, build_sheet, record_exists
from asn_desktop.services.cetak_target import (
    Target,
)
from asn_desktop.services.workspace import Workspace
from asn_desktop.sync.keys import load_keys, verify_signature
from asn_desktop.teks import N_, _

if TYPE_CHECKING:  # the PDF signature check (pyHanko, reportlab) loads only for a file
    from asn_desktop.services.tanda_tangan_pdf import HasilTtd

# ----------------------------------------------------------------------------- verifying


class VerifyStatus(StrEnum):
    VALID = "valid"
    OUTDATED = "outdated"
    DRAFT = "draft"
    UNKNOWN = "unknown"
    FORGED = "forged"


STATUS_LABEL: dict[VerifyStatus, str] = {
    VerifyStatus.VALID: N_("SAH"),
    VerifyStatus.OUTDATED: N_("KEDALUWARSA"),
    VerifyStatus.DRAFT: N_("KONSEP"),
    VerifyStatus.UNKNOWN: N_("TIDAK DIKENAL"),
    VerifyStatus.FORGED: N_("TIDAK SAH"),
}


RINCIAN_LABEL: dict[str, str] = {
    "dokumen": N_("Dokumen"),
    "nama": N_("Nama"),
    "nip": N_("NIP"),
    "periode": N_("Periode"),
    "penilai": N_("Pejabat penilai"),
    "capaian": N_("Capaian kinerja organisasi"),
    "rating_hasil_kerja": N_("Rating hasil kerja"),
    "rating_perilaku_kerja": N_("Rating perilaku kerja"),
    "predikat": N_("Predikat"),
    "status": N_("Status"),
}


def _tampil(value: str | None) -> str:
    if value is None:
        return _("(tidak terbaca)")
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
            return _("{nama} tidak terbaca di lembar (di register '{register}')").format(
                nama=nama, register=_tampil(self.di_register))
        return _("{nama} di lembar '{lembar}', di register '{register}'").format(
            nama=nama, lembar=_tampil(self.di_lembar), register=_tampil(self.di_register))


def bandingkan(tercetak: Ringkasan, sheet: LembarTerbaca) -> list[Selisih]:
    """Every printed value of ``tercetak`` the sheet lacks, or shows otherwise anywhere."""
    out = []
    for name, want in tercetak.items():
        seen = sheet.nilai.get(name, [])
        if not seen:
            if not want.strip():
                continue  # printed blank (a PPPK's NIP on the guru Dokumen): nothing to read
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
    ttd_pdf: HasilTtd | None = None  # PDF only: what the file's PDF signature says
    ttd_tercatat: str | None = None  # the registry: the file was PDF-signed when printed

    @property
    def ok(self) -> bool:
        return self.status is VerifyStatus.VALID

    @property
    def exit_code(self) -> int:
        return 0 if self.ok else 1

    @property
    def label(self) -> str:
        return _(STATUS_LABEL[self.status])

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
        status = (_("{status} (lembar resmi)").format(status=t.status) if t.resmi
                  else _("{status} (bukan lembar resmi)").format(status=t.status))
        shown = {"periode": periode, "status": status}
        rows: list[tuple[str | None, str, str]] = []
        for name, value in t.items():
            rows.append((name, _(RINCIAN_LABEL[name]), shown.get(name, _tampil(value))))
        rows += [(None, _("Dicetak"), _fmt_waktu(self.dicetak)),
                 (None, _("Instalasi pencetak"), self.instalasi or "-"),
                 (None, _("Kode verifikasi"), self.kode)]
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
            "tanda_tangan_pdf": None if self.ttd_pdf is None else {
                "ada": self.ttd_pdf.ada, "sah": self.ttd_pdf.sah, "label": self.ttd_pdf.label,
                "penanda": self.ttd_pdf.penanda, "utuh": self.ttd_pdf.utuh,
                "terpercaya": self.ttd_pdf.terpercaya, "dicabut": self.ttd_pdf.dicabut,
                "waktu": self.ttd_pdf.waktu.isoformat() if self.ttd_pdf.waktu else None,
                "pesan": self.ttd_pdf.pesan},
        }


# The signing keys an installation has used (current first); empty for one not known here.
PublicKeyLookup = Callable[[Session, str], Sequence[bytes]]


def _default_public_key(ws: Workspace) -> PublicKeyLookup:
    own: list[tuple[bytes, ...]] = []  # read once per verification, not once per sheet

    def lookup(s: Session, node: str) -> Sequence[bytes]:
        if node == ws.info.node_id:
            if not own:
                pair = load_keys(ws.paths.keys)
                own.append((pair.sign_public, *pair.retired_sign))
            return own[0]
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
    return _("{tanggal} pukul {jam}").format(tanggal=format_tanggal(t.date()),
                                             jam=f"{t:%H.%M}")


def _instalasi(ws: Workspace, s: Session, node: str) -> str:
    if node == ws.info.node_id:
        return ws.info.nama
    nama = s.scalar(select(SyncPeer.nama).where(SyncPeer.node_id == node))
    return nama or _("instalasi {node}").format(node=node[:8])


def _verify_claim(ws: Workspace, claim: _Claim, lookup: PublicKeyLookup) -> VerifyResult:
    shown = format_kode(claim.kode)
    with ws.db.Session() as s:
        rows = list(s.scalars(select(Cetakan).where(Cetakan.kode == claim.kode,
                                                    Cetakan.deleted.is_(False))))
        if not rows:
            return VerifyResult(
                VerifyStatus.UNKNOWN, shown,
                _("TIDAK DIKENAL: kode verifikasi {kode} tidak tercatat di instalasi ini; "
                  "keaslian lembar tidak dapat dipastikan (mungkin dicetak oleh unit yang "
                  "datanya belum tersinkron, atau lembar palsu).").format(kode=shown))
        c = rows[0]
        res = VerifyResult(VerifyStatus.UNKNOWN, shown, "", dokumen=c.dokumen,
                           record_id=c.record_id, dicetak=c.dicetak, signer_node=c.signer_node,
                           instalasi=_instalasi(ws, s, c.signer_node),
                           ttd_tercatat=next((x.ttd_pdf for x in rows if x.ttd_pdf), None))

        def forged(reason: str, selisih: Sequence[Selisih] = ()) -> VerifyResult:
            return replace(res, status=VerifyStatus.FORGED,
                           message=_("TIDAK SAH: {alasan}").format(alasan=reason),
                           selisih=tuple(selisih))

        if derive_kode(c.signer_node, c.dokumen, c.record_id, c.content_hash) != c.kode:
            return forged(_("catatan cetakan kode {kode} tidak konsisten (kode tidak cocok "
                            "dengan isinya).").format(kode=shown))
        publics = lookup(s, c.signer_node)
        if publics:
            try:
                sig = base64.b64decode(c.signature, validate=True)
            except ValueError:
                sig = b""
            if not any(verify_signature(k, sig, _sign_message(c)) for k in publics):
                return forged(_("tanda tangan digital catatan cetakan kode {kode} tidak "
                                "sah.").format(kode=shown))
            res = replace(res, signature_checked=True)
        isi: IsiCetakan | None = None
        if c.isi_json is not None:
            try:
                isi = IsiCetakan.from_json(c.isi_json)
            except ValueError:
                return forged(_("catatan cetakan kode {kode} rusak (isi lembar tidak "
                                "terbaca).").format(kode=shown))
            res = replace(res, instalasi=isi.instalasi or res.instalasi)
        if claim.hash_full is not None and claim.hash_full != c.content_hash:
            return forged(_("metadata berkas tidak sama dengan lembar yang dicetak dengan "
                            "kode {kode}.").format(kode=shown))
        if claim.hash_prefix is not None and not c.content_hash.upper().startswith(
                claim.hash_prefix.upper()):
            return forged(_("kode QR tidak cocok dengan lembar yang dicetak dengan kode "
                            "{kode}.").format(kode=shown))
        target = Target(c.dokumen, c.record_id, c.pegawai_id)
        now: Siap | None = None
        gone = ""
        if c.dokumen not in DOKUMEN_KINDS or not record_exists(s, target):
            gone = _("dokumennya sudah dihapus")
        else:
            try:
                now = build_sheet(s, target)
                if now.content_hash != c.content_hash:
                    # a sheet printed in the earlier format: compare it as that format
                    lama = build_sheet(s, target, versi=1)
                    if lama.content_hash == c.content_hash:
                        now = lama
            except AsnError as exc:
                gone = _("datanya tidak dapat disusun lagi ({alasan})").format(
                    alasan=exc.message)
    unchanged = now is not None and now.content_hash == c.content_hash
    tercetak = isi.lembar if isi is not None else None
    if unchanged:
        assert now is not None
        sekarang = ringkasan(now.lembar)
        if tercetak is not None and tercetak != sekarang:
            return forged(_("catatan cetakan kode {kode} tidak sesuai dengan isi "
                            "lembarnya.").format(kode=shown))
        tercetak = sekarang
    if isi is not None:
        res = replace(res, keterangan=isi.keterangan, periode_label=isi.periode_label)
    elif now is not None:
        res = replace(res, keterangan=now.keterangan, periode_label=now.periode_label)
    if tercetak is not None:
        res = replace(res, tercetak=tercetak, nama=tercetak.nama, nip=tercetak.nip)
    dicetak = _fmt_dicetak(c.dicetak)
    subject = (_("{keterangan} \u2014 {nama} (NIP {nip})").format(
        keterangan=res.keterangan, nama=res.nama, nip=res.nip or "-") if tercetak
               else _("lembar dengan kode {kode}").format(kode=shown))
    oleh = _("dicetak {tanggal} oleh {instalasi}").format(tanggal=dicetak,
                                                          instalasi=res.instalasi)
    outdated = replace(res, status=VerifyStatus.OUTDATED)

    if claim.from_file:
        if claim.sheet is None:
            return forged(_("berkas tidak memuat teks lembar dengan kode {kode} (hanya "
                            "metadata PDF); metadata saja tidak membuktikan keaslian.").format(
                                kode=shown))
        if tercetak is None:
            return replace(outdated, message=(
                _("KEDALUWARSA: {subjek} ({oleh}) asli, tetapi isinya dicatat sebelum register "
                  "menyimpan nilai cetakan dan datanya sudah berubah, sehingga isi berkas tidak "
                  "dapat dibandingkan; gunakan cetakan terbaru.").format(subjek=subject,
                                                                         oleh=oleh)))
        selisih = bandingkan(tercetak, claim.sheet)
        if selisih:
            return forged(_("{selisih} (kode {kode}).").format(
                selisih="; ".join(x.teks for x in selisih), kode=shown), selisih)
        if unchanged:
            # the rest of the sheet (RHK, realisasi, umpan balik…): the words of the genuine
            # sheet, drawn again from the unchanged record, against the file's
            assert now is not None
            beda = _beda_kata(_kata_asli(now, claim.kode), claim.sheet.kata)
            if beda:
                return forged(_("teks lembar tidak sama dengan lembar asli kode {kode} "
                                "({beda}).").format(kode=shown, beda=beda))
    if tercetak is not None and not tercetak.resmi:
        return replace(res, status=VerifyStatus.DRAFT, message=(
            _("{status} \u2014 bukan lembar resmi: {subjek}, kode {kode}, {oleh} saat dokumen "
              "masih berstatus {status_kecil} (belum disetujui).").format(
                  status=tercetak.status, subjek=subject, kode=shown, oleh=oleh,
                  status_kecil=tercetak.status.lower())))
    if gone:
        return replace(outdated, message=_("KEDALUWARSA: {subjek}, kode {kode}, {oleh}, asli "
                                           "tetapi {hilang}.").format(
                                               subjek=subject, kode=shown, oleh=oleh,
                                               hilang=gone))
    if not unchanged:
        return replace(outdated, message=(
            _("KEDALUWARSA: {subjek}, kode {kode}, {oleh}, asli tetapi datanya sudah berubah "
              "sejak dicetak; gunakan cetakan terbaru.").format(subjek=subject, kode=shown,
                                                                  oleh=oleh)))
    unchecked = "" if res.signature_checked else (
        _("; tanda tangan digital pencetaknya belum dapat diperiksa di instalasi ini"))
    if claim.from_file:
        message = _("SAH: isi berkas sama dengan yang tercatat untuk kode {kode}: {subjek}, "
                    "{oleh}{belum_diperiksa}.").format(kode=shown, subjek=subject, oleh=oleh,
                                                       belum_diperiksa=unchecked)
    else:
        message = _("SAH: kode {kode} tercatat untuk {subjek}, {oleh}, dan datanya tidak "
                    "berubah sejak dicetak{belum_diperiksa}; cocokkan lembar dengan isi yang "
                    "tercatat.").format(kode=shown, subjek=subject, oleh=oleh,
                                        belum_diperiksa=unchecked)
    return replace(res, status=VerifyStatus.VALID, message=message)


def _kata_asli(x: Siap, kode: str) -> set[str]:
    """The words of the genuine sheet's content, drawn again (layout is deterministic)."""
    import io

    from asn_desktop.reports.layout import Cap
    from asn_desktop.reports.render import SheetJob, render_pdf

    buf = io.BytesIO()
    cap = Cap(kode=format_kode(kode), qr_payload=qr_payload(kode, x.content_hash))
    render_pdf([SheetJob(x.lembar, x.logo_png, cap)], buf)
    pages, _x = read_pages(buf.getvalue())
    return set().union(*(kata_halaman(p) for p in pages))


def _beda_kata(asli: set[str], berkas: set[str], n: int = 5) -> str:
    lain, hilang = sorted(berkas - asli), sorted(asli - berkas)
    parts = []
    if lain:
        parts.append(_("tidak ada di lembar asli: {kata}").format(
            kata=", ".join(f"'{w}'" for w in lain[:n]) + (" …" if len(lain) > n else "")))
    if hilang:
        parts.append(_("hilang dari lembar asli: {kata}").format(
            kata=", ".join(f"'{w}'" for w in hilang[:n]) + (" …" if len(hilang) > n else "")))
    return "; ".join(parts)


def verify(ws: Workspace, text: str, *, public_key: PublicKeyLookup | None = None) -> VerifyResult:
    """Verify a code as printed ('ABCD-EFGH-JKMN') or a scanned QR payload."""
    claim = parse_claim(text)
    if claim is None:
        shown = text.strip()[:40]
        return VerifyResult(
            VerifyStatus.UNKNOWN, shown,
            _("TIDAK DIKENAL: '{teks}' bukan kode verifikasi (contoh: ABCD-EFGH-JKMN).").format(
                teks=shown))
    return _verify_claim(ws, claim, public_key or _default_public_key(ws))


_RE_META = re.compile(rf"{QR_PREFIX}:([0-9A-Z]{{{_CODE_LEN}}}):([0-9A-F]{{64}})")


def claims_in_pdf(path: Path) -> list[_Claim]:
    """The sheets in a PDF: one per code printed on its pages (with the values read from
    them), then any code found only in the metadata (which alone proves nothing)."""
    try:
        pages, keywords = read_pages(path)
    except PdfTidakTerbaca as exc:
        raise AsnError(_("Berkas {path} bukan PDF yang dapat dibaca ({alasan}).").format(
            path=path, alasan=exc)) from None
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
            _("TIDAK DIKENAL: berkas {nama} tidak memuat kode verifikasi Kinerja ASN.").format(
                nama=path.name))]
    lookup = public_key or _default_public_key(ws)
    from asn_desktop.services.tanda_tangan_pdf import periksa as periksa_ttd

    ttd = periksa_ttd(path, ws.paths.keys)
    out = []
    for c in claims:
        r = _verify_claim(ws, c, lookup)
        if not ttd.ada and r.ttd_tercatat and r.status is not VerifyStatus.FORGED:
            # printed and signed, yet this copy carries no signature: it was taken off
            r = replace(r, status=VerifyStatus.FORGED, message=_(
                "TIDAK SAH: berkas lembar ini ditandatangani secara elektronik saat dicetak, "
                "tetapi berkas ini tidak membawa tanda tangan itu (dihapus atau diganti); "
                "minta berkas aslinya atau cetak ulang."))
        elif (ttd.sah and r.signer_node and ttd.node != r.signer_node
              and r.status is not VerifyStatus.FORGED):
            # a valid signature, but not by the installation that printed the sheet: its
            # signature was replaced by another's
            r = replace(r, status=VerifyStatus.FORGED, message=_(
                "TIDAK SAH: berkas ditandatangani {penanda}, bukan oleh instalasi yang "
                "mencetak lembar ini ({instalasi}).").format(penanda=ttd.penanda,
                                                            instalasi=r.instalasi))
        elif ttd.ada and not ttd.sah and r.status is not VerifyStatus.FORGED:
            # a signed file that no longer matches its signature, or signed by a key the city
            # does not vouch for (or no longer does), is no genuine sheet whatever its values
            # (a sheet already refused keeps the register's more precise reason)
            r = replace(r, status=VerifyStatus.FORGED, message=_("TIDAK SAH: {pesan}").format(
                pesan=ttd.pesan))
        out.append(replace(r, ttd_pdf=ttd))
    return out


def verify_any(ws: Workspace, arg: str) -> list[VerifyResult]:
    """CLI helper: ``arg`` is a PDF file when such a file exists, else a code / QR payload."""
    p = Path(arg)
    if p.suffix.lower() == ".pdf" or (p.exists() and p.is_file()):
        if not p.exists():
            raise NotFoundError(_("Berkas {path} tidak ditemukan.").format(path=arg))
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
