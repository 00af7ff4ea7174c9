"""Lists for Excel: the employees, the SKPs of a year and the evaluations of a period, each one
workbook written with ``reports.xlsx.Buku`` (nothing is written to the data).

The employee list uses the roster template's columns first, so a list exported here, corrected
in Excel, can be imported again (``pegawai impor``); the columns after them are for reading.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import Session, aliased

from asn_desktop.db.models import Evaluasi, OrgUnit, Pegawai, Skp
from asn_desktop.domain.dokumen import STATUS_LABELS, Status
from asn_desktop.domain.jabatan import JENIS_JABATAN_LABELS, JenisJabatan, Pendekatan
from asn_desktop.domain.periods import Frekuensi, periode_by_kode
from asn_desktop.domain.ratings import RATING_LABELS, Rating
from asn_desktop.errors import ValidationError
from asn_desktop.reports.xlsx import Buku
from asn_desktop.services import identitas as ident
from asn_desktop.services import pengaturan
from asn_desktop.services.evaluasi_baca import list_evaluasi
from asn_desktop.services.evaluasi_periode import frekuensi_unit
from asn_desktop.services.pegawai import nama_lengkap
from asn_desktop.services.riwayat import status_of
from asn_desktop.services.roster_kolom import KOLOM
from asn_desktop.services.roster_template import _URUTAN as URUTAN_ROSTER
from asn_desktop.services.skp import PENDEKATAN_LABELS
from asn_desktop.services.skp_baca import list_skp
from asn_desktop.sync.scope import chunks
from asn_desktop.teks import _, _n

KOLOM_PEGAWAI = (*(KOLOM[f] for f in URUTAN_ROSTER), "NAMA UNIT KERJA", "NAMA ATASAN",
                 "PIMPINAN UNIT", "TMT UNIT")
KOLOM_SKP = ("NIP / NI PPPK", "NAMA", "JABATAN", "UNIT KERJA", "PEJABAT PENILAI",
             "NIP PEJABAT PENILAI", "PENDEKATAN", "STATUS", "JUMLAH RHK", "TANGGAL DISETUJUI")
KOLOM_EVALUASI = ("NIP / NI PPPK", "NAMA", "JABATAN", "UNIT KERJA", "STATUS SKP",
                  "STATUS EVALUASI", "RATING HASIL KERJA", "RATING PERILAKU KERJA", "PREDIKAT",
                  "TANGGAL")
BELUM_DIBUAT = "Belum dibuat"


@dataclass(frozen=True)
class EksporHasil:
    path: Path
    jumlah: int  # rows below the header

    @property
    def ringkasan(self) -> str:
        return _n("1 baris ditulis ke {path}.", "{n} baris ditulis ke {path}.",
                  self.jumlah).format(n=self.jumlah, path=self.path)


def _tulis(path: Path | str, judul: str, kolom: Sequence[str],
           rows: list[list[Any]]) -> EksporHasil:
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise ValidationError(_("Berkas tujuan harus berakhiran .xlsx, bukan '{nama}'.").format(
            nama=target.name), "out")
    buku = Buku()
    buku.tabel(judul, kolom, rows)
    return EksporHasil(buku.simpan(target), len(rows))


def _per_unit(s: Session, q: Select[*tuple[Any, ...]],
              unit_ids: Collection[str] | None) -> Iterator[Row[*tuple[Any, ...]]]:
    """The rows of ``q`` for employees placed in ``unit_ids`` when given (in parts)."""
    if unit_ids is None:
        yield from s.execute(q)
        return
    for part in chunks(sorted(unit_ids)):
        yield from s.execute(q.where(Pegawai.unit_id.in_(part)))


# -- employees ------------------------------------------------------------------------------------


def ekspor_pegawai(s: Session, path: Path | str,
                   unit_ids: Collection[str] | None = None) -> EksporHasil:
    """The active employees placed in ``unit_ids`` (None: every unit), by unit then name."""
    atasan = aliased(Pegawai)
    q = (select(Pegawai, OrgUnit.kode, OrgUnit.nama, atasan.nip, atasan.nama,
                atasan.gelar_depan, atasan.gelar_belakang)
         .outerjoin(OrgUnit, OrgUnit.id == Pegawai.unit_id)
         .outerjoin(atasan, atasan.id == Pegawai.atasan_id)
         .where(Pegawai.deleted.is_(False), Pegawai.aktif.is_(True)))
    found = list(_per_unit(s, q, unit_ids))
    found.sort(key=lambda r: (r[1] or "", not r[0].pimpinan_unit, r[0].nama, r[0].id))
    rows = []
    for p, unit_kode, unit_nama, a_nip, a_nama, a_gd, a_gb in found:
        nilai = {
            "nip": p.nip, "nama": p.nama, "gelar_depan": p.gelar_depan,
            "gelar_belakang": p.gelar_belakang, "status": p.status, "golongan": p.golongan,
            "jabatan": p.jabatan, "jenis_jabatan": _jenis_jabatan(p.jenis_jabatan),
            "unit": unit_kode, "nip_atasan": a_nip, "tanggal_lahir": p.tanggal_lahir,
            "jenis_kelamin": p.jenis_kelamin,
        }
        rows.append([*(nilai[f] for f in URUTAN_ROSTER), unit_nama,
                     nama_lengkap(a_nama, a_gd, a_gb) if a_nama else None,
                     "Ya" if p.pimpinan_unit else "Tidak", p.tmt_unit])
    return _tulis(path, "Pegawai", KOLOM_PEGAWAI, rows)


def _jenis_jabatan(value: str) -> str:
    try:
        return JENIS_JABATAN_LABELS[JenisJabatan(value)]
    except ValueError:
        return value


# -- SKP ------------------------------------------------------------------------------------------


def ekspor_skp(s: Session, tahun: int, path: Path | str,
               unit_ids: Collection[str] | None = None) -> EksporHasil:
    """One row per SKP of the year of employees placed in ``unit_ids`` (None: every unit).
    The pejabat penilai is the one an approved SKP was signed with, else today's."""
    skp_rows = list_skp(s, unit_ids, tahun)
    info: dict[str, tuple[str | None, str, str | None]] = {}
    for part in chunks([r.id for r in skp_rows]):
        info.update((sid, (pen, st, js)) for sid, pen, st, js in s.execute(
            select(Skp.id, Skp.penilai_id, Skp.status, Skp.identitas_json)
            .where(Skp.id.in_(part))))
    kd = pengaturan.kepala_daerah(s)
    rows = []
    for r in skp_rows:
        penilai_id, status, snapshot = info[r.id]
        nama, nip = _penilai(s, r.pegawai_id, penilai_id, status, snapshot, kd)
        rows.append([r.nip, r.nama, r.jabatan, r.unit_nama, nama, nip,
                     _pendekatan(r.pendekatan), r.status_label, r.jumlah_rhk,
                     r.tanggal_ditetapkan if r.status == Status.DISETUJUI.value else None])
    return _tulis(path, f"SKP {tahun}", KOLOM_SKP, rows)


