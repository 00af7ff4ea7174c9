"""The organisation tree at the central: every rule of services/organisasi.py, each refusal
leaving the data as it was, and only the central writing."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asn_desktop.db.models import CapaianUnit, ChangeLog, OrgUnit, Pegawai
from asn_desktop.db.sync_models import ACTIVE, INVITED, REVOKED, SyncPeer
from asn_desktop.domain.unit_kerja import MAX_KOP_BARIS, MAX_LOGO_BYTES, masalah_png
from asn_desktop.errors import NotFoundError, PermissionError_, ValidationError
from asn_desktop.services import organisasi as svc
from asn_desktop.services import orgs
from asn_desktop.services.workspace import Workspace

from .conftest import Org, add_pegawai, unit_session


def png(w: int = 2, h: int = 2, *, crc_ok: bool = True, iend: bool = True) -> bytes:
    """A small valid greyscale PNG (or a damaged one)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) ^ (0 if crc_ok else 1)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    raw = b"".join(b"\0" + b"\x80" * w for _ in range(min(h, 4)))
    out = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw)))
    return out + chunk(b"IEND", b"") if iend else out


def masukan(**kw: object) -> svc.UnitInput:
    base = svc.UnitInput("3673.DISKOMINFO", "Dinas Komunikasi dan Informatika", "OPD", "3673")
    return replace(base, **kw)  # type: ignore[arg-type]


def snapshot(ws: Workspace) -> tuple[object, ...]:
    with ws.db.Session() as s:
        units = sorted(tuple(r) for r in s.execute(select(
            OrgUnit.id, OrgUnit.kode, OrgUnit.nama, OrgUnit.jenis, OrgUnit.parent_id,
            OrgUnit.tempat, OrgUnit.alamat, OrgUnit.kop_baris, OrgUnit.logo_png,
            OrgUnit.frekuensi_evaluasi, OrgUnit.urutan, OrgUnit.ditutup, OrgUnit.deleted)))
        flags = sorted(tuple(r) for r in s.execute(select(Pegawai.id, Pegawai.pimpinan_unit)))
        n = s.scalar(select(func.count()).select_from(ChangeLog))
    return tuple(units), tuple(flags), n


def refused(ws: Workspace, write: Callable[[Session], object], field: str | None = None,
            match: str | None = None) -> ValidationError:
    """``write`` raises ValidationError (on ``field``) and changes nothing."""
    before = snapshot(ws)
    with ws.session() as s, pytest.raises(ValidationError, match=match) as exc:
        write(s)
    if field is not None:
        assert exc.value.field == field, exc.value.message
    assert snapshot(ws) == before
    return exc.value


def nip(ws: Workspace, pid: str) -> str:
    with ws.db.Session() as s:
        return s.get_one(Pegawai, pid).nip


# ----------------------------------------------------------------------------- adding


def test_tambah_unit_normalises_and_lists_in_tree_order(ws: Workspace, org: Org) -> None:
    logo = png()
    with ws.session() as s:
        u = svc.tambah_unit(s, masukan(
            kode=" 3673.DISKOMINFO ", nama="  Dinas   Kominfo ", jenis="opd", alamat=" Jl. A ",
            kop_baris=("Telp. 0254", " ", "Laman kominfo.serangkota.go.id"),
            frekuensi_evaluasi="bulanan", logo_png=logo))
        assert (u.kode, u.nama, u.jenis, u.alamat) == ("3673.DISKOMINFO", "Dinas Kominfo",
                                                       "OPD", "Jl. A")
        assert u.kop_baris == "Telp. 0254\nLaman kominfo.serangkota.go.id"
        assert u.frekuensi_evaluasi == "BULANAN" and u.logo_png == logo
        sub = svc.tambah_unit(s, masukan(kode="3673.DISKOMINFO.TI", nama="Bidang TI",
                                         jenis="BIDANG", induk_kode="3673.diskominfo"))
        assert sub.parent_id == u.id
    with ws.db.Session() as s:
        units = svc.daftar_unit(s)
        kodes = [d.kode for d in units]
        assert kodes[0] == "3673" and units[0].kedalaman == 0
        # a new unit comes last among its siblings, its children right after it
        assert kodes[-2:] == ["3673.DISKOMINFO", "3673.DISKOMINFO.TI"]
        d = svc.detail_unit(s, "3673.diskominfo")
        assert d.kop_baris == ("Telp. 0254", "Laman kominfo.serangkota.go.id")
        assert d.ada_logo and d.induk_kode == "3673" and d.jumlah_sub_unit == 1
        assert d.jenis_label == "Perangkat Daerah" and d.kedalaman == 1
        assert svc.logo_unit(s, d.id) == logo
        assert svc.detail_unit(s, d.id) == d
        disdik = svc.detail_unit(s, "3673.DISDIK")
        assert disdik.jumlah_pegawai == 1 and disdik.jumlah_sub_unit == 1
        assert disdik.pimpinan_nip == nip(ws, org.kadis) and not disdik.punya_instalasi
        with pytest.raises(NotFoundError):
            svc.detail_unit(s, "TIDAK.ADA")


