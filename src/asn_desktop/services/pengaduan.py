"""Complaints (pengaduan) about a unit's service: the register, its deadlines in hari kerja and
its workflow diterima → diverifikasi → didisposisi → ditindaklanjuti → selesai (or ditolak),
taken through the same document workflow as SKP and evaluations (``services.workflow``)."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from asn_desktop.db.models import ChangeLog, OrgUnit, Pegawai
from asn_desktop.db.models_pelayanan import Layanan, Pengaduan, RiwayatPengaduan
from asn_desktop.domain.dates import format_tanggal
from asn_desktop.domain.hari_kerja import selisih_hari_kerja, tambah_hari_kerja
from asn_desktop.domain.pelayanan import (
    AKSI_PENGADUAN_LABELS,
    DITUTUP,
    KANAL_LABELS,
    KATEGORI_LABELS,
    STATUS_PENGADUAN_LABELS,
    AksiPengaduan,
    Kanal,
    Kategori,
    StatusPengaduan,
)
from asn_desktop.errors import LockedError, NotFoundError, ValidationError
from asn_desktop.services import pengaturan
from asn_desktop.services import workflow as wf
from asn_desktop.services.authority import pelaku, require_unit_scope, scope_unit_ids
from asn_desktop.services.orgs import subtree_ids
from asn_desktop.services.riwayat import clean, current_actor, now_iso
from asn_desktop.teks import N_, _

NAMA = N_("pengaduan")
JATUH_TEMPO_HARI = 2  # "jatuh tempo ≤ 2 hari" on Beranda, in hari kerja


class LangkahPengaduan(StrEnum):
    VERIFIKASI = "verifikasi"
    DISPOSISI = "disposisi"
    TINDAK_LANJUT = "tindak_lanjut"
    SELESAIKAN = "selesaikan"
    TOLAK = "tolak"
    BUKA_KEMBALI = "buka_kembali"


_S = StatusPengaduan
_P = wf.Peran.PETUGAS
TRANSISI: dict[LangkahPengaduan, wf.Transisi] = {LangkahPengaduan(t.langkah): t for t in (
    wf.Transisi(LangkahPengaduan.VERIFIKASI, AksiPengaduan.DIVERIFIKASI, _S.DITERIMA,
                _S.DIVERIFIKASI, _P, N_("Verifikasi"), None,
                N_("Hanya pengaduan yang baru diterima yang dapat diverifikasi.")),
    wf.Transisi(LangkahPengaduan.DISPOSISI, AksiPengaduan.DIDISPOSISI, _S.DIVERIFIKASI,
                _S.DIDISPOSISI, _P, N_("Disposisi…"), None,
                N_("Pengaduan harus diverifikasi dahulu sebelum didisposisi.")),
    wf.Transisi(LangkahPengaduan.TINDAK_LANJUT, AksiPengaduan.DITINDAKLANJUTI, _S.DIDISPOSISI,
                _S.DITINDAKLANJUTI, _P, N_("Tindak lanjut…"), None,
                N_("Pengaduan harus didisposisi dahulu sebelum ditindaklanjuti.")),
    wf.Transisi(LangkahPengaduan.SELESAIKAN, AksiPengaduan.SELESAI, _S.DITINDAKLANJUTI,
                _S.SELESAI, _P, N_("Selesaikan"), None,
                N_("Pengaduan harus ditindaklanjuti dahulu sebelum diselesaikan.")),
    wf.Transisi(LangkahPengaduan.TOLAK, AksiPengaduan.DITOLAK, _S.DITERIMA, _S.DITOLAK, _P,
                N_("Tolak…"), N_("menolak {dok}"),
                N_("Hanya pengaduan yang belum didisposisi yang dapat ditolak."),
                juga_dari=(_S.DIVERIFIKASI,)),
    wf.Transisi(LangkahPengaduan.BUKA_KEMBALI, AksiPengaduan.DIBUKA_KEMBALI, _S.SELESAI,
                _S.DIVERIFIKASI, _P, N_("Buka kembali…"), N_("membuka kembali {dok}"),
                N_("Hanya pengaduan yang sudah selesai atau ditolak yang dapat dibuka kembali."),
                juga_dari=(_S.DITOLAK,)),
)}


@dataclass(frozen=True)
class PengaduanInput:
    tanggal: date
    kanal: Kanal
    uraian: str
    kategori: Kategori = Kategori.NORMATIF
    layanan_id: str | None = None
    pelapor: str | None = None
    kontak: str | None = None
    nomor: str | None = None  # None: numbered by the unit (a LAPOR! ticket keeps its own)


@dataclass(frozen=True)
class PengaduanView:
    id: str
    unit_id: str
    nomor: str
    tanggal: date
    kanal: str
    pelapor: str | None
    kontak: str | None
    layanan_id: str | None
    layanan_nama: str
    kategori: str
    uraian: str
    pic_id: str | None
    pic_nama: str
    status: str
    batas: date | None
    tanggal_respons: date | None
    tanggal_selesai: date | None
    tanggapan: str | None
    bukti: str | None
    terlambat: bool  # open past its deadline, or closed after it
    sisa_hari: int | None  # hari kerja left until the deadline (open ones; negative: overdue)
    durasi: int | None  # hari kerja from receipt to closing (closed ones)

    @property
    def ditutup(self) -> bool:
        return StatusPengaduan(self.status) in DITUTUP

    @property
    def status_teks(self) -> str:
        return _(STATUS_PENGADUAN_LABELS[StatusPengaduan(self.status)])

    @property
    def kanal_teks(self) -> str:
        return _(KANAL_LABELS[Kanal(self.kanal)])

    @property
    def kategori_teks(self) -> str:
        return _(KATEGORI_LABELS[Kategori(self.kategori)])


@dataclass(frozen=True)
class RiwayatPengaduanView:
    aksi: str
    label: str
    oleh: str | None
    alasan: str | None
    waktu: str


def _catat(s: Session, doc: Pengaduan, aksi: StrEnum, oleh: str | None,
           alasan: str | None) -> None:
    s.add(RiwayatPengaduan(pengaduan_id=doc.id, aksi=AksiPengaduan(aksi).value,
                           oleh=(oleh or "").strip() or current_actor(s),
                           alasan=(alasan or "").strip() or None, waktu=now_iso()))
    s.flush()


ALUR = wf.Alur(TRANSISI, StatusPengaduan, DITUTUP,
               lambda s, doc: require_unit_scope(s, doc.unit_id), _catat)


def tersedia(status: str) -> tuple[wf.Transisi, ...]:
    return ALUR.tersedia(status)


# ---------------------------------------------------------------------------------- deadlines


def hitung_batas(s: Session, tanggal: date, kategori: str) -> date:
    hari = pengaturan.batas_pengaduan(s)[Kategori(kategori).value]
    return tambah_hari_kerja(tanggal, hari, pengaturan.hari_libur(s))


def _view(row: Pengaduan, layanan: str, pic: str, libur: Collection[date], hari_ini: date
          ) -> PengaduanView:
    tutup = StatusPengaduan(row.status) in DITUTUP
    terlambat, sisa, durasi = False, None, None
    if row.batas is not None:
        if tutup and row.tanggal_selesai is not None:
            terlambat = row.tanggal_selesai > row.batas
        elif not tutup:
            sisa = selisih_hari_kerja(hari_ini, row.batas, libur)
            terlambat = row.batas < hari_ini
    if tutup and row.tanggal_selesai is not None and row.tanggal is not None:
        durasi = max(0, selisih_hari_kerja(row.tanggal, row.tanggal_selesai, libur))
    return PengaduanView(row.id, row.unit_id, row.nomor, row.tanggal or hari_ini, row.kanal,
                         row.pelapor, row.kontak, row.layanan_id, layanan, row.kategori,
                         row.uraian, row.pic_id, pic, row.status, row.batas,
                         row.tanggal_respons, row.tanggal_selesai, row.tanggapan, row.bukti,
                         terlambat, sisa, durasi)


def _query() -> Select[Pengaduan, str, str]:
    return (select(Pengaduan, Layanan.nama, Pegawai.nama)
            .outerjoin(Layanan, Layanan.id == Pengaduan.layanan_id)
            .outerjoin(Pegawai, Pegawai.id == Pengaduan.pic_id)
            .where(Pengaduan.deleted.is_(False)))


def daftar(s: Session, *, unit_id: str | None = None, mulai: date | None = None,
           selesai: date | None = None, terlambat: bool = False, terbuka: bool = False,
           jatuh_tempo: int | None = None, pic_id: str | None = None,
           hari_ini: date | None = None, batas_baris: int | None = None) -> list[PengaduanView]:
    """Complaints within the installation's scope, newest first. ``terlambat``: past the
    deadline (open ones past it now, closed ones closed after it); ``jatuh_tempo``: open ones
    due within that many hari kerja (overdue ones excluded)."""
    hari_ini = hari_ini or date.today()
    libur = pengaturan.hari_libur(s)
    q = _query()
    if unit_id is not None:
        q = q.where(Pengaduan.unit_id == unit_id)
    else:
        scope = scope_unit_ids(s)
        if scope is not None:
            q = q.where(Pengaduan.unit_id.in_(scope))
    if mulai is not None:
        q = q.where(Pengaduan.tanggal >= mulai)
    if selesai is not None:
        q = q.where(Pengaduan.tanggal <= selesai)
    if pic_id is not None:
        q = q.where(Pengaduan.pic_id == pic_id)
    tutup = [st.value for st in DITUTUP]
    if terbuka or jatuh_tempo is not None:
        q = q.where(Pengaduan.status.not_in(tutup))
    if terlambat:
        q = q.where(Pengaduan.batas.is_not(None), or_(
            Pengaduan.status.not_in(tutup) & (Pengaduan.batas < hari_ini),
            Pengaduan.status.in_(tutup) & (Pengaduan.tanggal_selesai > Pengaduan.batas)))
    if jatuh_tempo is not None:
        q = q.where(Pengaduan.batas >= hari_ini,
                    Pengaduan.batas <= tambah_hari_kerja(hari_ini, jatuh_tempo, libur))
    q = q.order_by(Pengaduan.tanggal.desc(), Pengaduan.nomor.desc())
    if batas_baris is not None:
        q = q.limit(batas_baris)
    return [_view(row, lay or "", pic or "", libur, hari_ini) for row, lay, pic in s.execute(q)]


def hitung_perhatian(s: Session, hari_ini: date | None = None) -> tuple[int, int]:
    """(overdue open complaints, open complaints due within JATUH_TEMPO_HARI) in scope."""
    hari_ini = hari_ini or date.today()
    libur = pengaturan.hari_libur(s)
    tutup = [st.value for st in DITUTUP]
    q = select(func.count()).select_from(Pengaduan).where(
        Pengaduan.deleted.is_(False), Pengaduan.status.not_in(tutup),
        Pengaduan.batas.is_not(None))
    scope = scope_unit_ids(s)
    if scope is not None:
        q = q.where(Pengaduan.unit_id.in_(scope))
    lewat = s.scalar(q.where(Pengaduan.batas < hari_ini)) or 0
    dekat = s.scalar(q.where(Pengaduan.batas >= hari_ini, Pengaduan.batas <= tambah_hari_kerja(
        hari_ini, JATUH_TEMPO_HARI, libur))) or 0
    return int(lewat), int(dekat)


def ambil(s: Session, pengaduan_id: str, hari_ini: date | None = None) -> PengaduanView:
    row = s.execute(_query().where(Pengaduan.id == pengaduan_id)).first()
    if row is None:
        raise NotFoundError(_("Pengaduan tidak ditemukan."))
    return _view(row[0], row[1] or "", row[2] or "", pengaturan.hari_libur(s),
                 hari_ini or date.today())


def cari_nomor(s: Session, nomor: str) -> str:
    """The id of the complaint with this ticket number within the installation's scope."""
    q = select(Pengaduan.id).where(Pengaduan.deleted.is_(False),
                                   Pengaduan.nomor == " ".join(nomor.split()))
    scope = scope_unit_ids(s)
    if scope is not None:
        q = q.where(Pengaduan.unit_id.in_(scope))
    ids = list(s.scalars(q.limit(2)))
    if not ids:
        raise NotFoundError(_("Pengaduan bernomor {nomor} tidak ditemukan.").format(nomor=nomor))
    if len(ids) > 1:
        raise ValidationError(_("Nomor {nomor} dipakai lebih dari satu pengaduan; pilih dari "
                                "daftar.").format(nomor=nomor), "nomor")
    return ids[0]


