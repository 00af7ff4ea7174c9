"""Leaving service and coming back, at the central: ``berhenti`` (pensiun, meninggal, pindah
instansi, diberhentikan), ``pulihkan`` (a berhenti undone) and the placement history.

An employee who leaves is kept, inactive, with the reason and the date: the appraisal record
stays readable and the history intact. Their subordinates are left as they are (the central
sets their new atasan); the result names them so nobody is forgotten. Units learn of both
changes in the central's next package, like any change of master data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from asn_desktop.db.models import OrgUnit, Pegawai, RiwayatPenempatan
from asn_desktop.domain.siklus_pegawai import (
    LABEL_ALASAN_BERHENTI,
    LABEL_PERISTIWA,
    AlasanBerhenti,
    Peristiwa,
)
from asn_desktop.errors import NotFoundError, PermissionError_, ValidationError
from asn_desktop.services import penempatan
from asn_desktop.services.authority import pelaku
from asn_desktop.services.pegawai import label_alasan, nama_lengkap, pegawai_by_nip
from asn_desktop.services.riwayat import clean
from asn_desktop.teks import _, _n

# A date of leaving further ahead than this is a typing mistake, not a plan.
BATAS_MAJU = timedelta(days=365)


@dataclass(frozen=True)
class BerhentiHasil:
    pegawai: Pegawai
    nama: str  # with gelar
    nip: str
    alasan: AlasanBerhenti
    tanggal: date
    bawahan_tanpa_atasan: list[str]  # names of the direct subordinates left without an atasan

    @property
    def ringkasan(self) -> str:
        teks = _("{nama} ({nip}) dicatat berhenti per {tanggal}: {alasan}.").format(
            nama=self.nama, nip=self.nip, tanggal=self.tanggal.isoformat(),
            alasan=label_alasan(self.alasan))
        n = len(self.bawahan_tanpa_atasan)
        if n:
            teks += " " + _n("1 bawahan langsung kini tanpa atasan langsung yang aktif: "
                             "{bawahan}; tetapkan atasan barunya.",
                             "{n} bawahan langsung kini tanpa atasan langsung yang aktif: "
                             "{bawahan}; tetapkan atasan barunya.", n).format(
                n=n, bawahan=", ".join(self.bawahan_tanpa_atasan))
        return teks + " " + _("Unit mengetahuinya dari paket pusat berikutnya.")


@dataclass(frozen=True)
class PenempatanRow:
    tmt: date | None
    peristiwa: str
    peristiwa_label: str
    unit_kode: str
    unit_nama: str
    jabatan: str
    atasan_nama: str  # with gelar; "" without an atasan
    catatan: str
    waktu: str  # when it was recorded (ISO timestamp)


def _hanya_pusat(s: Session) -> None:
    if not pelaku(s).may_write_master:
        raise PermissionError_(_("Pegawai berhenti dan pemulihannya dicatat oleh pusat "
                                 "(BKPSDM); unit menerimanya melalui paket sinkronisasi."))


def _alasan(alasan: AlasanBerhenti | str) -> AlasanBerhenti:
    try:
        return AlasanBerhenti(alasan)
    except ValueError:
        pilihan = ", ".join(LABEL_ALASAN_BERHENTI.values())
        raise ValidationError(_("Alasan berhenti tidak dikenal: {alasan} (pilih: {pilihan}).")
                              .format(alasan=repr(alasan), pilihan=pilihan),
                              "alasan") from None


def cek_berhenti(p: Pegawai, tanggal: date, hari_ini: date | None = None) -> None:
    """Raise unless ``p`` may be recorded as leaving service on ``tanggal``."""
    if not p.aktif:
        alasan = f" ({label_alasan(p.alasan_berhenti)})" if p.alasan_berhenti else ""
        if p.tanggal_berhenti:
            pesan = _("{nama} ({nip}) sudah tercatat berhenti per {tanggal}{alasan}.").format(
                nama=p.nama, nip=p.nip, tanggal=p.tanggal_berhenti.isoformat(), alasan=alasan)
        else:
            pesan = _("{nama} ({nip}) sudah tercatat berhenti{alasan}.").format(
                nama=p.nama, nip=p.nip, alasan=alasan)
        raise ValidationError(pesan, "nip", "sudah_berhenti")
    if p.tmt_unit is not None and tanggal < p.tmt_unit:
        raise ValidationError(_("Tanggal berhenti {tanggal} untuk {nama} lebih awal dari TMT "
                                "penempatannya ({tmt}).").format(
                                    tanggal=tanggal.isoformat(), nama=p.nama,
                                    tmt=p.tmt_unit.isoformat()), "tanggal")
    batas = (hari_ini or date.today()) + BATAS_MAJU
    if tanggal > batas:
        raise ValidationError(_("Tanggal berhenti {tanggal} lebih dari setahun ke depan; "
                                "periksa tahunnya.").format(tanggal=tanggal.isoformat()),
                              "tanggal")


def catat_berhenti(s: Session, p: Pegawai, alasan: AlasanBerhenti, tanggal: date,
                   catatan: str | None = None) -> BerhentiHasil:
    """Record ``p`` as having left (already checked with ``cek_berhenti``); the shared step of
    ``berhenti`` and of a roster import that lets go the employees missing from the file."""
    label = label_alasan(alasan)
    teks = clean(catatan)
    penempatan.catat(s, p, Peristiwa.BERHENTI, tmt=tanggal,
                     catatan=f"{label}; {teks}" if teks else label)
    p.aktif = False
    p.alasan_berhenti = alasan.value
    p.tanggal_berhenti = tanggal
    p.pimpinan_unit = False
    s.flush()
    bawahan = [nama_lengkap(*r) for r in s.execute(
        select(Pegawai.nama, Pegawai.gelar_depan, Pegawai.gelar_belakang)
        .where(Pegawai.atasan_id == p.id, Pegawai.deleted.is_(False), Pegawai.aktif.is_(True))
        .order_by(Pegawai.nama, Pegawai.id))]
    return BerhentiHasil(p, nama_lengkap(p.nama, p.gelar_depan, p.gelar_belakang), p.nip,
                         alasan, tanggal, bawahan)


def berhenti(s: Session, nip: str, alasan: AlasanBerhenti, tanggal: date,
             catatan: str | None = None) -> BerhentiHasil:
    """Record that the employee with ``nip`` left service on ``tanggal`` (central only): kept,
    inactive, no longer head of the unit; a BERHENTI row joins the placement history."""
    _hanya_pusat(s)
    alasan = _alasan(alasan)
    p = pegawai_by_nip(s, nip)
    cek_berhenti(p, tanggal)
    return catat_berhenti(s, p, alasan, tanggal, catatan)


def pulihkan(s: Session, nip: str, catatan: str | None = None) -> Pegawai:
    """Undo a berhenti (central only): the employee is active again, reason and date cleared,
    and a PULIH row joins the history. Refused while the NIP belongs to an active employee
    (a NIP has one live holder: the data file's unique index on live rows)."""
    _hanya_pusat(s)
    p = pegawai_by_nip(s, nip)
    if p.aktif:
        raise ValidationError(_("NIP {nip} dipakai pegawai aktif {nama}; tidak ada yang "
                                "dipulihkan.").format(nip=p.nip, nama=p.nama),
                              "nip", "masih_aktif")
    semula = ", ".join(x for x in (label_alasan(p.alasan_berhenti),
                                   p.tanggal_berhenti.isoformat() if p.tanggal_berhenti else "")
                       if x)
    teks = clean(catatan)
    keterangan = f"Membatalkan berhenti ({semula})" if semula else "Membatalkan berhenti"
    p.aktif = True
    p.alasan_berhenti = None
    p.tanggal_berhenti = None
    penempatan.catat(s, p, Peristiwa.PULIH, tmt=date.today(),
                     catatan=f"{keterangan}; {teks}" if teks else keterangan)
    return p


def riwayat_penempatan(s: Session, pegawai_id: str) -> list[PenempatanRow]:
    """The employee's placement history, newest first (in the order it was recorded)."""
    if s.get(Pegawai, pegawai_id) is None:
        raise NotFoundError(_("Pegawai tidak ditemukan."))
    atasan = aliased(Pegawai)
    q = (select(RiwayatPenempatan.tmt, RiwayatPenempatan.peristiwa, OrgUnit.kode, OrgUnit.nama,
                RiwayatPenempatan.jabatan, atasan.nama, atasan.gelar_depan,
                atasan.gelar_belakang, RiwayatPenempatan.catatan, RiwayatPenempatan.waktu)
         .outerjoin(OrgUnit, OrgUnit.id == RiwayatPenempatan.unit_id)
         .outerjoin(atasan, atasan.id == RiwayatPenempatan.atasan_id)
         .where(RiwayatPenempatan.pegawai_id == pegawai_id,
                RiwayatPenempatan.deleted.is_(False))
         .order_by(RiwayatPenempatan.waktu.desc(), RiwayatPenempatan.id.desc()))
    out = []
    for tmt, peristiwa, kode, unit, jabatan, a_nama, a_depan, a_belakang, catatan, waktu in (
            s.execute(q)):
        try:
            label = LABEL_PERISTIWA[Peristiwa(peristiwa)]
        except ValueError:
            label = peristiwa
        out.append(PenempatanRow(
            tmt, peristiwa, label, kode or "", unit or "", jabatan or "",
            nama_lengkap(a_nama, a_depan, a_belakang) if a_nama else "", catatan or "",
            waktu))
    return out
