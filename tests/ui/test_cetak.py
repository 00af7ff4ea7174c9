"""Cetak: preview inside the app, save as PDF, batch for a unit, Verifikasi."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select
from tests.ui.helpers import approved_skp, new_bawahan, screenshot, wait_ops

from asn_desktop.db.models import Cetakan


def test_preview_save_and_verify(window: Any, qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    pid, _ = new_bawahan(ctx.ws)
    approved_skp(ctx.ws, pid)
    window.go("cetak")
    page = window.page("cetak")
    page.list.set_text("Budi Uji")
    assert page.list.select_id(pid)
    qtbot.mouseClick(page.btn_preview, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    assert page.doc.pageCount() >= 1
    assert "kode verifikasi" in page.status.text()
    kode = page.status.text().rsplit(" ", 1)[-1]
    qtbot.wait(1000)
    screenshot(window, "08-cetak")
    out = tmp_path / "skp.pdf"
    page.save_pdf(str(out))
    wait_ops(qtbot)
    assert out.stat().st_size > 1000
    with ctx.ws.db.Session() as s:
        assert s.scalars(select(Cetakan).where(Cetakan.pegawai_id == pid)).first() is not None
    from asn_desktop.ui.dialogs.verifikasi import VerifikasiDialog

    page.verifikasi()
    dlg = page.findChild(VerifikasiDialog)
    qtbot.keyClicks(dlg.kode, kode)
    dlg.check_code()
    wait_ops(qtbot)
    assert "SAH" in dlg.hasil.text()
    screenshot(dlg, "08b-verifikasi")
    dlg.check_pdf(str(out))
    wait_ops(qtbot)
    assert "SAH" in dlg.hasil.text()
    dlg.close()


def test_batch_for_a_unit(window: Any, qtbot: Any, ctx: Any, tmp_path: Path,
                          shown: Any) -> None:
    window.go("cetak")
    page = window.page("cetak")
    # a small unit with employees: the one of the first listed employee
    row = page.list.model.row_at(0)
    page.unit.set_unit(row.unit_id)
    page.batch(str(tmp_path))
    wait_ops(qtbot, timeout=60000)
    assert any("lembar dicetak" in t for t in shown.texts("info"))
    assert list(tmp_path.glob("*.pdf"))


def test_print_document_to_a_printer(window: Any, qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    pid, _ = new_bawahan(ctx.ws)
    approved_skp(ctx.ws, pid)
    window.go("cetak")
    page = window.page("cetak")
    assert page.list.show_id(pid)
    page.preview()
    wait_ops(qtbot)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printer.pdf"
    printer.setOutputFileName(str(out))
    page.print_document(printer)
    assert out.stat().st_size > 1000


def test_another_choice_forgets_the_preview(window: Any, qtbot: Any, ctx: Any) -> None:
    """Ctrl+P prints what is previewed: after choosing someone or something else, it must
    render the new choice, never the old sheet."""
    pid, _ = new_bawahan(ctx.ws)
    approved_skp(ctx.ws, pid)
    other, _ = new_bawahan(ctx.ws, urut=902)
    window.go("cetak")
    page = window.page("cetak")
    page.list.set_text("Budi Uji")
    assert page.list.select_id(pid)
    qtbot.mouseClick(page.btn_preview, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    assert page.preview_path is not None and page.doc.pageCount() >= 1
    assert page.list.select_id(other)
    assert page.preview_path is None and page.doc.pageCount() == 0
    assert "Pratinjau" in page.status.text()
    assert page.list.select_id(pid)
    qtbot.mouseClick(page.btn_preview, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    assert page.preview_path is not None
    page.dokumen.setCurrentIndex(page.dokumen.findData("evaluasi"))
    assert page.preview_path is None
