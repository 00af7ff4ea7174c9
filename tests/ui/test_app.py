"""Start-up, the first-start wizard, the crash dialog, language, shortcuts and the prompt
before discarding unsaved changes; Pengaturan and Sinkronisasi pages."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWizard
from sqlalchemy import func, select
from tests.ui.helpers import new_bawahan, screenshot, wait_ops

from asn_desktop.db.models import ChangeLog, Installation, Pegawai, Pengaturan, TahunKinerja
from asn_desktop.domain.organisasi import CapaianOrganisasi
from asn_desktop.paths import Paths
from asn_desktop.services import pengaturan
from asn_desktop.services.workspace import is_initialised
from asn_desktop.sync import lineage
from asn_desktop.ui import app as app_mod


def test_wizard_practice_workspace(qtbot: Any, tmp_path: Path, qapp: Any) -> None:
    from asn_desktop.ui.dialogs.wizard import FirstStartWizard

    paths = Paths(tmp_path / "baru")
    ws, wizard = app_mod.start(paths)
    assert ws is None and isinstance(wizard, FirstStartWizard)
    qtbot.addWidget(wizard)
    wizard.show()
    screenshot(wizard, "00-wizard")
    ready: list[Any] = []
    wizard.workspace_ready.connect(ready.append)
    assert wizard.intro.group.checkedId() == -1  # nothing chosen for the user
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.intro.group.button(2).setChecked(True)
    assert wizard.intro.choice() == "practice"
    wizard.next()
    assert wizard.currentPage() is wizard.practice
    wizard.practice.jumlah.setValue(30)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_ops(qtbot, 60000)
    assert ready and ready[0].is_central
    with ready[0].db.Session() as s:
        assert s.scalar(select(func.count(Pegawai.id))) >= 30
    ready[0].close()
    # practice data lives beside the real folder, which stays empty for the real start
    from asn_desktop.services import ruang_latihan

    practice = ruang_latihan.folder_latihan(paths)
    assert ready[0].paths.data_dir == practice.data_dir == tmp_path / "baru-latihan"
    assert is_initialised(practice) and not is_initialised(paths)
    assert ruang_latihan.saat_mulai(paths) == practice  # the next start opens it again
    ws2, _ = app_mod.start(ruang_latihan.saat_mulai(paths))
    assert ws2 is not None and ruang_latihan.adalah_latihan(ws2.paths)
    ws2.close()


def test_switch_between_practice_and_real_data(qtbot: Any, tmp_path: Path, qapp: Any,
                                               shown: Any) -> None:
    """Berkas → Buka ruang latihan makes the practice city beside the real folder and opens
    it; Kembali ke data sungguhan comes back, the real data untouched."""
    from PySide6.QtWidgets import QApplication

    from asn_desktop.services import ruang_latihan
    from asn_desktop.services.workspace import init_workspace
    from asn_desktop.ui.main_window import MainWindow

    real = Paths(tmp_path / "data")
    ws = init_workspace(real, "central", "BKPSDM Kota Serang")
    window = app_mod.open_main_window(ws)  # replaced on each switch, so not handed to qtbot
    assert not window.latihan and "ruang latihan" in window.act_latihan.text()

    def shown_window() -> MainWindow:
        found = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible()]
        assert len(found) == 1
        return found[0]

    shown.answers["angka"] = 20
    window.act_latihan.trigger()
    wait_ops(qtbot, 60000)
    qtbot.waitUntil(lambda: shown_window().latihan, timeout=60000)
    practice_window = shown_window()
    assert practice_window.findChild(QLabel, "tanda_latihan") is not None
    assert practice_window.ctx.ws.paths.data_dir == tmp_path / "data-latihan"
    assert ruang_latihan.berlatih(real)
    screenshot(practice_window, "00c-ruang-latihan")
    with practice_window.ctx.ws.db.Session() as s:
        assert s.scalar(select(func.count(Pegawai.id))) >= 20
    practice_window.act_latihan.trigger()
    qtbot.waitUntil(lambda: not shown_window().latihan, timeout=10000)
    back = shown_window()
    assert back.ctx.ws.paths.data_dir == real.data_dir and not ruang_latihan.berlatih(real)
    with back.ctx.ws.db.Session() as s:
        assert s.scalar(select(func.count(Pegawai.id))) == 0  # the real folder was not touched
    # and back again: the practice city is still there, no second question
    asked = len(shown.texts())
    back.act_latihan.trigger()
    qtbot.waitUntil(lambda: shown_window().latihan, timeout=10000)
    assert len(shown.texts()) == asked
    final = shown_window()
    final.close()
    final.ctx.ws.close()


def test_wizard_central_needs_a_name(qtbot: Any, tmp_path: Path) -> None:
    from asn_desktop.ui.dialogs.wizard import FirstStartWizard

    wizard = FirstStartWizard(Paths(tmp_path / "pusat"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.intro.group.button(0).setChecked(True)
    wizard.next()
    wizard.central.nama.setText("")
    wizard.next()
    assert wizard.currentPage() is wizard.central
    assert "wajib" in wizard.central.error.text()
    wizard.central.nama.setText("BKPSDM Kota Serang")
    ready: list[Any] = []
    wizard.workspace_ready.connect(ready.append)
    assert wizard.central.first_step() == "impor"  # the roster is where a real start begins
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_ops(qtbot)
    assert ready and ready[0].info.nama == "BKPSDM Kota Serang"
    assert wizard.first_step() == "impor"
    window = app_mod.open_main_window(ready[0], wizard.first_step())
    qtbot.addWidget(window)
    from asn_desktop.ui.dialogs.impor_pegawai import ImporPegawaiWizard

    assert window.page("pegawai").findChild(ImporPegawaiWizard) is not None
    home = window.page("beranda")
    home.refresh()
    wait_ops(qtbot)
    assert home.mulai.isVisibleTo(home)
    assert "<b>" in home.mulai.rows["pegawai"][0].text()  # not done yet
    wait_ops(qtbot)
    ready[0].close()


def test_excepthook_shows_crash_dialog(shown: Any) -> None:
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        app_mod.excepthook(*sys.exc_info())
    crash = [x for x in shown.items if x.kind == "crash"]
    assert crash and "tidak terduga" in crash[0].text
    assert "RuntimeError: boom" in crash[0].details


def test_shortcuts_and_unsaved_prompt(window: Any, qtbot: Any, ctx: Any, shown: Any) -> None:
    window.activateWindow()
    window.go("pegawai")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = window.page("pegawai")
    assert QApplication.focusWidget() is page.list.search
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.page("skp")
    pid, _ = new_bawahan(ctx.ws)
    window.go("skp", pid)
    skp = window.page("skp")
    skp.new()
    wait_ops(qtbot)
    skp.new_rhk(skp.editor.hasil.rhk_form.jenis)
    skp.editor.hasil.rhk_form.uraian.setText("RHK yang belum disimpan")
    assert skp.is_dirty()
    shown.answers["discard"] = "cancel"
    assert not window.go("beranda")
    assert window.stack.currentWidget() is skp
    shown.answers["discard"] = "discard"
    assert window.go("beranda")
    assert "discard" in shown.kinds()


def test_pengaturan_publishes_and_prepares_year(window: Any, qtbot: Any, ctx: Any) -> None:
    window.go("pengaturan")
    page = window.page("pengaturan")
    field = page.fields["tempat"]
    field.setText("Kota Serang")
    page.save()
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        assert '"Kota Serang"' in s.get(Pengaturan, "tempat").nilai
    screenshot(window, "09-pengaturan")
    # the distribution guidance is a table of rules: the ISTIMEWA ceiling from 70 % to 60 %
    panduan = page.fields["panduan_distribusi"]
    assert panduan.table.rowCount() >= 5
    assert panduan.cell(0, 0).currentData() == "ISTIMEWA"
    assert panduan.cell(0, 1).value() == ["Sangat Baik"]
    assert panduan.cell(0, 3).value() == 70 and panduan.cell(0, 2).text() == "—"
    assert panduan.cell(0, 5).text() == ""  # the generated sentence follows the numbers
    panduan.cell(0, 3).setValue(60)
    page.fields["jenis_unit_mandiri"].boxes["KELURAHAN"].setChecked(True)
    page.fields["kepala_daerah"].edits["nama"].setText("H. Contoh Nama, S.E.")
    page.save()
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        assert pengaturan.panduan_distribusi(s)[CapaianOrganisasi.ISTIMEWA][0].max_share == 0.6
        assert "60%" in pengaturan.panduan_distribusi(s)[CapaianOrganisasi.ISTIMEWA][0].text
        assert "KELURAHAN" in pengaturan.jenis_unit_mandiri(s)
        assert pengaturan.kepala_daerah(s) == {"nama": "H. Contoh Nama, S.E.",
                                               "jabatan": "Wali Kota Serang", "nip": ""}
    assert page.fields["panduan_distribusi"].cell(0, 3).value() == 60
    # a rule without a predikat is refused by the service, shown under the table, not stored
    row = panduan.add_rule("BAIK", {})
    panduan.cell(row, 3).setValue(50)
    page.save()
    wait_ops(qtbot)
    assert "predikat" in page.errors["panduan_distribusi"].text()
    with ctx.ws.db.Session() as s:
        assert len(pengaturan.panduan_distribusi(s)[CapaianOrganisasi.BAIK]) == 2
    panduan.table.selectRow(row)
    panduan.remove_button.click()
    assert not page.is_dirty()
    page.discard()
    page.tahun.setValue(2030)
    page.frekuensi.setCurrentIndex(page.frekuensi.findData("SEMESTERAN"))
    page.prepare_year()
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        assert s.scalars(select(TahunKinerja.frekuensi).where(
            TahunKinerja.tahun == 2030)).one() == "SEMESTERAN"
    assert "2030" in page.year_info.text()


def test_language_switch_to_english(window: Any, qtbot: Any, ctx: Any, qapp: Any) -> None:
    from asn_desktop.ui import i18n

    if not (i18n.translations_dir() / "asn_desktop_en.qm").exists():
        return
    opened: list[Any] = []
    ctx.restart_requested.connect(lambda: opened.append(True))
    window.go("pengaturan")
    page = window.page("pengaturan")
    page.bahasa.setCurrentIndex(page.bahasa.findData("en"))
    page.apply_language()
    wait_ops(qtbot)
    assert opened and ctx.ws.get_local("bahasa") == "en"
    assert i18n.install(qapp, "en") == "en"
    from asn_desktop.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    assert win.nav.item(0).text() == "Home"
    win.go("evaluasi")
    assert win.page("evaluasi").modes.tabText(0) == "Per employee"
    screenshot(win, "10-english-evaluasi")
    win.close()
    i18n.install(qapp, "id")


def test_font_size_setting_scales_text(window: Any, qtbot: Any, ctx: Any, qapp: Any) -> None:
    """Pengaturan → Ukuran huruf: stored on this computer, the window rebuilt larger."""
    from asn_desktop.ui import tampilan
    from asn_desktop.ui.app import apply_language
    from asn_desktop.ui.main_window import MainWindow

    opened: list[Any] = []
    ctx.restart_requested.connect(lambda: opened.append(True))
    before = qapp.font().pointSizeF()
    window.go("pengaturan")
    page = window.page("pengaturan")
    page.ukuran.setCurrentIndex(page.ukuran.findData(130))
    page.apply_font_size()
    wait_ops(qtbot)
    assert opened and ctx.ws.get_local(tampilan.SKALA_KEY) == "130"
    try:
        apply_language(qapp, ctx.ws)
        assert abs(qapp.font().pointSizeF() - before * 1.3) < 0.51
        assert tampilan.pt(10) == "13pt"
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        win.resize(1366, 728)
        win.show()
        win.go("evaluasi")
        assert win.page("evaluasi").font().pointSizeF() > before
        screenshot(win, "11-ukuran-huruf-130")
        win.go("pengaturan")
        assert win.page("pengaturan").ukuran.currentData() == 130
        win.close()
    finally:
        ctx.ws.set_local(tampilan.SKALA_KEY, "100")
        apply_language(qapp, ctx.ws)
    assert abs(qapp.font().pointSizeF() - before) < 0.01 and tampilan.pt(10) == "10pt"


def test_sinkronisasi_page_frame(window: Any, qtbot: Any) -> None:
    window.go("sinkronisasi")
    page = window.page("sinkronisasi")
    assert page.btn_export.isEnabled() and page.btn_import.isEnabled()
    assert page.status.text()


def test_wizard_unit_from_setup_package(qtbot: Any, tmp_path: Path, shown: Any) -> None:
    from asn_desktop.ui.dialogs.wizard import FirstStartWizard

    setup = tmp_path / "unit.asnsetup"
    setup.write_bytes(b"not a real package")
    wizard = FirstStartWizard(Paths(tmp_path / "unit"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.intro.group.button(1).setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.unit
    wizard.next()  # no file yet: stays, names the fault
    assert "berkas" in wizard.unit.error.text()
    wizard.unit.file.setText(str(setup))
    ready: list[Any] = []
    wizard.workspace_ready.connect(ready.append)
    wizard.button(QWizard.WizardButton.FinishButton).click()  # no code yet: stays, says so
    assert not ready and "Kode pendaftaran" in wizard.unit.error.text()
    wizard.unit.kode.setText("abcd-efgh-jkmn-pqrs")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_ops(qtbot)
    assert not ready and shown.texts("error")  # a damaged package is refused with a reason
    assert wizard.isVisible()
    assert not (tmp_path / "unit").exists()


def test_pengaturan_backup_then_restore_reopens_on_the_restored_data(
        demo_ws: Any, qtbot: Any, shown: Any, tmp_path: Path) -> None:
    from asn_desktop.ui.main_window import MainWindow

    window = app_mod.open_main_window(demo_ws)
    qtbot.addWidget(window)
    window.go("pengaturan")
    page = window.page("pengaturan")
    page.backup_to(tmp_path / "salinan.sqlite", sandi="sandi-cadangan-uji")
    wait_ops(qtbot)
    page.backup_button.setFocus()  # scrolls the section into view
    page.findChild(QScrollArea).ensureWidgetVisible(page.restore_button)
    screenshot(window, "09b-pengaturan-cadangan")
    assert any("Cadangan ditulis" in t for t in shown.texts("info"))
    with demo_ws.session() as s:
        count = s.scalar(select(func.count(Pegawai.id)))
        s.add(Pegawai(nip="199001012020121001", nama="Pegawai Setelah Cadangan"))
    page.restore_from(tmp_path / "salinan.sqlite")
    wait_ops(qtbot)
    assert shown.kinds().count("question") == 1  # asked before replacing anything
    assert any("dipulihkan" in t for t in shown.texts("info"))
    (new,) = [w for w in QApplication.topLevelWidgets()
              if isinstance(w, MainWindow) and w.isVisible()]
    qtbot.addWidget(new)
    assert new is not window and new.ctx.ws is not demo_ws
    with new.ctx.ws.db.Session() as s:
        assert s.scalar(select(func.count(Pegawai.id))) == count
    new.ctx.ws.close()


def test_pengaturan_backup_asks_a_passphrase_and_restore_puts_the_keys_back(
        ws: Any, qtbot: Any, shown: Any, tmp_path: Path) -> None:
    import shutil

    from asn_desktop.ui.main_window import MainWindow

    window = app_mod.open_main_window(ws)
    qtbot.addWidget(window)
    page = window.page("pengaturan")
    target = tmp_path / "salinan.sqlite"
    shown.answers["sandi"] = "pendek"  # too short: said, nothing written
    page.backup_to(target)
    wait_ops(qtbot)
    assert shown.kinds() == ["sandi", "warning"] and not target.exists()
    shown.items.clear()
    shown.answers["sandi"] = "sandi-cadangan-uji"
    page.backup_to(target)
    wait_ops(qtbot)
    assert shown.kinds() == ["sandi", "sandi", "info"] and target.exists()
    sign = (ws.paths.keys / "tanda-tangan.key").read_bytes()
    shutil.rmtree(ws.paths.keys)  # the keys are lost
    shown.items.clear()
    page.restore_from(target)
    wait_ops(qtbot)
    assert shown.kinds() == ["question", "sandi", "info"]
    assert any("Kunci instalasi dipulihkan" in t for t in shown.texts("info"))
    assert (ws.paths.keys / "tanda-tangan.key").read_bytes() == sign
    (new,) = [w for w in QApplication.topLevelWidgets()
              if isinstance(w, MainWindow) and w.isVisible()]
    qtbot.addWidget(new)
    new.ctx.ws.close()


def test_the_window_comes_back_where_it_was_closed(qtbot: Any, demo_ws: Any) -> None:
    from asn_desktop.ui.context import AppContext
    from asn_desktop.ui.main_window import MainWindow

    first = MainWindow(AppContext(demo_ws))
    qtbot.addWidget(first)
    assert first.width() <= 1280 and first.height() <= 800  # fits a 1366×768 screen
    wait_ops(qtbot)  # Beranda's figures in before it is shown, as a person finds it
    first.resize(760, 700)  # within the offscreen screen (restoring keeps a window on it)
    first.show()
    size = (first.width(), first.height())
    first.close()
    again = MainWindow(AppContext(demo_ws))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == size != (1280, 800)
    again.close()


def test_service_messages_follow_the_interface_language(window: Any, qtbot: Any, ctx: Any,
                                                        qapp: Any, shown: Any) -> None:
    """A refusal from the services reads in English when the interface is English, from the
    same catalogue as the widgets; the CLI's words stay as written."""
    from datetime import date

    from tests.ui.helpers import new_bawahan

    from asn_desktop import teks
    from asn_desktop.services import skp as ssvc
    from asn_desktop.services.workflow import Langkah
    from asn_desktop.ui import i18n

    pid, _ = new_bawahan(ctx.ws)
    with ctx.ws.session() as s:
        ssvc.create_skp(s, pid, date.today().year)  # no RHK: cannot be submitted
    if i18n.install(qapp, "en") != "en":
        return
    try:
        window.go("skp", pid)
        page = window.page("skp")
        page.editor.workflow.buttons[Langkah.AJUKAN].click()
        wait_ops(qtbot)
        assert "The SKP cannot be submitted yet:" in shown.texts("error")[-1]
        assert "There is no main work plan" in shown.texts("error")[-1]
    finally:
        i18n.install(qapp, "id")
    assert teks._("Belum ada rencana hasil kerja utama.") == "Belum ada rencana hasil kerja utama."


