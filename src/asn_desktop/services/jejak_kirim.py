"""What this data file has sent, kept outside it: in the data folder (``jejak-kirim.json``)
and in this user's own folder on the computer (``paths.state_dir()/jejak-kirim/NODE.json``).

A data file put back by hand from an older copy (the file manager, not the restore command)
reuses sequence numbers its peers already hold. Its peer notices when the copy's count is
below what it confirmed (sync/importer.py), but not once the copy has written as many changes
as it lost: the peer then takes the new changes for ones it has, and the unit's sent work held
there is never given back. So each export records the incarnation and the greatest sequence
number sent, and opening the file compares: a file below what it had sent, or of an
incarnation older than the one recorded, went back in time and begins a new incarnation before
it writes anything (sync/lineage.py).

Unlike a restore, whose backup is untouched, such a copy may have been written elsewhere since
it was taken, so no sequence number of it is known to be shared with what its peers hold: the
new incarnation shares nothing (``seq`` 0, the clock window from 0), and every peer's
confirmation is forgotten. Its next packages offer all its own changes again, and its peers
give back all of them they hold: more to exchange once, nothing lost.

The record in the data folder catches the data file put back alone; the one outside it (one
per installation and data folder), the whole folder put back in place on the same computer. A
folder put back elsewhere, or after the user's own folder was wiped, goes unnoticed as before.
On a PostgreSQL server there is no file to put back.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from asn_desktop.paths import PRIVATE_DIR, state_dir
from asn_desktop.sync import lineage
from asn_desktop.teks import N_

if TYPE_CHECKING:
    import sqlite3

    from asn_desktop.db.engine import Database
    from asn_desktop.paths import Paths
    from asn_desktop.services.workspace import Workspace

log = logging.getLogger(__name__)

NAMA_BERKAS = "jejak-kirim.json"
PESAN = N_("Berkas data ini lebih lama daripada yang terakhir dikirim dari komputer ini (salinan "
           "lama yang dikembalikan?). Berkas ini kini diperlakukan seperti hasil pemulihan: pada "
           "sinkronisasi berikutnya semua perubahannya dikirim ulang dan pekerjaan yang sudah "
           "terkirim diterima kembali. Cukup lakukan sinkronisasi seperti biasa.")
_BATAS_BACA = 64 * 1024  # a record is a few hundred bytes
_NODE = re.compile(r"[0-9a-f]{32}")


def places(paths: Paths, node: str) -> list[Path]:
    """Where the record of installation ``node`` in this data folder is kept. The one outside
    it is the folder's own (a copy opened elsewhere on purpose has another), and only for a
    node id that is one (it names a file)."""
    out = [paths.data_dir / NAMA_BERKAS]
    if _NODE.fullmatch(node):
        folder = hashlib.sha256(str(paths.data_dir.absolute()).encode()).hexdigest()[:16]
        out.append(state_dir() / "jejak-kirim" / f"{node}-{folder}.json")
    return out


def _installation(d: sqlite3.Connection) -> tuple[str, list[str]] | None:
    row = d.execute("SELECT node_id, lineage FROM installation LIMIT 1").fetchone()
    if row is None:
        return None
    return str(row[0]), [x.inc for x in lineage.parse(row[1])]


def record(ws: Workspace) -> None:
    """Write down what this data file has sent (after an export; on close). A failure to
    write it is logged, never raised: the export itself succeeded."""
    if ws.db.is_postgresql:
        return
    from asn_desktop.sync.scope import raw

    try:
        with ws.db.Session() as s:
            d = raw(s)
            who = _installation(d)
            sent = int(d.execute("SELECT COALESCE(MAX(to_seq), 0) FROM sync_sent")
                       .fetchone()[0])
    except Exception:  # a missing record only loses the check (logged)
        log.warning("Catatan paket terkirim tidak dapat dibaca dari basis data", exc_info=True)
        return
    if who is None or not who[1] or not sent:
        return
    data = {"node": who[0], "lineage": who[1][-lineage.MAX_KEPT:], "sent": sent}
    for target in places(ws.paths, who[0]):
        if _read(target) == data:
            continue
        try:
            _write(target, json.dumps(data))
        except OSError:
            log.warning("Catatan paket terkirim %s tidak dapat ditulis", target, exc_info=True)


def _write(target: Path, text: str) -> None:
    """``text`` into ``target`` whole or not at all, through a new file of its own (never one
    already there, nor where a link points)."""
    target.parent.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".jejak-", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(name, target)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def _read(path: Path) -> dict[str, Any] | None:
    """The record at ``path``; None when there is none, or what is there is not one (a
    folder, a pipe, a damaged or hostile file: ignored, logged)."""
    try:
        if not path.exists():
            return None
        if not path.is_file() or path.stat().st_size > _BATAS_BACA:
            raise ValueError("bukan berkas catatan")
        data = json.loads(path.read_text(encoding="utf-8"))
    except Exception:  # whatever is there, opening the data goes on
        log.warning("Catatan paket terkirim %s tidak terbaca; diabaikan", path, exc_info=True)
        return None
    if (not isinstance(data, dict) or not isinstance(data.get("node"), str)
            or not isinstance(data.get("sent"), int)
            or not isinstance(data.get("lineage"), list)
            or not all(isinstance(x, str) for x in data["lineage"])):
        return None
    return data


def _went_back(seen: dict[str, Any], node: str, chain: list[str], seq: int) -> bool:
    if seen["node"] != node or not seen["lineage"] or not chain:
        return False
    here = chain[-1]
    if here == seen["lineage"][-1]:
        return seq < int(seen["sent"])
    return bool(here in seen["lineage"][:-1])  # else a newer incarnation, or one never recorded


def check(paths: Paths, db: Database, node: str) -> bool:
    """At open: whether this data file (of installation ``node``) went back in time since it
    last sent (then a new incarnation begins, committed here). Nothing recorded, or another
    installation's record: nothing to compare."""
    if db.is_postgresql:
        return False
    seen = [r for r in map(_read, places(paths, node)) if r is not None and r["node"] == node]
    if not seen:
        return False
    from asn_desktop.sync.scope import raw

    with db.session() as s:
        d = raw(s)
        who = _installation(d)
        if who is None:
            return False
        seq = lineage.max_seq(d)
        fired = [r for r in seen if _went_back(r, who[0], who[1], seq)]
        if not fired:
            return False
        lineage.begin(d, 0, 0, db.context.clock.now())  # nothing known to be shared (above)
        d.execute("UPDATE sync_peer SET acked_seq = 0")
    log.info("Berkas data %s lebih lama daripada catatan kirimnya (%s: sampai perubahan %s, "
             "kini %s); dimulai sebagai hasil pemulihan", paths.database,
             ", ".join(r["lineage"][-1][:8] for r in fired), fired[0]["sent"], seq)
    return True
