"""Checking a roster against the rules and the data before anything is written: the preview of
an import. Row numbers are the sheet's, as the user sees them in Excel.

Existing employees and units are read once into dicts; no query runs per row."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.db.models import OrgUnit, Pegawai
from asn_desktop.domain.dates import format_tanggal
from asn_desktop.domain.jabatan import JenisJabatan
from asn_desktop.domain.nip import NipError, parse_nomor_induk
from asn_desktop.domain.pegawai_status import LABEL_NOMOR_INDUK, StatusKepegawaian
from asn_desktop.errors import NotFoundError, ValidationError
from asn_desktop.services.orgs import pesan_unit_ditutup
from asn_desktop.services.roster_baca import Baris, Lembar, Nilai
from asn_desktop.services.roster_kolom import KOLOM, cek_pemetaan, tebak_pemetaan
from asn_desktop.services.roster_nilai import (
    baca_golongan,
    baca_jenis_jabatan,
    baca_jenis_kelamin,
    baca_nip,
    baca_status,
    baca_tanggal,
    pisah_gelar,
    tebak_status,
    teks,
)
from asn_desktop.services.roster_unit import (
    PetaUnit,
    UnitAda,
    kunci_unit,
    rencana_kode,
    tebak_jenis,
)
from asn_desktop.teks import _

BARU, BERUBAH, TETAP = "baru", "berubah", "tetap"
# Fields compared with the data; a change in any of them makes the row "berubah".
BANDING = ("status", "nama", "gelar_depan", "gelar_belakang", "golongan", "jabatan",
           "jenis_jabatan", "unit", "atasan")


@dataclass(frozen=True)
class Masalah:
    """An error or warning; ``baris`` 0 is about the file as a whole."""

    baris: int
    kolom: str
    pesan: str


@dataclass(frozen=True)
class DataPegawai:
    """One row's values in stored form."""

    status: str
    nip: str
    nama: str
    gelar_depan: str | None
    gelar_belakang: str | None
    jenis_kelamin: str
    tanggal_lahir: date
    golongan: str
    jabatan: str
    jenis_jabatan: str
    unit: str  # the unit cell as written
    unit_id: str | None  # None: a unit this import creates
    nip_atasan: str | None  # None: keep the atasan the data has


@dataclass(frozen=True)
class BarisImpor:
    baris: int
    data: DataPegawai
    hasil: str  # BARU, BERUBAH or TETAP
    pegawai_id: str | None
    berubah: tuple[str, ...] = ()  # fields from BANDING that change


@dataclass(frozen=True)
class UnitBaru:
    """A unit named in the file that the data does not have."""

    nama: str
    baris: tuple[int, ...]
    kode: str = ""  # the kode it gets when created (with buat_unit_di)
    jenis: str = ""


@dataclass(frozen=True)
class PegawaiTidakAda:
    """An active employee of a unit the file covers who is not in the file."""

    pegawai_id: str
    nip: str
    nama: str
    unit_kode: str


@dataclass(frozen=True)
class Pratinjau:
    """What an import would do. Importable only when ``kesalahan`` is empty."""

    lembar: Lembar | None = None
    pemetaan: tuple[tuple[str, int], ...] = ()
    baris: tuple[BarisImpor, ...] = ()
    kesalahan: tuple[Masalah, ...] = ()
    peringatan: tuple[Masalah, ...] = ()
    unit_baru: tuple[UnitBaru, ...] = ()
    tidak_ada: tuple[PegawaiTidakAda, ...] = ()
    buat_unit_di: str | None = None

    @property
    def ok(self) -> bool:
        return not self.kesalahan

    def jumlah(self, hasil: str) -> int:
        return sum(1 for b in self.baris if b.hasil == hasil)

    def baris_salah(self) -> list[int]:
        return sorted({m.baris for m in self.kesalahan if m.baris})


@dataclass(frozen=True)
class _Ada:
    id: str
    status: str
    nama: str
    gelar_depan: str | None
    gelar_belakang: str | None
    golongan: str
    jabatan: str
    jenis_jabatan: str
    unit_id: str | None
    atasan_id: str | None
    aktif: bool
    tanggal_lahir: date | None


