"""Log Harian (fast entry, week view, totals carried into realisasi) and Umpan Balik."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select
from tests.ui.helpers import approved_skp, new_bawahan, screenshot, wait_ops

from asn_desktop.db.models import Evaluasi, ForumEvaluasi, LogHarian, Realisasi, UmpanBalik


def test_log_entry_and_carry_to_realisasi(window: Any, qtbot: Any, ctx: Any,
                                          shown: Any) -> None:
    pid, _ = new_bawahan(ctx.ws)
    approved_skp(ctx.ws, pid)
    window.go("log_harian")
    page = window.page("log_harian")
    page.list.set_text("Budi Uji")
    assert page.list.select_id(pid)
    assert page.rhk.count() == 2  # the RHK and "(di luar RHK)"
    for n in (3, 4):
        qtbot.keyClicks(page.uraian, f"Memutakhirkan data {n} pegawai")
        page.output.setText("Dokumen")
        page.kuantitas.setValue(n)
        qtbot.keyClick(page.uraian, Qt.Key.Key_Return)
        wait_ops(qtbot)
    assert page.uraian.text() == ""
    assert page.week.rowCount() == 2
    assert page.totals.item(0, 2).text() == "7"
    screenshot(window, "05-log-harian")
    qtbot.mouseClick(page.carry, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        assert len(s.scalars(select(LogHarian).where(LogHarian.pegawai_id == pid)).all()) == 2
        ev = s.scalars(select(Evaluasi).where(Evaluasi.pegawai_id == pid)).one()
        real = s.scalars(select(Realisasi).where(Realisasi.evaluasi_id == ev.id)).one()
        assert real.realisasi_nilai == 7.0
    assert any("7 Dokumen" in t for t in shown.texts("info"))


def test_log_without_text_is_refused(window: Any, qtbot: Any, ctx: Any) -> None:
    pid, _ = new_bawahan(ctx.ws)
    window.go("log_harian")
    page = window.page("log_harian")
    page.list.set_text("Budi Uji")
    page.list.select_id(pid)
    page.add()
    wait_ops(qtbot)
    assert page.error.text() == "Uraian kegiatan wajib diisi."


def test_feedback_and_forum(window: Any, qtbot: Any, ctx: Any) -> None:
    pid, atasan = new_bawahan(ctx.ws)
    window.go("umpan_balik")
    page = window.page("umpan_balik")
    fb = page.feedback
    fb.list.set_text("Budi Uji")
    assert fb.list.select_id(pid)
    assert fb.pemberi.currentData() == (atasan, "ATASAN")
    fb.tentang.setCurrentIndex(fb.tentang.findData("nilai:kolaboratif"))
    qtbot.keyClicks(fb.isi, "Aktif membantu rekan satu bagian")
    qtbot.mouseClick(fb.simpan, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    assert fb.isi.text() == ""
    with ctx.ws.db.Session() as s:
        ub = s.scalars(select(UmpanBalik).where(UmpanBalik.pegawai_id == pid)).one()
        assert (ub.pemberi_id, ub.peran, ub.nilai_kode) == (atasan, "ATASAN", "kolaboratif")
    assert "Aktif membantu" in fb.tercatat.item(0).text()
    screenshot(window, "06-umpan-balik")
    page.tabs.setCurrentWidget(page.forum)
    forum = page.forum
    qtbot.keyClicks(forum.agenda, "Evaluasi kinerja triwulan")
    qtbot.keyClicks(forum.peserta, "Budi Uji 901")
    forum.presentasi.setCurrentIndex(1)
    qtbot.mouseClick(forum.simpan, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        f = s.scalars(select(ForumEvaluasi).where(
            ForumEvaluasi.agenda == "Evaluasi kinerja triwulan")).one()
        assert f.tanggal == date.today() and f.pegawai_presentasi_id is not None
    assert forum.table.rowCount() >= 1
    screenshot(window, "06b-forum")
