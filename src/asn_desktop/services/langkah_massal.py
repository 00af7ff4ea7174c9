"""One workflow step over many documents (Ajukan semua, Setujui semua): each document in its own
savepoint, so one that cannot move is reported and leaves the others done."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from asn_desktop.errors import AsnError, PermissionError_
from asn_desktop.services.authority import pelaku
from asn_desktop.teks import _, _n


@dataclass(frozen=True)
class HasilMassal:
    berhasil: tuple[str, ...]  # document ids moved
    gagal: tuple[tuple[str, str], ...]  # (document id, why not), in the order given

    def ringkasan(self, tindakan: str) -> str:
        """'12 dokumen diajukan; 2 tidak dapat diajukan.' (``tindakan``: the past participle,
        already in the interface language)."""
        n = len(self.berhasil)
        text = _n("Satu dokumen {tindakan}.", "{n} dokumen {tindakan}.", n).format(
            n=n, tindakan=tindakan)
        if self.gagal:
            text += " " + _("{n} tidak dapat {tindakan}.").format(n=len(self.gagal),
                                                                 tindakan=tindakan)
        return text


def jalankan_massal(s: Session, doc_ids: Iterable[str],
                    step: Callable[[Session, str], None]) -> HasilMassal:
    """``step`` for each document; a refusal about the document (an application error) undoes
    that document's writes only. A refusal of who is acting (no identity, outside the
    installation's authority) and any fault refuse the whole batch."""
    pelaku(s)
    done: list[str] = []
    failed: list[tuple[str, str]] = []
    for doc_id in dict.fromkeys(doc_ids):
        savepoint = s.begin_nested()
        try:
            step(s, doc_id)
        except PermissionError_:
            savepoint.rollback()
            raise
        except AsnError as exc:
            savepoint.rollback()
            failed.append((doc_id, _one_line(str(exc))))
            continue
        savepoint.commit()
        done.append(doc_id)
    return HasilMassal(tuple(done), tuple(failed))


def _one_line(message: str) -> str:
    """'SKP belum dapat diajukan:\n- A\n- B' -> 'SKP belum dapat diajukan: A; B'."""
    lines = [line.strip().removeprefix("- ") for line in message.splitlines() if line.strip()]
    return lines[0] + (" " + "; ".join(lines[1:]) if len(lines) > 1 else "") if lines else ""
