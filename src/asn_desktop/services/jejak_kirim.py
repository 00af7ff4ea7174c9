"""What this data file has sent, kept beside it in the data folder (``jejak-kirim.json``).

A data file put back by hand from an older copy (the file manager, not the restore command)
reuses sequence numbers its peers already hold. Its peer notices when the copy's count is
below what it confirmed (sync/importer.py), but not once the copy has written as many changes
as it lost: the peer then takes the new changes for ones it has, and the unit's sent work held
there is never given back. So each export records here the incarnation and the greatest
sequence number sent, and opening the file compares: a file below what it had sent, or of an
incarnation older than the one recorded, went back in time and begins a new incarnation before
it writes anything, as a restore does (sync/lineage.py).

A copy of the whole folder, this record with it, goes back unnoticed as before. On a
PostgreSQL server there is no file to put back (cadangan_pg restores say so themselves).
"""

from __future__ import annotations

import json
import logging
import os
from typing import TYPE_CHECKING, Any

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
        if who is None or not who[1] or not sent:
            return
        data = {"node": who[0], "lineage": who[1][-lineage.MAX_KEPT:], "sent": sent}
        target = ws.paths.data_dir / NAMA_BERKAS
        if _read(target) == data:
            return
        tmp = target.with_name(target.name + ".baru")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, target)
    except Exception:
        log.warning("Catatan paket terkirim tidak dapat ditulis", exc_info=True)


def _read(path: Any) -> dict[str, Any] | None:
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


def check(paths: Paths, db: Database) -> bool:
    """At open: whether this data file went back in time since it last sent (then a new
    incarnation begins, committed here). Nothing recorded, or another installation's record:
    nothing to compare."""
    if db.is_postgresql:
        return False
    seen = _read(paths.data_dir / NAMA_BERKAS)
    if seen is None or not seen["lineage"]:
        return False
    from asn_desktop.sync.scope import raw

    with db.session() as s:
        d = raw(s)
        who = _installation(d)
        if who is None or who[0] != seen["node"] or not who[1]:
            return False
        here = who[1][-1]
        if here == seen["lineage"][-1]:
            if lineage.max_seq(d) >= seen["sent"]:
                return False
        elif here not in seen["lineage"][:-1]:
            return False  # a newer incarnation (a restore since), or one never recorded
        seq = lineage.max_seq(d)
        hlc = int(d.execute("SELECT COALESCE(MAX(hlc), 0) FROM change_log").fetchone()[0])
        lineage.begin(d, seq, hlc, db.context.clock.now())
    log.warning("Berkas data %s lebih lama daripada paket yang sudah dikirimnya (sampai "
                "perubahan %s, kini %s): dimulai sebagai hasil pemulihan", paths.database,
                seen["sent"], seq)
    return True
