"""The Beranda (home page): what needs doing this year and this period, in counts and short
lists. ``muat`` reads all of it at once (the page calls it off the GUI thread, so the window
appears before the figures), the sync counts included."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.db.models import OrgUnit, Pegawai, Skp
from asn_desktop.domain.dokumen import Status
from asn_desktop.domain.periods import periode_berjalan
from asn_desktop.services import evaluasi as eval_svc
from asn_desktop.services import pengaduan as adu
from asn_desktop.services import skp as skp_svc
from asn_desktop.services import status_kerja
from asn_desktop.services.authority import scope_of
from asn_desktop.services.pegawai import PegawaiRow, list_pegawai_by_ids
from asn_desktop.services.status_kerja import JenisKerja, StatusKerja
from asn_desktop.services.workspace import InstallationInfo, Workspace

if TYPE_CHECKING:
    from asn_desktop.services.langkah_awal import LangkahAwal

BATAS_DAFTAR = 10


@dataclass(frozen=True)
class Beranda:
    instalasi: str
    peran: str  # "central" / "unit"
    tahun: int
    periode_kode: str  # current period of the year's frequency
    periode_label: str
    jumlah_pegawai: int
    tanpa_skp: int
    tanpa_skp_daftar: tuple[PegawaiRow, ...]
    skp_draft: int
    skp_draft_daftar: tuple[skp_svc.SkpRow, ...]
    skp_diajukan: int
    skp_diajukan_daftar: tuple[skp_svc.SkpRow, ...]
    skp_disetujui: int
    evaluasi_due: int
    evaluasi_due_daftar: tuple[eval_svc.EvaluasiDue, ...]
    # filled by the sync layer
    konflik: int = 0
    paket_belum_dikirim: int = 0

    @property
    def skp_belum_disetujui(self) -> int:
        return self.skp_draft + self.skp_diajukan


def todo(
    s: Session,
    ws_info: InstallationInfo,
    unit_ids: Collection[str] | None,
    tahun: int,
    today: date,
    *,
    batas: int = BATAS_DAFTAR,
) -> Beranda:
    """Counts and the first ``batas`` items of each list. ``unit_ids`` None means the
    installation's scope (every unit for the central, its subtree for a unit)."""
    scope = scope_of(s, ws_info) if unit_ids is None else set(unit_ids)
    # the counts are the rows the people lists show for the same status filter
    skp_n = status_kerja.hitung(s, scope, JenisKerja.SKP, tahun, today=today)
    eval_n = status_kerja.hitung(s, scope, JenisKerja.EVALUASI, tahun, today=today)
    q = select(Pegawai.id).where(Pegawai.deleted.is_(False), Pegawai.aktif.is_(True))
    if scope is not None:
        q = q.where(Pegawai.unit_id.in_(scope))
    pegawai_ids = set(s.scalars(q))
    with_skp = set(
        s.scalars(
            select(Skp.pegawai_id).where(Skp.tahun == tahun, Skp.deleted.is_(False),
                                         Skp.pegawai_id.in_(pegawai_ids))
        )
    )
    missing = sorted(pegawai_ids - with_skp)
    missing_rows = list_pegawai_by_ids(s, missing, limit=batas) if missing else []
    # the SKP of those who left service are no longer anybody's work to do
    rows = [r for r in skp_svc.list_skp(s, scope, tahun) if r.pegawai_id in pegawai_ids]
    draft = [r for r in rows if r.status == Status.DRAFT]
    diajukan = [r for r in rows if r.status == Status.DIAJUKAN]
    due = eval_svc.evaluasi_due(s, scope, today, tahun)
    frek = eval_svc.frekuensi_tahun(s, tahun)
    ref = today if today.year == tahun else date(tahun, 12, 31)
    periode = periode_berjalan(ref, frek)
    return Beranda(
        instalasi=ws_info.nama,
        peran=ws_info.role,
        tahun=tahun,
        periode_kode=periode.kode,
        periode_label=periode.label,
        jumlah_pegawai=len(pegawai_ids),
        tanpa_skp=skp_n[StatusKerja.BELUM],
        tanpa_skp_daftar=tuple(missing_rows),
        skp_draft=skp_n[StatusKerja.DRAFT],
        skp_draft_daftar=tuple(draft[:batas]),
        skp_diajukan=skp_n[StatusKerja.DIAJUKAN],
        skp_diajukan_daftar=tuple(diajukan[:batas]),
        skp_disetujui=skp_n[StatusKerja.DISETUJUI],
        evaluasi_due=sum(eval_n[k] for k in (StatusKerja.BELUM, StatusKerja.DRAFT,
                                             StatusKerja.DIAJUKAN)),
        evaluasi_due_daftar=tuple(due[:batas]),
    )


