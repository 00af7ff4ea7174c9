"""Pengaturan: the kop surat image chosen, refused when it is no PNG, saved and removed.
Evaluasi: a head of unit's rating hasil kerja follows the capaian of the unit they lead; the
Penilaian tab warns live while another rating is chosen and applies the rule on request."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QFileDialog, QPushButton
from sqlalchemy import select
from tests.ui.helpers import wait_ops

from asn_desktop.db.models import Evaluasi, Pegawai, Pengaturan
from asn_desktop.domain.organisasi import CapaianOrganisasi
from asn_desktop.domain.ratings import Rating
from asn_desktop.paths import Paths
from asn_desktop.services import evaluasi as eval_svc
from asn_desktop.services import pengaturan
from asn_desktop.services.workflow import Langkah
from asn_desktop.services.workspace import init_workspace

SHOTS = Path("/tmp")


def _kop_png(path: Path) -> bytes:
    """A letterhead as wide as a page: a blue emblem, two lines of text, a rule under them."""
    img = QImage(1600, 260, QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.fillRect(40, 30, 180, 200, QColor("#1f4e79"))
    font = p.font()
    font.setPixelSize(64)
    font.setBold(True)
    p.setFont(font)
    p.drawText(260, 110, "PEMERINTAH KOTA SERANG")
    font.setPixelSize(36)
    font.setBold(False)
    p.setFont(font)
    p.drawText(260, 180, "Jl. Jenderal Sudirman No. 5, Serang, Banten")
    p.fillRect(40, 240, 1520, 8, QColor("black"))
    p.end()
    assert img.save(str(path))
    return path.read_bytes()


def _choose(qtbot: Any, monkeypatch: Any, field: Any, path: Path) -> None:
    """Click "Pilih gambar…" and pick ``path`` in the file dialog."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_a, **_k: (str(path), "Gambar PNG (*.png)"))
    qtbot.mouseClick(field.findChild(QPushButton, "pilih_gambar"), Qt.MouseButton.LeftButton)


def _stored(ws: Any, key: str) -> bytes | None:
    with ws.read_session() as s:
        return pengaturan.gambar(s, key)


def test_kop_surat_chosen_refused_saved_and_removed(window: Any, qtbot: Any, ctx: Any,
                                                    tmp_path: Path, monkeypatch: Any,
                                                    shown: Any) -> None:
    window.go("pengaturan")
    page = window.page("pengaturan")
    field = page.fields[pengaturan.KOP_SURAT]
    assert field.objectName() == "gambar_kop_surat" and field.isEnabled()
    assert page.fields[pengaturan.LAMBANG].objectName() == "gambar_lambang_dokumen"
    assert field.preview.text() == "tanpa gambar" and not field.remove_button.isEnabled()

    # a file that is no PNG: the service's reason under the field, nothing stored
    bukan = tmp_path / "kop.png"
    bukan.write_bytes(b"GIF89a bukan gambar PNG")
    _choose(qtbot, monkeypatch, field, bukan)
    assert page.is_dirty()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    error = page.errors[pengaturan.KOP_SURAT]
    assert error.isVisible() and "bukan gambar PNG" in error.text()
    assert shown.texts("error") == []  # said at the field, no box, no traceback
    assert _stored(ctx.ws, pengaturan.KOP_SURAT) is None
    with ctx.ws.db.Session() as s:
        assert s.get(Pengaturan, pengaturan.KOP_SURAT) is None

    # a real PNG: previewed, the refusal gone, stored on Simpan
    png = _kop_png(tmp_path / "kop-serang.png")
    _choose(qtbot, monkeypatch, field, tmp_path / "kop-serang.png")
    assert not error.isVisible()
    assert not field.preview.pixmap().isNull() and field.preview.pixmap().width() <= 560
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    assert not error.isVisible()
    assert _stored(ctx.ws, pengaturan.KOP_SURAT) == png
    assert _stored(ctx.ws, pengaturan.LAMBANG) is None  # the other image untouched
    assert not page.is_dirty() and field.remove_button.isEnabled()
    page.shared.parentWidget().parentWidget().parentWidget().ensureWidgetVisible(field)
    qtbot.wait(50)
    assert window.grab().save(str(SHOTS / "shot_pengaturan_kop.png"))
    assert field.parentWidget().grab().save(str(SHOTS / "shot_pengaturan_kop_field.png"))

    # a file that cannot be read, or one far too big: said under the field, image kept
    _choose(qtbot, monkeypatch, field, tmp_path / "tidak-ada.png")
    assert "tidak dapat dibaca" in field.error.text() and not page.is_dirty()
    besar = tmp_path / "besar.png"
    besar.write_bytes(b"\0" * (2 * 1024 * 1024))
    _choose(qtbot, monkeypatch, field, besar)
    assert "paling besar" in field.error.text() and not page.is_dirty()
    # a logo-shaped picture is no kop surat
    _kop_png(tmp_path / "kop-serang.png")
    from PIL import Image

    Image.new("RGB", (300, 300), "white").save(tmp_path / "persegi.png")
    _choose(qtbot, monkeypatch, field, tmp_path / "persegi.png")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    assert "melebar" in error.text() and _stored(ctx.ws, pengaturan.KOP_SURAT) == png
    _choose(qtbot, monkeypatch, field, tmp_path / "kop-serang.png")
    assert not page.is_dirty()

    # removed: back to no kop surat
    qtbot.mouseClick(field.remove_button, Qt.MouseButton.LeftButton)
    assert field.preview.text() == "tanpa gambar" and page.is_dirty()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    assert _stored(ctx.ws, pengaturan.KOP_SURAT) is None
    assert field.preview.text() == "tanpa gambar" and not page.is_dirty()


