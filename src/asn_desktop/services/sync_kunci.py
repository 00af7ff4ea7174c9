"""Enrolling and managing the other installations, for the central (BKPSDM) and for the key
owner: write a sealed setup file that invites a unit (its enrolment code shown once), revoke a
unit, rotate this installation's keys and show their fingerprint, and start a unit
installation from its setup file. Re-exported by sync_service.py."""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asn_desktop.errors import AsnError
from asn_desktop.services import jejak_kirim, sertifikat
from asn_desktop.services.sync_lokal import keys as _keys
from asn_desktop.services.sync_lokal import local as _local
from asn_desktop.services.workspace import Workspace
from asn_desktop.sync import peers as peers_mod
from asn_desktop.sync import pki, setupfile
from asn_desktop.sync.export import write_package
from asn_desktop.sync.scope import raw
from asn_desktop.teks import N_, _

# ---------------------------------------------------------------------------- invite/revoke


@dataclass(frozen=True)
class InviteResult:
    path: Path
    unit_kode: str
    unit_nama: str
    perubahan: int
    kode: str  # the enrolment code, shown once: the central does not keep it

    @property
    def ringkasan(self) -> str:
        return _("Paket penyiapan untuk {nama} ({kode_unit}) ditulis ke {path}.\n"
                 "Kode pendaftaran: {kode}\n"
                 "{pesan} Di komputer unit jalankan 'asn-desktop init --from BERKAS "
                 "--kode KODE'.").format(nama=self.unit_nama, kode_unit=self.unit_kode,
                                         path=self.path, kode=self.kode, pesan=_(PESAN_KODE))


# What to do with an enrolment code (the CLI and the Sinkronisasi page say the same).
PESAN_KODE = N_("Berikan kode ini kepada unit terpisah dari berkasnya: lewat telepon atau "
                "langsung, jangan dalam surel atau flashdisk yang sama. Berkas tanpa kode "
                "tidak dapat dibuka. Kode ini tidak disimpan; bila hilang, buat paket "
                "penyiapan baru.")


def _require_central(ws: Workspace) -> None:
    if not ws.is_central:
        raise AsnError(_("Perintah ini hanya untuk instalasi pusat (BKPSDM)."))


def invite(ws: Workspace, unit_kode: str, out: Path | str) -> InviteResult:
    """Write a setup file for one unit (master data, the central's keys, a one-time enrolment
    secret, sealed with a new enrolment code) and remember the invitation. The code is in the
    result and nowhere else."""
    _require_central(ws)
    keys = _keys(ws)
    kode = setupfile.new_code()
    # The setup package is written in clear inside this installation's own (private) folder,
    # sealed from there into ``out``, and removed: it never touches the destination unsealed.
    ws.paths.data_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".undangan-", dir=ws.paths.data_dir))
    try:
        with ws.session() as s:
            db = raw(s)
            inv = peers_mod.new_invitation(db, unit_kode)
            plan = peers_mod.setup_plan(db, _local(ws), ws.info.nama, keys, inv)
            plan = dataclasses.replace(plan, pki=sertifikat.untuk_paket(ws, None))
            path = peers_mod.setup_path(Path(out), inv.unit_kode)
            written = write_package(db, plan, keys,
                                    work / peers_mod.setup_inner_name(inv.unit_kode))
            setupfile.seal(written.path, path, kode)
            m = written.manifest
            peers_mod.record_sent(db, inv.node_id, m.package_id, m.kind, m.from_seq, m.to_seq,
                                  m.changes, path.name, written.roots)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    jejak_kirim.record(ws)
    return InviteResult(path, inv.unit_kode, inv.unit_nama, m.changes, kode)


@dataclass(frozen=True)
class RevokeResult:
    unit_kode: str
    unit_nama: str

    @property
    def ringkasan(self) -> str:
        return _("Instalasi unit {nama} ({kode}) dicabut: paketnya tidak diterima lagi.").format(
            nama=self.unit_nama, kode=self.unit_kode)


def revoke(ws: Workspace, unit_kode: str) -> RevokeResult:
    _require_central(ws)
    with ws.session() as s:
        peer = peers_mod.revoke(raw(s), unit_kode)
    if peer.unit_id:
        sertifikat.cabut(ws, peer.unit_id)  # its sheets read as signed by a revoked unit
    return RevokeResult(peer.kode or unit_kode, peer.nama)


def key_fingerprint(public: bytes) -> str:
    """A short readable fingerprint of a public signing key (to compare by phone)."""
    h = hashlib.sha256(public).hexdigest()[:16].upper()
    return "-".join(h[i:i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True)
class RotateResult:
    sidik_lama: str
    sidik_baru: str
    pusat: bool

    @property
    def ringkasan(self) -> str:
        kepada = _("semua unit") if self.pusat else _("pusat")
        return _("Kunci instalasi diganti (sidik lama {lama}, baru {baru}). Paket berikutnya ke "
                 "{kepada} membawa pengumuman kunci baru yang ditandatangani kunci lama, jadi "
                 "penerima mengikutinya tanpa pendaftaran ulang; lembar yang sudah dicetak "
                 "tetap dapat diverifikasi. Buat cadangan baru sekarang: cadangan lama masih "
                 "memuat kunci lama.").format(lama=self.sidik_lama, baru=self.sidik_baru,
                                              kepada=kepada)


def rotate_keys(ws: Workspace) -> RotateResult:
    """Replace this installation's keys (sync/keys.py: the new keys are announced in every
    package, signed by the old one)."""
    from asn_desktop.sync.keys import rotate

    old = _keys(ws)
    pair, _x = rotate(ws.paths.keys, ws.info.node_id)
    pki.rotasi(ws.paths.keys)  # a new PDF-signing key; its request goes with the next package
    sertifikat.siapkan(ws)
    return RotateResult(key_fingerprint(old.sign_public), key_fingerprint(pair.sign_public),
                        ws.is_central)


def init_from_setup(paths: Any, setup: Path | str, kode: str) -> Workspace:
    from asn_desktop.services.enrol import init_from_setup as _init

    return _init(paths, setup, kode)