@dataclass
class _Kumpulan:
    kesalahan: list[Masalah] = field(default_factory=list)
    peringatan: list[Masalah] = field(default_factory=list)

    def salah(self, baris: int, kolom: str, pesan: str) -> None:
        self.kesalahan.append(Masalah(baris, KOLOM.get(kolom, kolom), pesan))

    def awas(self, baris: int, kolom: str, pesan: str) -> None:
        self.peringatan.append(Masalah(baris, KOLOM.get(kolom, kolom), pesan))


def periksa(s: Session, lembar: Lembar, pemetaan: Mapping[str, int] | None = None, *,
            buat_unit_di: str | None = None) -> Pratinjau:
    """Check every row of ``lembar`` and compare it with the data (nothing is written).

    ``pemetaan`` maps fields to column indexes (default: guessed from the headers). With
    ``buat_unit_di`` (a unit kode) unknown units are planned under that unit instead of being
    errors. Raises ValidationError for a mapping that lacks a required column."""
    peta = dict(pemetaan) if pemetaan is not None else tebak_pemetaan(lembar.judul)
    cek_pemetaan(lembar.judul, peta)
    units = PetaUnit([UnitAda(*r) for r in s.execute(
        select(OrgUnit.id, OrgUnit.kode, OrgUnit.nama, OrgUnit.jenis)
        .where(OrgUnit.deleted.is_(False)))])
    induk: UnitAda | None = None
    if buat_unit_di:
        ids = units.cari(buat_unit_di)
        if len(ids) != 1:
            raise NotFoundError(_("Unit induk {kode} untuk unit baru tidak ditemukan.").format(
                kode=buat_unit_di))
        induk = units.by_id[ids[0]]
        tutup = s.get_one(OrgUnit, induk.id).ditutup
        if tutup is not None:
            raise ValidationError(pesan_unit_ditutup(induk.nama, induk.kode, tutup),
                                  "buat_unit_di")
    ada: dict[str, _Ada] = {}
    nip_of: dict[str, str] = {}
    for r in s.execute(select(
            Pegawai.nip, Pegawai.id, Pegawai.status, Pegawai.nama, Pegawai.gelar_depan,
            Pegawai.gelar_belakang, Pegawai.golongan, Pegawai.jabatan, Pegawai.jenis_jabatan,
            Pegawai.unit_id, Pegawai.atasan_id, Pegawai.aktif, Pegawai.tanggal_lahir)
            .where(Pegawai.deleted.is_(False))):
        ada[r[0]] = _Ada(r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11],
                         r[12])
        nip_of[r[1]] = r[0]
    dihapus = set(s.scalars(select(Pegawai.nip).where(Pegawai.deleted.is_(True)))) - set(ada)

    k = _Kumpulan()
    rows: list[tuple[int, DataPegawai]] = []
    pertama: dict[str, int] = {}
    tak_dikenal: dict[str, list[int]] = {}
    nama_tampil: dict[str, str] = {}
    semua_nip: set[str] = set()  # every NIP the file names, rows with errors included
    for baris in lembar.baris:
        with contextlib.suppress(ValidationError):
            semua_nip.add(baca_nip(_sel(baris, peta, "nip")))
        d = _baca_baris(baris, peta, units, k)
        if d is None:
            # an unknown unit is listed even on a row with other faults: all fixed in one go
            unit = " ".join(teks(_sel(baris, peta, "unit")).split())
            if unit and not units.cari(unit):
                tak_dikenal.setdefault(kunci_unit(unit), []).append(baris.nomor)
                nama_tampil.setdefault(kunci_unit(unit), unit)
            continue
        if d.nip in pertama:
            k.salah(baris.nomor, "nip", _("NIP {nip} sudah ada di baris {baris}.").format(
                nip=d.nip, baris=pertama[d.nip]))
            continue
        pertama[d.nip] = baris.nomor
        if d.nip in dihapus:
            k.salah(baris.nomor, "nip", _("NIP {nip} milik pegawai yang sudah dihapus; "
                                          "pulihkan pegawai itu lebih dulu, lalu impor "
                                          "lagi.").format(nip=d.nip))
            continue
        if d.unit_id is None:
            kunci = kunci_unit(d.unit)
            tak_dikenal.setdefault(kunci, []).append(baris.nomor)
            nama_tampil.setdefault(kunci, d.unit)
        rows.append((baris.nomor, d))

    # a closed unit keeps the employees it had (inactive) but takes no new placement
    ditutup = {r.id: (r.nama, r.kode, r.ditutup) for r in s.execute(
        select(OrgUnit.id, OrgUnit.nama, OrgUnit.kode, OrgUnit.ditutup)
        .where(OrgUnit.deleted.is_(False), OrgUnit.ditutup.is_not(None)))}
    for nomor, d in rows:
        if d.unit_id in ditutup and (d.nip not in ada or ada[d.nip].unit_id != d.unit_id):
            k.salah(nomor, "unit", pesan_unit_ditutup(*ditutup[d.unit_id]))
    unit_baru = _unit_baru(tak_dikenal, nama_tampil, induk, units, k)
    _cek_atasan(rows, semua_nip, ada, nip_of, k)
    _cek_kembar(rows, ada, k)
    hasil = tuple(_banding(nomor, d, ada, nip_of, units, k) for nomor, d in rows)
    tidak_ada = _tidak_ada(s, rows, units)
    return Pratinjau(
        lembar=lembar, pemetaan=tuple(sorted(peta.items(), key=lambda x: x[1])), baris=hasil,
        kesalahan=tuple(sorted(k.kesalahan, key=lambda m: m.baris)),
        peringatan=tuple(sorted(k.peringatan, key=lambda m: m.baris)),
        unit_baru=unit_baru, tidak_ada=tidak_ada, buat_unit_di=induk.kode if induk else None)