def test_a_real_workspace_beside_is_never_taken_for_practice(qtbot: Any, tmp_path: Path,
                                                             shown: Any) -> None:
    from asn_desktop.services import ruang_latihan
    from asn_desktop.services.workspace import init_workspace
    from asn_desktop.ui.context import AppContext
    from asn_desktop.ui.main_window import MainWindow

    real = Paths(tmp_path / "data")
    other = init_workspace(Paths(tmp_path / "data-latihan"), "central", "Data kantor lain")
    other.close()
    ws = init_workspace(real, "central", "BKPSDM")
    try:
        window = MainWindow(AppContext(ws))
        qtbot.addWidget(window)
        switched: list[bool] = []
        window.ctx.switch_requested.connect(switched.append)
        window.ganti_ruang()
        assert switched == [] and "bukan ruang latihan" in shown.texts("warning")[-1]
        assert not ruang_latihan.berlatih(real)
        assert not (tmp_path / "data-latihan-latihan").exists()
    finally:
        ws.close()


def test_an_older_data_file_put_back_by_hand_is_said_when_the_window_opens(
        demo_ws: Any, qtbot: Any, shown: Any, tmp_path: Path) -> None:
    from asn_desktop import paths as paths_mod
    from asn_desktop.services import jejak_kirim
    from asn_desktop.services.workspace import open_workspace

    if demo_ws.db.is_postgresql:
        pytest.skip("a central on a server has no data file to put back")
    paths = demo_ws.paths
    copy = demo_ws.db.backup_to(tmp_path / "lama.sqlite")
    with demo_ws.db.Session() as s:  # as if packages up to a later change had been sent
        sent = int(s.scalar(select(func.max(ChangeLog.seq))) or 0) + 5
        node = s.scalars(select(Installation.node_id)).one()
        chain = lineage.load(s.connection().connection.driver_connection)  # type: ignore[arg-type]
    demo_ws.close()
    (paths.data_dir / jejak_kirim.NAMA_BERKAS).write_text(json.dumps(
        {"node": node, "lineage": [x.inc for x in chain], "sent": sent}), encoding="utf-8")
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    copy.replace(paths.database)
    ws = open_workspace(paths_mod.resolve(paths.data_dir))
    try:
        window = app_mod.open_main_window(ws)
        qtbot.addWidget(window)
        assert any("lebih lama daripada yang terakhir dikirim" in t for t in shown.texts("info"))
    finally:
        ws.close()
