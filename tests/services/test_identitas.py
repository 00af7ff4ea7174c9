from __future__ import annotations

from asn_desktop.db.models import Pegawai
from asn_desktop.services import identitas, pengaturan
from asn_desktop.services.workspace import Workspace

from .conftest import Org, add_pegawai


def test_snapshot_blocks(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        ident = identitas.snapshot(s, org.staf1)
    p, pen, atas = ident.pegawai, ident.penilai, ident.atasan_penilai
    assert p.nama == "Budi Santoso"
    assert p.pangkat_golongan == "Penata Muda, III/a"
    assert p.unit_kerja == "Bidang GTK"
    assert p.perangkat_daerah == "Dinas Pendidikan"
    assert p.instansi == "PEMERINTAH KOTA SERANG"
    assert len(p.nip) == 18
    assert pen is not None and pen.pegawai_id == org.kabid
    assert pen.nama == "Siti Rahma, S.Pd."
    assert pen.pangkat_golongan == "Penata Tingkat I, III/d"
    assert atas is not None and atas.pegawai_id == org.kadis
    assert atas.nama == "Drs. H. Ahmad Fauzi, M.Pd."
    assert atas.pangkat_golongan == "Pembina Utama Muda, IV/c"


def test_pppk_golongan_printed(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        assert identitas.pihak(s, org.pppk).pangkat_golongan == "IX"


def test_top_of_hierarchy_is_judged_by_kepala_daerah(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        ident = identitas.snapshot(s, org.kadis)
        kabid = identitas.snapshot(s, org.kabid)
        pengaturan.reset_setting(s, pengaturan.KEPALA_DAERAH)
        bare = identitas.snapshot(s, org.kadis)
    assert ident.penilai is not None and ident.penilai.pegawai_id is None
    assert (ident.penilai.nama, ident.penilai.jabatan) == ("H. Contoh Walikota",
                                                           "Wali Kota Serang")
    assert ident.penilai.nip_cetak == "-"
    assert ident.atasan_penilai == ident.penilai
    assert kabid.penilai is not None and kabid.penilai.pegawai_id == org.kadis
    assert kabid.atasan_penilai == ident.penilai
    assert bare.penilai is None and bare.atasan_penilai is None


def test_vacant_atasan_falls_back_up_the_chain(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        s.get_one(Pegawai, org.kabid).aktif = False
        ident = identitas.snapshot(s, org.staf1)
    assert ident.penilai is not None and ident.penilai.pegawai_id == org.kadis
    assert ident.atasan_penilai is not None and ident.atasan_penilai.jabatan == "Wali Kota Serang"


def test_missing_atasan_falls_back_to_unit_head(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        baru = add_pegawai(s, "Tanpa Atasan", org.bidang)
        assert identitas.default_penilai_id(s, baru) == org.kabid
        # the head of a unit is judged by the head of the unit above
        head = add_pegawai(s, "Kepala Sub", org.bidang, pimpinan_unit=True)
        s.get_one(Pegawai, org.kabid).aktif = False
        assert identitas.default_penilai_id(s, head) == org.kadis


def test_override_penilai(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        ident = identitas.snapshot(s, org.staf1, penilai_id=org.kadis)
    assert ident.penilai is not None and ident.penilai.pegawai_id == org.kadis
    assert ident.atasan_penilai is not None and ident.atasan_penilai.pegawai_id is None


def test_json_roundtrip(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        ident = identitas.snapshot(s, org.staf1)
    text = identitas.to_json(ident)
    assert identitas.from_json(text) == ident
    assert '"versi": 1' in text
