"""Fixtures for the appraisal services: a fresh central workspace with a small organisation."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop import paths
from asn_desktop.db.models import ChangeLog, OrgUnit
from asn_desktop.domain.jabatan import Aspek, JenisRhk, Pendekatan, Perspektif
from asn_desktop.domain.nip import make_ni_pppk, make_nip_pns
from asn_desktop.services import pengaturan
from asn_desktop.services import skp as skp_svc
from asn_desktop.services.authority import InstallationInfo, Pelaku, bind
from asn_desktop.services.pegawai import PegawaiInput, save_pegawai
from asn_desktop.services.workspace import Workspace, init_workspace

TAHUN = 2026


@dataclass(frozen=True)
class Org:
    root: str
    disdik: str
    bidang: str
    dinkes: str
    kadis: str  # JPT Pratama, head of Dinas Pendidikan
    kabid: str  # Administrator, head of Bidang GTK, atasan = kadis
    staf1: str  # Pelaksana in Bidang GTK, atasan = kabid
    staf2: str  # Pelaksana in Bidang GTK, atasan = kabid
    pppk: str  # PPPK in Bidang GTK, atasan = kabid
    kadinkes: str  # JPT Pratama, head of Dinas Kesehatan
    perawat: str  # Pelaksana in Dinas Kesehatan, atasan = kadinkes


_counter = iter(range(1, 10**9))


def add_pegawai(
    s: Session,
    nama: str,
    unit_id: str,
    jenis_jabatan: str = "PELAKSANA",
    *,
    jabatan: str | None = None,
    golongan: str = "III/a",
    atasan_id: str | None = None,
    pimpinan_unit: bool = False,
    status: str = "PNS",
    gelar_depan: str | None = None,
    gelar_belakang: str | None = None,
    jk: str = "L",
) -> str:
    n = next(_counter)
    urut = n % 999 + 1
    if status == "PNS":
        nip = make_nip_pns(date(1980, 1 + n % 12, 1 + n % 28), 2005, 3, jk, urut)
    else:
        nip = make_ni_pppk(date(1990, 1 + n % 12, 1 + n % 28), 2023, "21", jk, urut)
    p = save_pegawai(s, PegawaiInput(
        status=status, nip=nip, nama=nama, jabatan=jabatan or jenis_jabatan.title(),
        jenis_jabatan=jenis_jabatan, golongan=golongan, unit_id=unit_id, atasan_id=atasan_id,
        pimpinan_unit=pimpinan_unit, gelar_depan=gelar_depan, gelar_belakang=gelar_belakang,
    ))
    return p.id


@pytest.fixture
def ws(tmp_path: Path, central_database: str | None) -> Iterator[Workspace]:
    w = init_workspace(paths.resolve(tmp_path / "pusat"), "central", "BKPSDM",
                       database=central_database)
    yield w
    w.close()


@pytest.fixture
def org(ws: Workspace) -> Org:
    with ws.session() as s:
        root = s.scalars(select(OrgUnit).where(OrgUnit.parent_id.is_(None))).one()
        disdik = OrgUnit(kode="3673.DISDIK", nama="Dinas Pendidikan", jenis="OPD",
                         parent_id=root.id)
        dinkes = OrgUnit(kode="3673.DINKES", nama="Dinas Kesehatan", jenis="OPD",
                         parent_id=root.id)
        s.add_all([disdik, dinkes])
        s.flush()
        bidang = OrgUnit(kode="3673.DISDIK.GTK", nama="Bidang GTK", jenis="BIDANG",
                         parent_id=disdik.id)
        s.add(bidang)
        s.flush()
        kadis = add_pegawai(s, "Ahmad Fauzi", disdik.id, "JPT_PRATAMA",
                            jabatan="Kepala Dinas Pendidikan", golongan="IV/c",
                            pimpinan_unit=True, gelar_depan="Drs. H.", gelar_belakang="M.Pd.")
        kabid = add_pegawai(s, "Siti Rahma", bidang.id, "ADMINISTRATOR",
                            jabatan="Kepala Bidang GTK", golongan="III/d", atasan_id=kadis,
                            pimpinan_unit=True, gelar_belakang="S.Pd.", jk="P")
        staf1 = add_pegawai(s, "Budi Santoso", bidang.id, jabatan="Pengadministrasi Umum",
                            atasan_id=kabid)
        staf2 = add_pegawai(s, "Dewi Lestari", bidang.id, jabatan="Pengolah Data",
                            golongan="II/c", atasan_id=kabid, jk="P")
        pppk = add_pegawai(s, "Rudi Hartono", bidang.id, "FUNGSIONAL_KETERAMPILAN",
                           jabatan="Pranata Komputer Terampil", golongan="IX",
                           atasan_id=kabid, status="PPPK")
        kadinkes = add_pegawai(s, "Hendra Wijaya", dinkes.id, "JPT_PRATAMA",
                               jabatan="Kepala Dinas Kesehatan", golongan="IV/b",
                               pimpinan_unit=True)
        perawat = add_pegawai(s, "Rina Marlina", dinkes.id, jabatan="Pengadministrasi",
                              atasan_id=kadinkes, jk="P")
        pengaturan.set_setting(s, pengaturan.KEPALA_DAERAH,
                               {"nama": "H. Contoh Walikota", "jabatan": "Wali Kota Serang"})
        return Org(root.id, disdik.id, bidang.id, dinkes.id, kadis, kabid, staf1, staf2, pppk,
                   kadinkes, perawat)


def unit_info(ws: Workspace, unit_id: str) -> InstallationInfo:
    """The installation info of a unit installation serving ``unit_id``."""
    return InstallationInfo(ws.info.node_id, "unit", "Unit", unit_id)


@contextmanager
def unit_session(ws: Workspace, unit_id: str) -> Iterator[Session]:
    """A transaction on this data file acting as a unit installation serving ``unit_id``."""
    with ws.session() as s:
        bind(s, Pelaku(unit_info(ws, unit_id)))
        yield s


def fill_skp(s: Session, skp_id: str, n_rhk: int = 2, *, rhk_atasan: list[str] | None = None,
             jpt: bool = False) -> list[str]:
    """Add ``n_rhk`` utama RHK with a Kuantitas and a Kualitas indicator each; returns RHK ids."""
    ids = []
    auto = rhk_atasan is None and not jpt  # cascade as an admin must: from the penilai's plan
    if auto:
        rhk_atasan = [o.id for o in skp_svc.cascade_options(s, skp_id)]
        rhk_atasan = [rhk_atasan[k % len(rhk_atasan)] for k in range(n_rhk)] if rhk_atasan else []
    for k in range(n_rhk):
        link = rhk_atasan[k] if rhk_atasan and k < len(rhk_atasan) else None
        rid = skp_svc.add_rhk(s, skp_id, skp_svc.RhkInput(
            f"Tersusunnya dokumen {k + 1}", JenisRhk.UTAMA, rhk_atasan_id=link,
            rhk_atasan_teks=None if link or jpt else "Meningkatnya kinerja unit (sementara)",
            perspektif=Perspektif.PENERIMA_LAYANAN if jpt else None))
        skp_svc.add_indikator(s, rid, skp_svc.IndikatorInput(
            f"Jumlah dokumen {k + 1}", None if jpt else Aspek.KUANTITAS, 12, "Dokumen"))
        skp_svc.add_indikator(s, rid, skp_svc.IndikatorInput(
            f"Persentase dokumen tepat {k + 1}", None if jpt else Aspek.KUALITAS, 100, "%"))
        ids.append(rid)
    return ids


def approved_skp(s: Session, pegawai_id: str, tahun: int = TAHUN, n_rhk: int = 2,
                 rhk_atasan: list[str] | None = None, jpt: bool = False) -> str:
    skp_id = skp_svc.create_skp(s, pegawai_id, tahun, Pendekatan.KUANTITATIF)
    fill_skp(s, skp_id, n_rhk, rhk_atasan=rhk_atasan, jpt=jpt)
    skp_svc.ajukan(s, skp_id)
    skp_svc.setujui(s, skp_id, tanggal=date(tahun, 1, 3))
    return skp_id


def changes(s: Session, tbl: str, row_id: str) -> dict[str, list[object]]:
    """Field -> values written, in order, from the change log."""
    out: dict[str, list[object]] = {}
    for c in s.scalars(select(ChangeLog).where(ChangeLog.tbl == tbl, ChangeLog.row_id == row_id)
                       .order_by(ChangeLog.seq)):
        out.setdefault(c.field, []).append(c.value)
    return out
