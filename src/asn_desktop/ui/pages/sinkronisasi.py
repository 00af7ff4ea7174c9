"""Sinkronisasi: export changes to a folder or USB drive, import packages (file dialog or drag
and drop) with a cancellable progress dialog and a summary in Bahasa Indonesia, review conflicts
side by side, and an optional watched inbox folder. Built on services.sync_service."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.ui import adapters, messages
from asn_desktop.ui import context as c
from asn_desktop.ui.operations import OpContext
from asn_desktop.ui.pages.base import Page
from asn_desktop.ui.widgets.common import heading, hint

INBOX_KEY = "sync_inbox"


class SinkronisasiPage(Page):
    key = "sinkronisasi"

    def __init__(self, ctx: c.AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.watch(c.SYNC)
        self.setAcceptDrops(True)
        self.conflicts: list[Any] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.addWidget(heading(self.tr("Sinkronisasi"), 15))
        self.status = hint("")
        self.status.setObjectName("status_sinkronisasi")
        lay.addWidget(self.status)
        row = QHBoxLayout()
        send = QGroupBox(self.tr("Kirim perubahan"))
        sl = QVBoxLayout(send)
        sl.addWidget(hint(self.tr("Simpan paket perubahan ke folder atau flashdisk, lalu "
                                  "serahkan ke BKPSDM (atau ke unit).")))
        self.btn_export = QPushButton(self.tr("Buat paket ke folder…"))
        self.btn_export.setObjectName("ekspor")
        self.btn_export.clicked.connect(lambda: self.export())
        sl.addWidget(self.btn_export)
        row.addWidget(send)
        recv = QGroupBox(self.tr("Terima paket"))
        rl = QVBoxLayout(recv)
        rl.addWidget(hint(self.tr("Pilih berkas paket, atau seret berkasnya ke halaman ini.")))
        self.btn_import = QPushButton(self.tr("Buka paket…"))
        self.btn_import.setObjectName("impor")
        self.btn_import.clicked.connect(lambda: self.import_files())
        rl.addWidget(self.btn_import)
        row.addWidget(recv)
        inbox = QGroupBox(self.tr("Folder kotak masuk (opsional)"))
        il = QVBoxLayout(inbox)
        il.addWidget(hint(self.tr("Paket yang diletakkan di folder ini diterima otomatis.")))
        irow = QHBoxLayout()
        self.inbox = QLineEdit(objectName="folder_kotak_masuk")
        self.inbox.setReadOnly(True)
        choose = QPushButton(self.tr("Pilih…"))
        choose.clicked.connect(lambda: self.choose_inbox())
        irow.addWidget(self.inbox, 1)
        irow.addWidget(choose)
        il.addLayout(irow)
        row.addWidget(inbox)
        lay.addLayout(row)
        self.result = QLabel()
        self.result.setObjectName("hasil_sinkronisasi")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setStyleSheet("background: white; border: 1px solid #d5dde6; padding: 8px;")
        self.result.setVisible(False)
        lay.addWidget(self.result)
        conflicts = QGroupBox(self.tr("Konflik yang perlu ditinjau"))
        cl = QVBoxLayout(conflicts)
        split = QSplitter()
        self.conflict_list = QListWidget()
        self.conflict_list.setObjectName("daftar_konflik")
        self.conflict_list.currentRowChanged.connect(self._show_conflict)
        split.addWidget(self.conflict_list)
        sides = QWidget()
        sd = QHBoxLayout(sides)
        self.local = QLabel()
        self.remote = QLabel()
        self.keep_local = QPushButton(self.tr("Pakai nilai di komputer ini"))
        self.keep_local.setObjectName("pakai_lokal")
        self.keep_remote = QPushButton(self.tr("Pakai nilai dari paket"))
        self.keep_remote.setObjectName("pakai_paket")
        for side, lbl, btn in ((self.tr("Di komputer ini"), self.local, self.keep_local),
                               (self.tr("Dari paket"), self.remote, self.keep_remote)):
            col = QVBoxLayout()
            col.addWidget(QLabel(f"<b>{side}</b>"))
            lbl.setWordWrap(True)
            lbl.setStyleSheet("background: white; border: 1px solid #d5dde6; padding: 6px;")
            lbl.setMinimumHeight(80)
            col.addWidget(lbl, 1)
            col.addWidget(btn)
            sd.addLayout(col)
        self.keep_local.clicked.connect(lambda: self.resolve("local"))
        self.keep_remote.clicked.connect(lambda: self.resolve("remote"))
        split.addWidget(sides)
        split.setSizes([380, 700])
        cl.addWidget(split)
        lay.addWidget(conflicts, 1)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _p: self.scan_inbox())

    def title(self) -> str:
        return self.tr("Sinkronisasi")

    def refresh(self) -> None:
        super().refresh()
        folder = self.ctx.ws.get_local(INBOX_KEY)
        self.inbox.setText(folder or "")
        if folder and Path(folder).is_dir() and folder not in self.watcher.directories():
            self.watcher.addPath(folder)
        if not adapters.sync_available():
            self.status.setText(self.tr("Layanan sinkronisasi belum terpasang pada versi ini; "
                                        "halaman ini siap dipakai begitu tersedia."))
            self.conflict_list.clear()
            self.conflict_list.addItem(self.tr("Tidak ada konflik."))
            for b in (self.keep_local, self.keep_remote):
                b.setEnabled(False)
            return
        try:
            st = adapters.sync_status(self.ctx.ws)
            self.status.setText(adapters.describe(st))
            self.conflicts = adapters.sync_conflicts(self.ctx.ws)
        except Exception as exc:
            self.status.setText(messages.error_text(exc)[0])
            self.conflicts = []
        self.conflict_list.clear()
        for k in self.conflicts:
            self.conflict_list.addItem(QListWidgetItem(adapters.describe(k).splitlines()[0]))
        if not self.conflicts:
            self.conflict_list.addItem(self.tr("Tidak ada konflik."))
        for b in (self.keep_local, self.keep_remote):
            b.setEnabled(bool(self.conflicts))

    # -- export / import -------------------------------------------------------------------------

    def export(self, folder: str | None = None) -> None:
        if not folder:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder atau "
                                                                    "flashdisk tujuan"))
        if not folder:
            return
        ws = self.ctx.ws

        def work(op: OpContext) -> Any:
            return adapters.sync_export(ws, Path(folder), op.progress, op.cancelled)

        self.ctx.background(self, work, self._show_result, label=self.tr("Membuat paket…"),
                            cancellable=True, changes=[c.SYNC])

    def import_files(self, paths: list[str] | None = None) -> None:
        if not paths:
            paths, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Pilih paket sinkronisasi"), "",
                self.tr("Paket Kinerja ASN (*.asnpkg *.zip);;Semua berkas (*)"))
        if not paths:
            return
        ws = self.ctx.ws

        def work(op: OpContext) -> list[Any]:
            out = []
            for p in paths:
                op.check()
                out.append(adapters.sync_import(ws, Path(p), op.progress, op.cancelled))
            return out

        self.ctx.background(self, work, self._show_result, label=self.tr("Menerima paket…"),
                            cancellable=True, changes=[c.SYNC, c.PEGAWAI, c.SKP,
                                                       c.EVALUASI, c.LOG, c.UMPAN_BALIK])

    def _show_result(self, result: Any) -> None:
        self.result.setText(adapters.describe(result))
        self.result.setVisible(True)
        self.refresh()

    def choose_inbox(self, folder: str | None = None) -> None:
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder kotak "
                                                                    "masuk"))
        if not folder:
            return
        ws = self.ctx.ws
        self.ctx.background(self, lambda _c: ws.set_local(INBOX_KEY, folder),
                            lambda _r: self.refresh())

    def scan_inbox(self) -> None:
        folder = self.inbox.text()
        if not folder or not adapters.sync_available():
            return
        ws = self.ctx.ws
        self.ctx.background(self, lambda op: adapters.sync_inbox(ws, Path(folder), op.progress,
                                                                 op.cancelled),
                            self._show_result, changes=[c.SYNC, c.PEGAWAI, c.SKP, c.EVALUASI])

    # -- conflicts -------------------------------------------------------------------------------

    def _show_conflict(self, row: int) -> None:
        if not 0 <= row < len(self.conflicts):
            self.local.setText("")
            self.remote.setText("")
            return
        k = self.conflicts[row]
        self.local.setText(str(getattr(k, "nilai_lokal", getattr(k, "local_value", ""))))
        self.remote.setText(str(getattr(k, "nilai_paket", getattr(k, "remote_value", ""))))

    def resolve(self, keep: str) -> None:
        row = self.conflict_list.currentRow()
        if not 0 <= row < len(self.conflicts):
            return
        k, ws = self.conflicts[row], self.ctx.ws
        self.ctx.background(self, lambda _c: adapters.sync_resolve(ws, k, keep),
                            lambda _r: self.refresh(), changes=[c.SYNC])

    # -- drag and drop ---------------------------------------------------------------------------

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        if e.mimeData().hasUrls():
            e.acceptProposedAction()

    def dropEvent(self, e: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in e.mimeData().urls() if u.isLocalFile()]
        if paths:
            e.acceptProposedAction()
            self.import_files(paths)
