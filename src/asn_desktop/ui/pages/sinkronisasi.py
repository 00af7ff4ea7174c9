"""Sinkronisasi: export changes to a folder or USB drive, import packages (file dialog or drag
and drop) with a cancellable progress dialog and a summary in Bahasa Indonesia (applied, already
imported, rejected and why), review conflicts side by side and keep one, an optional watched
inbox folder, and on the central the setup packages that enrol unit installations. A package
opened from outside the application (double-click: ui.buka_berkas) waits at the top until the
person receives it.
Everything goes through services.sync_service."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.db.sync_models import DOUBLE
from asn_desktop.services import sync_service as svc
from asn_desktop.sync.conflicts import TABLE_LABELS
from asn_desktop.sync.container import EXT_PACKAGE
from asn_desktop.teks import _
from asn_desktop.ui import context as c
from asn_desktop.ui import drives, messages
from asn_desktop.ui.ops import sinkronisasi as ops
from asn_desktop.ui.pages.base import Page
from asn_desktop.ui.tampilan import pt
from asn_desktop.ui.widgets.common import UnitCombo, heading, hint, named


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
        self.paket_siap: Path | None = None
        lay.addWidget(self._ready_box())
        row = QHBoxLayout()
        row.addWidget(self._send_box())
        row.addWidget(self._receive_box())
        if ctx.is_central:
            row.addWidget(self._invite_box())
        lay.addLayout(row)
        self.result = QLabel()
        self.result.setObjectName("hasil_sinkronisasi")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setStyleSheet("background: white; border: 1px solid #d5dde6; padding: 8px;")
        self.result.setVisible(False)
        lay.addWidget(self.result)
        split = QSplitter(Qt.Orientation.Vertical)
        self.peers = QTableWidget(0, 5)
        self.peers.setObjectName("tabel_instalasi")
        self.peers.setHorizontalHeaderLabels([
            self.tr("Instalasi"), self.tr("Status"), self.tr("Terakhir dikirim"),
            self.tr("Terakhir diterima"), self.tr("Belum dikirim / menunggu konfirmasi")])
        self.peers.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.peers.verticalHeader().setVisible(False)
        self.peers.horizontalHeader().setStretchLastSection(True)
        self.peers.setColumnWidth(0, 300)
        self.peers.setColumnWidth(2, 170)
        self.peers.setColumnWidth(3, 170)
        split.addWidget(self.peers)
        split.addWidget(self._conflict_box())
        split.setSizes([160, 320])
        lay.addWidget(split, 1)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _p: self.scan_inbox())

    # -- layout ----------------------------------------------------------------------------------

    def _send_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Kirim perubahan"))
        sl = QVBoxLayout(box)
        sl.addWidget(hint(
            self.tr("Simpan paket perubahan ke folder atau flashdisk, lalu serahkan ke unit "
                    "tujuannya.") if self.ctx.is_central else
            self.tr("Simpan paket perubahan ke folder atau flashdisk, lalu serahkan ke "
                    "BKPSDM.")))
        self.export_unit: UnitCombo | None = None
        if self.ctx.is_central:
            self.export_unit = UnitCombo(all_text=self.tr("Semua unit terdaftar"))
            self.export_unit.setObjectName("unit_tujuan")
            sl.addWidget(self.export_unit)
        self.full = named(QCheckBox(self.tr("Salinan lengkap (memulihkan instalasi)")),
                          "salinan_lengkap")
        sl.addWidget(self.full)
        self.btn_export = QPushButton(self.tr("Buat paket ke folder…"))
        self.btn_export.setObjectName("ekspor")
        self.btn_export.clicked.connect(lambda: self.export())
        # a flash drive that is plugged in: one click, no folder dialog
        self.btn_drive = QPushButton(self.tr("Buat paket ke flashdisk"))
        self.btn_drive.setObjectName("ekspor_flashdisk")
        self.drive_menu = QMenu(self.btn_drive)
        self.drive_menu.aboutToShow.connect(self._fill_drive_menu)
        self.btn_drive.setMenu(self.drive_menu)
        row = QHBoxLayout()
        row.addWidget(self.btn_export, 1)
        row.addWidget(self.btn_drive)
        sl.addLayout(row)
        self.btn_rotate = QPushButton(self.tr("Ganti kunci instalasi…"))
        self.btn_rotate.setObjectName("ganti_kunci")
        self.btn_rotate.setToolTip(self.tr(
            "Bila komputer ini atau cadangannya mungkin jatuh ke tangan orang lain: kunci baru "
            "diumumkan di paket berikutnya, penerima mengikutinya tanpa pendaftaran ulang."))
        self.btn_rotate.clicked.connect(lambda: self.rotate_keys())
        sl.addWidget(self.btn_rotate, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def rotate_keys(self) -> None:
        peer = self.tr("semua unit") if self.ctx.is_central else self.tr("BKPSDM")
        if not messages.confirm(self, self.tr(
                "Ganti kunci tanda tangan dan enkripsi instalasi ini?\n\nKunci baru diumumkan "
                "dengan tanda tangan kunci lama di paket berikutnya ke {0}; sesudah itu paket "
                "bertanda tangan kunci lama ditolak. Lembar yang sudah dicetak tetap dapat "
                "diverifikasi. Sesudahnya buat cadangan baru: cadangan lama masih memuat kunci "
                "lama.").format(peer), self.tr("Ganti kunci")):
            return
        ops.ganti_kunci().success(lambda r: self._show_text(r.ringkasan)).run(self.ctx, self)

    def _fill_drive_menu(self) -> None:
        self.drive_menu.clear()
        found = drives.removable_drives()
        for d in found:
            action = self.drive_menu.addAction(d.label)
            action.triggered.connect(lambda _=False, path=d.path: self.export(path))
        if not found:
            none = self.drive_menu.addAction(self.tr("Tidak ada flashdisk terpasang"))
            none.setEnabled(False)

    def _receive_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Terima paket"))
        rl = QVBoxLayout(box)
        rl.addWidget(hint(self.tr("Pilih berkas paket, atau seret berkasnya ke halaman ini.")))
        self.btn_import = QPushButton(self.tr("Buka paket…"))
        self.btn_import.setObjectName("impor")
        self.btn_import.clicked.connect(lambda: self.import_files())
        rl.addWidget(self.btn_import)
        rl.addWidget(QLabel(self.tr("Folder kotak masuk (opsional):")))
        irow = QHBoxLayout()
        self.inbox = named(QLineEdit(), "folder_kotak_masuk")
        self.inbox.setReadOnly(True)
        self.inbox.setPlaceholderText(self.tr("paket di folder ini diterima otomatis"))
        choose = QPushButton(self.tr("Pilih…"))
        choose.clicked.connect(lambda: self.choose_inbox())
        irow.addWidget(self.inbox, 1)
        irow.addWidget(choose)
        rl.addLayout(irow)
        return box

    def _ready_box(self) -> QFrame:
        """A package opened from outside the application (double-click, ``asn-desktop
        FILE.asnpkg``), waiting for the person to receive it: nothing is imported before."""
        box = named(QFrame(), "paket_siap")
        box.setStyleSheet("QFrame#paket_siap { background: #fff8e1; border: 1px solid #e0c36a; "
                          "border-radius: 4px; }")
        bl = QHBoxLayout(box)
        self.ready_text = QLabel()
        self.ready_text.setObjectName("teks_paket_siap")
        self.ready_text.setWordWrap(True)
        self.ready_text.setTextFormat(Qt.TextFormat.RichText)
        self.ready_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bl.addWidget(self.ready_text, 1)
        self.btn_ready = QPushButton(self.tr("Terima paket ini"))
        self.btn_ready.setObjectName("terima_paket_siap")
        self.btn_ready.clicked.connect(lambda: self.terima_paket_siap())
        self.btn_ready_cancel = QPushButton(self.tr("Batal"))
        self.btn_ready_cancel.setObjectName("batal_paket_siap")
        self.btn_ready_cancel.clicked.connect(lambda: self.batal_paket_siap())
        bl.addWidget(self.btn_ready)
        bl.addWidget(self.btn_ready_cancel)
        box.setVisible(False)
        self.ready_box = box
        return box

    def siapkan_paket(self, path: Path) -> None:
        """Show ``path`` ready to be received; the person confirms with "Terima paket ini"."""
        from asn_desktop.services import ruang_latihan

        self.paket_siap = path
        text = escape(self.tr("Paket {0} dibuka dari folder {1}. Pilih \"Terima paket ini\" "
                              "untuk menerimanya, atau Batal."), quote=False).format(
            f"<b>{escape(path.name)}</b>", escape(str(path.parent)))
        if ruang_latihan.adalah_latihan(self.ctx.ws.paths):
            text += "<br><b>" + escape(self.tr(
                "Yang terbuka sekarang ruang latihan: paket ini akan diterima ke data contoh, "
                "bukan ke data sungguhan. Untuk data sungguhan, pilih Batal, kembali ke data "
                "sungguhan (menu Berkas), lalu buka paketnya lagi.")) + "</b>"
        self.ready_text.setText(text)
        self.ready_box.setVisible(True)
        self.btn_ready.setDefault(True)
        self.btn_ready.setFocus()

    def terima_paket_siap(self) -> None:
        path = self.paket_siap
        self.batal_paket_siap()
        if path is not None:
            self.import_files([str(path)])

    def batal_paket_siap(self) -> None:
        self.paket_siap = None
        self.ready_box.setVisible(False)

    def _invite_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Daftarkan instalasi unit"))
        vl = QVBoxLayout(box)
        vl.addWidget(hint(self.tr("Buat paket penyiapan untuk satu unit. Berkasnya hanya "
                                  "terbuka dengan kode pendaftaran yang tampil sekali di sini: "
                                  "serahkan kode itu terpisah dari berkasnya.")))
        self.invite_unit = UnitCombo()
        self.invite_unit.setObjectName("unit_undangan")
        vl.addWidget(self.invite_unit)
        self.btn_invite = QPushButton(self.tr("Buat paket penyiapan…"))
        self.btn_invite.setObjectName("undang_unit")
        self.btn_invite.clicked.connect(lambda: self.invite())
        vl.addWidget(self.btn_invite)
        return box

    def _conflict_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Konflik yang perlu ditinjau"))
        cl = QVBoxLayout(box)
        split = QSplitter()
        self.conflict_list = QListWidget()
        self.conflict_list.setObjectName("daftar_konflik")
        self.conflict_list.setWordWrap(True)
        self.conflict_list.currentRowChanged.connect(self._show_conflict)
        split.addWidget(self.conflict_list)
        sides = QWidget()
        sd = QHBoxLayout(sides)
        sd.setContentsMargins(0, 0, 0, 0)
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
            lbl.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            lbl.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lbl.setStyleSheet("background: white; border: 1px solid #d5dde6; padding: 6px;")
            lbl.setMinimumHeight(80)
            col.addWidget(lbl, 1)
            col.addWidget(btn)
            sd.addLayout(col)
        self.keep_local.clicked.connect(lambda: self.resolve("local"))
        self.keep_remote.clicked.connect(lambda: self.resolve("incoming"))
        split.addWidget(sides)
        split.setSizes([420, 660])
        cl.addWidget(split)
        return box

    def title(self) -> str:
        return self.tr("Sinkronisasi")

    # -- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        if self.export_unit is not None:
            self.export_unit.set_units(self.ctx.units())
            # the top unit is the central's own: only units below it get an installation
            self.invite_unit.set_units([u for u in self.ctx.units() if u.depth > 0])
        folder = self.ctx.ws.get_local(ops.INBOX_KEY)
        self.inbox.setText(folder or "")
        if folder and Path(folder).is_dir() and folder not in self.watcher.directories():
            self.watcher.addPath(folder)
        ws = self.ctx.ws
        st = svc.status(ws)
        self.conflicts = svc.conflict_entries(svc.conflicts(ws))
        self.status.setText(st.ringkasan)
        self.peers.setRowCount(len(st.peers))
        for i, p in enumerate(st.peers):
            values = (f"{p.nama} ({p.kode})", _(svc.STATUS_LABEL.get(p.status, p.status)),
                      _when(p.terakhir_dikirim), _when(p.terakhir_diterima),
                      f"{p.belum_dikirim} / {p.menunggu_konfirmasi}")
            for col, text in enumerate(values):
                self.peers.setItem(i, col, QTableWidgetItem(text))
        self.conflict_list.clear()
        for e in self.conflicts:
            item = QListWidgetItem(e.baris.splitlines()[0])
            item.setToolTip(e.baris)
            self.conflict_list.addItem(item)
        if not self.conflicts:
            self.conflict_list.addItem(self.tr("Tidak ada konflik."))
        for b in (self.keep_local, self.keep_remote):
            b.setEnabled(False)
        if self.conflicts:
            self.conflict_list.setCurrentRow(0)
        else:
            self._show_conflict(-1)

    # -- export / import -------------------------------------------------------------------------

    def export(self, folder: str | None = None) -> None:
        if not folder:
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Pilih folder atau flashdisk tujuan"))
        if not folder:
            return
        kode = None
        unit_id = self.export_unit.unit_id() if self.export_unit is not None else None
        if unit_id:
            units = {u.id: u.kode for u in self.ctx.units()}
            kode = units.get(unit_id)
        ops.kirim(Path(folder), kode, self.full.isChecked()) \
            .success(lambda r: self._show_text(r.ringkasan)).run(self.ctx, self)

    def import_files(self, paths: list[str] | None = None) -> None:
        if not paths:
            paths, _filter = QFileDialog.getOpenFileNames(
                self, self.tr("Pilih paket sinkronisasi"), "",
                self.tr("Paket Kinerja ASN (*{0});;Semua berkas (*)").format(EXT_PACKAGE))
        if not paths:
            return
        ops.terima([Path(p) for p in paths]).success(self._show_import).run(self.ctx, self)

    def _show_import(self, s: ops.ImportSummary) -> None:
        parts = [self.tr("Diterapkan: {0} · sudah pernah diimpor: {1} · ditolak: {2}")
                 .format(len(s.diterapkan), len(s.sudah), len(s.ditolak))]
        parts += [r.ringkasan for r in s.diterapkan + s.sudah]
        parts += [self.tr("Paket {0} ditolak: {1}").format(f, why) for f, why in s.ditolak]
        self._show_text("\n".join(parts), error=bool(s.ditolak))

    def _show_text(self, text: str, error: bool = False) -> None:
        color = "#fdecea" if error else "white"
        self.result.setStyleSheet(f"background: {color}; border: 1px solid #d5dde6; "
                                  "padding: 8px;")
        self.result.setText(escape(text).replace("\n", "<br>"))
        self.result.setVisible(True)

    def invite(self, folder: str | None = None) -> None:
        unit_id = self.invite_unit.unit_id()
        units = {u.id: u for u in self.ctx.units()}
        if unit_id is None or unit_id not in units:
            return
        if not folder:
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Pilih folder untuk paket penyiapan"))
        if not folder:
            return
        ops.undang(units[unit_id].kode, Path(folder)).success(self._show_invite) \
            .run(self.ctx, self)

    def _show_invite(self, r: svc.InviteResult) -> None:
        """The file and, large and selectable, the code to give separately."""
        self.result.setStyleSheet("background: #fff8e1; border: 1px solid #e0c36a; "
                                  "padding: 8px;")
        self.result.setText(
            escape(self.tr("Paket penyiapan untuk {0} ({1}) ditulis ke {2}.").format(
                r.unit_nama, r.unit_kode, r.path))
            + "<br>" + escape(self.tr("Kode pendaftaran:"))
            + "<br><span style='font-family: monospace; font-size: " + pt(22)
            + "; font-weight: 600;'>"
            + escape(r.kode) + "</span><br>"
            + escape(self.tr(
                "Berikan kode ini kepada unit terpisah dari berkasnya: lewat telepon atau "
                "langsung, jangan dalam surel atau flashdisk yang sama. Berkas tanpa kode "
                "tidak dapat dibuka. Kode ini tidak disimpan; bila hilang, buat paket "
                "penyiapan baru.")))
        self.result.setVisible(True)

    def choose_inbox(self, folder: str | None = None) -> None:
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self,
                                                      self.tr("Pilih folder kotak masuk"))
        if not folder:
            return

        def done(_r: object) -> None:
            self.refresh()
            self.scan_inbox()

        ops.kotak_masuk(folder).success(done).run(self.ctx, self)

    def scan_inbox(self) -> None:
        folder = self.inbox.text()
        if not folder:
            return

        def done(r: svc.InboxResult) -> None:
            self._show_text(r.ringkasan, error=bool(r.ditolak))
            if r.menunggu:  # a file still being copied in: look again once it has settled
                QTimer.singleShot(int(ops.INBOX_SETTLE_SECONDS * 1500), self.scan_inbox)

        ops.periksa_kotak_masuk(Path(folder)).success(done).run(self.ctx, self)

    # -- conflicts -------------------------------------------------------------------------------

    def _show_conflict(self, row: int) -> None:
        ok = 0 <= row < len(self.conflicts)
        for b in (self.keep_local, self.keep_remote):
            b.setEnabled(ok)
        if not ok:
            self.local.setText("")
            self.remote.setText("")
            return
        entry = self.conflicts[row]
        k = entry.view

        def side(value: Any, asal: str, waktu: str, used: bool) -> str:
            mark = self.tr(" (dipakai sekarang)") if used else ""
            shown = "(kosong)" if value is None else str(value)
            return (f"<b>{escape(shown)}</b>{mark}<br><small>{escape(asal)} · "
                    f"{escape(waktu)}</small>")

        if entry.utuh:  # a new row held whole: its columns, kept or refused together
            cols = "<br>".join(
                f"{escape(m.kolom)}: <b>{escape(_shown(m.nilai_paket))}</b>"
                for m in entry.anggota)
            self.local.setText(escape(self.tr(
                "Baris ini belum berlaku di komputer ini. Memakai nilai di komputer ini "
                "berarti baris baru itu ditolak.")))
            self.remote.setText(f"{cols}<br><small>{escape(k.asal_paket)} · "
                                f"{escape(k.waktu_paket)}</small>")
            return
        if k.jenis == DOUBLE:  # one document made twice: which one stays
            what = escape(TABLE_LABELS.get(k.tabel, k.tabel))
            keep = escape(self.tr("dipakai bila dipilih; yang lain dihapus (dapat dipulihkan)"))
            self.local.setText(f"<b>{what} {escape(self.tr('yang dibuat di sini'))}</b><br>"
                               f"{keep}<br><small>{escape(k.asal_lokal)} · "
                               f"{escape(k.waktu_lokal)}</small>")
            self.remote.setText(f"<b>{what} {escape(self.tr('dari paket'))}</b><br>{keep}"
                                f"<br><small>{escape(k.asal_paket)} · "
                                f"{escape(k.waktu_paket)}</small>")
            return
        self.local.setText(side(k.nilai_lokal, k.asal_lokal, k.waktu_lokal,
                                k.pemenang == "local"))
        self.remote.setText(side(k.nilai_paket, k.asal_paket, k.waktu_paket,
                                 k.pemenang == "incoming"))

    def resolve(self, keep: str) -> None:
        row = self.conflict_list.currentRow()
        if not 0 <= row < len(self.conflicts):
            return
        ops.selesaikan_konflik(self.conflicts[row].view, keep) \
            .success(lambda _r: self.refresh()).run(self.ctx, self)

    # -- drag and drop ---------------------------------------------------------------------------

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        if e.mimeData().hasUrls():
            e.acceptProposedAction()

    def dropEvent(self, e: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in e.mimeData().urls() if u.isLocalFile()]
        if paths:
            e.acceptProposedAction()
            self.import_files(paths)


def _shown(value: Any) -> str:
    return "(kosong)" if value is None else str(value)


def _when(iso: str | None) -> str:
    if not iso:
        return "—"
    from datetime import datetime

    from asn_desktop.domain.dates import format_tanggal

    try:
        dt = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{format_tanggal(dt.date())} {dt:%H.%M}"
