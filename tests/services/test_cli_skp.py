"""CLI: 'skp salin' on a real cascade."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from tests.cli_run import run

from asn_desktop.db.models import Skp
from asn_desktop.services import skp as skp_svc
from asn_desktop.services.workspace import Workspace

from .conftest import TAHUN, Org, approved_skp


def _cascade(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        kadis = approved_skp(s, org.kadis, jpt=True)
        k = [r.id for r in skp_svc.get_skp(s, kadis).utama]
        kabid = approved_skp(s, org.kabid, rhk_atasan=k)
        b = [r.id for r in skp_svc.get_skp(s, kabid).utama]
        approved_skp(s, org.staf1, rhk_atasan=b[:1] * 2)
        approved_skp(s, org.perawat)


def _count(ws: Workspace, tahun: int) -> int:
    with ws.db.Session() as s:
        return int(s.scalar(select(func.count(Skp.id)).where(Skp.tahun == tahun)) or 0)


def test_skp_salin(ws: Workspace, org: Org, capsys: pytest.CaptureFixture[str]) -> None:
    _cascade(ws, org)
    d = str(ws.paths.data_dir)
    code, _, err = run(capsys, "--data-dir", d, "skp", "salin", "--dari", str(TAHUN), "--ke",
                       str(TAHUN + 1))
    assert code == 1 and "belum dibuka" in err and len(err.strip().splitlines()) == 1
    assert run(capsys, "--data-dir", d, "tahun", "buka", "--tahun", str(TAHUN + 1))[0] == 0
    code, out, err = run(capsys, "--data-dir", d, "skp", "salin", "--dari", str(TAHUN), "--ke",
                         str(TAHUN + 1), "--unit", "3673.DISDIK", "--dry-run")
    assert code == 0, err
    assert "3 SKP tahun 2026 akan disalin" in out and "4 dipulihkan" in out
    assert "Uji coba" in out and "Cadangan" not in out
    assert _count(ws, TAHUN + 1) == 0
    code, out, err = run(capsys, "--data-dir", d, "skp", "salin", "--dari", str(TAHUN), "--ke",
                         str(TAHUN + 1))
    assert code == 0, err
    assert "4 SKP tahun 2026 disalin" in out and "Cadangan sebelum penyalinan" in out
    assert _count(ws, TAHUN + 1) == 4
    code, out, _ = run(capsys, "--data-dir", d, "skp", "salin", "--dari", str(TAHUN), "--ke",
                       str(TAHUN + 1))
    assert code == 0 and "0 SKP" in out and "4 sudah memiliki SKP 2027" in out
    code, _, err = run(capsys, "--data-dir", d, "skp", "salin", "--dari", str(TAHUN), "--ke",
                       str(TAHUN + 1), "--unit", "TIDAK.ADA")
    assert code == 1 and "TIDAK.ADA" in err
    code, _, err = run(capsys, "--data-dir", d, "skp", "salin", "--dari", "2026")
    assert code == 2 and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--data-dir", d, "skp")
    assert code == 2 and "skp salin" in err