def riwayat(s: Session, pengaduan_id: str) -> list[RiwayatPengaduanView]:
    rows = s.scalars(select(RiwayatPengaduan).where(
        RiwayatPengaduan.pengaduan_id == pengaduan_id, RiwayatPengaduan.deleted.is_(False))
        .order_by(RiwayatPengaduan.waktu, RiwayatPengaduan.id))
    out = []
    for r in rows:
        try:
            label = _(AKSI_PENGADUAN_LABELS[AksiPengaduan(r.aksi)])
        except ValueError:
            label = r.aksi
        out.append(RiwayatPengaduanView(r.aksi, label, r.oleh, r.alasan, r.waktu))
    return out


# ---------------------------------------------------------------------------------- writing


def _row(s: Session, pengaduan_id: str) -> Pengaduan:
    row = s.get(Pengaduan, pengaduan_id)
    if row is None or row.deleted:
        raise NotFoundError(_("Pengaduan tidak ditemukan."))
    return row


def _tidak_terkunci(s: Session, row: Pengaduan) -> None:
    require_unit_scope(s, row.unit_id)
    if StatusPengaduan(row.status) in DITUTUP:
        raise LockedError(_("Pengaduan {nomor} sudah ditutup ({status}); buka kembali dahulu "
                            "(alasannya dicatat) bila perlu diubah.").format(
            nomor=row.nomor, status=_(STATUS_PENGADUAN_LABELS[StatusPengaduan(row.status)])))


