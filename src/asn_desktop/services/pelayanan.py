"""A unit's service catalogue (jenis layanan with its standar pelayanan) and its daily service
register (permohonan masuk, selesai, selesai tepat waktu and backlog per layanan per day)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asn_desktop.db.models import OrgUnit
from asn_desktop.db.models_pelayanan import Layanan, LayananHarian
from asn_desktop.domain.angka import ribuan as angka
from asn_desktop.domain.dates import format_tanggal
from asn_desktop.domain.pelayanan import SATUAN_LABELS, SatuanStandar
from asn_desktop.errors import NotFoundError, ValidationError
from asn_desktop.services.authority import pelaku, require_unit_scope, scope_unit_ids
from asn_desktop.services.orgs import unit_by_kode
from asn_desktop.services.riwayat import clean
from asn_desktop.teks import N_, _

# the day a register row is for is fixed by its id (see LayananHarian)
_NS_HARIAN = uuid.UUID("5d0c7a8e-3f7b-4b53-9c11-7a51a0e3c1d2")
BATAS_ANGKA = 10_000  # more than this for one service in one day is a typing error
AWAL_REGISTER = date(2000, 1, 1)  # a register day before this is a typing error


@dataclass(frozen=True)
class LayananInput:
    kode: str
    nama: str
    standar: float
    satuan_standar: SatuanStandar = SatuanStandar.HARI_KERJA
    aktif: bool = True


@dataclass(frozen=True)
class LayananView:
    id: str
    unit_id: str
    kode: str
    nama: str
    standar: float
    satuan_standar: str
    aktif: bool
    urutan: int

    @property
    def standar_teks(self) -> str:
        angka = f"{self.standar:g}".replace(".", ",")
        try:
            satuan = _(SATUAN_LABELS[SatuanStandar(self.satuan_standar)])
        except ValueError:
            satuan = self.satuan_standar
        return f"{angka} {satuan}"


@dataclass(frozen=True)
class HarianInput:
    layanan_id: str
    tanggal: date
    masuk: int
    selesai: int
    tepat_waktu: int
    backlog: int
    alasan_backlog: str | None = None


@dataclass(frozen=True)
class HarianView:
    id: str
    layanan_id: str
    layanan_kode: str
    layanan_nama: str
    tanggal: date
    masuk: int
    selesai: int
    tepat_waktu: int
    backlog: int
    alasan_backlog: str | None


def _view(r: Layanan) -> LayananView:
    return LayananView(r.id, r.unit_id, r.kode, r.nama, float(r.standar), r.satuan_standar,
                       bool(r.aktif), r.urutan)


def unit_dari(s: Session, kode: str | None) -> OrgUnit:
    """The unit named by kode, or the installation's own unit; within its scope."""
    if kode:
        unit = unit_by_kode(s, kode)
        require_unit_scope(s, unit.id)  # another unit's registers are not kept here
        return unit
    info = pelaku(s).info
    if info is None or info.unit_id is None:
        raise ValidationError(_("Sebutkan unitnya dengan --unit KODE."), "unit")
    return s.get_one(OrgUnit, info.unit_id)


def katalog(s: Session, unit_id: str, *, semua: bool = False) -> list[LayananView]:
    """The unit's services in their order (only the active ones unless ``semua``)."""
    q = select(Layanan).where(Layanan.unit_id == unit_id, Layanan.deleted.is_(False))
    if not semua:
        q = q.where(Layanan.aktif.is_(True))
    return [_view(r) for r in s.scalars(q.order_by(Layanan.urutan, Layanan.kode))]


def unit_berlayanan(s: Session) -> list[OrgUnit]:
    """Units that keep a service catalogue, within the installation's scope."""
    ids = select(Layanan.unit_id).where(Layanan.deleted.is_(False)).distinct()
    q = select(OrgUnit).where(OrgUnit.id.in_(ids), OrgUnit.deleted.is_(False))
    scope = scope_unit_ids(s)
    if scope is not None:
        q = q.where(OrgUnit.id.in_(scope))
    return list(s.scalars(q.order_by(OrgUnit.urutan, OrgUnit.nama)))


def unit_layanan_dari(s: Session, unit_id: str | None) -> str | None:
    """The nearest unit up from ``unit_id`` (itself included) that keeps a catalogue."""
    seen: set[str] = set()
    while unit_id and unit_id not in seen:
        seen.add(unit_id)
        if s.scalar(select(Layanan.id).where(Layanan.unit_id == unit_id,
                                             Layanan.deleted.is_(False)).limit(1)):
            return unit_id
        unit_id = s.scalar(select(OrgUnit.parent_id).where(OrgUnit.id == unit_id))
    return None


