"""This installation's key pairs: Ed25519 to sign (packages, printed sheets) and X25519 to
receive encrypted packages. Private keys stay in the data folder (``kunci/``) and travel only
inside a backup, sealed with the administrator's passphrase (services/cadangan.py).

Keys are created once, when an installation is created (``init``, ``init --from``, the
first-start wizard: :func:`create_keys`); every later use loads them (:func:`load_keys`) and a
data file whose keys are gone is a hard error, never a silent new pair: new keys would cut the
installation off from its peers and make every sheet it printed read TIDAK SAH.

A key is replaced only by rotation (:func:`rotate`, ``sync rotate-keys``): the new public keys
are announced in a statement signed by the old signing key, kept in ``riwayat.json`` beside the
keys and carried in every package, so each peer follows the chain from the key it knows without
a new enrolment. The old encryption key stays in ``lama/`` (packages already sealed to it still
open); the old signing key is destroyed, and its public half stays in the history, so sheets it
signed still verify."""

from __future__ import annotations

import base64
import binascii
import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from asn_desktop.errors import AsnError

SIGN_FILE = "tanda-tangan.key"
BOX_FILE = "enkripsi.key"
HISTORY_FILE = "riwayat.json"
RETIRED_DIR = "lama"
STAGED = ".baru"
ROTATION_CONTEXT = b"asn-desktop/rotasi-kunci/v1\x00"
MAX_ROTATIONS = 64


@dataclass(frozen=True)
class Rotation:
    """One key rotation: ``old`` (signing key) hands over to ``new`` and ``new_box``, proven by
    ``proof``, a signature by ``old`` over :func:`rotation_message`."""

    old: bytes
    new: bytes
    new_box: bytes
    proof: bytes
    at: str

    def to_obj(self) -> dict[str, str]:
        b = base64.b64encode
        return {"lama": b(self.old).decode(), "baru": b(self.new).decode(),
                "kotak": b(self.new_box).decode(), "bukti": b(self.proof).decode(),
                "waktu": self.at}


def rotation_message(node: str, old: bytes, new: bytes, new_box: bytes) -> bytes:
    return ROTATION_CONTEXT + node.encode("ascii") + b"\x00" + old + new + new_box


def rotation_from_obj(v: object) -> Rotation:
    """A rotation read from JSON; ValueError on anything malformed."""
    if type(v) is not dict or set(v) != {"lama", "baru", "kotak", "bukti", "waktu"}:
        raise ValueError("rotasi")
    try:
        old, new, box, proof = (base64.b64decode(v[k], validate=True)
                                for k in ("lama", "baru", "kotak", "bukti"))
    except (TypeError, ValueError, binascii.Error) as exc:
        raise ValueError("rotasi") from exc
    if (len(old), len(new), len(box), len(proof)) != (32, 32, 32, 64) or type(
            v["waktu"]) is not str or len(v["waktu"]) > 40:
        raise ValueError("rotasi")
    return Rotation(old, new, box, proof, v["waktu"])


def follow_chain(node: str, known: bytes, claimed: bytes, chain: tuple[Rotation, ...]
                 ) -> tuple[Rotation, ...] | None:
    """The rotations leading from ``known`` (the signing key this installation holds for
    ``node``) to ``claimed``, each proven by the key before it; None when there is no such
    proven path (the claimed key is then not the peer's)."""
    start = next((i for i, r in enumerate(chain) if r.old == known), None)
    if start is None:
        return None
    key, path = known, []
    for r in chain[start:]:
        if r.old != key or not verify_signature(
                key, r.proof, rotation_message(node, r.old, r.new, r.new_box)):
            return None
        path.append(r)
        key = r.new
        if key == claimed:
            return tuple(path)
    return None


@dataclass(frozen=True)
class KeyPair:
    sign: Ed25519PrivateKey
    box: X25519PrivateKey
    # this installation's own rotations, oldest first, and the encryption keys they retired
    history: tuple[Rotation, ...] = ()
    retired_box: tuple[X25519PrivateKey, ...] = field(default=(), compare=False)

    @property
    def sign_public(self) -> bytes:
        return self.sign.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    @property
    def box_public(self) -> bytes:
        return _public(self.box)

    def box_for(self, public: bytes | None) -> X25519PrivateKey | None:
        """The private encryption key (current or retired) whose public half is ``public``;
        the current one when the package does not say."""
        if public is None or public == self.box_public:
            return self.box
        return next((k for k in self.retired_box if _public(k) == public), None)

    @property
    def retired_sign(self) -> tuple[bytes, ...]:
        """Public signing keys this installation used before its current one."""
        return tuple(r.old for r in self.history)


def _public(key: X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw,
                                         serialization.PublicFormat.Raw)


def raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
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
        _write_secret(sign_path, raw_private(Ed25519PrivateKey.generate()))
    if not box_path.exists():
        _write_secret(box_path, raw_private(X25519PrivateKey.generate()))
    return load_keys(key_dir)


def load_keys(key_dir: Path) -> KeyPair:
    """This installation's keys; :class:`KeysMissing` (with what to do) when they are gone."""
    sign_path, box_path = key_dir / SIGN_FILE, key_dir / BOX_FILE
    _finish_rotation(key_dir)
    if not sign_path.exists() or not box_path.exists():
        raise KeysMissing(missing_message(key_dir))
    try:
        sign = Ed25519PrivateKey.from_private_bytes(_read_secret(sign_path))
        box = X25519PrivateKey.from_private_bytes(_read_secret(box_path))
        retired = tuple(X25519PrivateKey.from_private_bytes(_read_secret(p))
                        for p in sorted((key_dir / RETIRED_DIR).glob("*" + BOX_FILE)))
    except ValueError as exc:
        raise AsnError(f"Berkas kunci di {key_dir} rusak.") from exc
    return KeyPair(sign, box, read_history(key_dir), retired)


