"""The first start's actions, before any workspace exists (so they are jobs for
:class:`~asn_desktop.ui.operations.Operation` rather than :class:`~asn_desktop.ui.ops.Op`):
a new central, one more staff PC for a central on a server, a unit from its setup package, or
the practice workspace."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from asn_desktop.paths import Paths
from asn_desktop.services.workspace import Workspace, init_workspace
from asn_desktop.ui.operations import OpContext
from asn_desktop.ui.ops import label

Awal = Callable[[OpContext], Workspace]


def pusat(paths: Paths, nama: str, database: str | None = None) -> Awal:
    """A new central; its data on the PostgreSQL server ``database`` when one is named."""
    return lambda _op: init_workspace(paths, "central", nama, database=database)


def gabung(paths: Paths, database: str, cadangan: Path, sandi: str) -> Awal:
    """One more staff PC for the central on the PostgreSQL server ``database``, with the keys
    sealed in the central's backup ``cadangan``."""

    def work(_op: OpContext) -> Workspace:
        from asn_desktop.services.gabung_server import join_server
        from asn_desktop.services.workspace import open_workspace

        join_server(paths, database, cadangan, sandi)
        return open_workspace(paths)

    return work


def unit(paths: Paths, setup: Path, kode: str) -> Awal:
    """A unit installation from the setup package and its enrolment code."""

    def work(_op: OpContext) -> Workspace:
        from asn_desktop.services.sync_service import init_from_setup

        return init_from_setup(paths, setup, kode)

    return work


def latihan(real: Paths, nama: str, pegawai: int) -> Awal:
    """A practice central filled with a made-up city of ``pegawai`` employees, in its own folder
    beside the real data folder ``real``, opened from then on until the user goes back."""

    def work(op: OpContext) -> Workspace:
        from asn_desktop.services import ruang_latihan
        from asn_desktop.services.demo import fill_demo

        op.progress(0, 0, label("Menyiapkan ruang kerja…"))
        paths = ruang_latihan.folder_latihan(real)
        ws = init_workspace(paths, "central", nama)
        ruang_latihan.tandai_latihan(paths)
        fill_demo(ws, employees=pegawai, seed=1, progress=lambda msg: op.progress(0, 0, msg))
        ruang_latihan.pilih(real, True)
        return ws

    return work