def awal_pengaduan(hari_ini: date) -> date:
    """The earliest date a complaint is registered with: last year's are still brought in from
    paper in January; older ones are a typing error of the year."""
    return date(hari_ini.year - 1, 1, 1)


TANYA_LEWAT_HARI = 30  # a complaint older than this counts as late at once: the form asks


def lama_berlalu(tanggal: date, hari_ini: date | None = None) -> int | None:
    """Days since ``tanggal`` when more than TANYA_LEWAT_HARI, else None."""
    hari = ((hari_ini or date.today()) - tanggal).days
    return hari if hari > TANYA_LEWAT_HARI else None


def _periksa(s: Session, unit_id: str, data: PengaduanInput, hari_ini: date,
             tersimpan: date | None = None) -> None:
    if data.tanggal > hari_ini:
        raise ValidationError(_("Tanggal pengaduan tidak boleh setelah hari ini."), "tanggal")
    if data.tanggal < awal_pengaduan(hari_ini) and data.tanggal != tersimpan:
        raise ValidationError(_("Tanggal pengaduan {tanggal} terlalu lama (paling awal "
                                "{awal}); periksa tahunnya.").format(
            tanggal=format_tanggal(data.tanggal), awal=format_tanggal(awal_pengaduan(hari_ini))),
            "tanggal")
    try:
        Kanal(data.kanal)
    except ValueError:
        raise ValidationError(_("Kanal pengaduan tidak dikenal."), "kanal") from None
    try:
        Kategori(data.kategori)
    except ValueError:
        raise ValidationError(_("Kategori pengaduan tidak dikenal."), "kategori") from None
    if not clean(data.uraian):
        raise ValidationError(_("Uraian pengaduan wajib diisi."), "uraian")
    if data.layanan_id is not None:
        lay = s.get(Layanan, data.layanan_id)
        if lay is None or lay.deleted or lay.unit_id != unit_id:
            raise ValidationError(_("Jenis layanan tidak ada di katalog unit ini."), "layanan")
    for nama, label, nilai, batas in (("pelapor", N_("pelapor"), data.pelapor, 120),
                                      ("kontak", N_("kontak"), data.kontak, 120),
                                      ("nomor", N_("nomor"), data.nomor, 40)):
        if nilai and len(nilai.strip()) > batas:
            raise ValidationError(_("Isian {kolom} paling panjang {n} karakter.").format(
                kolom=_(label), n=batas), nama)


