"""Organisation units: listing, the tree, and the subtree a unit installation serves."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.db.models import OrgUnit
from asn_desktop.domain.dates import format_tanggal
from asn_desktop.domain.unit_kerja import LABEL_JENIS_UNIT
from asn_desktop.errors import NotFoundError
from asn_desktop.teks import _

# jenis -> label, from the domain's one list
JENIS_UNIT: dict[str, str] = {j.value: label for j, label in LABEL_JENIS_UNIT.items()}


@dataclass(frozen=True)
class UnitRow:
    id: str
    kode: str
    nama: str
    jenis: str
    parent_id: str | None
    depth: int
    ditutup: date | None = None  # closed from this date (history kept, no new placements)


def list_units(s: Session, root_id: str | None = None, *,
               termasuk_ditutup: bool = True) -> list[UnitRow]:
    """Live units in tree order (parents before children, siblings by urutan then name).

    Closed units are listed by default: their history is still read, filtered and printed.
    Choices for a new placement or an invitation pass ``termasuk_ditutup=False``, which also
    leaves out whatever lies below a closed unit."""
    units = s.execute(
        select(OrgUnit.id, OrgUnit.kode, OrgUnit.nama, OrgUnit.jenis, OrgUnit.parent_id,
               OrgUnit.ditutup)
        .where(OrgUnit.deleted.is_(False))
        .order_by(OrgUnit.urutan, OrgUnit.nama)
    ).all()
    children: dict[str | None, list[UnitRow]] = {}
    ids = {u.id for u in units}
    for u in units:
        parent = u.parent_id if u.parent_id in ids else None
        children.setdefault(parent, []).append(
            UnitRow(u.id, u.kode, u.nama, u.jenis, u.parent_id, 0, u.ditutup))
    out: list[UnitRow] = []

    def walk(parent: str | None, depth: int) -> None:
        for row in children.get(parent, []):
            if row.ditutup is not None and not termasuk_ditutup:
                continue
            out.append(replace(row, depth=depth))
            walk(row.id, depth + 1)

    if root_id is None:
        walk(None, 0)
    else:
        root = s.get(OrgUnit, root_id)
        if root is None or root.deleted:
            raise NotFoundError(_("Unit tidak ditemukan."))
        if root.ditutup is not None and not termasuk_ditutup:
            return []
        out.append(UnitRow(root.id, root.kode, root.nama, root.jenis, root.parent_id, 0,
                           root.ditutup))
        walk(root.id, 1)
    return out


def pesan_unit_ditutup(nama: str, kode: str, ditutup: date) -> str:
    """Why a closed unit takes no new placement (the form, mutasi and the roster import)."""
    return _("{nama} ({kode}) sudah ditutup sejak {tanggal} dan tidak menerima penempatan "
             "baru; pilih unit yang masih aktif.").format(
        nama=nama, kode=kode, tanggal=format_tanggal(ditutup))


def subtree_ids(s: Session, root_id: str) -> set[str]:
    """The unit and every unit below it (deleted ones included: their data still belongs)."""
    rows = s.execute(select(OrgUnit.id, OrgUnit.parent_id)).all()
    kids: dict[str | None, list[str]] = {}
    for uid, pid in rows:
        kids.setdefault(pid, []).append(uid)
    found = {root_id}
    stack = [root_id]
    while stack:
        for child in kids.get(stack.pop(), []):
            if child not in found:
                found.add(child)
                stack.append(child)
    return found


def unit_by_kode(s: Session, kode: str) -> OrgUnit:
    unit = s.scalars(
        select(OrgUnit).where(OrgUnit.kode == kode, OrgUnit.deleted.is_(False))
    ).first()
    if unit is None:
        raise NotFoundError(_("Unit dengan kode '{kode}' tidak ditemukan.").format(kode=kode))
    return unit


def unit_path(s: Session, unit_id: str | None) -> list[OrgUnit]:
    """From the root down to the unit (for letterheads: PEMERINTAH KOTA SERANG / DINAS …)."""
    chain: list[OrgUnit] = []
    seen: set[str] = set()
    while unit_id and unit_id not in seen:
        seen.add(unit_id)
        unit = s.get(OrgUnit, unit_id)
        if unit is None:
            break
        chain.append(unit)
        unit_id = unit.parent_id
    return list(reversed(chain))