def test_jenis_unit_labels_come_from_the_domain() -> None:
    from asn_desktop.domain.unit_kerja import LABEL_JENIS_UNIT

    assert {j.value: v for j, v in LABEL_JENIS_UNIT.items()} == orgs.JENIS_UNIT


@pytest.mark.parametrize(("kw", "field", "match"), [
    ({"kode": "bad kode"}, "kode", "tanpa spasi"),
    ({"kode": ""}, "kode", "Kode unit"),
    ({"kode": ".3673"}, "kode", "Kode unit"),
    ({"kode": "A" * 41}, "kode", "40"),
    ({"kode": "3673.disdik"}, "kode", "sudah dipakai Dinas Pendidikan"),
    ({"nama": "   "}, "nama", "wajib"),
    ({"nama": "N" * 201}, "nama", "200"),
    ({"jenis": "KEMENTERIAN"}, "jenis", "tidak dikenal"),
    ({"induk_kode": "3673.TIDAKADA"}, "induk_kode", "tidak ditemukan"),
    ({"induk_kode": None}, "induk_kode", "unit teratas hanya satu"),
    ({"jenis": "pemkot"}, "jenis", "PEMKOT hanya untuk unit teratas"),
    ({"tempat": " "}, "tempat", "wajib"),
    ({"alamat": "x" * 301}, "alamat", "300"),
    ({"frekuensi_evaluasi": "TAHUNAN"}, "frekuensi_evaluasi", "BULANAN"),
    ({"kop_baris": tuple(f"baris {i}" for i in range(MAX_KOP_BARIS + 1))}, "kop_baris",
     "paling banyak"),
    ({"kop_baris": ("satu\ndua",)}, "kop_baris", "ganti baris"),
    ({"kop_baris": ("x" * 151,)}, "kop_baris", "150"),
    ({"logo_png": b"GIF89a...."}, "logo_png", "bukan gambar PNG"),
    ({"logo_png": png(crc_ok=False)}, "logo_png", "CRC"),
    ({"logo_png": png(iend=False)}, "logo_png", "terpotong"),
    ({"logo_png": png(5000, 10)}, "logo_png", "4096"),
    ({"logo_png": png() + b"\0" * MAX_LOGO_BYTES}, "logo_png", "paling besar"),
    ({"logo_png": png(), "hapus_logo": True}, "logo_png", "salah satu"),
    ({"pimpinan_nip": "199901012020011001"}, "pimpinan_nip", "tidak ditemukan"),
])
def test_tambah_unit_refusals(ws: Workspace, org: Org, kw: dict[str, object], field: str,
                              match: str) -> None:
    refused(ws, lambda s: svc.tambah_unit(s, masukan(**kw)), field, match)
    with ws.db.Session() as s:  # validate_unit says the same without a transaction to write
        with pytest.raises(ValidationError) as exc:
            svc.validate_unit(s, masukan(**kw))
        assert exc.value.field == field


def test_pimpinan_must_be_placed_in_the_unit(ws: Workspace, org: Org) -> None:
    # an employee elsewhere (Dinas Kesehatan) cannot lead Dinas Pendidikan, nor a new unit
    data = svc.UnitInput("3673.DISDIK", "Dinas Pendidikan", "OPD", "3673",
                         pimpinan_nip=nip(ws, org.perawat))
    refused(ws, lambda s: svc.ubah_unit(s, "3673.DISDIK", data), "pimpinan_nip", "mutasi")
    refused(ws, lambda s: svc.tambah_unit(s, masukan(pimpinan_nip=nip(ws, org.perawat))),
            "pimpinan_nip", "tidak ditempatkan")
    with ws.session() as s:
        s.get_one(Pegawai, org.kadis).aktif = False
    refused(ws, lambda s: svc.ubah_unit(s, "3673.DISDIK", replace(
        data, pimpinan_nip=nip(ws, org.kadis))), "pimpinan_nip", "tidak aktif")