def _nomor_baru(s: Session, unit_id: str, tanggal: date) -> str:
    """'ADU/DISDUKCAPIL/2026/0012' at the unit; at the central, which may register a complaint
    for a unit between two packages, 'ADU/DISDUKCAPIL/2026/P0003', so the two never meet."""
    kode = (s.scalar(select(OrgUnit.kode).where(OrgUnit.id == unit_id)) or "UNIT")
    pusat = pelaku(s).may_write_master
    awal = f"ADU/{kode.rsplit('.', 1)[-1]}/{tanggal.year}/{'P' if pusat else ''}"
    n = s.scalar(select(func.count()).select_from(Pengaduan).where(
        Pengaduan.unit_id == unit_id, Pengaduan.nomor.like(awal + "%"))) or 0
    while True:
        n += 1
        nomor = f"{awal}{n:04d}"
        if not s.scalar(select(Pengaduan.id).where(Pengaduan.nomor == nomor).limit(1)):
            return nomor


_NOMOR_UNIT = re.compile(r"ADU/[^/]+/\d{4}/\d{4,}")  # a unit's own series (the central's has P)


def nomor_ganda_diganti(s: Session) -> list[tuple[str, str]]:
    """After a restore, or an older data file put back by hand, a unit issues again numbers
    its lost complaints carried; when those come back from the central, two complaints share
    a number. The one numbered later gets a new number here (the old one stays in its change
    history), so a number names one complaint again. Only a unit does this, for its own
    series; typed numbers (an SP4N-LAPOR! ticket) are left as they are. Returns (old, new)."""
    scope = scope_unit_ids(s)
    if scope is None:  # the central never renumbers a unit's complaints
        return []
    rows = s.execute(select(Pengaduan.id, Pengaduan.unit_id, Pengaduan.nomor)
                     .where(Pengaduan.deleted.is_(False), Pengaduan.unit_id.in_(scope))).all()
    groups: dict[tuple[str, str], list[str]] = {}
    for rid, unit_id, nomor in rows:
        if _NOMOR_UNIT.fullmatch(nomor or ""):
            groups.setdefault((unit_id, nomor), []).append(rid)
    shared = [ids for ids in groups.values() if len(ids) > 1]
    if not shared:
        return []
    first = dict(s.execute(
        select(ChangeLog.row_id, func.min(ChangeLog.hlc))
        .where(ChangeLog.tbl == Pengaduan.__tablename__, ChangeLog.field == "nomor",
               ChangeLog.row_id.in_([i for ids in shared for i in ids]))
        .group_by(ChangeLog.row_id)).all())
    out = []
    for ids in shared:
        ids.sort(key=lambda i: (first.get(i, 0), i))  # the first numbered keeps it
        for rid in ids[1:]:
            row = s.get_one(Pengaduan, rid)
            require_unit_scope(s, row.unit_id)
            lama = row.nomor
            row.nomor = _nomor_baru(s, row.unit_id, row.tanggal or date.today())
            s.flush()
            out.append((lama, row.nomor))
    return out


