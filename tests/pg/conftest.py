"""A PostgreSQL server for the tests of this folder (tests/pg/server.py), one per run, and a
new database per test."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from tests.pg import server as pg_server


@pytest.fixture(scope="session")
def pg() -> Iterator[pg_server.Server]:
    started = pg_server.start()
    if started is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed (.ci/run installs it)")
        pytest.skip("PostgreSQL is not installed")
    try:
        yield started
    finally:
        started.stop()


@pytest.fixture
def pg_url(pg: pg_server.Server) -> str:
    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(host=str(pg.socket_dir), user="postgres", dbname="postgres",
                         autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return pg.url(name)
