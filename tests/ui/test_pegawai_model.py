"""The employee table model on its own: Qt's model tester, paging, SQL sort and filter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from asn_desktop.services.pegawai import PegawaiFilter
from asn_desktop.ui.models import pegawai_model as pm


def test_model_passes_qt_model_tester(qtmodeltester: Any, ctx: Any) -> None:
    model = pm.PegawaiModel(ctx.read)
    model.reload()
    qtmodeltester.check(model, force_py=True)


def test_paging_sort_and_filter(ctx: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(pm, "PAGE", 10)
    model = pm.PegawaiModel(ctx.read)
    model.reload()
    assert model.rowCount() == 10 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 20
    while model.canFetchMore():
        model.fetchMore()
    total = model.rowCount()
    assert total == model.total() >= 40
    model.sort(pm.COL_NIP, Qt.SortOrder.DescendingOrder)
    nips = [model.row_at(i).nip for i in range(model.rowCount())]
    assert nips == sorted(nips, reverse=True)
    model.set_filter(PegawaiFilter(status="PPPK"))
    assert all(model.row_at(i).status == "PPPK" for i in range(model.rowCount()))
    assert model.headerData(pm.COL_NAMA, Qt.Orientation.Horizontal) == "Nama"
