"""One approval workflow for every document (SKP, evaluations, and the documents still to come:
complaints, forum minutes).

The table below declares each step: from which status, to which, whether a reason is required,
and who takes it. :func:`jalankan` carries a step out the same way for every document: the
installation's authority over the employee, the reason, the status check, the document's own
conditions (``syarat``) and effects (``efek``), the new status and one history record. The
edit guard (:func:`terkunci`) refuses changes to an approved document.

Who takes a step is declared for people (``peran``); today every step is taken at the unit
installation by its admin, and personal accounts (the pejabat penilai approving as themself)
will check it against the signed-in person.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from sqlalchemy.orm import Session

from asn_desktop.domain.dokumen import Aksi, Status
from asn_desktop.errors import LockedError, ValidationError
from asn_desktop.services.authority import require_appraisal_scope
from asn_desktop.services.riwayat import record, require_alasan, status_of
from asn_desktop.teks import N_, _


class Langkah(StrEnum):
    AJUKAN = "ajukan"
    KEMBALIKAN = "kembalikan"
    SETUJUI = "setujui"
    BUKA_KEMBALI = "buka_kembali"


class Peran(StrEnum):
    PEGAWAI = "pegawai"  # the employee, or the admin for them
    PENILAI = "penilai"  # the pejabat penilai kinerja


@dataclass(frozen=True)
class Transisi:
    langkah: Langkah
    aksi: Aksi  # the history record
    dari: Status
    ke: Status
    peran: Peran
    label: str  # the button
    alasan: str | None  # None: no reason; else what the reason is for (N_("pengembalian"))
    bukan_dari: str  # refusal when the document is not in ``dari``; {dok}: its name


TRANSISI: dict[Langkah, Transisi] = {t.langkah: t for t in (
    Transisi(Langkah.AJUKAN, Aksi.DIAJUKAN, Status.DRAFT, Status.DIAJUKAN, Peran.PEGAWAI,
             "Ajukan", None, N_("{Dok} sudah diajukan.")),
    Transisi(Langkah.KEMBALIKAN, Aksi.DIKEMBALIKAN, Status.DIAJUKAN, Status.DRAFT, Peran.PENILAI,
             "Kembalikan…", "pengembalian",
             N_("Hanya {dok} yang sedang diajukan yang dapat dikembalikan.")),
    Transisi(Langkah.SETUJUI, Aksi.DISETUJUI, Status.DIAJUKAN, Status.DISETUJUI, Peran.PENILAI,
             "Setujui", None, N_("{Dok} harus diajukan dahulu sebelum disetujui.")),
    Transisi(Langkah.BUKA_KEMBALI, Aksi.DIBUKA_KEMBALI, Status.DISETUJUI, Status.DRAFT,
             Peran.PENILAI, "Buka kembali…", N_("membuka kembali {dok}"),
             N_("Hanya {dok} yang sudah disetujui yang dapat dibuka kembali.")),
)}


def jalur(ke: Status) -> tuple[Transisi, ...]:
    """The steps that bring a new document (konsep) to ``ke``, in order: what its history shows
    when it is built in bulk (the demo) rather than step by step."""
    steps: list[Transisi] = []
    st = Status.DRAFT
    forward = (Langkah.AJUKAN, Langkah.SETUJUI)
    for langkah in forward:
        if st is ke:
            break
        t = TRANSISI[langkah]
        steps.append(t)
        st = t.ke
    if st is not ke:
        raise ValueError(f"no path to {ke}")
    return tuple(steps)


def tersedia(status: str) -> tuple[Transisi, ...]:
    """The steps a document in ``status`` can take now (the GUI's workflow bar)."""
    st = status_of(status)
    return tuple(t for t in TRANSISI.values() if t.dari is st)


class Dokumen(Protocol):
    """What the workflow needs of a document row."""

    id: str
    pegawai_id: str
    status: str


@dataclass(frozen=True)
class JenisDokumen:
    kode: str  # riwayat_dokumen.dokumen ("skp", "evaluasi")
    nama: str  # in a sentence ("SKP", "evaluasi")
    terkunci: Callable[[Dokumen], str]  # why an approved one cannot be changed


def terkunci(s: Session, jenis: JenisDokumen, doc: Dokumen) -> None:
    """The edit guard: the installation's authority over the employee, and no change to an
    approved document (it must be opened again, with a reason, first)."""
    require_appraisal_scope(s, doc.pegawai_id)
    if status_of(doc.status) is Status.DISETUJUI:
        raise LockedError(jenis.terkunci(doc))


def jalankan(s: Session, jenis: JenisDokumen, doc: Dokumen, langkah: Langkah, *,
             oleh: str | None, alasan: str | None = None,
             syarat: Callable[[], object] | None = None,
             efek: Callable[[], None] | None = None) -> None:
    """Take one step: authority, reason, status, the document's own conditions, its effects,
    the new status and the history record; all in the caller's transaction."""
    t = TRANSISI[langkah]
    if t.dari is Status.DISETUJUI:
        require_appraisal_scope(s, doc.pegawai_id)
    else:
        terkunci(s, jenis, doc)
    dok = _(jenis.nama)
    teks = require_alasan(alasan, _(t.alasan).format(dok=dok)) if t.alasan else None
    if status_of(doc.status) is not t.dari:
        raise ValidationError(_(t.bukan_dari).format(dok=dok, Dok=dok[:1].upper() + dok[1:]),
                              "status")
    if syarat is not None:
        syarat()
    if efek is not None:
        efek()
    doc.status = t.ke.value
    record(s, jenis.kode, doc.id, doc.pegawai_id, t.aksi, oleh, teks)
