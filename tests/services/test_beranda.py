from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from sqlalchemy import select

from asn_desktop.domain.periods import Frekuensi
from asn_desktop.services import beranda, evaluasi, skp
from asn_desktop.services.workspace import Workspace

from .conftest import TAHUN, Org, approved_skp, fill_skp, unit_info


def test_todo(ws: Workspace, org: Org) -> None:
    today = date(TAHUN, 8, 15)
    with ws.session() as s:
        approved_skp(s, org.kabid)
        s1 = approved_skp(s, org.staf1)
        d = skp.create_skp(s, org.staf2, TAHUN)
        fill_skp(s, d, 1)
        skp.ajukan(s, d)
        skp.create_skp(s, org.perawat, TAHUN)
        e = evaluasi.open_evaluasi(s, s1, f"{TAHUN}-TW3")
        b = beranda.todo(s, ws.info, None, TAHUN, today)
        b_unit = beranda.todo(s, unit_info(ws, org.bidang), None, TAHUN, today)
        b_next = beranda.todo(s, ws.info, None, TAHUN + 1, today)
    assert (b.instalasi, b.peran, b.periode_kode, b.periode_label) == (
        "BKPSDM", "central", f"{TAHUN}-TW3", "TRIWULAN III")
    assert b.jumlah_pegawai == 7
    assert b.tanpa_skp == 3
    assert {p.id for p in b.tanpa_skp_daftar} == {org.kadis, org.pppk, org.kadinkes}
    assert (b.skp_draft, b.skp_diajukan, b.skp_disetujui) == (1, 1, 2)
    assert b.skp_draft_daftar[0].pegawai_id == org.perawat
    assert b.skp_diajukan_daftar[0].pegawai_id == org.staf2
    assert b.skp_belum_disetujui == 2
    assert {(x.pegawai_id, x.evaluasi_id) for x in b.evaluasi_due_daftar} == {
        (org.kabid, None), (org.staf1, e)}
    assert (b.konflik, b.paket_belum_dikirim) == (0, 0)
    assert dataclasses.replace(b, konflik=2).konflik == 2
    # a unit sees its own subtree only
    assert b_unit.jumlah_pegawai == 4 and b_unit.tanpa_skp == 1
    assert (b_unit.skp_draft, b_unit.skp_diajukan) == (0, 1)
    assert b_next.tanpa_skp == 7 and b_next.evaluasi_due == 0
    assert b_next.periode_kode == f"{TAHUN + 1}-TW4"


def test_todo_list_limit(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        b = beranda.todo(s, ws.info, {org.bidang}, TAHUN, date(TAHUN, 1, 2), batas=2)
    assert b.tanpa_skp == 4 and len(b.tanpa_skp_daftar) == 2


def test_first_steps_of_a_fresh_central(tmp_path: Path) -> None:
    from asn_desktop.db.models import OrgUnit
    from asn_desktop.paths import Paths
    from asn_desktop.services.langkah_awal import langkah_awal
    from asn_desktop.services.tahun_kinerja import buka_tahun
    from asn_desktop.services.workspace import init_workspace

    ws = init_workspace(Paths(tmp_path / "baru"), "central", "Pusat Baru")
    try:
        with ws.db.Session() as s:
            la = langkah_awal(s, 2026)
        assert (la.jumlah_unit, la.jumlah_pegawai, la.tahun_dibuka, la.jumlah_undangan) == (
            0, 0, False, 0)
        assert not la.selesai
        with ws.session() as s:
            root = s.scalars(select(OrgUnit)).one()
            s.add(OrgUnit(kode="3673.DINKES", nama="Dinas Kesehatan", jenis="OPD",
                          parent_id=root.id))
            buka_tahun(s, 2026, Frekuensi.TRIWULANAN)
        with ws.db.Session() as s:
            la = langkah_awal(s, 2026)
        assert (la.jumlah_unit, la.tahun_dibuka) == (1, True)
    finally:
        ws.close()
