"""The SKP page: create, write RHK with cascade and indicators, perilaku, lampiran, then
ajukan → setujui (locked) → buka kembali, asserting what the database holds."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select
from tests.ui.helpers import new_bawahan, screenshot, wait_ops

from asn_desktop.db.models import Indikator, Rhk, RiwayatDokumen, Skp
from asn_desktop.services.workflow import Langkah


def _open(window: Any, pegawai_id: str) -> Any:
    window.go("skp", pegawai_id)
    page = window.page("skp")
    assert page.pegawai is not None and page.pegawai.id == pegawai_id
    return page


def test_write_submit_approve_reopen(window: Any, qtbot: Any, ctx: Any, shown: Any) -> None:
    pid, _atasan = new_bawahan(ctx.ws)
    page = _open(window, pid)
    assert page.stack.currentWidget() is page.create_panel
    qtbot.mouseClick(page.create_panel.create_button, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    assert page.view is not None and page.view.status == "DRAFT"
    h = page.editor.hasil
    # RHK utama with the cascade picked from the atasan's RHK
    qtbot.mouseClick(h.add_utama, Qt.MouseButton.LeftButton)
    f = h.rhk_form
    qtbot.keyClicks(f.uraian, "Tersusunnya data kepegawaian yang mutakhir")
    assert f.cascade.count() > 1
    f.cascade.setCurrentIndex(1)
    atasan_rhk = f.cascade.currentData()
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        skp = s.scalars(select(Skp).where(Skp.pegawai_id == pid)).one()
        rhk = s.scalars(select(Rhk).where(Rhk.skp_id == skp.id)).one()
        assert rhk.rhk_atasan_id == atasan_rhk
        assert rhk.uraian == "Tersusunnya data kepegawaian yang mutakhir"
    # an indicator with target
    qtbot.mouseClick(h.add_ind, Qt.MouseButton.LeftButton)
    g = h.ind_form
    qtbot.keyClicks(g.uraian, "Jumlah data pegawai yang dimutakhirkan")
    g.target_nilai.setValue(12)
    qtbot.keyClicks(g.target_satuan, "Dokumen")
    qtbot.mouseClick(g.save_button, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        ind = s.scalars(select(Indikator).where(Indikator.rhk_id == rhk.id)).one()
        assert (ind.target_nilai, ind.target_satuan, ind.aspek) == (12.0, "Dokumen", "Kuantitas")
    # perilaku and lampiran
    e = page.editor
    e.tabs.setCurrentWidget(e.perilaku)
    qtbot.keyClicks(e.perilaku.fields["pelayanan"], "Melayani tanpa menunda")
    qtbot.mouseClick(e.perilaku.save_button, Qt.MouseButton.LeftButton)
    e.tabs.setCurrentWidget(e.lampiran)
    qtbot.keyClicks(e.lampiran.dukungan, "Komputer")
    qtbot.keyClick(e.lampiran.dukungan, Qt.Key.Key_Return)
    qtbot.keyClicks(e.lampiran.dukungan, "Akses SIASN")
    qtbot.mouseClick(e.lampiran.save_button, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        skp = s.get(Skp, skp.id)
        assert skp.ekspektasi_pelayanan == "Melayani tanpa menunda"
        assert skp.dukungan_sumber_daya == "Komputer\nAkses SIASN"
    e.tabs.setCurrentWidget(e.hasil)
    h.tree.setCurrentItem(h.tree.topLevelItem(0).child(0))
    assert h.forms.currentWidget() is h.rhk_form
    screenshot(window, "03-skp")
    # workflow
    qtbot.mouseClick(e.workflow.buttons[Langkah.AJUKAN], Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    assert page.view.status == "DIAJUKAN"
    qtbot.mouseClick(e.workflow.buttons[Langkah.SETUJUI], Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    assert page.view.status == "DISETUJUI" and page.view.terkunci
    assert e.lock_banner.isVisible()
    assert not h.add_utama.isEnabled()
    screenshot(window, "03b-skp-disetujui")
    shown.answers["text"] = "Salah target indikator"
    qtbot.mouseClick(e.workflow.buttons[Langkah.BUKA_KEMBALI], Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    assert page.view.status == "DRAFT"
    with ctx.ws.db.Session() as s:
        aksi = [(r.aksi, r.alasan) for r in s.scalars(
            select(RiwayatDokumen).where(RiwayatDokumen.dokumen_id == skp.id)
            .order_by(RiwayatDokumen.waktu))]
    assert ("DIBUKA_KEMBALI", "Salah target indikator") in aksi
    assert [a for a, _ in aksi][:3] == ["DIBUAT", "DIAJUKAN", "DISETUJUI"]


def test_rhk_error_is_shown_next_to_the_field(window: Any, qtbot: Any, ctx: Any) -> None:
    pid, _ = new_bawahan(ctx.ws)
    page = _open(window, pid)
    page.new()
    wait_ops(qtbot)
    page.new()  # Ctrl+N again: a new RHK utama
    page.save()
    wait_ops(qtbot)
    assert page.editor.hasil.rhk_form.err_uraian.text() == "Uraian rencana hasil kerja wajib diisi."


def test_submit_refused_lists_problems(window: Any, qtbot: Any, ctx: Any, shown: Any) -> None:
    pid, _ = new_bawahan(ctx.ws)
    page = _open(window, pid)
    page.new()
    wait_ops(qtbot)
    assert page.editor.problems.isVisible()
    page.ajukan()
    wait_ops(qtbot)
    assert any("Belum ada rencana hasil kerja utama" in t for t in shown.texts("error"))
    with ctx.ws.db.Session() as s:
        assert s.scalars(select(Skp.status).where(Skp.pegawai_id == pid)).one() == "DRAFT"


def test_matrix_shows_subordinates(window: Any, qtbot: Any, ctx: Any) -> None:
    _pid, atasan = new_bawahan(ctx.ws)
    page = _open(window, atasan)
    page.editor.tabs.setCurrentWidget(page.editor.matriks)
    t = page.editor.matriks.table
    assert t.columnCount() >= 2 and t.rowCount() >= 1
    assert any("Budi Uji" in t.verticalHeaderItem(r).text() for r in range(t.rowCount()))
    screenshot(window, "03c-skp-matriks")
    assert date.today().year == page.tahun.value()
