"""Reads of SKP: the full plan view with its RHK and perilaku, the list rows and the peran-hasil
matrix of an atasan's team.

Split out of ``services.skp`` (which re-exports every public name here). Nothing here writes;
an approved SKP shows its stored identities snapshot, any other the live ones.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from asn_desktop.db.models import (
    Indikator,
    OrgUnit,
    Pegawai,
    Rhk,
    Skp,
)
from asn_desktop.domain.berakhlak import BERAKHLAK
from asn_desktop.domain.dokumen import STATUS_LABELS, Status
from asn_desktop.domain.jabatan import (
    FormVariant,
    JenisRhk,
)
from asn_desktop.errors import ValidationError
from asn_desktop.services import identitas as ident
from asn_desktop.services.pegawai import nama_lengkap
from asn_desktop.services.riwayat import (
    history,
    lines,
    status_of,
)
from asn_desktop.services.skp_dasar import (
    _live_indikator,
    _live_rhk,
    _skp,
    _spec,
    live_skp_of,
    target_teks,
)
from asn_desktop.sync.scope import chunks
from asn_desktop.views.skp import (
    IndikatorView,
    Lampiran,
    MatriksBaris,
    MatriksKolom,
    MatriksPeranHasil,
    PerilakuView,
    RhkView,
    SkpRow,
    SkpView,
)

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
                         i.target_narasi, i.perspektif, target_teks(i), i.sumber_realisasi)


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