def _penilai(s: Session, pegawai_id: str, penilai_id: str | None, status: str,
             snapshot: str | None, kd: dict[str, str] | None) -> tuple[str, str]:
    if status_of(status) is Status.DISETUJUI and snapshot:
        try:
            signed = ident.from_json(snapshot).penilai
        except ValidationError:
            signed = None
        if signed is not None:
            return signed.nama, signed.nip
    pid = penilai_id or ident.default_penilai_id(s, pegawai_id)
    p = s.get(Pegawai, pid) if pid and pid != pegawai_id else None
    if p is not None:
        return nama_lengkap(p.nama, p.gelar_depan, p.gelar_belakang), p.nip
    return (kd["nama"], kd.get("nip", "")) if kd else ("", "")


def _pendekatan(value: str) -> str:
    try:
        return PENDEKATAN_LABELS[Pendekatan(value)]
    except ValueError:
        return value


# -- evaluations ----------------------------------------------------------------------------------


def ekspor_evaluasi(s: Session, periode_kode: str, path: Path | str,
                    unit_ids: Collection[str] | None = None) -> EksporHasil:
    """One row per employee placed in ``unit_ids`` (None: every unit) for the period: each
    evaluation of it, and each active employee with an SKP of its year who is evaluated on
    this period's frequency but has no evaluation yet ("Belum dibuat")."""
    periode = periode_by_kode(periode_kode)
    evals = list_evaluasi(s, unit_ids, periode.kode)
    tanggal: dict[str, date | None] = {}
    for part in chunks([e.id for e in evals]):
        tanggal.update((i, t) for i, t in s.execute(
            select(Evaluasi.id, Evaluasi.tanggal).where(Evaluasi.id.in_(part))))
    skp_status: dict[str, str] = {}
    for part in chunks(list({e.skp_id for e in evals})):
        skp_status.update((i, st) for i, st in s.execute(
            select(Skp.id, Skp.status).where(Skp.id.in_(part))))
    rows: list[tuple[str, list[Any]]] = []
    for e in evals:
        rows.append((e.nama, [
            e.nip, e.nama, e.jabatan, e.unit_nama, _status(skp_status.get(e.skp_id)),
            e.status_label, _rating(e.rating_hasil_kerja), _rating(e.rating_perilaku_kerja),
            e.predikat.value if e.predikat else None, tanggal.get(e.id)]))
    dinilai = {e.pegawai_id for e in evals}
    q = (select(Skp.status, Pegawai.id, Pegawai.nip, Pegawai.nama, Pegawai.gelar_depan,
                Pegawai.gelar_belakang, Pegawai.jabatan, Pegawai.unit_id, OrgUnit.nama)
         .join(Pegawai, Pegawai.id == Skp.pegawai_id)
         .outerjoin(OrgUnit, OrgUnit.id == Pegawai.unit_id)
         .where(Skp.tahun == periode.tahun, Skp.deleted.is_(False), Pegawai.deleted.is_(False),
                Pegawai.aktif.is_(True)))
    frekuensi: dict[str | None, Frekuensi] = {}
    for st, pid, nip, nama, gd, gb, jabatan, unit_id, unit_nama in _per_unit(s, q, unit_ids):
        if pid in dinilai:
            continue
        if unit_id not in frekuensi:
            frekuensi[unit_id] = frekuensi_unit(s, unit_id, periode.tahun)
        if frekuensi[unit_id] is not periode.frekuensi:
            continue  # evaluated on other periods
        dinilai.add(pid)
        full = nama_lengkap(nama, gd, gb)
        rows.append((full, [nip, full, jabatan, unit_nama or "", _status(st), BELUM_DIBUAT,
                            None, None, None, None]))
    rows.sort(key=lambda r: (r[0], r[1][0]))
    return _tulis(path, f"Evaluasi {periode.kode}", KOLOM_EVALUASI, [r for _, r in rows])


def _status(value: str | None) -> str:
    return STATUS_LABELS[status_of(value)] if value else ""


def _rating(value: Rating | None) -> str | None:
    return RATING_LABELS[value] if value is not None else None