def test_images_are_read_only_on_a_unit(qtbot: Any, tmp_path: Path) -> None:
    from asn_desktop.ui.context import AppContext
    from asn_desktop.ui.main_window import MainWindow

    ws = init_workspace(Paths(tmp_path / "unit"), "unit", "SD Negeri 1 Kota Serang")
    try:
        win = MainWindow(AppContext(ws))
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        win.go("pengaturan")
        page = win.page("pengaturan")
        for key in (pengaturan.KOP_SURAT, pengaturan.LAMBANG):
            field = page.fields[key]
            assert not field.isEnabled()
            assert not field.findChild(QPushButton, "pilih_gambar").isEnabled()
        assert not page.save_button.isVisible() and not page.is_dirty()
        win.close()
        wait_ops(qtbot)
    finally:
        ws.close()


def _head_draft(ws: Any) -> tuple[str, str, str]:
    """A head of unit's draft evaluation that follows its unit's capaian: (pegawai, unit,
    evaluasi)."""
    with ws.db.Session() as s:
        row = s.execute(
            select(Evaluasi.pegawai_id, Pegawai.unit_id, Evaluasi.id)
            .join(Pegawai, Pegawai.id == Evaluasi.pegawai_id)
            .where(Pegawai.pimpinan_unit.is_(True), Pegawai.aktif.is_(True),
                   Evaluasi.status == "DRAFT", Evaluasi.deleted.is_(False),
                   Evaluasi.capaian_organisasi.is_(None))
            .order_by(Pegawai.nama, Evaluasi.periode_kode)).first()
    assert row is not None, "the demo has no head of unit with a draft evaluation"
    return row[0], row[1], row[2]


