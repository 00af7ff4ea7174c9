"""Who may write what, carried by the transaction itself.

Every write goes through a session opened by :meth:`Workspace.session`, which binds the acting
:class:`Pelaku` (this installation and its operator) to the session. Service writes read it from
the session with :func:`pelaku`; a session without one (a bare ``db.session()``) cannot write
through a service at all, so a forgotten argument can no longer skip the check.

A unit installation writes appraisal data only for the employees placed in its unit subtree, and
never master data; the central may write everything. :data:`SISTEM` is the trusted internal actor
(the demo generator on a fresh data file, test fixtures); the GUI and the CLI never use it.

Personal accounts (a pejabat penilai approving as themself, an employee writing their own daily
log) extend :class:`Pelaku` with the person; the checks below stay the single place to ask.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from asn_desktop.db.models import Pegawai
from asn_desktop.errors import AsnError, NotFoundError, PermissionError_
from asn_desktop.services import orgs
from asn_desktop.teks import _

_KEY = "asn_desktop.pelaku"


@dataclass(frozen=True)
class InstallationInfo:
    node_id: str
    role: str
    nama: str
    unit_id: str | None

    @property
    def is_central(self) -> bool:
        return self.role == "central"


@dataclass(frozen=True)
class Pelaku:
    """The actor of one transaction: an installation (with its operator) or the system."""

    info: InstallationInfo | None  # None only for SISTEM
    operator: str | None = None

    @property
    def is_sistem(self) -> bool:
        return self.info is None

    @property
    def may_write_master(self) -> bool:
        return self.info is None or self.info.is_central


SISTEM = Pelaku(None)


def bind(s: Session, actor: Pelaku) -> None:
    """Attach the actor to a session (done by ``Workspace.session``)."""
    s.info[_KEY] = actor


def pelaku(s: Session) -> Pelaku:
    """The actor bound to this session; a write without one is a programming error."""
    actor = s.info.get(_KEY)
    if not isinstance(actor, Pelaku):
        raise AsnError(_("Transaksi ini tidak membawa identitas instalasi; perubahan ditolak."))
    return actor


def scope_unit_ids(s: Session) -> set[str] | None:
    """The units whose employees the session's actor may appraise; ``None`` means every unit."""
    return scope_of(s, pelaku(s).info)


def scope_of(s: Session, info: InstallationInfo | None) -> set[str] | None:
    """The units an installation may see and appraise (``None``: every unit)."""
    if info is None or info.is_central:
        return None
    if info.unit_id is None:
        return set()
    return orgs.subtree_ids(s, info.unit_id)


def require_master(s: Session) -> None:
    """Master data (units, employees, years, periods, settings) belongs to the central."""
    if not pelaku(s).may_write_master:
        raise PermissionError_(
            _("Data induk (unit, pegawai, tahun, periode, pengaturan) hanya dapat diubah oleh "
              "instalasi pusat (BKPSDM).")
        )


def require_unit_scope(s: Session, unit_id: str) -> None:
    """A unit installation may write appraisal data of its own subtree only."""
    scope = scope_unit_ids(s)
    if scope is not None and unit_id not in scope:
        raise PermissionError_(
            _("Unit tersebut berada di luar wilayah instalasi ini; datanya dikelola oleh unit "
              "lain atau oleh pusat.")
        )


def require_appraisal_scope(s: Session, pegawai_id: str) -> None:
    """Raise unless the session's actor may write appraisal data of the employee."""
    scope = scope_unit_ids(s)
    if scope is None:
        return
    p = s.get(Pegawai, pegawai_id)
    if p is None:
        raise NotFoundError(_("Pegawai tidak ditemukan."))
    if p.unit_id is None or p.unit_id not in scope:
        raise PermissionError_(
            _("Pegawai {nama} tidak ditempatkan di unit instalasi ini; data kinerjanya "
              "dikelola oleh unit tempat ia ditempatkan.").format(nama=p.nama)
        )
