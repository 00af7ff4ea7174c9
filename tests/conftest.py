"""Shared fixtures: a fresh workspace per test, never a shared database."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from asn_desktop import paths as paths_mod
from asn_desktop.services.workspace import Workspace, init_workspace

WorkspaceFactory = Callable[..., Workspace]


@pytest.fixture
def make_workspace(tmp_path: Path) -> Iterator[WorkspaceFactory]:
    opened: list[Workspace] = []

    def make(role: str = "central", nama: str = "BKPSDM Kota Serang",
             folder: str = "ws", **kw: object) -> Workspace:
        ws = init_workspace(paths_mod.resolve(tmp_path / folder), role, nama, **kw)  # type: ignore[arg-type]
        opened.append(ws)
        return ws

    yield make
    for ws in opened:
        ws.close()


@pytest.fixture
def central(make_workspace: WorkspaceFactory) -> Workspace:
    return make_workspace("central", "BKPSDM Kota Serang", "central")
