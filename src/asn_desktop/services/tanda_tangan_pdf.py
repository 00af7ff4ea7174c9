"""PDF signatures (PAdES, with pyHanko) on printed sheets, and their validation.

A final sheet printed by an installation that holds a certificate from the city's CA
(sync/pki.py) is signed: a visible field in the free column of its signature block names the
signing installation and the time, and the certificate chain is embedded, so
any PDF reader that trusts the city's CA (``sync ca --out``) shows the signature as valid and
the file as unchanged since signing, offline. Validation here checks the same with
pyHanko's validator against the CA this installation knows and its revocation list."""

from __future__ import annotations

import io
import logging
import textwrap
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

from asn_desktop.reports.layout import KotakTtd
from asn_desktop.services import pdf_luring
from asn_desktop.sync import pki
from asn_desktop.teks import _

pdf_luring.siapkan()  # before pyHanko is imported (in the functions below)

# pyHanko logs what it finds wrong in a file with tracebacks; the verdict here says it in one
# line, so its own log stays out of the command line's error output
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

FIELD = "TandaTanganElektronik"
# room for the signature container (ECDSA, two certificates, ~1.5 KB): reserved outright, so
# pyHanko does not sign a dummy first to measure it (half the time of a signature)
CMS_BYTES = 4096
STAMP_LEBAR = 32  # characters per line of the visible stamp
KOTAK_CADANGAN = (40.0, 40.0, 190.0, 85.0)  # when a sheet has no signature block drawn


def _asn1(p: pki.Penanda) -> tuple[Any, Any, Any]:
    from asn1crypto import keys as a_keys
    from asn1crypto import x509 as a_x509

    key_der = p.key.private_bytes(serialization.Encoding.DER,
                                  serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption())
    return (a_keys.PrivateKeyInfo.load(key_der), a_x509.Certificate.load(pki.der(p.cert)),
            a_x509.Certificate.load(pki.der(p.ca)))


def _konteks(ca: Any, crl_der: bytes | None, *, keras: bool) -> Any:
    from asn1crypto import crl as a_crl
    from pyhanko_certvalidator import ValidationContext

    crls = [a_crl.CertificateList.load(crl_der)] if crl_der else []
    return ValidationContext(trust_roots=[ca], crls=crls, allow_fetching=False,
                             revocation_mode="hard-fail" if keras and crls else "soft-fail")


def _font() -> Any:
    """Helvetica (a reader's standard face) measured by its average width: no font engine
    beyond pyHanko's own is needed for three short lines."""
    from pyhanko.pdf_utils.font.basic import SimpleFontEngineFactory

    return SimpleFontEngineFactory("Helvetica", 0.5)


