"""Copying last year's approved SKPs into konsep SKPs of a new year, the cascade rebuilt."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asn_desktop.db.models import ChangeLog, Evaluasi, Pegawai, Realisasi, Rhk, Skp
from asn_desktop.domain.dokumen import Aksi
from asn_desktop.domain.jabatan import Aspek, JenisRhk, Pendekatan, Perspektif
from asn_desktop.domain.periods import Frekuensi
from asn_desktop.errors import PermissionError_, ValidationError
from asn_desktop.services import evaluasi, skp_salin, tahun_kinerja
from asn_desktop.services import skp as skp_svc
from asn_desktop.services.workspace import Workspace

from .conftest import TAHUN, Org, approved_skp, unit_session

BARU = TAHUN + 1


def _plan(s: Session, pegawai_id: str, rhk: list[tuple[str, str | None]], *,
          jpt: bool = False, approve: bool = True) -> tuple[str, list[str]]:
    """An SKP of TAHUN with one RHK per (uraian, intervened RHK id), each with two indicators."""
    sid = skp_svc.create_skp(s, pegawai_id, TAHUN, Pendekatan.KUANTITATIF)
    ids = []
    for uraian, link in rhk:
        rid = skp_svc.add_rhk(s, sid, skp_svc.RhkInput(
            uraian, JenisRhk.UTAMA, rhk_atasan_id=link,
            perspektif=Perspektif.PENERIMA_LAYANAN if jpt else None))
        skp_svc.add_indikator(s, rid, skp_svc.IndikatorInput(
            f"Jumlah {uraian.lower()}", None if jpt else Aspek.KUANTITAS, 12, "Dokumen"))
        skp_svc.add_indikator(s, rid, skp_svc.IndikatorInput(
            f"Ketepatan {uraian.lower()}", None if jpt else Aspek.WAKTU,
            target_narasi="80–90%"))
        ids.append(rid)
    if approve and (jpt or all(link for _u, link in rhk)):
        skp_svc.ajukan(s, sid)
        skp_svc.setujui(s, sid, tanggal=date(TAHUN, 1, 3))
    elif approve:
        _approve_legacy(s, sid)
    return sid, ids


def _approve_legacy(s: Session, sid: str) -> None:
    """A plan approved before every RHK utama had to be linked: such plans exist and are
    copied like any other."""
    s.get_one(Skp, sid).status = "DISETUJUI"
    s.flush()


def _open(ws: Workspace, tahun: int = BARU) -> None:
    with ws.session() as s:
        tahun_kinerja.buka_tahun(s, tahun, Frekuensi.TRIWULANAN)


def _cascade(ws: Workspace, org: Org) -> dict[str, str]:
    """Kadis → kabid → staf1 approved in TAHUN, each RHK of a bawahan intervening one above."""
    with ws.session() as s:
        kadis, (k1, k2) = _plan(s, org.kadis, [("Meningkatnya mutu guru", None),
                                               ("Terkelolanya anggaran", None)], jpt=True)
        kabid, (b1, _) = _plan(s, org.kabid, [("Tersedianya data guru", k1),
                                               ("Tersusunnya rencana anggaran", k2)])
        staf1, _ = _plan(s, org.staf1, [("Terinputnya data guru", b1),
                                        ("Terarsipnya dokumen", None)])
    return {"kadis": kadis, "kabid": kabid, "staf1": staf1}


def _new(s: Session, pegawai_id: str) -> skp_svc.SkpView:
    row = skp_svc.skp_for(s, pegawai_id, BARU)
    assert row is not None
    return skp_svc.get_skp(s, row.id)


def test_copies_the_plan_and_relinks_the_cascade(ws: Workspace, org: Org) -> None:
    lama = _cascade(ws, org)
    with ws.session() as s:
        skp_svc.buka_kembali(s, lama["kabid"], "lampiran")
        skp_svc.set_ekspektasi(s, lama["kabid"], "loyal", "Menjaga rahasia jabatan")
        skp_svc.set_lampiran(s, lama["kabid"], skp_svc.Lampiran(("Anggaran",), ("Laporan",),
                                                               ("Teguran",)))
        skp_svc.set_catatan(s, lama["kabid"], "Catatan tahun lalu")
        skp_svc.ajukan(s, lama["kabid"])
        skp_svc.setujui(s, lama["kabid"])
        e = evaluasi.open_evaluasi(s, lama["staf1"], f"{TAHUN}-TW1")
        iid = skp_svc.get_skp(s, lama["staf1"]).utama[0].indikator[0].id
        evaluasi.set_realisasi(s, e, iid, 7.0, bukti_dukung="berkas")
    _open(ws)
    with ws.session() as s:
        hasil = skp_salin.salin_skp(s, TAHUN, BARU)
    assert (hasil.disalin, hasil.dilewati_sudah_ada, hasil.dilewati_tidak_aktif,
            hasil.tautan_dipulihkan, hasil.tautan_hilang) == (3, 0, 0, 3, 0)
    assert len(hasil.skp_ids) == 3 and not hasil.coba
    assert "3 SKP tahun 2026 disalin ke tahun 2027" in hasil.ringkasan
    with ws.db.Session() as s:
        kadis, kabid, staf1 = (_new(s, p) for p in (org.kadis, org.kabid, org.staf1))
        old_kabid = skp_svc.get_skp(s, lama["kabid"])
        for v in (kadis, kabid, staf1):
            assert (v.tahun, v.status, v.tanggal_ditetapkan) == (BARU, "DRAFT", None)
            assert (v.periode_mulai, v.periode_selesai) == (date(BARU, 1, 1), date(BARU, 12, 31))
            assert v.riwayat[-1].aksi == Aksi.DIBUAT.value
            assert v.riwayat[-1].alasan == "Disalin dari SKP tahun 2026."
            assert not v.identitas_snapshot
        assert [r.uraian for r in kabid.utama] == [r.uraian for r in old_kabid.utama]
        assert [[(i.aspek, i.uraian, i.target_nilai, i.target_satuan, i.target_narasi)
                 for i in r.indikator] for r in kabid.utama] == [
            [(i.aspek, i.uraian, i.target_nilai, i.target_satuan, i.target_narasi)
             for i in r.indikator] for r in old_kabid.utama]
        assert {i.id for r in kabid.utama for i in r.indikator}.isdisjoint(
            {i.id for r in old_kabid.utama for i in r.indikator})
        assert [r.perspektif for r in kadis.utama] == [Perspektif.PENERIMA_LAYANAN.value] * 2
        # the cascade now runs between the new year's RHK
        assert [r.rhk_atasan_id for r in kabid.utama] == [r.id for r in kadis.utama]
        assert staf1.utama[0].rhk_atasan_id == kabid.utama[0].id
        assert staf1.utama[0].rhk_atasan_teks == "Tersedianya data guru"
        assert (staf1.utama[1].rhk_atasan_id, staf1.utama[1].rhk_atasan_teks) == (None, "")
        # the copy of the unlinked one asks for its link before it can be submitted
        assert skp_svc.masalah_pengajuan(s, staf1.id) == [
            "RHK utama 'Terarsipnya dokumen' belum dihubungkan ke RHK pimpinan yang "
            "diintervensi."]
        assert kabid.perilaku[4].ekspektasi == "Menjaga rahasia jabatan"
        assert kabid.lampiran == skp_svc.Lampiran(("Anggaran",), ("Laporan",), ("Teguran",))
        assert kabid.catatan is None
        new_ids = {kadis.id, kabid.id, staf1.id}
        assert not s.scalar(select(func.count(Evaluasi.id)).where(Evaluasi.skp_id.in_(new_ids)))
        assert s.scalar(select(func.count(Realisasi.id))) == 1  # last year's, untouched
        old = s.get_one(Skp, lama["staf1"])
        assert (old.status, old.tahun) == ("DISETUJUI", TAHUN)


def test_links_to_a_copy_made_before_and_lost_links(ws: Workspace, org: Org) -> None:
    _cascade(ws, org)
    _open(ws)
    with ws.session() as s:
        first = skp_salin.salin_skp(s, TAHUN, BARU, frozenset({org.disdik}))
        assert (first.disalin, first.tautan_dipulihkan, first.tautan_hilang) == (1, 0, 0)
        kadis = _new(s, org.kadis)
        skp_svc.update_rhk(s, kadis.utama[1].id, skp_svc.RhkInput(
            "Terkelolanya anggaran yang akuntabel", perspektif=Perspektif.PENERIMA_LAYANAN))
    with ws.session() as s:
        hasil = skp_salin.salin_skp(s, TAHUN, BARU, frozenset({org.bidang}))
    # kabid: one link found on the kadis's earlier copy (even with other spacing and case),
    # one whose text changed there: left empty; staf1's to the kabid's copy of this run
    assert (hasil.disalin, hasil.tautan_dipulihkan, hasil.tautan_hilang) == (2, 2, 1)
    assert "1 tidak ditemukan" in hasil.ringkasan
    with ws.db.Session() as s:
        kadis, kabid = _new(s, org.kadis), _new(s, org.kabid)
        assert kabid.utama[0].rhk_atasan_id == kadis.utama[0].id
        assert (kabid.utama[1].rhk_atasan_id, kabid.utama[1].rhk_atasan_teks) == (None, "")
        assert _new(s, org.staf1).utama[0].rhk_atasan_id == kabid.utama[0].id


def test_text_match_ignores_spacing_and_case(ws: Workspace, org: Org) -> None:
    _cascade(ws, org)
    _open(ws)
    with ws.session() as s:
        skp_salin.salin_skp(s, TAHUN, BARU, frozenset({org.disdik}))
        kadis = _new(s, org.kadis)
        skp_svc.update_rhk(s, kadis.utama[0].id, skp_svc.RhkInput(
            "  MENINGKATNYA   mutu guru ", perspektif=Perspektif.PENERIMA_LAYANAN))
        hasil = skp_salin.salin_skp(s, TAHUN, BARU, frozenset({org.bidang}))
        assert (hasil.tautan_dipulihkan, hasil.tautan_hilang) == (3, 0)


def test_provisional_text_is_kept_or_resolved(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        _plan(s, org.kabid, [("Tersedianya data guru", None)])
        sid, (r1, r2) = _plan(s, org.staf1, [("Terinputnya data", None), ("Arsip", None)],
                              approve=False)
        skp_svc.set_rhk_atasan(s, r1, None, "Tersedianya data guru")
        skp_svc.set_rhk_atasan(s, r2, None, "RHK atasan yang belum ada")
        _approve_legacy(s, sid)
    _open(ws)
    with ws.session() as s:
        hasil = skp_salin.salin_skp(s, TAHUN, BARU)
        assert (hasil.disalin, hasil.tautan_dipulihkan, hasil.tautan_hilang) == (2, 1, 0)
        staf1 = _new(s, org.staf1)
        assert staf1.utama[0].rhk_atasan_id == _new(s, org.kabid).utama[0].id
        assert (staf1.utama[1].rhk_atasan_id, staf1.utama[1].rhk_atasan_teks,
                staf1.utama[1].rhk_atasan_sementara) == (None, "RHK atasan yang belum ada", True)


def test_skips_inactive_existing_and_unapproved(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        approved_skp(s, org.staf1)
        approved_skp(s, org.pppk)
        approved_skp(s, org.perawat)
        approved_skp(s, org.kadinkes, jpt=True)
        skp_svc.create_skp(s, org.staf2, TAHUN)  # konsep: not copied, not counted
        s.get_one(Pegawai, org.pppk).aktif = False
    _open(ws)
    with ws.session() as s:
        skp_svc.create_skp(s, org.perawat, BARU)
        hasil = skp_salin.salin_skp(s, TAHUN, BARU)
    assert (hasil.disalin, hasil.dilewati_sudah_ada, hasil.dilewati_tidak_aktif) == (2, 1, 1)
    with ws.db.Session() as s:
        owners = set(s.scalars(select(Skp.pegawai_id).where(Skp.tahun == BARU)))
        assert owners == {org.staf1, org.kadinkes, org.perawat}
        assert len(skp_svc.get_skp(s, skp_svc.live_skp_of(s, org.perawat, BARU).id).utama) == 0
    with ws.session() as s:  # run again: everything is there already
        again = skp_salin.salin_skp(s, TAHUN, BARU)
    assert (again.disalin, again.dilewati_sudah_ada, again.dilewati_tidak_aktif) == (0, 3, 1)


def test_penilai_choice_kept_only_while_it_holds(ws: Workspace, org: Org) -> None:
    chosen = {org.staf1: (org.kadis, org.kadinkes), org.staf2: (org.kadis, org.kadinkes),
              org.pppk: (org.perawat, org.kadis)}
    with ws.session() as s:
        for pegawai_id, (penilai, atasan) in chosen.items():
            sid = skp_svc.create_skp(s, pegawai_id, TAHUN)
            skp_svc.set_penilai(s, sid, penilai, atasan)
            _fill_and_approve(s, sid)
        s.get_one(Pegawai, org.staf2).unit_id = org.disdik  # moved since
        s.get_one(Pegawai, org.perawat).aktif = False  # the pppk's penilai left
    _open(ws)
    with ws.session() as s:
        skp_salin.salin_skp(s, TAHUN, BARU)
        got = {p: (_new(s, p).penilai_id, _new(s, p).atasan_penilai_id) for p in chosen}
    assert got == {org.staf1: (org.kadis, org.kadinkes), org.staf2: (None, None),
                   org.pppk: (None, org.kadis)}


def _fill_and_approve(s: Session, sid: str) -> None:
    rid = skp_svc.add_rhk(s, sid, skp_svc.RhkInput("Tersusunnya laporan",
                                                   rhk_atasan_teks="Laporan unit (sementara)"))
    skp_svc.add_indikator(s, rid, skp_svc.IndikatorInput("Jumlah laporan", Aspek.KUANTITAS, 4,
                                                         "Laporan"))
    skp_svc.ajukan(s, sid)
    skp_svc.setujui(s, sid)


def _changes(ws: Workspace) -> int:
    with ws.db.Session() as s:
        return int(s.scalar(select(func.count()).select_from(ChangeLog)) or 0)


def test_dry_run_counts_and_keeps_nothing(ws: Workspace, org: Org) -> None:
    _cascade(ws, org)
    _open(ws)
    before = _changes(ws)
    with ws.session() as s:
        hasil = skp_salin.salin_skp(s, TAHUN, BARU, coba=True)
        assert s.scalar(select(func.count(Skp.id)).where(Skp.tahun == BARU)) == 0
    assert (hasil.disalin, hasil.tautan_dipulihkan, hasil.coba, hasil.skp_ids) == (3, 3, True, ())
    assert "akan disalin" in hasil.ringkasan and "tidak ada yang diubah" in hasil.ringkasan
    assert _changes(ws) == before
    with ws.db.Session() as s:
        assert s.scalar(select(func.count(Rhk.id))) == 6


def test_salin_backs_up_before_writing(ws: Workspace, org: Org) -> None:
    _cascade(ws, org)
    _open(ws)
    coba = skp_salin.salin(ws, TAHUN, BARU, coba=True)
    assert coba.cadangan is None and coba.disalin == 3
    hasil = skp_salin.salin(ws, TAHUN, BARU)
    assert hasil.cadangan is not None and hasil.disalin == 3
    assert Path(hasil.cadangan).exists() and skp_salin.LABEL_CADANGAN in hasil.cadangan
    again = skp_salin.salin(ws, TAHUN, BARU)  # nothing left to copy: no backup
    assert again.cadangan is None and again.dilewati_sudah_ada == 3


def test_refusals(ws: Workspace, org: Org) -> None:
    _cascade(ws, org)
    with ws.session() as s, pytest.raises(ValidationError, match="belum dibuka"):
        skp_salin.salin_skp(s, TAHUN, BARU)
    _open(ws)
    with ws.session() as s, pytest.raises(ValidationError, match="harus berbeda"):
        skp_salin.salin_skp(s, TAHUN, TAHUN)


def test_unit_installation_copies_within_its_scope(ws: Workspace, org: Org) -> None:
    _cascade(ws, org)
    with ws.session() as s:
        approved_skp(s, org.perawat)
    _open(ws)
    with unit_session(ws, org.dinkes) as s, pytest.raises(PermissionError_):
        skp_salin.salin_skp(s, TAHUN, BARU, frozenset({org.bidang}))
    with unit_session(ws, org.bidang) as s:
        hasil = skp_salin.salin_skp(s, TAHUN, BARU)
        # only the bidang's own: the kadis above it has no copy, so the kabid's links are lost
        assert (hasil.disalin, hasil.tautan_dipulihkan, hasil.tautan_hilang) == (2, 1, 2)
    with ws.db.Session() as s:
        owners = set(s.scalars(select(Skp.pegawai_id).where(Skp.tahun == BARU)))
    assert owners == {org.kabid, org.staf1}