def test_closed_induk_is_refused(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        svc.tambah_unit(s, masukan())
        svc.tutup_unit(s, "3673.DISKOMINFO")
    refused(ws, lambda s: svc.tambah_unit(s, masukan(kode="X.1", induk_kode="3673.DISKOMINFO")),
            "induk_kode", "ditutup")


def test_png_check_reads_chunks() -> None:
    assert masalah_png(png()) is None
    assert masalah_png(png()[:30]) is not None
    assert masalah_png(b"") is not None
    bad_ihdr = png().replace(struct.pack(">IIBB", 2, 2, 8, 0), struct.pack(">IIBB", 2, 2, 3, 0))
    assert masalah_png(bad_ihdr) is not None  # (bit depth 3 also breaks the CRC)


def _png_raw(w: int, h: int, raw: bytes, *, interlace: int = 0, idat: bytes | None = None,
             split: int = 1) -> bytes:
    """A truecolour PNG whose image data is ``raw`` (or ``idat`` as given), valid CRCs."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data))

    z = zlib.compress(raw) if idat is None else idat
    step = len(z) // split + 1
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, interlace))
            + b"".join(chunk(b"IDAT", z[i:i + step]) for i in range(0, len(z), step))
            + chunk(b"IEND", b""))


def test_png_check_inflates_the_image_data() -> None:
    """A PNG whose chunks are sound but whose pixels cannot be drawn is refused (it would stop
    every print run that uses it), without ever inflating more than the header promises."""
    import io

    from PIL import Image

    row = 1 + 3 * 200
    assert masalah_png(_png_raw(200, 100, b"\0" * row * 100, split=5)) is None
    assert masalah_png(_png_raw(200, 100, b"", idat=bytes(range(256)) * 2)) is not None
    assert masalah_png(_png_raw(200, 100, b"\0" * 100)) is not None  # too few pixels
    assert masalah_png(_png_raw(200, 100, b"\0" * (row * 100 + 1))) is not None
    assert masalah_png(_png_raw(200, 100, b"\0" * 50_000_000)) is not None  # a bomb
    interlaced = _png_raw(37, 23, b"\0" * 2597, interlace=1)  # the seven Adam7 passes
    assert masalah_png(interlaced) is None
    Image.open(io.BytesIO(interlaced)).load()  # and a real decoder agrees
    for mode in ("RGB", "RGBA", "L", "1", "P", "I;16"):
        buf = io.BytesIO()
        Image.new(mode, (13, 7)).save(buf, "PNG")
        assert masalah_png(buf.getvalue()) is None, mode


# ---------------------------------------------------------------------------- editing


def test_ubah_unit_kode_logo_and_fields(ws: Workspace, org: Org) -> None:
    logo, lain = png(), png(3, 3)
    with ws.session() as s:
        svc.tambah_unit(s, masukan(logo_png=logo, kop_baris=("a",)))
    with ws.session() as s:
        d = svc.detail_unit(s, "3673.DISKOMINFO")
        u = svc.ubah_unit(s, d.kode, replace(d.sebagai_input(), kode="3673.KOMINFO",
                                             nama="Dinas Kominfo", alamat="Jl. B"))
        assert u.logo_png == logo and u.kop_baris == "a"  # logo None: kept
        assert (u.kode, u.nama, u.alamat) == ("3673.KOMINFO", "Dinas Kominfo", "Jl. B")
        svc.ubah_unit(s, u.id, replace(d.sebagai_input(), kode=u.kode, logo_png=lain))
        assert u.logo_png == lain
        svc.ubah_unit(s, u.id, replace(d.sebagai_input(), kode=u.kode, hapus_logo=True,
                                       frekuensi_evaluasi="Semesteran", kop_baris=()))
        assert u.logo_png is None and u.frekuensi_evaluasi == "SEMESTERAN"
        assert u.kop_baris is None
    with ws.db.Session() as s:
        with pytest.raises(NotFoundError):
            svc.detail_unit(s, "3673.DISKOMINFO")
        # its own kode again is no clash
        svc.validate_unit(s, svc.detail_unit(s, "3673.KOMINFO").sebagai_input(), u.id)


def test_root_edits_keep_one_pemkot(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        root = svc.detail_unit(s, org.root)
        svc.ubah_unit(s, root.kode, replace(root.sebagai_input(), alamat="Jl. Jenderal Sudirman"))
    with ws.db.Session() as s:
        root = svc.detail_unit(s, org.root)
    assert root.alamat == "Jl. Jenderal Sudirman"
    refused(ws, lambda s: svc.ubah_unit(s, root.kode, replace(root.sebagai_input(),
                                                              jenis="OPD")),
            "jenis", "PEMKOT")
    refused(ws, lambda s: svc.ubah_unit(s, root.kode, replace(
        root.sebagai_input(), induk_kode="3673.DISDIK")), "jenis", "PEMKOT")
    disdik = svc.UnitInput("3673.DISDIK", "Dinas Pendidikan", "OPD", None)
    refused(ws, lambda s: svc.ubah_unit(s, "3673.DISDIK", disdik), "induk_kode",
            "unit teratas hanya satu")


def test_pimpinan_marks_one_and_clears_the_others(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        staf1 = nip(ws, org.staf1)
        gtk = svc.detail_unit(s, "3673.DISDIK.GTK")
        assert gtk.pimpinan_nip == nip(ws, org.kabid)
        svc.ubah_unit(s, gtk.kode, replace(gtk.sebagai_input(), pimpinan_nip=staf1))
    with ws.db.Session() as s:
        assert svc.detail_unit(s, "3673.DISDIK.GTK").pimpinan_nip == staf1
        flags = {p.id: p.pimpinan_unit for p in s.scalars(select(Pegawai))}
    assert flags[org.staf1] and not flags[org.kabid] and flags[org.kadis]  # other unit kept
    with ws.session() as s:
        gtk = svc.detail_unit(s, "3673.DISDIK.GTK")
        svc.ubah_unit(s, gtk.kode, replace(gtk.sebagai_input(), pimpinan_nip=None))
    with ws.db.Session() as s:
        assert svc.detail_unit(s, "3673.DISDIK.GTK").pimpinan_nip is None
        assert not s.get_one(Pegawai, org.staf1).pimpinan_unit


def test_unchanged_pimpinan_leaves_the_marks_alone(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        s.get_one(Pegawai, org.staf2).pimpinan_unit = True  # two marked (e.g. an import)
    with ws.session() as s:
        gtk = svc.detail_unit(s, "3673.DISDIK.GTK")
        svc.ubah_unit(s, gtk.kode, replace(gtk.sebagai_input(), nama="Bidang Guru dan Tendik"))
    with ws.db.Session() as s:
        assert s.get_one(Pegawai, org.staf2).pimpinan_unit
        assert s.get_one(Pegawai, org.kabid).pimpinan_unit


# ----------------------------------------------------------------------------- moving


def test_pindah_unit(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        u = svc.pindah_unit(s, "3673.DISDIK.GTK", "3673.dinkes")
        assert u.parent_id == org.dinkes
    with ws.db.Session() as s:
        kodes = [d.kode for d in svc.daftar_unit(s)]
    assert kodes.index("3673.DISDIK.GTK") == kodes.index("3673.DINKES") + 1
    refused(ws, lambda s: svc.pindah_unit(s, "3673.DINKES", "3673.DINKES"), "induk_kode",
            "dirinya sendiri")
    refused(ws, lambda s: svc.pindah_unit(s, "3673.DINKES", "3673.DISDIK.GTK"), "induk_kode",
            "sub-unitnya")
    refused(ws, lambda s: svc.pindah_unit(s, "3673", "3673.DINKES"), "jenis", "PEMKOT")
    refused(ws, lambda s: svc.pindah_unit(s, "3673.DISDIK.GTK", "3673.DINKES"), "induk_kode",
            "sudah berada")
    with ws.session() as s:
        svc.tambah_unit(s, masukan())
        svc.tutup_unit(s, "3673.DISKOMINFO")
    refused(ws, lambda s: svc.pindah_unit(s, "3673.DISDIK.GTK", "3673.DISKOMINFO"),
            "induk_kode", "ditutup")
    with ws.session() as s, pytest.raises(NotFoundError):
        svc.pindah_unit(s, "TIDAK.ADA", "3673")


def test_ubah_unit_moves_through_the_same_rules(ws: Workspace, org: Org) -> None:
    with ws.db.Session() as s:
        disdik = svc.detail_unit(s, "3673.DISDIK")
    refused(ws, lambda s: svc.ubah_unit(s, "3673.DISDIK", replace(
        disdik.sebagai_input(), induk_kode="3673.DISDIK.GTK")), "induk_kode", "sub-unitnya")
    with ws.session() as s:
        svc.ubah_unit(s, "3673.DISDIK", replace(disdik.sebagai_input(),
                                                induk_kode="3673.DINKES"))
    with ws.db.Session() as s:
        assert svc.detail_unit(s, "3673.DISDIK.GTK").kedalaman == 3


def test_urutkan_sub_unit(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        svc.tambah_unit(s, masukan())
        svc.urutkan_sub_unit(s, "3673", ["3673.DISKOMINFO", "3673.DINKES"])
    with ws.db.Session() as s:
        anak = [d.kode for d in svc.daftar_unit(s) if d.kedalaman == 1]
    assert anak == ["3673.DISKOMINFO", "3673.DINKES", "3673.DISDIK"]
    refused(ws, lambda s: svc.urutkan_sub_unit(s, "3673", ["3673.DISDIK.GTK"]), "kode",
            "langsung")
    refused(ws, lambda s: svc.urutkan_sub_unit(s, "3673", ["3673.DINKES", "3673.dinkes"]),
            "kode", "dua kali")


# ------------------------------------------------------------------- closing, reopening


def test_tutup_unit_refusals(ws: Workspace, org: Org) -> None:
    e = refused(ws, lambda s: svc.tutup_unit(s, "3673.DINKES"), "kode", "2 pegawai aktif")
    assert "pindahkan" in e.message and "mutasi" in e.message
    with ws.session() as s:
        for pid in (org.staf1, org.staf2, org.pppk, org.kabid, org.kadis):
            s.get_one(Pegawai, pid).aktif = False
    e = refused(ws, lambda s: svc.tutup_unit(s, "3673.DISDIK"), "kode", "sub-unit")
    assert "3673.DISDIK.GTK" in e.message
    refused(ws, lambda s: svc.tutup_unit(s, "3673"), "kode", "teratas")
    refused(ws, lambda s: svc.tutup_unit(s, "3673.DISDIK.GTK",
                                         date.today() + timedelta(days=1)), "tanggal",
            "masa depan")
    refused(ws, lambda s: svc.buka_unit(s, "3673.DISDIK.GTK"), "kode", "tidak sedang")


def test_closed_unit_keeps_history_and_reopens(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        for pid in (org.staf1, org.staf2, org.pppk, org.kabid, org.kadis):
            s.get_one(Pegawai, pid).aktif = False  # left service (history stays)
        u = svc.tutup_unit(s, "3673.DISDIK.GTK", date(2026, 1, 31))
        assert u.ditutup == date(2026, 1, 31)
    refused(ws, lambda s: svc.tutup_unit(s, "3673.DISDIK.GTK"), "kode", "sudah ditutup")
    with ws.db.Session() as s:
        assert "3673.DISDIK.GTK" not in [d.kode for d in svc.daftar_unit(s)]
        semua = {d.kode: d for d in svc.daftar_unit(s, termasuk_ditutup=True)}
        assert semua["3673.DISDIK.GTK"].ditutup == date(2026, 1, 31)
        # existing readers (filters, letterheads, sync) still see it
        assert "3673.DISDIK.GTK" in [r.kode for r in orgs.list_units(s)]
        assert "3673.DISDIK.GTK" not in [r.kode for r in
                                         orgs.list_units(s, termasuk_ditutup=False)]
        assert orgs.list_units(s, u.id, termasuk_ditutup=False) == []
        assert orgs.unit_by_kode(s, "3673.DISDIK.GTK").id == u.id
        assert s.get_one(Pegawai, org.staf1).unit_id == u.id
    with ws.session() as s:
        svc.tutup_unit(s, "3673.DISDIK")
    refused(ws, lambda s: svc.buka_unit(s, "3673.DISDIK.GTK"), "kode", "buka unit induk")
    with ws.db.Session() as s:  # nothing below a closed unit is offered either
        assert not {"3673.DISDIK", "3673.DISDIK.GTK"} & {d.kode for d in svc.daftar_unit(s)}
    with ws.session() as s:
        svc.buka_unit(s, "3673.DISDIK")
        assert svc.buka_unit(s, "3673.DISDIK.GTK").ditutup is None


# ------------------------------------------------------------------- removing, restoring


def test_hapus_unit_only_without_history(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        svc.tambah_unit(s, masukan())
        svc.tambah_unit(s, masukan(kode="3673.DISKOMINFO.TI", nama="Bidang TI", jenis="BIDANG",
                                   induk_kode="3673.DISKOMINFO"))
    for kode, match in (("3673.DINKES", "pernah ada pegawai"),
                        ("3673.DISKOMINFO", "sub-unit"), ("3673", "teratas")):
        e = refused(ws, lambda s, k=kode: svc.hapus_unit(s, k), "kode", match)  # type: ignore[misc]
        assert kode == "3673" or "Tutup unit ini" in e.message
    with ws.session() as s:
        svc.hapus_unit(s, "3673.DISKOMINFO.TI")
        kominfo = svc.detail_unit(s, "3673.DISKOMINFO").id
        pid = add_pegawai(s, "Sementara", kominfo)
        s.get_one(Pegawai, pid).deleted = True  # even a removed employee row counts
    refused(ws, lambda s: svc.hapus_unit(s, "3673.DISKOMINFO"), "kode", "pernah ada pegawai")


@pytest.mark.parametrize("ikatan", ["invited", "active", "capaian"])
def test_hapus_unit_refused_with_installation_or_unit_data(ws: Workspace, org: Org,
                                                          ikatan: str) -> None:
    with ws.session() as s:
        uid = svc.tambah_unit(s, masukan()).id
        if ikatan == "capaian":
            s.add(CapaianUnit(unit_id=uid, periode_kode="2026-TW1", capaian="BAIK"))
        else:
            s.add(SyncPeer(node_id="n" * 32, role="unit", unit_id=uid, kode="3673.DISKOMINFO",
                           status=INVITED if ikatan == "invited" else ACTIVE, dibuat="x"))
    with ws.db.Session() as s:
        assert svc.detail_unit(s, uid).punya_instalasi == (ikatan != "capaian")
    refused(ws, lambda s: svc.hapus_unit(s, "3673.DISKOMINFO"), "kode",
            "data kinerja unit" if ikatan == "capaian" else "instalasi")


def test_hapus_and_pulihkan(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        uid = svc.tambah_unit(s, masukan()).id
        s.add(SyncPeer(node_id="r" * 32, role="unit", unit_id=uid, kode="x", status=REVOKED,
                       dibuat="x"))  # a revoked invitation does not hold the unit
    with ws.session() as s:
        svc.hapus_unit(s, "3673.diskominfo")
    with ws.db.Session() as s:
        assert "3673.DISKOMINFO" not in [d.kode for d in svc.daftar_unit(s,
                                                                          termasuk_ditutup=True)]
        assert s.get_one(OrgUnit, uid).deleted
    with ws.session() as s:
        assert svc.pulihkan_unit(s, "3673.DISKOMINFO").id == uid
    with ws.db.Session() as s:
        assert svc.detail_unit(s, "3673.DISKOMINFO").id == uid
    with ws.session() as s, pytest.raises(NotFoundError):
        svc.pulihkan_unit(s, "3673.DISKOMINFO")  # not removed any more


def test_pulihkan_refusals_and_the_latest_removed(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        pertama = svc.tambah_unit(s, masukan()).id
        svc.hapus_unit(s, pertama)
        kedua = svc.tambah_unit(s, masukan(nama="Dinas Kominfo Baru")).id
    refused(ws, lambda s: svc.pulihkan_unit(s, "3673.DISKOMINFO"), "kode", "sekarang dipakai")
    with ws.session() as s:
        svc.hapus_unit(s, kedua)
    with ws.session() as s:  # the one removed last comes back first
        assert svc.pulihkan_unit(s, "3673.diskominfo").id == kedua
    with ws.session() as s:
        svc.hapus_unit(s, kedua)
        induk = svc.tambah_unit(s, masukan(kode="3673.INDUK", nama="Induk")).id
        anak = svc.tambah_unit(s, masukan(kode="3673.ANAK", nama="Anak", jenis="BIDANG",
                                          induk_kode="3673.INDUK")).id
        svc.hapus_unit(s, anak)
        svc.hapus_unit(s, induk)
    refused(ws, lambda s: svc.pulihkan_unit(s, "3673.ANAK"), "kode", "induknya juga terhapus")
    with ws.session() as s:
        svc.pulihkan_unit(s, "3673.INDUK")
        svc.tutup_unit(s, "3673.INDUK")
    refused(ws, lambda s: svc.pulihkan_unit(s, "3673.ANAK"), "kode", "ditutup")
    with ws.session() as s, pytest.raises(NotFoundError):
        svc.pulihkan_unit(s, "TIDAK.ADA")


# -------------------------------------------------------------------------- authority


def test_only_the_central_writes_the_tree(ws: Workspace, org: Org) -> None:
    with ws.db.Session() as s:
        gtk = svc.detail_unit(s, "3673.DISDIK.GTK").sebagai_input()
    writes: list[Callable[[Session], object]] = [
        lambda s: svc.tambah_unit(s, masukan()),
        lambda s: svc.ubah_unit(s, "3673.DISDIK.GTK", replace(gtk, nama="Lain")),
        lambda s: svc.pindah_unit(s, "3673.DISDIK.GTK", "3673.DINKES"),
        lambda s: svc.urutkan_sub_unit(s, "3673", ["3673.DISDIK"]),
        lambda s: svc.tutup_unit(s, "3673.DISDIK.GTK"),
        lambda s: svc.buka_unit(s, "3673.DISDIK.GTK"),
        lambda s: svc.hapus_unit(s, "3673.DISDIK.GTK"),
        lambda s: svc.pulihkan_unit(s, "3673.DISDIK.GTK"),
    ]
    before = snapshot(ws)
    for write in writes:
        for unit in (org.dinkes, org.disdik):  # also the unit the tree change is about
            with unit_session(ws, unit) as s, pytest.raises(PermissionError_):
                write(s)
    assert snapshot(ws) == before


def test_a_closed_unit_takes_no_new_placement(ws: Workspace, org: Org, tmp_path: Path) -> None:
    from asn_desktop.services import mutasi, pegawai, roster_periksa
    from asn_desktop.services.roster_baca import baca_berkas

    from .test_roster_impor import _rows, _xlsx

    with ws.session() as s:
        svc.tambah_unit(s, masukan())
        kominfo = svc.tutup_unit(s, "3673.DISKOMINFO").id
        lama = pegawai.get_pegawai(s, org.perawat)
        pindah_ke: pegawai.PegawaiInput = pegawai.PegawaiInput(
            status=lama.status, nip=lama.nip, nama=lama.nama, jabatan=lama.jabatan,
            jenis_jabatan=lama.jenis_jabatan, golongan=lama.golongan, unit_id=kominfo)
    refused(ws, lambda s: pegawai.save_pegawai(s, pindah_ke, org.perawat), "unit_id",
            "ditutup")
    refused(ws, lambda s: pegawai.save_pegawai(s, replace(pindah_ke, nip="198001012005011099")),
            "unit_id", "ditutup")
    refused(ws, lambda s: mutasi.pindah(s, nip(ws, org.perawat), "3673.DISKOMINFO"), "unit",
            "tidak menerima penempatan baru")
    rows = _rows(2)
    rows[0][7] = "3673.DISKOMINFO"
    lembar = baca_berkas(_xlsx(tmp_path / "r.xlsx", rows))
    with ws.db.Session() as s:
        pr = roster_periksa.periksa(s, lembar)
        assert [(m.baris, "ditutup" in m.pesan) for m in pr.kesalahan] == [(3, True)]
        with pytest.raises(ValidationError, match="ditutup"):
            roster_periksa.periksa(s, lembar, buat_unit_di="3673.DISKOMINFO")
    # someone who stays in a closed unit (inactive) can still be corrected
    with ws.session() as s:
        for pid in (org.staf1, org.staf2, org.pppk, org.kabid):
            s.get_one(Pegawai, pid).aktif = False
        gtk = svc.tutup_unit(s, "3673.DISDIK.GTK").id
        p = pegawai.get_pegawai(s, org.staf1)
        pegawai.save_pegawai(s, pegawai.PegawaiInput(
            status=p.status, nip=p.nip, nama="Budi Santosa", jabatan=p.jabatan,
            jenis_jabatan=p.jenis_jabatan, golongan=p.golongan, unit_id=gtk,
            atasan_id=p.atasan_id, aktif=False), org.staf1)
