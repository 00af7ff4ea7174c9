"""Who may write what: a unit installation writes appraisal data only for the employees placed in
its unit subtree, and never master data; the central may write everything.

Write services take ``info: InstallationInfo | None``. ``None`` means a trusted internal caller
(the demo generator, tests, a merge); the GUI and the CLI always pass ``ws.info``.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from asn_desktop.db.models import Pegawai
from asn_desktop.errors import NotFoundError, PermissionError_
from asn_desktop.services import orgs
from asn_desktop.services.workspace import InstallationInfo


def scope_unit_ids(s: Session, info: InstallationInfo | None) -> set[str] | None:
    """The units whose employees this installation may appraise; ``None`` means every unit."""
    if info is None or info.is_central:
        return None
    if info.unit_id is None:
        return set()
    return orgs.subtree_ids(s, info.unit_id)


def require_master(info: InstallationInfo | None) -> None:
    """Master data (units, employees, years, periods, settings) belongs to the central."""
    if info is not None and not info.is_central:
        raise PermissionError_(
            "Data induk (unit, pegawai, tahun, periode, pengaturan) hanya dapat diubah oleh "
            "instalasi pusat (BKPSDM)."
        )


def require_unit_scope(s: Session, info: InstallationInfo | None, unit_id: str) -> None:
    """A unit installation may write appraisal data of its own subtree only."""
    scope = scope_unit_ids(s, info)
    if scope is not None and unit_id not in scope:
        raise PermissionError_(
            "Unit tersebut berada di luar wilayah instalasi ini; datanya dikelola oleh unit "
            "lain atau oleh pusat."
        )


def require_appraisal_scope(s: Session, info: InstallationInfo | None, pegawai_id: str) -> None:
    """Raise unless this installation may write appraisal data of the employee."""
    if info is None or info.is_central:
        return
    p = s.get(Pegawai, pegawai_id)
    if p is None:
        raise NotFoundError("Pegawai tidak ditemukan.")
    scope = scope_unit_ids(s, info) or set()
    if p.unit_id is None or p.unit_id not in scope:
        raise PermissionError_(
            f"Pegawai {p.nama} tidak ditempatkan di unit instalasi ini; data kinerjanya "
            "dikelola oleh unit tempat ia ditempatkan."
        )