def _sel(baris: Baris, peta: Mapping[str, int], field_: str) -> Nilai:
    idx = peta.get(field_)
    return None if idx is None else baris.nilai[idx]


def _baca_baris(baris: Baris, peta: Mapping[str, int], units: PetaUnit,
                k: _Kumpulan) -> DataPegawai | None:
    """One row's values, or None after recording its errors."""
    no = baris.nomor
    jumlah_salah = len(k.kesalahan)

    def sel(field_: str) -> Nilai:
        return _sel(baris, peta, field_)

    nip = ""
    try:
        nip = baca_nip(sel("nip"))
        if not nip:
            k.salah(no, "nip", _("NIP/NI PPPK wajib diisi."))
    except ValidationError as exc:
        k.salah(no, "nip", exc.message)
    gol_teks = teks(sel("golongan"))
    status: StatusKepegawaian | None = None
    try:
        status = baca_status(sel("status")) if teks(sel("status")) else (
            tebak_status(nip, gol_teks) if nip else None)
    except ValidationError as exc:
        k.salah(no, "status", exc.message)
    lahir: date | None = None
    jk = "L"
    if nip and status is not None:
        try:
            parsed = parse_nomor_induk(status, nip)
            lahir, jk = parsed.tanggal_lahir, parsed.jenis_kelamin
            for w in parsed.warnings:
                k.awas(no, "nip", w)
        except NipError as exc:
            k.salah(no, "nip", exc.message)
    nama_sel = teks(sel("nama"))
    depan, belakang = teks(sel("gelar_depan")) or None, teks(sel("gelar_belakang")) or None
    if depan is None and belakang is None:
        depan, nama, belakang = pisah_gelar(nama_sel)
    else:
        nama = " ".join(nama_sel.split())
    if len(nama) < 2:
        k.salah(no, "nama", _("Nama wajib diisi."))
    jabatan = " ".join(teks(sel("jabatan")).split())
    if not jabatan:
        k.salah(no, "jabatan", _("Jabatan wajib diisi."))
    jenis = JenisJabatan.PELAKSANA
    try:
        jenis = baca_jenis_jabatan(sel("jenis_jabatan"), jabatan)
    except ValidationError as exc:
        k.salah(no, "jenis_jabatan", exc.message)
    golongan = ""
    if status is not None:
        try:
            golongan = baca_golongan(sel("golongan"), status)
        except ValidationError as exc:
            k.salah(no, "golongan", exc.message)
    unit = " ".join(teks(sel("unit")).split())
    unit_id: str | None = None
    if not unit:
        k.salah(no, "unit", _("Unit kerja wajib diisi."))
    else:
        ids = units.cari(unit)
        if len(ids) > 1:
            kode = ", ".join(sorted(units.by_id[i].kode for i in ids))
            k.salah(no, "unit", _("Nama unit '{unit}' dipakai beberapa unit ({kode}); tulis "
                                  "kodenya.").format(unit=unit, kode=kode))
        elif ids:
            unit_id = ids[0]
    nip_atasan: str | None = None
    try:
        nip_atasan = baca_nip(sel("nip_atasan"), _("NIP atasan")) or None
        if nip_atasan and nip_atasan == nip:
            k.salah(no, "nip_atasan", _("Pegawai tidak dapat menjadi atasan dirinya sendiri."))
    except ValidationError as exc:
        k.salah(no, "nip_atasan", exc.message)
    if teks(sel("tanggal_lahir")):
        try:
            tgl = baca_tanggal(sel("tanggal_lahir"))
            if lahir is not None and tgl != lahir:
                k.awas(no, "tanggal_lahir", _(
                    "Tanggal lahir {tanggal} berbeda dengan digit 1–8 NIP ({dari_nip}); yang "
                    "dipakai tanggal dari NIP.").format(tanggal=format_tanggal(tgl),
                                                        dari_nip=format_tanggal(lahir)))
        except ValidationError as exc:
            k.salah(no, "tanggal_lahir", exc.message)
    if teks(sel("jenis_kelamin")):
        try:
            jk_sel = baca_jenis_kelamin(sel("jenis_kelamin"))
            if lahir is not None and jk_sel != jk:
                k.awas(no, "jenis_kelamin", _(
                    "Jenis kelamin {jk} berbeda dengan digit ke-15 NIP ({dari_nip}); yang dipakai "
                    "dari NIP.").format(jk=jk_sel, dari_nip=jk))
        except ValidationError as exc:
            k.salah(no, "jenis_kelamin", exc.message)
    if len(k.kesalahan) > jumlah_salah or status is None or lahir is None:
        return None
    return DataPegawai(status.value, nip, nama, depan, belakang, jk, lahir, golongan, jabatan,
                       jenis.value, unit, unit_id, nip_atasan)


