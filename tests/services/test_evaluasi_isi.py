"""An approved evaluation keeps the SKP content it was approved against: a later revision of the
SKP (reopened, RHK and target changed, a new RHK, another expectation) does not change what the
evaluation shows or prints; reopening the evaluation brings it back to the SKP as it is."""

from __future__ import annotations

import json
from dataclasses import astuple

from sqlalchemy.orm import Session

from asn_desktop.db.models import Evaluasi, Skp
from asn_desktop.domain.jabatan import Aspek
from asn_desktop.domain.ratings import Rating
from asn_desktop.services import evaluasi as svc
from asn_desktop.services import evaluasi_isi
from asn_desktop.services import skp as skp_svc
from asn_desktop.services.workspace import Workspace

from .conftest import TAHUN, Org, approved_skp

S = Rating.SESUAI_EKSPEKTASI


def _approved_evaluation(s: Session, skp_id: str) -> str:
    e = svc.open_evaluasi(s, skp_id, f"{TAHUN}-TW1")
    svc.set_ratings(s, e, S, S)
    svc.ajukan(s, e)
    svc.setujui(s, e)
    return e


def _revise_skp(s: Session, skp_id: str) -> None:
    skp_svc.buka_kembali(s, skp_id, "Penugasan baru pertengahan tahun", "Siti")
    utama, _ = skp_svc.rhk_views(s, skp_id)
    first = utama[0]
    skp_svc.update_rhk(s, first.id, skp_svc.RhkInput(
        "Uraian RHK yang direvisi", rhk_atasan_id=first.rhk_atasan_id,
        rhk_atasan_teks=first.rhk_atasan_teks or None))
    ind = first.indikator[0]
    skp_svc.update_indikator(s, ind.id, skp_svc.IndikatorInput(
        ind.uraian, aspek=Aspek(ind.aspek) if ind.aspek else None, target_nilai=99,
        target_satuan=ind.target_satuan))
    baru = skp_svc.add_rhk(s, skp_id, skp_svc.RhkInput(
        "RHK tambahan setelah revisi", rhk_atasan_id=first.rhk_atasan_id,
        rhk_atasan_teks=first.rhk_atasan_teks or None))
    skp_svc.add_indikator(s, baru, skp_svc.IndikatorInput(
        "Jumlah laporan", aspek=Aspek.KUANTITAS, target_nilai=4, target_satuan="Laporan"))
    skp_svc.set_ekspektasi(s, skp_id, "loyal", "Ekspektasi baru")
    skp_svc.ajukan(s, skp_id)
    skp_svc.setujui(s, skp_id)


def test_revised_skp_does_not_change_an_approved_evaluation(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        skp_id = approved_skp(s, org.staf1)
        e = _approved_evaluation(s, skp_id)
        before = svc.get_evaluasi(s, e)
        _revise_skp(s, skp_id)
    with ws.db.Session() as s:
        after = svc.get_evaluasi(s, e)
        live, _ = skp_svc.rhk_views(s, skp_id)
    assert live[0].uraian == "Uraian RHK yang direvisi" and len(live) == len(before.utama) + 1
    assert after.utama == before.utama and after.tambahan == before.tambahan
    assert after.perilaku == before.perilaku and after.pendekatan == before.pendekatan
    assert after.utama[0].indikator[0].indikator.target_teks != "99 Dokumen"

    with ws.session() as s:
        svc.buka_kembali(s, e, "Realisasi dikoreksi", "Siti")
        assert s.get_one(Evaluasi, e).isi_json is None
        reopened = svc.get_evaluasi(s, e)
    assert reopened.utama[0].rhk.uraian == "Uraian RHK yang direvisi"
    assert reopened.utama[0].indikator[0].indikator.target_teks.startswith("99")
    assert next(p for p in reopened.perilaku if p.kode == "loyal").ekspektasi == "Ekspektasi baru"


def test_snapshot_round_trips_and_damaged_ones_fall_back(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        skp_id = approved_skp(s, org.staf1)
        e = _approved_evaluation(s, skp_id)
        text = s.get_one(Evaluasi, e).isi_json
        assert text is not None
        isi = evaluasi_isi.from_json(text)
        assert isi == evaluasi_isi.current(s, s.get_one(Skp, skp_id))
        # the positional rows are the views' fields in declaration order
        rhk = isi.utama[0]
        assert json.loads(text)["utama"][0] == [
            *json.loads(json.dumps(astuple(rhk)[:-1])),
            [json.loads(json.dumps(astuple(i)[:9])) for i in rhk.indikator]]
    for bad in ("", "{", "[]", '{"v": 99}', text.replace('"utama":[[', '"utama":[[1,'),
                text.replace("true", '"ya"').replace("false", '"tidak"')):
        assert evaluasi_isi.from_json(bad) is None, bad
    with ws.session() as s:
        s.get_one(Evaluasi, e).isi_json = "{rusak"
        # a damaged snapshot shows the SKP as it is instead of failing
        assert svc.get_evaluasi(s, e).utama[0].rhk.uraian
