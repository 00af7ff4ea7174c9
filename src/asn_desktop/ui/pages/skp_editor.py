"""The SKP page's editor widgets: the panel that creates a missing SKP (pendekatan), the
"Hasil kerja" tab (RHK and indicator tree with the form of the selected item), and the editor
that holds the SKP's header, workflow bar, settings (pendekatan, periode, signers) and tabs,
plus the status chip and the tree's item roles. The page (pages/skp.py) fills them and acts on
their signals; the Hasil kerja tab opens the form of the tree item chosen. Class names are
kept, as Qt looks ``self.tr`` strings up by them."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.jabatan import (
    JenisRhk,
    Pendekatan,
)
from asn_desktop.services import skp as svc
from asn_desktop.services.pegawai import PegawaiRow
from asn_desktop.services.workflow import Langkah
from asn_desktop.ui.widgets.common import DATE_FORMAT, heading, hint, named
from asn_desktop.ui.widgets.skp_forms import IndikatorForm, RhkForm
from asn_desktop.ui.widgets.skp_tabs import LampiranTab, MatriksTab, PerilakuTab, RiwayatTable
from asn_desktop.ui.widgets.workflow_bar import WorkflowBar

if TYPE_CHECKING:
    from asn_desktop.ui.pages.skp import SkpPage

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1

STATUS_COLORS = {"DRAFT": "#8a6d00", "DIAJUKAN": "#1f4e79", "DISETUJUI": "#1b7a3a"}


def status_chip(status: str, text: str) -> str:
    color = STATUS_COLORS.get(status, "#555")
    return (f"<span style='background:{color}; color:white; padding:2px 8px;'>"
            f"&nbsp;{text}&nbsp;</span>")


class CreatePanel(QWidget):
    """No SKP yet for this employee and year: choose pendekatan and create it."""

    def __init__(self, page: SkpPage) -> None:
        super().__init__()
        self.page = page
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 24, 24, 24)
        self.title = heading("", 13)
        self.title.setWordWrap(True)
        lay.addWidget(self.title)
        lay.addWidget(QLabel(self.tr("Pilih pendekatan hasil kerja:")))
        self.group = QButtonGroup(self)
        self.kuant = QRadioButton(self.tr("Kuantitatif — indikator dengan target angka dan "
                                          "satuan (mis. 12 Dokumen)"))
        self.kuant.setObjectName("pendekatan_kuantitatif")
        self.kual = QRadioButton(self.tr("Kualitatif — ukuran keberhasilan dan target ditulis "
                                         "sebagai uraian"))
        self.kual.setObjectName("pendekatan_kualitatif")
        self.kuant.setChecked(True)
        for b in (self.kuant, self.kual):
            self.group.addButton(b)
            lay.addWidget(b)
        self.variant = hint("")
        lay.addWidget(self.variant)
        self.create_button = QPushButton(self.tr("Buat SKP (Ctrl+N)"))
        self.create_button.setObjectName("buat_skp")
        self.create_button.clicked.connect(page.new)
        row = QHBoxLayout()
        row.addWidget(self.create_button)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(1)

    def show_for(self, row: PegawaiRow, tahun: int, variant: str) -> None:
        self.title.setText(self.tr("{0} belum memiliki SKP tahun {1}.").format(row.nama, tahun))
        self.variant.setText(variant)

    def pendekatan(self) -> Pendekatan:
        return Pendekatan.KUALITATIF if self.kual.isChecked() else Pendekatan.KUANTITATIF


class HasilKerjaTab(QWidget):
    """RHK utama and tambahan with their indicators; the form of the selected item on the
    right."""

    def __init__(self, page: SkpPage) -> None:
        super().__init__()
        self.page = page
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_utama = QPushButton(self.tr("+ RHK utama"))
        self.add_utama.setObjectName("tambah_rhk_utama")
        self.add_tambahan = QPushButton(self.tr("+ RHK tambahan"))
        self.add_tambahan.setObjectName("tambah_rhk_tambahan")
        self.add_ind = QPushButton(self.tr("+ Indikator"))
        self.add_ind.setObjectName("tambah_indikator")
        self.up = QPushButton(self.tr("Naik"))
        self.down = QPushButton(self.tr("Turun"))
        self.delete = QPushButton(self.tr("Hapus"))
        self.delete.setObjectName("hapus_item")
        for b in (self.add_utama, self.add_tambahan, self.add_ind, self.up, self.down,
                  self.delete):
            bar.addWidget(b)
        bar.addStretch(1)
        lay.addLayout(bar)
        split = QSplitter()
        self.tree = QTreeWidget()
        self.tree.setObjectName("pohon_rhk")
        self.tree.setHeaderLabels([self.tr("Rencana hasil kerja / indikator"),
                                   self.tr("Target")])
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        hdr = self.tree.header()
        hdr.setStretchLastSection(False)
        hdr.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        hdr.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        split.addWidget(self.tree)
        self.forms = QStackedWidget()
        self.empty = hint(self.tr("Pilih RHK atau indikator di sebelah kiri, atau tambahkan "
                                  "RHK baru."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.rhk_form = RhkForm()
        self.ind_form = IndikatorForm()
        for w in (self.empty, self.rhk_form, self.ind_form):
            self.forms.addWidget(w)
        split.addWidget(self.forms)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([540, 360])
        lay.addWidget(split, 1)

    def open_item(self, item: QTreeWidgetItem | None, v: svc.SkpView | None,
                  options: list[svc.CascadeOption], atasan_has_skp: bool) -> None:
        """Show the form of a tree item (an RHK or an indicator) of ``v``, or the hint."""
        if item is None or v is None:
            self.forms.setCurrentWidget(self.empty)
            return
        kind, item_id = item.data(0, KIND_ROLE), item.data(0, ID_ROLE)
        if kind == "rhk":
            rhk = _find_rhk(v, item_id)
            self.rhk_form.load(v.form, rhk, JenisRhk.UTAMA, options, atasan_has_skp,
                               v.terkunci)
            self.forms.setCurrentWidget(self.rhk_form)
        elif kind == "indikator":
            found = _find_ind(v, item_id)
            if found:
                self.ind_form.load(v.form, found[0], found[1], v.terkunci)
                self.forms.setCurrentWidget(self.ind_form)
        else:
            self.forms.setCurrentWidget(self.empty)

    def selected_rhk(self, v: svc.SkpView | None) -> svc.RhkView | None:
        """The RHK of the current tree item (for an indicator, its RHK)."""
        item = self.tree.currentItem()
        if item is None:
            return None
        kind, item_id = item.data(0, KIND_ROLE), item.data(0, ID_ROLE)
        if kind == "rhk":
            return _find_rhk(v, item_id)
        if kind == "indikator":
            found = _find_ind(v, item_id)
            return found[0] if found else None
        return None


def _find_rhk(v: svc.SkpView | None, rhk_id: str) -> svc.RhkView | None:
    if v is None:
        return None
    return next((r for r in v.rhk if r.id == rhk_id), None)


def _find_ind(v: svc.SkpView | None, ind_id: str
              ) -> tuple[svc.RhkView, svc.IndikatorView] | None:
    if v is None:
        return None
    for r in v.rhk:
        for i in r.indikator:
            if i.id == ind_id:
                return r, i
    return None


class SkpEditor(QWidget):
    def __init__(self, page: SkpPage) -> None:
        super().__init__()
        self.page = page
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 0, 0, 0)
        head = QHBoxLayout()
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.who.setTextFormat(Qt.TextFormat.RichText)
        head.addWidget(self.who, 1)
        self.workflow = WorkflowBar({
            Langkah.AJUKAN: "ajukan", Langkah.KEMBALIKAN: "kembalikan",
            Langkah.SETUJUI: "setujui", Langkah.BUKA_KEMBALI: "buka_kembali"})
        self.btn_hapus = QPushButton(self.tr("Hapus SKP"))
        self.btn_hapus.setObjectName("hapus_skp")
        for b in (self.workflow, self.btn_hapus):
            head.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(head)
        lay.addWidget(self._settings_row())
        self.lock_banner = QLabel(self.tr("SKP ini sudah disetujui dan terkunci. Pilih \"Buka "
                                          "kembali\" (dengan alasan) untuk mengubahnya."))
        self.lock_banner.setToolTip(self.tr("Pembukaan kembali dan alasannya dicatat di "
                                            "riwayat."))
        self.lock_banner.setWordWrap(True)
        self.lock_banner.setStyleSheet("background: #e7f4ea; border: 1px solid #9bc9a7; "
                                       "padding: 6px;")
        lay.addWidget(self.lock_banner)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("background: #fff4e5; border: 1px solid #f0c36d; "
                                    "padding: 6px;")
        lay.addWidget(self.problems)
        self.tabs = QTabWidget()
        self.hasil = HasilKerjaTab(page)
        self.perilaku = PerilakuTab()
        self.lampiran = LampiranTab()
        self.matriks = MatriksTab()
        self.riwayat = RiwayatTable()
        self.tabs.addTab(self.hasil, self.tr("Hasil kerja"))
        self.tabs.addTab(self.perilaku, self.tr("Perilaku kerja"))
        self.tabs.addTab(self.lampiran, self.tr("Lampiran"))
        self.tabs.addTab(self.matriks, self.tr("Matriks peran-hasil"))
        self.tabs.addTab(self.riwayat, self.tr("Riwayat"))
        lay.addWidget(self.tabs, 1)


    def _settings_row(self) -> QWidget:
        """Pendekatan, periode and pejabat penilai of the SKP (editable while a draft)."""
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 4, 0, 4)
        v.setSpacing(4)
        row1 = QHBoxLayout()
        row1.addWidget(QLabel(self.tr("Pendekatan:")))
        self.pendekatan = named(QComboBox(), "ubah_pendekatan")
        self.pendekatan.addItem(self.tr("Kuantitatif"), Pendekatan.KUANTITATIF.value)
        self.pendekatan.addItem(self.tr("Kualitatif"), Pendekatan.KUALITATIF.value)
        row1.addWidget(self.pendekatan)
        row1.addSpacing(16)
        row1.addWidget(QLabel(self.tr("Periode:")))
        self.periode_mulai = named(QDateEdit(), "periode_mulai")
        self.periode_selesai = named(QDateEdit(), "periode_selesai")
        for d in (self.periode_mulai, self.periode_selesai):
            d.setCalendarPopup(True)
            d.setDisplayFormat(DATE_FORMAT)
        row1.addWidget(self.periode_mulai)
        row1.addWidget(QLabel(self.tr("s.d.")))
        row1.addWidget(self.periode_selesai)
        self.btn_periode = QPushButton(self.tr("Simpan periode"))
        self.btn_periode.setObjectName("simpan_periode")
        row1.addWidget(self.btn_periode)
        row1.addStretch(1)
        v.addLayout(row1)
        self.penilai, self.btn_penilai, self.btn_penilai_bawaan = self._signer_row(
            v, self.tr("Pejabat penilai:"), self.tr("Pilih penilai lain…"), "penilai_skp",
            "pilih_penilai", "penilai_bawaan")
        self.atasan_penilai, self.btn_atasan_penilai, self.btn_atasan_bawaan = (
            self._signer_row(v, self.tr("Atasan pejabat penilai:"),
                             self.tr("Pilih atasan penilai lain…"), "atasan_penilai_skp",
                             "pilih_atasan_penilai", "atasan_penilai_bawaan"))
        return box

    def _signer_row(self, into: QVBoxLayout, label: str, choose: str, name: str,
                    choose_name: str, default_name: str
                    ) -> tuple[QLabel, QPushButton, QPushButton]:
        """A signer of the SKP: who it is, and buttons to choose another or the default."""
        row = QHBoxLayout()
        row.addWidget(QLabel(label))
        who = QLabel()
        who.setObjectName(name)
        who.setWordWrap(True)
        row.addWidget(who, 1)
        btn_choose = QPushButton(choose)
        btn_choose.setObjectName(choose_name)
        btn_default = QPushButton(self.tr("Kembali ke bawaan"))
        btn_default.setObjectName(default_name)
        row.addWidget(btn_choose)
        row.addWidget(btn_default)
        into.addLayout(row)
        return who, btn_choose, btn_default

    def periode(self) -> tuple[date, date]:
        mulai, selesai = self.periode_mulai.date(), self.periode_selesai.date()
        return (date(mulai.year(), mulai.month(), mulai.day()),
                date(selesai.year(), selesai.month(), selesai.day()))

    def connect_to(self, page: SkpPage) -> None:
        """Wire the buttons, the tree and the forms to the page's actions."""
        e, h = self, self.hasil
        e.workflow.langkah.connect(page._langkah)
        e.btn_hapus.clicked.connect(page.hapus)
        e.pendekatan.activated.connect(lambda _i: page.ubah_pendekatan())
        e.btn_periode.clicked.connect(page.save_periode)
        e.btn_penilai.clicked.connect(page.pilih_penilai)
        e.btn_penilai_bawaan.clicked.connect(page.penilai_bawaan)
        e.btn_atasan_penilai.clicked.connect(page.pilih_atasan_penilai)
        e.btn_atasan_bawaan.clicked.connect(page.atasan_penilai_bawaan)
        h.add_utama.clicked.connect(lambda: page.new_rhk(JenisRhk.UTAMA))
        h.add_tambahan.clicked.connect(lambda: page.new_rhk(JenisRhk.TAMBAHAN))
        h.add_ind.clicked.connect(page.new_indikator)
        h.up.clicked.connect(lambda: page.move_rhk(-1))
        h.down.clicked.connect(lambda: page.move_rhk(1))
        h.delete.clicked.connect(page.delete_item)
        h.tree.currentItemChanged.connect(page._tree_changed)
        h.rhk_form.save_requested.connect(page.save_rhk)
        h.ind_form.save_requested.connect(page.save_indikator)
        e.perilaku.save_requested.connect(page.save_perilaku)
        e.lampiran.save_requested.connect(page.save_lampiran)
