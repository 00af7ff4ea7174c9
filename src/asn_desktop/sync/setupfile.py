"""The setup file a unit installation is made from, and the enrolment code that opens it.

``sync invite`` writes the file and prints a short code; the two travel separately (the file on
a flash drive, by e-mail or a shared folder; the code by phone or in person), and ``init --from
FILE --kode CODE`` needs both. Whoever holds only the file learns nothing from it: not the people
in it (names, NIP, dates of birth), not the one-time enrolment secret that proves the unit's
first package, not even which unit it is for. Only the key derivation's parameters are in clear.

Layout (integers big-endian)::

    "ASNSIAP1"          8 bytes magic
    u32 header length   at most 4 KiB
    header              canonical JSON, nothing secret: {"format": 1, "cipher":
                        "chacha20poly1305", "chunk": 65536, "kdf": {"name": "scrypt",
                        "n": 32768, "r": 8, "p": 1, "salt": base64 of 16 random bytes}}
    chunks              u32 length + ChaCha20-Poly1305 ciphertext; the nonce is the chunk
                        counter plus a final-chunk flag, the associated data magic + header

Chunk 0 seals a fixed text, so a wrong code is told from a damaged file at once; the chunks
after it hold the central's signed setup package (``container.py``, kind ``setup``) byte for
byte, with its manifest (the secret, the unit) and its payload (the unit's master data). Sealing
the whole signed package keeps its checks (signature, payload hash) unchanged inside.

The code: 16 characters of Crockford's base32, 80 bits from ``secrets``, shown as four groups
of four. Typed back, case, spaces and dashes do not matter, and the look-alikes O, I and L read
as 0, 1 and 1. The key is scrypt over the code with the file's random salt (n = 2**15, r = 8,
p = 1: 32 MiB and a fraction of a second per try), so trying codes against a stolen file is
hopeless. The central does not keep the code; a lost code means a new invitation.
"""

from __future__ import annotations

import base64
import binascii
import os
import secrets
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, NoReturn

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from asn_desktop.errors import PackageRejected, ValidationError
from asn_desktop.sync import container
from asn_desktop.sync.container import canonical_json, strict_json

MAGIC = b"ASNSIAP1"
FORMAT = 1
CIPHER = "chacha20poly1305"
CHUNK = 64 * 1024
TAG = 16
MAX_HEADER = 4096
SALT_BYTES = 16
# scrypt's cost: 128 * n * r bytes of memory (32 MiB). A file may ask for more, up to a bound
# that keeps a forged file from exhausting the PC's memory.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
MAX_SCRYPT_MEMORY = 256 * 1024 * 1024
CHECK_TEXT = b"asn-desktop/penyiapan/v1: kode pendaftaran benar"

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base32: no I, L, O, U
CODE_LENGTH = 16  # 80 bits
GROUP = 4
CODE_SHAPE = "XXXX-XXXX-XXXX-XXXX"
_LOOK_ALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


class WrongCode(PackageRejected):
    """The enrolment code does not open this setup file; nothing was created."""

    def __init__(self) -> None:
        super().__init__(
            "Kode pendaftaran salah untuk paket penyiapan ini: periksa lagi kode 16 huruf dan "
            f"angka ({CODE_SHAPE}) dari BKPSDM, dan bahwa berkas ini memang pasangannya; tidak "
            "ada yang dibuat.", "wrong_code")


# ------------------------------------------------------------------------------------ the code


def new_code() -> str:
    """A fresh enrolment code, grouped for reading aloud: ``7K3M-Q9XA-R2TB-H4WC``."""
    return format_code("".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH)))


def format_code(code: str) -> str:
    return "-".join(code[i:i + GROUP] for i in range(0, len(code), GROUP))


def normalise_code(text: str) -> str:
    """The code as typed, in its canonical form (16 characters, no dashes); raises
    ValidationError (field ``kode``) for anything that cannot be a code."""
    code = "".join(ch for ch in text.upper() if not ch.isspace() and ch not in "-_.")
    code = code.translate(_LOOK_ALIKES)
    if not code:
        raise ValidationError(f"Kode pendaftaran wajib diisi: 16 huruf dan angka ({CODE_SHAPE}) "
                              "dari BKPSDM.", "kode")
    bad = sorted({ch for ch in code if ch not in ALPHABET})
    if bad:
        raise ValidationError(f"Kode pendaftaran tidak sah: karakter {' '.join(bad)} tidak "
                              f"dipakai dalam kode ({CODE_SHAPE}).", "kode")
    if len(code) != CODE_LENGTH:
        raise ValidationError(f"Kode pendaftaran tidak sah: harus 16 huruf dan angka "
                              f"({CODE_SHAPE}), yang tertulis {len(code)}.", "kode")
    return code


