"""CLI: 'units' (--json, --all) and the 'unit' group (add, edit, pindah, tutup, buka, hapus,
pulihkan) as a user at the central runs them."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from tests.cli_run import run
from tests.services.conftest import add_pegawai
from tests.services.test_organisasi import png

from asn_desktop import paths as paths_mod
from asn_desktop.db.models import Pegawai
from asn_desktop.services import organisasi
from asn_desktop.services.workspace import open_workspace


def units(capsys: pytest.CaptureFixture[str], d: str, *extra: str) -> dict[str, dict[str, object]]:
    code, out, err = run(capsys, "--data-dir", d, "units", "--json", *extra)
    assert code == 0, err
    return {u["kode"]: u for u in json.loads(out)}


def ok(capsys: pytest.CaptureFixture[str], d: str, *argv: str) -> str:
    code, out, err = run(capsys, "--data-dir", d, *argv)
    assert code == 0, err
    return out


def refused(capsys: pytest.CaptureFixture[str], d: str, *argv: str, code: int = 1) -> str:
    """The command fails with ``code`` and one line on stderr, and no unit changed."""
    before = units(capsys, d, "--all")
    got, _, err = run(capsys, "--data-dir", d, *argv)
    assert got == code and len(err.strip().splitlines()) == 1, err
    assert units(capsys, d, "--all") == before
    return err


@pytest.fixture
def kota(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """A small city built from a fresh central with the CLI."""
    d = str(tmp_path / "pusat")
    ok(capsys, d, "init", "--role", "central", "--name", "BKPSDM")
    logo = tmp_path / "logo.png"
    logo.write_bytes(png())
    ok(capsys, d, "unit", "add", "--kode", "3673.DINKES", "--nama", "Dinas Kesehatan",
       "--jenis", "opd", "--induk", "3673", "--alamat", "Jl. Jenderal Sudirman No. 5",
       "--kop", "Telepon (0254) 200000", "--kop", "Laman dinkes.serangkota.go.id",
       "--frekuensi", "semesteran", "--logo", str(logo))
    ok(capsys, d, "unit", "add", "--kode", "3673.DINKES.YANKES", "--nama", "Bidang Pelayanan",
       "--jenis", "Bidang", "--induk", "3673.dinkes")
    ok(capsys, d, "unit", "tambah", "--kode", "3673.PKM-CIPOCOK", "--nama",
       "UPT Puskesmas Cipocok Jaya", "--jenis", "PUSKESMAS", "--induk", "3673.DINKES",
       "--tempat", "Cipocok Jaya")
    ok(capsys, d, "unit", "add", "--kode", "3673.DISDIK", "--nama", "Dinas Pendidikan",
       "--jenis", "OPD", "--induk", "3673")
    return d


def test_build_and_list_with_json(kota: str, capsys: pytest.CaptureFixture[str]) -> None:
    rows = json.loads(ok(capsys, kota, "units", "--json"))
    assert [u["kode"] for u in rows] == ["3673", "3673.DINKES", "3673.DINKES.YANKES",
                                         "3673.PKM-CIPOCOK", "3673.DISDIK"]
    fields = {f.name for f in dataclasses.fields(organisasi.UnitDetail)}
    assert all(set(u) == fields for u in rows)
    dinkes = rows[1]
    assert dinkes["jenis"] == "OPD" and dinkes["induk_kode"] == "3673"
    assert dinkes["kop_baris"] == ["Telepon (0254) 200000", "Laman dinkes.serangkota.go.id"]
    assert dinkes["alamat"] == "Jl. Jenderal Sudirman No. 5"
    assert dinkes["frekuensi_evaluasi"] == "SEMESTERAN" and dinkes["ada_logo"] is True
    assert dinkes["jumlah_sub_unit"] == 2 and dinkes["jumlah_pegawai"] == 0
    assert dinkes["ditutup"] is None and dinkes["punya_instalasi"] is False
    assert rows[2]["jenis"] == "BIDANG" and rows[2]["kedalaman"] == 2
    assert rows[3]["tempat"] == "Cipocok Jaya" and rows[3]["ada_logo"] is False
    _, out, _ = run(capsys, "--data-dir", kota, "units")
    assert "    Bidang Pelayanan" in out and "KODE" in out


def test_refusals_exit_1_and_change_nothing(kota: str, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    err = refused(capsys, kota, "unit", "add", "--kode", "3673 DISHUB", "--nama", "Dishub",
                  "--jenis", "OPD", "--induk", "3673")
    assert "tanpa spasi" in err
    assert "sudah dipakai" in refused(capsys, kota, "unit", "add", "--kode", "3673.dinkes",
                                      "--nama", "X", "--jenis", "OPD", "--induk", "3673")
    assert "tidak ditemukan" in refused(capsys, kota, "unit", "add", "--kode", "3673.X",
                                        "--nama", "X", "--jenis", "OPD", "--induk", "9999")
    bukan = tmp_path / "logo.jpg"
    bukan.write_bytes(b"\xff\xd8\xff\xe0 JFIF")
    assert "bukan gambar PNG" in refused(capsys, kota, "unit", "edit", "3673.DISDIK",
                                         "--logo", str(bukan))
    assert "tidak dapat dibaca" in refused(capsys, kota, "unit", "edit", "3673.DISDIK",
                                           "--logo", str(tmp_path / "tidak-ada.png"))
    assert "sub-unitnya" in refused(capsys, kota, "unit", "pindah", "3673.DINKES", "--induk",
                                    "3673.DINKES.YANKES")
    assert "sub-unit" in refused(capsys, kota, "unit", "tutup", "3673.DINKES")
    assert "tidak dapat dihapus" in refused(capsys, kota, "unit", "hapus", "3673.DINKES")
    assert "tidak ditemukan" in refused(capsys, kota, "unit", "edit", "TIDAK.ADA",
                                        "--nama", "X")


def test_usage_errors_exit_2(kota: str, capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (("unit",),
                 ("unit", "add", "--kode", "3673.X", "--nama", "X", "--jenis", "OPD"),
                 ("unit", "add", "--kode", "3673.X", "--nama", "X", "--jenis", "DINAS",
                  "--induk", "3673"),
                 ("unit", "add", "--kode", "3673.X", "--nama", "X", "--jenis", "OPD",
                  "--induk", "3673", "--frekuensi", "tahunan"),
                 ("unit", "edit", "3673.DISDIK"),
                 ("unit", "pindah", "3673.DISDIK"),
                 ("unit", "tutup", "3673.DISDIK", "--tanggal", "31-01-2026")):
        refused(capsys, kota, *argv, code=2)


def test_edit_pindah_and_pimpinan(kota: str, capsys: pytest.CaptureFixture[str]) -> None:
    ok(capsys, kota, "unit", "edit", "3673.DINKES", "--kode-baru", "3673.DINKES-KOTA",
       "--hapus-logo", "--frekuensi", "ikut-tahun", "--kop", "")
    u = units(capsys, kota)
    assert "3673.DINKES" not in u
    dinkes = u["3673.DINKES-KOTA"]
    assert dinkes["ada_logo"] is False and dinkes["frekuensi_evaluasi"] is None
    assert dinkes["kop_baris"] == [] and dinkes["alamat"] == "Jl. Jenderal Sudirman No. 5"
    assert u["3673.DINKES.YANKES"]["induk_kode"] == "3673.DINKES-KOTA"
    out = ok(capsys, kota, "unit", "pindah", "3673.PKM-CIPOCOK", "--induk", "3673.DISDIK")
    assert "3673.DISDIK" in out
    assert units(capsys, kota)["3673.PKM-CIPOCOK"]["induk_kode"] == "3673.DISDIK"

    ws = open_workspace(paths_mod.resolve(kota))
    try:
        with ws.session() as s:
            unit_id = organisasi.detail_unit(s, "3673.DISDIK").id
            kepala = s.get_one(Pegawai, add_pegawai(s, "Kepala Dinas", unit_id))
            nip = kepala.nip
    finally:
        ws.close()
    ok(capsys, kota, "unit", "edit", "3673.DISDIK", "--pimpinan", nip)
    disdik = units(capsys, kota)["3673.DISDIK"]
    assert disdik["pimpinan_nip"] == nip and disdik["pimpinan_nama"] == "Kepala Dinas"
    assert disdik["jumlah_pegawai"] == 1
    assert "tidak ditempatkan" in refused(capsys, kota, "unit", "edit", "3673.DINKES-KOTA",
                                          "--pimpinan", nip)
    ok(capsys, kota, "unit", "edit", "3673.DISDIK", "--tanpa-pimpinan")
    assert units(capsys, kota)["3673.DISDIK"]["pimpinan_nip"] is None
    assert "pegawai aktif" in refused(capsys, kota, "unit", "tutup", "3673.DISDIK")


def test_tutup_buka_and_a_closed_unit_is_not_invited(
        kota: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = ok(capsys, kota, "unit", "tutup", "3673.PKM-CIPOCOK", "--tanggal", "2026-01-31")
    assert "31-01-2026" in out
    assert "3673.PKM-CIPOCOK" not in units(capsys, kota)
    assert units(capsys, kota, "--all")["3673.PKM-CIPOCOK"]["ditutup"] == "2026-01-31"
    _, out, _ = run(capsys, "--data-dir", kota, "units", "--all")
    assert "ditutup 31-01-2026" in out
    setup = tmp_path / "cipocok.asnsetup"
    err = refused(capsys, kota, "sync", "invite", "--unit", "3673.PKM-CIPOCOK", "--out",
                  str(setup))
    assert "ditutup" in err and "unit buka 3673.PKM-CIPOCOK" in err and not setup.exists()
    assert "ditutup" in refused(capsys, kota, "unit", "add", "--kode", "3673.PKM-X", "--nama",
                                "X", "--jenis", "BIDANG", "--induk", "3673.PKM-CIPOCOK")
    ok(capsys, kota, "unit", "buka", "3673.PKM-CIPOCOK")
    ok(capsys, kota, "sync", "invite", "--unit", "3673.PKM-CIPOCOK", "--out", str(setup))
    assert setup.exists()
    assert units(capsys, kota)["3673.PKM-CIPOCOK"]["punya_instalasi"] is True
    assert "instalasi" in refused(capsys, kota, "unit", "hapus", "3673.PKM-CIPOCOK")


def test_hapus_and_pulihkan(kota: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = ok(capsys, kota, "unit", "hapus", "3673.DINKES.YANKES")
    assert "unit pulihkan 3673.DINKES.YANKES" in out
    assert "3673.DINKES.YANKES" not in units(capsys, kota, "--all")
    assert units(capsys, kota)["3673.DINKES"]["jumlah_sub_unit"] == 1
    ok(capsys, kota, "unit", "pulihkan", "3673.DINKES.YANKES")
    assert units(capsys, kota)["3673.DINKES.YANKES"]["induk_kode"] == "3673.DINKES"
    assert "Tidak ada unit terhapus" in refused(capsys, kota, "unit", "pulihkan", "3673.DISDIK")


def test_a_unit_installation_cannot_change_the_tree(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    d = str(tmp_path / "unit")
    ok(capsys, d, "init", "--role", "unit", "--name", "Dinas Kesehatan", "--unit-kode",
       "3673.DINKES")
    assert "pusat" in refused(capsys, d, "unit", "add", "--kode", "3673.DINKES.X", "--nama",
                              "X", "--jenis", "BIDANG", "--induk", "3673.DINKES")
    assert "pusat" in refused(capsys, d, "unit", "edit", "3673.DINKES", "--nama", "Lain")
