"""Keys sealed in a backup file: the installation's private keys, in one small table of the
backup itself (one file to carry, never separated from its data), sealed with
ChaCha20-Poly1305 under a key derived by scrypt from the administrator's passphrase. The node
id and public keys sit beside the sealed blob in the clear, as its associated data, so a
restore can tell without the passphrase whether the keys already in place are the right ones.
"""

from __future__ import annotations

import json
import re
import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from asn_desktop.db.engine import read_only_uri
from asn_desktop.errors import AsnError, ValidationError
from asn_desktop.sync.keys import (
    KeyPair,
    pair_from_raw,
    raw_private,
    raw_private_pair,
    rotation_from_obj,
)
from asn_desktop.teks import _

KEY_TABLE = "kunci_cadangan"
KEY_FORMAT = "asn-kunci-cadangan-1"
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**15, 8, 1


class WrongPassphrase(AsnError):
    """The passphrase does not open the keys sealed in a backup."""


def _derive(sandi: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(sandi.encode("utf-8"))


@dataclass(frozen=True)
class Sealed:
    node: str
    sign_pub: bytes
    box_pub: bytes
    n: int
    r: int
    p: int
    salt: bytes
    nonce: bytes
    blob: bytes
    # the public history of key rotations (sync/keys.py), JSON; "" in a backup without one
    riwayat: str = ""

    def aad(self) -> bytes:
        base = b"|".join((KEY_FORMAT.encode(), self.node.encode(), self.sign_pub, self.box_pub))
        return base + (b"|" + self.riwayat.encode("utf-8") if self.riwayat else b"")


def seal_into(path: Path, node: str, pair: KeyPair, sandi: str) -> None:
    """Write the sealed keys into the backup file at ``path`` (not yet in place)."""
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    sign, box = raw_private_pair(pair)
    retired = b"".join(raw_private(k) for k in pair.retired_box)  # packages still in flight
    riwayat = json.dumps([r.to_obj() for r in pair.history]) if pair.history else ""
    sealed = Sealed(node, pair.sign_public, pair.box_public, _SCRYPT_N, _SCRYPT_R, _SCRYPT_P,
                     salt, nonce, b"", riwayat)
    key = _derive(sandi, salt, _SCRYPT_N, _SCRYPT_R, _SCRYPT_P)
    blob = ChaCha20Poly1305(key).encrypt(nonce, sign + box + retired, sealed.aad())
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        with conn:
            conn.execute(f"DROP TABLE IF EXISTS {KEY_TABLE}")
            conn.execute(f"CREATE TABLE {KEY_TABLE} (format TEXT NOT NULL, node_id TEXT NOT NULL, "
                         "sign_pub BLOB NOT NULL, box_pub BLOB NOT NULL, n INTEGER NOT NULL, "
                         "r INTEGER NOT NULL, p INTEGER NOT NULL, salt BLOB NOT NULL, "
                         "nonce BLOB NOT NULL, sealed BLOB NOT NULL, riwayat TEXT NOT NULL)")
            conn.execute(f"INSERT INTO {KEY_TABLE} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (KEY_FORMAT, node, sealed.sign_pub, sealed.box_pub, sealed.n,
                          sealed.r, sealed.p, salt, nonce, blob, riwayat))
    finally:
        conn.close()


def read_sealed(path: Path) -> Sealed | None:
    """The sealed keys of a backup; None for a backup made before keys were included."""
    conn = sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
    try:
        try:
            row = conn.execute(f"SELECT format, node_id, sign_pub, box_pub, n, r, p, salt, "
                               f"nonce, sealed FROM {KEY_TABLE} LIMIT 1").fetchone()
        except sqlite3.OperationalError:
            return None
        try:  # a backup from before key rotation has no history column
            riwayat = conn.execute(f"SELECT riwayat FROM {KEY_TABLE} LIMIT 1").fetchone()
        except sqlite3.OperationalError:
            riwayat = None
    finally:
        conn.close()
    if row is None:
        return None
    fmt, node, sign_pub, box_pub, n, r, p, salt, nonce, blob = row
    # bounded: a forged header must not make scrypt exhaust memory
    if (fmt != KEY_FORMAT or not isinstance(n, int) or n < 2 or n > 2**20 or n & (n - 1)
            or not isinstance(r, int) or not 1 <= r <= 16
            or not isinstance(p, int) or not 1 <= p <= 4
            or not all(isinstance(b, bytes) for b in (sign_pub, box_pub, salt, nonce, blob))):
        raise ValidationError(_("Kunci dalam cadangan {berkas} rusak.").format(
            berkas=path.name), "file")
    hist = riwayat[0] if riwayat else ""
    if not isinstance(hist, str) or len(hist) > 64 * 1024:
        raise ValidationError(_("Kunci dalam cadangan {berkas} rusak.").format(
            berkas=path.name), "file")
    return Sealed(str(node), sign_pub, box_pub, n, r, p, salt, nonce, blob, hist)


