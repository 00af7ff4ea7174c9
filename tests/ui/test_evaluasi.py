"""The Evaluasi page: start an evaluation, type realisasi, pick ratings (the predikat follows
the matrix live), save, approve (locked), and the unit distribution view warns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select
from tests.ui.helpers import approved_skp, new_bawahan, screenshot, wait_ops

from asn_desktop.db.models import Evaluasi, Realisasi
from asn_desktop.domain.predikat import predikat_kinerja
from asn_desktop.domain.ratings import Rating
from asn_desktop.services.workflow import Langkah


def test_evaluate_and_approve(window: Any, qtbot: Any, ctx: Any) -> None:
    pid, _ = new_bawahan(ctx.ws)
    skp_id = approved_skp(ctx.ws, pid)
    window.go("evaluasi", pid)
    page = window.page("evaluasi")
    pp = page.per_pegawai
    assert pp.stack.currentWidget() is pp.start
    qtbot.mouseClick(pp.start.button, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    assert page.view is not None
    e = page.editor
    row = e.hasil.rows[0]
    qtbot.keyClicks(row.nilai, "abc")
    page.save()
    assert "angka" in row.error.text()
    row.nilai.clear()
    qtbot.keyClicks(row.nilai, "13")
    qtbot.keyClicks(row.bukti, "Daftar hadir")
    screenshot(window, "04c-evaluasi-hasil")
    e.tabs.setCurrentWidget(e.penilaian)
    pen = e.penilaian
    pen.hasil.buttons[Rating.DI_ATAS_EKSPEKTASI].click()
    assert "Pilih kedua rating" in pen.predikat.text()
    pen.perilaku.buttons[Rating.DI_ATAS_EKSPEKTASI].click()
    assert pen.predikat.text() == predikat_kinerja(Rating.DI_ATAS_EKSPEKTASI,
                                                   Rating.DI_ATAS_EKSPEKTASI).value
    pen.perilaku.buttons[Rating.DI_BAWAH_EKSPEKTASI].click()
    assert pen.predikat.text() == "Kurang/Misconduct"
    pen.perilaku.buttons[Rating.SESUAI_EKSPEKTASI].click()
    assert pen.predikat.text() == "Baik"
    qtbot.keyClicks(pen.catatan, "Pertahankan")
    screenshot(window, "04-evaluasi")
    assert page.is_dirty()
    window.act_save.trigger()
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        ev = s.scalars(select(Evaluasi).where(Evaluasi.skp_id == skp_id)).one()
        assert (ev.rating_hasil_kerja, ev.rating_perilaku_kerja, ev.predikat) == (
            "DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "Baik")
        assert ev.catatan_rekomendasi == "Pertahankan"
        real = s.scalars(select(Realisasi).where(Realisasi.evaluasi_id == ev.id)).one()
        assert (real.realisasi_nilai, real.bukti_dukung) == (13.0, "Daftar hadir")
    qtbot.mouseClick(e.workflow.buttons[Langkah.AJUKAN], Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    qtbot.mouseClick(e.workflow.buttons[Langkah.SETUJUI], Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    assert page.view.status == "DISETUJUI"
    assert e.banner.isVisible() and not pen.hasil.buttons[Rating.SESUAI_EKSPEKTASI].isEnabled()
    with ctx.ws.db.Session() as s:
        assert s.get(Evaluasi, ev.id).status == "DISETUJUI"


def test_unit_distribution_warns(window: Any, qtbot: Any, ctx: Any) -> None:
    window.go("evaluasi")
    page = window.page("evaluasi")
    page.modes.setCurrentWidget(page.unit_view)
    uv = page.unit_view
    # the unit with the most evaluations in the chosen period
    best, best_n = None, -1
    for i in range(uv.unit.count()):
        uv.unit.setCurrentIndex(i)
        if uv.table.rowCount() > best_n:
            best, best_n = i, uv.table.rowCount()
    uv.unit.setCurrentIndex(best)
    assert uv.table.rowCount() >= 1
    uv.capaian.setCurrentIndex(uv.capaian.findData("SANGAT KURANG"))
    qtbot.mouseClick(uv.simpan, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    assert uv.capaian.currentData() == "SANGAT KURANG"
    screenshot(window, "04b-evaluasi-distribusi")


def test_delete_draft_evaluation(window: Any, qtbot: Any, ctx: Any) -> None:
    pid, _ = new_bawahan(ctx.ws)
    skp_id = approved_skp(ctx.ws, pid)
    window.go("evaluasi", pid)
    page = window.page("evaluasi")
    page.new()
    wait_ops(qtbot)
    assert page.editor.btn_hapus.isVisible()
    qtbot.mouseClick(page.editor.btn_hapus, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    assert page.view is None
    with ctx.ws.db.Session() as s:
        assert s.scalars(select(Evaluasi.deleted).where(Evaluasi.skp_id == skp_id)).one()