def _unit_baru(tak_dikenal: dict[str, list[int]], nama_tampil: dict[str, str],
               induk: UnitAda | None, units: PetaUnit, k: _Kumpulan) -> tuple[UnitBaru, ...]:
    out: list[UnitBaru] = []
    dipakai = units.kode_dipakai()
    for kunci, nomor in tak_dikenal.items():
        nama = nama_tampil[kunci]
        if induk is None:
            for no in nomor:
                k.salah(no, "unit", _("Unit '{nama}' belum ada. Tambahkan unitnya lebih dulu, "
                                      "atau impor dengan --buat-unit KODE_INDUK agar dibuat di "
                                      "bawah unit induk itu.").format(nama=nama))
            out.append(UnitBaru(nama, tuple(nomor)))
        else:
            out.append(UnitBaru(nama, tuple(nomor), rencana_kode(induk.kode, nama, dipakai),
                                tebak_jenis(nama, induk.jenis)))
    return tuple(out)


def _cek_atasan(rows: list[tuple[int, DataPegawai]], di_berkas: set[str],
                ada: Mapping[str, _Ada], nip_of: Mapping[str, str], k: _Kumpulan) -> None:
    """Atasan named must exist (file or data); the links after the import must not cycle."""
    atas: dict[str, str] = {}
    for nip, p in ada.items():
        if p.atasan_id and p.atasan_id in nip_of:
            atas[nip] = nip_of[p.atasan_id]
    for no, d in rows:
        if d.nip_atasan is None:
            continue
        if d.nip_atasan not in di_berkas and d.nip_atasan not in ada:
            k.salah(no, "nip_atasan", _("Atasan dengan NIP {nip} tidak ada di berkas maupun "
                                        "di data pegawai.").format(nip=d.nip_atasan))
            continue
        lain = ada.get(d.nip_atasan)
        if lain is not None and not lain.aktif:
            k.awas(no, "nip_atasan", _("Atasan dengan NIP {nip} ({nama}) tercatat berhenti; "
                                       "tetapkan atasan yang aktif.").format(
                                           nip=d.nip_atasan, nama=lain.nama))
        atas[d.nip] = d.nip_atasan
    baris_of = {d.nip: no for no, d in rows}
    selesai: set[str] = set()
    for _x, d in rows:
        jalur: list[str] = []
        posisi: dict[str, int] = {}
        cur: str | None = d.nip
        while cur is not None and cur not in selesai and cur not in posisi:
            posisi[cur] = len(jalur)
            jalur.append(cur)
            cur = atas.get(cur)
        if cur is not None and cur in posisi:
            lingkar = jalur[posisi[cur]:]
            teks_ = " → ".join([*lingkar, cur])
            for nip in lingkar:
                if nip in baris_of:
                    k.salah(baris_of[nip], "nip_atasan",
                            _("Rantai atasan berputar: {rantai}.").format(rantai=teks_))
        selesai.update(jalur)


