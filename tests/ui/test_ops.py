"""Every user action is a named operation in ui/ops: pages and dialogs hand no closures of their
own to the database worker, and the operations do what their names say."""

from __future__ import annotations

import ast
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.db.models import OrgUnit, Rhk, Skp
from asn_desktop.domain.jabatan import Aspek, JenisRhk
from asn_desktop.services import skp as skp_svc
from asn_desktop.services.workflow import Langkah
from asn_desktop.services.workspace import Workspace
from asn_desktop.ui import operations
from asn_desktop.ui.context import SKP, AppContext
from asn_desktop.ui.ops import Op
from asn_desktop.ui.ops import skp as skp_ops

UI = Path(__file__).resolve().parents[2] / "src" / "asn_desktop" / "ui"
# Where the worker may be handed work directly: the mechanics themselves, and the places that
# make a workspace that does not exist yet (the first-start wizard, the practice workspace from
# the main window) or only read (a list's count).
MECHANICS = {"operations.py", "context.py"}
OPERATION_ALLOWED = {"dialogs/wizard.py", "widgets/pegawai_list.py", "main_window.py"}


def _direct_work(path: Path, root: Path = UI) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        if (isinstance(f, ast.Attribute) and f.attr in ("write", "background")
                and ast.unparse(f.value).endswith("ctx")):
            found.append(f"{path.relative_to(root)}:{node.lineno} {ast.unparse(f)}")
        if isinstance(f, ast.Name) and f.id == "Operation" \
                and str(path.relative_to(root)) not in OPERATION_ALLOWED:
            found.append(f"{path.relative_to(root)}:{node.lineno} Operation(...)")
    return found


def test_pages_and_dialogs_use_named_operations() -> None:
    files = [p for p in UI.rglob("*.py")
             if p.name not in MECHANICS and "ops" not in p.relative_to(UI).parts]
    assert len(files) > 20
    offenders = [hit for p in files for hit in _direct_work(p)]
    assert offenders == []


def test_guard_sees_a_direct_write(tmp_path: Path) -> None:
    bad = tmp_path / "pages" / "contoh.py"
    bad.parent.mkdir()
    bad.write_text("def f(self):\n    self.page.ctx.write(self, lambda s: 1)\n"
                   "    Operation(self, lambda c: 2).run()\n", encoding="utf-8")
    assert _direct_work(bad, tmp_path) == ["pages/contoh.py:2 self.page.ctx.write",
                                           "pages/contoh.py:3 Operation(...)"]


def _run(qtbot: QtBot, ctx: AppContext, op: Op[object]) -> list[object]:
    got: list[object] = []
    errors: list[BaseException] = []
    op.success(got.append).failure(errors.append).run(ctx, None)
    qtbot.waitUntil(lambda: operations.idle() and bool(got or errors), timeout=10000)
    assert errors == []
    return got


def test_skp_operations_write_and_announce(qtbot: QtBot, ws: Workspace) -> None:
    from tests.services.conftest import add_pegawai

    with ws.session() as s:
        root = ws_root(s)
        pid = add_pegawai(s, "Budi Santoso", root)
    ctx = AppContext(ws)
    announced: list[frozenset[str]] = []
    ctx.changed.connect(announced.append)

    (skp_id,) = _run(qtbot, ctx, skp_ops.buat(pid, 2026, "KUANTITATIF"))
    assert isinstance(skp_id, str) and announced == [frozenset({SKP})]
    (rhk_id,) = _run(qtbot, ctx, skp_ops.tambah_rhk(
        skp_id, skp_svc.RhkInput("Tersusunnya laporan", JenisRhk.UTAMA,
                                   rhk_atasan_teks="Layanan prima")))
    (same,) = _run(qtbot, ctx, skp_ops.ubah_rhk(
        str(rhk_id), skp_svc.RhkInput("Tersusunnya laporan bulanan", JenisRhk.UTAMA,
                                        rhk_atasan_teks="Layanan prima")))
    assert same == rhk_id
    with ws.session() as s:
        assert s.get_one(Rhk, rhk_id).uraian == "Tersusunnya laporan bulanan"
        skp_svc.add_indikator(s, str(rhk_id), skp_svc.IndikatorInput(
            "Jumlah laporan", Aspek.KUANTITAS, 12, "Laporan"))

    # a workflow step goes through the same table as the CLI; a refusal reaches failure()
    errors: list[BaseException] = []
    skp_ops.langkah(skp_id, Langkah.KEMBALIKAN, "").failure(errors.append).run(ctx, None)
    qtbot.waitUntil(lambda: operations.idle() and bool(errors), timeout=10000)
    _run(qtbot, ctx, skp_ops.langkah(skp_id, Langkah.AJUKAN))
    with ws.db.Session() as s:
        assert s.scalars(select(Skp.status).where(Skp.id == skp_id)).one() == "DIAJUKAN"


def ws_root(s: Session) -> str:
    return s.scalars(select(OrgUnit.id).where(OrgUnit.parent_id.is_(None))).one()


def test_waiting_and_the_busy_cursor_keep_references_to_none(qtbot: QtBot) -> None:
    """A PySide6 release (6.12.0) lost a reference to None on each static call returning
    nothing; a long session then aborted ("none_dealloc"). What the app calls over and over
    must leave None's count where it was."""
    import sys

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    done: list[int] = []
    before = sys.getrefcount(None)
    for i in range(300):
        operations.run(None, lambda _c, i=i: i, done.append)
        operations.wait_idle()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.restoreOverrideCursor()
    assert done == list(range(300))
    assert sys.getrefcount(None) - before > -100
