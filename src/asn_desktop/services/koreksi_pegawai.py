"""Corrections of an employee's master data at the central: one employee's fields (NIP, name,
title, position, rank), and two NIPs that were entered the wrong way round.

Every value passes the same checks as the Pegawai form (``pegawai.validate``). A swap goes
through a temporary value inside one transaction: the unique index on the NIP holds at every
step, and each unit applies the package's final state (sync/merge.py), so the swap reaches it
whole.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from asn_desktop.db.models import Pegawai
from asn_desktop.errors import PermissionError_, ValidationError
from asn_desktop.services.authority import pelaku
from asn_desktop.services.pegawai import PegawaiInput, pegawai_by_nip, save_pegawai

FIELDS = ("nip", "nama", "gelar_depan", "gelar_belakang", "jabatan", "golongan")


def _central_only(s: Session) -> None:
    if not pelaku(s).may_write_master:
        raise PermissionError_("Data pegawai diubah oleh pusat (BKPSDM); unit menerimanya "
                               "melalui paket sinkronisasi.")


def _input(p: Pegawai) -> PegawaiInput:
    return PegawaiInput(
        status=p.status, nip=p.nip, nama=p.nama, jabatan=p.jabatan,
        jenis_jabatan=p.jenis_jabatan, golongan=p.golongan, unit_id=p.unit_id,
        gelar_depan=p.gelar_depan, gelar_belakang=p.gelar_belakang, atasan_id=p.atasan_id,
        pimpinan_unit=p.pimpinan_unit, aktif=p.aktif, nip_lama=p.nip_lama, email=p.email,
        telepon=p.telepon)


LABEL_KOLOM = {"nip": "NIP", "nama": "nama", "gelar_depan": "gelar depan",
               "gelar_belakang": "gelar belakang", "status": "status", "golongan": "golongan",
               "jabatan": "jabatan", "jenis_jabatan": "jenis jabatan", "atasan_id": "atasan",
               "tanggal_lahir": "tanggal lahir", "jenis_kelamin": "jenis kelamin"}


@dataclass(frozen=True)
class Koreksi:
    nama: str
    nip: str
    diubah: tuple[tuple[str, str, str], ...]  # (field, before, after)

    @property
    def ringkasan(self) -> str:
        if not self.diubah:
            return f"Tidak ada yang berubah pada {self.nama} ({self.nip})."
        parts = "; ".join(f"{LABEL_KOLOM.get(f, f)}: {a or '-'} → {b or '-'}"
                          for f, a, b in self.diubah)
        # no full stop right after the values: a gelar ends with one of its own
        return (f"Data {self.nama} ({self.nip}) diubah — {parts}; unit menerimanya pada paket "
                "pusat berikutnya.")


def ubah(s: Session, nip: str, changes: dict[str, str | None]) -> Koreksi:
    """Correct fields of one employee; ``changes`` maps names in FIELDS to new values."""
    _central_only(s)
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise ValidationError(f"Kolom tidak dapat diubah di sini: {', '.join(sorted(unknown))}.",
                              sorted(unknown)[0])
    p = pegawai_by_nip(s, nip)
    before = {f: getattr(p, f) for f in FIELDS}
    values: dict[str, Any] = dict(changes)
    data = replace(_input(p), **values)
    try:
        save_pegawai(s, data, p.id)
    except ValidationError as exc:
        if exc.field == "nip" and exc.kode == "ganda":
            raise ValidationError(
                f"{exc.message} Bila NIP dua pegawai tertukar, gunakan 'pegawai tukar-nip'.",
                "nip", "ganda") from None
        raise
    diff = tuple((f, str(before[f] or ""), str(getattr(p, f) or "")) for f in FIELDS
                 if (before[f] or "") != (getattr(p, f) or ""))
    return Koreksi(p.nama, p.nip, diff)


@dataclass(frozen=True)
class TukarNip:
    pertama: tuple[str, str, str]  # name, NIP before, NIP after
    kedua: tuple[str, str, str]

    @property
    def ringkasan(self) -> str:
        a, b = self.pertama, self.kedua
        return (f"NIP ditukar: {a[0]} {a[1]} → {a[2]}; {b[0]} {b[1]} → {b[2]}. Unit menerimanya "
                "pada paket pusat berikutnya.")


def tukar_nip(s: Session, nip_a: str, nip_b: str) -> TukarNip:
    """Swap the NIPs of two employees (entered the wrong way round), in one transaction."""
    _central_only(s)
    a, b = pegawai_by_nip(s, nip_a), pegawai_by_nip(s, nip_b)
    if a.id == b.id:
        raise ValidationError("Kedua NIP milik pegawai yang sama.", "nip")
    old_a, old_b = a.nip, b.nip
    # Each NIP is checked for the other employee (PNS or PPPK) as it is saved; a failure
    # rolls the whole transaction back, the temporary value included.
    a.nip = f"TUKAR-{a.id[:12]}"  # never valid as a NIP, gone before the commit
    s.flush()
    save_pegawai(s, replace(_input(b), nip=old_a), b.id)
    save_pegawai(s, replace(_input(a), nip=old_b), a.id)
    return TukarNip((a.nama, old_a, a.nip), (b.nama, old_b, b.nip))