@dataclass(frozen=True)
class PengaduanPerhatian:
    """Open complaints in scope past their deadline, or due within ``adu.JATUH_TEMPO_HARI``."""

    terlambat: int
    jatuh_tempo: int
    daftar: tuple[tuple[adu.PengaduanView, str], ...]  # (complaint, unit name), overdue first

    @property
    def jumlah(self) -> int:
        return self.terlambat + self.jatuh_tempo


def pengaduan_perhatian(s: Session, today: date, *, batas: int = BATAS_DAFTAR
                        ) -> PengaduanPerhatian | None:
    """None when the installation holds no complaint at all (nothing to show on Beranda)."""
    if not adu.daftar(s, hari_ini=today, batas_baris=1):
        return None
    lewat, dekat = adu.hitung_perhatian(s, today)

    def by_deadline(v: adu.PengaduanView) -> tuple[date, str]:
        return v.batas or today, v.nomor

    rows = sorted(adu.daftar(s, terlambat=True, terbuka=True, hari_ini=today), key=by_deadline)
    rows += sorted(adu.daftar(s, jatuh_tempo=adu.JATUH_TEMPO_HARI, hari_ini=today),
                   key=by_deadline)
    rows = rows[:batas]
    names: dict[str, str] = {i: n for i, n in s.execute(select(OrgUnit.id, OrgUnit.nama).where(
        OrgUnit.id.in_({v.unit_id for v in rows})))}
    return PengaduanPerhatian(lewat, dekat, tuple((v, names.get(v.unit_id, "")) for v in rows))


@dataclass(frozen=True)
class IsiBeranda:
    """Everything the Beranda shows, read in one go (off the GUI thread)."""

    beranda: Beranda
    peringatan_jam: str | None
    langkah: LangkahAwal | None  # the central's first steps
    penyelesaian: tuple[tuple[str, int, int], ...] | None  # a unit's evaluations per period
    pengaduan: PengaduanPerhatian | None


def muat(ws: Workspace, unit_ids: Collection[str] | None, today: date, *,
         batas_pengaduan: int = BATAS_DAFTAR) -> IsiBeranda:
    """Read the Beranda of ``today``'s year in one read session acting as this installation."""
    from asn_desktop.services import sync_status
    from asn_desktop.services.langkah_awal import langkah_awal

    with ws.read_session() as s:
        b = todo(s, ws.info, unit_ids, today.year, today)
        konflik, paket = sync_status.pending_counts(s)
        b = replace(b, konflik=konflik, paket_belum_dikirim=paket)
        langkah = penyelesaian = None
        if ws.is_central:
            langkah = langkah_awal(s, today.year)
        else:
            from asn_desktop.services import pemantauan_ringkas

            penyelesaian = pemantauan_ringkas.ringkasan(s, unit_ids, today.year).penyelesaian
        pengaduan = pengaduan_perhatian(s, today, batas=batas_pengaduan)
    return IsiBeranda(b, sync_status.clock_warning(ws), langkah, penyelesaian, pengaduan)
