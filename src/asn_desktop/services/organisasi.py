"""The organisation tree at the central (BKPSDM): adding, editing, moving, closing, removing and
restoring units, with what each unit prints on its letterhead (tempat, alamat, extra kop lines,
logo), its own evaluation frequency and its leader.

A unit that has had employees is never removed: it is closed (``ditutup``), keeping its
history, and closed units receive no new placements or invitations. Removal is a tombstone
(``deleted``), allowed only for a unit nothing ever referred to, and undone by
:func:`pulihkan_unit`. Every write asks :func:`authority.require_master` first and checks
everything before it changes anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from asn_desktop.db.models import (
    CapaianUnit,
    ChangeLog,
    ForumEvaluasi,
    OrgUnit,
    Pegawai,
    RiwayatPenempatan,
)
from asn_desktop.db.sync_models import ACTIVE, INVITED, SyncPeer
from asn_desktop.domain.dates import format_tanggal
from asn_desktop.domain.periods import Frekuensi
from asn_desktop.domain.unit_kerja import (
    KODE_UNIT,
    LABEL_JENIS_UNIT,
    MAX_ALAMAT,
    MAX_BARIS_KOP_PANJANG,
    MAX_KOP_BARIS,
    MAX_LOGO_BYTES,
    MAX_NAMA_UNIT,
    MAX_TEMPAT,
    JenisUnit,
    masalah_png,
)
from asn_desktop.errors import NotFoundError, ValidationError
from asn_desktop.services import orgs
from asn_desktop.services.authority import require_master
from asn_desktop.teks import _, _n


@dataclass(frozen=True)
class UnitInput:
    """What the unit form (or the CLI) supplies; text is trimmed and jenis and frekuensi are
    read case-insensitively.

    ``frekuensi_evaluasi``: None follows the year's frequency, else a ``Frekuensi`` value.
    ``pimpinan_nip``: the employee (active, placed in this unit) marked as its leader; None
    means no leader is recorded. :func:`ubah_unit` leaves the marks alone while the value is
    the one :func:`detail_unit` shows.
    ``logo_png``/``hapus_logo``: in :func:`ubah_unit` a logo replaces the current one, None
    keeps it, and ``hapus_logo=True`` (with ``logo_png`` None) removes it."""

    kode: str
    nama: str
    jenis: str
    induk_kode: str | None
    tempat: str = "Serang"
    alamat: str | None = None
    kop_baris: tuple[str, ...] = ()
    frekuensi_evaluasi: str | None = None
    pimpinan_nip: str | None = None
    logo_png: bytes | None = None
    hapus_logo: bool = False


@dataclass(frozen=True)
class UnitDetail:
    id: str
    kode: str
    nama: str
    jenis: str
    induk_id: str | None
    induk_kode: str | None
    tempat: str
    alamat: str | None
    kop_baris: tuple[str, ...]
    frekuensi_evaluasi: str | None
    pimpinan_nip: str | None
    pimpinan_nama: str | None
    ada_logo: bool
    ditutup: date | None
    jumlah_pegawai: int  # active employees placed in this unit itself
    jumlah_sub_unit: int  # live units directly below it, closed ones included
    punya_instalasi: bool  # an invited or active unit installation serves it
    jenis_label: str = ""
    kedalaman: int = 0  # depth in the tree (0: the root)
    urutan: int = 0  # position among its siblings

    def sebagai_input(self) -> UnitInput:
        """The unit as form input, to change a few fields and pass to :func:`ubah_unit`."""
        return UnitInput(self.kode, self.nama, self.jenis, self.induk_kode, self.tempat,
                         self.alamat, self.kop_baris, self.frekuensi_evaluasi,
                         self.pimpinan_nip)


@dataclass(frozen=True)
class _Nilai:
    """Checked and normalised values of a ``UnitInput``."""

    kode: str
    nama: str
    jenis: str
    parent_id: str | None
    tempat: str
    alamat: str | None
    kop_baris: str | None
    frekuensi: str | None
    pimpinan: Pegawai | None


# ------------------------------------------------------------------------------------ reads


def _live(s: Session, kode_or_id: str) -> OrgUnit | None:
    """A live unit by id, or by kode (case-insensitive; an exact match first)."""
    unit = s.get(OrgUnit, kode_or_id)
    if unit is not None and not unit.deleted:
        return unit
    return _by_kode(s, kode_or_id)


def _by_kode(s: Session, kode: str) -> OrgUnit | None:
    teks = kode.strip()
    found = list(s.scalars(select(OrgUnit).where(
        func.upper(OrgUnit.kode) == teks.upper(), OrgUnit.deleted.is_(False))
        .order_by(OrgUnit.id)))
    exact = [u for u in found if u.kode == teks]
    return (exact or found)[0] if found else None


def _unit(s: Session, kode_or_id: str) -> OrgUnit:
    unit = _live(s, kode_or_id)
    if unit is None:
        raise NotFoundError(_("Unit dengan kode '{kode}' tidak ditemukan.").format(
            kode=kode_or_id))
    return unit


def _pimpinan(s: Session, unit_ids: Sequence[str] | None = None) -> dict[str, Pegawai]:
    """The leader of each unit: an active employee marked pimpinan_unit (first by name)."""
    q = select(Pegawai).where(Pegawai.pimpinan_unit.is_(True), Pegawai.aktif.is_(True),
                              Pegawai.deleted.is_(False))
    if unit_ids is not None:
        q = q.where(Pegawai.unit_id.in_(unit_ids))
    out: dict[str, Pegawai] = {}
    for p in s.scalars(q.order_by(Pegawai.nama, Pegawai.id)):
        if p.unit_id is not None:
            out.setdefault(p.unit_id, p)
    return out


def _counts(s: Session, by: InstrumentedAttribute[str | None],
            *conditions: ColumnElement[bool]) -> dict[str, int]:
    rows = s.execute(select(by, func.count()).where(*conditions).group_by(by))
    return {k: int(n) for k, n in rows if k is not None}


def _berinstalasi(s: Session) -> set[str]:
    return {u for u in s.scalars(select(SyncPeer.unit_id).where(
        SyncPeer.role == "unit", SyncPeer.status.in_((ACTIVE, INVITED)))) if u}


def _details(s: Session, rows: Sequence[orgs.UnitRow]) -> list[UnitDetail]:
    ids = [r.id for r in rows]
    units = {u.id: u for u in s.scalars(select(OrgUnit).where(OrgUnit.id.in_(ids)))}
    kode_of = {i: k for i, k in s.execute(select(OrgUnit.id, OrgUnit.kode))}
    pegawai = _counts(s, Pegawai.unit_id, Pegawai.aktif.is_(True), Pegawai.deleted.is_(False),
                      Pegawai.unit_id.in_(ids))
    anak = _counts(s, OrgUnit.parent_id, OrgUnit.deleted.is_(False),
                   OrgUnit.parent_id.in_(ids))
    pimpinan = _pimpinan(s, ids)
    instalasi = _berinstalasi(s)
    out = []
    for r in rows:
        u = units[r.id]
        kop = tuple(x for x in (u.kop_baris or "").splitlines() if x.strip())
        p = pimpinan.get(u.id)
        try:
            label = LABEL_JENIS_UNIT[JenisUnit(u.jenis)]
        except ValueError:
            label = u.jenis
        out.append(UnitDetail(
            u.id, u.kode, u.nama, u.jenis, u.parent_id,
            kode_of.get(u.parent_id) if u.parent_id else None, u.tempat, u.alamat, kop,
            u.frekuensi_evaluasi, p.nip if p else None, p.nama if p else None,
            bool(u.logo_png), u.ditutup, pegawai.get(u.id, 0), anak.get(u.id, 0),
            u.id in instalasi, label, r.depth, u.urutan))
    return out


def daftar_unit(s: Session, *, termasuk_ditutup: bool = False) -> list[UnitDetail]:
    """Live units in tree order; closed ones (and what lies below them) only when asked."""
    return _details(s, orgs.list_units(s, termasuk_ditutup=termasuk_ditutup))


def detail_unit(s: Session, kode_or_id: str) -> UnitDetail:
    """One live unit (closed ones included) by kode or id."""
    u = _unit(s, kode_or_id)
    depth = len(orgs.unit_path(s, u.id)) - 1
    return _details(s, [orgs.UnitRow(u.id, u.kode, u.nama, u.jenis, u.parent_id, depth,
                                     u.ditutup)])[0]


def logo_unit(s: Session, kode_or_id: str) -> bytes | None:
    """The unit's own logo (PNG bytes), for the form to show."""
    return _unit(s, kode_or_id).logo_png


