"""Switching an SKP's pendekatan, the operator name stamped on changes, and the form hint data
(``PegawaiRow.pimpinan_unit``)."""

from __future__ import annotations

import getpass

import pytest
from sqlalchemy import select

from asn_desktop.db.models import ChangeLog, Indikator, Installation, RiwayatDokumen, Skp
from asn_desktop.domain.jabatan import Aspek, FormVariant, Pendekatan
from asn_desktop.errors import LockedError, PermissionError_, ValidationError
from asn_desktop.services import evaluasi, identitas
from asn_desktop.services import pegawai as psvc
from asn_desktop.services import skp as svc
from asn_desktop.services.workspace import Workspace, open_workspace, operator, set_operator

from .conftest import TAHUN, Org, fill_skp, unit_session


def _indikator(ws: Workspace, skp_id: str) -> list[tuple[str | None, float | None, str | None,
                                                           str | None]]:
    with ws.db.Session() as s:
        v = svc.get_skp(s, skp_id)
        return [(i.aspek, i.target_nilai, i.target_satuan, i.target_narasi)
                for r in v.rhk for i in r.indikator]


def test_kuantitatif_to_kualitatif_converts_targets(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        skp_id = svc.create_skp(s, org.staf1, TAHUN)
        rid = fill_skp(s, skp_id, 1)[0]
        svc.add_indikator(s, rid, svc.IndikatorInput("Ketepatan waktu", Aspek.WAKTU,
                                                     target_narasi="Setiap tanggal 5"))
        svc.add_indikator(s, rid, svc.IndikatorInput("Rentang", Aspek.KUALITAS, 80, "%",
                                                     target_narasi="80–90%"))
        catatan = svc.set_pendekatan(s, skp_id, "KUALITATIF")
    assert catatan is not None and "3 target angka" in catatan and "aspek 4" in catatan
    assert _indikator(ws, skp_id) == [
        (None, None, None, "12 Dokumen"),
        (None, None, None, "100 %"),
        (None, None, None, "Setiap tanggal 5"),
        (None, None, None, "80 % / 80–90%"),
    ]
    with ws.session() as s:
        v = svc.get_skp(s, skp_id)
        assert v.pendekatan == "KUALITATIF" and not v.form.has_aspek
        assert svc.masalah_pengajuan(s, skp_id) == []
        assert (v.riwayat[-1].aksi, v.riwayat[-1].alasan) == ("PENDEKATAN_DIUBAH", catatan)
        # the old values stay in the audit trail
        old = s.scalars(select(ChangeLog.value).where(
            ChangeLog.tbl == "indikator", ChangeLog.field == "target_nilai")).all()
        assert 12 in old and None in old
        # back to kuantitatif: nothing changes, the missing aspek are listed as problems
        assert svc.set_pendekatan(s, skp_id, Pendekatan.KUANTITATIF) is not None
        assert svc.set_pendekatan(s, skp_id, Pendekatan.KUANTITATIF) is None  # no-op
    assert _indikator(ws, skp_id)[0] == (None, None, None, "12 Dokumen")
    with ws.session() as s:
        problems = svc.masalah_pengajuan(s, skp_id)
        assert len([p for p in problems if "aspek" in p]) == 4
        n = s.scalar(select(RiwayatDokumen.id).where(
            RiwayatDokumen.dokumen_id == skp_id, RiwayatDokumen.aksi == "PENDEKATAN_DIUBAH")
            .limit(1))
        assert n is not None


def test_pendekatan_refusals(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        skp_id = svc.create_skp(s, org.staf1, TAHUN)
        fill_skp(s, skp_id, 1)
        with pytest.raises(ValidationError) as bad:
            svc.set_pendekatan(s, skp_id, "CAMPURAN")
        assert bad.value.field == "pendekatan"
    with unit_session(ws, org.dinkes) as s, pytest.raises(PermissionError_):
        svc.set_pendekatan(s, skp_id, "KUALITATIF")
    with ws.session() as s:
        svc.ajukan(s, skp_id)
        with pytest.raises(ValidationError, match="konsep"):
            svc.set_pendekatan(s, skp_id, "KUALITATIF")
        svc.setujui(s, skp_id)
        with pytest.raises(LockedError):
            svc.set_pendekatan(s, skp_id, "KUALITATIF")
    with ws.session() as s:
        evaluasi.open_evaluasi(s, skp_id, f"{TAHUN}-TW1")
        svc.buka_kembali(s, skp_id, "Ganti pendekatan")
        with pytest.raises(ValidationError, match="1 evaluasi"):
            svc.set_pendekatan(s, skp_id, "KUALITATIF")
    with ws.db.Session() as s:
        assert s.get_one(Skp, skp_id).pendekatan == "KUANTITATIF"
        assert all(i.aspek for i in s.scalars(select(Indikator)))


def test_unit_may_switch_its_own_skp(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        skp_id = svc.create_skp(s, org.staf1, TAHUN, Pendekatan.KUALITATIF)
    with unit_session(ws, org.disdik) as s:
        svc.set_pendekatan(s, skp_id, "KUANTITATIF")
        assert s.get_one(Skp, skp_id).pendekatan == "KUANTITATIF"


def test_operator_is_stamped_on_riwayat_and_change_log(ws: Workspace, org: Org) -> None:
    assert operator(ws) is None
    with pytest.raises(ValidationError) as exc:
        set_operator(ws, "x")
    assert exc.value.field == "operator"
    assert set_operator(ws, "  Rina   Marlina ") == "Rina Marlina"
    with ws.session() as s:
        skp_id = svc.create_skp(s, org.staf1, TAHUN)
    with ws.db.Session() as s:
        oleh = s.scalars(select(RiwayatDokumen.oleh).where(
            RiwayatDokumen.dokumen_id == skp_id)).one()
        actors = set(s.scalars(select(ChangeLog.actor).where(ChangeLog.row_id == skp_id)))
        assert s.scalars(select(Installation.operator)).one() == "Rina Marlina"
    assert oleh == "Rina Marlina" and actors == {"Rina Marlina"}
    # kept across restarts; blank returns to the OS user
    paths = ws.paths
    ws.close()
    ws2 = open_workspace(paths)
    try:
        assert operator(ws2) == "Rina Marlina" and ws2.db.context.actor == "Rina Marlina"
        assert set_operator(ws2, "   ") is None
        assert ws2.db.context.actor == f"{getpass.getuser()} (akun komputer)"
    finally:
        ws2.close()


def test_pegawai_row_carries_pimpinan_unit(ws: Workspace, org: Org) -> None:
    with ws.db.Session() as s:
        rows = {r.id: r for r in psvc.list_pegawai(s, psvc.PegawaiFilter())}
        by_ids = {r.id: r for r in psvc.list_pegawai_by_ids(s, [org.kabid, org.staf1])}
        assert rows[org.kadis].pimpinan_unit and rows[org.kabid].pimpinan_unit
        assert not rows[org.staf1].pimpinan_unit
        assert by_ids[org.kabid].pimpinan_unit and not by_ids[org.staf1].pimpinan_unit
        # a pimpinan unit uses the JPT form only when the unit is a unit kerja mandiri
        assert identitas.form_variant_of(s, org.kabid) is FormVariant.JA_JF
        assert identitas.form_variant_of(s, org.kadis) is FormVariant.JPT