def _check_layanan(data: LayananInput) -> tuple[str, str]:
    kode = " ".join((data.kode or "").split()).upper()
    nama = " ".join((data.nama or "").split())
    if not kode:
        raise ValidationError(_("Kode layanan wajib diisi."), "kode")
    if len(kode) > 20:
        raise ValidationError(_("Kode layanan paling panjang 20 karakter."), "kode")
    if not nama:
        raise ValidationError(_("Nama layanan wajib diisi."), "nama")
    if len(nama) > 200:
        raise ValidationError(_("Nama layanan paling panjang 200 karakter."), "nama")
    if not isinstance(data.standar, int | float) or not 0 < data.standar <= 365 * 24:
        raise ValidationError(_("Standar pelayanan harus lebih dari 0."), "standar")
    try:
        SatuanStandar(data.satuan_standar)
    except ValueError:
        raise ValidationError(_("Satuan standar harus hari kerja atau jam."), "satuan") from None
    return kode, nama


def _kode_dipakai(s: Session, unit_id: str, kode: str, kecuali: str | None = None) -> None:
    q = select(Layanan.id).where(Layanan.unit_id == unit_id, Layanan.kode == kode,
                                 Layanan.deleted.is_(False))
    if kecuali:
        q = q.where(Layanan.id != kecuali)
    if s.scalar(q.limit(1)):
        raise ValidationError(_("Kode layanan {kode} sudah dipakai di unit ini.").format(
            kode=kode), "kode")


def tambah_layanan(s: Session, unit_id: str, data: LayananInput) -> str:
    require_unit_scope(s, unit_id)
    kode, nama = _check_layanan(data)
    _kode_dipakai(s, unit_id, kode)
    urutan = (s.scalar(select(func.max(Layanan.urutan)).where(Layanan.unit_id == unit_id))
              or 0) + 1
    row = Layanan(unit_id=unit_id, kode=kode, nama=nama, standar=float(data.standar),
                  satuan_standar=SatuanStandar(data.satuan_standar).value,
                  aktif=bool(data.aktif), urutan=urutan)
    s.add(row)
    s.flush()
    return row.id


def _layanan(s: Session, layanan_id: str) -> Layanan:
    row = s.get(Layanan, layanan_id)
    if row is None or row.deleted:
        raise NotFoundError(_("Jenis layanan tidak ditemukan."))
    return row


def layanan_by_kode(s: Session, unit_id: str, kode: str) -> Layanan:
    row = s.scalars(select(Layanan).where(Layanan.unit_id == unit_id, Layanan.deleted.is_(False),
                                          Layanan.kode == kode.strip().upper())).first()
    if row is None:
        raise NotFoundError(_("Layanan berkode {kode} tidak ada di katalog unit ini.").format(
            kode=kode.strip()))
    return row


def ubah_layanan(s: Session, layanan_id: str, data: LayananInput) -> None:
    row = _layanan(s, layanan_id)
    require_unit_scope(s, row.unit_id)
    kode, nama = _check_layanan(data)
    _kode_dipakai(s, row.unit_id, kode, kecuali=row.id)
    row.kode, row.nama, row.standar = kode, nama, float(data.standar)
    row.satuan_standar = SatuanStandar(data.satuan_standar).value
    row.aktif = bool(data.aktif)
    s.flush()


def hapus_layanan(s: Session, layanan_id: str) -> None:
    """Remove a service from the catalogue (a tombstone; its register rows stay)."""
    row = _layanan(s, layanan_id)
    require_unit_scope(s, row.unit_id)
    s.delete(row)
    s.flush()


# -------------------------------------------------------------------------- daily register


def id_harian(layanan_id: str, tanggal: date) -> str:
    return uuid.uuid5(_NS_HARIAN, f"{layanan_id}/{tanggal.isoformat()}").hex


def periksa_harian(data: HarianInput, hari_ini: date | None = None,
                   kemarin: int | None = None) -> None:
    """A day that has come, and numbers that add up; the message names the field at fault.

    ``kemarin`` is the backlog of the last day written before (None on the first day written,
    whose opening backlog is not known): nothing can be finished or left over that neither
    waited from before nor came in that day.
    """
    if data.tanggal > (hari_ini or date.today()):
        raise ValidationError(_("Tanggal register {tanggal} belum tiba; catat hari yang sudah "
                                "berjalan.").format(tanggal=format_tanggal(data.tanggal)),
                              "tanggal")
    if data.tanggal < AWAL_REGISTER:
        raise ValidationError(_("Tanggal register {tanggal} terlalu lama; periksa tahunnya.")
                              .format(tanggal=format_tanggal(data.tanggal)), "tanggal")
    for nama, label, nilai in (("masuk", N_("masuk"), data.masuk),
                               ("selesai", N_("selesai"), data.selesai),
                               ("tepat_waktu", N_("tepat waktu"), data.tepat_waktu),
                               ("backlog", N_("tunggakan"), data.backlog)):
        if type(nilai) is not int or nilai < 0:
            raise ValidationError(_("Jumlah {kolom} harus bilangan bulat 0 atau lebih.").format(
                kolom=_(label)), nama)
        if nilai > BATAS_ANGKA:
            raise ValidationError(_("Jumlah {kolom} terlalu besar.").format(kolom=_(label)),
                                  nama)
    if data.tepat_waktu > data.selesai:
        raise ValidationError(_("Selesai tepat waktu ({tepat}) tidak boleh melebihi jumlah "
                                "selesai ({selesai}).").format(tepat=data.tepat_waktu,
                                                                selesai=data.selesai),
                              "tepat_waktu")
    if kemarin is not None:
        periksa_arus(data, kemarin)
    if data.backlog and not clean(data.alasan_backlog):
        raise ValidationError(_("Tulis alasan tunggakan (mis. blangko habis, jaringan "
                                "terputus)."), "alasan_backlog")


