"""Identity blocks of an SKP or evaluation: pegawai yang dinilai, pejabat penilai kinerja and
atasan pejabat penilai kinerja, as printed (reference §1.10, §4.6).

Live identities follow the current placement; approval stores a snapshot
(``Skp.identitas_json`` / ``Evaluasi.identitas_json``) because people move.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.db.models import OrgUnit, Pegawai
from asn_desktop.domain.jabatan import FormVariant
from asn_desktop.domain.pangkat import format_pangkat_golongan
from asn_desktop.domain.pegawai_status import StatusKepegawaian
from asn_desktop.errors import NotFoundError, ValidationError
from asn_desktop.services import orgs, pengaturan
from asn_desktop.services.pegawai import nama_lengkap
from asn_desktop.teks import _
from asn_desktop.views.identitas import (
    Identitas as Identitas,
)
from asn_desktop.views.identitas import (  # re-exported: callers name them from here too
    Pihak as Pihak,
)

SNAPSHOT_VERSION = 1
_MAX_CHAIN = 50


def _usable(p: Pegawai | None) -> bool:
    return p is not None and not p.deleted and p.aktif


def unit_head_above(s: Session, unit_id: str | None, exclude: str | None = None) -> str | None:
    """The first usable head (``pimpinan_unit``) of the unit or its ancestors."""
    for unit in reversed(orgs.unit_path(s, unit_id)):
        head = s.scalars(
            select(Pegawai.id)
            .where(
                Pegawai.unit_id == unit.id,
                Pegawai.pimpinan_unit.is_(True),
                Pegawai.aktif.is_(True),
                Pegawai.deleted.is_(False),
                Pegawai.id != (exclude or ""),
            )
            .order_by(Pegawai.nama, Pegawai.id)
        ).first()
        if head is not None:
            return head
    return None


def default_penilai_id(s: Session, pegawai_id: str) -> str | None:
    """Pejabat penilai by default: the atasan langsung; when that post is vacant (inactive or
    removed) the next atasan up the chain; without any, the head of the unit or of the nearest
    ancestor unit (reference §4.6)."""
    p = s.get(Pegawai, pegawai_id)
    if p is None:
        raise NotFoundError(_("Pegawai tidak ditemukan."))
    seen = {p.id}
    current = p.atasan_id
    while current and current not in seen and len(seen) < _MAX_CHAIN:
        seen.add(current)
        a = s.get(Pegawai, current)
        if a is None:
            break
        if _usable(a):
            return a.id
        current = a.atasan_id
    return unit_head_above(s, p.unit_id, exclude=p.id)


def _perangkat_daerah(path: list[OrgUnit]) -> str:
    if not path:
        return ""
    if path[0].parent_id is None and path[0].jenis == "PEMKOT":
        return path[1].nama if len(path) > 1 else ""
    return path[0].nama


def pihak(s: Session, pegawai_id: str) -> Pihak:
    p = s.get(Pegawai, pegawai_id)
    if p is None:
        raise NotFoundError(_("Pegawai tidak ditemukan."))
    try:
        pangkat = format_pangkat_golongan(StatusKepegawaian(p.status), p.golongan)
    except (ValueError, ValidationError):
        pangkat = p.golongan
    path = orgs.unit_path(s, p.unit_id)
    unit = path[-1] if path else None
    mandiri = bool(p.pimpinan_unit and unit is not None
                   and unit.jenis in pengaturan.jenis_unit_mandiri(s))
    return Pihak(
        pegawai_id=p.id,
        nama=nama_lengkap(p.nama, p.gelar_depan, p.gelar_belakang),
        nip=p.nip,
        status=p.status,
        golongan=p.golongan,
        pangkat_golongan=pangkat,
        jabatan=p.jabatan,
        jenis_jabatan=p.jenis_jabatan,
        unit_id=p.unit_id,
        unit_kerja=unit.nama if unit is not None else "",
        perangkat_daerah=_perangkat_daerah(path),
        instansi=pengaturan.instansi(s),
        pimpinan_unit=p.pimpinan_unit,
        unit_kerja_mandiri=mandiri,
    )


def kepala_daerah(s: Session) -> Pihak | None:
    """The kepala daerah (published setting) as a block without NIP, when configured."""
    kd = pengaturan.kepala_daerah(s)
    if kd is None:
        return None
    return Pihak(
        pegawai_id=None, nama=kd["nama"], nip=kd.get("nip", ""), status="", golongan="",
        pangkat_golongan="", jabatan=kd["jabatan"], jenis_jabatan="", unit_id=None,
        unit_kerja="", perangkat_daerah="", instansi=pengaturan.instansi(s),
    )


def snapshot(
    s: Session,
    pegawai_id: str,
    penilai_id: str | None = None,
    atasan_penilai_id: str | None = None,
) -> Identitas:
    """Live identities; ``penilai_id`` / ``atasan_penilai_id`` override the defaults.

    Whoever has nobody above (e.g. the Sekda or a kepala perangkat daerah without atasan) is
    judged by the kepala daerah when that setting is filled; the kepala daerah is also the
    atasan of a penilai at the top and, as for a Gubernur in the BKN table, of himself."""
    who = pihak(s, pegawai_id)
    kd = kepala_daerah(s)
    pen_id = penilai_id or default_penilai_id(s, pegawai_id)
    if pen_id == pegawai_id:
        pen_id = None
    penilai = pihak(s, pen_id) if pen_id else kd
    atasan: Pihak | None
    if atasan_penilai_id and atasan_penilai_id not in (pegawai_id, pen_id):
        atasan = pihak(s, atasan_penilai_id)
    elif pen_id:
        atas_id = default_penilai_id(s, pen_id)
        atasan = pihak(s, atas_id) if atas_id and atas_id != pegawai_id else kd
    else:
        atasan = kd
    return Identitas(pegawai=who, penilai=penilai, atasan_penilai=atasan)


# -- JSON ------------------------------------------------------------------------------------------


def to_json(ident: Identitas) -> str:
    data: dict[str, Any] = {"versi": SNAPSHOT_VERSION, **asdict(ident)}
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


_PIHAK_FIELDS = tuple(Pihak.__dataclass_fields__)


def _pihak_from(data: Any) -> Pihak | None:
    if not isinstance(data, dict):
        return None
    values: dict[str, Any] = {}
    for name in _PIHAK_FIELDS:
        v = data.get(name)
        if name in ("pimpinan_unit", "unit_kerja_mandiri"):
            values[name] = bool(v)
        elif name in ("pegawai_id", "unit_id"):
            values[name] = v if isinstance(v, str) else None
        else:
            values[name] = v if isinstance(v, str) else ""
    return Pihak(**values)


def from_json(text: str) -> Identitas:
    """Read a stored snapshot; unknown keys are ignored, missing ones left blank."""
    try:
        data = json.loads(text)
    except ValueError:
        raise ValidationError(_("Salinan identitas rusak (bukan JSON)."),
                              "identitas_json") from None
    if not isinstance(data, dict):
        raise ValidationError(_("Salinan identitas rusak."), "identitas_json")
    pegawai = _pihak_from(data.get("pegawai"))
    if pegawai is None:
        raise ValidationError(_("Salinan identitas tidak memuat pegawai."), "identitas_json")
    return Identitas(pegawai, _pihak_from(data.get("penilai")),
                     _pihak_from(data.get("atasan_penilai")))


def form_variant_of(s: Session, pegawai_id: str) -> FormVariant:
    """The SKP/evaluasi form the employee's documents use now (JPT or JA/JF)."""
    return pihak(s, pegawai_id).form_variant
