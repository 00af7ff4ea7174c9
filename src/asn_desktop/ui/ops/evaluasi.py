"""What a person does to an evaluation: open it, fill it in, move it through the workflow."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from asn_desktop.services import evaluasi as svc
from asn_desktop.services import log_harian as log_svc
from asn_desktop.services import pelayanan_kinerja
from asn_desktop.services.langkah_massal import HasilMassal
from asn_desktop.services.workflow import Langkah
from asn_desktop.ui.context import EVALUASI, LOG
from asn_desktop.ui.ops import Op, label, langkah_massal, tulis
from asn_desktop.ui.ops import langkah as langkah_dokumen


@dataclass(frozen=True)
class Realisasi:
    indikator_id: str
    nilai: float | None
    teks: str | None
    bukti_dukung: str | None


@dataclass(frozen=True)
class Penilaian:
    rating_hasil_kerja: str | None
    rating_perilaku_kerja: str | None
    capaian_organisasi: str | None
    tanggal: date | None
    catatan_rekomendasi: str | None


@dataclass(frozen=True)
class Isian:
    """What the evaluation form changed, saved together in one transaction."""

    realisasi: Sequence[Realisasi] = ()
    umpan_balik_rhk: Mapping[str, str | None] = field(default_factory=dict)
    umpan_balik_perilaku: Mapping[str, str | None] = field(default_factory=dict)
    penilaian: Penilaian | None = None


def buka(skp_id: str, periode_kode: str) -> Op[str]:
    return tulis(lambda s: svc.open_evaluasi(s, skp_id, periode_kode), EVALUASI)


def simpan(evaluasi_id: str, isian: Isian) -> Op[None]:
    def work(s: Session) -> None:
        for r in isian.realisasi:
            svc.set_realisasi(s, evaluasi_id, r.indikator_id, r.nilai, r.teks, r.bukti_dukung)
        for rhk_id, teks in isian.umpan_balik_rhk.items():
            svc.set_umpan_balik_rhk(s, evaluasi_id, rhk_id, teks)
        for kode, teks in isian.umpan_balik_perilaku.items():
            svc.set_umpan_balik_perilaku(s, evaluasi_id, kode, teks)
        p = isian.penilaian
        if p is not None:
            svc.set_ratings(s, evaluasi_id, p.rating_hasil_kerja, p.rating_perilaku_kerja)
            svc.set_capaian_organisasi(s, evaluasi_id, p.capaian_organisasi)
            svc.set_tanggal(s, evaluasi_id, p.tanggal)
            svc.set_catatan_rekomendasi(s, evaluasi_id, p.catatan_rekomendasi)

    return tulis(work, EVALUASI, label=label("Menyimpan evaluasi…"))


def ambil_log(evaluasi_id: str) -> Op[list[log_svc.RealisasiChange]]:
    """Fill the realisasi from the period's daily logs; the result lists what changed."""
    return tulis(lambda s: log_svc.carry_to_realisasi(s, evaluasi_id), EVALUASI, LOG)


def isi_dari_register(evaluasi_id: str) -> Op[list[log_svc.RealisasiChange]]:
    """Fill the realisasi of the register-bound indicators from the unit's service registers;
    the result lists what changed."""
    return tulis(lambda s: pelayanan_kinerja.isi_dari_register(s, evaluasi_id), EVALUASI)


def hapus(evaluasi_id: str) -> Op[None]:
    return tulis(lambda s: svc.delete_evaluasi(s, evaluasi_id), EVALUASI)


def langkah(evaluasi_id: str, step: Langkah, alasan: str | None = None) -> Op[None]:
    return langkah_dokumen(svc, evaluasi_id, step, alasan, EVALUASI)


def capaian_unit(unit_id: str, periode_kode: str, capaian: str | None) -> Op[None]:
    """The organisation's achievement for a period, which leaders' evaluations follow."""
    return tulis(lambda s: svc.set_capaian_unit(s, unit_id, periode_kode, capaian), EVALUASI)


def langkah_banyak(doc_ids: list[str], step: Langkah) -> Op[HasilMassal]:
    """Ajukan or Setujui every listed document that can move."""
    return langkah_massal(svc, doc_ids, step, EVALUASI)