def tandatangani(path: Path, penanda: pki.Penanda, posisi: KotakTtd | None, *, tempat: str,
                 alasan: str) -> None:
    """Sign the PDF at ``path`` in place (the caller writes it to a temporary file first).

    PAdES baseline B: the signature covers the whole file as written; no revocation data is
    appended after it (that would be a later revision readers report as "not the whole
    document"); readers check the chain against the CA certificate they trust."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key, cert, ca = _asn1(penanda)
    signer = signers.SimpleSigner(signing_cert=cert, signing_key=key,
                                  cert_registry=SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]
                                      [ca]))
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD, reason=alasan, location=tempat,
        subfilter=fields.SigSeedSubFilter.PADES)
    halaman, kotak = (posisi.halaman - 1, posisi.kotak) if posisi else (-1, KOTAK_CADANGAN)
    spec = fields.SigFieldSpec(FIELD, on_page=halaman,
                               box=tuple(round(v) for v in kotak))  # type: ignore[arg-type]
    waktu = datetime.now().astimezone()
    nama = str(penanda.cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value)
    # short lines, so the stamp keeps a readable size in the narrow column (it is scaled to fit)
    baris = [_("Ditandatangani secara elektronik"),
             *textwrap.wrap(_("oleh {penanda}").format(penanda=nama), STAMP_LEBAR),
             waktu.strftime("%d-%m-%Y %H:%M ") + (waktu.tzname() or "")]
    style = TextStampStyle(stamp_text="\n".join(baris),
                           text_box_style=TextBoxStyle(font=_font(), font_size=7),
                           border_width=0)
    data = path.read_bytes()
    out = io.BytesIO()
    signers.PdfSigner(meta, signer, stamp_style=style, new_field_spec=spec).sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(data), strict=False), output=out,
        bytes_reserved=CMS_BYTES)
    path.write_bytes(out.getvalue())


@dataclass(frozen=True)
class HasilTtd:
    """What the PDF signature of a file says, in words an officer reads."""

    ada: bool  # the file carries a PDF signature
    sah: bool = False  # intact, whole file covered, chain up to the city's CA, not revoked
    penanda: str = ""  # the signing installation (certificate subject)
    waktu: datetime | None = None  # when signed, by the signer's clock
    utuh: bool = False  # not changed after signing
    terpercaya: bool = False  # chains up to the CA this installation knows
    dicabut: bool = False  # the signer's certificate is revoked
    pesan: str = ""
    node: str = ""  # the signing installation's node id, as its certificate names it

    @property
    def label(self) -> str:
        if not self.ada:
            return _("TIDAK BERTANDA TANGAN PDF")
        return _("TANDA TANGAN PDF SAH") if self.sah else _("TANDA TANGAN PDF TIDAK SAH")


def periksa(path: Path, key_dir: Path) -> HasilTtd:
    """Validate the file's PDF signature(s) against the city's CA and revocation list."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    try:
        data = path.read_bytes()
        r = PdfFileReader(io.BytesIO(data), strict=False)
        sigs = list(r.embedded_signatures)
    except Exception as exc:  # a damaged file is reported, never a traceback
        return HasilTtd(False, pesan=_("Tanda tangan PDF tidak dapat dibaca ({jenis}).").format(
            jenis=type(exc).__name__))
    if not sigs and b"/ByteRange" in data:
        return HasilTtd(True, pesan=_("Berkas memuat tanda tangan PDF yang terlepas dari "
                                      "formulirnya: berkas diubah setelah ditandatangani."))
    if not sigs:
        return HasilTtd(False, pesan=_("Berkas ini tidak bertanda tangan PDF (lembar KONSEP, "
                                       "atau dicetak sebelum instalasinya memiliki "
                                       "sertifikat)."))
    ca = pki.ca_cert(key_dir)
    if ca is None:
        return HasilTtd(True, pesan=_("Instalasi ini belum mengenal sertifikat otoritas kota; "
                                      "tanda tangan PDF tidak dapat diperiksa."))
    from asn1crypto import x509 as a_x509

    crl = pki.crl(key_dir)
    crl_der = crl.public_bytes(serialization.Encoding.DER) if crl is not None else None
    sig = sigs[-1]
    try:
        status = validate_pdf_signature(
            sig, signer_validation_context=_konteks(a_x509.Certificate.load(pki.der(ca)),
                                                    crl_der, keras=True))
    except Exception as exc:
        return HasilTtd(True, pesan=_("Tanda tangan PDF rusak ({jenis}).").format(
            jenis=type(exc).__name__))
    subjek = _nama(status.signing_cert)
    utuh = bool(status.intact and status.valid
                and status.coverage == SignatureCoverageLevel.ENTIRE_FILE
                and len(sigs) == 1)
    dicabut = _dicabut(status, crl)
    terpercaya = bool(status.trusted)
    sah = utuh and terpercaya and not dicabut
    if sah:
        pesan = _("ditandatangani oleh {penanda}; berkas tidak berubah sejak "
                  "ditandatangani.").format(penanda=subjek)
    elif not (status.intact and status.valid):
        pesan = _("Tanda tangan PDF tidak cocok dengan isi berkas: berkas diubah setelah "
                  "ditandatangani.")
    elif not utuh:
        pesan = _("Berkas diubah atau ditambah setelah ditandatangani.")
    elif dicabut:
        pesan = _("Sertifikat penanda tangan ({penanda}) sudah dicabut BKPSDM.").format(
            penanda=subjek)
    else:
        pesan = _("Sertifikat penanda tangan ({penanda}) tidak diterbitkan otoritas kota yang "
                  "dikenal instalasi ini.").format(penanda=subjek)
    node = ""
    if status.signing_cert is not None:
        node = str(status.signing_cert.subject.native.get("serial_number", ""))
    return HasilTtd(True, sah, subjek, status.signer_reported_dt, utuh, terpercaya, dicabut,
                    pesan, node)


def _nama(cert: Any) -> str:
    """'Dinas Pendidikan (1a2b3c4d), 3673.DISDIK' from a certificate's subject."""
    if cert is None:
        return ""
    n = cert.subject.native
    cn, ou = n.get("common_name", ""), n.get("organizational_unit_name", "")
    return f"{cn}, {ou}" if ou else str(cn)


def _dicabut(status: Any, crl: Any) -> bool:
    if crl is None or status.signing_cert is None:
        return False
    serial = status.signing_cert.serial_number
    return crl.get_revoked_certificate_by_serial_number(serial) is not None