def catat(s: Session, unit_id: str, data: PengaduanInput, *, oleh: str | None = None,
          hari_ini: date | None = None) -> str:
    """Register a complaint received (status Diterima, deadline by its category)."""
    require_unit_scope(s, unit_id)
    hari_ini = hari_ini or date.today()
    _periksa(s, unit_id, data, hari_ini)
    nomor = " ".join((data.nomor or "").split())
    if nomor:
        if s.scalar(select(Pengaduan.id).where(Pengaduan.unit_id == unit_id,
                                               Pengaduan.nomor == nomor,
                                               Pengaduan.deleted.is_(False)).limit(1)):
            raise ValidationError(_("Nomor {nomor} sudah dipakai pengaduan lain.").format(
                nomor=nomor), "nomor")
    else:
        nomor = _nomor_baru(s, unit_id, data.tanggal)
    row = Pengaduan(unit_id=unit_id, nomor=nomor, tanggal=data.tanggal,
                    kanal=Kanal(data.kanal).value, pelapor=clean(data.pelapor),
                    kontak=clean(data.kontak), layanan_id=data.layanan_id,
                    kategori=Kategori(data.kategori).value, uraian=clean(data.uraian) or "",
                    status=StatusPengaduan.DITERIMA.value,
                    batas=hitung_batas(s, data.tanggal, data.kategori))
    s.add(row)
    s.flush()
    _catat(s, row, AksiPengaduan.DITERIMA, oleh, None)
    return row.id


