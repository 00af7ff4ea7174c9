"""Workflow shared by SKP and evaluations: statuses, actions and the document history."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from asn_desktop.db.models import RiwayatDokumen
from asn_desktop.domain.dokumen import AKSI_LABELS, Aksi, Status
from asn_desktop.errors import ValidationError
from asn_desktop.services.authority import require_appraisal_scope
from asn_desktop.teks import _
from asn_desktop.views.dokumen import (  # re-exported: callers name them from here too
    RiwayatView as RiwayatView,
)


def now_iso() -> str:
    return datetime.now().isoformat(timespec="microseconds")


def current_actor(s: Session) -> str | None:
    """The operator stamped on changes by this connection (see ``db/engine.py``)."""
    try:
        value = s.scalar(text("SELECT asn_actor()"))
    except Exception:  # a connection without the capture functions (should not happen)
        return None
    return str(value) if value else None


def record(
    s: Session,
    dokumen: str,
    dokumen_id: str,
    pegawai_id: str,
    aksi: Aksi,
    oleh: str | None = None,
    alasan: str | None = None,
) -> None:
    require_appraisal_scope(s, pegawai_id)
    s.add(
        RiwayatDokumen(
            dokumen=dokumen,
            dokumen_id=dokumen_id,
            pegawai_id=pegawai_id,
            aksi=aksi.value,
            oleh=(oleh or "").strip() or current_actor(s),
            alasan=(alasan or "").strip() or None,
            waktu=now_iso(),
        )
    )
    s.flush()


def history(s: Session, dokumen_id: str) -> tuple[RiwayatView, ...]:
    rows = s.scalars(
        select(RiwayatDokumen)
        .where(RiwayatDokumen.dokumen_id == dokumen_id, RiwayatDokumen.deleted.is_(False))
        .order_by(RiwayatDokumen.waktu, RiwayatDokumen.id)
    ).all()
    out = []
    for r in rows:
        try:
            label = AKSI_LABELS[Aksi(r.aksi)]
        except ValueError:
            label = r.aksi
        out.append(RiwayatView(r.aksi, label, r.oleh, r.alasan, r.waktu))
    return tuple(out)


def require_alasan(alasan: str | None, tindakan: str) -> str:
    teks = (alasan or "").strip()
    if not teks:
        raise ValidationError(_("Alasan {tindakan} wajib diisi.").format(tindakan=tindakan),
                              "alasan")
    return teks


def status_of(value: str) -> Status:
    try:
        return Status(value)
    except ValueError:
        return Status.DRAFT


def clean(teks: str | None) -> str | None:
    """Trimmed text, or None when blank."""
    if teks is None:
        return None
    t = teks.strip()
    return t or None


def lines(teks: str | None) -> tuple[str, ...]:
    """One item per non-blank line."""
    if not teks:
        return ()
    return tuple(x.strip() for x in teks.splitlines() if x.strip())
