"""Pegawai: instant search and filters over every employee; detail with atasan and bawahan;
add and edit (central only; read-only on a unit)."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.dates import format_tanggal
from asn_desktop.domain.nip import format_nip_grouped
from asn_desktop.domain.pegawai_status import StatusKepegawaian
from asn_desktop.services import pegawai as svc
from asn_desktop.services import siklus_pegawai as siklus
from asn_desktop.ui import context as c
from asn_desktop.ui import messages
from asn_desktop.ui.dialogs.pegawai_terhapus import PegawaiTerhapusDialog
from asn_desktop.ui.i18n import label
from asn_desktop.ui.models.pegawai_model import jenis_label
from asn_desktop.ui.ops import pegawai as ops
from asn_desktop.ui.pages.base import Page
from asn_desktop.ui.widgets.common import heading, hint
from asn_desktop.ui.widgets.pegawai_list import PegawaiList


class PegawaiDetailPanel(QWidget):
    """Who the employee is, their atasan and their bawahan (each a click away)."""

    def __init__(self, page: PegawaiPage) -> None:
        super().__init__()
        self.page = page
        self.setMinimumWidth(260)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 0, 0, 0)
        self.nama = heading("")
        self.nama.setWordWrap(True)
        lay.addWidget(self.nama)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.fields: dict[str, QLabel] = {}
        for key, text in (
            ("nip", self.tr("NIP / NI PPPK")),
            ("status", self.tr("Status / Gol.")),
            ("jabatan", self.tr("Jabatan")),
            ("jenis", self.tr("Jenis jabatan")),
            ("unit", self.tr("Unit kerja")),
            ("lahir", self.tr("Tanggal lahir")),
            ("jk", self.tr("Jenis kelamin")),
            ("predikat", self.tr("Predikat tahunan")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"detail_{key}")
            self.fields[key] = value
            form.addRow(text + ":", value)
        lay.addLayout(form)
        lay.addWidget(QLabel("<b>" + self.tr("Atasan langsung") + "</b>"))
        self.atasan = QLabel()
        self.atasan.setObjectName("detail_atasan")
        self.atasan.setWordWrap(True)
        self.atasan.linkActivated.connect(lambda _href: self._open_atasan())
        lay.addWidget(self.atasan)
        self.bawahan_label = QLabel()
        lay.addWidget(self.bawahan_label)
        self.bawahan = QListWidget()
        self.bawahan.setObjectName("detail_bawahan")
        self.bawahan.setWordWrap(True)
        self.bawahan.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.bawahan.itemActivated.connect(self._open_bawahan)
        self.bawahan.itemDoubleClicked.connect(self._open_bawahan)
        lay.addWidget(self.bawahan, 1)
        lay.addWidget(QLabel("<b>" + self.tr("Riwayat penempatan") + "</b>"))
        self.riwayat = QListWidget()
        self.riwayat.setObjectName("detail_riwayat")
        self.riwayat.setWordWrap(True)
        self.riwayat.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lay.addWidget(self.riwayat, 1)
        row = QHBoxLayout()
        self.btn_skp = QPushButton(self.tr("Buka SKP"))
        self.btn_skp.clicked.connect(lambda: self._go("skp"))
        self.btn_eval = QPushButton(self.tr("Buka evaluasi"))
        self.btn_eval.clicked.connect(lambda: self._go("evaluasi"))
        row.addWidget(self.btn_skp)
        row.addWidget(self.btn_eval)
        lay.addLayout(row)
        self.detail: svc.PegawaiDetail | None = None
        self.show_detail(None)

    def show_detail(self, d: svc.PegawaiDetail | None) -> None:
        self.detail = d
        enabled = d is not None
        for w in (self.btn_skp, self.btn_eval):
            w.setEnabled(enabled)
        if d is None:
            self.nama.setText(self.tr("Pilih pegawai di daftar"))
            for f in self.fields.values():
                f.setText("")
            self.atasan.setText("")
            self.bawahan_label.setText("")
            self.bawahan.clear()
            self.riwayat.clear()
            return
        r = d.row
        status = StatusKepegawaian(r.status) if r.status in ("PNS", "PPPK") else None
        self.nama.setText(r.nama if d.aktif else self.tr("{0} (berhenti)").format(r.nama))
        self.fields["nip"].setText(format_nip_grouped(r.nip, status or StatusKepegawaian.PNS))
        self.fields["status"].setText(f"{r.status} · {r.golongan}")
        self.fields["jabatan"].setText(r.jabatan)
        self.fields["jenis"].setText(jenis_label(r.jenis_jabatan)
                                     + (self.tr(" (pimpinan unit)") if d.pimpinan_unit else ""))
        self.fields["predikat"].setText(", ".join(
            f"{y}: {label(v)}" for y, v in d.predikat_tahunan.items()) or "—")
        self.fields["unit"].setText(r.unit_lengkap + (
            self.tr(" (TMT {0})").format(format_tanggal(d.tmt_unit)) if d.tmt_unit else ""))
        if not d.aktif:
            self.fields["status"].setText(self.tr("{0} · berhenti: {1}, {2}").format(
                r.status, d.alasan_berhenti_label,
                format_tanggal(d.tanggal_berhenti) if d.tanggal_berhenti else "—"))
        self.fields["lahir"].setText(format_tanggal(d.tanggal_lahir) if d.tanggal_lahir else "—")
        self.fields["jk"].setText(self.tr("Laki-laki") if d.jenis_kelamin == "L"
                                  else self.tr("Perempuan"))
        if d.atasan is not None:
            self.atasan.setText(f"<a href='atasan'>{escape(d.atasan.nama)}</a> — "
                                f"{escape(d.atasan.jabatan)}")
        else:
            self.atasan.setText(self.tr("(tidak ada)"))
        self.bawahan_label.setText("<b>" + self.tr("Bawahan ({0})").format(len(d.bawahan))
                                   + "</b>")
        self.bawahan.clear()
        for b in d.bawahan:
            item = QListWidgetItem(f"{b.nama} — {b.jabatan}")
            item.setData(Qt.ItemDataRole.UserRole, b.id)
            self.bawahan.addItem(item)
        self.riwayat.clear()
        pid = r.id
        for h in self.page.ctx.read(lambda s: siklus.riwayat_penempatan(s, pid)):
            when = format_tanggal(h.tmt) if h.tmt else "—"
            text = f"{when} · {h.peristiwa_label}: {h.unit_nama}"
            if h.jabatan:
                text += f" — {h.jabatan}"
            item = QListWidgetItem(text)
            tip = [text] + ([self.tr("Atasan: {0}").format(h.atasan_nama)] if h.atasan_nama
                            else []) + ([h.catatan] if h.catatan else [])
            item.setToolTip("\n".join(tip))
            self.riwayat.addItem(item)

    def _open_atasan(self) -> None:
        if self.detail is not None and self.detail.atasan is not None:
            self.page.show_pegawai(self.detail.atasan.id)

    def _open_bawahan(self, item: QListWidgetItem) -> None:
        self.page.show_pegawai(item.data(Qt.ItemDataRole.UserRole))

    def _go(self, key: str) -> None:
        if self.detail is not None:
            self.page.ctx.navigate.emit(key, self.detail.row.id)


class PegawaiPage(Page):
    key = "pegawai"

    def __init__(self, ctx: c.AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.watch(c.PEGAWAI, c.SYNC, c.ORGANISASI)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Pegawai"), 15))
        top.addStretch(1)
        self.btn_add = QPushButton(self.tr("Tambah pegawai (Ctrl+N)"))
        self.btn_add.setObjectName("tambah_pegawai")
        self.btn_add.clicked.connect(self.new)
        self.btn_edit = QPushButton(self.tr("Ubah…"))
        self.btn_edit.setObjectName("ubah_pegawai")
        self.btn_edit.clicked.connect(self.edit_current)
        self.btn_move = QPushButton(self.tr("Mutasi…"))
        self.btn_move.setObjectName("mutasi_pegawai")
        self.btn_move.setToolTip(self.tr("Pindahkan pegawai ke unit lain"))
        self.btn_move.clicked.connect(self.move_current)
        self.btn_delete = QPushButton(self.tr("Hapus"))
        self.btn_delete.setObjectName("hapus_pegawai")
        self.btn_delete.clicked.connect(self.delete_current)
        self.btn_import = QPushButton(self.tr("Impor dari Excel…"))
        self.btn_import.setObjectName("impor_pegawai")
        self.btn_import.setToolTip(self.tr("Tambah atau perbarui banyak pegawai sekaligus dari "
                                           "berkas .xlsx atau .csv"))
        self.btn_import.clicked.connect(self.import_roster)
        self.btn_stop = QPushButton(self.tr("Berhenti…"))
        self.btn_stop.setObjectName("berhenti_pegawai")
        self.btn_stop.setToolTip(self.tr("Catat pensiun, meninggal, pindah instansi atau "
                                         "diberhentikan"))
        self.btn_stop.clicked.connect(self.stop_current)
        self.btn_back = QPushButton(self.tr("Pulihkan"))
        self.btn_back.setObjectName("pulihkan_pegawai")
        self.btn_back.setToolTip(self.tr("Batalkan pencatatan berhenti"))
        self.btn_back.clicked.connect(self.bring_back_current)
        self.btn_deleted = QPushButton(self.tr("Terhapus…"))
        self.btn_deleted.setObjectName("pegawai_terhapus")
        self.btn_deleted.setToolTip(self.tr("Pegawai yang dihapus dari daftar; pulihkan bila "
                                            "terhapus keliru"))
        self.btn_deleted.clicked.connect(self.show_deleted)
        for b in (self.btn_add, self.btn_import, self.btn_edit, self.btn_move, self.btn_stop,
                  self.btn_back, self.btn_delete, self.btn_deleted):
            b.setVisible(ctx.can_edit_master)
            top.addWidget(b)
        lay.addLayout(top)
        if not ctx.can_edit_master:
            lay.addWidget(hint(self.tr("Data pegawai dikelola oleh BKPSDM (instalasi pusat); di "
                                       "sini hanya dapat dilihat. Perubahan datang melalui "
                                       "paket sinkronisasi.")))
        split = QSplitter()
        self.list = PegawaiList(ctx, with_departed=True)
        self.list.selected.connect(self._selected)
        self.list.activated.connect(lambda _r: self.edit_current())
        split.addWidget(self.list)
        self.detail = PegawaiDetailPanel(self)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([820, 340])
        lay.addWidget(split, 1)
        self._units_loaded = False

    def title(self) -> str:
        return self.tr("Pegawai")

    def _on_changed(self, names: frozenset[str]) -> None:
        if names & {c.ORGANISASI, c.SYNC}:
            self._units_loaded = False  # units may have been added, renamed or closed
        super()._on_changed(names)

    def refresh(self) -> None:
        super().refresh()
        if not self._units_loaded:
            self.list.set_units()
            self._units_loaded = True
        current = self.list.current()
        self.list.reload()
        if current is not None and self.list.select_id(current.id):
            return
        self.list.select_first()

    def activate(self, arg: Any = None) -> None:
        super().activate(arg)
        if arg == c.IMPOR_PEGAWAI:
            self.import_roster()
        elif isinstance(arg, str):
            self.show_pegawai(arg)

    def _selected(self, row: svc.PegawaiRow | None) -> None:
        if row is None:
            self._show(None)
            return
        self._show(self.ctx.read(lambda s: svc.detail(s, row.id)))

    def _show(self, d: svc.PegawaiDetail | None) -> None:
        self.detail.show_detail(d)
        for b in (self.btn_edit, self.btn_move, self.btn_delete):
            b.setEnabled(d is not None)
        self.btn_stop.setEnabled(d is not None and d.aktif)
        self.btn_back.setEnabled(d is not None and not d.aktif)

    def show_pegawai(self, pegawai_id: str) -> None:
        """Select the employee in the list when loaded, and show their detail either way."""
        if not self.list.select_id(pegawai_id):
            self.list.view.clearSelection()
            self._show(self.ctx.read(lambda s: svc.detail(s, pegawai_id)))

    # -- actions ---------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.list.focus_search()

    def new(self) -> None:
        if not self.ctx.can_edit_master:
            return
        from asn_desktop.ui.dialogs.pegawai_editor import PegawaiEditor

        dlg = PegawaiEditor(self.ctx, None, self)
        dlg.saved.connect(self._saved)
        dlg.open()

    def edit_current(self) -> None:
        d = self.detail.detail
        if d is None or not self.ctx.can_edit_master:
            return
        from asn_desktop.ui.dialogs.pegawai_editor import PegawaiEditor

        dlg = PegawaiEditor(self.ctx, d.row.id, self)
        dlg.saved.connect(self._saved)
        dlg.open()

    def move_current(self) -> None:
        d = self.detail.detail
        if d is None or not self.ctx.can_edit_master:
            return
        from asn_desktop.ui.dialogs.mutasi import MutasiDialog

        dlg = MutasiDialog(self.ctx, d, self)
        dlg.moved.connect(self._saved)
        dlg.open()

    def import_roster(self) -> None:
        if not self.ctx.can_edit_master:
            return
        from asn_desktop.ui.dialogs.impor_pegawai import ImporPegawaiWizard

        wiz = ImporPegawaiWizard(self.ctx, self)
        wiz.imported.connect(self.refresh)
        wiz.open()

    def stop_current(self) -> None:
        d = self.detail.detail
        if d is None or not d.aktif or not self.ctx.can_edit_master:
            return
        from asn_desktop.ui.dialogs.berhenti import BerhentiDialog

        dlg = BerhentiDialog(self.ctx, d, self)
        dlg.done_.connect(self._saved)
        dlg.open()

    def bring_back_current(self) -> None:
        d = self.detail.detail
        if d is None or d.aktif or not self.ctx.can_edit_master:
            return
        if not messages.confirm(self, self.tr("Pulihkan {0} sebagai pegawai aktif?")
                                .format(d.row.nama)):
            return
        nip, pid = d.row.nip, d.row.id
        ops.pulihkan(nip).success(lambda _r: self._saved(pid)).run(self.ctx, self)

    def _saved(self, pegawai_id: str) -> None:
        self.list.reload()
        self.show_pegawai(pegawai_id)

    def show_deleted(self) -> PegawaiTerhapusDialog:
        dlg = PegawaiTerhapusDialog(self.ctx, self)
        dlg.restored.connect(self._saved)
        dlg.open()
        return dlg

    def delete_current(self) -> None:
        d = self.detail.detail
        if d is None or not self.ctx.can_edit_master:
            return
        if not messages.confirm(
            self, self.tr("Hapus {0} dari daftar pegawai? Data SKP dan evaluasinya tetap "
                          "tersimpan; pegawai dapat dipulihkan lewat tombol Terhapus….")
            .format(d.row.nama)
        ):
            return
        pid = d.row.id
        ops.hapus(pid).success(lambda _r: self.refresh()).run(self.ctx, self)
