"""Employees: queries for lists (filtered and paged in SQL), detail, and validated edits."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from asn_desktop.db.models import OrgUnit, Pegawai
from asn_desktop.domain import kontak
from asn_desktop.domain.jabatan import JenisJabatan
from asn_desktop.domain.nip import NipError, StatusKepegawaian, parse_nomor_induk
from asn_desktop.domain.pangkat import GOLONGAN_PPPK, golongan_pns
from asn_desktop.domain.siklus_pegawai import LABEL_ALASAN_BERHENTI, AlasanBerhenti, Peristiwa
from asn_desktop.errors import NotFoundError, ValidationError
from asn_desktop.services import penempatan
from asn_desktop.services.authority import require_master
from asn_desktop.services.orgs import pesan_unit_ditutup
from asn_desktop.teks import _

_Q = TypeVar("_Q", bound="Select[*tuple[Any, ...]]")
_INDUK = aliased(OrgUnit)

if TYPE_CHECKING:
    from asn_desktop.services.status_kerja import FilterKerja


def nama_lengkap(nama: str, gelar_depan: str | None, gelar_belakang: str | None) -> str:
    """Name with gelar as printed: "Drs. H. Ahmad Fauzi, M.Pd."."""
    full = f"{gelar_depan.strip()} {nama}" if gelar_depan and gelar_depan.strip() else nama
    if gelar_belakang and gelar_belakang.strip():
        full = f"{full}, {gelar_belakang.strip()}"
    return full


@dataclass(frozen=True)
class PegawaiFilter:
    text: str = ""
    unit_ids: frozenset[str] | None = None  # None: every unit
    jenis_jabatan: str | None = None
    status: str | None = None  # "PNS" / "PPPK"
    termasuk_berhenti: bool = False  # also those who left service (aktif False)
    include_inactive: bool = False  # the earlier name of termasuk_berhenti
    # where their SKP or evaluation stands (services.status_kerja.FilterKerja)
    kerja: FilterKerja | None = None

    @property
    def semua(self) -> bool:
        return self.termasuk_berhenti or self.include_inactive


@dataclass(frozen=True)
class PegawaiRow:
    id: str
    nip: str
    nama: str  # with gelar
    status: str
    golongan: str
    jabatan: str
    jenis_jabatan: str
    unit_id: str | None
    unit_kode: str
    unit_nama: str
    pimpinan_unit: bool = False  # head of its unit (with the unit's jenis: the SKP form)
    aktif: bool = True  # False: left service (alasan_berhenti, tanggal_berhenti)
    alasan_berhenti: str | None = None  # domain.siklus_pegawai.AlasanBerhenti
    tanggal_berhenti: date | None = None
    # the unit above the employee's own, when that is not the government itself: a list shows
    # "Sekretariat — Dinas Pendidikan", not a bare "Sekretariat" that ten OPD have
    unit_induk: str = ""

    @property
    def unit_lengkap(self) -> str:
        return f"{self.unit_nama} — {self.unit_induk}" if self.unit_induk else self.unit_nama


SORT_COLUMNS = {
    "nama": Pegawai.nama,
    "nip": Pegawai.nip,
    "jabatan": Pegawai.jabatan,
    "unit": OrgUnit.nama,
    "status": Pegawai.status,
    "golongan": Pegawai.golongan,
}


def _filtered(s: Session, query: _Q, flt: PegawaiFilter) -> _Q:
    # Written so SQLite cannot match the partial NIP index (WHERE deleted = 0): walking that
    # index for a text search is 3x slower than a plain scan, and it would hide ix_pegawai_nama,
    # which lets a sorted first page stop after 200 rows.
    query = query.where(func.coalesce(Pegawai.deleted, False).is_(False))
    if not flt.semua:
        query = query.where(Pegawai.aktif.is_(True))
    if flt.unit_ids is not None:
        query = query.where(Pegawai.unit_id.in_(flt.unit_ids))
    if flt.jenis_jabatan:
        query = query.where(Pegawai.jenis_jabatan == flt.jenis_jabatan)
    if flt.status:
        query = query.where(Pegawai.status == flt.status)
    if flt.kerja is not None:
        from asn_desktop.services import status_kerja

        query = query.where(status_kerja.kondisi(s, flt.kerja))
    native_like = _sqlite(s)
    text = flt.text.strip()
    if text:
        digits = text.replace(" ", "")
        like = f"%{text}%"
        # SQLite's LIKE already ignores ASCII case, and ilike's lower() on every row costs ~30 %;
        # other databases (PostgreSQL) need ilike.
        if native_like:
            conds = [Pegawai.nama.like(like), Pegawai.jabatan.like(like)]
        else:
            conds = [Pegawai.nama.ilike(like), Pegawai.jabatan.ilike(like)]
        if digits.isdigit():
            conds.append(Pegawai.nip.like(f"{digits}%"))
        query = query.where(or_(*conds))
    return query


def count_pegawai(s: Session, flt: PegawaiFilter) -> int:
    q = _filtered(s, select(func.count(Pegawai.id)), flt)
    return int(s.scalar(q) or 0)


def _sqlite(s: Session) -> bool:
    return s.get_bind().dialect.name == "sqlite"


def list_pegawai(
    s: Session,
    flt: PegawaiFilter,
    *,
    offset: int = 0,
    limit: int | None = None,
    sort: str = "nama",
    descending: bool = False,
) -> list[PegawaiRow]:
    col: Any = SORT_COLUMNS.get(sort, Pegawai.nama)
    if flt.text.strip():
        # With a search the matches are few or scattered: scanning once and keeping the top rows
        # beats walking the sort column's index and testing every row in index order.
        col = func.coalesce(col, "")
    q = _filtered(
        s,
        select(
            Pegawai.id, Pegawai.nip, Pegawai.nama, Pegawai.gelar_depan, Pegawai.gelar_belakang,
            Pegawai.status, Pegawai.golongan, Pegawai.jabatan, Pegawai.jenis_jabatan,
            Pegawai.unit_id, OrgUnit.kode, OrgUnit.nama, Pegawai.pimpinan_unit, Pegawai.aktif,
            Pegawai.alasan_berhenti, Pegawai.tanggal_berhenti, _INDUK.nama, _INDUK.parent_id,
        ).outerjoin(OrgUnit, OrgUnit.id == Pegawai.unit_id)
        .outerjoin(_INDUK, _INDUK.id == OrgUnit.parent_id),
        flt,
    ).order_by(col.desc() if descending else col.asc(), Pegawai.id)
    q = q.offset(offset)
    if limit is not None:
        q = q.limit(limit)
    return [
        PegawaiRow(
            id=r[0], nip=r[1], nama=nama_lengkap(r[2], r[3], r[4]), status=r[5], golongan=r[6],
            jabatan=r[7], jenis_jabatan=r[8], unit_id=r[9], unit_kode=r[10] or "",
            unit_nama=r[11] or "", pimpinan_unit=bool(r[12]), aktif=bool(r[13]),
            alasan_berhenti=r[14], tanggal_berhenti=r[15],
            unit_induk=(r[16] or "") if r[17] is not None else "",
        )
        for r in s.execute(q)
    ]


@dataclass(frozen=True)
class PegawaiDetail:
    row: PegawaiRow
    jenis_kelamin: str
    tanggal_lahir: date | None
    atasan: PegawaiRow | None
    bawahan: list[PegawaiRow] = field(default_factory=list)
    pimpinan_unit: bool = False
    aktif: bool = True
    gelar_depan: str | None = None
    gelar_belakang: str | None = None
    nama_tanpa_gelar: str = ""
    tmt_unit: date | None = None  # TMT of the placement in the current unit
    alasan_berhenti: str | None = None  # set while not aktif (domain.siklus_pegawai)
    alasan_berhenti_label: str = ""  # "Pensiun", ...
    tanggal_berhenti: date | None = None
    # the approved annual predikat of the last years (year -> "Baik"), for HR decisions
    predikat_tahunan: dict[int, str] = field(default_factory=dict)


def _row_of(s: Session, pegawai_id: str) -> PegawaiRow | None:
    rows = list_pegawai_by_ids(s, [pegawai_id])
    return rows[0] if rows else None


def list_pegawai_by_ids(s: Session, ids: list[str], *,
                        limit: int | None = None) -> list[PegawaiRow]:
    """The rows of ``ids`` by name (the first ``limit`` of them)."""
    if not ids:
        return []
    q = (
        select(
            Pegawai.id, Pegawai.nip, Pegawai.nama, Pegawai.gelar_depan, Pegawai.gelar_belakang,
            Pegawai.status, Pegawai.golongan, Pegawai.jabatan, Pegawai.jenis_jabatan,
            Pegawai.unit_id, OrgUnit.kode, OrgUnit.nama, Pegawai.pimpinan_unit, Pegawai.aktif,
            Pegawai.alasan_berhenti, Pegawai.tanggal_berhenti, _INDUK.nama, _INDUK.parent_id,
        )
        .outerjoin(OrgUnit, OrgUnit.id == Pegawai.unit_id)
        .outerjoin(_INDUK, _INDUK.id == OrgUnit.parent_id)
        .where(Pegawai.id.in_(ids))
        .order_by(Pegawai.nama)
        .limit(limit)
    )
    return [
        PegawaiRow(r[0], r[1], nama_lengkap(r[2], r[3], r[4]), r[5], r[6], r[7], r[8], r[9],
                   r[10] or "", r[11] or "", bool(r[12]), bool(r[13]), r[14], r[15],
                   (r[16] or "") if r[17] is not None else "")
        for r in s.execute(q)
    ]


def get_pegawai(s: Session, pegawai_id: str) -> Pegawai:
    p = s.get(Pegawai, pegawai_id)
    if p is None or p.deleted:
        raise NotFoundError(_("Pegawai tidak ditemukan."))
    return p


def pegawai_by_nip(s: Session, nip: str) -> Pegawai:
    nip = nip.replace(" ", "").replace(".", "")
    p = s.scalars(select(Pegawai).where(Pegawai.nip == nip, Pegawai.deleted.is_(False))).first()
    if p is None:
        raise NotFoundError(_("Pegawai dengan NIP/NI PPPK {nip} tidak ditemukan.").format(nip=nip))
    return p


def detail(s: Session, pegawai_id: str) -> PegawaiDetail:
    p = get_pegawai(s, pegawai_id)
    row = _row_of(s, p.id)
    assert row is not None
    bawahan_ids = list(
        s.scalars(
            select(Pegawai.id).where(Pegawai.atasan_id == p.id, Pegawai.deleted.is_(False))
        )
    )
    return PegawaiDetail(
        row=row,
        jenis_kelamin=p.jenis_kelamin,
        tanggal_lahir=p.tanggal_lahir,
        atasan=_row_of(s, p.atasan_id) if p.atasan_id else None,
        bawahan=list_pegawai_by_ids(s, bawahan_ids),
        pimpinan_unit=p.pimpinan_unit,
        aktif=p.aktif,
        gelar_depan=p.gelar_depan,
        gelar_belakang=p.gelar_belakang,
        nama_tanpa_gelar=p.nama,
        tmt_unit=p.tmt_unit,
        alasan_berhenti=p.alasan_berhenti,
        alasan_berhenti_label=label_alasan(p.alasan_berhenti),
        tanggal_berhenti=p.tanggal_berhenti,
        predikat_tahunan=_predikat_tahunan(s, p.id),
    )


def _predikat_tahunan(s: Session, pegawai_id: str) -> dict[int, str]:
    from asn_desktop.services.pemantauan import riwayat_predikat  # it reads this module

    found = riwayat_predikat(s, [pegawai_id], date.today().year)
    return {y: v.value for y, v in sorted(found.get(pegawai_id, {}).items())}


def label_alasan(alasan: str | None) -> str:
    """'PENSIUN' -> 'Pensiun'; an unknown value as it is; None -> ''."""
    if not alasan:
        return ""
    try:
        return LABEL_ALASAN_BERHENTI[AlasanBerhenti(alasan)]
    except ValueError:
        return alasan


@dataclass
class PegawaiInput:
    """What the add/edit form (or an import) supplies."""

    status: str
    nip: str
    nama: str
    jabatan: str
    jenis_jabatan: str
    golongan: str
    unit_id: str | None
    gelar_depan: str | None = None
    gelar_belakang: str | None = None
    atasan_id: str | None = None
    pimpinan_unit: bool = False
    aktif: bool = True
    nip_lama: str | None = None
    email: str | None = None
    telepon: str | None = None


NAMA_MAKS = 120  # the columns' declared lengths (a server refuses a longer one)
JABATAN_MAKS = 200
GELAR_DEPAN_MAKS = 40
GELAR_BELAKANG_MAKS = 60


def validate(s: Session, data: PegawaiInput, pegawai_id: str | None = None) -> dict[str, Any]:
    """Check every field; raise ValidationError naming the first field at fault.

    Returns the normalised column values (birth date and sex come from the NIP)."""
    try:
        status = StatusKepegawaian(data.status)
    except ValueError:
        raise ValidationError(_("Status kepegawaian harus PNS atau PPPK."),
                              "status") from None
    try:
        parsed = parse_nomor_induk(status, data.nip)
    except NipError as exc:
        raise ValidationError(exc.message, "nip", exc.kode) from None
    nama = " ".join(data.nama.split())
    if len(nama) < 2:
        raise ValidationError(_("Nama wajib diisi."), "nama")
    if len(nama) > NAMA_MAKS:
        raise ValidationError(_("Nama paling panjang {n} karakter.").format(n=NAMA_MAKS), "nama")
    if not data.jabatan.strip():
        raise ValidationError(_("Jabatan wajib diisi."), "jabatan")
    if len(data.jabatan.strip()) > JABATAN_MAKS:
        raise ValidationError(_("Nama jabatan paling panjang {n} karakter.").format(
            n=JABATAN_MAKS), "jabatan")
    try:
        JenisJabatan(data.jenis_jabatan)
    except ValueError:
        raise ValidationError(_("Jenis jabatan tidak dikenal."), "jenis_jabatan") from None
    golongan = data.golongan.strip()
    if status is StatusKepegawaian.PNS:
        try:
            golongan = golongan_pns(golongan).ruang
        except ValidationError as exc:
            raise ValidationError(exc.message, "golongan") from None
    elif golongan not in GOLONGAN_PPPK:
        raise ValidationError(_("Golongan PPPK harus I sampai XVII."), "golongan")
    unit = s.get(OrgUnit, data.unit_id) if data.unit_id is not None else None
    if unit is None:
        raise ValidationError(_("Unit kerja wajib dipilih."), "unit_id")
    lama = s.get(Pegawai, pegawai_id) if pegawai_id else None
    if unit.ditutup is not None and (lama is None or lama.unit_id != unit.id):
        raise ValidationError(pesan_unit_ditutup(unit.nama, unit.kode, unit.ditutup), "unit_id")
    if data.aktif != (lama.aktif if lama is not None else True):
        raise ValidationError(_("Status aktif diubah dengan 'Berhenti' atau 'Pulihkan', yang "
                                "mencatat alasan dan tanggalnya."), "aktif")
    if data.atasan_id is not None:
        if data.atasan_id == pegawai_id:
            raise ValidationError(_("Pegawai tidak dapat menjadi atasan dirinya sendiri."),
                                  "atasan_id")
        atasan = s.get(Pegawai, data.atasan_id)
        if atasan is None:
            raise ValidationError(_("Atasan langsung tidak ditemukan."), "atasan_id")
        # an atasan who has since left stays until the central names another; a new one is
        # chosen among active employees only
        if not atasan.aktif and (lama is None or lama.atasan_id != atasan.id):
            raise ValidationError(_("{nama} sudah berhenti; pilih atasan langsung yang "
                                    "aktif.").format(nama=atasan.nama), "atasan_id")
        if pegawai_id and _would_cycle(s, pegawai_id, data.atasan_id):
            raise ValidationError(_("Atasan ini berada di bawah pegawai tersebut (berputar)."),
                                  "atasan_id")
    for gelar, maks, kolom in ((data.gelar_depan, GELAR_DEPAN_MAKS, "gelar_depan"),
                               (data.gelar_belakang, GELAR_BELAKANG_MAKS, "gelar_belakang")):
        if len((gelar or "").strip()) > maks:
            raise ValidationError(_("Gelar paling panjang {n} karakter.").format(n=maks), kolom)
    # a value stored before these checks does not block an edit of something else
    email = (data.email if lama is not None and data.email == lama.email
             else kontak.surel(data.email))
    telepon = (data.telepon if lama is not None and data.telepon == lama.telepon
               else kontak.telepon(data.telepon))
    clash = s.scalars(
        select(Pegawai.id).where(Pegawai.nip == parsed.nip, Pegawai.deleted.is_(False))
    ).first()
    if clash is not None and clash != pegawai_id:
        raise ValidationError(_("NIP {nip} sudah dipakai pegawai lain.").format(nip=parsed.nip),
                              "nip", "ganda")
    return {
        "status": status.value, "nip": parsed.nip, "nama": nama,
        "gelar_depan": (data.gelar_depan or "").strip() or None,
        "gelar_belakang": (data.gelar_belakang or "").strip() or None,
        "jenis_kelamin": parsed.jenis_kelamin, "tanggal_lahir": parsed.tanggal_lahir,
        "golongan": golongan, "jabatan": data.jabatan.strip(),
        "jenis_jabatan": data.jenis_jabatan, "unit_id": data.unit_id,
        "atasan_id": data.atasan_id, "pimpinan_unit": data.pimpinan_unit, "aktif": data.aktif,
        "nip_lama": (data.nip_lama or "").strip() or None, "email": email,
        "telepon": telepon,
    }


def _would_cycle(s: Session, pegawai_id: str, atasan_id: str) -> bool:
    seen: set[str] = set()
    current: str | None = atasan_id
    while current and current not in seen:
        if current == pegawai_id:
            return True
        seen.add(current)
        current = s.scalar(select(Pegawai.atasan_id).where(Pegawai.id == current))
    return False


def save_pegawai(s: Session, data: PegawaiInput, pegawai_id: str | None = None) -> Pegawai:
    """Add (``pegawai_id`` None) or edit an employee (central only). The placement history
    records a new employee's first placement, and a change of unit made here as a mutasi."""
    require_master(s)
    values = validate(s, data, pegawai_id)
    if pegawai_id is None:
        p = Pegawai(**values)
        s.add(p)
        s.flush()
        penempatan.catat(s, p, Peristiwa.PENEMPATAN, tmt=p.tmt_unit)
        return p
    p = get_pegawai(s, pegawai_id)
    unit_lama = p.unit_id
    for k, v in values.items():
        setattr(p, k, v)
    s.flush()
    if p.unit_id != unit_lama:
        penempatan.catat(s, p, Peristiwa.MUTASI,
                         catatan="Unit diubah pada data pegawai (tanpa TMT)")
    return p


