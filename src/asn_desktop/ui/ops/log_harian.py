"""What a person does to the daily activity log."""

from __future__ import annotations

from sqlalchemy.orm import Session

from asn_desktop.services import evaluasi as eval_svc
from asn_desktop.services import log_harian as svc
from asn_desktop.ui.context import EVALUASI, LOG
from asn_desktop.ui.ops import Op, tulis


def tambah(pegawai_id: str, data: svc.LogInput) -> Op[str]:
    return tulis(lambda s: svc.add_log(s, pegawai_id, data), LOG)


def hapus(log_id: str) -> Op[None]:
    return tulis(lambda s: svc.delete_log(s, log_id), LOG)


def isi_realisasi(skp_id: str, periode_kode: str) -> Op[list[svc.RealisasiChange]]:
    """The period's evaluation (opened when it does not exist yet) takes its realisasi from
    the logs; the result lists what changed."""

    def work(s: Session) -> list[svc.RealisasiChange]:
        evaluasi_id = eval_svc.open_evaluasi(s, skp_id, periode_kode)
        return svc.carry_to_realisasi(s, evaluasi_id)

    return tulis(work, EVALUASI, LOG)
