"""Shared groundwork of the SKP services: the input records, the loading and editing guards,
and the live rows of a plan.

Split out of ``services.skp`` (which re-exports every public name here) so that the plan
writes, the RHK and indicator writes and the reads can all use the same helpers without
importing one another: ``RhkInput``/``IndikatorInput``, the row loaders (``_skp``, ``_rhk``,
``_indikator``), the workflow document type ``JENIS`` with its lock guard, the form spec of a
plan and the live RHK and indicators in their order.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from asn_desktop.db.models import (
    Indikator,
    Rhk,
    Skp,
)
from asn_desktop.domain.angka import format_angka
from asn_desktop.domain.jabatan import (
    Aspek,
    FormSpec,
    JenisJabatan,
    JenisRhk,
    Pendekatan,
    Perspektif,
    form_spec,
)
from asn_desktop.errors import NotFoundError, ValidationError
from asn_desktop.services import identitas as ident
from asn_desktop.services import workflow as wf
from asn_desktop.teks import N_, _

DOKUMEN = "skp"


# -- inputs ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RhkInput:
    uraian: str
    jenis: JenisRhk = JenisRhk.UTAMA
    perspektif: Perspektif | None = None  # JPT only
    rhk_atasan_id: str | None = None  # JA/JF only: the atasan's RHK this one intervenes
    rhk_atasan_teks: str | None = None  # provisional, while the atasan has no SKP yet


@dataclass(frozen=True)
class IndikatorInput:
    uraian: str  # IKI; in the kualitatif model the IKI and target narrated together
    aspek: Aspek | None = None  # kuantitatif JA/JF only
    target_nilai: float | None = None
    target_satuan: str | None = None
    target_narasi: str | None = None  # kualitatif, or a range ("80–90%")
    perspektif: Perspektif | None = None  # JPT only
    # a register the realisasi is taken from (domain.pelayanan.SumberRealisasi)
    sumber_realisasi: str | None = None


def sel_teks(sel: tuple[str, ...]) -> str:
    """A matrix cell as printed: the peran-hasil texts, or "x" when the person has no role."""
    return "\n".join(sel) if sel else "x"


def target_teks(i: Indikator) -> str:
    if i.target_nilai is not None:
        teks = format_angka(i.target_nilai)
        return f"{teks} {i.target_satuan}".strip() if i.target_satuan else teks
    return i.target_narasi or ""


# -- loading and guards ---------------------------------------------------------------------------


def _skp(s: Session, skp_id: str) -> Skp:
    skp = s.get(Skp, skp_id)
    if skp is None or skp.deleted:
        raise NotFoundError(_("SKP tidak ditemukan."))
    return skp


def _rhk(s: Session, rhk_id: str) -> Rhk:
    r = s.get(Rhk, rhk_id)
    if r is None or r.deleted:
        raise NotFoundError(_("Rencana hasil kerja tidak ditemukan."))
    return r


def _indikator(s: Session, indikator_id: str) -> Indikator:
    i = s.get(Indikator, indikator_id)
    if i is None or i.deleted:
        raise NotFoundError(_("Indikator tidak ditemukan."))
    return i


def _terkunci(doc: wf.Dokumen) -> str:
    tahun = getattr(doc, "tahun", "")
    return _("SKP tahun {tahun} sudah disetujui dan terkunci. Buka kembali SKP (dengan "
             "alasan) untuk mengubahnya.").format(tahun=tahun)


JENIS = wf.JenisDokumen(DOKUMEN, N_("SKP"), _terkunci)


def _editable(s: Session, skp_id: str) -> Skp:
    skp = _skp(s, skp_id)
    wf.terkunci(s, JENIS, skp)
    return skp


def parse_pendekatan(value: Pendekatan | str) -> Pendekatan:
    try:
        return Pendekatan(value)
    except ValueError:
        raise ValidationError(_("Pendekatan harus KUANTITATIF atau KUALITATIF."),
                              "pendekatan") from None


def _live_form(s: Session, skp: Skp) -> FormSpec:
    who = ident.pihak(s, skp.pegawai_id)
    return _spec(who, skp.pendekatan)


def _spec(who: ident.Pihak, pendekatan: str) -> FormSpec:
    try:
        jenis = JenisJabatan(who.jenis_jabatan)
    except ValueError:
        jenis = JenisJabatan.PELAKSANA
    return form_spec(jenis, parse_pendekatan(pendekatan), "SKP", who.unit_kerja_mandiri)


def _live_rhk(s: Session, skp_id: str, jenis: str | None = None) -> list[Rhk]:
    q = select(Rhk).where(Rhk.skp_id == skp_id, Rhk.deleted.is_(False))
    if jenis is not None:
        q = q.where(Rhk.jenis == jenis)
    jenis_order = case((Rhk.jenis == JenisRhk.UTAMA.value, 0), else_=1)
    return list(s.scalars(q.order_by(jenis_order, Rhk.urutan, Rhk.id)))


def _live_indikator(s: Session, rhk_id: str) -> list[Indikator]:
    return list(
        s.scalars(
            select(Indikator)
            .where(Indikator.rhk_id == rhk_id, Indikator.deleted.is_(False))
            .order_by(Indikator.urutan, Indikator.id)
        )
    )


def _penilai_id(s: Session, skp: Skp) -> str | None:
    return skp.penilai_id or ident.default_penilai_id(s, skp.pegawai_id)


def live_skp_of(s: Session, pegawai_id: str, tahun: int) -> Skp | None:
    return s.scalars(
        select(Skp)
        .where(Skp.pegawai_id == pegawai_id, Skp.tahun == tahun, Skp.deleted.is_(False))
        .order_by(Skp.id)
    ).first()
