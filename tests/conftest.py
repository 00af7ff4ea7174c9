"""Shared fixtures: a fresh workspace per test, never a shared database."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The user's own folder outside the data folders (paths.state_dir): the run's own, never the
# real one; each test gets a fresh one below (copies of one template share node ids).
os.environ["ASN_DESKTOP_STATE_DIR"] = tempfile.mkdtemp(prefix="asn-keadaan-")

from asn_desktop import paths as paths_mod
from asn_desktop.services.workspace import Workspace, init_workspace

WorkspaceFactory = Callable[..., Workspace]


# ASN_TEST_DB=postgresql: every central the tests make keeps its data on a PostgreSQL server
# of the run's own (tests/pg/server.py), one new database each; units stay on SQLite.
ON_POSTGRESQL = os.environ.get("ASN_TEST_DB") == "postgresql"


@pytest.fixture(autouse=True)
def _own_state_dir(tmp_path_factory: pytest.TempPathFactory,
                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASN_DESKTOP_STATE_DIR", str(tmp_path_factory.mktemp("keadaan")))


@pytest.fixture(scope="session")
def pg() -> Iterator[object]:
    """A PostgreSQL server of the run's own (tests/pg/server.py); skipped where PostgreSQL is
    not installed, except under CI, where .ci/run installs it."""
    from tests.pg import server as pg_server

    started = pg_server.start()
    if started is None:
        if os.environ.get("CI") or ON_POSTGRESQL:
            pytest.fail("PostgreSQL is not installed (.ci/run installs it)")
        pytest.skip("PostgreSQL is not installed")
    try:
        yield started
    finally:
        started.stop()


@pytest.fixture
def pg_url(pg: object) -> str:
    """A new, empty database on that server."""
    return _new_pg_database(pg)


@pytest.fixture(scope="session")
def _pg_for_centrals(request: pytest.FixtureRequest) -> object:
    return request.getfixturevalue("pg") if ON_POSTGRESQL else None


def _new_pg_database(server: object) -> str:
    import uuid

    import psycopg
    from tests.pg.server import Server

    assert isinstance(server, Server)
    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(host=str(server.socket_dir), user="postgres", dbname="postgres",
                         autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return server.url(name)


@pytest.fixture
def central_database(_pg_for_centrals: object) -> str | None:
    """A new PostgreSQL database for a central under ASN_TEST_DB=postgresql, else None."""
    return None if _pg_for_centrals is None else _new_pg_database(_pg_for_centrals)


@pytest.fixture
def make_workspace(tmp_path: Path, _pg_for_centrals: object) -> Iterator[WorkspaceFactory]:
    opened: list[Workspace] = []

    def make(role: str = "central", nama: str = "BKPSDM Kota Serang",
             folder: str = "ws", **kw: object) -> Workspace:
        if _pg_for_centrals is not None and role == "central" and "database" not in kw:
            kw["database"] = _new_pg_database(_pg_for_centrals)
        ws = init_workspace(paths_mod.resolve(tmp_path / folder), role, nama, **kw)  # type: ignore[arg-type]
        opened.append(ws)
        return ws

    yield make
    for ws in opened:
        ws.close()


@pytest.fixture
def central(make_workspace: WorkspaceFactory) -> Workspace:
    return make_workspace("central", "BKPSDM Kota Serang", "central")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if ON_POSTGRESQL:
        skip = pytest.mark.skip(reason="about the SQLite file itself (ASN_TEST_DB=postgresql)")
        for item in items:
            if item.get_closest_marker("sqlite_only"):
                item.add_marker(skip)
