"""One approval workflow for every document (SKP, evaluations, public-service complaints, and
the documents still to come: forum minutes).

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

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from sqlalchemy import inspect, select
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
    PETUGAS = "petugas"  # the unit's service staff (complaints)


@dataclass(frozen=True)
class Transisi:
    langkah: StrEnum
    aksi: StrEnum  # the history record
    dari: StrEnum
    ke: StrEnum
    peran: Peran
    label: str  # the button
    alasan: str | None  # None: no reason; else what the reason is for (N_("pengembalian"))
    bukan_dari: str  # refusal when the document is not in ``dari``; {dok}: its name
    juga_dari: tuple[StrEnum, ...] = ()  # further statuses the step may start from

    @property
    def asal(self) -> tuple[StrEnum, ...]:
        return (self.dari, *self.juga_dari)


TRANSISI: dict[Langkah, Transisi] = {Langkah(t.langkah): t for t in (
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
    st: StrEnum = Status.DRAFT
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
    return tuple(t for t in TRANSISI.values() if st in t.asal)


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


@dataclass(frozen=True)
class Alur:
    """A kind of document's workflow: its steps, how its status is read, the statuses that
    lock it, who may act on it (``wewenang``) and how a step is recorded (``catat``)."""

    transisi: Mapping[Any, Transisi]  # step -> transition
    status: Callable[[str], StrEnum]
    terkunci_di: frozenset[StrEnum]
    wewenang: Callable[[Session, Any], None]
    catat: Callable[[Session, Any, StrEnum, str | None, str | None], None]

    def tersedia(self, status: str) -> tuple[Transisi, ...]:
        st = self.status(status)
        return tuple(t for t in self.transisi.values() if st in t.asal)


def _catat_penilaian(jenis: JenisDokumen) -> Callable[..., None]:
    def catat(s: Session, doc: Any, aksi: StrEnum, oleh: str | None,
              alasan: str | None) -> None:
        record(s, jenis.kode, doc.id, doc.pegawai_id, Aksi(aksi), oleh, alasan)

    return catat


def jalankan(s: Session, jenis: JenisDokumen, doc: Dokumen, langkah: Langkah, *,
             oleh: str | None, alasan: str | None = None,
             syarat: Callable[[], object] | None = None,
             efek: Callable[[], None] | None = None) -> None:
    """Take one step of an SKP or evaluation (see :func:`jalankan_alur`)."""
    alur = Alur(TRANSISI, status_of, frozenset({Status.DISETUJUI}),
                lambda s_, d: require_appraisal_scope(s_, d.pegawai_id), _catat_penilaian(jenis))
    jalankan_alur(s, alur, jenis.nama, doc, langkah, oleh=oleh, alasan=alasan, syarat=syarat,
                  efek=efek, sebelum=None if TRANSISI[langkah].dari is Status.DISETUJUI
                  else lambda: terkunci(s, jenis, doc))


def _kunci_baris(s: Session, doc: Any) -> None:
    """Lock the document's row and read its status as committed now: of two staff taking a
    step on one document at once (a central on PostgreSQL), the second waits for the first
    and then sees the new status, and is told so, rather than overwriting it. (SQLite allows
    one writer at a time: there the second transaction fails instead.)"""
    model = type(doc)
    if inspect(doc).persistent and s.get_bind().dialect.name != "sqlite":
        s.execute(select(model.id).where(model.id == doc.id).with_for_update())
        s.refresh(doc, attribute_names=["status"])


def jalankan_alur(s: Session, alur: Alur, nama: str, doc: Any, langkah: StrEnum, *,
                  oleh: str | None, alasan: str | None = None,
                  syarat: Callable[[], object] | None = None,
                  efek: Callable[[], None] | None = None,
                  sebelum: Callable[[], None] | None = None) -> None:
    """Take one step: authority, reason, status, the document's own conditions, its effects,
    the new status and the history record; all in the caller's transaction. ``nama`` is the
    document's name in a sentence (marked with N_); ``sebelum`` replaces the authority check
    when the kind has its own edit guard."""
    t = alur.transisi[langkah]
    _kunci_baris(s, doc)
    if sebelum is not None:
        sebelum()
    else:
        alur.wewenang(s, doc)
    dok = _(nama)
    teks = require_alasan(alasan, _(t.alasan).format(dok=dok)) if t.alasan else None
    if alur.status(doc.status) not in t.asal:
        raise ValidationError(_(t.bukan_dari).format(dok=dok, Dok=dok[:1].upper() + dok[1:]),
                              "status")
    if syarat is not None:
        syarat()
    if efek is not None:
        efek()
    doc.status = t.ke.value
    alur.catat(s, doc, t.aksi, oleh, teks)
