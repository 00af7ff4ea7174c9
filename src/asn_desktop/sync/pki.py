"""The city's certificate authority and each installation's PDF-signing certificate.

The central holds a small CA ("Otoritas Sertifikat BKPSDM …", ECDSA P-256) made when it is set
up. Every installation, the central included, makes its own signing key; a unit sends a
certificate request in its packages until the central has answered with a certificate issued
by the CA, which travels back with the CA certificate and the current revocation list (CRL).
Readers that trust the CA certificate show every sheet signed with those keys as valid.

Files live in ``kunci/pdf/`` beside the sync keys: private keys ``ca.key`` (central) and
``ttd.key`` (0600, like the other keys), certificates ``ca.crt`` and ``ttd.crt``, the request
``ttd.csr`` and the revocation list ``crl.der``. Nothing here touches the database.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from asn_desktop.errors import AsnError

DIR = "pdf"
CA_KEY, CA_CRT, CRL = "ca.key", "ca.crt", "crl.der"
TTD_KEY, TTD_CSR, TTD_CRT = "ttd.key", "ttd.csr", "ttd.crt"
LAMA = "lama"
CA_TAHUN = 20
TTD_TAHUN = 5
CRL_HARI = 400  # a unit may go a long time between packages; its copy must stay current
MAX_DER = 16 * 1024  # a certificate, request or CRL carried in a package


class PkiError(AsnError):
    """Certificate material that is missing, malformed or does not belong here."""


def folder(key_dir: Path) -> Path:
    return key_dir / DIR


def _write(path: Path, data: bytes, *, secret: bool = False) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600 if secret else 0o644)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def _load_key(path: Path) -> ec.EllipticCurvePrivateKey | None:
    data = _read(path)
    if data is None:
        return None
    key = serialization.load_pem_private_key(data, None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise PkiError(f"Kunci {path.name} bukan kunci ECDSA.")
    return key


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


# ------------------------------------------------------------------------------- reading


def ca_cert(key_dir: Path) -> x509.Certificate | None:
    data = _read(folder(key_dir) / CA_CRT)
    return x509.load_der_x509_certificate(data) if data else None


def ca_key(key_dir: Path) -> ec.EllipticCurvePrivateKey | None:
    return _load_key(folder(key_dir) / CA_KEY)


def sign_key(key_dir: Path) -> ec.EllipticCurvePrivateKey | None:
    return _load_key(folder(key_dir) / TTD_KEY)


def sign_cert(key_dir: Path) -> x509.Certificate | None:
    data = _read(folder(key_dir) / TTD_CRT)
    return x509.load_der_x509_certificate(data) if data else None


def crl(key_dir: Path) -> x509.CertificateRevocationList | None:
    data = _read(folder(key_dir) / CRL)
    return x509.load_der_x509_crl(data) if data else None


def _same_key(a: ec.EllipticCurvePublicKey, b: ec.EllipticCurvePublicKey) -> bool:
    fmt = (serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return a.public_bytes(*fmt) == b.public_bytes(*fmt)


def key_fits(key_pem: bytes, cert_der: bytes) -> bool:
    """Whether the private key ``key_pem`` is the one certificate ``cert_der`` was issued for
    (False for anything unreadable)."""
    try:
        key = serialization.load_pem_private_key(key_pem, None)
        cert = x509.load_der_x509_certificate(cert_der)
    except (ValueError, TypeError):
        return False
    public = cert.public_key()
    return (isinstance(key, ec.EllipticCurvePrivateKey)
            and isinstance(public, ec.EllipticCurvePublicKey)
            and _same_key(key.public_key(), public))


@dataclass(frozen=True)
class Penanda:
    """What signing a PDF needs: the key, its certificate and the CA above it."""

    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate
    ca: x509.Certificate


def penanda(key_dir: Path) -> Penanda | None:
    """The signing material when this installation holds a certificate for its current key
    issued by the CA it knows; None until the central has answered."""
    key, cert, ca = sign_key(key_dir), sign_cert(key_dir), ca_cert(key_dir)
    if key is None or cert is None or ca is None:
        return None
    pub = cert.public_key()
    if not isinstance(pub, ec.EllipticCurvePublicKey) or not _same_key(pub, key.public_key()):
        return None
    return Penanda(key, cert, ca)


# ------------------------------------------------------------------------------ the CA


def _name(cn: str, o: str, ou: str | None = None, serial: str | None = None) -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COUNTRY_NAME, "ID"),
             x509.NameAttribute(NameOID.ORGANIZATION_NAME, _name_text(o))]
    if ou:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, _name_text(ou)))
    attrs.append(x509.NameAttribute(NameOID.COMMON_NAME, _name_text(cn)))
    if serial:
        attrs.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, serial[:64]))
    return x509.Name(attrs)


def _name_text(text: str) -> str:
    """A name as a certificate may hold it: the PDF signer (pyHanko, through asn1crypto)
    refuses a name with characters outside the LDAP string rules (an emoji, mixed
    right-to-left text), so such a name is written without them."""
    from asn1crypto.x509 import DirectoryString, NameTypeAndValue

    value = text[:64]
    try:
        _ = NameTypeAndValue({"type": "common_name", "value": DirectoryString(
            name="utf8_string", value=value)}).prepped_value
    except ValueError:
        folded = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
        value = " ".join(folded.split())
    return value or "-"


def buat_ca(key_dir: Path, nama: str, instansi: str) -> x509.Certificate:
    """Make the CA (once; an existing one is kept and returned)."""
    existing = ca_cert(key_dir)
    if existing is not None and ca_key(key_dir) is not None:
        return existing
    key = ec.generate_private_key(ec.SECP256R1())
    subject = _name(f"Otoritas Sertifikat {nama}", instansi)
    now = _now()
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=365 * CA_TAHUN))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False,
                                         False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                           critical=False)
            .sign(key, hashes.SHA256()))
    _write(folder(key_dir) / CA_KEY, _key_pem(key), secret=True)
    _write(folder(key_dir) / CA_CRT, cert.public_bytes(serialization.Encoding.DER))
    return cert


@dataclass(frozen=True)
class Subjek:
    """Who a certificate names: the unit and the installation."""

    unit_nama: str
    unit_kode: str
    instansi: str
    node: str


def terbitkan(key_dir: Path, csr_der: bytes, subjek: Subjek) -> x509.Certificate:
    """Issue a signing certificate for a request; the CA sets the subject, never the
    request. The request must carry a P-256 key and be signed by it."""
    key, ca = ca_key(key_dir), ca_cert(key_dir)
    if key is None or ca is None:
        raise PkiError("Otoritas sertifikat belum dibuat di instalasi ini.")
    csr = baca_permintaan(csr_der)
    now = _now()
    cert = (x509.CertificateBuilder()
            .subject_name(_name(f"{subjek.unit_nama} ({subjek.node[:8]})", subjek.instansi,
                                subjek.unit_kode, subjek.node))
            .issuer_name(ca.subject).public_key(csr.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(min(now + timedelta(days=365 * TTD_TAHUN), ca.not_valid_after_utc))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False,
                                         False), critical=True)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(key.public_key()),
                           critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(csr.public_key()),
                           critical=False)
            .sign(key, hashes.SHA256()))
    return cert


def baca_permintaan(csr_der: bytes) -> x509.CertificateSigningRequest:
    if len(csr_der) > MAX_DER:
        raise PkiError("Permintaan sertifikat terlalu besar.")
    try:
        csr = x509.load_der_x509_csr(csr_der)
        pub = csr.public_key()
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise PkiError("Permintaan sertifikat rusak.") from exc
    if not isinstance(pub, ec.EllipticCurvePublicKey) or pub.curve.name != "secp256r1":
        raise PkiError("Permintaan sertifikat harus memakai kunci ECDSA P-256.")
    if not csr.is_signature_valid:
        raise PkiError("Tanda tangan permintaan sertifikat tidak sah.")
    return csr


def buat_crl(key_dir: Path, dicabut: list[tuple[int, datetime]]) -> bytes:
    """The revocation list of the serials given (with when each was revoked), signed by the
    CA; written to ``crl.der`` and returned."""
    key, ca = ca_key(key_dir), ca_cert(key_dir)
    if key is None or ca is None:
        raise PkiError("Otoritas sertifikat belum dibuat di instalasi ini.")
    now = _now()
    b = (x509.CertificateRevocationListBuilder().issuer_name(ca.subject)
         .last_update(now - timedelta(minutes=5)).next_update(now + timedelta(days=CRL_HARI))
         .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(key.public_key()),
                        critical=False)
         .add_extension(x509.CRLNumber(int(now.timestamp())), critical=False))
    for serial, when in sorted(dicabut):
        b = b.add_revoked_certificate(x509.RevokedCertificateBuilder().serial_number(serial)
                                      .revocation_date(when).build())
    der = b.sign(key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)
    _write(folder(key_dir) / CRL, der)
    return der


# ------------------------------------------------------------------- each installation


def permintaan(key_dir: Path, *, unit_nama: str, node: str) -> bytes | None:
    """The certificate request to send (DER), making the signing key on first use; None
    when a certificate for the current key is already held."""
    d = folder(key_dir)
    key = sign_key(key_dir)
    if key is None:
        key = ec.generate_private_key(ec.SECP256R1())
        _write(d / TTD_KEY, _key_pem(key), secret=True)
        (d / TTD_CSR).unlink(missing_ok=True)
    cert = sign_cert(key_dir)
    pub = cert.public_key() if cert is not None else None
    if isinstance(pub, ec.EllipticCurvePublicKey) and _same_key(pub, key.public_key()):
        return None
    data = _read(d / TTD_CSR)
    if data is None:
        csr = (x509.CertificateSigningRequestBuilder()
               .subject_name(_name(unit_nama, "-", serial=node)).sign(key, hashes.SHA256()))
        data = csr.public_bytes(serialization.Encoding.DER)
        _write(d / TTD_CSR, data)
    return data


def _load_cert(der: bytes, what: str) -> x509.Certificate:
    if len(der) > MAX_DER:
        raise PkiError(f"{what} terlalu besar.")
    try:
        cert = x509.load_der_x509_certificate(der)
        cert.public_key()
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise PkiError(f"{what} rusak.") from exc
    return cert


def _issued_by(cert: x509.Certificate, ca: x509.Certificate) -> bool:
    pub = ca.public_key()
    if not isinstance(pub, ec.EllipticCurvePublicKey) or cert.issuer != ca.subject:
        return False
    try:
        cert.verify_directly_issued_by(ca)
    except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
        return False
    return True


def terima(key_dir: Path, *, ca_der: bytes | None, crt_der: bytes | None,
           crl_der: bytes | None) -> list[str]:
    """Take what the central sent: its CA certificate (only the first one is adopted; a
    different one later is refused), a certificate for this installation's current key and
    the revocation list. Returns what was stored."""
    d = folder(key_dir)
    stored: list[str] = []
    ca = ca_cert(key_dir)
    if ca_der is not None:
        incoming = _load_cert(ca_der, "Sertifikat otoritas")
        if ca is None:
            if not incoming.subject == incoming.issuer or not _issued_by(incoming, incoming):
                raise PkiError("Sertifikat otoritas tidak ditandatangani sendiri.")
            _write(d / CA_CRT, ca_der)
            ca = incoming
            stored.append("ca")
        elif incoming != ca:
            raise PkiError("Paket membawa sertifikat otoritas yang berbeda dari yang dikenal.")
    if crl_der is not None and ca is not None:
        if len(crl_der) > MAX_DER:
            raise PkiError("Daftar pencabutan terlalu besar.")
        try:
            new = x509.load_der_x509_crl(crl_der)
        except ValueError as exc:
            raise PkiError("Daftar pencabutan rusak.") from exc
        pub = ca.public_key()
        if not isinstance(pub, ec.EllipticCurvePublicKey) or not new.is_signature_valid(pub):
            raise PkiError("Daftar pencabutan tidak ditandatangani otoritas kota.")
        old = crl(key_dir)
        if old is None or new.last_update_utc >= old.last_update_utc:
            _write(d / CRL, crl_der)
            stored.append("crl")
    if crt_der is not None and ca is not None:
        cert = _load_cert(crt_der, "Sertifikat")
        key = sign_key(key_dir)
        pub = cert.public_key()
        if (key is not None and isinstance(pub, ec.EllipticCurvePublicKey)
                and _same_key(pub, key.public_key()) and _issued_by(cert, ca)
                and sign_cert(key_dir) != cert):
            _write(d / TTD_CRT, crt_der)
            (d / TTD_CSR).unlink(missing_ok=True)
            stored.append("crt")
        # a certificate for a key this installation no longer holds (rotated) is ignored
    return stored


def rotasi(key_dir: Path) -> None:
    """A new signing key: the old key is destroyed, its certificate kept in ``lama/`` (the
    sheets it signed still validate); a new request goes out with the next package."""
    d = folder(key_dir)
    cert = sign_cert(key_dir)
    if cert is not None:
        _write(d / LAMA / f"{cert.serial_number:x}.crt",
               cert.public_bytes(serialization.Encoding.DER))
    for name in (TTD_CRT, TTD_CSR, TTD_KEY):
        (d / name).unlink(missing_ok=True)


def der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER)


def pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)
