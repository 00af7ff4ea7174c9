"""The demo's public service: Disdukcapil keeps a catalogue, a year of register and complaints
whose histories follow the workflow in order, with some overdue."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from asn_desktop import paths
from asn_desktop.db.models import Evaluasi, Indikator, Skp
from asn_desktop.domain.pelayanan import StatusPengaduan
from asn_desktop.services import evaluasi_isi, pelayanan, pengaduan
from asn_desktop.services.demo import fill_demo
from asn_desktop.services.orgs import unit_by_kode
from asn_desktop.services.pengaduan import TRANSISI
from asn_desktop.services.workspace import init_workspace

HARI = date(2026, 12, 2)


def test_demo_disdukcapil(tmp_path: Path) -> None:
    ws = init_workspace(paths.resolve(tmp_path / "pusat"), "central", "BKPSDM")
    try:
        fill_demo(ws, employees=300, today=HARI)
        with ws.session() as s:
            unit = unit_by_kode(s, "3673.DISDUKCAPIL")
            assert len(pelayanan.katalog(s, unit.id)) >= 8
            views = pengaduan.daftar(s, unit_id=unit.id, hari_ini=HARI)
            lewat = [v for v in views if v.terlambat and not v.ditutup]
            histories = {v.id: [h.aksi for h in pengaduan.riwayat(s, v.id)] for v in views}
            # every approved evaluation froze its SKP as it stands, indicators bound to the
            # registers included (they are added after the evaluations are written)
            approved = s.scalars(select(Evaluasi).where(Evaluasi.status == "DISETUJUI")).all()
            skps = {k.id: k for k in s.scalars(select(Skp))}
            frozen = {e.id: e.isi_json for e in approved}
            now = {e.id: evaluasi_isi.to_json(evaluasi_isi.current(s, skps[e.skp_id]))
                   for e in approved}
            bound = s.scalars(select(Indikator.rhk_id).where(
                Indikator.sumber_realisasi.is_not(None))).all()
    finally:
        ws.close()
    assert len(views) > 100 and lewat
    assert len(frozen) > 100 and frozen == now and bound
    after = {t.aksi.value: {s.value for s in t.asal} for t in TRANSISI.values()}
    status_of = {t.aksi.value: t.ke.value for t in TRANSISI.values()}
    for hist in histories.values():
        assert hist[0] == "DITERIMA"
        st = StatusPengaduan.DITERIMA.value
        for aksi in hist[1:]:  # every step starts where the one before it ended
            assert st in after[aksi], hist
            st = status_of[aksi]
