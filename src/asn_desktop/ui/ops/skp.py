"""What a person does to an SKP: create it, write its plan, move it through the workflow."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from sqlalchemy.orm import Session

from asn_desktop.services import skp as svc
from asn_desktop.services.langkah_massal import HasilMassal
from asn_desktop.services.workflow import Langkah
from asn_desktop.ui.context import SKP
from asn_desktop.ui.ops import Op, langkah_massal, tulis
from asn_desktop.ui.ops import langkah as langkah_dokumen


def buat(pegawai_id: str, tahun: int, pendekatan: str) -> Op[str]:
    return tulis(lambda s: svc.create_skp(s, pegawai_id, tahun, pendekatan), SKP)


def hapus(skp_id: str) -> Op[None]:
    return tulis(lambda s: svc.delete_skp(s, skp_id), SKP)


def tambah_rhk(skp_id: str, data: svc.RhkInput) -> Op[str]:
    return tulis(lambda s: svc.add_rhk(s, skp_id, data), SKP)


def ubah_rhk(rhk_id: str, data: svc.RhkInput) -> Op[str]:
    """Changes to an RHK; the result is its id, like tambah_rhk's."""
    return tulis(_then_id(rhk_id, lambda s: svc.update_rhk(s, rhk_id, data)), SKP)


def tambah_indikator(rhk_id: str, data: svc.IndikatorInput) -> Op[str]:
    return tulis(lambda s: svc.add_indikator(s, rhk_id, data), SKP)


def ubah_indikator(indikator_id: str, data: svc.IndikatorInput) -> Op[str]:
    return tulis(_then_id(indikator_id,
                          lambda s: svc.update_indikator(s, indikator_id, data)), SKP)


def _then_id(row_id: str, write: Callable[[Session], None]) -> Callable[[Session], str]:
    """An update whose result is the row's id, so a page treats adding and editing alike."""
    def work(s: Session) -> str:
        write(s)
        return row_id

    return work


def pindah_rhk(rhk_id: str, offset: int) -> Op[None]:
    return tulis(lambda s: svc.move_rhk(s, rhk_id, offset), SKP)


def hapus_rhk(rhk_id: str) -> Op[None]:
    return tulis(lambda s: svc.delete_rhk(s, rhk_id), SKP)


def hapus_indikator(indikator_id: str) -> Op[None]:
    return tulis(lambda s: svc.delete_indikator(s, indikator_id), SKP)


def simpan_ekspektasi(skp_id: str, ekspektasi: Mapping[str, str | None]) -> Op[None]:
    """The leader's expectations for the BerAKHLAK values that were changed, in one go."""

    def work(s: Session) -> None:
        for kode, teks in ekspektasi.items():
            svc.set_ekspektasi(s, skp_id, kode, teks)

    return tulis(work, SKP)


def simpan_lampiran(skp_id: str, data: svc.Lampiran) -> Op[None]:
    return tulis(lambda s: svc.set_lampiran(s, skp_id, data), SKP)


def ubah_periode(skp_id: str, mulai: date, selesai: date) -> Op[None]:
    return tulis(lambda s: svc.set_periode(s, skp_id, mulai, selesai), SKP)


def ubah_pendekatan(skp_id: str, pendekatan: str) -> Op[str | None]:
    return tulis(lambda s: svc.set_pendekatan(s, skp_id, pendekatan), SKP)


def ubah_penilai(skp_id: str, penilai_id: str | None, atasan_id: str | None,
                 alasan: str | None) -> Op[None]:
    return tulis(lambda s: svc.set_penilai(s, skp_id, penilai_id, atasan_id,
                                           alasan=alasan or None), SKP)


def langkah(skp_id: str, step: Langkah, alasan: str | None = None) -> Op[None]:
    return langkah_dokumen(svc, skp_id, step, alasan, SKP)


def langkah_banyak(doc_ids: list[str], step: Langkah) -> Op[HasilMassal]:
    """Ajukan or Setujui every listed document that can move."""
    return langkah_massal(svc, doc_ids, step, SKP)