def open_sealed(sealed: Sealed, sandi: str, source: Path) -> KeyPair:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    key = _derive(sandi, sealed.salt, sealed.n, sealed.r, sealed.p)
    try:
        clear = ChaCha20Poly1305(key).decrypt(sealed.nonce, sealed.blob, sealed.aad())
    except (InvalidTag, ValueError) as exc:
        raise WrongPassphrase(_("Kata sandi cadangan {berkas} salah; tidak ada yang "
                                "diubah.").format(berkas=source.name)) from exc
    try:
        if len(clear) < 64 or len(clear) % 32:
            raise ValueError("panjang")
        history = (tuple(rotation_from_obj(x) for x in json.loads(sealed.riwayat))
                   if sealed.riwayat else ())
        retired = tuple(clear[i:i + 32] for i in range(64, len(clear), 32))
        pair = pair_from_raw(clear[:32], clear[32:64], history, retired)
    except ValueError as exc:
        raise ValidationError(_("Kunci dalam cadangan {berkas} rusak.").format(
            berkas=source.name), "file") from exc
    if (pair.sign_public, pair.box_public) != (sealed.sign_pub, sealed.box_pub):
        raise ValidationError(_("Kunci dalam cadangan {berkas} rusak.").format(
            berkas=source.name), "file")
    return pair




def drop_sealed(path: Path) -> None:
    """The live data file never holds the sealed keys (only backups do)."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute(f"DROP TABLE IF EXISTS {KEY_TABLE}")
            conn.execute(f"DROP TABLE IF EXISTS {PDF_TABLE}")
    finally:
        conn.close()


# ---------------------------------------------------------------- PDF-signing keys (kunci/pdf)

PDF_TABLE = "kunci_pdf_cadangan"
MAX_PDF_FILES = 64


def seal_pdf_into(path: Path, key_dir: Path, sandi: str) -> None:
    """Seal the PDF-signing material (sync/pki.py: the signing key and certificate, and at the
    central the CA key) into the backup under the same passphrase; nothing when there is none."""
    import base64

    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    from asn_desktop.sync.pki import folder

    root = folder(key_dir)
    files = {p.relative_to(root).as_posix(): base64.b64encode(p.read_bytes()).decode()
             for p in sorted(root.rglob("*")) if p.is_file() and not p.name.endswith(".tmp")}
    if not files:
        return
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    key = _derive(sandi, salt, _SCRYPT_N, _SCRYPT_R, _SCRYPT_P)
    blob = ChaCha20Poly1305(key).encrypt(nonce, json.dumps(files).encode(), PDF_TABLE.encode())
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute(f"DROP TABLE IF EXISTS {PDF_TABLE}")
            conn.execute(f"CREATE TABLE {PDF_TABLE} (n INTEGER NOT NULL, r INTEGER NOT NULL, "
                         "p INTEGER NOT NULL, salt BLOB NOT NULL, nonce BLOB NOT NULL, "
                         "sealed BLOB NOT NULL)")
            conn.execute(f"INSERT INTO {PDF_TABLE} VALUES (?, ?, ?, ?, ?, ?)",
                         (_SCRYPT_N, _SCRYPT_R, _SCRYPT_P, salt, nonce, blob))
    finally:
        conn.close()


def backup_has_table(path: Path, name: str) -> bool:
    """Whether the backup file holds table ``name`` (False for a file SQLite cannot read)."""
    conn = sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
    try:
        return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                            (name,)).fetchone() is not None
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def has_pdf_sealed(path: Path) -> bool:
    return backup_has_table(path, PDF_TABLE)


def backup_role(path: Path) -> str | None:
    """The role of the installation a backup belongs to ('central' or 'unit')."""
    conn = sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
    try:
        row = conn.execute("SELECT role FROM installation LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return str(row[0]) if row else None


def pdf_files_here(key_dir: Path) -> set[str]:
    from asn_desktop.sync.pki import folder

    root = folder(key_dir)
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def open_pdf_sealed(path: Path, sandi: str) -> dict[str, bytes]:
    """The PDF-signing files sealed in a backup ({} for a backup without them)."""
    import base64

    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    conn = sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
    try:
        try:
            row = conn.execute(f"SELECT n, r, p, salt, nonce, sealed FROM {PDF_TABLE}").fetchone()
        except sqlite3.OperationalError:
            return {}
    finally:
        conn.close()
    if row is None:
        return {}
    n, r, p, salt, nonce, blob = row
    bad = ValidationError(_("Kunci dalam cadangan {berkas} rusak.").format(berkas=path.name),
                          "file")
    if (not isinstance(n, int) or n < 2 or n > 2**20 or n & (n - 1) or r not in range(1, 17)
            or p not in range(1, 5)):
        raise bad
    try:
        clear = ChaCha20Poly1305(_derive(sandi, salt, n, r, p)).decrypt(
            nonce, blob, PDF_TABLE.encode())
        files = json.loads(clear)
        out = {}
        for name, data in files.items():
            parts = name.split("/")
            if (len(files) > MAX_PDF_FILES or not isinstance(name, str)
                    or any(x in ("", ".", "..") or not re.fullmatch(r"[A-Za-z0-9._-]+", x)
                           for x in parts)):
                raise ValueError(name)
            out[name] = base64.b64decode(data, validate=True)
        return out
    except InvalidTag as exc:
        raise WrongPassphrase(_("Kata sandi cadangan {berkas} salah; tidak ada yang "
                                "diubah.").format(berkas=path.name)) from exc
    except (ValueError, TypeError, AttributeError) as exc:
        raise bad from exc


def write_pdf_files(key_dir: Path, files: dict[str, bytes]) -> None:
    from asn_desktop.sync.pki import folder

    root = folder(key_dir)
    for name, data in files.items():
        target = root.joinpath(*name.split("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        target.chmod(0o600)
