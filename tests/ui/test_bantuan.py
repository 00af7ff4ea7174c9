"""Help inside the app: a menu bar, the Panduan at the current page's section on F1, and
Tentang with the version, the data folder and the licences."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from tests.ui.helpers import screenshot

from asn_desktop import __version__
from asn_desktop.ui.bantuan import isi
from asn_desktop.ui.main_window import PAGES


def test_every_page_has_its_panduan_section() -> None:
    root = isi.folder()
    assert root is not None
    bagian = isi.daftar(root)
    assert bagian[0].berkas == isi.INDEX and len(bagian) >= 8
    for key, _m, _c in PAGES:
        found = isi.bagian_untuk(bagian, key)
        assert found is not None, f"no Panduan section names the page {key!r}"
    for b in bagian:  # every picture a section shows is in the repository
        text = (root / b.berkas).read_text(encoding="utf-8")
        for name in isi.re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text):
            assert (root / name).is_file(), f"{b.berkas}: {name} missing"


def test_f1_opens_the_section_of_the_current_page(window: Any, qtbot: Any) -> None:
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Berkas", "&Halaman", "Ba&ntuan"]
    window.go("evaluasi")
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    panduan = window._panduan
    qtbot.waitUntil(panduan.isVisible, timeout=3000)
    assert panduan.current == "evaluasi.md"
    assert "Evaluasi" in panduan.text.toPlainText()
    screenshot(panduan, "12-panduan-evaluasi")
    window.go("sinkronisasi")
    window.act_panduan.trigger()
    assert panduan.current == "sinkronisasi.md"
    # a link to another section opens it in the same window
    window.act_isi.trigger()
    assert panduan.current == "index.md"
    from PySide6.QtCore import QUrl

    panduan.text.anchorClicked.emit(QUrl("skp.md"))
    assert panduan.current == "skp.md" and "RHK" in panduan.text.toPlainText()
    panduan.close()


def test_tentang_names_version_data_folder_and_licences(window: Any, qtbot: Any,
                                                        ctx: Any) -> None:
    seen: list[str] = []

    def read_and_close() -> None:
        dlg = QApplication.activeModalWidget()
        seen.append(dlg.text.toPlainText())
        screenshot(dlg, "12b-tentang")
        dlg.reject()

    QTimer.singleShot(0, read_and_close)
    window.act_tentang.trigger()
    text = seen[0]
    assert __version__ in text and str(ctx.ws.paths.data_dir) in text
    assert "SQLAlchemy" in text and "MIT" in text and "LGPL" in text
