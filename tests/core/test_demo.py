"""The demo organisation is realistic, valid and reproducible."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from tests.conftest import WorkspaceFactory

from asn_desktop.db.models import Evaluasi, Pegawai, Rhk, RiwayatDokumen, Skp, UmpanBalik
from asn_desktop.domain.dokumen import Aksi, Status
from asn_desktop.domain.nip import StatusKepegawaian, parse_nomor_induk
from asn_desktop.domain.predikat import predikat_kinerja
from asn_desktop.domain.ratings import Rating
from asn_desktop.services import workflow as wf
from asn_desktop.services.demo import fill_demo

TODAY = date(2026, 11, 28)


def test_demo_data_obeys_the_rules(make_workspace: WorkspaceFactory) -> None:
    ws = make_workspace("central", "BKPSDM")
    summary = fill_demo(ws, employees=300, seed=7, today=TODAY)
    assert summary.pegawai == 300 and summary.skp > 250 and summary.evaluasi > 250
    with ws.db.Session() as s:
        people = s.scalars(select(Pegawai)).all()
        for p in people:  # every NIP / NI PPPK valid, matching birth date and sex
            parsed = parse_nomor_induk(StatusKepegawaian(p.status), p.nip)
            assert parsed.tanggal_lahir == p.tanggal_lahir
            assert parsed.jenis_kelamin == p.jenis_kelamin
        assert len({p.nip for p in people}) == len(people)
        assert {p.status for p in people} == {"PNS", "PPPK"}
        by_id = {p.id: p for p in people}
        # cascade: an RHK intervenes an RHK of the employee's own atasan
        skp_owner = {a: b for a, b in s.execute(select(Skp.id, Skp.pegawai_id))}
        rhk_owner = {r.id: skp_owner[r.skp_id] for r in s.scalars(select(Rhk))}
        linked = 0
        for r in s.scalars(select(Rhk).where(Rhk.rhk_atasan_id.is_not(None))):
            owner = by_id[rhk_owner[r.id]]
            assert rhk_owner[r.rhk_atasan_id] == owner.atasan_id
            linked += 1
        assert linked > 100
        for ev in s.scalars(select(Evaluasi)):  # predikat always derived from the matrix
            expected = predikat_kinerja(Rating(ev.rating_hasil_kerja),
                                        Rating(ev.rating_perilaku_kerja))
            assert ev.predikat == expected.value
        # each document's history is the workflow's path to its status
        history: dict[str, list[str]] = {}
        for h in s.scalars(select(RiwayatDokumen).order_by(RiwayatDokumen.waktu)):
            history.setdefault(h.dokumen_id, []).append(h.aksi)
        for doc in [*s.scalars(select(Skp)), *s.scalars(select(Evaluasi))]:
            steps = [t.aksi.value for t in wf.jalur(Status(doc.status))]
            shown = [a for a in history.get(doc.id, []) if a != Aksi.DIBUAT.value]
            assert shown == steps, (doc.id, doc.status, shown)


def test_same_seed_same_city(make_workspace: WorkspaceFactory) -> None:
    # the people and their appraisal: who has which documents, in which state
    def city(folder: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]],
                                   list[tuple[str, str, str]], list[tuple[str, str]]]:
        ws = make_workspace("central", "BKPSDM", folder)
        fill_demo(ws, employees=80, seed=11, today=TODAY)
        with ws.db.Session() as s:
            people = sorted((a, b) for a, b in s.execute(select(Pegawai.nip, Pegawai.nama)))
            skp = sorted((n, st) for n, st in s.execute(
                select(Pegawai.nip, Skp.status).join(Skp, Skp.pegawai_id == Pegawai.id)))
            ev = sorted((n, k, st) for n, k, st in s.execute(
                select(Pegawai.nip, Evaluasi.periode_kode, Evaluasi.status)
                .join(Evaluasi, Evaluasi.pegawai_id == Pegawai.id)))
            ub = sorted((n, p) for n, p in s.execute(
                select(Pegawai.nip, UmpanBalik.peran)
                .join(UmpanBalik, UmpanBalik.pegawai_id == Pegawai.id)))
        return people, skp, ev, ub

    assert city("a") == city("b")


def test_unit_with_master_data_only_gets_appraisal_for_its_own_people(
    make_workspace: WorkspaceFactory,
) -> None:
    ws = make_workspace("unit", "Dinas Pendidikan", unit_kode="3673.DP")
    fill_demo(ws, employees=150, seed=2, today=TODAY)
    with ws.db.Session() as s:
        n_people = s.scalar(select(func.count(Pegawai.id)))
        n_skp = s.scalar(select(func.count(Skp.id)))
    fill_demo(ws, employees=150, seed=3, today=TODAY)  # second run: appraisal only, no new people
    with ws.db.Session() as s:
        assert s.scalar(select(func.count(Pegawai.id))) == n_people
        assert s.scalar(select(func.count(Skp.id))) >= n_skp
