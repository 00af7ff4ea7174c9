"""Sasaran Kinerja Pegawai: plan, cascade, workflow (DRAFT → DIAJUKAN → DISETUJUI) and reads.

Callers open one transaction per user action (``with ws.session() as s:``); the session says
who acts, and every write checks it (services/authority.py).

This module keeps the SKP itself and its workflow; the RHK and indicator writes are in
``skp_rencana``, the reads in ``skp_baca`` and the shared inputs and guards in ``skp_dasar``.
Every name callers use is re-exported here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asn_desktop.db.models import (
    Evaluasi,
    Pegawai,
    Skp,
    TahunKinerja,
)
from asn_desktop.domain.angka import format_angka as format_angka
from asn_desktop.domain.berakhlak import core_value
from asn_desktop.domain.dokumen import Aksi, Status
from asn_desktop.domain.jabatan import (
    JenisRhk,
    Pendekatan,
)
from asn_desktop.errors import NotFoundError, ValidationError
from asn_desktop.services import identitas as ident
from asn_desktop.services import workflow as wf
from asn_desktop.services.authority import require_appraisal_scope
from asn_desktop.services.riwayat import (
    clean,
    record,
    status_of,
)
from asn_desktop.services.skp_baca import RhkViews as RhkViews
from asn_desktop.services.skp_baca import get_skp as get_skp
from asn_desktop.services.skp_baca import indikator_view as indikator_view
from asn_desktop.services.skp_baca import is_jpt_form as is_jpt_form
from asn_desktop.services.skp_baca import list_skp as list_skp
from asn_desktop.services.skp_baca import matriks_peran_hasil as matriks_peran_hasil
from asn_desktop.services.skp_baca import perilaku_views as perilaku_views
from asn_desktop.services.skp_baca import rhk_views as rhk_views
from asn_desktop.services.skp_baca import rhk_views_of as rhk_views_of
from asn_desktop.services.skp_baca import skp_for as skp_for
from asn_desktop.services.skp_baca import skp_identitas as skp_identitas
from asn_desktop.services.skp_dasar import DOKUMEN as DOKUMEN
from asn_desktop.services.skp_dasar import JENIS as JENIS
from asn_desktop.services.skp_dasar import IndikatorInput as IndikatorInput
from asn_desktop.services.skp_dasar import RhkInput as RhkInput
from asn_desktop.services.skp_dasar import (
    _editable,
    _live_form,
    _live_indikator,
    _live_rhk,
    _skp,
)
from asn_desktop.services.skp_dasar import live_skp_of as live_skp_of
from asn_desktop.services.skp_dasar import parse_pendekatan as parse_pendekatan
from asn_desktop.services.skp_dasar import sel_teks as sel_teks
from asn_desktop.services.skp_dasar import target_teks as target_teks
from asn_desktop.services.skp_rencana import add_indikator as add_indikator
from asn_desktop.services.skp_rencana import add_rhk as add_rhk
from asn_desktop.services.skp_rencana import cascade_options as cascade_options
from asn_desktop.services.skp_rencana import cascade_source as cascade_source
from asn_desktop.services.skp_rencana import delete_indikator as delete_indikator
from asn_desktop.services.skp_rencana import delete_rhk as delete_rhk
from asn_desktop.services.skp_rencana import move_rhk as move_rhk
from asn_desktop.services.skp_rencana import reorder_indikator as reorder_indikator
from asn_desktop.services.skp_rencana import reorder_rhk as reorder_rhk
from asn_desktop.services.skp_rencana import set_rhk_atasan as set_rhk_atasan
from asn_desktop.services.skp_rencana import update_indikator as update_indikator
from asn_desktop.services.skp_rencana import update_rhk as update_rhk
from asn_desktop.teks import N_, _
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

_TAHUN_MIN, _TAHUN_MAX = 2000, 2999


# -- SKP -----------------------------------------------------------------------------------------


def create_skp(
    s: Session,
    pegawai_id: str,
    tahun: int,
    pendekatan: Pendekatan | str = Pendekatan.KUANTITATIF,
    *,
    penilai_id: str | None = None,
    oleh: str | None = None,
    alasan: str | None = None,
) -> str:
    """A new DRAFT SKP; one live SKP per pegawai per year. Returns its id. ``alasan`` is noted
    on the history record (e.g. the SKP it was copied from)."""
    p = s.get(Pegawai, pegawai_id)
    if p is None or p.deleted:
        raise NotFoundError("Pegawai tidak ditemukan.")
    require_appraisal_scope(s, pegawai_id)
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
    record(s, DOKUMEN, skp.id, pegawai_id, Aksi.DIBUAT, oleh, alasan)
    return skp.id


def delete_skp(
    s: Session, skp_id: str, *, oleh: str | None = None
) -> None:
    """Tombstone a DRAFT SKP without evaluations, with its RHK and indicators."""
    skp = _editable(s, skp_id)
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
) -> None:
    """Override (or, with None, return to the default) the pejabat penilai / atasannya."""
    skp = _editable(s, skp_id)
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
    skp = _editable(s, skp_id)
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
    s: Session, skp_id: str, mulai: date, selesai: date) -> None:
    """The span of the SKP within its year (e.g. a pegawai appointed mid-year)."""
    skp = _editable(s, skp_id)
    if mulai.year != skp.tahun or selesai.year != skp.tahun:
        raise ValidationError(f"Periode SKP harus di dalam tahun {skp.tahun}.", "periode_mulai")
    if selesai < mulai:
        raise ValidationError("Tanggal selesai tidak boleh sebelum tanggal mulai.",
                              "periode_selesai")
    skp.periode_mulai, skp.periode_selesai = mulai, selesai


def set_catatan(
    s: Session, skp_id: str, catatan: str | None) -> None:
    _editable(s, skp_id).catatan = clean(catatan)


def set_ekspektasi(
    s: Session, skp_id: str, kode: str, teks: str | None) -> None:
    """Ekspektasi khusus pimpinan for one BerAKHLAK value."""
    skp = _editable(s, skp_id)
    core_value(kode)  # validates
    setattr(skp, f"ekspektasi_{kode}", clean(teks))


def set_lampiran(
    s: Session, skp_id: str, lampiran: Lampiran) -> None:
    skp = _editable(s, skp_id)

    def join(items: Sequence[str]) -> str | None:
        rows = [" ".join(x.split()) for x in items if x.strip()]
        return "\n".join(rows) or None

    skp.dukungan_sumber_daya = join(lampiran.dukungan_sumber_daya)
    skp.skema_pertanggungjawaban = join(lampiran.skema_pertanggungjawaban)
    skp.konsekuensi = join(lampiran.konsekuensi)


# -- workflow -------------------------------------------------------------------------------------


def masalah_pengajuan(s: Session, skp_id: str) -> list[str]:
    """What stops the SKP from being submitted/approved (empty: ready)."""
    skp = _skp(s, skp_id)
    form = _live_form(s, skp)
    problems: list[str] = []
    rhks = _live_rhk(s, skp_id)
    utama = [r for r in rhks if r.jenis == JenisRhk.UTAMA.value]
    if not utama:
        problems.append(_("Belum ada rencana hasil kerja utama."))
    kuantitatif = form.pendekatan is Pendekatan.KUANTITATIF
    allowed = {o.id for o in cascade_options(s, skp_id)}
    for r in rhks:
        jenis = _("RHK utama") if r.jenis == JenisRhk.UTAMA.value else _("RHK tambahan")
        label = f"{jenis} '{_short(r.uraian)}'"
        # JA/JF: every RHK utama is cascaded from the penilai's plan (the form's column 2);
        # while that plan is not on this computer, a provisional text stands in for the link
        if form.has_rhk_pimpinan and r.jenis == JenisRhk.UTAMA.value and not r.rhk_atasan_id:
            if allowed:
                problems.append(_("{rhk} belum dihubungkan ke RHK pimpinan yang "
                                  "diintervensi.").format(rhk=label))
            elif not (r.rhk_atasan_teks or "").strip():
                problems.append(_(
                    "{rhk} belum memiliki RHK pimpinan yang diintervensi; SKP pejabat "
                    "penilai belum ada, tulis RHK pimpinan sementara.").format(rhk=label))
        if form.has_rhk_pimpinan and r.rhk_atasan_id and r.rhk_atasan_id not in allowed:
            problems.append(_(
                "{rhk} mengintervensi RHK yang bukan milik SKP pejabat penilai saat ini; "
                "pilih ulang RHK atasannya.").format(rhk=label))
        inds = _live_indikator(s, r.id)
        if not inds:
            problems.append(_("{rhk} belum memiliki indikator.").format(rhk=label))
        for i in inds:
            iki = _short(i.uraian)
            if kuantitatif and not (
                (i.target_nilai is not None and i.target_satuan) or i.target_narasi
            ):
                problems.append(_(
                    "{rhk}: indikator '{iki}' belum memiliki target (nilai dan satuan, atau "
                    "narasi).").format(rhk=label, iki=iki))
            if form.has_aspek and not i.aspek:
                problems.append(_("{rhk}: indikator '{iki}' belum memiliki aspek.").format(
                    rhk=label, iki=iki))
            if form.has_perspektif and not (i.perspektif or r.perspektif):
                problems.append(_("{rhk}: indikator '{iki}' belum memiliki perspektif.")
                                .format(rhk=label, iki=iki))
    return problems


def _short(teks: str, n: int = 60) -> str:
    return teks if len(teks) <= n else teks[: n - 1] + "…"


def _require_ready(s: Session, skp_id: str, tindakan: str) -> None:
    problems = masalah_pengajuan(s, skp_id)
    if problems:
        daftar = "\n".join(f"- {p}" for p in problems)
        raise ValidationError(_("SKP belum dapat {tindakan}:").format(tindakan=_(tindakan))
                              + "\n" + daftar, "rhk")


def ajukan(
    s: Session, skp_id: str, *, oleh: str | None = None
) -> None:
    """DRAFT → DIAJUKAN, once the plan is complete."""
    skp = _skp(s, skp_id)
    wf.jalankan(s, JENIS, skp, wf.Langkah.AJUKAN, oleh=oleh,
                syarat=lambda: _require_ready(s, skp_id, N_("diajukan")))


def kembalikan(
    s: Session,
    skp_id: str,
    alasan: str,
    *,
    oleh: str | None = None,
) -> None:
    """DIAJUKAN → DRAFT (ditolak / dikembalikan untuk diperbaiki) with a reason."""
    wf.jalankan(s, JENIS, _skp(s, skp_id), wf.Langkah.KEMBALIKAN, oleh=oleh,
                alasan=alasan)


def setujui(
    s: Session,
    skp_id: str,
    *,
    tanggal: date | None = None,
    oleh: str | None = None,
) -> None:
    """DIAJUKAN → DISETUJUI: snapshot identities, set tanggal ditetapkan, lock."""
    skp = _skp(s, skp_id)
    snap: list[ident.Identitas] = []

    def syarat() -> None:
        _require_ready(s, skp_id, N_("disetujui"))
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

    wf.jalankan(s, JENIS, skp, wf.Langkah.SETUJUI, oleh=oleh, syarat=syarat,
                efek=efek)


def buka_kembali(
    s: Session,
    skp_id: str,
    alasan: str,
    oleh: str | None = None) -> None:
    """DISETUJUI → DRAFT, the only way to change an approved SKP; the reason is required and
    recorded. The identity snapshot is dropped (a new one is taken on re-approval)."""
    skp = _skp(s, skp_id)

    def efek() -> None:
        skp.identitas_json = None
        skp.tanggal_ditetapkan = None

    wf.jalankan(s, JENIS, skp, wf.Langkah.BUKA_KEMBALI, oleh=oleh, alasan=alasan,
                efek=efek)
