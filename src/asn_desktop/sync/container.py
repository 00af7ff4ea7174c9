"""The package file: a small self-describing container, written and read as a stream.

Layout (all integers big-endian)::

    "ASNPAKET"                 8 bytes magic
    u32 manifest length        at most 64 KiB
    manifest                   canonical JSON (see ``Manifest``), in clear: no personal data
    signature                  64 bytes Ed25519 over SIG_CONTEXT + manifest
    payload                    chunks: u32 length + ChaCha20-Poly1305 ciphertext

The manifest carries the SHA-256 and byte length of the payload, so the signature covers the
whole file. The payload is a zlib stream of JSON lines (``payload.py``), cut into 64 KiB
chunks, each sealed with a key agreed by X25519 between a one-time key of the sender and the
recipient's key (HKDF-SHA256); the nonce is the chunk counter plus a final-chunk flag, so
reordered, dropped or truncated chunks fail to open. A setup package (``sync invite``) is sealed
with a key derived from its one-time enrolment secret instead, because the new unit has no key
yet; that secret is in its manifest, so the package never leaves the central in this form: it
travels sealed whole in a setup file that only the enrolment code opens (``setupfile.py``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any, NoReturn

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from asn_desktop.errors import PackageRejected
from asn_desktop.sync.keys import MAX_ROTATIONS, Rotation, rotation_from_obj, verify_signature
from asn_desktop.sync.schema import NODE_ID

MAGIC = b"ASNPAKET"
FORMAT_VERSION = 1
SIG_CONTEXT = b"asn-desktop/paket/v1\x00"
SIG_LEN = 64
MAX_MANIFEST = 64 * 1024
MAX_PACKAGE = 1024 * 1024 * 1024  # 1 GiB
PLAIN_CHUNK = 64 * 1024
MAX_CIPHER_CHUNK = 1024 * 1024 + 16
TAG = 16
CIPHER_BOX = "x25519-hkdf-sha256-chacha20poly1305"
CIPHER_SETUP = "secret-hkdf-sha256-chacha20poly1305"
COMPRESSION = "zlib"
KINDS = ("delta", "full", "setup")
EXT_PACKAGE = ".asnpkg"
EXT_SETUP = ".asnsetup"

HEX64 = re.compile(r"[0-9a-f]{64}")
SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._\-]{0,150}")
KODE = re.compile(r"[A-Za-z0-9._\-]{1,40}")
STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")


def reject(reason: str, message: str) -> NoReturn:
    raise PackageRejected(message, reason)


# ------------------------------------------------------------------------------------ manifest


@dataclass(frozen=True)
class Party:
    node: str
    role: str
    kode: str
    nama: str
    sign_pub: bytes
    box_pub: bytes
    # the sender's key rotations, oldest first: a peer that knows an older key follows them
    rotations: tuple[Rotation, ...] = ()


@dataclass(frozen=True)
class SetupInfo:
    secret: str  # hex, 32 bytes
    unit_id: str
    unit_kode: str
    unit_nama: str


@dataclass(frozen=True)
class Manifest:
    raw: bytes
    format: int
    schema: str
    kind: str
    package_id: str
    created: str
    name: str
    sender: Party
    recipient_node: str
    from_seq: int
    to_seq: int
    counts: dict[str, int]
    changes: int
    rows: int
    payload_sha256: str
    payload_bytes: int
    cipher: str
    ephemeral: bytes | None
    setup: SetupInfo | None
    # The sender's incarnations (sync/lineage.py) and the recipient's incarnation that the
    # acknowledgement inside the payload refers to.
    lineage: tuple[tuple[str, int, int, int], ...] = ()
    ack_for: str | None = None
    # the recipient's encryption key the payload is sealed to (it may have rotated since)
    recipient_box: bytes | None = None
    # PDF-signing certificates (sync/pki.py): a unit's request ("csr"); the central's CA
    # certificate ("ca"), revocation list ("crl") and the certificate issued to the recipient
    # ("crt"); each DER
    pki: dict[str, bytes] | None = None

    def to_obj(self) -> dict[str, Any]:
        obj: dict[str, Any] = {
            "format": self.format,
            "schema": self.schema,
            "kind": self.kind,
            "package": self.package_id,
            "created": self.created,
            "name": self.name,
            "sender": {
                "node": self.sender.node, "role": self.sender.role, "kode": self.sender.kode,
                "nama": self.sender.nama, "sign_pub": _b64(self.sender.sign_pub),
                "box_pub": _b64(self.sender.box_pub),
            },
            "recipient": ({"node": self.recipient_node} if self.recipient_box is None else
                          {"node": self.recipient_node, "box": _b64(self.recipient_box)}),
            "range": {"from": self.from_seq, "to": self.to_seq},
            "counts": dict(sorted(self.counts.items())),
            "changes": self.changes,
            "rows": self.rows,
            "payload": {
                "sha256": self.payload_sha256, "bytes": self.payload_bytes,
                "cipher": self.cipher, "compression": COMPRESSION,
                "ephemeral": _b64(self.ephemeral) if self.ephemeral else None,
                "chunk": PLAIN_CHUNK,
            },
        }
        if self.sender.rotations:
            obj["rotasi"] = [r.to_obj() for r in self.sender.rotations]
        if self.pki:
            obj["pki"] = {k: _b64(v) for k, v in sorted(self.pki.items())}
        if self.lineage:
            obj["life"] = {"chain": [list(x) for x in self.lineage], "ack_for": self.ack_for}
        if self.setup is not None:
            obj["setup"] = {
                "secret": self.setup.secret, "unit_id": self.setup.unit_id,
                "unit_kode": self.setup.unit_kode, "unit_nama": self.setup.unit_nama,
            }
        return obj


def canonical_json(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _no_constant(name: str) -> NoReturn:
    raise ValueError(f"konstanta JSON tidak sah: {name}")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise ValueError(f"kunci ganda: {k}")
        out[k] = v
    return out


def strict_json(data: bytes | str) -> Any:
    """JSON without NaN/Infinity and without duplicate keys."""
    return json.loads(data, parse_constant=_no_constant, object_pairs_hook=_unique_keys)


_STRICT = json.JSONDecoder(parse_constant=_no_constant, object_pairs_hook=_unique_keys)


def strict_json_line(data: bytes) -> Any:
    """``strict_json`` of one UTF-8 payload line, with one decoder made once: a package holds
    one line per row, and ``json.loads`` with options builds a decoder (and guesses the
    encoding) for every call."""
    return _STRICT.decode(data.decode("utf-8"))


def _bad_manifest(what: str) -> NoReturn:
    reject("manifest_schema", f"Manifes paket tidak sah ({what}).")


def _obj(v: Any, keys: set[str], what: str, optional: set[str] | None = None) -> dict[str, Any]:
    if type(v) is not dict:
        _bad_manifest(what)
    have = set(v)
    if not keys <= have or not have <= keys | (optional or set()):
        _bad_manifest(what)
    return v


def _int(v: Any, what: str, lo: int = 0, hi: int = 2**62) -> int:
    if type(v) is not int or not lo <= v <= hi:
        _bad_manifest(what)
    return v


def _str(v: Any, what: str, pattern: re.Pattern[str] | None = None, maxlen: int = 200) -> str:
    if type(v) is not str or len(v) > maxlen or (pattern is not None and not pattern.fullmatch(v)):
        _bad_manifest(what)
    return v


def _key(v: Any, what: str) -> bytes:
    s = _str(v, what, maxlen=64)
    try:
        raw = base64.b64decode(s, validate=True)
    except (binascii.Error, ValueError):
        _bad_manifest(what)
    if len(raw) != 32:
        _bad_manifest(what)
    return raw


def check_name(name: Any) -> str:
    if type(name) is not str:
        _bad_manifest("name")
    if "/" in name or "\\" in name or ".." in name or "\x00" in name or ":" in name:
        reject("path_traversal", "Nama berkas di dalam paket tidak aman (mengandung jalur "
                                 "folder); paket ditolak.")
    if not SAFE_NAME.fullmatch(name) or not name.endswith((EXT_PACKAGE, EXT_SETUP)):
        _bad_manifest("name")
    return name


def parse_manifest(raw: bytes, known_schemas: frozenset[str]) -> Manifest:
    try:
        obj = strict_json(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        reject("manifest_json", "Manifes paket rusak (bukan JSON yang sah).")
    if type(obj) is not dict:
        _bad_manifest("bukan objek")
    fmt = obj.get("format")
    if type(fmt) is not int:
        _bad_manifest("format")
    if fmt > FORMAT_VERSION:
        reject("format_too_new", f"Paket memakai format versi {fmt}, lebih baru dari yang "
                                 "dipahami aplikasi ini; perbarui aplikasi.")
    if fmt < 1:
        _bad_manifest("format")
    schema = obj.get("schema")
    if type(schema) is not str or len(schema) > 64:
        _bad_manifest("schema")
    if schema not in known_schemas:
        reject("schema_too_new", f"Paket dibuat dengan skema data {schema!r} yang belum dikenal "
                                 "aplikasi ini; perbarui aplikasi.")
    top = {"format", "schema", "kind", "package", "created", "name", "sender", "recipient",
           "range", "counts", "changes", "rows", "payload"}
    _obj(obj, top, "isi", {"setup", "life", "rotasi", "pki"})
    kind = obj["kind"]
    if kind not in KINDS:
        _bad_manifest("kind")
    package_id = _str(obj["package"], "package", NODE_ID)
    created = _str(obj["created"], "created", STAMP)
    name = check_name(obj["name"])
    s = _obj(obj["sender"], {"node", "role", "kode", "nama", "sign_pub", "box_pub"}, "sender")
    if s["role"] not in ("central", "unit"):
        _bad_manifest("sender.role")
    sender = Party(_str(s["node"], "sender.node", NODE_ID), s["role"],
                   _str(s["kode"], "sender.kode", KODE), _str(s["nama"], "sender.nama"),
                   _key(s["sign_pub"], "sender.sign_pub"), _key(s["box_pub"], "sender.box_pub"),
                   _rotations(obj.get("rotasi")))
    r = _obj(obj["recipient"], {"node"}, "recipient", {"box"})
    recipient = _str(r["node"], "recipient.node", NODE_ID)
    recipient_box = _key(r["box"], "recipient.box") if "box" in r else None
    rng = _obj(obj["range"], {"from", "to"}, "range")
    from_seq, to_seq = _int(rng["from"], "range.from"), _int(rng["to"], "range.to")
    if from_seq > to_seq + 1:
        _bad_manifest("range")
    counts_obj = obj["counts"]
    if type(counts_obj) is not dict or len(counts_obj) > 64:
        _bad_manifest("counts")
    counts = {_str(k, "counts", KODE): _int(v, "counts") for k, v in counts_obj.items()}
    changes, rows = _int(obj["changes"], "changes"), _int(obj["rows"], "rows")
    if sum(counts.values()) != changes:
        _bad_manifest("counts")
    p = _obj(obj["payload"], {"sha256", "bytes", "cipher", "compression", "ephemeral", "chunk"},
             "payload")
    sha = _str(p["sha256"], "payload.sha256", HEX64)
    nbytes = _int(p["bytes"], "payload.bytes", 0, MAX_PACKAGE)
    if p["compression"] != COMPRESSION or p["chunk"] != PLAIN_CHUNK:
        _bad_manifest("payload")
    cipher = p["cipher"]
    setup: SetupInfo | None = None
    ephemeral: bytes | None = None
    if kind == "setup":
        if cipher != CIPHER_SETUP or p["ephemeral"] is not None or "setup" not in obj:
            _bad_manifest("payload.cipher")
        su = _obj(obj["setup"], {"secret", "unit_id", "unit_kode", "unit_nama"}, "setup")
        setup = SetupInfo(_str(su["secret"], "setup.secret", HEX64),
                          _str(su["unit_id"], "setup.unit_id", NODE_ID),
                          _str(su["unit_kode"], "setup.unit_kode", KODE),
                          _str(su["unit_nama"], "setup.unit_nama"))
    else:
        if cipher != CIPHER_BOX or "setup" in obj:
            _bad_manifest("payload.cipher")
        ephemeral = _key(p["ephemeral"], "payload.ephemeral")
    chain, ack_for = _life(obj.get("life"))
    return Manifest(raw, fmt, schema, kind, package_id, created, name, sender, recipient,
                    from_seq, to_seq, counts, changes, rows, sha, nbytes, cipher, ephemeral,
                    setup, chain, ack_for, recipient_box, _pki(obj.get("pki")))


PKI_KEYS = frozenset({"csr", "ca", "crt", "crl"})
MAX_PKI = 16 * 1024  # bytes of one certificate, request or revocation list


def _pki(v: Any) -> dict[str, bytes] | None:
    if v is None:
        return None
    if type(v) is not dict or not v or not set(v) <= PKI_KEYS:
        _bad_manifest("pki")
    out = {}
    for k, s in v.items():
        if type(s) is not str or len(s) > MAX_PKI * 4 // 3 + 4:
            _bad_manifest(f"pki.{k}")
        try:
            out[k] = base64.b64decode(s, validate=True)
        except (binascii.Error, ValueError):
            _bad_manifest(f"pki.{k}")
    return out


def _rotations(v: Any) -> tuple[Rotation, ...]:
    if v is None:
        return ()
    if type(v) is not list or not 1 <= len(v) <= MAX_ROTATIONS:
        _bad_manifest("rotasi")
    try:
        return tuple(rotation_from_obj(x) for x in v)
    except ValueError:
        _bad_manifest("rotasi")


def _life(v: Any) -> tuple[tuple[tuple[str, int, int, int], ...], str | None]:
    if v is None:
        return (), None  # a package from a version without incarnations
    life = _obj(v, {"chain", "ack_for"}, "life")
    chain = life["chain"]
    if type(chain) is not list or not 1 <= len(chain) <= 16:
        _bad_manifest("life.chain")
    out = []
    for x in chain:
        if type(x) is not list or len(x) != 4:
            _bad_manifest("life.chain")
        out.append((_str(x[0], "life.chain", NODE_ID), _int(x[1], "life.chain"),
                     _int(x[2], "life.chain", 0, 2**63 - 1),
                     _int(x[3], "life.chain", 0, 2**63 - 1)))
    ack_for = life["ack_for"]
    if ack_for is not None:
        ack_for = _str(ack_for, "life.ack_for", NODE_ID)
    return tuple(out), ack_for


# -------------------------------------------------------------------------------------- keys


def box_key(shared: bytes, ephemeral_pub: bytes, recipient_pub: bytes, package_id: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral_pub + recipient_pub,
        info=b"asn-desktop/paket/v1/" + package_id.encode("ascii"),
    ).derive(shared)


def seal_key_for(recipient_box_pub: bytes, package_id: str) -> tuple[bytes, bytes]:
    """(content key, one-time public key) for a package sealed to ``recipient_box_pub``."""
    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes(serialization.Encoding.Raw,
                                            serialization.PublicFormat.Raw)
    shared = eph.exchange(X25519PublicKey.from_public_bytes(recipient_box_pub))
    return box_key(shared, eph_pub, recipient_box_pub, package_id), eph_pub


def open_key_for(box: X25519PrivateKey, manifest: Manifest) -> bytes:
    assert manifest.ephemeral is not None
    my_pub = box.public_key().public_bytes(serialization.Encoding.Raw,
                                           serialization.PublicFormat.Raw)
    try:
        shared = box.exchange(X25519PublicKey.from_public_bytes(manifest.ephemeral))
    except ValueError:
        reject("decrypt_failed", "Kunci enkripsi di dalam paket tidak sah.")
    return box_key(shared, manifest.ephemeral, my_pub, manifest.package_id)


def setup_key(secret_hex: str, package_id: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=package_id.encode("ascii"),
        info=b"asn-desktop/penyiapan/v1",
    ).derive(bytes.fromhex(secret_hex))


def _nonce(counter: int, final: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


# ------------------------------------------------------------------------------------ writing


class PayloadWriter:
    """Compress and seal a stream of bytes into chunks written to ``out``."""

    def __init__(self, out: IO[bytes], key: bytes, package_id: str, level: int = 6) -> None:
        self._out = out
        self._aead = ChaCha20Poly1305(key)
        self._aad = package_id.encode("ascii")
        self._z = zlib.compressobj(level)
        self._buf = bytearray()
        self._counter = 0
        self._hash = hashlib.sha256()
        self.size = 0
        self.plain = 0

    def write(self, data: bytes) -> None:
        self.plain += len(data)
        self._buf += self._z.compress(data)
        while len(self._buf) > PLAIN_CHUNK:
            self._emit(bytes(self._buf[:PLAIN_CHUNK]), final=False)
            del self._buf[:PLAIN_CHUNK]

    def _emit(self, chunk: bytes, final: bool) -> None:
        sealed = self._aead.encrypt(_nonce(self._counter, final), chunk, self._aad)
        self._counter += 1
        block = struct.pack(">I", len(sealed)) + sealed
        self._hash.update(block)
        self._out.write(block)
        self.size += len(block)

    def close(self) -> str:
        self._buf += self._z.flush()
        while len(self._buf) > PLAIN_CHUNK:
            self._emit(bytes(self._buf[:PLAIN_CHUNK]), final=False)
            del self._buf[:PLAIN_CHUNK]
        self._emit(bytes(self._buf), final=True)
        self._buf.clear()
        return self._hash.hexdigest()


def sign_manifest(sign: Ed25519PrivateKey, manifest_raw: bytes) -> bytes:
    return sign.sign(SIG_CONTEXT + manifest_raw)


def write_container(out: IO[bytes], manifest_raw: bytes, signature: bytes,
                    payload: IO[bytes]) -> None:
    out.write(MAGIC)
    out.write(struct.pack(">I", len(manifest_raw)))
    out.write(manifest_raw)
    out.write(signature)
    while True:
        block = payload.read(1024 * 1024)
        if not block:
            break
        out.write(block)


# ------------------------------------------------------------------------------------ reading


@dataclass(frozen=True)
class Header:
    manifest: Manifest
    signature: bytes
    payload_offset: int
    file_size: int


def _read_exact(f: IO[bytes], n: int, what: str) -> bytes:
    data = f.read(n)
    if len(data) != n:
        reject("truncated", f"Paket terpotong ({what} tidak lengkap).")
    return data


def read_header(f: IO[bytes], known_schemas: frozenset[str]) -> Header:
    f.seek(0, os.SEEK_END)
    size = f.tell()
    f.seek(0)
    if size > MAX_PACKAGE:
        reject("oversized", "Berkas paket terlalu besar untuk diterima.")
    magic = f.read(len(MAGIC))
    if magic != MAGIC:
        if len(magic) < len(MAGIC) and MAGIC.startswith(magic) and magic:
            reject("truncated", "Paket terpotong (kepala berkas tidak lengkap).")
        reject("not_a_package", "Berkas ini bukan paket sinkronisasi Kinerja ASN.")
    (mlen,) = struct.unpack(">I", _read_exact(f, 4, "kepala"))
    if mlen > MAX_MANIFEST:
        reject("manifest_too_large", "Manifes paket terlalu besar.")
    raw = _read_exact(f, mlen, "manifes")
    manifest = parse_manifest(raw, known_schemas)
    signature = _read_exact(f, SIG_LEN, "tanda tangan")
    offset = len(MAGIC) + 4 + mlen + SIG_LEN
    if size < offset + manifest.payload_bytes:
        reject("truncated", "Paket terpotong (isi paket lebih pendek dari yang tercatat).")
    if size > offset + manifest.payload_bytes:
        reject("trailing_data", "Paket berisi data tambahan di belakang isi yang sah.")
    return Header(manifest, signature, offset, size)


def check_signature(header: Header, sign_pub: bytes) -> None:
    if not verify_signature(sign_pub, header.signature, SIG_CONTEXT + header.manifest.raw):
        reject("bad_signature", "Tanda tangan paket tidak sah: paket diubah atau bukan dari "
                                "pengirim yang tercatat.")


def hash_payload(f: IO[bytes], header: Header, copy_to: IO[bytes] | None = None) -> None:
    """Pass 1: check the payload bytes against the signed hash (copying the file if asked)."""
    f.seek(0)
    h = hashlib.sha256()
    pos = 0
    while True:
        block = f.read(1024 * 1024)
        if not block:
            break
        if copy_to is not None:
            copy_to.write(block)
        start = max(0, header.payload_offset - pos)
        if start < len(block):
            h.update(block[start:] if start else block)
        pos += len(block)
    if pos != header.file_size:
        reject("truncated", "Paket berubah ketika sedang dibaca.")
    if h.hexdigest() != header.manifest.payload_sha256:
        reject("payload_hash", "Isi paket tidak cocok dengan sidik yang ditandatangani: berkas "
                               "rusak atau diubah.")


class PayloadReader:
    """Pass 2: open the chunks and decompress, yielding plaintext blocks, with a bound on the
    output per input byte (decompression bombs) and on the total."""

    RATIO = 100
    FLOOR = 4 * 1024 * 1024
    MAX_TOTAL = 8 * 1024 * 1024 * 1024

    def __init__(self, f: IO[bytes], header: Header, key: bytes) -> None:
        self._f = f
        self._header = header
        self._aead = ChaCha20Poly1305(key)
        self._aad = header.manifest.package_id.encode("ascii")
        self._hash = hashlib.sha256()
        self.consumed = 0  # payload bytes read

    def _chunks(self) -> Iterator[bytes]:
        f = self._f
        end = self._header.manifest.payload_bytes
        f.seek(self._header.payload_offset)
        counter = 0
        final_seen = False
        while self.consumed < end:
            if final_seen:
                reject("trailing_data", "Paket berisi potongan data setelah potongan terakhir.")
            head = f.read(4)
            if len(head) != 4 or self.consumed + 4 > end:
                reject("truncated", "Paket terpotong (potongan data tidak lengkap).")
            (n,) = struct.unpack(">I", head)
            if n < TAG or n > MAX_CIPHER_CHUNK:
                reject("oversized", "Potongan data paket berukuran tidak sah.")
            if self.consumed + 4 + n > end:
                reject("truncated", "Paket terpotong (potongan data tidak lengkap).")
            sealed = f.read(n)
            if len(sealed) != n:
                reject("truncated", "Paket terpotong (potongan data tidak lengkap).")
            self._hash.update(head)
            self._hash.update(sealed)
            self.consumed += 4 + n
            final_seen = self.consumed == end
            try:
                yield self._aead.decrypt(_nonce(counter, final_seen), sealed, self._aad)
            except InvalidTag:
                if final_seen:
                    try:
                        self._aead.decrypt(_nonce(counter, False), sealed, self._aad)
                    except InvalidTag:
                        pass
                    else:
                        reject("payload_truncated", "Paket terpotong: potongan terakhir hilang.")
                reject("decrypt_failed", "Isi paket tidak dapat dibuka: rusak, diubah, atau "
                                         "bukan untuk instalasi ini.")
            counter += 1
        if not final_seen:
            reject("payload_truncated", "Paket terpotong: potongan terakhir hilang.")
        if self._hash.hexdigest() != self._header.manifest.payload_sha256:
            reject("payload_hash", "Isi paket berubah ketika sedang dibaca.")

    def blocks(self) -> Iterator[bytes]:
        z = zlib.decompressobj()
        compressed = 0
        produced = 0
        step = 1024 * 1024
        for chunk in self._chunks():
            compressed += len(chunk)
            data = chunk
            while data:
                try:
                    out = z.decompress(data, step)
                except zlib.error:
                    reject("decompress_error", "Isi paket tidak dapat diurai (kompresi rusak).")
                data = z.unconsumed_tail
                produced += len(out)
                if produced > min(self.MAX_TOTAL, self.FLOOR + self.RATIO * compressed):
                    reject("decompression_bomb", "Isi paket mengembang jauh melebihi batas "
                                                 "wajar (bom dekompresi); paket ditolak.")
                if out:
                    yield out
            if z.eof and z.unused_data:
                reject("decompress_error", "Isi paket berisi data setelah akhir kompresi.")
        if not z.eof:
            reject("decompress_error", "Isi paket tidak lengkap (kompresi terpotong).")
        tail = z.flush()
        if tail:
            yield tail
