"""A real city from nothing, through the pages only: a fresh central types its units on the
Organisasi page, imports a 1,000-row roster (the first file with 20 bad rows is refused at those
rows with nothing changed; the corrected one is imported), invites a unit on Sinkronisasi, the
unit starts from the first-start wizard, and a round trip of packages ends with both sides
holding the same data (equal fingerprints)."""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select
from tests.services.test_roster_impor import _rows, _xlsx
from tests.ui.helpers import wait_ops
from tests.ui.test_impor_pegawai import _choose, _state
from tests.ui.test_organisasi import _add, _select

from asn_desktop.db.models import Pegawai
from asn_desktop.paths import Paths
from asn_desktop.services import sync_service
from asn_desktop.services.workspace import Workspace


def test_fresh_central_to_first_round_trip(ws: Workspace, qtbot: Any, tmp_path: Path,
                                           shown: Any) -> None:
    from asn_desktop.ui.context import AppContext
    from asn_desktop.ui.dialogs.impor_pegawai import P_SELESAI, ImporPegawaiWizard
    from asn_desktop.ui.dialogs.wizard import FirstStartWizard
    from asn_desktop.ui.main_window import MainWindow

    win = MainWindow(AppContext(ws))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    wait_ops(qtbot)
    home = win.page("beranda")
    assert home.mulai.isVisibleTo(home)

    # 1. the organisation, typed on the Organisasi page
    win.go("organisasi")
    org = win.page("organisasi")
    _add(org, qtbot, "3673.DISDIK", "Dinas Pendidikan", "OPD")
    _select(org, "3673.DISDIK")
    _add(org, qtbot, "3673.DISDIK.GTK", "Bidang GTK", "BIDANG")
    assert {u.kode for u in org.units.values()} == {"3673", "3673.DISDIK", "3673.DISDIK.GTK"}

    # 2. the roster, through Beranda's checklist and the import wizard
    win.go("beranda")
    wait_ops(qtbot)
    home.mulai.rows["pegawai"][1].click()
    wiz = win.page("pegawai").findChild(ImporPegawaiWizard)
    assert wiz is not None
    rows = _rows(1000)
    bad = sorted(random.Random(11).sample(range(0, 1000, 10), 20))
    broken = [list(r) for r in rows]
    for i in bad:
        broken[i][1] = str(broken[i][1])[:-1]
    before = _state(ws)
    _choose(wiz, qtbot, _xlsx(tmp_path / "salah.xlsx", broken))
    tabel = wiz.pratinjau.tabel
    assert {int(tabel.item(r, 0).text()) for r in range(tabel.rowCount())} == {
        i + 3 for i in bad}
    assert not wiz.pratinjau.isComplete() and _state(ws) == before
    wiz.back()
    wiz.back()
    _choose(wiz, qtbot, _xlsx(tmp_path / "benar.xlsx", rows))
    wiz.next()
    wait_ops(qtbot)
    assert wiz.currentId() == P_SELESAI, shown.items
    wiz.accept()
    with ws.db.Session() as s:
        assert s.scalar(select(func.count()).select_from(Pegawai)) == 1000

    # 3. the invitation, the unit's first start, and a round trip
    win.go("sinkronisasi")
    central = win.page("sinkronisasi")
    central.refresh()
    disdik = next(u for u in win.ctx.units() if u.kode == "3673.DISDIK")
    central.invite_unit.set_unit(disdik.id)
    central.invite(str(tmp_path / "undangan"))
    wait_ops(qtbot)
    (setup,) = (tmp_path / "undangan").glob("*.asnsetup")
    (code,) = re.findall(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}",
                         central.result.text())
    first = FirstStartWizard(Paths(tmp_path / "unit"))
    qtbot.addWidget(first)
    first.show()
    first.intro.group.button(1).setChecked(True)
    first.next()
    first.unit.file.setText(str(setup))
    first.unit.kode.setText(code)
    ready: list[Workspace] = []
    first.workspace_ready.connect(ready.append)
    first.button(QWizard.WizardButton.FinishButton).click()
    wait_ops(qtbot)
    assert ready, shown.items
    unit_ws = ready[0]
    try:
        unit_win = MainWindow(AppContext(unit_ws))
        qtbot.addWidget(unit_win)
        unit_win.go("pegawai")
        assert unit_win.page("pegawai").list.model.total() == 1000
        unit_win.go("sinkronisasi")
        unit_page = unit_win.page("sinkronisasi")
        unit_page.export(str(tmp_path / "ke-pusat"))
        wait_ops(qtbot)
        central.import_files([str(p) for p in (tmp_path / "ke-pusat").glob("*.asnpkg")])
        wait_ops(qtbot)
        assert "Diterapkan: 1" in central.result.text(), central.result.text()
        central.export(str(tmp_path / "ke-unit"))
        wait_ops(qtbot)
        unit_page.import_files([str(p) for p in (tmp_path / "ke-unit").glob("*.asnpkg")])
        wait_ops(qtbot)
        assert "Diterapkan: 1" in unit_page.result.text(), unit_page.result.text()
        assert sync_service.fingerprint(ws, "3673.DISDIK") == sync_service.fingerprint(
            unit_ws, "3673.DISDIK")
        unit_win.close()
        wait_ops(qtbot)
    finally:
        unit_ws.close()