def delete_pegawai(s: Session, pegawai_id: str) -> None:
    """Tombstone (restorable with ``restore_pegawai``)."""
    require_master(s)
    get_pegawai(s, pegawai_id).deleted = True


def restore_pegawai(s: Session, pegawai_id: str) -> None:
    """Bring back an employee removed from the list (central only); refused while the NIP
    belongs to a live employee (one live holder per NIP)."""
    require_master(s)
    p = s.get(Pegawai, pegawai_id)
    if p is None:
        raise NotFoundError(_("Pegawai tidak ditemukan."))
    if not p.deleted:
        return
    holder = s.scalars(select(Pegawai).where(Pegawai.nip == p.nip, Pegawai.deleted.is_(False),
                                             Pegawai.id != p.id)).first()
    if holder is not None:
        raise ValidationError(_("NIP {nip} kini dipakai {pemakai}; {nama} tidak dapat "
                                "dipulihkan selama NIP itu dipakai pegawai lain.").format(
                                    nip=p.nip, pemakai=holder.nama, nama=p.nama), "nip")
    p.deleted = False


def deleted_pegawai(s: Session, limit: int = 500) -> list[PegawaiRow]:
    """Employees removed from the list (tombstones), by name: what can be brought back."""
    ids = list(s.scalars(select(Pegawai.id).where(Pegawai.deleted.is_(True))))
    return list_pegawai_by_ids(s, ids, limit=limit)


def subordinates_tree_counts(s: Session) -> dict[str, int]:
    rows = s.execute(
        select(Pegawai.atasan_id, func.count()).where(Pegawai.deleted.is_(False))
        .group_by(Pegawai.atasan_id)
    ).all()
    return {a: n for a, n in rows if a}


