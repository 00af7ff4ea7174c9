"""The RHK and indicators of an SKP: adding, changing, cascading from the atasan's RHK,
reordering and deleting them.

Split out of ``services.skp`` (which re-exports every public name here). Every write checks
that the SKP is still editable and that the RHK or indicator fits the plan's form (jenis,
perspektif for JPT, aspek for JA/JF kuantitatif).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asn_desktop.db.models import (
    Evaluasi,
    EvaluasiRhk,
    Indikator,
    Realisasi,
    Rhk,
    Skp,
)
from asn_desktop.domain.dokumen import Status
from asn_desktop.domain.jabatan import (
    Aspek,
    FormSpec,
    JenisRhk,
    Perspektif,
)
from asn_desktop.domain.pelayanan import SumberRealisasi
from asn_desktop.errors import ValidationError
from asn_desktop.services.riwayat import (
    clean,
)
from asn_desktop.services.skp_dasar import (
    IndikatorInput,
    RhkInput,
    _editable,
    _indikator,
    _live_form,
    _live_indikator,
    _live_rhk,
    _penilai_id,
    _rhk,
    _skp,
    live_skp_of,
)
from asn_desktop.teks import _
from asn_desktop.views.skp import (
    CascadeOption,
)

# -- RHK ------------------------------------------------------------------------------------------


def _jenis(value: JenisRhk | str) -> JenisRhk:
    try:
        return JenisRhk(value)
    except ValueError:
        raise ValidationError(_("Jenis RHK harus UTAMA atau TAMBAHAN."), "jenis") from None


def _perspektif(value: Perspektif | str | None) -> Perspektif | None:
    if value is None:
        return None
    try:
        return Perspektif(value)
    except ValueError:
        raise ValidationError(_("Perspektif tidak dikenal."), "perspektif") from None


def _next_urutan(s: Session, skp_id: str, jenis: str) -> int:
    last = s.scalar(
        select(func.max(Rhk.urutan)).where(
            Rhk.skp_id == skp_id, Rhk.jenis == jenis, Rhk.deleted.is_(False)
        )
    )
    return int(last or 0) + 1


def _check_cascade(
    s: Session, skp: Skp, form: FormSpec, rhk_atasan_id: str | None, teks: str | None
) -> None:
    if (rhk_atasan_id or teks) and not form.has_rhk_pimpinan:
        raise ValidationError(
            _("SKP JPT tidak memuat Rencana Hasil Kerja Pimpinan yang Diintervensi."),
            "rhk_atasan_id",
        )
    if rhk_atasan_id is not None:
        allowed = {o.id for o in cascade_options(s, skp.id)}
        if rhk_atasan_id not in allowed:
            raise ValidationError(
                _("RHK atasan harus salah satu RHK pada SKP pejabat penilai untuk tahun yang "
                  "sama."),
                "rhk_atasan_id",
            )


def _apply_rhk(s: Session, skp: Skp, r: Rhk, data: RhkInput) -> None:
    form = _live_form(s, skp)
    uraian = " ".join(data.uraian.split())
    if not uraian:
        raise ValidationError(_("Uraian rencana hasil kerja wajib diisi."), "uraian")
    jenis = _jenis(data.jenis)
    perspektif = _perspektif(data.perspektif)
    if perspektif is not None and not form.has_perspektif:
        raise ValidationError(_("Perspektif hanya diisi pada SKP JPT."), "perspektif")
    teks = clean(data.rhk_atasan_teks)
    _check_cascade(s, skp, form, data.rhk_atasan_id, teks)
    if r.jenis != jenis.value or not r.urutan:
        r.urutan = _next_urutan(s, skp.id, jenis.value)
    r.skp_id = skp.id
    r.jenis = jenis.value
    r.uraian = uraian
    r.perspektif = perspektif.value if perspektif else None
    r.rhk_atasan_id = data.rhk_atasan_id
    r.rhk_atasan_teks = None if data.rhk_atasan_id else teks


def add_rhk(
    s: Session, skp_id: str, data: RhkInput) -> str:
    skp = _editable(s, skp_id)
    r = Rhk(urutan=0)
    _apply_rhk(s, skp, r, data)
    s.add(r)
    s.flush()
    return r.id


def update_rhk(
    s: Session, rhk_id: str, data: RhkInput) -> None:
    r = _rhk(s, rhk_id)
    skp = _editable(s, r.skp_id)
    _apply_rhk(s, skp, r, data)
    s.flush()


def set_rhk_atasan(
    s: Session,
    rhk_id: str,
    rhk_atasan_id: str | None = None,
    rhk_atasan_teks: str | None = None) -> None:
    """Link the RHK to the atasan's RHK it intervenes, or keep a provisional text while the
    atasan has no SKP yet; both None clears."""
    r = _rhk(s, rhk_id)
    skp = _editable(s, r.skp_id)
    teks = clean(rhk_atasan_teks)
    _check_cascade(s, skp, _live_form(s, skp), rhk_atasan_id, teks)
    r.rhk_atasan_id = rhk_atasan_id
    r.rhk_atasan_teks = None if rhk_atasan_id else teks


def _used_in_approved(s: Session, rhk_ids: Collection[str], ind_ids: Collection[str]) -> bool:
    approved = select(Evaluasi.id).where(
        Evaluasi.status == Status.DISETUJUI.value, Evaluasi.deleted.is_(False)
    )
    n = s.scalar(
        select(func.count(Realisasi.id)).where(
            Realisasi.indikator_id.in_(list(ind_ids)),
            Realisasi.deleted.is_(False),
            Realisasi.evaluasi_id.in_(approved),
        )
    )
    m = s.scalar(
        select(func.count(EvaluasiRhk.id)).where(
            EvaluasiRhk.rhk_id.in_(list(rhk_ids)),
            EvaluasiRhk.deleted.is_(False),
            EvaluasiRhk.evaluasi_id.in_(approved),
        )
    )
    return bool(n or m)


def delete_rhk(s: Session, rhk_id: str) -> None:
    """Tombstone the RHK and its indicators (refused when an approved evaluation used them)."""
    r = _rhk(s, rhk_id)
    _editable(s, r.skp_id)
    inds = _live_indikator(s, r.id)
    if _used_in_approved(s, [r.id], [i.id for i in inds]):
        raise ValidationError(
            _("RHK ini sudah dinilai pada evaluasi yang disetujui dan tidak dapat dihapus."),
            "rhk_id",
        )
    for i in inds:
        i.deleted = True
    r.deleted = True
    _renumber(_live_rhk(s, r.skp_id, r.jenis))


def _renumber(items: Sequence[Rhk | Indikator]) -> None:
    for n, item in enumerate(items, start=1):
        if item.urutan != n:
            item.urutan = n


def reorder_rhk(
    s: Session, skp_id: str, ordered_ids: Sequence[str]) -> None:
    """New order of the RHK of one jenis; ``ordered_ids`` lists exactly those RHK."""
    _editable(s, skp_id)
    if not ordered_ids:
        return
    first = _rhk(s, ordered_ids[0])
    group = _live_rhk(s, skp_id, first.jenis)
    by_id = {r.id: r for r in group}
    if set(ordered_ids) != set(by_id) or len(ordered_ids) != len(by_id):
        raise ValidationError(_("Urutan harus memuat tepat semua RHK dari kelompok yang sama."),
                              "urutan")
    _renumber([by_id[i] for i in ordered_ids])
    s.flush()


def move_rhk(
    s: Session, rhk_id: str, offset: int) -> None:
    """Move an RHK up (negative) or down (positive) within its group."""
    r = _rhk(s, rhk_id)
    ids = [x.id for x in _live_rhk(s, r.skp_id, r.jenis)]
    pos = ids.index(r.id)
    new = max(0, min(len(ids) - 1, pos + offset))
    ids.insert(new, ids.pop(pos))
    reorder_rhk(s, r.skp_id, ids)


def cascade_source(s: Session, skp_id: str) -> tuple[str | None, str | None]:
    """(pejabat penilai id, the penilai's live SKP id for the same year or None)."""
    skp = _skp(s, skp_id)
    penilai = _penilai_id(s, skp)
    if penilai is None:
        return None, None
    atasan_skp = live_skp_of(s, penilai, skp.tahun)
    return penilai, atasan_skp.id if atasan_skp else None


def cascade_options(s: Session, skp_id: str) -> list[CascadeOption]:
    """The RHK of the pejabat penilai's SKP (same year) that this SKP's RHK may intervene."""
    _x, atasan_skp_id = cascade_source(s, skp_id)
    if atasan_skp_id is None or atasan_skp_id == skp_id:
        return []
    out = []
    counters: dict[str, int] = {}
    for r in _live_rhk(s, atasan_skp_id):
        counters[r.jenis] = counters.get(r.jenis, 0) + 1
        out.append(CascadeOption(r.id, r.jenis, counters[r.jenis], r.uraian))
    return out


# -- indicators -----------------------------------------------------------------------------------


def _aspek(value: Aspek | str | None) -> Aspek | None:
    if value is None:
        return None
    try:
        return Aspek(value)
    except ValueError:
        raise ValidationError(_("Aspek harus Kuantitas, Kualitas, Waktu atau Biaya."),
                              "aspek") from None


def _apply_indikator(s: Session, skp: Skp, i: Indikator, data: IndikatorInput) -> None:
    form = _live_form(s, skp)
    uraian = " ".join(data.uraian.split())
    if not uraian:
        raise ValidationError(_("Indikator kinerja individu wajib diisi."), "uraian")
    aspek = _aspek(data.aspek)
    if aspek is not None and not form.has_aspek:
        raise ValidationError(_("Aspek hanya diisi pada SKP pendekatan kuantitatif (JA/JF)."),
                              "aspek")
    perspektif = _perspektif(data.perspektif)
    if perspektif is not None and not form.has_perspektif:
        raise ValidationError(_("Perspektif hanya diisi pada SKP JPT."), "perspektif")
    if data.target_nilai is not None and data.target_nilai < 0:
        raise ValidationError(_("Target tidak boleh negatif."), "target_nilai")
    satuan = clean(data.target_satuan)
    i.uraian = uraian
    i.aspek = aspek.value if aspek else None
    i.perspektif = perspektif.value if perspektif else None
    i.target_nilai = data.target_nilai
    i.target_satuan = " ".join(satuan.split()) if satuan else None
    i.target_narasi = clean(data.target_narasi)
    i.sumber_realisasi = _sumber(data.sumber_realisasi)


def _sumber(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return SumberRealisasi(value).value
    except ValueError:
        raise ValidationError(_("Sumber realisasi {sumber} tidak dikenal.").format(sumber=value),
                              "sumber_realisasi") from None


def add_indikator(
    s: Session, rhk_id: str, data: IndikatorInput) -> str:
    r = _rhk(s, rhk_id)
    skp = _editable(s, r.skp_id)
    last = s.scalar(
        select(func.max(Indikator.urutan)).where(
            Indikator.rhk_id == rhk_id, Indikator.deleted.is_(False)
        )
    )
    i = Indikator(rhk_id=rhk_id, urutan=int(last or 0) + 1)
    _apply_indikator(s, skp, i, data)
    s.add(i)
    s.flush()
    return i.id


def update_indikator(
    s: Session, indikator_id: str, data: IndikatorInput) -> None:
    i = _indikator(s, indikator_id)
    r = _rhk(s, i.rhk_id)
    skp = _editable(s, r.skp_id)
    _apply_indikator(s, skp, i, data)
    s.flush()


def delete_indikator(
    s: Session, indikator_id: str) -> None:
    i = _indikator(s, indikator_id)
    r = _rhk(s, i.rhk_id)
    _editable(s, r.skp_id)
    if _used_in_approved(s, [], [i.id]):
        raise ValidationError(
            _("Indikator ini sudah dinilai pada evaluasi yang disetujui dan tidak dapat dihapus."),
            "indikator_id",
        )
    i.deleted = True
    _renumber(_live_indikator(s, r.id))


def reorder_indikator(
    s: Session, rhk_id: str, ordered_ids: Sequence[str]) -> None:
    r = _rhk(s, rhk_id)
    _editable(s, r.skp_id)
    by_id = {i.id: i for i in _live_indikator(s, rhk_id)}
    if set(ordered_ids) != set(by_id) or len(ordered_ids) != len(by_id):
        raise ValidationError(_("Urutan harus memuat tepat semua indikator RHK ini."), "urutan")
    _renumber([by_id[x] for x in ordered_ids])
    s.flush()
