"""Under ASN_TEST_DB=postgresql the command-line suite runs with every central it creates on
the run's PostgreSQL server: ``init --role central`` (and the tests' own ``init_workspace``)
gets a new database, as ``init --database`` would."""

from __future__ import annotations

from typing import Any

import pytest
from tests.conftest import ON_POSTGRESQL, _new_pg_database

from asn_desktop.services import workspace


@pytest.fixture(autouse=True)
def _centrals_on_postgresql(request: pytest.FixtureRequest,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    if not ON_POSTGRESQL or request.node.get_closest_marker("sqlite_only"):
        return
    server = request.getfixturevalue("_pg_for_centrals")
    real = workspace.init_workspace

    def init(paths: Any, role: str, nama: str, **kw: Any) -> workspace.Workspace:
        if role == "central" and kw.get("database") is None and not paths.database.exists():
            kw["database"] = _new_pg_database(server)
        return real(paths, role, nama, **kw)

    monkeypatch.setattr(workspace, "init_workspace", init)
    if getattr(request.module, "init_workspace", None) is real:
        monkeypatch.setattr(request.module, "init_workspace", init)
