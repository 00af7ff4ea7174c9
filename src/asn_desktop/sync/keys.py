"""This installation's key pairs: Ed25519 to sign (packages, printed sheets) and X25519 to
receive encrypted packages. Private keys stay in the data folder and never travel."""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from asn_desktop.errors import AsnError

SIGN_FILE = "tanda-tangan.key"
BOX_FILE = "enkripsi.key"


@dataclass(frozen=True)
class KeyPair:
    sign: Ed25519PrivateKey
    box: X25519PrivateKey

    @property
    def sign_public(self) -> bytes:
        return self.sign.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    @property
    def box_public(self) -> bytes:
        return self.box.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )


def _raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )


def _write_secret(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(base64.b64encode(data))


def load_or_create_keys(key_dir: Path) -> KeyPair:
    sign_path, box_path = key_dir / SIGN_FILE, key_dir / BOX_FILE
    if not sign_path.exists():
        _write_secret(sign_path, _raw_private(Ed25519PrivateKey.generate()))
    if not box_path.exists():
        _write_secret(box_path, _raw_private(X25519PrivateKey.generate()))
    try:
        sign = Ed25519PrivateKey.from_private_bytes(base64.b64decode(sign_path.read_bytes()))
        box = X25519PrivateKey.from_private_bytes(base64.b64decode(box_path.read_bytes()))
    except ValueError as exc:
        raise AsnError(f"Berkas kunci di {key_dir} rusak.") from exc
    return KeyPair(sign, box)


def verify_signature(public_raw: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, message)
    except Exception:
        return False
    return True