def _derive(code: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(code.encode("ascii"))


def _nonce(counter: int, final: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


# ------------------------------------------------------------------------------------- writing


def seal(package: Path, out: Path, code: str) -> None:
    """Write ``out`` (atomically): the setup package file ``package`` sealed with ``code``."""
    salt = os.urandom(SALT_BYTES)
    header = canonical_json({
        "format": FORMAT, "cipher": CIPHER, "chunk": CHUNK,
        "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
                "salt": base64.b64encode(salt).decode("ascii")},
    })
    aead = ChaCha20Poly1305(_derive(normalise_code(code), salt, SCRYPT_N, SCRYPT_R, SCRYPT_P))
    aad = MAGIC + header
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    try:
        with open(package, "rb") as src, open(tmp, "wb") as f:
            f.write(MAGIC + struct.pack(">I", len(header)) + header)
            pending, counter = CHECK_TEXT, 0
            while True:
                nxt = src.read(CHUNK)
                sealed = aead.encrypt(_nonce(counter, not nxt), pending, aad)
                f.write(struct.pack(">I", len(sealed)) + sealed)
                if not nxt:
                    break
                pending, counter = nxt, counter + 1
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)


# ------------------------------------------------------------------------------------- reading


def _refuse(reason: str, message: str) -> NoReturn:
    raise PackageRejected(message, reason)


def _damaged(what: str) -> NoReturn:
    _refuse("setup_damaged", f"Berkas paket penyiapan rusak ({what}); minta BKPSDM mengirim "
                             "ulang berkasnya.")


def check_file(path: Path) -> None:
    """Refuse, before any code is asked for, a file that is not a setup file of this format."""
    with open(path, "rb") as f:
        _read_header(f)


