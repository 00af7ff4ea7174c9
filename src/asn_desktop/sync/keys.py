"""This installation's key pairs: Ed25519 to sign (packages, printed sheets) and X25519 to
receive encrypted packages. Private keys stay in the data folder (``kunci/``) and travel only
inside a backup, sealed with the administrator's passphrase (services/cadangan.py).

Keys are created once, when an installation is created (``init``, ``init --from``, the
first-start wizard: :func:`create_keys`); every later use loads them (:func:`load_keys`) and a
data file whose keys are gone is a hard error, never a silent new pair: new keys would cut the
installation off from its peers and make every sheet it printed read TIDAK SAH."""

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


class KeysMissing(AsnError):
    """The data file belongs to an installation but its private keys are not in ``kunci/``."""


def missing_message(key_dir: Path) -> str:
    return (f"Kunci instalasi ini tidak ada di {key_dir}. Kunci tidak dibuat ulang: kunci baru "
            "memutus sinkronisasi dengan instalasi lain dan membuat lembar yang sudah dicetak "
            "terbaca TIDAK SAH. Pulihkan kunci dari cadangan yang dibuat dengan 'asn-desktop "
            "backup' (asn-desktop restore BERKAS, dengan kata sandi cadangannya), atau "
            "salin kembali folder kunci/ dari komputer lama; bila tidak ada, hubungi BKPSDM.")


def has_keys(key_dir: Path) -> bool:
    return (key_dir / SIGN_FILE).exists() or (key_dir / BOX_FILE).exists()


def create_keys(key_dir: Path) -> KeyPair:
    """New key pairs for a new installation. Only installation set-up calls this; a pair left
    in the folder by an interrupted set-up (no installation yet) is kept."""
    sign_path, box_path = key_dir / SIGN_FILE, key_dir / BOX_FILE
    if not sign_path.exists():
        _write_secret(sign_path, _raw_private(Ed25519PrivateKey.generate()))
    if not box_path.exists():
        _write_secret(box_path, _raw_private(X25519PrivateKey.generate()))
    return load_keys(key_dir)


def load_keys(key_dir: Path) -> KeyPair:
    """This installation's keys; :class:`KeysMissing` (with what to do) when they are gone."""
    sign_path, box_path = key_dir / SIGN_FILE, key_dir / BOX_FILE
    if not sign_path.exists() or not box_path.exists():
        raise KeysMissing(missing_message(key_dir))
    try:
        sign = Ed25519PrivateKey.from_private_bytes(base64.b64decode(sign_path.read_bytes()))
        box = X25519PrivateKey.from_private_bytes(base64.b64decode(box_path.read_bytes()))
    except ValueError as exc:
        raise AsnError(f"Berkas kunci di {key_dir} rusak.") from exc
    return KeyPair(sign, box)


def raw_private_pair(pair: KeyPair) -> tuple[bytes, bytes]:
    """(sign, box) private keys as raw bytes, for the sealed copy inside a backup."""
    return _raw_private(pair.sign), _raw_private(pair.box)


def pair_from_raw(sign: bytes, box: bytes) -> KeyPair:
    return KeyPair(Ed25519PrivateKey.from_private_bytes(sign),
                   X25519PrivateKey.from_private_bytes(box))


def write_keys(key_dir: Path, pair: KeyPair) -> None:
    """Put keys (from a backup) into ``kunci/``: each file written beside and renamed in."""
    key_dir.mkdir(parents=True, exist_ok=True)
    for name, data in ((SIGN_FILE, _raw_private(pair.sign)), (BOX_FILE, _raw_private(pair.box))):
        tmp = key_dir / (name + ".baru")
        tmp.unlink(missing_ok=True)
        _write_secret(tmp, data)
        os.replace(tmp, key_dir / name)


def verify_signature(public_raw: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, message)
    except Exception:
        return False
    return True