def ubah(s: Session, pengaduan_id: str, data: PengaduanInput, *,
         hari_ini: date | None = None) -> None:
    """Correct what was registered (a closed complaint must be reopened first)."""
    row = _row(s, pengaduan_id)
    _tidak_terkunci(s, row)
    _periksa(s, row.unit_id, data, hari_ini or date.today(), row.tanggal)
    if row.tanggal_respons is not None and data.tanggal > row.tanggal_respons:
        raise ValidationError(_("Tanggal pengaduan tidak boleh setelah respons pertamanya "
                                "({tanggal}).").format(
            tanggal=format_tanggal(row.tanggal_respons)), "tanggal")
    nomor = " ".join((data.nomor or "").split()) or row.nomor
    if nomor != row.nomor and s.scalar(select(Pengaduan.id).where(
            Pengaduan.unit_id == row.unit_id, Pengaduan.nomor == nomor,
            Pengaduan.deleted.is_(False), Pengaduan.id != row.id).limit(1)):
        raise ValidationError(_("Nomor {nomor} sudah dipakai pengaduan lain.").format(
            nomor=nomor), "nomor")
    if (data.tanggal, Kategori(data.kategori).value) != (row.tanggal, row.kategori):
        row.batas = hitung_batas(s, data.tanggal, data.kategori)
    row.nomor, row.tanggal, row.kanal = nomor, data.tanggal, Kanal(data.kanal).value
    row.pelapor, row.kontak = clean(data.pelapor), clean(data.kontak)
    row.layanan_id, row.kategori = data.layanan_id, Kategori(data.kategori).value
    row.uraian = clean(data.uraian) or ""
    s.flush()


def hapus(s: Session, pengaduan_id: str) -> None:
    """A complaint registered by mistake (a tombstone: it can be brought back from sync)."""
    row = _row(s, pengaduan_id)
    _tidak_terkunci(s, row)
    s.delete(row)
    s.flush()


def _tanggal_langkah(row: Pengaduan, tanggal: date | None, hari_ini: date) -> date:
    t = tanggal or hari_ini
    if t > hari_ini:
        raise ValidationError(_("Tanggal langkah tidak boleh setelah hari ini."), "tanggal")
    if row.tanggal is not None and t < row.tanggal:
        raise ValidationError(_("Tanggal langkah tidak boleh sebelum pengaduan diterima "
                                "({tanggal}).").format(tanggal=format_tanggal(row.tanggal)),
                              "tanggal")
    return t