def is_setup_file(path: Path) -> bool:
    """Whether ``path`` looks like a sealed setup file (by its first bytes)."""
    try:
        with open(path, "rb") as f:
            return f.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _read_header(f: IO[bytes]) -> tuple[bytes, dict[str, Any]]:
    magic = f.read(len(MAGIC))
    if magic != MAGIC:
        if magic == container.MAGIC:
            _old_or_other(f)
        _refuse("not_setup", "Berkas ini bukan paket penyiapan unit (buat dengan 'sync invite' "
                             "di pusat).")
    head = f.read(4)
    if len(head) != 4:
        _damaged("kepala berkas terpotong")
    (n,) = struct.unpack(">I", head)
    if n > MAX_HEADER:
        _damaged("kepala berkas terlalu besar")
    raw = f.read(n)
    if len(raw) != n:
        _damaged("kepala berkas terpotong")
    try:
        obj = strict_json(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        _damaged("kepala berkas bukan JSON")
    if type(obj) is not dict or type(obj.get("format")) is not int:
        _damaged("kepala berkas")
    if obj["format"] > FORMAT:
        _refuse("format_too_new", "Paket penyiapan ini dibuat oleh versi aplikasi yang lebih "
                                  "baru; perbarui aplikasi di komputer ini.")
    if (obj["format"] != FORMAT or set(obj) != {"format", "cipher", "chunk", "kdf"}
            or obj["cipher"] != CIPHER or obj["chunk"] != CHUNK):
        _damaged("kepala berkas")
    return raw, obj


def _old_or_other(f: IO[bytes]) -> NoReturn:
    """A package in the sync container: a setup package of the earlier format (its code in
    clear inside), or an ordinary sync package."""
    from asn_desktop.sync.versions import known_schemas

    f.seek(0)
    try:
        kind = container.read_header(f, known_schemas()).manifest.kind
    except PackageRejected:
        kind = ""
    if kind == "setup":
        _refuse("setup_format_old",
                "Paket penyiapan ini memakai format lama yang tidak dilindungi kode pendaftaran "
                "dan tidak diterima lagi; minta BKPSDM membuat paket penyiapan baru ('sync "
                "invite') beserta kodenya.")
    _refuse("not_setup", "Berkas ini paket sinkronisasi biasa, bukan paket penyiapan unit "
                         "(buat dengan 'sync invite' di pusat).")


def _kdf(obj: dict[str, Any]) -> tuple[bytes, int, int, int]:
    kdf = obj["kdf"]
    if type(kdf) is not dict or set(kdf) != {"name", "n", "r", "p", "salt"} or \
            kdf["name"] != "scrypt":
        _damaged("parameter kunci")
    n, r, p = kdf["n"], kdf["r"], kdf["p"]
    if (any(type(v) is not int or v < 1 for v in (n, r, p)) or n < 2**14 or n & (n - 1)
            or r > 32 or p > 4 or 128 * n * r > MAX_SCRYPT_MEMORY):
        _damaged("parameter kunci")
    try:
        salt = base64.b64decode(kdf["salt"], validate=True) if type(kdf["salt"]) is str else b""
    except (binascii.Error, ValueError):
        salt = b""
    if not SALT_BYTES <= len(salt) <= 64:
        _damaged("parameter kunci")
    return salt, n, r, p


def _chunks(f: IO[bytes], aead: ChaCha20Poly1305, aad: bytes) -> Iterator[bytes]:
    """Each chunk after the header (where ``f`` stands), opened in order; the first is the
    code check, the last carries the final flag (so a cut or lengthened file fails)."""
    start = f.tell()
    end = f.seek(0, os.SEEK_END)
    f.seek(start)
    counter = 0
    while True:
        head = f.read(4)
        if len(head) != 4:
            _damaged("terpotong")
        (n,) = struct.unpack(">I", head)
        if not TAG <= n <= CHUNK + TAG:
            _damaged("potongan data tidak sah")
        sealed = f.read(n)
        if len(sealed) != n:
            _damaged("terpotong")
        final = f.tell() == end
        try:
            plain = aead.decrypt(_nonce(counter, final), sealed, aad)
        except InvalidTag:
            if counter == 0 and not (final and _opens(aead, sealed, aad)):
                raise WrongCode() from None
            _damaged("isi diubah atau terpotong")
        if counter == 0:
            if plain != CHECK_TEXT or final:
                _damaged("pemeriksa kode")
        elif plain:
            yield plain
        counter += 1
        if final:
            return


def _opens(aead: ChaCha20Poly1305, sealed: bytes, aad: bytes) -> bool:
    """The code check opens as a chunk that is not the last: the file was cut after it."""
    try:
        aead.decrypt(_nonce(0, False), sealed, aad)
    except InvalidTag:
        return False
    return True


class Unlocked:
    """A setup file whose code was right and whose every chunk opened."""

    def __init__(self, path: Path, aead: ChaCha20Poly1305, header: bytes) -> None:
        self.path = path
        self._aead = aead
        self._header = header

    def extract(self, dest: Path) -> None:
        """Write the setup package inside to ``dest``."""
        with open(self.path, "rb") as f, open(dest, "wb") as out:
            raw, _obj = _read_header(f)
            if raw != self._header:
                _damaged("berkas berubah ketika sedang dibaca")
            for plain in _chunks(f, self._aead, MAGIC + raw):
                out.write(plain)
            out.flush()
            os.fsync(out.fileno())


def unlock(path: Path, code: str) -> Unlocked:
    """Check ``code`` against the setup file ``path``, and every chunk of it; raises
    ValidationError (not a code), WrongCode or PackageRejected (a damaged file)."""
    key_code = normalise_code(code)
    with open(path, "rb") as f:
        if f.seek(0, os.SEEK_END) > container.MAX_PACKAGE + MAX_HEADER:
            _refuse("oversized", "Berkas paket penyiapan terlalu besar untuk diterima.")
        f.seek(0)
        raw, obj = _read_header(f)
        salt, n, r, p = _kdf(obj)
        aead = ChaCha20Poly1305(_derive(key_code, salt, n, r, p))
        for _plain in _chunks(f, aead, MAGIC + raw):
            pass
    return Unlocked(path, aead, raw)
