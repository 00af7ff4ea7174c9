"""A unit installation sees its own unit and cannot edit master data; the JPT SKP form has
perspektif and no cascade column."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from tests.ui.helpers import new_bawahan, screenshot, wait_ops

from asn_desktop.paths import Paths
from asn_desktop.services.workspace import init_workspace


def test_unit_installation_is_read_only_for_master_data(qtbot: Any, tmp_path: Path) -> None:
    from asn_desktop.services.demo import fill_demo
    from asn_desktop.ui.context import AppContext
    from asn_desktop.ui.main_window import MainWindow

    ws = init_workspace(Paths(tmp_path / "unit"), "unit", "SD Negeri 1 Kota Serang")
    try:
        fill_demo(ws, employees=25, seed=2)
        ctx = AppContext(ws)
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        assert win.unit_combo is None
        win.go("pegawai")
        page = win.page("pegawai")
        assert not page.btn_add.isVisible()
        rows = [page.list.model.row_at(i) for i in range(page.list.model.rowCount())]
        assert rows and all(r.unit_id in ctx.scope() for r in rows)
        from asn_desktop.ui.dialogs.pegawai_editor import PegawaiEditor

        page.new()  # Ctrl+N does nothing on a unit
        assert page.findChildren(PegawaiEditor) == []
        screenshot(win, "02c-pegawai-unit")
        # its Beranda shows the year's evaluations at a glance, from the recap's numbers
        from asn_desktop.services import pemantauan

        win.go("beranda")
        wait_ops(qtbot)
        chart = win.page("beranda").progress
        assert chart is not None and chart.isVisible()
        expected = ctx.read(lambda s: pemantauan.rekap(s, ctx.visible_units(),
                                                       date.today().year)).penyelesaian
        assert chart.rows == expected and len(expected) >= 2
        screenshot(win, "01b-beranda-unit")
        win.close()
        wait_ops(qtbot)
    finally:
        ws.close()


def test_jpt_form_has_perspektif_not_cascade(window: Any, qtbot: Any, ctx: Any) -> None:
    pid, _ = new_bawahan(ctx.ws, jenis="JPT_PRATAMA", urut=902)
    window.go("skp", pid)
    page = window.page("skp")
    page.new()
    wait_ops(qtbot)
    assert "JPT" in page.editor.who.text()
    page.new_rhk(page.editor.hasil.rhk_form.jenis)
    f = page.editor.hasil.rhk_form
    assert f.perspektif.isVisible() and not f.cascade.isVisible()
    f.uraian.setText("Meningkatnya kualitas layanan kepegawaian")
    f.perspektif.setCurrentIndex(1)
    page.save()
    wait_ops(qtbot)
    assert page.view.utama[0].perspektif == f.perspektif.itemData(1)