def _kunci_orang(nama: str, lahir: date | None) -> tuple[str, date | None]:
    return " ".join(nama.upper().split()), lahir


def _cek_kembar(rows: list[tuple[int, DataPegawai]], ada: Mapping[str, _Ada],
                k: _Kumpulan) -> None:
    """Warn of a row whose person (name and birth date) is in the data under another NIP."""
    di_berkas = {d.nip for _x, d in rows}
    orang = {_kunci_orang(p.nama, p.tanggal_lahir): nip for nip, p in ada.items()
             if nip not in di_berkas}
    for no, d in rows:
        lain = orang.get(_kunci_orang(d.nama, d.tanggal_lahir))
        if lain is not None and d.nip not in ada:
            k.awas(no, "nip", _("{nama} dengan tanggal lahir yang sama sudah tercatat dengan "
                                "NIP {nip}; periksa apakah orang yang sama (NIP "
                                "berubah?).").format(nama=d.nama, nip=lain))


def _banding(no: int, d: DataPegawai, ada: Mapping[str, _Ada], nip_of: Mapping[str, str],
             units: PetaUnit, k: _Kumpulan) -> BarisImpor:
    p = ada.get(d.nip)
    if p is None:
        return BarisImpor(no, d, BARU, None)
    atasan_lama = nip_of.get(p.atasan_id) if p.atasan_id else None
    baru = {"status": d.status, "nama": d.nama, "gelar_depan": d.gelar_depan,
            "gelar_belakang": d.gelar_belakang, "golongan": d.golongan, "jabatan": d.jabatan,
            "jenis_jabatan": d.jenis_jabatan, "unit": d.unit_id,
            "atasan": d.nip_atasan if d.nip_atasan is not None else atasan_lama}
    lama = {"status": p.status, "nama": p.nama, "gelar_depan": p.gelar_depan,
            "gelar_belakang": p.gelar_belakang, "golongan": p.golongan, "jabatan": p.jabatan,
            "jenis_jabatan": p.jenis_jabatan, "unit": p.unit_id, "atasan": atasan_lama}
    berubah = tuple(f for f in BANDING if baru[f] != lama[f])
    if "unit" in berubah and p.unit_id in units.by_id:
        k.awas(no, "unit", _("Unit berubah dari {lama} ke {baru}; untuk mutasi dengan TMT "
                             "gunakan 'pegawai pindah'.").format(
                                 lama=units.by_id[p.unit_id].nama, baru=d.unit))
    if "status" in berubah:
        label = LABEL_NOMOR_INDUK[StatusKepegawaian(d.status)]
        k.awas(no, "status", _("Status berubah dari {lama} ke {baru} ({label}).").format(
            lama=p.status, baru=d.status, label=label))
    if not p.aktif:
        k.awas(no, "nip", _("Pegawai ini tercatat tidak aktif; impor tidak mengaktifkannya."))
    return BarisImpor(no, d, BERUBAH if berubah else TETAP, p.id, berubah)


def _tidak_ada(s: Session, rows: list[tuple[int, DataPegawai]],
               units: PetaUnit) -> tuple[PegawaiTidakAda, ...]:
    unit_ids = {d.unit_id for _, d in rows if d.unit_id}
    if not unit_ids:
        return ()
    di_berkas = {d.nip for _, d in rows}
    q = (select(Pegawai.id, Pegawai.nip, Pegawai.nama, Pegawai.unit_id)
         .where(Pegawai.deleted.is_(False), Pegawai.aktif.is_(True),
                Pegawai.unit_id.in_(unit_ids))
         .order_by(Pegawai.unit_id, Pegawai.nama))
    return tuple(PegawaiTidakAda(r[0], r[1], r[2], units.by_id[r[3]].kode if r[3] else "")
                 for r in s.execute(q) if r[1] not in di_berkas)
