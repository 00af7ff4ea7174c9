"""The main window: navigation on the left, one page at a time on the right."""

from __future__ import annotations

import importlib
import logging
from html import escape
from typing import Any

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.ui import ikon, messages, operations
from asn_desktop.ui.context import ORGANISASI, PEGAWAI, SYNC, AppContext
from asn_desktop.ui.pages.base import Page
from asn_desktop.ui.tampilan import pt
from asn_desktop.ui.widgets.aksesibilitas import lengkapi
from asn_desktop.ui.widgets.common import UnitCombo, named
from asn_desktop.ui.widgets.tumpukan import PageStack, scrolling

GEOMETRY_KEY = "jendela"  # local setting: the main window's size and place on this computer
OTHERS_POLL_MS = 3000  # how often a window at a central on a server asks whether others wrote
log = logging.getLogger(__name__)

# key, module, class. Pages are built the first time they are shown.
PAGES: tuple[tuple[str, str, str], ...] = (
    ("beranda", "asn_desktop.ui.pages.beranda", "BerandaPage"),
    ("pegawai", "asn_desktop.ui.pages.pegawai", "PegawaiPage"),
    ("skp", "asn_desktop.ui.pages.skp", "SkpPage"),
    ("evaluasi", "asn_desktop.ui.pages.evaluasi", "EvaluasiPage"),
    ("log_harian", "asn_desktop.ui.pages.log_harian", "LogHarianPage"),
    ("umpan_balik", "asn_desktop.ui.pages.umpan_balik", "UmpanBalikPage"),
    ("sinkronisasi", "asn_desktop.ui.pages.sinkronisasi", "SinkronisasiPage"),
    ("cetak", "asn_desktop.ui.pages.cetak", "CetakPage"),
    ("pengaturan", "asn_desktop.ui.pages.pengaturan", "PengaturanPage"),
    # last, so the shortcuts people learnt keep their pages (Ctrl+0)
    ("organisasi", "asn_desktop.ui.pages.organisasi", "OrganisasiPage"),
    ("pemantauan", "asn_desktop.ui.pages.pemantauan", "PemantauanPage"),
    ("pelayanan", "asn_desktop.ui.pages.pelayanan", "PelayananPage"),
)



def _digit(index: int) -> int:
    """Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth page (later pages: Ctrl+Shift+1 …)."""
    return (index + 1) % 10


def _shortcut(index: int) -> str:
    return f"Ctrl+{_digit(index)}" if index < 10 else f"Ctrl+Shift+{_digit(index - 10)}"


