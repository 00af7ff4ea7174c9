"""Employee lifecycle at the central: berhenti, pulihkan, the placement history written by every
placement change (new employee, edit, mutasi, roster import), and who counts as active."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from asn_desktop.db.models import ChangeLog, Pegawai, RiwayatPenempatan
from asn_desktop.domain.siklus_pegawai import AlasanBerhenti
from asn_desktop.errors import NotFoundError, PermissionError_, ValidationError
from asn_desktop.services import beranda, mutasi, pegawai, roster_impor, siklus_pegawai, skp
from asn_desktop.services.workspace import Workspace

from .conftest import TAHUN, Org, add_pegawai, changes, unit_session

HARI = date(TAHUN, 6, 30)


def _nip(ws: Workspace, pid: str) -> str:
    with ws.db.Session() as s:
        return s.get_one(Pegawai, pid).nip


def _riwayat(ws: Workspace, pid: str) -> list[siklus_pegawai.PenempatanRow]:
    with ws.db.Session() as s:
        return siklus_pegawai.riwayat_penempatan(s, pid)


def _n_riwayat(ws: Workspace) -> int:
    with ws.db.Session() as s:
        return int(s.scalar(select(func.count()).select_from(RiwayatPenempatan)) or 0)


def test_berhenti_keeps_the_employee_inactive_and_names_the_subordinates(
        ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        h = siklus_pegawai.berhenti(s, _nip(ws, org.kabid), AlasanBerhenti.PENSIUN, HARI,
                                    "SK 800/12")
        assert isinstance(h, siklus_pegawai.BerhentiHasil)
        assert h.bawahan_tanpa_atasan == ["Budi Santoso", "Dewi Lestari", "Rudi Hartono"]
        rid = s.scalars(select(RiwayatPenempatan.id).where(
            RiwayatPenempatan.pegawai_id == org.kabid,
            RiwayatPenempatan.peristiwa == "BERHENTI")).one()
        assert changes(s, "riwayat_penempatan", rid)["peristiwa"] == ["BERHENTI"]  # synced
    assert "Siti Rahma, S.Pd." in h.ringkasan and "Pensiun" in h.ringkasan
    assert "3 bawahan langsung" in h.ringkasan and HARI.isoformat() in h.ringkasan
    with ws.db.Session() as s:
        p = s.get_one(Pegawai, org.kabid)
        assert (p.aktif, p.alasan_berhenti, p.tanggal_berhenti, p.pimpinan_unit) == (
            False, "PENSIUN", HARI, False)
        assert s.get_one(Pegawai, org.staf1).atasan_id == org.kabid  # left as they are
        ids = {r.id for r in pegawai.list_pegawai(s, pegawai.PegawaiFilter())}
        assert org.kabid not in ids and org.staf1 in ids
        semua = {r.id: r for r in pegawai.list_pegawai(
            s, pegawai.PegawaiFilter(termasuk_berhenti=True))}
        assert not semua[org.kabid].aktif and semua[org.kabid].tanggal_berhenti == HARI
        assert semua[org.staf1].aktif
        assert pegawai.count_pegawai(s, pegawai.PegawaiFilter(include_inactive=True)) == 7
        d = pegawai.detail(s, org.kabid)
        assert (d.aktif, d.alasan_berhenti, d.alasan_berhenti_label, d.tanggal_berhenti) == (
            False, "PENSIUN", "Pensiun", HARI)
    rows = _riwayat(ws, org.kabid)
    assert [r.peristiwa for r in rows] == ["BERHENTI", "PENEMPATAN"]  # newest first
    top = rows[0]
    assert (top.tmt, top.peristiwa_label, top.unit_kode, top.unit_nama, top.jabatan) == (
        HARI, "Berhenti", "3673.DISDIK.GTK", "Bidang GTK", "Kepala Bidang GTK")
    assert top.atasan_nama == "Drs. H. Ahmad Fauzi, M.Pd." and top.catatan == "Pensiun; SK 800/12"
    assert top.waktu[:4].isdigit() and "T" in top.waktu


def test_berhenti_refusals_change_nothing(ws: Workspace, org: Org) -> None:
    nip = _nip(ws, org.perawat)
    with ws.session() as s:
        mutasi.pindah(s, nip, "3673.DISDIK", tmt=date(TAHUN, 3, 1))
    before = _n_riwayat(ws)
    cases: list[tuple[object, date, str]] = [
        (AlasanBerhenti.PENSIUN, date(TAHUN, 2, 28), "lebih awal dari TMT"),
        (AlasanBerhenti.PENSIUN, date.today() + timedelta(days=366), "setahun"),
        ("CUTI", HARI, "tidak dikenal"),
    ]
    for alasan, tanggal, pesan in cases:
        with pytest.raises(ValidationError, match=pesan), ws.session() as s:
            siklus_pegawai.berhenti(s, nip, alasan, tanggal)  # type: ignore[arg-type]
    with unit_session(ws, org.disdik) as s, pytest.raises(PermissionError_, match="pusat"):
        siklus_pegawai.berhenti(s, nip, AlasanBerhenti.MENINGGAL, HARI)
    with pytest.raises(NotFoundError), ws.session() as s:
        siklus_pegawai.berhenti(s, "199001012020011999", AlasanBerhenti.PENSIUN, HARI)
    assert _n_riwayat(ws) == before
    with ws.db.Session() as s:
        assert s.get_one(Pegawai, org.perawat).aktif
    with ws.session() as s:  # the day of the placement itself, and a year ahead, are fine
        siklus_pegawai.berhenti(s, nip, "MENINGGAL", date(TAHUN, 3, 1))  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="sudah tercatat berhenti") as err, \
            ws.session() as s:
        siklus_pegawai.berhenti(s, nip, AlasanBerhenti.PENSIUN, HARI)
    assert "Meninggal dunia" in err.value.message
    with ws.session() as s:
        siklus_pegawai.berhenti(s, _nip(ws, org.kabid), AlasanBerhenti.PINDAH_INSTANSI,
                                date.today() + timedelta(days=365))


def test_pulihkan_undoes_berhenti_with_its_history(ws: Workspace, org: Org) -> None:
    nip = _nip(ws, org.staf1)
    with ws.session() as s:
        siklus_pegawai.berhenti(s, nip, AlasanBerhenti.DIBERHENTIKAN, HARI)
    with unit_session(ws, org.bidang) as s, pytest.raises(PermissionError_):
        siklus_pegawai.pulihkan(s, nip)
    with ws.session() as s:
        p = siklus_pegawai.pulihkan(s, nip, "SK dibatalkan")
        assert (p.aktif, p.alasan_berhenti, p.tanggal_berhenti) == (True, None, None)
    rows = _riwayat(ws, org.staf1)
    assert [r.peristiwa for r in rows] == ["PULIH", "BERHENTI", "PENEMPATAN"]
    assert rows[0].peristiwa_label == "Dipulihkan" and rows[0].tmt == date.today()
    assert rows[0].catatan == (f"Membatalkan berhenti (Diberhentikan, {HARI.isoformat()}); "
                               "SK dibatalkan")
    with ws.db.Session() as s:
        assert org.staf1 in {r.id for r in pegawai.list_pegawai(s, pegawai.PegawaiFilter())}


def test_pulihkan_refused_while_the_nip_belongs_to_an_active_employee(
        ws: Workspace, org: Org) -> None:
    nip = _nip(ws, org.staf2)
    with ws.session() as s, pytest.raises(ValidationError, match="Dewi Lestari") as err:
        siklus_pegawai.pulihkan(s, nip)
    assert err.value.kode == "masih_aktif"
    with ws.session() as s:
        siklus_pegawai.berhenti(s, nip, AlasanBerhenti.PINDAH_INSTANSI, HARI)
        pegawai.delete_pegawai(s, org.staf2)  # removed, and the NIP given to someone else
        baru = add_pegawai(s, "Orang Lain", org.bidang)
        p = s.get_one(Pegawai, baru)
        p.nip = nip
    with ws.session() as s, pytest.raises(ValidationError, match="Orang Lain") as err:
        siklus_pegawai.pulihkan(s, nip)
    assert err.value.kode == "masih_aktif"
    with ws.db.Session() as s:
        assert not s.get_one(Pegawai, org.staf2).aktif


def test_mutasi_writes_history_and_keeps_to_active_people(ws: Workspace, org: Org) -> None:
    perawat, kadis = _nip(ws, org.perawat), _nip(ws, org.kadis)
    with ws.session() as s:  # a head who left without its flag cleared (older data)
        s.get_one(Pegawai, org.kadis).aktif = False
    with ws.session() as s:
        r = mutasi.pindah(s, perawat, "3673.DISDIK", tmt=date(TAHUN, 4, 1))
    assert r.atasan is None  # the inactive head is not made atasan
    top = _riwayat(ws, org.perawat)[0]
    assert (top.peristiwa, top.tmt, top.unit_kode, top.atasan_nama) == (
        "MUTASI", date(TAHUN, 4, 1), "3673.DISDIK", "")
    assert top.catatan == "Dari Dinas Kesehatan (3673.DINKES)"
    with ws.session() as s, pytest.raises(ValidationError, match="sudah berhenti"):
        mutasi.pindah(s, perawat, "3673.DISDIK.GTK", atasan_nip=kadis)
    with ws.session() as s, pytest.raises(ValidationError, match="pulihkan"):
        mutasi.pindah(s, kadis, "3673.DINKES")


def test_save_pegawai_history_and_aktif_only_through_berhenti(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        pid = add_pegawai(s, "Nur Baru", org.bidang, atasan_id=org.kabid)
    (first,) = _riwayat(ws, pid)
    assert (first.peristiwa, first.unit_kode, first.atasan_nama) == (
        "PENEMPATAN", "3673.DISDIK.GTK", "Siti Rahma, S.Pd.")
    with ws.session() as s:
        p = s.get_one(Pegawai, pid)
        data = _input(p)
        data.unit_id = org.disdik
        pegawai.save_pegawai(s, data, pid)
        data.jabatan = "Pengolah Data"  # an edit that keeps the unit: no history row
        pegawai.save_pegawai(s, data, pid)
    rows = _riwayat(ws, pid)
    assert [(r.peristiwa, r.unit_kode) for r in rows] == [
        ("MUTASI", "3673.DISDIK"), ("PENEMPATAN", "3673.DISDIK.GTK")]
    with ws.session() as s, pytest.raises(ValidationError) as err:
        data = _input(s.get_one(Pegawai, pid))
        data.aktif = False
        pegawai.save_pegawai(s, data, pid)
    assert err.value.field == "aktif"
    with ws.session() as s:
        siklus_pegawai.berhenti(s, _nip(ws, org.kabid), AlasanBerhenti.PENSIUN, HARI)
    with ws.session() as s:  # the atasan who left stays on an unrelated edit
        data = _input(s.get_one(Pegawai, pid))
        data.jabatan = "Analis Data"
        pegawai.save_pegawai(s, data, pid)
        kini = s.get_one(Pegawai, org.staf1)
        data = _input(kini)
        data.atasan_id = org.kadis
        pegawai.save_pegawai(s, data, org.staf1)
    with ws.session() as s, pytest.raises(ValidationError, match="sudah berhenti") as err:
        data = _input(s.get_one(Pegawai, org.staf1))
        data.atasan_id = org.kabid  # chosen anew: refused
        pegawai.save_pegawai(s, data, org.staf1)
    assert err.value.field == "atasan_id"
    with ws.session() as s:  # an inactive employee is edited as such
        data = _input(s.get_one(Pegawai, org.kabid))
        data.jabatan = "Kepala Bidang GTK (purna)"
        pegawai.save_pegawai(s, data, org.kabid)


def _input(p: Pegawai) -> pegawai.PegawaiInput:
    return pegawai.PegawaiInput(status=p.status, nip=p.nip, nama=p.nama, jabatan=p.jabatan,
                                jenis_jabatan=p.jenis_jabatan, golongan=p.golongan,
                                unit_id=p.unit_id, atasan_id=p.atasan_id,
                                pimpinan_unit=p.pimpinan_unit, aktif=p.aktif)


def test_those_who_left_are_nobodys_work_on_the_beranda(ws: Workspace, org: Org) -> None:
    today = date(TAHUN, 8, 15)
    with ws.session() as s:
        skp.create_skp(s, org.staf2, TAHUN)
        sebelum = beranda.todo(s, ws.info, None, TAHUN, today)
        siklus_pegawai.berhenti(s, _nip(ws, org.staf2), AlasanBerhenti.PENSIUN, HARI)
        siklus_pegawai.berhenti(s, _nip(ws, org.pppk), AlasanBerhenti.PENSIUN, HARI)
        b = beranda.todo(s, ws.info, None, TAHUN, today)
    assert (sebelum.jumlah_pegawai, sebelum.skp_draft, sebelum.tanpa_skp) == (7, 1, 6)
    assert (b.jumlah_pegawai, b.skp_draft, b.tanpa_skp) == (5, 0, 5)
    assert org.pppk not in {p.id for p in b.tanpa_skp_daftar}


# -- roster import ---------------------------------------------------------------------------

HEAD = ["NIP BARU", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "STATUS", "GOL AKHIR", "JABATAN",
        "JENIS JABATAN", "UNOR", "NIP ATASAN"]
NIP_BARU = "199203042019032007"


def _baris(p: Pegawai, unit: str, atasan: str | None = None) -> list[object]:
    return [p.nip, p.nama, p.gelar_depan, p.gelar_belakang, p.status, p.golongan, p.jabatan,
            p.jenis_jabatan, unit, atasan]


def _roster(ws: Workspace, org: Org, path: Path) -> Path:
    """Kadis unchanged, staf1 moved up to the dinas, one new employee; kabid, staf2 and the
    PPPK of Bidang GTK missing."""
    with ws.db.Session() as s:
        kadis, staf1 = s.get_one(Pegawai, org.kadis), s.get_one(Pegawai, org.staf1)
        rows = [_baris(kadis, "3673.DISDIK"), _baris(staf1, "3673.DISDIK"),
                [NIP_BARU, "Fitri Baru", None, None, "PNS", "III/a", "Analis",
                 "PELAKSANA", "Bidang GTK", kadis.nip]]
    wb = Workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.append(HEAD)
    for r in rows:
        sheet.append(r)
    wb.save(path)
    return path


def test_roster_import_writes_history_and_may_let_the_missing_go(
        ws: Workspace, org: Org, tmp_path: Path) -> None:
    berkas = _roster(ws, org, tmp_path / "roster.xlsx")
    for kw, pesan in (({"berhentikan_hilang": AlasanBerhenti.PENSIUN}, "wajib diisi"),
                      ({"tanggal_berhenti": HARI}, "bersama alasan"),
                      ({"berhentikan_hilang": AlasanBerhenti.PENSIUN,
                        "tanggal_berhenti": date.today() + timedelta(days=400)}, "setahun")):
        with pytest.raises(ValidationError, match=pesan):
            roster_impor.impor(ws, berkas, **kw)  # type: ignore[arg-type]
    assert not list(ws.paths.backups.glob("*sebelum-impor-pegawai*"))  # refused before it
    dry = roster_impor.impor(ws, berkas, dry_run=True,
                             berhentikan_hilang=AlasanBerhenti.PENSIUN, tanggal_berhenti=HARI)
    assert not dry.diimpor and not dry.diberhentikan
    assert {p.pegawai_id for p in dry.pratinjau.tidak_ada} == {org.kabid, org.staf2, org.pppk}
    n_before = _n_riwayat(ws)
    hasil = roster_impor.impor(ws, berkas, berhentikan_hilang=AlasanBerhenti.PENSIUN,
                               tanggal_berhenti=HARI)
    assert hasil.diimpor and hasil.cadangan and (hasil.baru, hasil.berubah) == (1, 1)
    assert sorted(x.split(" ", 1)[1] for x in hasil.diberhentikan) == [
        "Dewi Lestari", "Rudi Hartono", "Siti Rahma, S.Pd."]
    assert hasil.bawahan_tanpa_atasan == ("Budi Santoso",)  # kept kabid as atasan
    teks = "\n".join(roster_impor.ringkasan(hasil))
    assert "Dicatat berhenti (tidak ada di berkas): 3 pegawai." in teks
    assert "Budi Santoso" in teks
    assert _n_riwayat(ws) == n_before + 5  # 1 PENEMPATAN, 1 MUTASI, 3 BERHENTI
    with ws.db.Session() as s:
        baru = pegawai.pegawai_by_nip(s, NIP_BARU)
        for pid in (org.kabid, org.staf2, org.pppk):
            p = s.get_one(Pegawai, pid)
            assert (p.aktif, p.alasan_berhenti, p.tanggal_berhenti) == (False, "PENSIUN", HARI)
        assert s.scalar(select(func.count()).select_from(ChangeLog).where(
            ChangeLog.tbl == "riwayat_penempatan", ChangeLog.field == "peristiwa")) == (
            _n_riwayat(ws))  # the bulk rows are captured for sync like the others
    (first,) = _riwayat(ws, baru.id)
    assert (first.peristiwa, first.unit_kode, first.atasan_nama, first.catatan) == (
        "PENEMPATAN", "3673.DISDIK.GTK", "Drs. H. Ahmad Fauzi, M.Pd.", "Impor daftar pegawai")
    moved = _riwayat(ws, org.staf1)[0]
    assert (moved.peristiwa, moved.unit_kode, moved.atasan_nama, moved.tmt) == (
        "MUTASI", "3673.DISDIK", "Siti Rahma, S.Pd.", None)
    gone = _riwayat(ws, org.staf2)[0]
    assert gone.catatan == "Pensiun; Tidak ada di daftar pegawai yang diimpor"
    again = roster_impor.impor(ws, berkas)  # those who left are no longer missing
    assert not again.pratinjau.tidak_ada and not again.diberhentikan


def test_roster_import_names_an_atasan_who_left(ws: Workspace, org: Org,
                                                tmp_path: Path) -> None:
    with ws.session() as s:
        siklus_pegawai.berhenti(s, _nip(ws, org.kadis), AlasanBerhenti.PENSIUN, HARI)
    hasil = roster_impor.impor(ws, _roster(ws, org, tmp_path / "r.xlsx"), dry_run=True)
    assert hasil.ok
    assert any("tercatat berhenti" in m.pesan and m.kolom for m in hasil.pratinjau.peringatan)


def test_names_longer_than_their_columns_are_refused(ws: Workspace, org: Org) -> None:
    """A name the server's column would refuse (or no printed form could hold) is refused with
    its field named, on SQLite too."""
    with ws.session() as s:
        p = s.get_one(Pegawai, org.staf1)
        data = pegawai.PegawaiInput(
            status=p.status, nip=p.nip, nama="A" * 121, jabatan=p.jabatan,
            jenis_jabatan=p.jenis_jabatan, golongan=p.golongan, unit_id=p.unit_id,
            atasan_id=p.atasan_id)
        with pytest.raises(ValidationError) as e:
            pegawai.validate(s, data, p.id)
        assert e.value.field == "nama" and "120" in e.value.message
        data.nama, data.jabatan = "A" * 120, "J" * 201
        with pytest.raises(ValidationError) as e:
            pegawai.validate(s, data, p.id)
        assert e.value.field == "jabatan"


def test_contact_details_and_titles_are_checked_before_they_are_stored(ws: Workspace,
                                                                       org: Org) -> None:
    with ws.session() as s:
        p = s.get_one(Pegawai, org.staf1)
        data = pegawai.PegawaiInput(
            status=p.status, nip=p.nip, nama=p.nama, jabatan=p.jabatan,
            jenis_jabatan=p.jenis_jabatan, golongan=p.golongan, unit_id=p.unit_id,
            atasan_id=p.atasan_id, email=" rina@serangkota.go.id ",
            telepon=" (0254)  200-123 ")
        values = pegawai.validate(s, data, p.id)
        assert values["email"] == "rina@serangkota.go.id"
        assert values["telepon"] == "(0254) 200-123"
        for email, telepon, field in (("rina serangkota", None, "email"),
                                      ("rina@localhost", None, "email"),
                                      (None, "0812-abc", "telepon"),
                                      (None, "12345", "telepon"),
                                      (None, "08" + "1" * 29, "telepon")):
            data.email, data.telepon = email, telepon
            with pytest.raises(ValidationError) as e:
                pegawai.validate(s, data, p.id)
            assert e.value.field == field
        data.email, data.telepon, data.gelar_belakang = None, None, "S" * 61
        with pytest.raises(ValidationError) as e:
            pegawai.validate(s, data, p.id)
        assert e.value.field == "gelar_belakang"
    with ws.session() as s:  # one stored before the checks blocks no other edit
        s.get_one(Pegawai, org.staf1).email = "rina di kantor"
    with ws.session() as s:
        data.gelar_belakang, data.email = "S.Pd.", "rina di kantor"
        assert pegawai.validate(s, data, org.staf1)["email"] == "rina di kantor"
