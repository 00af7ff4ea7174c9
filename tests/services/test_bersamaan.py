"""Several staff on one central at once (a central on PostgreSQL): two approving the same
document get a clear message, not a lost update. Run with ASN_TEST_DB=postgresql (CI does)."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import func, select

from asn_desktop.db.models import RiwayatDokumen, Skp
from asn_desktop.domain.dokumen import Aksi
from asn_desktop.errors import LockedError
from asn_desktop.services import skp as skp_svc
from asn_desktop.services.workspace import Workspace, open_workspace

from .conftest import TAHUN, Org, fill_skp


def test_two_staff_approving_one_skp(ws: Workspace, org: Org) -> None:
    if not ws.db.is_postgresql:
        pytest.skip("one writer at a time on SQLite")
    with ws.session() as s:
        sid = skp_svc.create_skp(s, org.staf1, TAHUN)
        fill_skp(s, sid)
        skp_svc.ajukan(s, sid)
    other = open_workspace(ws.paths)  # a second PC on the same central
    seen: list[BaseException | None] = []
    first_holds = threading.Event()
    try:
        def second() -> None:
            first_holds.wait()
            try:
                with other.session() as s2:
                    skp_svc.setujui(s2, sid, oleh="Budi")
                seen.append(None)
            except BaseException as exc:
                seen.append(exc)

        t = threading.Thread(target=second)
        t.start()
        with ws.session() as s:
            skp_svc.setujui(s, sid, oleh="Rina")
            first_holds.set()
            time.sleep(0.5)  # the second waits on the row meanwhile
        t.join(10)
        assert not t.is_alive()
        # told that the SKP is approved already (by the one who was first)
        assert len(seen) == 1 and isinstance(seen[0], LockedError), seen
        assert "sudah disetujui" in str(seen[0])
        with ws.session() as s:
            assert s.get_one(Skp, sid).status == "DISETUJUI"
            approvals = s.scalar(select(func.count()).select_from(RiwayatDokumen).where(
                RiwayatDokumen.dokumen_id == sid, RiwayatDokumen.aksi == Aksi.DISETUJUI))
            assert approvals == 1
    finally:
        other.close()
