"""The city's PDF-signing certificates at the workspace level: the central's CA and its own
certificate, a unit's request, issuing and revoking at the central, and the certificate
material each package carries (see sync/pki.py for the files and the cryptography)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from sqlalchemy import select

from asn_desktop.db.models import OrgUnit
from asn_desktop.db.sync_models import ACTIVE, SertifikatPdf
from asn_desktop.errors import AsnError
from asn_desktop.services import pengaturan
from asn_desktop.services.workspace import Workspace
from asn_desktop.sync import pki
from asn_desktop.sync.scope import raw
from asn_desktop.teks import _

log = logging.getLogger(__name__)
CRL_SEGAR = timedelta(days=30)  # the central re-signs its CRL when older than this
# what unreadable certificate material raises; it is reported, never a traceback
_BAHAN_RUSAK = (pki.PkiError, OSError, ValueError, TypeError, UnsupportedAlgorithm)


def _instansi(ws: Workspace) -> str:
    with ws.read_session() as s:
        return pengaturan.instansi(s)


def _unit_nama(ws: Workspace) -> str:
    if ws.info.unit_id is None:
        return ws.info.nama
    with ws.read_session() as s:
        u = s.get(OrgUnit, ws.info.unit_id)
        return u.nama if u is not None else ws.info.nama


def siapkan(ws: Workspace) -> None:
    """Make what this installation needs and can make itself: at the central the CA, its own
    certificate and a CRL; at a unit its signing key and request. Safe to call again."""
    keys = ws.paths.keys
    if not ws.is_central:
        pki.permintaan(keys, unit_nama=_unit_nama(ws), node=ws.info.node_id)
        return
    baru = pki.ca_key(keys) is None
    if baru:
        with ws.read_session() as s:
            issued = s.scalars(select(SertifikatPdf.serial).limit(1)).first()
        if issued is not None:
            # a new CA would make every unit refuse it: the old key must come back
            raise pki.PkiError(_("Kunci otoritas sertifikat tidak ada di {folder}; pulihkan "
                                 "dari cadangan bersandi (asn-desktop restore BERKAS).").format(
                folder=pki.folder(keys)))
    pki.buat_ca(keys, ws.info.nama, _instansi(ws))
    csr = pki.permintaan(keys, unit_nama=ws.info.nama, node=ws.info.node_id)
    if csr is not None:
        root = ws.info.unit_id
        cert = _terbitkan(ws, ws.info.node_id, root, csr, ws.info.nama, "PUSAT")
        pki.terima(keys, ca_der=None, crt_der=pki.der(cert), crl_der=None)
    if baru or pki.crl(keys) is None:
        _crl(ws)


def _terbitkan(ws: Workspace, node: str, unit_id: str | None, csr: bytes, nama: str,
               kode: str) -> x509.Certificate:
    cert = pki.terbitkan(ws.paths.keys, csr, pki.Subjek(nama, kode, _instansi(ws), node))
    with ws.session() as s:
        # to the microsecond: which of a node's certificates is the newest must be clear
        s.add(SertifikatPdf(serial=f"{cert.serial_number:x}", node_id=node, unit_id=unit_id,
                            der=pki.der(cert),
                            diterbitkan=datetime.now().isoformat(timespec="microseconds")))
    return cert


def _crl(ws: Workspace) -> bytes:
    with ws.read_session() as s:
        rows = s.execute(select(SertifikatPdf.serial, SertifikatPdf.dicabut).where(
            SertifikatPdf.dicabut.is_not(None))).all()
    dicabut = [(int(serial, 16), datetime.fromisoformat(when).astimezone(UTC))
               for serial, when in rows if when]
    return pki.buat_crl(ws.paths.keys, dicabut)


def _crl_terkini(ws: Workspace) -> bytes:
    current = pki.crl(ws.paths.keys)
    if current is None or datetime.now(UTC) - current.last_update_utc > CRL_SEGAR:
        return _crl(ws)
    return current.public_bytes(serialization.Encoding.DER)


def untuk_paket(ws: Workspace, peer_node: str | None) -> dict[str, bytes] | None:
    """What the next package to ``peer_node`` carries: from a unit its request (until it holds
    a certificate); from the central its CA certificate, its CRL and the latest certificate
    issued to that installation."""
    try:
        keys = ws.paths.keys
        if not ws.is_central:  # the request, made with the key on first use (see siapkan)
            csr = pki.permintaan(keys, unit_nama=_unit_nama(ws), node=ws.info.node_id)
            return {"csr": csr} if csr else None
        siapkan(ws)
        ca = pki.ca_cert(keys)
        assert ca is not None
        out = {"ca": pki.der(ca), "crl": _crl_terkini(ws)}
        if peer_node:
            with ws.read_session() as s:
                der = s.scalars(select(SertifikatPdf.der).where(
                    SertifikatPdf.node_id == peer_node, SertifikatPdf.dicabut.is_(None))
                    .order_by(SertifikatPdf.diterbitkan.desc())).first()
            if der:
                out["crt"] = der
        return out
    except _BAHAN_RUSAK as exc:  # never blocks a package
        log.warning("sertifikat tidak disertakan dalam paket: %s", exc)
        return None


def dari_paket(ws: Workspace, sender_node: str, bahan: dict[str, bytes] | None) -> str | None:
    """Take the certificate material of a package just applied; returns a note for the
    person importing (None when nothing happened)."""
    if not bahan:
        return None
    try:
        if ws.is_central:
            return _minta(ws, sender_node, bahan.get("csr"))
        stored = pki.terima(ws.paths.keys, ca_der=bahan.get("ca"), crt_der=bahan.get("crt"),
                            crl_der=bahan.get("crl"))
        if "crt" in stored:
            return _("sertifikat tanda tangan PDF instalasi ini diterima dari pusat")
        return None
    except _BAHAN_RUSAK as exc:
        log.warning("bahan sertifikat dalam paket diabaikan: %s", exc)
        return _("bahan sertifikat dalam paket diabaikan: {alasan}").format(alasan=exc)


def _minta(ws: Workspace, node: str, csr: bytes | None) -> str | None:
    if csr is None:
        return None
    from asn_desktop.sync import peers as peers_mod

    with ws.read_session() as s:
        peer = peers_mod.peer_by_node(raw(s), node)
    if peer is None or peer.role != "unit" or peer.status != ACTIVE:
        return None
    request = pki.baca_permintaan(csr)
    wanted = request.public_key().public_bytes(serialization.Encoding.DER,
                                               serialization.PublicFormat.SubjectPublicKeyInfo)
    with ws.read_session() as s:
        for der in s.scalars(select(SertifikatPdf.der).where(SertifikatPdf.node_id == node)):
            issued = x509.load_der_x509_certificate(der).public_key().public_bytes(
                serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
            if issued == wanted:
                return None  # issued already: it goes back with the next package
    siapkan(ws)
    _terbitkan(ws, node, peer.unit_id, csr, peer.nama or (peer.kode or node), peer.kode or "")
    return _("sertifikat tanda tangan PDF diterbitkan untuk {nama}; terkirim bersama paket "
             "berikutnya").format(nama=peer.nama or peer.kode)


def cabut(ws: Workspace, unit_id: str) -> int:
    """Revoke every certificate issued to the installations of a unit; the CRL goes out with
    the next packages. Returns how many were revoked."""
    now = datetime.now().astimezone().isoformat(timespec="seconds")
    with ws.session() as s:
        rows = list(s.scalars(select(SertifikatPdf).where(SertifikatPdf.unit_id == unit_id,
                                                          SertifikatPdf.dicabut.is_(None))))
        for r in rows:
            r.dicabut = now
    if rows and pki.ca_key(ws.paths.keys) is not None:
        _crl(ws)
    return len(rows)


@dataclass(frozen=True)
class InfoSertifikat:
    ca_subjek: str | None
    ca_sidik: str | None  # SHA-256 fingerprint, for comparing by phone
    sertifikat: str | None  # this installation's certificate subject, None until issued
    berlaku_sampai: datetime | None


def _subjek(cert: x509.Certificate) -> str:
    """'Dinas Pendidikan (1a2b3c4d), 3673.DISDIK, PEMERINTAH KOTA SERANG' from a subject."""
    oids = (x509.NameOID.COMMON_NAME, x509.NameOID.ORGANIZATIONAL_UNIT_NAME,
            x509.NameOID.ORGANIZATION_NAME)
    parts = [str(a.value) for oid in oids for a in cert.subject.get_attributes_for_oid(oid)]
    return ", ".join(p for p in parts if p and p != "-")


def info(ws: Workspace) -> InfoSertifikat:
    keys = ws.paths.keys
    ca = pki.ca_cert(keys)
    own = pki.penanda(keys)
    sidik = None
    if ca is not None:
        h = ca.fingerprint(hashes.SHA256()).hex().upper()
        sidik = ":".join(h[i:i + 2] for i in range(0, len(h), 2))
    return InfoSertifikat(_subjek(ca) if ca else None, sidik,
                          _subjek(own.cert) if own else None,
                          own.cert.not_valid_after_utc if own else None)


def ekspor_ca(ws: Workspace, out: Path | str) -> Path:
    """Write the city's CA certificate (PEM, .crt) for PDF readers to trust."""
    siapkan(ws)
    ca = pki.ca_cert(ws.paths.keys)
    if ca is None:
        raise AsnError(_("Instalasi ini belum menerima sertifikat otoritas kota dari pusat; "
                         "kirim dan terima paket sinkronisasi dahulu."))
    path = Path(out)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pki.pem(ca))
    except OSError as exc:
        from asn_desktop.errors import os_reason

        raise AsnError(_("Sertifikat tidak dapat ditulis ke {path}: {alasan}.").format(
            path=path, alasan=os_reason(exc))) from exc
    return path