def _read_secret(path: Path) -> bytes:
    return base64.b64decode(path.read_bytes())


def read_history(key_dir: Path) -> tuple[Rotation, ...]:
    path = key_dir / HISTORY_FILE
    if not path.exists():
        return ()
    try:
        items = json.loads(path.read_text("utf-8"))
        if type(items) is not list:
            raise ValueError("riwayat")
        return tuple(rotation_from_obj(x) for x in items)
    except ValueError as exc:
        raise AsnError(f"Riwayat kunci {path} rusak.") from exc


def _write_history(key_dir: Path, history: tuple[Rotation, ...], name: str) -> None:
    data = json.dumps([r.to_obj() for r in history], indent=1).encode("utf-8")
    path = key_dir / name
    path.unlink(missing_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def rotate(key_dir: Path, node: str) -> tuple[KeyPair, Rotation]:
    """Replace this installation's keys with new ones announced by the old signing key.

    Crash-safe in three steps: the new keys and the new history are staged (``*.baru``), the
    history is put in place (the commit point), then the keys. :func:`load_keys` finishes a
    rotation whose history is in place and drops one whose history is not."""
    old = load_keys(key_dir)
    if len(old.history) >= MAX_ROTATIONS:
        raise AsnError("Kunci instalasi ini sudah terlalu sering diganti.")
    sign, box = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    new_sign = sign.public_key().public_bytes(serialization.Encoding.Raw,
                                              serialization.PublicFormat.Raw)
    new_box = _public(box)
    proof = old.sign.sign(rotation_message(node, old.sign_public, new_sign, new_box))
    rot = Rotation(old.sign_public, new_sign, new_box, proof,
                   datetime.now().strftime("%Y-%m-%dT%H:%M:%S"))
    retired = key_dir / RETIRED_DIR
    retired.mkdir(mode=0o700, exist_ok=True)
    keep = retired / f"{len(old.history) + 1:03d}-{BOX_FILE}"
    keep.unlink(missing_ok=True)
    _write_secret(keep, raw_private(old.box))
    for name, key in ((SIGN_FILE, sign), (BOX_FILE, box)):
        (key_dir / (name + STAGED)).unlink(missing_ok=True)
        _write_secret(key_dir / (name + STAGED), raw_private(key))
    _write_history(key_dir, (*old.history, rot), HISTORY_FILE + STAGED)
    os.replace(key_dir / (HISTORY_FILE + STAGED), key_dir / HISTORY_FILE)
    _finish_rotation(key_dir)
    return load_keys(key_dir), rot


def _finish_rotation(key_dir: Path) -> None:
    staged = [key_dir / (n + STAGED) for n in (SIGN_FILE, BOX_FILE)]
    if not any(p.exists() for p in staged):
        (key_dir / (HISTORY_FILE + STAGED)).unlink(missing_ok=True)
        return
    history = read_history(key_dir)
    try:
        staged_sign = Ed25519PrivateKey.from_private_bytes(_read_secret(staged[0])).public_key(
        ).public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    except (OSError, ValueError):
        staged_sign = None
    if history and history[-1].new == staged_sign and staged[1].exists():
        for p, name in zip(staged, (SIGN_FILE, BOX_FILE), strict=True):
            os.replace(p, key_dir / name)
    else:  # the rotation never reached its commit point: the old keys stay
        for p in staged:
            p.unlink(missing_ok=True)
    (key_dir / (HISTORY_FILE + STAGED)).unlink(missing_ok=True)


def raw_private_pair(pair: KeyPair) -> tuple[bytes, bytes]:
    """(sign, box) private keys as raw bytes, for the sealed copy inside a backup."""
    return raw_private(pair.sign), raw_private(pair.box)


def pair_from_raw(sign: bytes, box: bytes, history: tuple[Rotation, ...] = (),
                  retired_box: tuple[bytes, ...] = ()) -> KeyPair:
    return KeyPair(Ed25519PrivateKey.from_private_bytes(sign),
                   X25519PrivateKey.from_private_bytes(box), history,
                   tuple(X25519PrivateKey.from_private_bytes(b) for b in retired_box))


def write_keys(key_dir: Path, pair: KeyPair) -> None:
    """Put keys (from a backup) into ``kunci/``, with their history and retired encryption
    keys: each file written beside and renamed in."""
    key_dir.mkdir(parents=True, exist_ok=True)
    _write_history(key_dir, pair.history, HISTORY_FILE + ".tmp")
    os.replace(key_dir / (HISTORY_FILE + ".tmp"), key_dir / HISTORY_FILE)
    retired = key_dir / RETIRED_DIR
    for i, k in enumerate(pair.retired_box, 1):
        retired.mkdir(mode=0o700, exist_ok=True)
        target = retired / f"{i:03d}-{BOX_FILE}"
        target.unlink(missing_ok=True)
        _write_secret(target, raw_private(k))
    for name, data in ((SIGN_FILE, raw_private(pair.sign)), (BOX_FILE, raw_private(pair.box))):
        tmp = key_dir / (name + ".tmp")
        tmp.unlink(missing_ok=True)
        _write_secret(tmp, data)
        os.replace(tmp, key_dir / name)


def verify_signature(public_raw: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, message)
    except Exception:
        return False
    return True