def langkah(s: Session, pengaduan_id: str, step: LangkahPengaduan | str, *,
            oleh: str | None = None, alasan: str | None = None, pic_id: str | None = None,
            tanggapan: str | None = None, bukti: str | None = None,
            kategori: Kategori | str | None = None, tanggal: date | None = None,
            hari_ini: date | None = None) -> None:
    """Take one workflow step. Verifikasi may settle the category (and so the deadline) and
    records the first response; disposisi needs the PIC; tindak lanjut needs the response;
    selesai and tolak close the complaint on ``tanggal`` (today by default)."""
    row = _row(s, pengaduan_id)
    try:
        step = LangkahPengaduan(step)
    except ValueError:
        raise ValidationError(_("Langkah {langkah} tidak dikenal; pilih salah satu dari "
                                "{pilihan}.").format(
            langkah=step, pilihan=", ".join(x.value for x in LangkahPengaduan)),
            "langkah") from None
    hari_ini = hari_ini or date.today()
    when = _tanggal_langkah(row, tanggal, hari_ini)

    def syarat() -> None:
        if step is LangkahPengaduan.DISPOSISI:
            if not pic_id:
                raise ValidationError(_("Pilih penanggung jawab (PIC) untuk disposisi."), "pic")
            p = s.get(Pegawai, pic_id)
            if p is None or p.deleted or not p.aktif:
                raise ValidationError(_("Penanggung jawab tidak ditemukan atau tidak aktif."),
                                      "pic")
            # someone of the unit that received the complaint, wherever the step is taken
            if p.unit_id is None or p.unit_id not in subtree_ids(s, row.unit_id):
                raise ValidationError(_("{nama} bukan pegawai unit ini.").format(nama=p.nama),
                                      "pic")
        if step is LangkahPengaduan.TINDAK_LANJUT and not clean(tanggapan or row.tanggapan):
            raise ValidationError(_("Tulis tanggapan atau tindak lanjutnya."), "tanggapan")
        if kategori is not None:
            try:
                Kategori(kategori)
            except ValueError:
                raise ValidationError(_("Kategori pengaduan tidak dikenal."),
                                      "kategori") from None

    def efek() -> None:
        if step is LangkahPengaduan.VERIFIKASI:
            row.tanggal_respons = when
            if kategori is not None and Kategori(kategori).value != row.kategori:
                row.kategori = Kategori(kategori).value
                if row.tanggal is not None:
                    row.batas = hitung_batas(s, row.tanggal, row.kategori)
        elif step is LangkahPengaduan.DISPOSISI:
            row.pic_id = pic_id
        elif step is LangkahPengaduan.TINDAK_LANJUT:
            row.tanggapan = clean(tanggapan) or row.tanggapan
            if bukti is not None:
                row.bukti = clean(bukti)
        elif step in (LangkahPengaduan.SELESAIKAN, LangkahPengaduan.TOLAK):
            row.tanggal_selesai = when
            if row.tanggal_respons is None:
                row.tanggal_respons = when
            if bukti is not None:
                row.bukti = clean(bukti)
        elif step is LangkahPengaduan.BUKA_KEMBALI:
            row.tanggal_selesai = None

    wf.jalankan_alur(s, ALUR, NAMA, row, step, oleh=oleh, alasan=alasan, syarat=syarat,
                     efek=efek)
    s.flush()


def diselesaikan_oleh(s: Session, pegawai_id: str, mulai: date, selesai: date
                      ) -> list[PengaduanView]:
    """Complaints the employee settled as PIC in [mulai, selesai] (their log harian view)."""
    hari_ini = date.today()
    libur = pengaturan.hari_libur(s)
    q = _query().where(Pengaduan.pic_id == pegawai_id,
                       Pengaduan.status == StatusPengaduan.SELESAI.value,
                       Pengaduan.tanggal_selesai >= mulai, Pengaduan.tanggal_selesai <= selesai
                       ).order_by(Pengaduan.tanggal_selesai, Pengaduan.nomor)
    return [_view(r, lay or "", pic or "", libur, hari_ini) for r, lay, pic in s.execute(q)]
