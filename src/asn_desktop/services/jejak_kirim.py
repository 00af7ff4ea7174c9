"""What this data file has sent, kept outside it: in the data folder (``jejak-kirim.json``)
and in this user's own folder on the computer (``paths.state_dir()/jejak-kirim/NODE.json``).

A data file put back by hand from an older copy (the file manager, not the restore command)
reuses sequence numbers its peers already hold. Its peer notices when the copy's count is
below what it confirmed (sync/importer.py), but not once the copy has written as many changes
as it lost: the peer then takes the new changes for ones it has, and the unit's sent work held
there is never given back. So each export records the incarnation and the greatest sequence
number sent, and opening the file compares: a file below what it had sent, or of an
incarnation older than the one recorded, went back in time and begins a new incarnation before
it writes anything, as a restore does (sync/lineage.py).

The record in the data folder catches the data file put back alone; the one outside it, the
whole folder put back on the same computer. A folder put back on another computer, or after
the user's own folder was wiped, goes unnoticed as before. On a PostgreSQL server there is no
file to put back.
"""

from __future__ import annotations

import json
import logging
import os
import re
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
PESAN = N_("Berkas data ini lebih lama daripada paket yang sudah dikirim darinya (berkas lama "
           "disalin kembali?). Ia kini dianggap dipulihkan dari cadangan: sinkronisasi berikutnya "
           "mengembalikan pekerjaan yang sudah terkirim, tanpa --full.")
_NODE = re.compile(r"[0-9a-f]{32}")


def places(paths: Paths, node: str) -> list[Path]:
    """Where the record of installation ``node`` is kept (the second only for a node id that
    is one: it names a file)."""
    out = [paths.data_dir / NAMA_BERKAS]
    if _NODE.fullmatch(node):
        out.append(state_dir() / "jejak-kirim" / f"{node}.json")
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
    except Exception:
        log.warning("Catatan paket terkirim tidak dapat dibaca dari basis data", exc_info=True)
        return
    if who is None or not who[1] or not sent:
        return
    data = {"node": who[0], "lineage": who[1][-lineage.MAX_KEPT:], "sent": sent}
    for target in places(ws.paths, who[0]):
        if _read(target) == data:
            continue
        try:
            target.parent.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
            tmp = target.with_name(target.name + ".baru")
            tmp.write_text(json.dumps(data), encoding="utf-8")
            os.replace(tmp, target)
        except OSError:
            log.warning("Catatan paket terkirim %s tidak dapat ditulis", target, exc_info=True)


def _read(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
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
        if not any(_went_back(r, who[0], who[1], seq) for r in seen):
            return False
        hlc = int(d.execute("SELECT COALESCE(MAX(hlc), 0) FROM change_log").fetchone()[0])
        lineage.begin(d, seq, hlc, db.context.clock.now())
    log.warning("Berkas data %s lebih lama daripada paket yang sudah dikirimnya (sampai "
                "perubahan %s, kini %s): dimulai sebagai hasil pemulihan", paths.database,
                max(r["sent"] for r in seen), seq)
    return True
