"""The first-start wizard's central on a PostgreSQL server: typed like a user, refused with
a password in the address, and the workspace kept on the server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWizard
from tests.ui.helpers import screenshot, wait_ops

from asn_desktop.paths import Paths
from asn_desktop.services.workspace import open_workspace


def test_wizard_central_on_a_postgresql_server(qtbot: Any, tmp_path: Path, pg_url: str) -> None:
    from asn_desktop.ui.dialogs.wizard import FirstStartWizard

    paths = Paths(tmp_path / "pusat")
    wizard = FirstStartWizard(paths)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.intro.group.button(0).setChecked(True)
    wizard.next()
    page = wizard.central
    qtbot.keyClicks(page.server, "postgresql://bkpsdm:rahasia@server/kinerja")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.currentPage() is page
    assert "kata sandi" in page.server_error.text()
    assert not paths.database_url.exists()
    screenshot(wizard, "wizard-pusat-server")
    page.server.clear()
    qtbot.keyClicks(page.server, pg_url)
    ready: list[Any] = []
    wizard.workspace_ready.connect(ready.append)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_ops(qtbot)
    assert ready and ready[0].db.is_postgresql
    ready[0].close()
    assert paths.database_url.read_text().strip() == pg_url
    assert not paths.database.exists()  # no SQLite file beside it
    ws = open_workspace(paths)
    try:
        assert ws.db.is_postgresql and ws.info.nama == "BKPSDM Kota Serang"
    finally:
        ws.close()