def periksa_arus(data: HarianInput, kemarin: int) -> None:
    """Finished ≤ waiting + come in, and the backlog no more than what is left (it may be less:
    applications withdrawn or turned away)."""
    ada = kemarin + data.masuk
    if data.selesai > ada:
        raise ValidationError(_(
            "Selesai ({selesai}) melebihi tunggakan kemarin ({kemarin}) ditambah permohonan "
            "masuk ({masuk}).").format(selesai=angka(data.selesai), kemarin=angka(kemarin),
                                       masuk=angka(data.masuk)), "selesai")
    if data.backlog > ada - data.selesai:
        raise ValidationError(_(
            "Tunggakan akhir ({backlog}) melebihi sisa permohonan ({sisa}: tunggakan kemarin + "
            "masuk − selesai).").format(backlog=angka(data.backlog),
                                         sisa=angka(ada - data.selesai)), "backlog")


def catat_harian(s: Session, data: HarianInput, *, hari_ini: date | None = None) -> str:
    """Write one service's day (replacing what was written for that day before)."""
    lay = _layanan(s, data.layanan_id)
    require_unit_scope(s, lay.unit_id)
    periksa_harian(data, hari_ini, backlog_tercatat(s, lay.id, data.tanggal))
    rid = id_harian(lay.id, data.tanggal)
    row = s.get(LayananHarian, rid)
    alasan = clean(data.alasan_backlog) if data.backlog else None
    if row is None:
        s.add(LayananHarian(id=rid, unit_id=lay.unit_id, layanan_id=lay.id,
                            tanggal=data.tanggal, masuk=data.masuk, selesai=data.selesai,
                            tepat_waktu=data.tepat_waktu, backlog=data.backlog,
                            alasan_backlog=alasan))
    else:
        row.deleted = False
        row.unit_id, row.layanan_id, row.tanggal = lay.unit_id, lay.id, data.tanggal
        row.masuk, row.selesai, row.tepat_waktu = data.masuk, data.selesai, data.tepat_waktu
        row.backlog, row.alasan_backlog = data.backlog, alasan
    s.flush()
    return rid


def hapus_harian(s: Session, layanan_id: str, tanggal: date) -> bool:
    row = s.get(LayananHarian, id_harian(layanan_id, tanggal))
    if row is None or row.deleted:
        return False
    require_unit_scope(s, row.unit_id)
    s.delete(row)
    s.flush()
    return True


def harian(s: Session, unit_id: str, mulai: date, selesai: date) -> list[HarianView]:
    """Register rows of the unit in [mulai, selesai], by date then catalogue order."""
    q = (select(LayananHarian, Layanan)
         .join(Layanan, Layanan.id == LayananHarian.layanan_id)
         .where(LayananHarian.unit_id == unit_id, LayananHarian.deleted.is_(False),
                LayananHarian.tanggal >= mulai, LayananHarian.tanggal <= selesai)
         .order_by(LayananHarian.tanggal, Layanan.urutan, Layanan.kode))
    return [HarianView(h.id, lay.id, lay.kode, lay.nama, h.tanggal or mulai, h.masuk, h.selesai,
                       h.tepat_waktu, h.backlog, h.alasan_backlog) for h, lay in s.execute(q)]


def backlog_saran(kemarin: int, masuk: int, selesai: int) -> int:
    """The backlog a day ends with when nothing else is known: what was left, plus what came
    in, minus what was finished."""
    return max(0, kemarin + masuk - selesai)


def backlog_tercatat(s: Session, layanan_id: str, tanggal: date) -> int | None:
    """The backlog last written before ``tanggal``; None when no earlier day is written."""
    value = s.scalar(select(LayananHarian.backlog).where(
        LayananHarian.layanan_id == layanan_id, LayananHarian.deleted.is_(False),
        LayananHarian.tanggal < tanggal).order_by(LayananHarian.tanggal.desc()).limit(1))
    return None if value is None else int(value)


def backlog_kemarin(s: Session, layanan_id: str, tanggal: date) -> int:
    """The backlog last written before ``tanggal`` (the start of a new day's count)."""
    return backlog_tercatat(s, layanan_id, tanggal) or 0
