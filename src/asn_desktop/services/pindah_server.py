"""Moving a central's data onto a PostgreSQL server, when a city that began with one PC and a
SQLite file grows to several staff working at once.

Every table is copied as it is (the change history, the installation with its node and
incarnation, peers, acknowledgements and conflicts included), so for its units the central is
the same installation with the same keys: nothing is re-sent, nothing starts over. The copy is
one transaction on the server and is checked before it commits: the same rows in every table
and the same fingerprint of the content. Only then is the data folder bound to the server; the
SQLite file is kept in ``cadangan/``."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, func, select, text

from asn_desktop.db.base import Base
from asn_desktop.db.capture import set_capture
from asn_desktop.db.engine import Database, open_database
from asn_desktop.errors import AsnError
from asn_desktop.paths import Paths
from asn_desktop.services.workspace import check_database_url, open_workspace
from asn_desktop.sync.fingerprint import fingerprint
from asn_desktop.sync.sql import wrap
from asn_desktop.teks import _

BATCH = 5000
MOVED = "dipindah-ke-server"
# this installation's own switch row, made by each database's schema
_NOT_COPIED = frozenset({"capture_switch"})


@dataclass(frozen=True)
class MoveResult:
    url: str
    baris: int
    sidik: str
    berkas_lama: Path

    @property
    def ringkasan(self) -> str:
        return _("Data pusat dipindah ke {url}: {baris} baris, sidik {sidik}. Berkas SQLite "
                 "lama disimpan di {berkas}. Semua perintah dan aplikasi pada folder data ini "
                 "kini memakai server itu.").format(url=self.url, baris=self.baris,
                                                    sidik=self.sidik[:16], berkas=self.berkas_lama)


def _tables() -> list[Table]:
    from asn_desktop.db import models  # noqa: F401  (registers every table)

    return [t for t in Base.metadata.sorted_tables if t.name not in _NOT_COPIED]


def _batches(conn: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    order = list(table.primary_key.columns)
    # read as it goes from a SQLite file; a PostgreSQL source (a server's central copied into
    # a file) is read whole per table by the driver
    result = conn.execute(select(table).order_by(*order))
    for part in result.mappings().partitions(BATCH):
        yield [dict(r) for r in part]


def _counts(conn: Connection) -> dict[str, int]:
    return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
            for t in _tables()}


def _follow_sequences(conn: Connection) -> None:
    """PostgreSQL's sequences behind integer keys (change_log.seq, sync_conflict.id) go on
    after the copied rows; the server's clock after the copied stamps."""
    if conn.dialect.name != "postgresql":
        return
    for table in _tables():
        for col in table.primary_key.columns:
            seq = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                               {"t": table.name, "c": col.name}).scalar()
            if seq is not None:
                conn.execute(text(f'SELECT setval(:s, COALESCE((SELECT MAX("{col.name}") '
                                  f'FROM "{table.name}"), 0) + 1, false)'), {"s": seq})
    last = conn.execute(text("SELECT COALESCE(MAX(hlc), 0) FROM change_log")).scalar_one()
    conn.execute(text("SELECT asn_hlc_advance(:h)"), {"h": int(last)})


def copy_content(source: Database, target: Database) -> tuple[int, str]:
    """Every row of ``source`` into the empty ``target``, in one transaction of the target,
    checked before it commits; (rows copied, fingerprint)."""
    inst = source.load_installation()
    if inst is None:
        raise AsnError(_("Ruang kerja belum disiapkan. Jalankan 'asn-desktop init'."))
    target.context.node_id = inst.node_id
    with source.engine.connect() as src, target.engine.begin() as dst:
        if dst.execute(select(func.count()).select_from(
                Base.metadata.tables["installation"])).scalar_one():
            raise AsnError(_("Basis data tujuan sudah berisi ruang kerja; pindahkan hanya ke "
                             "basis data yang kosong."))
        set_capture(dst, False)  # a copy, not new changes: the history comes as it is
        total = 0
        for table in _tables():
            for rows in _batches(src, table):
                dst.execute(table.insert(), rows)
                total += len(rows)
        _follow_sequences(dst)
        set_capture(dst, True)
        want = fingerprint(wrap(src.connection.driver_connection))
        got = fingerprint(wrap(dst.connection.driver_connection))
        if _counts(src) != _counts(dst) or want != got:
            raise AsnError(_("Salinan di basis data tujuan tidak sama dengan aslinya; tidak "
                             "ada yang dipindah."))
    target.analyze()
    return total, got


def move_to_server(paths: Paths, url: str) -> MoveResult:
    """Move the central in ``paths`` from its SQLite file onto the server at ``url`` (an
    empty database); the app must be closed elsewhere. The file is locked against writers
    for the whole move, so nothing written meanwhile can miss the copy."""
    from asn_desktop.services.cadangan_pg import live_installation

    if paths.database_url.exists():
        raise AsnError(_("Data pusat ini sudah disimpan di server PostgreSQL."))
    url = check_database_url(url)
    ws = open_workspace(paths)  # migrated first: the server's schema is the newest
    try:
        if ws.info.role != "central":
            raise AsnError(_("Hanya data pusat yang dapat dipindah ke server PostgreSQL; "
                             "unit tetap memakai berkas SQLite."))
        if live_installation(url) is not None:  # before anything is created there
            raise AsnError(_("Basis data tujuan sudah berisi ruang kerja; pindahkan hanya ke "
                             "basis data yang kosong."))
        writers = sqlite3.connect(paths.database, timeout=10)
        try:
            writers.execute("BEGIN IMMEDIATE")  # other writers wait; reads go on
            target = open_database(paths.database, url=url, backup_dir=paths.backups)
            try:
                total, sidik = copy_content(ws.db, target)
            finally:
                target.close()
            # bound to the server while no one can write the file: from here on the folder
            # opens the server's copy
            paths.database_url.write_text(url + "\n", encoding="utf-8")
        finally:
            writers.close()
    finally:
        ws.close()
    paths.backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = paths.backups / f"{paths.database.stem}-{stamp}-{MOVED}.sqlite"
    os.replace(paths.database, kept)
    for suffix in ("-wal", "-shm"):  # kept with it: the log may hold its last transactions
        side = Path(f"{paths.database}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{kept}{suffix}"))
    return MoveResult(url, total, sidik, kept)
