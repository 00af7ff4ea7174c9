"""A demo workspace for the printing tests (built once per module; tests that change data use
``fresh_demo``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from asn_desktop import paths as paths_mod
from asn_desktop.db.models import Evaluasi, Pegawai, Skp
from asn_desktop.services.demo import fill_demo
from asn_desktop.services.workspace import Workspace, init_workspace

TODAY = date(2026, 11, 28)
TAHUN = 2026


def build_demo(folder: Path, employees: int = 60) -> Workspace:
    ws = init_workspace(paths_mod.resolve(folder), "central", "BKPSDM Kota Serang")
    fill_demo(ws, employees=employees, seed=7, tahun=TAHUN, today=TODAY)
    return ws


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    ws = build_demo(tmp_path_factory.mktemp("demo"))
    yield ws
    ws.close()


@pytest.fixture
def fresh_demo(tmp_path: Path) -> Iterator[Workspace]:
    ws = build_demo(tmp_path / "fresh", employees=25)
    yield ws
    ws.close()


def approved_evaluasi(ws: Workspace, jenis_jabatan: str | None = None,
                      pendekatan: str | None = None) -> tuple[Pegawai, Evaluasi]:
    """Some pegawai with an approved evaluation (and that evaluation)."""
    with ws.db.Session() as s:
        q = (select(Pegawai, Evaluasi)
             .join(Evaluasi, Evaluasi.pegawai_id == Pegawai.id)
             .join(Skp, Skp.id == Evaluasi.skp_id)
             .where(Evaluasi.status == "DISETUJUI", Evaluasi.deleted.is_(False))
             .order_by(Pegawai.nip, Evaluasi.periode_kode))
        if jenis_jabatan is not None:
            q = q.where(Pegawai.jenis_jabatan.like(jenis_jabatan))
        if pendekatan is not None:
            q = q.where(Skp.pendekatan == pendekatan)
        row = s.execute(q).first()
        assert row is not None, "demo data has no such evaluation"
        p, e = row
        s.expunge_all()
        return p, e
