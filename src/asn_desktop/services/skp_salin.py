"""Starting a year from the last one: each approved SKP of year ``dari`` becomes a konsep SKP of
year ``ke`` with the same plan (RHK, indicators and targets, ekspektasi perilaku, lampiran),
never its realisasi or evaluations.

The cascade is rebuilt in the new year: an RHK that intervened an RHK of the pejabat penilai is
linked to the RHK with the same text on the penilai's SKP of year ``ke`` (copied in the same run
or made before). A link that cannot be found is left empty and counted, for people to choose
again. Nothing is approved: each copy goes through the usual workflow.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from asn_desktop.db.base import new_id
from asn_desktop.db.models import Indikator, Pegawai, Rhk, Skp, TahunKinerja
from asn_desktop.domain.berakhlak import BERAKHLAK
from asn_desktop.domain.dokumen import Status
from asn_desktop.domain.jabatan import FormSpec, JenisRhk
from asn_desktop.errors import ValidationError
from asn_desktop.services import identitas as ident
from asn_desktop.services.authority import require_unit_scope, scope_unit_ids
from asn_desktop.services.skp import create_skp
from asn_desktop.services.skp_dasar import _live_form
from asn_desktop.services.skp_rencana import cascade_options
from asn_desktop.sync.scope import chunks
from asn_desktop.teks import _
from asn_desktop.views.skp import CascadeOption

if TYPE_CHECKING:
    from asn_desktop.services.workspace import Workspace

LABEL_CADANGAN = "sebelum-salin-skp"
# Copied as they are: what the pimpinan expects of each BerAKHLAK value, and the lampiran.
_ISIAN = (*(f"ekspektasi_{v.kode}" for v in BERAKHLAK), "dukungan_sumber_daya",
          "skema_pertanggungjawaban", "konsekuensi")


@dataclass(frozen=True)
class SalinHasil:
    dari: int
    ke: int
    disalin: int = 0
    dilewati_sudah_ada: int = 0  # already had an SKP in year ``ke``
    dilewati_tidak_aktif: int = 0  # no longer active (or removed)
    tautan_dipulihkan: int = 0  # RHK linked again to the penilai's RHK of year ``ke``
    tautan_hilang: int = 0  # links whose RHK was not found there; left empty
    coba: bool = False  # a dry run: counted, nothing kept
    skp_ids: tuple[str, ...] = ()  # the new SKPs (none after a dry run)
    cadangan: str | None = None  # the backup made before writing (see ``salin``)

    @property
    def ringkasan(self) -> str:
        if self.coba:
            teks = _("{disalin} SKP tahun {dari} akan disalin ke tahun {ke} sebagai konsep; "
                     "dilewati: {sudah_ada} sudah memiliki SKP {ke}, {tidak_aktif} pegawai "
                     "tidak aktif. Tautan ke RHK atasan: {dipulihkan} dipulihkan, {hilang} "
                     "tidak ditemukan (dikosongkan, pilih ulang).")
        else:
            teks = _("{disalin} SKP tahun {dari} disalin ke tahun {ke} sebagai konsep; "
                     "dilewati: {sudah_ada} sudah memiliki SKP {ke}, {tidak_aktif} pegawai "
                     "tidak aktif. Tautan ke RHK atasan: {dipulihkan} dipulihkan, {hilang} "
                     "tidak ditemukan (dikosongkan, pilih ulang).")
        teks = teks.format(disalin=self.disalin, dari=self.dari, ke=self.ke,
                           sudah_ada=self.dilewati_sudah_ada,
                           tidak_aktif=self.dilewati_tidak_aktif,
                           dipulihkan=self.tautan_dipulihkan, hilang=self.tautan_hilang)
        if self.coba:
            teks += " " + _("Uji coba: tidak ada yang diubah.")
        return teks


@dataclass
class _Rencana:
    sumber: list[tuple[Skp, Pegawai]] = field(default_factory=list)
    sudah_ada: int = 0
    tidak_aktif: int = 0


@dataclass
class _Salinan:
    skp_id: str
    form: FormSpec
    rhk: list[tuple[Rhk, Rhk]]  # (new, old)


def salin_skp(s: Session, dari: int, ke: int, unit_ids: frozenset[str] | None = None, *,
              coba: bool = False) -> SalinHasil:
    """Copy the approved SKPs of year ``dari`` of the active employees currently placed in
    ``unit_ids`` (None: every unit this installation serves) into konsep SKPs of year ``ke``,
    which must be open. Employees who already have an SKP in ``ke`` are skipped. With ``coba``
    everything is done and counted inside a savepoint that is then rolled back."""
    rencana = _rencana(s, dari, ke, unit_ids)
    if not coba:
        return _salin(s, dari, ke, rencana)
    sp = s.begin_nested()
    try:
        hasil = _salin(s, dari, ke, rencana)
    finally:
        sp.rollback()
    return replace(hasil, coba=True, skp_ids=())


def salin(ws: Workspace, dari: int, ke: int, unit_ids: frozenset[str] | None = None, *,
          coba: bool = False) -> SalinHasil:
    """``salin_skp`` in one transaction of this installation, the data file backed up first
    when something is to be copied."""
    with ws.session() as s:
        cadangan = None
        if not coba and _rencana(s, dari, ke, unit_ids).sumber:
            # Nothing is written yet in this transaction: the copy holds the data as it was.
            cadangan = str(ws.db.backup(ws.paths.backups, LABEL_CADANGAN))
        hasil = salin_skp(s, dari, ke, unit_ids, coba=coba)
    return replace(hasil, cadangan=cadangan)


def _rencana(s: Session, dari: int, ke: int, unit_ids: frozenset[str] | None) -> _Rencana:
    scope = scope_unit_ids(s)
    units: Collection[str] | None
    if unit_ids is None:
        units = scope
    else:
        for uid in sorted(unit_ids):
            require_unit_scope(s, uid)
        units = unit_ids
    if dari == ke:
        raise ValidationError(_("Tahun asal dan tahun tujuan salinan SKP harus berbeda."), "ke")
    tk = s.scalars(select(TahunKinerja).where(TahunKinerja.tahun == ke,
                                              TahunKinerja.deleted.is_(False))).first()
    if tk is None:
        raise ValidationError(
            _("Tahun kinerja {tahun} belum dibuka; buka dahulu tahun itu (Pengaturan › Tahun "
              "kinerja, atau perintah 'tahun buka').").format(tahun=ke), "ke")
    if not tk.dibuka:
        raise ValidationError(_("Tahun kinerja {tahun} sudah ditutup.").format(tahun=ke), "ke")
    q = (select(Skp, Pegawai).join(Pegawai, Pegawai.id == Skp.pegawai_id)
         .where(Skp.tahun == dari, Skp.deleted.is_(False),
                Skp.status == Status.DISETUJUI.value)
         .order_by(Pegawai.nama, Pegawai.id, Skp.id))
    pairs: list[tuple[Skp, Pegawai]] = []
    if units is None:
        pairs = [(a, b) for a, b in s.execute(q)]
    else:
        for part in chunks(sorted(units)):
            pairs += [(a, b) for a, b in s.execute(q.where(Pegawai.unit_id.in_(part)))]
        pairs.sort(key=lambda x: (x[1].nama, x[1].id, x[0].id))
    ada = set(s.scalars(select(Skp.pegawai_id).where(Skp.tahun == ke, Skp.deleted.is_(False))))
    out = _Rencana()
    seen: set[str] = set()
    for old, p in pairs:
        if p.id in seen:
            continue
        seen.add(p.id)
        if p.deleted or not p.aktif:
            out.tidak_aktif += 1
        elif p.id in ada:
            out.sudah_ada += 1
        else:
            out.sumber.append((old, p))
    return out


def _salin(s: Session, dari: int, ke: int, rencana: _Rencana) -> SalinHasil:
    alasan = f"Disalin dari SKP tahun {dari}."
    rhk, indikator = _rencana_kerja(s, [old.id for old, _x in rencana.sumber])
    with s.no_autoflush:  # the new rows go out in one flush per SKP, not one per read
        salinan = [_salin_satu(s, old, p, ke, alasan, rhk.get(old.id, []), indikator)
                   for old, p in rencana.sumber]
    s.flush()
    dipulihkan = hilang = 0
    for c in salinan:
        d, h = _tautkan(s, c)
        dipulihkan += d
        hilang += h
    s.flush()
    return SalinHasil(dari, ke, len(salinan), rencana.sudah_ada, rencana.tidak_aktif,
                      dipulihkan, hilang, skp_ids=tuple(c.skp_id for c in salinan))


def _rencana_kerja(s: Session, skp_ids: list[str]
                   ) -> tuple[dict[str, list[Rhk]], dict[str, list[Indikator]]]:
    """The live RHK of the SKPs (in the order ``_live_rhk`` gives) and their indicators."""
    jenis_order = case((Rhk.jenis == JenisRhk.UTAMA.value, 0), else_=1)
    rhk: dict[str, list[Rhk]] = {}
    for part in chunks(skp_ids):
        for r in s.scalars(select(Rhk).where(Rhk.skp_id.in_(part), Rhk.deleted.is_(False))
                           .order_by(Rhk.skp_id, jenis_order, Rhk.urutan, Rhk.id)):
            rhk.setdefault(r.skp_id, []).append(r)
    indikator: dict[str, list[Indikator]] = {}
    for part in chunks([r.id for rs in rhk.values() for r in rs]):
        for i in s.scalars(select(Indikator)
                           .where(Indikator.rhk_id.in_(part), Indikator.deleted.is_(False))
                           .order_by(Indikator.rhk_id, Indikator.urutan, Indikator.id)):
            indikator.setdefault(i.rhk_id, []).append(i)
    return rhk, indikator


def _salin_satu(s: Session, old: Skp, p: Pegawai, ke: int, alasan: str, rhk: list[Rhk],
                indikator: dict[str, list[Indikator]]) -> _Salinan:
    penilai, atasan_penilai = _penilai_tetap(s, old, p)
    skp_id = create_skp(s, p.id, ke, old.pendekatan, penilai_id=penilai, alasan=alasan)
    new = s.get_one(Skp, skp_id)
    new.atasan_penilai_id = atasan_penilai
    for name in _ISIAN:
        setattr(new, name, getattr(old, name))
    form = _live_form(s, new)
    pairs: list[tuple[Rhk, Rhk]] = []
    urutan: dict[str, int] = {}
    for r in rhk:
        urutan[r.jenis] = urutan.get(r.jenis, 0) + 1
        # the form of the new year decides which fields apply (a promotion may change it)
        nr = Rhk(id=new_id(), skp_id=skp_id, jenis=r.jenis, urutan=urutan[r.jenis],
                 uraian=r.uraian, perspektif=r.perspektif if form.has_perspektif else None)
        s.add(nr)
        pairs.append((nr, r))
        for n, i in enumerate(indikator.get(r.id, ()), start=1):
            s.add(Indikator(
                rhk_id=nr.id, urutan=n, uraian=i.uraian,
                aspek=i.aspek if form.has_aspek else None,
                perspektif=i.perspektif if form.has_perspektif else None,
                target_nilai=i.target_nilai, target_satuan=i.target_satuan,
                target_narasi=i.target_narasi, sumber_realisasi=i.sumber_realisasi))
    return _Salinan(skp_id, form, pairs)


def _penilai_tetap(s: Session, old: Skp, p: Pegawai) -> tuple[str | None, str | None]:
    """The penilai and atasan penilai chosen on the old SKP, when the choice still holds: the
    employee is in the unit they were approved in and the people chosen are still active.
    Otherwise the new SKP follows the default (the atasan langsung)."""
    if not (old.penilai_id or old.atasan_penilai_id) or not old.identitas_json:
        return None, None
    try:
        unit_lama = ident.from_json(old.identitas_json).pegawai.unit_id
    except ValidationError:
        return None, None
    if unit_lama != p.unit_id:
        return None, None

    def aktif(pid: str | None) -> bool:
        other = s.get(Pegawai, pid) if pid and pid != p.id else None
        return other is not None and not other.deleted and other.aktif

    penilai = old.penilai_id if aktif(old.penilai_id) else None
    atasan = old.atasan_penilai_id if aktif(old.atasan_penilai_id) else None
    return penilai, atasan if atasan != penilai else None


def _kunci(teks: str) -> str:
    return " ".join(teks.split()).casefold()


def _tautkan(s: Session, c: _Salinan) -> tuple[int, int]:
    """Link the copied RHK to the penilai's RHK of the new year with the text of the RHK they
    intervened; returns (linked again, not found)."""
    if not c.form.has_rhk_pimpinan:  # JPT: no RHK pimpinan is intervened
        return 0, 0
    pilihan: list[CascadeOption] | None = None
    dipulihkan = hilang = 0
    for nr, old in c.rhk:
        if old.rhk_atasan_id:
            link = s.get(Rhk, old.rhk_atasan_id)
            teks = link.uraian if link is not None else ""
        elif old.rhk_atasan_teks:
            teks = old.rhk_atasan_teks
        else:
            continue
        if pilihan is None:
            pilihan = cascade_options(s, c.skp_id)
        kunci = _kunci(teks)
        cocok = next((o for o in pilihan if kunci and _kunci(o.uraian) == kunci), None)
        if cocok is not None:
            nr.rhk_atasan_id = cocok.id
            dipulihkan += 1
        elif old.rhk_atasan_id:
            hilang += 1
        else:  # still provisional: the text waits for the atasan's SKP
            nr.rhk_atasan_teks = teks
    return dipulihkan, hilang
