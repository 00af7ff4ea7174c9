"""What a person does on the Pelayanan page: the service catalogue, the daily register (typed or
imported), complaints through their workflow, IKM surveys and the month's report as a file."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from asn_desktop.services import ikm as ikm_svc
from asn_desktop.services import pelayanan as svc
from asn_desktop.services import pelayanan_rekap as rekap_svc
from asn_desktop.services import pengaduan as adu
from asn_desktop.services.pelayanan_impor import HasilImpor, impor_register
from asn_desktop.services.workspace import Workspace
from asn_desktop.ui.operations import OpContext
from asn_desktop.ui.ops import Op, kerja, label, tulis

PELAYANAN = "pelayanan"  # catalogue, register, complaints, IKM: what the Pelayanan page shows


def tambah_layanan(unit_id: str, data: svc.LayananInput) -> Op[str]:
    return tulis(lambda s: svc.tambah_layanan(s, unit_id, data), PELAYANAN)


def ubah_layanan(layanan_id: str, data: svc.LayananInput) -> Op[None]:
    return tulis(lambda s: svc.ubah_layanan(s, layanan_id, data), PELAYANAN)


def hapus_layanan(layanan_id: str) -> Op[None]:
    return tulis(lambda s: svc.hapus_layanan(s, layanan_id), PELAYANAN)


def catat_harian(rows: Sequence[svc.HarianInput]) -> Op[int]:
    """One day of the register, every layanan in one transaction."""

    def work(s: Session) -> int:
        for data in rows:
            svc.catat_harian(s, data)
        return len(rows)

    return tulis(work, PELAYANAN)


def impor(unit_id: str, path: Path) -> Op[HasilImpor]:
    """Every row checked, then all written (or none, with the rows at fault)."""

    def work(ws: Workspace, op: OpContext) -> HasilImpor:
        op.progress(0, 0, label("Memeriksa {0}…").format(path.name))
        with ws.session() as s:
            return impor_register(s, unit_id, path)

    return kerja(work, PELAYANAN, label=label("Mengimpor register layanan…"))


def catat_pengaduan(unit_id: str, data: adu.PengaduanInput) -> Op[str]:
    return tulis(lambda s: adu.catat(s, unit_id, data), PELAYANAN)


def ubah_pengaduan(pengaduan_id: str, data: adu.PengaduanInput) -> Op[None]:
    return tulis(lambda s: adu.ubah(s, pengaduan_id, data), PELAYANAN)


def langkah_pengaduan(pengaduan_id: str, step: adu.LangkahPengaduan, *,
                      tanggal: date | None = None, pic_id: str | None = None,
                      tanggapan: str | None = None, bukti: str | None = None,
                      kategori: str | None = None, alasan: str | None = None) -> Op[None]:
    return tulis(lambda s: adu.langkah(s, pengaduan_id, step, pic_id=pic_id,
                                       tanggapan=tanggapan, bukti=bukti, kategori=kategori,
                                       alasan=alasan, tanggal=tanggal), PELAYANAN)


def catat_ikm(unit_id: str, periode_kode: str, responden: int, nrr: Sequence[float],
              catatan: str | None) -> Op[ikm_svc.IkmView]:
    return tulis(lambda s: ikm_svc.catat(s, unit_id, periode_kode, responden, nrr, catatan),
                 PELAYANAN)


def simpan_laporan(unit_id: str, kode_rentang: str, tujuan: Path) -> Op[Path]:
    """The span's figures read afresh and written as PDF or .xlsx (by the suffix)."""

    def work(ws: Workspace, _op: OpContext) -> Path:
        from asn_desktop.services import pelayanan_berkas

        with ws.read_session() as s:
            r = rekap_svc.rekap(s, unit_id, rekap_svc.rentang(kode_rentang))
            return Path(pelayanan_berkas.tulis(s, r, tujuan))

    return kerja(work, label=label("Menyusun laporan pelayanan…"))