def _pick(qtbot: Any, group: Any, rating: Rating) -> None:
    """Click a rating where a person does: on its circle (a radio button's empty right part
    takes no click)."""
    b = group.buttons[rating]
    qtbot.mouseClick(b, Qt.MouseButton.LeftButton, pos=QPoint(8, b.height() // 2))
    assert b.isChecked()


def _open(window: Any, pegawai_id: str, periode_kode: str) -> Any:
    window.go("evaluasi", pegawai_id)
    page = window.page("evaluasi")
    page.periode.setCurrentIndex(page.periode.findData(periode_kode))
    assert page.view is not None and page.periode_kode() == periode_kode
    page.editor.tabs.setCurrentWidget(page.editor.penilaian)
    return page


def test_head_of_unit_rating_warns_and_applies_the_rule(window: Any, qtbot: Any,
                                                       ctx: Any) -> None:
    pegawai_id, unit_id, evaluasi_id = _head_draft(ctx.ws)
    with ctx.ws.session() as s:
        e = s.get_one(Evaluasi, evaluasi_id)
        kode, tahun = e.periode_kode, int(e.periode_kode[:4])
        eval_svc.set_capaian_unit(s, unit_id, kode, CapaianOrganisasi.ISTIMEWA)
        eval_svc.set_ratings(s, evaluasi_id, Rating.DI_ATAS_EKSPEKTASI, None)
    window.go("evaluasi", pegawai_id)
    window.page("evaluasi").tahun.setValue(tahun)
    page = _open(window, pegawai_id, kode)
    pen = page.editor.penilaian
    assert page.view.rating_pimpinan is Rating.DI_ATAS_EKSPEKTASI
    warning = pen.findChild(type(pen.peringatan_pimpinan), "peringatan_pimpinan")
    button = pen.findChild(QPushButton, "terapkan_aturan_pimpinan")
    assert not warning.isVisible() and not button.isVisible()  # the stored rating follows it

    # another rating: warned at once, with the rule's rating named
    _pick(qtbot, pen.hasil, Rating.SESUAI_EKSPEKTASI)
    assert warning.isVisible() and button.isVisible()
    text = warning.text()
    assert "memimpin unitnya" in text and "ISTIMEWA" in text
    assert "(Di Atas Ekspektasi), bukan Sesuai Ekspektasi" in text
    _pick(qtbot, pen.perilaku, Rating.SESUAI_EKSPEKTASI)
    assert warning.isVisible()
    qtbot.wait(50)  # the layout settles before the picture
    assert pen.grab().save(str(SHOTS / "shot_penilaian_peringatan.png"))
    assert window.grab().save(str(SHOTS / "shot_penilaian_peringatan_window.png"))

    # the rule applied: its rating chosen, the warning gone, the predikat follows; saved
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert pen.hasil.value() is Rating.DI_ATAS_EKSPEKTASI
    assert not warning.isVisible() and not button.isVisible()
    assert pen.predikat.text() == "Baik"
    assert page.is_dirty()
    qtbot.mouseClick(page.editor.btn_simpan, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        e = s.get_one(Evaluasi, evaluasi_id)
        assert (e.rating_hasil_kerja, e.rating_perilaku_kerja) == (
            "DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI")
    assert not warning.isVisible()

    # a capaian chosen on the form moves the rule with it (before anything is saved)
    pen.capaian.setCurrentIndex(pen.capaian.findData(CapaianOrganisasi.BAIK.value))
    assert warning.isVisible() and "BAIK" in warning.text()
    assert "(Sesuai Ekspektasi), bukan Di Atas Ekspektasi" in warning.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert pen.hasil.value() is Rating.SESUAI_EKSPEKTASI and not warning.isVisible()
    pen.capaian.setCurrentIndex(0)  # back to the unit's (ISTIMEWA)
    _pick(qtbot, pen.hasil, Rating.DI_ATAS_EKSPEKTASI)
    assert not warning.isVisible()

    # saved departing and approved: the locked evaluation still says so, without the button
    _pick(qtbot, pen.hasil, Rating.DI_BAWAH_EKSPEKTASI)
    qtbot.mouseClick(page.editor.btn_simpan, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        assert s.get_one(Evaluasi, evaluasi_id).rating_hasil_kerja == "DI_BAWAH_EKSPEKTASI"
    assert warning.isVisible() and button.isVisible()
    for step in (Langkah.AJUKAN, Langkah.SETUJUI):
        qtbot.mouseClick(page.editor.workflow.buttons[step], Qt.MouseButton.LeftButton)
        wait_ops(qtbot)
    assert page.view.terkunci
    assert warning.isVisible() and "bukan Di Bawah Ekspektasi" in warning.text()
    assert not button.isVisible()
    assert warning.text() == eval_svc.peringatan_pimpinan(page.view)


def test_unit_kop_surat_image_on_organisasi(window: Any, qtbot: Any, ctx: Any,
                                            tmp_path: Path) -> None:
    from asn_desktop.db.models import OrgUnit

    window.go("organisasi")
    page = window.page("organisasi")
    f = page.form
    unit_id = page.current_id()
    assert unit_id is not None
    assert f.btn_logo.text() == "Pilih gambar kop…" and f.btn_no_logo.text() == "Hapus gambar kop"
    assert f.logo_hint.isVisible() and "kop surat dari Pengaturan" in f.logo_hint.text()
    png = _kop_png(tmp_path / "kop-unit.png")
    f.set_logo_file(tmp_path / "kop-unit.png")
    assert not f.logo.pixmap().isNull()
    qtbot.mouseClick(page.btn_save, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        assert s.get_one(OrgUnit, unit_id).logo_png == png
    assert window.grab().save(str(SHOTS / "shot_organisasi_kop.png"))
    qtbot.mouseClick(f.btn_no_logo, Qt.MouseButton.LeftButton)
    assert f.logo.text() == "tanpa kop"
    qtbot.mouseClick(page.btn_save, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        assert s.get_one(OrgUnit, unit_id).logo_png is None
    assert f.logo.text() == "tanpa kop"
