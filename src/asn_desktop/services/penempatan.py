"""Writing the placement history (``riwayat_penempatan``): one row per placement event, written
by the central in the same transaction as the change it records. The row keeps the placement as
it stood after the event (unit, jabatan, atasan), so the history reads on its own even after
later moves. Reading it is ``siklus_pegawai.riwayat_penempatan``."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from asn_desktop.db.base import new_id
from asn_desktop.db.models import Pegawai, RiwayatPenempatan
from asn_desktop.domain.siklus_pegawai import Peristiwa
from asn_desktop.services.authority import require_master
from asn_desktop.services.riwayat import clean, now_iso


def catat(s: Session, p: Pegawai, peristiwa: Peristiwa, *, tmt: date | None = None,
          catatan: str | None = None) -> RiwayatPenempatan:
    """Record one event of ``p`` with the placement it has now (central only)."""
    require_master(s)
    row = RiwayatPenempatan(**baris(p.id, p.unit_id, p.jabatan, p.atasan_id, peristiwa,
                                    tmt=tmt, catatan=catatan))
    s.add(row)
    s.flush()
    return row


def baris(pegawai_id: str, unit_id: str | None, jabatan: str | None, atasan_id: str | None,
          peristiwa: Peristiwa, *, tmt: date | None = None, catatan: str | None = None,
          waktu: str | None = None) -> dict[str, object]:
    """The column values of one history row, for ``catat`` or a bulk insert."""
    return {"id": new_id(), "pegawai_id": pegawai_id, "unit_id": unit_id, "jabatan": jabatan,
            "atasan_id": atasan_id, "tmt": tmt, "peristiwa": peristiwa.value,
            "catatan": clean(catatan), "waktu": waktu or now_iso(), "deleted": False}
