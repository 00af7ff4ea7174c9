"""A unit admin's day: Ajukan / Setujui for the whole filtered list at once, and the next or
previous employee without going back to the list."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from sqlalchemy import select
from tests.ui.helpers import draft_skp, new_bawahan, wait_ops

from asn_desktop.db.models import Evaluasi, Skp
from asn_desktop.services import skp as ssvc
from asn_desktop.services.status_kerja import StatusKerja
from asn_desktop.services.workflow import Langkah


def _drafts(ctx: Any, n: int) -> list[str]:
    """n new employees with a complete draft SKP, and one whose draft cannot be submitted."""
    ids = []
    for k in range(n):
        pid, _ = new_bawahan(ctx.ws, urut=910 + k)
        draft_skp(ctx.ws, pid)
        ids.append(pid)
    empty, _ = new_bawahan(ctx.ws, urut=930)
    with ctx.ws.session() as s:
        ssvc.create_skp(s, empty, date.today().year)  # no RHK: cannot be submitted
    return [*ids, empty]


def _status(ctx: Any, pid: str) -> str:
    with ctx.ws.db.Session() as s:
        return s.scalars(select(Skp.status).where(Skp.pegawai_id == pid,
                                                  Skp.deleted.is_(False))).one()


def test_submit_and_approve_the_filtered_list(window: Any, qtbot: Any, ctx: Any,
                                              shown: Any) -> None:
    *ready, empty = _drafts(ctx, 3)
    window.go("skp")
    page = window.page("skp")
    page.list.set_text("Budi Uji")  # only the new ones
    page.list.show_status(StatusKerja.DRAFT.value)
    page.list.set_text("Budi Uji")
    page.massal.act_ajukan.trigger()
    wait_ops(qtbot)
    question = shown.items[-2]
    assert question.kind == "question" and "Ajukan 4 SKP" in question.text
    assert "Budi Uji 930" in question.details
    report = shown.items[-1]
    assert report.kind == "warning" and "3 SKP diajukan" in report.text
    assert "Budi Uji 930" in report.details and "utama" in report.details
    assert [_status(ctx, p) for p in ready] == ["DIAJUKAN"] * 3
    assert _status(ctx, empty) == "DRAFT"
    # declining the question changes nothing
    shown.answers["question"] = False
    page.massal.act_setujui.trigger()
    wait_ops(qtbot)
    assert [_status(ctx, p) for p in ready] == ["DIAJUKAN"] * 3
    shown.answers["question"] = True
    page.massal.act_setujui.trigger()
    wait_ops(qtbot)
    assert shown.items[-1].kind == "info" and "3 SKP disetujui" in shown.items[-1].text
    assert [_status(ctx, p) for p in ready] == ["DISETUJUI"] * 3


def test_nothing_to_do_says_so(window: Any, qtbot: Any, ctx: Any, shown: Any) -> None:
    window.go("evaluasi")
    page = window.page("evaluasi")
    page.list.set_text("tidak ada nama seperti ini")
    page.massal.jalankan(Langkah.SETUJUI)
    assert shown.items[-1].kind == "info" and "Tidak ada evaluasi" in shown.items[-1].text
    with ctx.ws.db.Session() as s:
        assert s.scalars(select(Evaluasi.id)).first() is not None


def test_next_and_previous_employee(window: Any, qtbot: Any, ctx: Any) -> None:
    window.go("evaluasi")
    page = window.page("evaluasi")
    page.list.select_first()
    first = page.pegawai.id
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    second = page.pegawai.id
    assert second != first and page.list.model.row_of(second) == 1
    qtbot.mouseClick(window.findChild(QToolButton, "pegawai_berikutnya"),
                     Qt.MouseButton.LeftButton)
    assert page.list.model.row_of(page.pegawai.id) == 2
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.AltModifier)
    assert page.pegawai.id == first
    assert not page.list.step(-1)  # already the first
