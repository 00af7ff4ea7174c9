"""Sasaran Kinerja Pegawai: plan, cascade, workflow (DRAFT → DIAJUKAN → DISETUJUI) and reads.

Callers open one transaction per user action (``with ws.db.session() as s:``). Writes take
``info`` (``ws.info``) for the authority check; ``None`` is a trusted internal caller.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from asn_desktop.db.models import (
    Evaluasi,
    EvaluasiRhk,
    Indikator,
    OrgUnit,
    Pegawai,
    Realisasi,
    Rhk,
    Skp,
    TahunKinerja,
)
from asn_desktop.domain.angka import format_angka as format_angka
from asn_desktop.domain.berakhlak import BERAKHLAK, core_value
from asn_desktop.domain.dokumen import STATUS_LABELS, Aksi, Status
from asn_desktop.domain.jabatan import (
    Aspek,
    FormSpec,
    FormVariant,
    JenisJabatan,
    JenisRhk,
    Pendekatan,
    Perspektif,
    form_spec,
)
from asn_desktop.errors import NotFoundError, ValidationError
from asn_desktop.services import identitas as ident
from asn_desktop.services import workflow as wf
from asn_desktop.services.authority import require_appraisal_scope
from asn_desktop.services.pegawai import nama_lengkap
from asn_desktop.services.riwayat import (
    clean,
    history,
    lines,
    record,
    status_of,
)
from asn_desktop.services.workspace import InstallationInfo
from asn_desktop.sync.scope import chunks
from asn_desktop.views.skp import (
    CascadeOption as CascadeOption,
)
from asn_desktop.views.skp import (
    IndikatorView as IndikatorView,
)
from asn_desktop.views.skp import (  # re-exported: callers name them from here too
    Lampiran as Lampiran,
)
from asn_desktop.views.skp import (
    MatriksBaris as MatriksBaris,
)
from asn_desktop.views.skp import (
    MatriksKolom as MatriksKolom,
)
from asn_desktop.views.skp import (
    MatriksPeranHasil as MatriksPeranHasil,
)
from asn_desktop.views.skp import (
    PerilakuView as PerilakuView,
)
from asn_desktop.views.skp import (
    RhkView as RhkView,
)
from asn_desktop.views.skp import (
    SkpRow as SkpRow,
)
from asn_desktop.views.skp import (
    SkpView as SkpView,
)

DOKUMEN = "skp"
_TAHUN_MIN, _TAHUN_MAX = 2000, 2999


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
        raise NotFoundError("SKP tidak ditemukan.")
    return skp


def _rhk(s: Session, rhk_id: str) -> Rhk:
    r = s.get(Rhk, rhk_id)
    if r is None or r.deleted:
        raise NotFoundError("Rencana hasil kerja tidak ditemukan.")
    return r


def _indikator(s: Session, indikator_id: str) -> Indikator:
    i = s.get(Indikator, indikator_id)
    if i is None or i.deleted:
        raise NotFoundError("Indikator tidak ditemukan.")
    return i


def _terkunci(doc: wf.Dokumen) -> str:
    tahun = getattr(doc, "tahun", "")
    return (f"SKP tahun {tahun} sudah disetujui dan terkunci. Buka kembali SKP (dengan "
            "alasan) untuk mengubahnya.")


JENIS = wf.JenisDokumen(DOKUMEN, "SKP", _terkunci)


def _editable(s: Session, skp_id: str, info: InstallationInfo | None) -> Skp:
    skp = _skp(s, skp_id)
    wf.terkunci(s, JENIS, skp, info)
    return skp


def parse_pendekatan(value: Pendekatan | str) -> Pendekatan:
    try:
        return Pendekatan(value)
    except ValueError:
        raise ValidationError("Pendekatan harus KUANTITATIF atau KUALITATIF.",
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


# -- SKP -----------------------------------------------------------------------------------------


def create_skp(
    s: Session,
    pegawai_id: str,
    tahun: int,
    pendekatan: Pendekatan | str = Pendekatan.KUANTITATIF,
    *,
    penilai_id: str | None = None,
    oleh: str | None = None,
    info: InstallationInfo | None = None,
) -> str:
    """A new DRAFT SKP; one live SKP per pegawai per year. Returns its id."""
    p = s.get(Pegawai, pegawai_id)
    if p is None or p.deleted:
        raise NotFoundError("Pegawai tidak ditemukan.")
    require_appraisal_scope(s, info, pegawai_id)
    pdk = parse_pendekatan(pendekatan)
    if not _TAHUN_MIN <= tahun <= _TAHUN_MAX:
        raise ValidationError(f"Tahun {tahun} tidak sah.", "tahun")
    if not p.aktif:
        raise ValidationError(f"{p.nama} tidak aktif; SKP tidak dapat dibuat.", "pegawai_id")
    tk = s.scalars(
        select(TahunKinerja).where(TahunKinerja.tahun == tahun, TahunKinerja.deleted.is_(False))
    ).first()
    if tk is not None and not tk.dibuka:
        raise ValidationError(f"Tahun kinerja {tahun} sudah ditutup.", "tahun")
    if live_skp_of(s, pegawai_id, tahun) is not None:
        raise ValidationError(
            f"{p.nama} sudah memiliki SKP tahun {tahun}; satu pegawai hanya satu SKP per tahun.",
            "tahun",
        )
    if penilai_id is not None:
        _check_penilai(s, pegawai_id, penilai_id)
    skp = Skp(
        pegawai_id=pegawai_id,
        tahun=tahun,
        pendekatan=pdk.value,
        status=Status.DRAFT.value,
        penilai_id=penilai_id,
        periode_mulai=date(tahun, 1, 1),
        periode_selesai=date(tahun, 12, 31),
    )
    s.add(skp)
    s.flush()
    record(s, DOKUMEN, skp.id, pegawai_id, Aksi.DIBUAT, oleh)
    return skp.id


def delete_skp(
    s: Session, skp_id: str, *, oleh: str | None = None, info: InstallationInfo | None = None
) -> None:
    """Tombstone a DRAFT SKP without evaluations, with its RHK and indicators."""
    skp = _editable(s, skp_id, info)
    if status_of(skp.status) is not Status.DRAFT:
        raise ValidationError("Hanya SKP berstatus konsep yang dapat dihapus.", "status")
    has_eval = s.scalar(
        select(func.count(Evaluasi.id)).where(
            Evaluasi.skp_id == skp_id, Evaluasi.deleted.is_(False)
        )
    )
    if has_eval:
        raise ValidationError("SKP ini sudah memiliki evaluasi; hapus evaluasinya dahulu.",
                              "status")
    for r in _live_rhk(s, skp_id):
        for i in _live_indikator(s, r.id):
            i.deleted = True
        r.deleted = True
    skp.deleted = True
    record(s, DOKUMEN, skp.id, skp.pegawai_id, Aksi.DIHAPUS, oleh)


def _check_penilai(s: Session, pegawai_id: str, penilai_id: str) -> None:
    if penilai_id == pegawai_id:
        raise ValidationError("Pegawai tidak dapat menjadi pejabat penilai dirinya sendiri.",
                              "penilai_id")
    p = s.get(Pegawai, penilai_id)
    if p is None or p.deleted:
        raise ValidationError("Pejabat penilai tidak ditemukan.", "penilai_id")


def set_penilai(
    s: Session,
    skp_id: str,
    penilai_id: str | None,
    atasan_penilai_id: str | None = None,
    *,
    alasan: str | None = None,
    oleh: str | None = None,
    info: InstallationInfo | None = None,
) -> None:
    """Override (or, with None, return to the default) the pejabat penilai / atasannya."""
    skp = _editable(s, skp_id, info)
    if penilai_id is not None:
        _check_penilai(s, skp.pegawai_id, penilai_id)
    if atasan_penilai_id is not None:
        _check_penilai(s, skp.pegawai_id, atasan_penilai_id)
        if atasan_penilai_id == penilai_id:
            raise ValidationError("Atasan pejabat penilai harus orang lain dari pejabat penilai.",
                                  "atasan_penilai_id")
    if (skp.penilai_id, skp.atasan_penilai_id) == (penilai_id, atasan_penilai_id):
        return
    skp.penilai_id = penilai_id
    skp.atasan_penilai_id = atasan_penilai_id
    record(s, DOKUMEN, skp.id, skp.pegawai_id, Aksi.PENILAI_DIUBAH, oleh, alasan)


PENDEKATAN_LABELS: dict[Pendekatan, str] = {
    Pendekatan.KUANTITATIF: "Kuantitatif",
    Pendekatan.KUALITATIF: "Kualitatif",
}


def set_pendekatan(
    s: Session,
    skp_id: str,
    pendekatan: Pendekatan | str,
    *,
    oleh: str | None = None,
    info: InstallationInfo | None = None,
) -> str | None:
    """Switch a DRAFT SKP between the kuantitatif and kualitatif model.

    Refused (ValidationError) while the SKP is diajukan (return it to konsep first) and when
    it already has an evaluation (realisasi were written against the current model); an
    approved SKP raises LockedError.

    KUANTITATIF → KUALITATIF converts every indicator so nothing printed is lost: a numeric
    target becomes the narrative target ("12 Dokumen", joined with an existing range by " / ")
    and the aspek is cleared, since the kualitatif form has no ASPEK/TARGET columns. The
    previous values remain in the change log. KUALITATIF → KUANTITATIF changes no indicator:
    a narrative target is a valid kuantitatif target (a range), and what is still missing
    (aspek, a target) is listed by ``masalah_pengajuan`` before the SKP can be submitted.

    Records PENDEKATAN_DIUBAH in the riwayat with what was converted; returns that note, or
    None when the pendekatan was already the requested one.
    """
    skp = _editable(s, skp_id, info)
    baru = parse_pendekatan(pendekatan)
    lama = parse_pendekatan(skp.pendekatan)
    if baru is lama:
        return None
    if status_of(skp.status) is not Status.DRAFT:
        raise ValidationError(
            "Pendekatan hanya dapat diubah pada SKP berstatus konsep; SKP ini sedang diajukan. "
            "Kembalikan SKP ke konsep terlebih dahulu.",
            "pendekatan",
        )
    n_eval = s.scalar(
        select(func.count(Evaluasi.id)).where(
            Evaluasi.skp_id == skp_id, Evaluasi.deleted.is_(False)
        )
    )
    if n_eval:
        raise ValidationError(
            f"Pendekatan tidak dapat diubah karena SKP ini sudah memiliki {n_eval} evaluasi yang "
            "ditulis menurut pendekatan "
            f"{PENDEKATAN_LABELS[lama].lower()}. Hapus evaluasinya terlebih dahulu.",
            "pendekatan",
        )
    catatan = f"{PENDEKATAN_LABELS[lama]} \u2192 {PENDEKATAN_LABELS[baru]}"
    if baru is Pendekatan.KUALITATIF:
        n_target = n_aspek = 0
        for r in _live_rhk(s, skp_id):
            for i in _live_indikator(s, r.id):
                if i.target_nilai is not None:
                    angka = target_teks(i)
                    parts = [angka] + ([i.target_narasi] if i.target_narasi else [])
                    i.target_narasi = " / ".join(dict.fromkeys(parts))
                    i.target_nilai = None
                    n_target += 1
                if i.target_satuan is not None:
                    i.target_satuan = None
                if i.aspek is not None:
                    i.aspek = None
                    n_aspek += 1
        if n_target:
            catatan += f"; {n_target} target angka dijadikan target narasi"
        if n_aspek:
            catatan += f"; aspek {n_aspek} indikator dikosongkan"
    skp.pendekatan = baru.value
    s.flush()
    record(s, DOKUMEN, skp.id, skp.pegawai_id, Aksi.PENDEKATAN_DIUBAH, oleh, catatan)
    return catatan


def set_periode(
    s: Session, skp_id: str, mulai: date, selesai: date, *, info: InstallationInfo | None = None
) -> None:
    """The span of the SKP within its year (e.g. a pegawai appointed mid-year)."""
    skp = _editable(s, skp_id, info)
    if mulai.year != skp.tahun or selesai.year != skp.tahun:
        raise ValidationError(f"Periode SKP harus di dalam tahun {skp.tahun}.", "periode_mulai")
    if selesai < mulai:
        raise ValidationError("Tanggal selesai tidak boleh sebelum tanggal mulai.",
                              "periode_selesai")
    skp.periode_mulai, skp.periode_selesai = mulai, selesai


def set_catatan(
    s: Session, skp_id: str, catatan: str | None, *, info: InstallationInfo | None = None
) -> None:
    _editable(s, skp_id, info).catatan = clean(catatan)


def set_ekspektasi(
    s: Session, skp_id: str, kode: str, teks: str | None, *, info: InstallationInfo | None = None
) -> None:
    """Ekspektasi khusus pimpinan for one BerAKHLAK value."""
    skp = _editable(s, skp_id, info)
    core_value(kode)  # validates
    setattr(skp, f"ekspektasi_{kode}", clean(teks))


def set_lampiran(
    s: Session, skp_id: str, lampiran: Lampiran, *, info: InstallationInfo | None = None
) -> None:
    skp = _editable(s, skp_id, info)

    def join(items: Sequence[str]) -> str | None:
        rows = [" ".join(x.split()) for x in items if x.strip()]
        return "\n".join(rows) or None

    skp.dukungan_sumber_daya = join(lampiran.dukungan_sumber_daya)
    skp.skema_pertanggungjawaban = join(lampiran.skema_pertanggungjawaban)
    skp.konsekuensi = join(lampiran.konsekuensi)


# -- RHK ------------------------------------------------------------------------------------------


def _jenis(value: JenisRhk | str) -> JenisRhk:
    try:
        return JenisRhk(value)
    except ValueError:
        raise ValidationError("Jenis RHK harus UTAMA atau TAMBAHAN.", "jenis") from None


def _perspektif(value: Perspektif | str | None) -> Perspektif | None:
    if value is None:
        return None
    try:
        return Perspektif(value)
    except ValueError:
        raise ValidationError("Perspektif tidak dikenal.", "perspektif") from None


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
            "SKP JPT tidak memuat Rencana Hasil Kerja Pimpinan yang Diintervensi.",
            "rhk_atasan_id",
        )
    if rhk_atasan_id is not None:
        allowed = {o.id for o in cascade_options(s, skp.id)}
        if rhk_atasan_id not in allowed:
            raise ValidationError(
                "RHK atasan harus salah satu RHK pada SKP pejabat penilai untuk tahun yang sama.",
                "rhk_atasan_id",
            )


def _apply_rhk(s: Session, skp: Skp, r: Rhk, data: RhkInput) -> None:
    form = _live_form(s, skp)
    uraian = " ".join(data.uraian.split())
    if not uraian:
        raise ValidationError("Uraian rencana hasil kerja wajib diisi.", "uraian")
    jenis = _jenis(data.jenis)
    perspektif = _perspektif(data.perspektif)
    if perspektif is not None and not form.has_perspektif:
        raise ValidationError("Perspektif hanya diisi pada SKP JPT.", "perspektif")
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
    s: Session, skp_id: str, data: RhkInput, *, info: InstallationInfo | None = None
) -> str:
    skp = _editable(s, skp_id, info)
    r = Rhk(urutan=0)
    _apply_rhk(s, skp, r, data)
    s.add(r)
    s.flush()
    return r.id


def update_rhk(
    s: Session, rhk_id: str, data: RhkInput, *, info: InstallationInfo | None = None
) -> None:
    r = _rhk(s, rhk_id)
    skp = _editable(s, r.skp_id, info)
    _apply_rhk(s, skp, r, data)
    s.flush()


def set_rhk_atasan(
    s: Session,
    rhk_id: str,
    rhk_atasan_id: str | None = None,
    rhk_atasan_teks: str | None = None,
    *,
    info: InstallationInfo | None = None,
) -> None:
    """Link the RHK to the atasan's RHK it intervenes, or keep a provisional text while the
    atasan has no SKP yet; both None clears."""
    r = _rhk(s, rhk_id)
    skp = _editable(s, r.skp_id, info)
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


def delete_rhk(s: Session, rhk_id: str, *, info: InstallationInfo | None = None) -> None:
    """Tombstone the RHK and its indicators (refused when an approved evaluation used them)."""
    r = _rhk(s, rhk_id)
    _editable(s, r.skp_id, info)
    inds = _live_indikator(s, r.id)
    if _used_in_approved(s, [r.id], [i.id for i in inds]):
        raise ValidationError(
            "RHK ini sudah dinilai pada evaluasi yang disetujui dan tidak dapat dihapus.",
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
    s: Session, skp_id: str, ordered_ids: Sequence[str], *, info: InstallationInfo | None = None
) -> None:
    """New order of the RHK of one jenis; ``ordered_ids`` lists exactly those RHK."""
    _editable(s, skp_id, info)
    if not ordered_ids:
        return
    first = _rhk(s, ordered_ids[0])
    group = _live_rhk(s, skp_id, first.jenis)
    by_id = {r.id: r for r in group}
    if set(ordered_ids) != set(by_id) or len(ordered_ids) != len(by_id):
        raise ValidationError("Urutan harus memuat tepat semua RHK dari kelompok yang sama.",
                              "urutan")
    _renumber([by_id[i] for i in ordered_ids])
    s.flush()


def move_rhk(
    s: Session, rhk_id: str, offset: int, *, info: InstallationInfo | None = None
) -> None:
    """Move an RHK up (negative) or down (positive) within its group."""
    r = _rhk(s, rhk_id)
    ids = [x.id for x in _live_rhk(s, r.skp_id, r.jenis)]
    pos = ids.index(r.id)
    new = max(0, min(len(ids) - 1, pos + offset))
    ids.insert(new, ids.pop(pos))
    reorder_rhk(s, r.skp_id, ids, info=info)


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
    _, atasan_skp_id = cascade_source(s, skp_id)
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
        raise ValidationError("Aspek harus Kuantitas, Kualitas, Waktu atau Biaya.",
                              "aspek") from None


def _apply_indikator(s: Session, skp: Skp, i: Indikator, data: IndikatorInput) -> None:
    form = _live_form(s, skp)
    uraian = " ".join(data.uraian.split())
    if not uraian:
        raise ValidationError("Indikator kinerja individu wajib diisi.", "uraian")
    aspek = _aspek(data.aspek)
    if aspek is not None and not form.has_aspek:
        raise ValidationError("Aspek hanya diisi pada SKP pendekatan kuantitatif (JA/JF).",
                              "aspek")
    perspektif = _perspektif(data.perspektif)
    if perspektif is not None and not form.has_perspektif:
        raise ValidationError("Perspektif hanya diisi pada SKP JPT.", "perspektif")
    if data.target_nilai is not None and data.target_nilai < 0:
        raise ValidationError("Target tidak boleh negatif.", "target_nilai")
    satuan = clean(data.target_satuan)
    i.uraian = uraian
    i.aspek = aspek.value if aspek else None
    i.perspektif = perspektif.value if perspektif else None
    i.target_nilai = data.target_nilai
    i.target_satuan = " ".join(satuan.split()) if satuan else None
    i.target_narasi = clean(data.target_narasi)


def add_indikator(
    s: Session, rhk_id: str, data: IndikatorInput, *, info: InstallationInfo | None = None
) -> str:
    r = _rhk(s, rhk_id)
    skp = _editable(s, r.skp_id, info)
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
    s: Session, indikator_id: str, data: IndikatorInput, *, info: InstallationInfo | None = None
) -> None:
    i = _indikator(s, indikator_id)
    r = _rhk(s, i.rhk_id)
    skp = _editable(s, r.skp_id, info)
    _apply_indikator(s, skp, i, data)
    s.flush()


def delete_indikator(
    s: Session, indikator_id: str, *, info: InstallationInfo | None = None
) -> None:
    i = _indikator(s, indikator_id)
    r = _rhk(s, i.rhk_id)
    _editable(s, r.skp_id, info)
    if _used_in_approved(s, [], [i.id]):
        raise ValidationError(
            "Indikator ini sudah dinilai pada evaluasi yang disetujui dan tidak dapat dihapus.",
            "indikator_id",
        )
    i.deleted = True
    _renumber(_live_indikator(s, r.id))


def reorder_indikator(
    s: Session, rhk_id: str, ordered_ids: Sequence[str], *, info: InstallationInfo | None = None
) -> None:
    r = _rhk(s, rhk_id)
    _editable(s, r.skp_id, info)
    by_id = {i.id: i for i in _live_indikator(s, rhk_id)}
    if set(ordered_ids) != set(by_id) or len(ordered_ids) != len(by_id):
        raise ValidationError("Urutan harus memuat tepat semua indikator RHK ini.", "urutan")
    _renumber([by_id[x] for x in ordered_ids])
    s.flush()


# -- workflow -------------------------------------------------------------------------------------


def masalah_pengajuan(s: Session, skp_id: str) -> list[str]:
    """What stops the SKP from being submitted/approved (empty: ready)."""
    skp = _skp(s, skp_id)
    form = _live_form(s, skp)
    problems: list[str] = []
    rhks = _live_rhk(s, skp_id)
    utama = [r for r in rhks if r.jenis == JenisRhk.UTAMA.value]
    if not utama:
        problems.append("Belum ada rencana hasil kerja utama.")
    kuantitatif = form.pendekatan is Pendekatan.KUANTITATIF
    allowed = {o.id for o in cascade_options(s, skp_id)}
    for r in rhks:
        jenis = "utama" if r.jenis == JenisRhk.UTAMA.value else "tambahan"
        label = f"RHK {jenis} '{_short(r.uraian)}'"
        if form.has_rhk_pimpinan and r.rhk_atasan_id and r.rhk_atasan_id not in allowed:
            problems.append(
                f"{label} mengintervensi RHK yang bukan milik SKP pejabat penilai saat ini; "
                "pilih ulang RHK atasannya."
            )
        inds = _live_indikator(s, r.id)
        if not inds:
            problems.append(f"{label} belum memiliki indikator.")
        for i in inds:
            if kuantitatif and not (
                (i.target_nilai is not None and i.target_satuan) or i.target_narasi
            ):
                problems.append(
                    f"{label}: indikator '{_short(i.uraian)}' belum memiliki target (nilai dan "
                    "satuan, atau narasi)."
                )
            if form.has_aspek and not i.aspek:
                problems.append(f"{label}: indikator '{_short(i.uraian)}' belum memiliki aspek.")
            if form.has_perspektif and not (i.perspektif or r.perspektif):
                problems.append(
                    f"{label}: indikator '{_short(i.uraian)}' belum memiliki perspektif."
                )
    return problems


def _short(teks: str, n: int = 60) -> str:
    return teks if len(teks) <= n else teks[: n - 1] + "…"


def _require_ready(s: Session, skp_id: str, tindakan: str) -> None:
    problems = masalah_pengajuan(s, skp_id)
    if problems:
        daftar = "\n".join(f"- {p}" for p in problems)
        raise ValidationError(f"SKP belum dapat {tindakan}:\n{daftar}", "rhk")


def ajukan(
    s: Session, skp_id: str, *, oleh: str | None = None, info: InstallationInfo | None = None
) -> None:
    """DRAFT → DIAJUKAN, once the plan is complete."""
    skp = _skp(s, skp_id)
    wf.jalankan(s, JENIS, skp, wf.Langkah.AJUKAN, oleh=oleh, info=info,
                syarat=lambda: _require_ready(s, skp_id, "diajukan"))


def kembalikan(
    s: Session,
    skp_id: str,
    alasan: str,
    *,
    oleh: str | None = None,
    info: InstallationInfo | None = None,
) -> None:
    """DIAJUKAN → DRAFT (ditolak / dikembalikan untuk diperbaiki) with a reason."""
    wf.jalankan(s, JENIS, _skp(s, skp_id), wf.Langkah.KEMBALIKAN, oleh=oleh, info=info,
                alasan=alasan)


def setujui(
    s: Session,
    skp_id: str,
    *,
    tanggal: date | None = None,
    oleh: str | None = None,
    info: InstallationInfo | None = None,
) -> None:
    """DIAJUKAN → DISETUJUI: snapshot identities, set tanggal ditetapkan, lock."""
    skp = _skp(s, skp_id)
    snap: list[ident.Identitas] = []

    def syarat() -> None:
        _require_ready(s, skp_id, "disetujui")
        snap.append(ident.snapshot(s, skp.pegawai_id, skp.penilai_id, skp.atasan_penilai_id))
        if snap[0].penilai is None:
            raise ValidationError(
                "Pejabat penilai kinerja belum dapat ditentukan; isi atasan langsung pegawai, "
                "tetapkan pejabat penilai pada SKP, atau isi kepala daerah pada pengaturan.",
                "penilai_id",
            )

    def efek() -> None:
        skp.identitas_json = ident.to_json(snap[0])
        skp.tanggal_ditetapkan = tanggal or s.scalar(
            select(TahunKinerja.tanggal_skp).where(
                TahunKinerja.tahun == skp.tahun, TahunKinerja.deleted.is_(False)
            )
        ) or date.today()

    wf.jalankan(s, JENIS, skp, wf.Langkah.SETUJUI, oleh=oleh, info=info, syarat=syarat,
                efek=efek)


def buka_kembali(
    s: Session,
    skp_id: str,
    alasan: str,
    oleh: str | None = None,
    *,
    info: InstallationInfo | None = None,
) -> None:
    """DISETUJUI → DRAFT, the only way to change an approved SKP; the reason is required and
    recorded. The identity snapshot is dropped (a new one is taken on re-approval)."""
    skp = _skp(s, skp_id)

    def efek() -> None:
        skp.identitas_json = None
        skp.tanggal_ditetapkan = None

    wf.jalankan(s, JENIS, skp, wf.Langkah.BUKA_KEMBALI, oleh=oleh, info=info, alasan=alasan,
                efek=efek)


# -- reads ----------------------------------------------------------------------------------------


def skp_identitas(s: Session, skp: Skp) -> tuple[ident.Identitas, bool]:
    """The snapshot when approved, else the live identities."""
    if status_of(skp.status) is Status.DISETUJUI and skp.identitas_json:
        try:
            return ident.from_json(skp.identitas_json), True
        except ValidationError:
            pass
    return ident.snapshot(s, skp.pegawai_id, skp.penilai_id, skp.atasan_penilai_id), False


def indikator_view(i: Indikator, nomor: int) -> IndikatorView:
    return IndikatorView(i.id, nomor, i.aspek, i.uraian, i.target_nilai, i.target_satuan,
                         i.target_narasi, i.perspektif, target_teks(i))


RhkViews = tuple[tuple[RhkView, ...], tuple[RhkView, ...]]


def rhk_views(s: Session, skp_id: str) -> RhkViews:
    """(utama, tambahan), each in order, with cascade text and indicators."""
    return rhk_views_of(s, [skp_id]).get(skp_id, ((), ()))


def rhk_views_of(s: Session, skp_ids: Collection[str]) -> dict[str, RhkViews]:
    """``rhk_views`` of many SKPs in a few queries (a batch of prints, the demo)."""
    ids = list(dict.fromkeys(skp_ids))
    jenis_order = case((Rhk.jenis == JenisRhk.UTAMA.value, 0), else_=1)
    rhks: list[Rhk] = []
    for part in chunks(ids):
        rhks += s.scalars(select(Rhk).where(Rhk.skp_id.in_(part), Rhk.deleted.is_(False))
                          .order_by(Rhk.skp_id, jenis_order, Rhk.urutan, Rhk.id))
    inds: dict[str, list[Indikator]] = {}
    for part in chunks([r.id for r in rhks]):
        for i in s.scalars(select(Indikator).where(Indikator.rhk_id.in_(part),
                                                   Indikator.deleted.is_(False))
                           .order_by(Indikator.urutan, Indikator.id)):
            inds.setdefault(i.rhk_id, []).append(i)
    atasan: dict[str, Rhk] = {}
    for part in chunks(list({r.rhk_atasan_id for r in rhks if r.rhk_atasan_id})):
        atasan.update((a.id, a) for a in s.scalars(select(Rhk).where(Rhk.id.in_(part))))
    groups: dict[str, dict[str, list[RhkView]]] = {
        i: {JenisRhk.UTAMA.value: [], JenisRhk.TAMBAHAN.value: []} for i in ids}
    for r in rhks:
        views = tuple(indikator_view(i, n) for n, i in enumerate(inds.get(r.id, ()), start=1))
        link = atasan.get(r.rhk_atasan_id or "")
        if link is not None:
            teks, sementara, hilang = link.uraian, False, link.deleted
        elif r.rhk_atasan_id:
            teks, sementara, hilang = r.rhk_atasan_teks or "", False, True
        else:
            teks, sementara, hilang = r.rhk_atasan_teks or "", bool(r.rhk_atasan_teks), False
        group = groups[r.skp_id].setdefault(r.jenis, [])
        group.append(RhkView(r.id, r.jenis, len(group) + 1, r.uraian, r.rhk_atasan_id, teks,
                             sementara, hilang, r.perspektif, views))
    return {i: (tuple(g[JenisRhk.UTAMA.value]), tuple(g[JenisRhk.TAMBAHAN.value]))
            for i, g in groups.items()}


def perilaku_views(skp: Skp) -> tuple[PerilakuView, ...]:
    return tuple(
        PerilakuView(v.kode, v.nilai, v.definisi, v.panduan,
                     getattr(skp, f"ekspektasi_{v.kode}") or "")
        for v in BERAKHLAK
    )


def get_skp(s: Session, skp_id: str) -> SkpView:
    skp = _skp(s, skp_id)
    identitas, snap = skp_identitas(s, skp)
    utama, tambahan = rhk_views(s, skp.id)
    status = status_of(skp.status)
    return SkpView(
        id=skp.id,
        pegawai_id=skp.pegawai_id,
        tahun=skp.tahun,
        pendekatan=skp.pendekatan,
        status=status.value,
        status_label=STATUS_LABELS[status],
        form=_spec(identitas.pegawai, skp.pendekatan),
        identitas=identitas,
        identitas_snapshot=snap,
        penilai_id=skp.penilai_id,
        atasan_penilai_id=skp.atasan_penilai_id,
        tanggal_ditetapkan=skp.tanggal_ditetapkan,
        periode_mulai=skp.periode_mulai or date(skp.tahun, 1, 1),
        periode_selesai=skp.periode_selesai or date(skp.tahun, 12, 31),
        utama=utama,
        tambahan=tambahan,
        perilaku=perilaku_views(skp),
        lampiran=Lampiran(lines(skp.dukungan_sumber_daya),
                          lines(skp.skema_pertanggungjawaban), lines(skp.konsekuensi)),
        catatan=skp.catatan,
        riwayat=history(s, skp.id),
    )


def _rows(s: Session, where: list[ColumnElement[bool]]) -> list[SkpRow]:
    n_rhk = (
        select(func.count(Rhk.id))
        .where(Rhk.skp_id == Skp.id, Rhk.deleted.is_(False))
        .correlate(Skp)
        .scalar_subquery()
    )
    q = (
        select(
            Skp.id, Skp.pegawai_id, Pegawai.nama, Pegawai.gelar_depan, Pegawai.gelar_belakang,
            Pegawai.nip, Pegawai.jabatan, Pegawai.unit_id, OrgUnit.nama, Skp.tahun,
            Skp.pendekatan, Skp.status, n_rhk, Skp.tanggal_ditetapkan,
        )
        .join(Pegawai, Pegawai.id == Skp.pegawai_id)
        .outerjoin(OrgUnit, OrgUnit.id == Pegawai.unit_id)
        .where(Skp.deleted.is_(False), *where)
        .order_by(Pegawai.nama, Skp.tahun, Skp.id)
    )
    out = []
    for r in s.execute(q):
        st = status_of(r[11])
        out.append(SkpRow(r[0], r[1], nama_lengkap(r[2], r[3], r[4]), r[5], r[6], r[7],
                          r[8] or "", r[9], r[10], st.value, STATUS_LABELS[st], int(r[12] or 0),
                          r[13]))
    return out


def skp_for(s: Session, pegawai_id: str, tahun: int) -> SkpRow | None:
    rows = _rows(s, [Skp.pegawai_id == pegawai_id, Skp.tahun == tahun])
    return rows[0] if rows else None


def list_skp(
    s: Session,
    unit_ids: Collection[str] | None,
    tahun: int,
    status: Status | str | None = None,
) -> list[SkpRow]:
    """SKP of the year for employees currently placed in ``unit_ids`` (None: every unit)."""
    where: list[ColumnElement[bool]] = [Skp.tahun == tahun]
    if unit_ids is not None:
        where.append(Pegawai.unit_id.in_(list(unit_ids)))
    if status is not None:
        where.append(Skp.status == Status(status).value)
    return _rows(s, where)


def matriks_peran_hasil(s: Session, atasan_pegawai_id: str, tahun: int) -> MatriksPeranHasil:
    """Matriks pembagian peran dan hasil: columns = the atasan's RHK, rows = direct
    subordinates (and pegawai whose SKP names the atasan as penilai), cells = the subordinate's
    RHK intervening that column's RHK (empty tuple = "x")."""
    atasan = ident.pihak(s, atasan_pegawai_id)
    atasan_skp = live_skp_of(s, atasan_pegawai_id, tahun)
    kolom: list[MatriksKolom] = []
    if atasan_skp is not None:
        for r in _live_rhk(s, atasan_skp.id):
            kolom.append(MatriksKolom(r.id, len(kolom) + 1, r.uraian,
                                      tuple(i.uraian for i in _live_indikator(s, r.id))))
    direct = set(
        s.scalars(
            select(Pegawai.id).where(
                Pegawai.atasan_id == atasan_pegawai_id,
                Pegawai.deleted.is_(False),
                Pegawai.aktif.is_(True),
            )
        )
    )
    direct |= set(
        s.scalars(
            select(Skp.pegawai_id).where(
                Skp.penilai_id == atasan_pegawai_id, Skp.tahun == tahun, Skp.deleted.is_(False)
            )
        )
    )
    direct.discard(atasan_pegawai_id)
    people = s.scalars(
        select(Pegawai).where(Pegawai.id.in_(direct)).order_by(Pegawai.nama, Pegawai.id)
    ).all()
    col_index = {k.rhk_id: n for n, k in enumerate(kolom)}
    baris = []
    for p in people:
        skp = live_skp_of(s, p.id, tahun)
        cells: list[list[str]] = [[] for _ in kolom]
        loose: list[str] = []
        if skp is not None:
            for r in _live_rhk(s, skp.id):
                n = col_index.get(r.rhk_atasan_id or "")
                if n is None:
                    loose.append(r.uraian)
                else:
                    cells[n].append(r.uraian)
        baris.append(MatriksBaris(p.id, nama_lengkap(p.nama, p.gelar_depan, p.gelar_belakang),
                                  p.nip, p.jabatan, skp.id if skp else None,
                                  tuple(tuple(c) for c in cells), tuple(loose)))
    return MatriksPeranHasil(atasan, tahun, atasan_skp.id if atasan_skp else None,
                             tuple(kolom), tuple(baris))


def is_jpt_form(view: SkpView) -> bool:
    return view.form.variant is FormVariant.JPT
