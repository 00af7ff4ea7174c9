"""Backups made on purpose, and putting one back.

A data file put back from a backup reuses sequence numbers its peers have already acknowledged,
so a restore begins a new incarnation (sync/lineage.py): the peers then re-send what it lost,
and it receives back its own changes from between the backup and the restore that they hold.

A backup carries this installation's private keys too, so that a data file put onto a new PC
still signs, opens its packages and verifies its printed sheets. They sit in one small table of
the backup file itself (``kunci_cadangan``: one file to carry, never separated from its data),
sealed with ChaCha20-Poly1305 under a key derived by scrypt (n = 2^15, r = 8, p = 1, random
salt) from a passphrase the administrator sets (at least 10 characters). The public keys and
the node id are kept beside the sealed blob, in the clear, as its associated data, so a restore
can tell without the passphrase whether the keys in ``kunci/`` are already the right ones. The
table is dropped from the restored data file.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from asn_desktop.db.engine import copy_sqlite
from asn_desktop.errors import AsnError, NotFoundError, ValidationError
from asn_desktop.paths import Paths
from asn_desktop.services.workspace import Workspace, open_workspace
from asn_desktop.sync import lineage
from asn_desktop.sync.keys import (
    KeyPair,
    KeysMissing,
    has_keys,
    load_keys,
    pair_from_raw,
    raw_private_pair,
    write_keys,
)
from asn_desktop.sync.scope import raw

BEFORE_RESTORE = "sebelum-pulih"
SANDI_MIN = 10
KEY_TABLE = "kunci_cadangan"
KEY_FORMAT = "asn-kunci-cadangan-1"
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**15, 8, 1


class WrongPassphrase(AsnError):
    """The passphrase does not open the keys sealed in a backup."""


class PassphraseNeeded(ValidationError):
    """The restore must put keys back, and no passphrase was given."""


def check_sandi(sandi: str) -> str:
    if len(sandi) < SANDI_MIN:
        raise ValidationError(f"Kata sandi cadangan minimal {SANDI_MIN} karakter.", "sandi")
    return sandi


def _derive(sandi: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(sandi.encode("utf-8"))


@dataclass(frozen=True)
class _Sealed:
    node: str
    sign_pub: bytes
    box_pub: bytes
    n: int
    r: int
    p: int
    salt: bytes
    nonce: bytes
    blob: bytes

    def aad(self) -> bytes:
        return b"|".join((KEY_FORMAT.encode(), self.node.encode(), self.sign_pub, self.box_pub))


def _seal_keys(path: Path, node: str, pair: KeyPair, sandi: str) -> None:
    """Write the sealed keys into the backup file at ``path`` (not yet in place)."""
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    sign, box = raw_private_pair(pair)
    sealed = _Sealed(node, pair.sign_public, pair.box_public, _SCRYPT_N, _SCRYPT_R, _SCRYPT_P,
                     salt, nonce, b"")
    key = _derive(sandi, salt, _SCRYPT_N, _SCRYPT_R, _SCRYPT_P)
    blob = ChaCha20Poly1305(key).encrypt(nonce, sign + box, sealed.aad())
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        with conn:
            conn.execute(f"DROP TABLE IF EXISTS {KEY_TABLE}")
            conn.execute(f"CREATE TABLE {KEY_TABLE} (format TEXT NOT NULL, node_id TEXT NOT NULL, "
                         "sign_pub BLOB NOT NULL, box_pub BLOB NOT NULL, n INTEGER NOT NULL, "
                         "r INTEGER NOT NULL, p INTEGER NOT NULL, salt BLOB NOT NULL, "
                         "nonce BLOB NOT NULL, sealed BLOB NOT NULL)")
            conn.execute(f"INSERT INTO {KEY_TABLE} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (KEY_FORMAT, node, sealed.sign_pub, sealed.box_pub, sealed.n,
                          sealed.r, sealed.p, salt, nonce, blob))
    finally:
        conn.close()


def _sealed_keys(path: Path) -> _Sealed | None:
    """The sealed keys of a backup; None for a backup made before keys were included."""
    conn = _open_ro(path)
    try:
        try:
            row = conn.execute(f"SELECT format, node_id, sign_pub, box_pub, n, r, p, salt, "
                               f"nonce, sealed FROM {KEY_TABLE} LIMIT 1").fetchone()
        except sqlite3.OperationalError:
            return None
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
        raise ValidationError(f"Kunci dalam cadangan {path.name} rusak.", "file")
    return _Sealed(str(node), sign_pub, box_pub, n, r, p, salt, nonce, blob)


def _open_sealed(sealed: _Sealed, sandi: str, source: Path) -> KeyPair:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    key = _derive(sandi, sealed.salt, sealed.n, sealed.r, sealed.p)
    try:
        clear = ChaCha20Poly1305(key).decrypt(sealed.nonce, sealed.blob, sealed.aad())
    except (InvalidTag, ValueError) as exc:
        raise WrongPassphrase(f"Kata sandi cadangan {source.name} salah; tidak ada yang "
                              "diubah.") from exc
    pair = pair_from_raw(clear[:32], clear[32:64])
    if (pair.sign_public, pair.box_public) != (sealed.sign_pub, sealed.box_pub):
        raise ValidationError(f"Kunci dalam cadangan {source.name} rusak.", "file")
    return pair


def _keys_here_match(paths: Paths, sealed: _Sealed) -> bool:
    if not has_keys(paths.keys):
        return False
    try:
        pair = load_keys(paths.keys)
    except AsnError:
        return False  # a half or damaged pair: the backup's keys replace it
    return (pair.sign_public, pair.box_public) == (sealed.sign_pub, sealed.box_pub)


def needs_passphrase(paths: Paths, source: Path | str) -> bool:
    """Whether restoring ``source`` must put keys back (so asks for the backup's passphrase):
    the data folder has no keys, or not the backup's."""
    source = Path(source)
    if not source.is_file():
        raise NotFoundError(f"Berkas cadangan {source} tidak ditemukan.")
    _check_file(source)
    sealed = _sealed_keys(source)
    return sealed is not None and not _keys_here_match(paths, sealed)


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int

    @property
    def ringkasan(self) -> str:
        return f"Cadangan ditulis: {self.path} ({self.size / 1_048_576:.1f} MB)."


def backup(ws: Workspace, out: Path | str, sandi: str) -> BackupResult:
    """A consistent copy of the data file (while it is in use) with this installation's keys
    sealed under ``sandi``, written atomically."""
    check_sandi(sandi)
    pair = load_keys(ws.paths.keys)
    out = Path(out)
    if out.is_dir() or not out.suffix:
        out.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        out = out / f"kinerja-cadangan-{stamp}.sqlite"
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        ws.db.backup_to(tmp)
        _seal_keys(tmp, ws.info.node_id, pair, sandi)
        _check_file(tmp)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return BackupResult(out, out.stat().st_size)


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    nama: str
    perubahan_terakhir: int
    sebelumnya: Path | None  # the data file as it was, kept in cadangan/
    kunci_dipulihkan: bool = False  # the keys were put back into kunci/ from the backup

    @property
    def ringkasan(self) -> str:
        kept = f" Data sebelumnya disimpan di {self.sebelumnya}." if self.sebelumnya else ""
        if self.kunci_dipulihkan:
            kept += " Kunci instalasi dipulihkan dari cadangan."
        return (f"Ruang kerja '{self.nama}' dipulihkan dari {self.path} (perubahan terakhir "
                f"#{self.perubahan_terakhir}).{kept} Pada pertukaran paket berikutnya, "
                "instalasi lain mengirim ulang apa yang hilang dan menerima kembali apa yang "
                "belum mereka miliki.")


def _open_ro(path: Path, *, live: bool = False) -> sqlite3.Connection:
    """Read-only, leaving no -wal/-shm beside a backup (``immutable``); the live data file
    is read through its log."""
    flags = "mode=ro" if live else "mode=ro&immutable=1"
    try:
        return sqlite3.connect(f"file:{path}?{flags}", uri=True)
    except sqlite3.Error as exc:
        raise ValidationError(f"Berkas {path.name} tidak dapat dibuka.", "file") from exc


def _installation_of(path: Path, *, live: bool = False) -> tuple[str, str]:
    """(node id, name) of the installation a data file belongs to; refuses anything else."""
    conn = _open_ro(path, live=live)
    try:
        row = conn.execute("SELECT node_id, nama FROM installation LIMIT 1").fetchone()
    except sqlite3.DatabaseError as exc:
        raise ValidationError(f"Berkas {path.name} bukan cadangan data Kinerja ASN.",
                              "file") from exc
    finally:
        conn.close()
    if row is None:
        raise ValidationError(f"Berkas {path.name} tidak berisi ruang kerja.", "file")
    return str(row[0]), str(row[1])


def _check_file(path: Path) -> None:
    conn = _open_ro(path)
    try:
        ok = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise ValidationError(f"Berkas {path.name} bukan berkas data Kinerja ASN, atau rusak.",
                              "file") from exc
    finally:
        conn.close()
    if ok != "ok":
        raise ValidationError(f"Berkas {path.name} rusak ({ok}).", "file")


def restore(paths: Paths, source: Path | str, sandi: str | None = None) -> RestoreResult:
    """Put a backup of this installation back in place (the app must be closed elsewhere).
    The data file as it was is kept in ``cadangan/`` first. When the data folder has no keys,
    or not the backup's, the keys sealed in the backup are put back, opened with ``sandi``;
    every check (and the passphrase) passes before anything changes."""
    source = Path(source)
    if not source.is_file():
        raise NotFoundError(f"Berkas cadangan {source} tidak ditemukan.")
    _check_file(source)
    node, nama = _installation_of(source)
    if paths.database.exists():
        here, here_nama = _installation_of(paths.database, live=True)
        if here != node:
            raise AsnError(f"Cadangan {source.name} milik instalasi lain ('{nama}'), bukan "
                           f"'{here_nama}'; tidak dipulihkan.")
    sealed = _sealed_keys(source)
    pair: KeyPair | None = None
    if sealed is None:
        if not has_keys(paths.keys):
            raise KeysMissing(
                f"Cadangan {source.name} dibuat sebelum kunci ikut dicadangkan, dan folder "
                f"data tidak memiliki kunci ({paths.keys}); tidak dipulihkan. Salin kembali "
                "folder kunci/ dari komputer lama, atau hubungi BKPSDM.")
    elif not _keys_here_match(paths, sealed):
        if sealed.node != node:
            raise ValidationError(f"Kunci dalam cadangan {source.name} rusak.", "file")
        if not sandi:
            raise PassphraseNeeded(f"Memulihkan kunci dari cadangan {source.name} memerlukan "
                                   "kata sandi cadangannya.", "sandi")
        pair = _open_sealed(sealed, sandi, source)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    before: Path | None = None
    if paths.database.exists():
        paths.backups.mkdir(parents=True, exist_ok=True)
        before = paths.backups / f"{paths.database.stem}-{stamp}-{BEFORE_RESTORE}.sqlite"
        copy_sqlite(paths.database, before)
    paths.ensure()
    tmp = paths.database.with_name(paths.database.name + ".pulih")
    tmp.unlink(missing_ok=True)
    try:
        copy_sqlite(source, tmp)
        _drop_sealed(tmp)
        for suffix in ("-wal", "-shm"):  # a stale log would be replayed over the restored file
            Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, paths.database)
    finally:
        tmp.unlink(missing_ok=True)
    if pair is not None:
        if has_keys(paths.keys):  # another pair: kept aside, never lost
            paths.backups.mkdir(parents=True, exist_ok=True)
            os.replace(paths.keys, paths.backups / f"kunci-{stamp}-{BEFORE_RESTORE}")
        write_keys(paths.keys, pair)
    ws = open_workspace(paths)  # migrates an older backup first
    try:
        with ws.db.session() as s:
            d = raw(s)
            seq = lineage.max_seq(d)
            hlc = int(d.execute("SELECT COALESCE(MAX(hlc), 0) FROM change_log").fetchone()[0])
            lineage.begin(d, seq, hlc, ws.db.context.clock.now())
        return RestoreResult(source, ws.info.nama, seq, before, pair is not None)
    finally:
        ws.close()


def _drop_sealed(path: Path) -> None:
    """The live data file never holds the sealed keys (only backups do)."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute(f"DROP TABLE IF EXISTS {KEY_TABLE}")
    finally:
        conn.close()
