"""Sinkronisasi end to end through the pages: the central writes a setup package, the wizard
enrols a unit from it, the unit exports a package, the central imports it (applied), again
(already imported) and a damaged file (rejected, with the reason)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWizard
from tests.ui.helpers import screenshot, wait_ops

from asn_desktop.paths import Paths


def test_invite_enrol_export_import(window: Any, qtbot: Any, ctx: Any, tmp_path: Path,
                                    shown: Any) -> None:
    from asn_desktop.ui.context import AppContext
    from asn_desktop.ui.dialogs.wizard import FirstStartWizard
    from asn_desktop.ui.main_window import MainWindow

    window.go("sinkronisasi")
    central = window.page("sinkronisasi")
    units = [u for u in ctx.units() if u.depth == 1]
    central.invite_unit.set_unit(units[0].id)
    central.invite(str(tmp_path / "undangan"))
    wait_ops(qtbot)
    setups = list((tmp_path / "undangan").glob("*.asnsetup"))
    assert len(setups) == 1, shown.items
    assert "penyiapan" in central.result.text()

    wizard = FirstStartWizard(Paths(tmp_path / "unit"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.intro.group.button(1).setChecked(True)
    wizard.next()
    wizard.unit.file.setText(str(setups[0]))
    ready: list[Any] = []
    wizard.workspace_ready.connect(ready.append)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_ops(qtbot)
    assert ready, shown.items
    unit_ws = ready[0]
    try:
        assert unit_ws.info.role == "unit"
        unit_win = MainWindow(AppContext(unit_ws))
        qtbot.addWidget(unit_win)
        unit_win.go("sinkronisasi")
        unit_page = unit_win.page("sinkronisasi")
        unit_page.export(str(tmp_path / "keluar"))
        wait_ops(qtbot)
        packages = list((tmp_path / "keluar").glob("*.asnpkg"))
        assert len(packages) == 1, shown.items
        unit_win.close()
        wait_ops(qtbot)
    finally:
        unit_ws.close()

    central.import_files([str(packages[0])])
    wait_ops(qtbot)
    assert "Diterapkan: 1" in central.result.text()
    central.import_files([str(packages[0])])
    wait_ops(qtbot)
    assert "sudah pernah diimpor: 1" in central.result.text()
    bad = tmp_path / "rusak.asnpkg"
    bad.write_bytes(b"bukan paket")
    central.import_files([str(bad)])
    wait_ops(qtbot)
    assert "ditolak: 1" in central.result.text() and "rusak.asnpkg" in central.result.text()
    assert central.peers.rowCount() == 1
    screenshot(window, "07-sinkronisasi")


def test_conflict_review_side_by_side(window: Any, qtbot: Any, monkeypatch: Any) -> None:
    from asn_desktop.services import sync_service
    from asn_desktop.sync.conflicts import ConflictView

    k = ConflictView(7, "lww", "open", "evaluasi", "r1", "catatan_rekomendasi", "incoming",
                     "Tingkatkan disiplin", "Pertahankan kinerja", "Unit SD 1", "BKPSDM",
                     "27 November 2026 10.00", "27 November 2026 11.00", "Budi", "", None, None)
    monkeypatch.setattr(sync_service, "conflicts", lambda ws, **kw: [k])
    chosen: list[tuple[int, str]] = []
    monkeypatch.setattr(sync_service, "resolve",
                        lambda ws, c, keep: chosen.append((c.id, keep)))
    window.go("sinkronisasi")
    page = window.page("sinkronisasi")
    page.refresh()
    assert page.conflict_list.count() == 1
    assert "Tingkatkan disiplin" in page.local.text()
    assert "Pertahankan kinerja" in page.remote.text() and "dipakai" in page.remote.text()
    page.keep_local.click()
    wait_ops(qtbot)
    assert chosen == [(7, "local")]