# ------------------------------------------------------------------------------- checking


def validate_unit(s: Session, data: UnitInput, unit_id: str | None = None) -> None:
    """Check a new unit (``unit_id`` None) or the new values of an existing one; raise
    ValidationError naming the first field at fault."""
    unit = None
    if unit_id is not None:
        unit = s.get(OrgUnit, unit_id)
        if unit is None or unit.deleted:
            raise NotFoundError(_("Unit tidak ditemukan."))
    _periksa(s, data, unit)


def _periksa(s: Session, data: UnitInput, unit: OrgUnit | None) -> _Nilai:
    kode = data.kode.strip()
    if not KODE_UNIT.fullmatch(kode):
        raise ValidationError(
            _("Kode unit hanya boleh berisi huruf, angka, titik dan tanda hubung, tanpa spasi, "
              "paling panjang 40 karakter, diawali dan diakhiri huruf atau angka (misalnya "
              "3673.DINKES)."), "kode")
    clash = _by_kode(s, kode)
    if clash is not None and (unit is None or clash.id != unit.id):
        raise ValidationError(_("Kode {kode} sudah dipakai {unit}.").format(
            kode=kode, unit=clash.nama), "kode")
    nama = " ".join(data.nama.split())
    if not nama:
        raise ValidationError(_("Nama unit wajib diisi."), "nama")
    if len(nama) > MAX_NAMA_UNIT:
        raise ValidationError(_("Nama unit paling panjang {n} karakter.").format(
            n=MAX_NAMA_UNIT), "nama")
    jenis = data.jenis.strip().upper()
    if jenis not in JenisUnit.__members__:
        pilihan = ", ".join(j.value for j in JenisUnit)
        raise ValidationError(_("Jenis unit '{jenis}' tidak dikenal; pilih {pilihan}.").format(
            jenis=data.jenis, pilihan=pilihan), "jenis")
    parent_id = _periksa_induk(s, unit, data.induk_kode, jenis)
    tempat = " ".join(data.tempat.split())
    if not tempat:
        raise ValidationError(_("Tempat (kota penandatanganan) wajib diisi."), "tempat")
    if len(tempat) > MAX_TEMPAT:
        raise ValidationError(_("Tempat paling panjang {n} karakter.").format(n=MAX_TEMPAT),
                              "tempat")
    alamat = (data.alamat or "").strip() or None
    if alamat is not None and len(alamat) > MAX_ALAMAT:
        raise ValidationError(_("Alamat paling panjang {n} karakter.").format(n=MAX_ALAMAT),
                              "alamat")
    kop = _periksa_kop(data.kop_baris)
    frekuensi = (data.frekuensi_evaluasi or "").strip().upper() or None
    if frekuensi is not None and frekuensi not in Frekuensi.__members__:
        raise ValidationError(
            _("Frekuensi evaluasi harus BULANAN, TRIWULANAN atau SEMESTERAN (kosongkan untuk "
              "mengikuti frekuensi tahun kinerja)."), "frekuensi_evaluasi")
    pimpinan = _periksa_pimpinan(s, data.pimpinan_nip, unit)
    if data.logo_png is not None:
        if data.hapus_logo:
            raise ValidationError(_("Pilih salah satu: ganti gambar kop atau hapus gambar kop."),
                                  "logo_png")
        if len(data.logo_png) > MAX_LOGO_BYTES:
            raise ValidationError(_("Berkas gambar paling besar {n} KB.").format(
                n=MAX_LOGO_BYTES // 1024), "logo_png")
        masalah = masalah_png(data.logo_png)
        if masalah is not None:
            raise ValidationError(_(masalah), "logo_png")
    return _Nilai(kode, nama, jenis, parent_id, tempat, alamat, "\n".join(kop) or None,
                  frekuensi, pimpinan)


def _root(s: Session) -> OrgUnit | None:
    return s.scalars(select(OrgUnit).where(OrgUnit.parent_id.is_(None),
                                           OrgUnit.deleted.is_(False))
                     .order_by(OrgUnit.id)).first()


def _periksa_induk(s: Session, unit: OrgUnit | None, induk_kode: str | None,
                   jenis: str) -> str | None:
    """The parent id for ``induk_kode``: the tree keeps exactly one root, the PEMKOT, and
    never gets a cycle; a new parent must be open."""
    if not (induk_kode or "").strip():
        root = _root(s)
        if root is not None and (unit is None or root.id != unit.id):
            raise ValidationError(_("Unit induk wajib diisi: unit teratas hanya satu, yaitu "
                                    "{nama} ({kode}).").format(nama=root.nama, kode=root.kode),
                                  "induk_kode")
        if jenis != JenisUnit.PEMKOT:
            raise ValidationError(_("Unit teratas harus berjenis PEMKOT."), "jenis")
        return None
    if jenis == JenisUnit.PEMKOT:
        raise ValidationError(_("Jenis PEMKOT hanya untuk unit teratas; pilih jenis lain."),
                              "jenis")
    assert induk_kode is not None
    induk = _live(s, induk_kode)
    if induk is None:
        raise ValidationError(_("Unit induk '{kode}' tidak ditemukan.").format(
            kode=induk_kode.strip()), "induk_kode")
    if unit is not None:
        if unit.parent_id is None:
            raise ValidationError(_("Unit teratas tidak dapat dipindahkan ke bawah unit lain."),
                                  "induk_kode")
        if induk.id in orgs.subtree_ids(s, unit.id):
            raise ValidationError(_("{nama} tidak dapat dipindahkan ke bawah dirinya sendiri "
                                    "atau sub-unitnya.").format(nama=unit.nama), "induk_kode")
        if induk.id == unit.parent_id:
            return induk.id  # unchanged: a closed parent of a closed unit may stay
    if induk.ditutup is not None:
        raise ValidationError(_("Unit induk {nama} sudah ditutup sejak {tanggal}; pilih unit "
                                "yang masih aktif.").format(
                                    nama=induk.nama, tanggal=format_tanggal(induk.ditutup)),
                              "induk_kode")
    return induk.id


def _periksa_kop(baris: Sequence[str]) -> list[str]:
    kop = []
    for x in baris:
        if "\n" in x or "\r" in x:
            raise ValidationError(_("Satu baris kop tidak boleh berisi ganti baris; tulis "
                                    "sebagai baris terpisah."), "kop_baris")
        x = " ".join(x.split())
        if len(x) > MAX_BARIS_KOP_PANJANG:
            raise ValidationError(_("Satu baris kop paling panjang {n} karakter.").format(
                n=MAX_BARIS_KOP_PANJANG), "kop_baris")
        if x:
            kop.append(x)
    if len(kop) > MAX_KOP_BARIS:
        raise ValidationError(_("Kop paling banyak {n} baris tambahan (tertulis {tertulis}).")
                              .format(n=MAX_KOP_BARIS, tertulis=len(kop)), "kop_baris")
    return kop


def _periksa_pimpinan(s: Session, nip: str | None, unit: OrgUnit | None) -> Pegawai | None:
    nip = (nip or "").strip()
    if not nip:
        return None
    p = s.scalars(select(Pegawai).where(Pegawai.nip == nip, Pegawai.deleted.is_(False))).first()
    if p is None:
        raise ValidationError(_("Pegawai dengan NIP {nip} tidak ditemukan.").format(nip=nip),
                              "pimpinan_nip")
    if unit is None or p.unit_id != unit.id:
        raise ValidationError(_("{nama} tidak ditempatkan di unit ini; pindahkan (mutasi) "
                                "ke unit ini dahulu, lalu tetapkan sebagai pimpinan.").format(
                                    nama=p.nama), "pimpinan_nip")
    if not p.aktif:
        raise ValidationError(_("{nama} tidak aktif lagi dan tidak dapat menjadi pimpinan.")
                              .format(nama=p.nama), "pimpinan_nip")
    return p


# ----------------------------------------------------------------------------------- writes


def _urutan_akhir(s: Session, parent_id: str | None) -> int:
    q = select(func.max(OrgUnit.urutan)).where(OrgUnit.deleted.is_(False))
    q = q.where(OrgUnit.parent_id.is_(None) if parent_id is None
                else OrgUnit.parent_id == parent_id)
    last = s.scalar(q)
    return 0 if last is None else int(last) + 1


def _tetapkan_pimpinan(s: Session, unit: OrgUnit, pimpinan: Pegawai | None) -> None:
    """Mark ``pimpinan`` as the unit's leader and clear the mark on everyone else there."""
    for p in s.scalars(select(Pegawai).where(Pegawai.unit_id == unit.id,
                                             Pegawai.deleted.is_(False))):
        ingin = pimpinan is not None and p.id == pimpinan.id
        if p.pimpinan_unit != ingin:
            p.pimpinan_unit = ingin


def tambah_unit(s: Session, data: UnitInput) -> OrgUnit:
    """Add a unit below ``data.induk_kode`` (last among its siblings)."""
    require_master(s)
    v = _periksa(s, data, None)
    unit = OrgUnit(kode=v.kode, nama=v.nama, jenis=v.jenis, parent_id=v.parent_id,
                   tempat=v.tempat, alamat=v.alamat, kop_baris=v.kop_baris,
                   frekuensi_evaluasi=v.frekuensi, logo_png=data.logo_png,
                   urutan=_urutan_akhir(s, v.parent_id))
    s.add(unit)
    s.flush()
    return unit


def ubah_unit(s: Session, kode: str, data: UnitInput) -> OrgUnit:
    """Change a unit's values (its kode too); a new induk follows :func:`pindah_unit`'s rules.
    See :class:`UnitInput` for the logo and the leader."""
    require_master(s)
    unit = _unit(s, kode)
    v = _periksa(s, data, unit)
    sekarang = _pimpinan(s, [unit.id]).get(unit.id)
    if v.parent_id != unit.parent_id:
        unit.urutan = _urutan_akhir(s, v.parent_id)
        unit.parent_id = v.parent_id
    unit.kode, unit.nama, unit.jenis = v.kode, v.nama, v.jenis
    unit.tempat, unit.alamat, unit.kop_baris = v.tempat, v.alamat, v.kop_baris
    unit.frekuensi_evaluasi = v.frekuensi
    if data.logo_png is not None:
        unit.logo_png = data.logo_png
    elif data.hapus_logo:
        unit.logo_png = None
    if (v.pimpinan.nip if v.pimpinan else None) != (sekarang.nip if sekarang else None):
        _tetapkan_pimpinan(s, unit, v.pimpinan)
    s.flush()
    return unit


def pindah_unit(s: Session, kode: str, induk_kode: str) -> OrgUnit:
    """Move a unit (with everything below it) under another open unit."""
    require_master(s)
    unit = _unit(s, kode)
    parent_id = _periksa_induk(s, unit, induk_kode, unit.jenis)
    if parent_id == unit.parent_id:
        raise ValidationError(_("{nama} sudah berada di bawah unit itu.").format(
            nama=unit.nama), "induk_kode")
    unit.urutan = _urutan_akhir(s, parent_id)
    unit.parent_id = parent_id
    s.flush()
    return unit


def urutkan_sub_unit(s: Session, induk_kode: str, kode_urut: Sequence[str]) -> None:
    """Put the units directly below ``induk_kode`` in the order given (those not named keep
    their relative order after them)."""
    require_master(s)
    induk = _unit(s, induk_kode)
    anak = list(s.scalars(select(OrgUnit).where(OrgUnit.parent_id == induk.id,
                                                OrgUnit.deleted.is_(False))
                          .order_by(OrgUnit.urutan, OrgUnit.nama)))
    urut: list[OrgUnit] = []
    for k in kode_urut:
        u = _live(s, k)
        if u is None or u.parent_id != induk.id:
            raise ValidationError(_("Unit '{kode}' tidak berada langsung di bawah {induk}.")
                                  .format(kode=k, induk=induk.nama), "kode")
        if u in urut:
            raise ValidationError(_("Unit {kode} disebut dua kali.").format(kode=u.kode),
                                  "kode")
        urut.append(u)
    for i, u in enumerate(urut + [u for u in anak if u not in urut]):
        if u.urutan != i:
            u.urutan = i
    s.flush()


def tutup_unit(s: Session, kode: str, tanggal: date | None = None) -> OrgUnit:
    """Close a unit from ``tanggal`` (default today): it keeps its history but takes no new
    placements. Its employees and open sub-units must have gone first."""
    require_master(s)
    unit = _unit(s, kode)
    tanggal = tanggal or date.today()
    if unit.parent_id is None:
        raise ValidationError(_("Unit teratas (pemerintah kota) tidak dapat ditutup."), "kode")
    if unit.ditutup is not None:
        raise ValidationError(_("{nama} sudah ditutup sejak {tanggal}.").format(
            nama=unit.nama, tanggal=format_tanggal(unit.ditutup)), "kode")
    if tanggal > date.today():
        raise ValidationError(_("Tanggal penutupan tidak boleh di masa depan; tutup unit pada "
                                "hari penutupannya."), "tanggal")
    aktif = s.scalar(select(func.count()).select_from(Pegawai).where(
        Pegawai.unit_id == unit.id, Pegawai.aktif.is_(True), Pegawai.deleted.is_(False)))
    if aktif:
        raise ValidationError(
            _n("{nama} masih memiliki 1 pegawai aktif; pindahkan mereka dahulu "
               "(mutasi: asn-desktop pegawai pindah) atau catat pemberhentiannya, lalu tutup "
               "unit ini.",
               "{nama} masih memiliki {n} pegawai aktif; pindahkan mereka dahulu "
               "(mutasi: asn-desktop pegawai pindah) atau catat pemberhentiannya, lalu tutup "
               "unit ini.", aktif).format(nama=unit.nama, n=aktif), "kode")
    terbuka = list(s.scalars(select(OrgUnit.kode).where(
        OrgUnit.parent_id == unit.id, OrgUnit.deleted.is_(False), OrgUnit.ditutup.is_(None))
        .order_by(OrgUnit.kode)))
    if terbuka:
        raise ValidationError(
            _n("{nama} masih memiliki 1 sub-unit yang terbuka ({kode}); pindahkan atau "
               "tutup sub-unit itu dahulu.",
               "{nama} masih memiliki {n} sub-unit yang terbuka ({kode}); pindahkan atau "
               "tutup sub-unit itu dahulu.", len(terbuka)).format(
                nama=unit.nama, n=len(terbuka),
                kode=", ".join(terbuka[:5]) + (", …" if len(terbuka) > 5 else "")), "kode")
    unit.ditutup = tanggal
    s.flush()
    return unit


def buka_unit(s: Session, kode: str) -> OrgUnit:
    """Reopen a closed unit (its parent must be open)."""
    require_master(s)
    unit = _unit(s, kode)
    if unit.ditutup is None:
        raise ValidationError(_("{nama} tidak sedang ditutup.").format(nama=unit.nama), "kode")
    induk = s.get(OrgUnit, unit.parent_id) if unit.parent_id else None
    if induk is not None and induk.ditutup is not None:
        raise ValidationError(_("Unit induknya, {nama} ({kode}), juga ditutup; buka unit induk "
                                "itu dahulu.").format(nama=induk.nama, kode=induk.kode), "kode")
    unit.ditutup = None
    s.flush()
    return unit


def _riwayat(s: Session, unit: OrgUnit) -> str | None:
    """What ties the unit to history, in words, or None when nothing does."""
    def ada(id_: InstrumentedAttribute[str], *cond: ColumnElement[bool]) -> bool:
        return s.scalar(select(id_).where(*cond).limit(1)) is not None

    # any employee row (former and removed ones too) or placement record: someone was there
    if ada(Pegawai.id, Pegawai.unit_id == unit.id) or ada(
            RiwayatPenempatan.id, RiwayatPenempatan.unit_id == unit.id):
        return _("pernah ada pegawai yang ditempatkan di sana")
    if ada(OrgUnit.id, OrgUnit.parent_id == unit.id, OrgUnit.deleted.is_(False)):
        return _("masih ada sub-unit di bawahnya")
    if ada(CapaianUnit.id, CapaianUnit.unit_id == unit.id, CapaianUnit.deleted.is_(False)) or \
            ada(ForumEvaluasi.id, ForumEvaluasi.unit_id == unit.id,
                ForumEvaluasi.deleted.is_(False)):
        return _("sudah ada data kinerja unit (capaian atau forum evaluasi)")
    if unit.id in _berinstalasi(s):
        return _("unit ini memiliki instalasi unit (sudah diundang)")
    return None


def hapus_unit(s: Session, kode: str) -> None:
    """Remove a unit nothing ever referred to (a tombstone, undone by :func:`pulihkan_unit`);
    any other unit is closed instead."""
    require_master(s)
    unit = _unit(s, kode)
    if unit.parent_id is None:
        raise ValidationError(_("Unit teratas (pemerintah kota) tidak dapat dihapus."), "kode")
    alasan = _riwayat(s, unit)
    if alasan is not None:
        raise ValidationError(
            _("{nama} tidak dapat dihapus karena {alasan}. Tutup unit ini (asn-desktop "
              "unit tutup {kode}) agar riwayatnya tetap tersimpan.").format(
                nama=unit.nama, alasan=alasan, kode=unit.kode), "kode")
    unit.deleted = True
    s.flush()


def pulihkan_unit(s: Session, kode: str) -> OrgUnit:
    """Undo :func:`hapus_unit`: the unit removed last with this kode (or with this id)."""
    require_master(s)
    unit = s.get(OrgUnit, kode)
    if unit is None or not unit.deleted:
        kandidat = list(s.scalars(select(OrgUnit).where(
            func.upper(OrgUnit.kode) == kode.strip().upper(), OrgUnit.deleted.is_(True))))
        if not kandidat:
            raise NotFoundError(_("Tidak ada unit terhapus dengan kode '{kode}'.").format(
                kode=kode))
        kapan = {i: n for i, n in s.execute(
            select(ChangeLog.row_id, func.max(ChangeLog.seq)).where(
                ChangeLog.tbl == "org_unit", ChangeLog.field == "deleted",
                ChangeLog.row_id.in_([u.id for u in kandidat])).group_by(ChangeLog.row_id))}
        unit = max(kandidat, key=lambda u: (kapan.get(u.id, 0), u.id))
    clash = _by_kode(s, unit.kode)
    if clash is not None:
        raise ValidationError(_("Kode {kode} sekarang dipakai {unit}; ubah kode unit itu "
                                "dahulu.").format(kode=unit.kode, unit=clash.nama), "kode")
    if unit.parent_id is None:
        root = _root(s)
        if root is not None:
            raise ValidationError(_("Unit teratas sudah ada ({nama}); unit ini tidak dapat "
                                    "dipulihkan sebagai unit teratas kedua.").format(
                                        nama=root.nama), "kode")
    else:
        induk = s.get(OrgUnit, unit.parent_id)
        if induk is None or induk.deleted:
            raise ValidationError(_("Unit induknya juga terhapus; pulihkan unit induk itu "
                                    "dahulu."), "kode")
        if induk.ditutup is not None and unit.ditutup is None:
            raise ValidationError(_("Unit induknya, {nama}, sudah ditutup; buka unit induk itu "
                                    "dahulu.").format(nama=induk.nama), "kode")
    unit.deleted = False
    s.flush()
    return unit