NAV_STYLE = """
QListWidget#nav { background: #1f4e79; color: white; border: none; font-size: {nav};
                  outline: 0; }
QListWidget#nav::item { padding: 9px 14px; }
QListWidget#nav::item:selected { background: #ffffff; color: #1f4e79; font-weight: 600; }
QListWidget#nav::item:hover:!selected { background: #2d6297; }
QWidget#topbar { background: #eef3f8; border-bottom: 1px solid #c9d6e3; }
"""


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        from asn_desktop.services import ruang_latihan

        self.latihan = ruang_latihan.adalah_latihan(ctx.ws.paths)
        self.setWindowTitle(self.tr("Kinerja ASN Desktop — {0}").format(ctx.ws.info.nama))
        ikon.pasang(self)
        self._place()
        self._pages: dict[str, Page] = {}
        self._current = ""

        central = QWidget()
        central.setStyleSheet(NAV_STYLE.replace("{nav}", pt(11)))
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._topbar())
        body = QHBoxLayout()
        body.setSpacing(0)
        self.nav = named(QListWidget(), "nav")
        self.nav.setFixedWidth(190)
        self.nav.setIconSize(QSize(0, 0))
        for i, (key, _m, _c) in enumerate(PAGES):
            item = QListWidgetItem(self._nav_title(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(_shortcut(i))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._nav_clicked)
        body.addWidget(self.nav)
        self.stack = PageStack()
        body.addWidget(scrolling(self.stack), 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self._install_actions()
        ctx.navigate.connect(self.go)
        self.statusBar().showMessage(self._role_text())
        if ctx.ws.db.is_postgresql:
            # other staff at the same central: said in the status bar; F5 reads again
            self._others = QTimer(self)
            self._others.setInterval(OTHERS_POLL_MS)
            self._others.timeout.connect(self.check_others)
            self._others.start()
        self.go("beranda")

    def check_others(self) -> None:
        if self.ctx.ws.db.others_changed():
            self.statusBar().showMessage(self.tr(
                "Staf lain mengubah data pusat; tekan F5 untuk memuat ulang halaman ini."))

    def reload(self) -> None:
        self.page().reload()
        self.statusBar().showMessage(self._role_text())

    # -- chrome ----------------------------------------------------------------------------------

    def _nav_title(self, key: str) -> str:
        return {
            "beranda": self.tr("Beranda"),
            "pegawai": self.tr("Pegawai"),
            "organisasi": self.tr("Organisasi"),
            "skp": self.tr("SKP"),
            "evaluasi": self.tr("Evaluasi"),
            "log_harian": self.tr("Log Harian"),
            "umpan_balik": self.tr("Umpan Balik"),
            "sinkronisasi": self.tr("Sinkronisasi"),
            "cetak": self.tr("Cetak"),
            "pengaturan": self.tr("Pengaturan"),
            "pemantauan": self.tr("Pemantauan"),
            "pelayanan": self.tr("Pelayanan"),
        }[key]

    def _role_text(self) -> str:
        if self.ctx.is_central:
            return self.tr("Instalasi pusat (BKPSDM): semua unit")
        return self.tr("Instalasi unit: data unit sendiri; data induk hanya dapat dibaca")

    def _topbar(self) -> QWidget:
        bar = named(QWidget(), "topbar")
        lay = QHBoxLayout(bar)
        lay.setContentsMargins(14, 8, 14, 8)
        name = QLabel(f"<b>{escape(self.ctx.ws.info.nama)}</b>")
        name.setStyleSheet(f"font-size: {pt(12)};")
        lay.addWidget(name)
        role = QLabel(self.tr("Pusat") if self.ctx.is_central else self.tr("Unit"))
        role.setStyleSheet(
            "background: #1f4e79; color: white; border-radius: 8px; padding: 2px 8px;"
        )
        lay.addWidget(role)
        if self.latihan:
            practice = named(QLabel(self.tr("RUANG LATIHAN: data contoh, bukan data "
                                            "sungguhan")), "tanda_latihan")
            practice.setStyleSheet("background: #fff4ce; color: #6b4e00; border: 1px solid "
                                   "#c19c00; border-radius: 8px; padding: 2px 8px; "
                                   "font-weight: 600;")
            lay.addWidget(practice)
        lay.addStretch(1)
        self.unit_combo: UnitCombo | None = None
        if self.ctx.is_central:
            lay.addWidget(QLabel(self.tr("Tampilkan unit:")))
            combo = UnitCombo(all_text=self.tr("Semua unit"))
            combo.set_units(self.ctx.units())
            combo.unitChanged.connect(self.ctx.set_unit_filter)
            lay.addWidget(combo)
            self.unit_combo = combo
            self.ctx.changed.connect(self._units_changed)
        return bar

    def _units_changed(self, names: frozenset[str]) -> None:
        """The unit tree changed (Organisasi, a roster import, a package): new unit lists."""
        if self.unit_combo is not None and names & {ORGANISASI, PEGAWAI, SYNC}:
            self.unit_combo.set_units(self.ctx.units(), keep=self.ctx.unit_filter)

    def _install_actions(self) -> None:
        def act(text: str, keys: QKeySequence | QKeySequence.StandardKey | str,
                slot: Any) -> QAction:
            a = QAction(text, self)
            a.setShortcut(QKeySequence(keys))
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        self.act_save = act(self.tr("&Simpan"), QKeySequence.StandardKey.Save,
                            lambda: self.page().save())
        self.act_new = act(self.tr("&Baru"), QKeySequence.StandardKey.New,
                           lambda: self.page().new())
        self.act_find = act(self.tr("&Cari"), QKeySequence.StandardKey.Find,
                            lambda: self.page().focus_search())
        self.act_reload = act(self.tr("&Muat ulang"), "F5", self.reload)
        self.act_print = act(self.tr("&Cetak…"), QKeySequence.StandardKey.Print, self._print)
        self.act_quit = act(self.tr("&Keluar"), "Ctrl+Q", self.close)
        self.act_pages = [act(self._nav_title(key), _shortcut(i),
                              lambda _=False, k=key: self.go(k))
                          for i, (key, _m, _c) in enumerate(PAGES)]
        self.act_next = act(self.tr("Pegawai &berikutnya"), "Alt+PgDown",
                            lambda: self._step_pegawai(1))
        self.act_prev = act(self.tr("Pegawai s&ebelumnya"), "Alt+PgUp",
                            lambda: self._step_pegawai(-1))
        self.act_panduan = act(self.tr("&Panduan untuk halaman ini"),
                               QKeySequence.StandardKey.HelpContents, self.panduan)
        self.act_isi = act(self.tr("&Daftar isi panduan"), "Shift+F1",
                           lambda: self.panduan(isi_saja=True))
        self.act_latihan = QAction(self.tr("Kembali ke &data sungguhan") if self.latihan
                                   else self.tr("Buka &ruang latihan…"), self)
        self.act_latihan.triggered.connect(self.ganti_ruang)
        self.act_tentang = QAction(self.tr("&Tentang Kinerja ASN Desktop…"), self)
        self.act_tentang.triggered.connect(self.tentang)
        self._menus()

    def _menus(self) -> None:
        """The menu bar: every command also reachable by keyboard (Alt+letter)."""
        bar = self.menuBar()
        berkas = bar.addMenu(self.tr("&Berkas"))
        berkas.addAction(self.act_save)
        berkas.addAction(self.act_print)
        berkas.addSeparator()
        berkas.addAction(self.act_latihan)
        berkas.addSeparator()
        berkas.addAction(self.act_quit)
        halaman = bar.addMenu(self.tr("&Halaman"))
        for a in self.act_pages:
            halaman.addAction(a)
        halaman.addSeparator()
        for a in (self.act_new, self.act_find, self.act_reload, self.act_prev, self.act_next):
            halaman.addAction(a)
        bantuan = bar.addMenu(self.tr("Ba&ntuan"))
        bantuan.addAction(self.act_panduan)
        bantuan.addAction(self.act_isi)
        bantuan.addSeparator()
        bantuan.addAction(self.act_tentang)

    def ganti_ruang(self) -> None:
        """Between the practice workspace (made on first use) and the real data."""
        from asn_desktop.services import ruang_latihan
        from asn_desktop.services.workspace import is_initialised

        if any(p.is_dirty() for p in self._pages.values()):
            messages.info(self, self.tr("Simpan atau batalkan perubahan yang sedang dibuka "
                                        "terlebih dahulu."))
            return
        if self.latihan:
            self.ctx.switch_requested.emit(False)
            return
        practice = ruang_latihan.folder_latihan(self.ctx.ws.paths)
        if is_initialised(practice):
            if not ruang_latihan.adalah_latihan(practice):
                messages.warning(self, self.tr(
                    "Folder {0} berisi data yang bukan ruang latihan; ruang latihan tidak "
                    "dibuka di sana. Pindahkan atau ganti nama folder itu lebih dahulu.")
                    .format(practice.data_dir))
                return
            self.ctx.switch_requested.emit(True)
            return
        jumlah = messages.ask_number(
            self, self.tr("Ruang latihan"),
            self.tr("Ruang latihan dibuat di folder tersendiri di samping folder data; data "
                    "sungguhan tidak tersentuh.\nJumlah pegawai contoh:"), 200, 20, 5000)
        if jumlah is None:
            return
        from asn_desktop.ui.operations import Operation
        from asn_desktop.ui.ops import mulai

        def made(ws: object) -> None:
            ws.close()  # type: ignore[attr-defined]
            self.ctx.switch_requested.emit(True)

        Operation(self, mulai.latihan(self.ctx.ws.paths, self.tr("Ruang Latihan (data contoh)"),
                                      jumlah), label=self.tr("Membuat data contoh…"),
                  show_after_ms=0).success(made).failure(
            lambda exc: messages.show_error(self, exc)).run()

    def _step_pegawai(self, offset: int) -> None:
        """Alt+PgDown / Alt+PgUp: the next or previous employee of the page's list."""
        people = self.page().pegawai_list()
        if people is not None:
            people.step(offset)

    def panduan(self, isi_saja: bool = False) -> None:
        """F1: the Panduan at the section of the current page (one window, kept open)."""
        from asn_desktop.ui.bantuan.panduan import PanduanWindow

        window = getattr(self, "_panduan", None)
        if window is None:
            window = PanduanWindow(self)
            self._panduan = window
        if isi_saja:
            window.open_section("index.md")
        else:
            window.open_page(self._current)
        window.show()
        if QGuiApplication.platformName() != "offscreen":  # nothing to raise without a screen
            window.raise_()
            window.activateWindow()

    def tentang(self) -> None:
        from asn_desktop.ui.bantuan.tentang import TentangDialog

        ws = self.ctx.ws
        dlg = TentangDialog(str(ws.paths.data_dir), str(ws.paths.database), self._role_text(),
                            self)
        dlg.exec()

    def _print(self) -> None:
        """Ctrl+P: print from the page when it can, else open the Cetak page."""
        page = self.page()
        if hasattr(page, "print_"):
            page.print_()
        else:
            self.go("cetak")

    # -- pages -----------------------------------------------------------------------------------

    def page(self, key: str | None = None) -> Page:
        key = key or self._current
        page = self._pages.get(key)
        if page is None:
            for k, mod, cls in PAGES:
                if k == key:
                    page = getattr(importlib.import_module(mod), cls)(self.ctx)
                    break
            else:
                raise KeyError(key)
            lengkapi(page)  # every input named for a screen reader, labels as buddies
            self._pages[key] = page
            self.stack.addWidget(page)
        return page

    def go(self, key: str, arg: Any = None) -> bool:
        """Show page ``key`` (after asking about unsaved changes on the current one)."""
        if key != self._current and self._current and not self._may_leave(self.page()):
            self._select_nav(self._current)
            return False
        page = self.page(key)
        self._current = key
        self._select_nav(key)
        self.stack.setCurrentWidget(page)
        page.activate(arg)
        return True

    def _select_nav(self, key: str) -> None:
        for i in range(self.nav.count()):
            if self.nav.item(i).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(i)
                self.nav.blockSignals(False)

    def _nav_clicked(self, row: int) -> None:
        if row >= 0:
            self.go(self.nav.item(row).data(Qt.ItemDataRole.UserRole))

    def _may_leave(self, page: Page) -> bool:
        if not page.is_dirty():
            return True
        answer = messages.ask_unsaved(self, page.title())
        if answer == "cancel":
            return False
        if answer == "save":
            if not page.save():
                return False
            operations.wait_idle()
            return not page.is_dirty()
        page.discard()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self._pages.values():
            if not self._may_leave(page):
                event.ignore()
                return
        operations.wait_idle()
        try:  # this computer's own choice; never worth refusing to close over
            self.ctx.ws.set_local(GEOMETRY_KEY, bytes(self.saveGeometry().toBase64().data())
                                  .decode("ascii"))
        except Exception:
            log.warning("window geometry not saved", exc_info=True)
        event.accept()

    def _place(self) -> None:
        """Where the window was last closed on this computer; the first time, 1280×800 or
        less, so it fits the usable part of a 1366×768 office screen."""
        saved = self.ctx.ws.get_local(GEOMETRY_KEY)
        if saved and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            return
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        w = min(1280, room.width() - 20) if room is not None else 1280
        h = min(800, room.height() - 40) if room is not None else 800
        self.resize(max(w, 800), max(h, 560))
