"""Backups of a central kept on a PostgreSQL server.

The backup is the same kind of file as a SQLite installation's (services/cadangan.py): one
SQLite file that carries the sealed keys. Where a SQLite backup holds the data file itself, this
one holds a ``pg_dump`` of the central's database (custom format, one snapshot taken while
others keep working) in chunks, with its checksum, and the installation it belongs to. Putting
it back runs ``pg_restore`` in one transaction, so a failed restore changes nothing.

A dump is SQL the server runs, so the installation signs its checksum when it writes the
backup, and a restore runs only a dump signed by the keys the folder will hold afterwards (its
own, or the backup's opened with the passphrase): a file made elsewhere is refused."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from asn_desktop.db import pg_engine
from asn_desktop.db.engine import read_only_uri
from asn_desktop.db.pg_value import decode
from asn_desktop.errors import AsnError, ValidationError
from asn_desktop.sync.keys import KeyPair, verify_signature
from asn_desktop.teks import _

FORMAT = "asn-cadangan-postgresql-1"
META_TABLE = "pg_cadangan"
PART_TABLE = "pg_cadangan_isi"
CHUNK = 8 * 1024 * 1024
# a restore waits this long for staff still connected to let go of a table, then gives up
LOCK_TIMEOUT_MS = 60_000


@dataclass(frozen=True)
class Installation:
    node: str
    nama: str
    role: str


def is_envelope(path: Path) -> bool:
    from asn_desktop.services.kunci_cadangan import backup_has_table

    return backup_has_table(path, META_TABLE)


def _signed_text(node: str, sha256: str) -> bytes:
    return f"{FORMAT}|{node}|{sha256}".encode()


def write_envelope(dump: Path, out: Path, inst: Installation, signer: KeyPair) -> None:
    """The backup file at ``out`` (not yet in place) holding ``dump``, signed by ``signer``."""
    digest = hashlib.sha256()
    conn = sqlite3.connect(out)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        with conn:
            conn.execute(f"CREATE TABLE {META_TABLE} (format TEXT NOT NULL, dibuat TEXT NOT NULL, "
                         "ukuran INTEGER NOT NULL, bagian INTEGER NOT NULL, "
                         "sha256 TEXT NOT NULL, penanda BLOB NOT NULL, "
                         "tanda_tangan BLOB NOT NULL)")
            conn.execute(f"CREATE TABLE {PART_TABLE} (n INTEGER PRIMARY KEY, data BLOB NOT NULL)")
            # the same columns the keys' checks read from a SQLite backup
            conn.execute("CREATE TABLE installation (node_id TEXT NOT NULL, nama TEXT NOT NULL, "
                         "role TEXT NOT NULL)")
            conn.execute("INSERT INTO installation VALUES (?, ?, ?)",
                         (inst.node, inst.nama, inst.role))
            n = 0
            with dump.open("rb") as f:
                while chunk := f.read(CHUNK):
                    digest.update(chunk)
                    conn.execute(f"INSERT INTO {PART_TABLE} VALUES (?, ?)", (n, chunk))
                    n += 1
            sha = digest.hexdigest()
            conn.execute(f"INSERT INTO {META_TABLE} VALUES (?, ?, ?, ?, ?, ?, ?)",
                         (FORMAT, datetime.now().isoformat(timespec="seconds"),
                          dump.stat().st_size, n, sha, signer.sign_public,
                          signer.sign.sign(_signed_text(inst.node, sha))))
    finally:
        conn.close()


def _damaged(path: Path) -> ValidationError:
    return ValidationError(_("Berkas cadangan {nama} rusak atau tidak lengkap.").format(
        nama=path.name), "file")


def envelope_installation(path: Path) -> Installation:
    conn = sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
    try:
        row = conn.execute("SELECT node_id, nama, role FROM installation").fetchone()
    except sqlite3.DatabaseError as exc:
        raise _damaged(path) from exc
    finally:
        conn.close()
    if row is None or not all(isinstance(x, str) for x in row):
        raise _damaged(path)
    return Installation(*row)


def extract_dump(path: Path, target: Path, node: str, trusted: KeyPair) -> None:
    """The dump inside the backup, written to ``target``, checked against its checksum and
    its signature by ``trusted`` (current or earlier signing key of the installation)."""
    conn = sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
    try:
        meta = conn.execute(f"SELECT format, ukuran, bagian, sha256, penanda, tanda_tangan "
                            f"FROM {META_TABLE}").fetchone()
        if meta is None or meta[0] != FORMAT:
            raise _damaged(path)
        _fmt, size, parts, expected, signer, signature = meta
        if (not isinstance(signer, bytes) or not isinstance(signature, bytes)
                or signer not in (trusted.sign_public, *trusted.retired_sign)
                or not verify_signature(signer, signature, _signed_text(node, str(expected)))):
            raise ValidationError(_("Cadangan {nama} tidak ditandatangani oleh instalasi ini; "
                                    "tidak dipulihkan.").format(nama=path.name), "file")
        digest, count = hashlib.sha256(), 0
        with target.open("wb") as out:
            for n, data in conn.execute(f"SELECT n, data FROM {PART_TABLE} ORDER BY n"):
                if n != count or not isinstance(data, bytes):
                    raise _damaged(path)
                digest.update(data)
                out.write(data)
                count += 1
    except sqlite3.DatabaseError as exc:
        raise _damaged(path) from exc
    finally:
        conn.close()
    if count != parts or target.stat().st_size != size or digest.hexdigest() != expected:
        raise _damaged(path)


def _unescape_copy(field: str) -> str:
    """A field of COPY's text format (backslash escapes)."""
    out, i = [], 0
    table = {"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "\\": "\\"}
    while i < len(field):
        ch = field[i]
        if ch == "\\" and i + 1 < len(field):
            out.append(table.get(field[i + 1], field[i + 1]))
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _dump_rows(dump: Path, source: Path, table: str) -> list[dict[str, str | None]]:
    """The rows of one table in the dump (COPY's text format), read with ``pg_restore``
    (which also proves the dump readable)."""
    done = subprocess.run([pg_engine.pg_tool("pg_restore"), "--data-only", f"--table={table}",
                           "--file=-", str(dump)],
                          capture_output=True, text=True, encoding="utf-8", errors="replace",
                          check=False)
    if done.returncode != 0:
        raise _damaged(source)
    lines = done.stdout.split("\n")  # COPY escapes newlines in values; nothing else splits
    for i, line in enumerate(lines):
        if line.startswith("COPY ") and " FROM stdin" in line:
            columns = [c.strip().strip('"') for c in
                       line[line.index("(") + 1:line.index(")")].split(",")]
            rows: list[dict[str, str | None]] = []
            for data in lines[i + 1:]:
                if data == "\\.":
                    return rows
                rows.append({c: None if v == "\\N" else _unescape_copy(v)
                             for c, v in zip(columns, data.split("\t"), strict=False)})
    raise _damaged(source)


def dump_installation(dump: Path, source: Path) -> Installation:
    """The installation the dump itself holds (what a restore would put back)."""
    rows = _dump_rows(dump, source, "installation")
    if len(rows) != 1 or not all(rows[0].get(k) for k in ("node_id", "nama", "role")):
        raise _damaged(source)
    row = rows[0]
    return Installation(str(row["node_id"]), str(row["nama"]), str(row["role"]))


def dump_revision(dump: Path, source: Path) -> str:
    """The schema revision of the dumped database (Alembic's table)."""
    rows = _dump_rows(dump, source, "alembic_version")
    if len(rows) != 1 or not rows[0].get("version_num"):
        raise _damaged(source)
    return str(rows[0]["version_num"])


def _live(url: str, query: Callable[[Any], Any]) -> Any:
    """``query(connection)`` on the server's database, its errors said in one line."""
    import psycopg

    try:
        with psycopg.connect(pg_engine.libpq_url(url), connect_timeout=15) as conn:
            return query(conn)
    except psycopg.Error as exc:
        raise AsnError(_("Server PostgreSQL tidak dapat dihubungi: {pesan}").format(
            pesan=str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__)
        ) from exc


def live_installation(url: str) -> Installation | None:
    """The installation in the server's database now; None when it holds none yet (a new,
    empty database on a new server)."""

    def read(conn: Any) -> Any:
        found = conn.execute("SELECT to_regclass('installation')").fetchone()
        if found is None or found[0] is None:
            return None
        return conn.execute("SELECT node_id, nama, role FROM installation LIMIT 1").fetchone()

    row = _live(url, read)
    return None if row is None else Installation(str(row[0]), str(row[1]), str(row[2]))


@dataclass(frozen=True)
class LiveCentral:
    """What a further staff PC checks of the central on the server before joining it."""

    revision: str | None  # the schema's
    certificates: tuple[bytes, ...]  # the central's own PDF-signing ones, newest first


def live_central(url: str, node: str) -> LiveCentral:
    def read(conn: Any) -> LiveCentral:
        rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        certs = conn.execute("SELECT der FROM sertifikat_pdf WHERE node_id = %s AND dicabut "
                             "IS NULL ORDER BY diterbitkan DESC, serial DESC", (node,)).fetchall()
        return LiveCentral(str(rev[0]) if rev else None,
                           tuple(d for (c,) in certs if isinstance(d := decode(c), bytes)))

    result: LiveCentral = _live(url, read)
    return result


def restore_dump(url: str, dump: Path) -> None:
    """Replace the database's content with the dump's, all or nothing. The dump's grants come
    back with it (staff roles keep their rights on the same server; on a new server, create the
    roles first: docs/DEPLOYMENT.md)."""
    env = dict(os.environ)
    env["PGOPTIONS"] = (env.get("PGOPTIONS", "") + f" -c lock_timeout={LOCK_TIMEOUT_MS}").strip()
    done = subprocess.run([pg_engine.pg_tool("pg_restore"), "--clean", "--if-exists",
                           "--no-owner", "--single-transaction", "--exit-on-error",
                           "--dbname", pg_engine.libpq_url(url), str(dump)],
                          capture_output=True, text=True, encoding="utf-8", errors="replace",
                          env=env, check=False)
    if done.returncode != 0:
        err = done.stderr.strip()
        if "lock timeout" in err or "55P03" in err:
            raise AsnError(_("Basis data pusat masih dipakai staf lain; minta semua menutup "
                             "aplikasi lalu ulangi. Tidak ada yang diubah."))
        detail = next((line.strip() for line in err.splitlines() if "error" in line.lower()),
                      err.splitlines()[-1] if err else "pg_restore gagal")
        raise AsnError(_("Pemulihan ke server PostgreSQL gagal; tidak ada yang diubah: "
                         "{pesan}").format(pesan=detail[:300]))
