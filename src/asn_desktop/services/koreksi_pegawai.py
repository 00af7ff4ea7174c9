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
from asn_desktop.teks import N_, _

FIELDS = ("nip", "nama", "gelar_depan", "gelar_belakang", "jabatan", "golongan")


def _central_only(s: Session) -> None:
    if not pelaku(s).may_write_master:
        raise PermissionError_(_("Data pegawai diubah oleh pusat (BKPSDM); unit menerimanya "
                                 "melalui paket sinkronisasi."))


def _input(p: Pegawai) -> PegawaiInput:
    return PegawaiInput(
        status=p.status, nip=p.nip, nama=p.nama, jabatan=p.jabatan,
        jenis_jabatan=p.jenis_jabatan, golongan=p.golongan, unit_id=p.unit_id,
        gelar_depan=p.gelar_depan, gelar_belakang=p.gelar_belakang, atasan_id=p.atasan_id,
        pimpinan_unit=p.pimpinan_unit, aktif=p.aktif, nip_lama=p.nip_lama, email=p.email,
        telepon=p.telepon)


LABEL_KOLOM = {"nip": "NIP", "nama": N_("nama"), "gelar_depan": N_("gelar depan"),
               "gelar_belakang": N_("gelar belakang"), "status": N_("status"),
               "golongan": N_("golongan"), "jabatan": N_("jabatan"),
               "jenis_jabatan": N_("jenis jabatan"), "atasan_id": N_("atasan"),
               "tanggal_lahir": N_("tanggal lahir"), "jenis_kelamin": N_("jenis kelamin")}


def _label_kolom(field: str) -> str:
    return _(LABEL_KOLOM[field]) if field in LABEL_KOLOM else field


@dataclass(frozen=True)
class Koreksi:
    nama: str
    nip: str
    diubah: tuple[tuple[str, str, str], ...]  # (field, before, after)

    @property
    def ringkasan(self) -> str:
        if not self.diubah:
            return _("Tidak ada yang berubah pada {nama} ({nip}).").format(
                nama=self.nama, nip=self.nip)
        parts = "; ".join(f"{_label_kolom(f)}: {a or '-'} → {b or '-'}"
                          for f, a, b in self.diubah)
        # no full stop right after the values: a gelar ends with one of its own
        return _("Data {nama} ({nip}) diubah — {perubahan}; unit menerimanya pada paket "
                 "pusat berikutnya.").format(nama=self.nama, nip=self.nip, perubahan=parts)


def ubah(s: Session, nip: str, changes: dict[str, str | None]) -> Koreksi:
    """Correct fields of one employee; ``changes`` maps names in FIELDS to new values."""
    _central_only(s)
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise ValidationError(_("Kolom tidak dapat diubah di sini: {kolom}.").format(
            kolom=", ".join(sorted(unknown))), sorted(unknown)[0])
    p = pegawai_by_nip(s, nip)
    before = {f: getattr(p, f) for f in FIELDS}
    values: dict[str, Any] = dict(changes)
    data = replace(_input(p), **values)
    try:
        save_pegawai(s, data, p.id)
    except ValidationError as exc:
        if exc.field == "nip" and exc.kode == "ganda":
            raise ValidationError(
                _("{pesan} Bila NIP dua pegawai tertukar, gunakan 'pegawai tukar-nip'.").format(
                    pesan=exc.message),
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
        return _("NIP ditukar: {nama_a} {lama_a} → {baru_a}; {nama_b} {lama_b} → {baru_b}. "
                 "Unit menerimanya pada paket pusat berikutnya.").format(
            nama_a=a[0], lama_a=a[1], baru_a=a[2], nama_b=b[0], lama_b=b[1], baru_b=b[2])


def tukar_nip(s: Session, nip_a: str, nip_b: str) -> TukarNip:
    """Swap the NIPs of two employees (entered the wrong way round), in one transaction."""
    _central_only(s)
    a, b = pegawai_by_nip(s, nip_a), pegawai_by_nip(s, nip_b)
    if a.id == b.id:
        raise ValidationError(_("Kedua NIP milik pegawai yang sama."), "nip")
    old_a, old_b = a.nip, b.nip
    # Each NIP is checked for the other employee (PNS or PPPK) as it is saved; a failure
    # rolls the whole transaction back, the temporary value included.
    a.nip = f"TUKAR-{a.id[:12]}"  # never valid as a NIP, gone before the commit
    s.flush()
    save_pegawai(s, replace(_input(b), nip=old_a), b.id)
    save_pegawai(s, replace(_input(a), nip=old_b), a.id)
    return TukarNip((a.nama, old_a, a.nip), (b.nama, old_b, b.nip))
