"""Pelayanan: a service unit's public service (Disdukcapil and any unit serving the public): the
daily register, complaints through their workflow, IKM surveys, the service catalogue and the
month's report. The unit and month chosen at the top hold for every tab."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.errors import NotFoundError
from asn_desktop.services import pelayanan as svc
from asn_desktop.services import pengaduan as adu
from asn_desktop.services.pelayanan_rekap import BULAN, rentang
from asn_desktop.teks import _
from asn_desktop.ui import context as c
from asn_desktop.ui.ops.pelayanan import PELAYANAN
from asn_desktop.ui.pages.base import Page
from asn_desktop.ui.widgets.common import UnitCombo, heading, hint, named
from asn_desktop.ui.widgets.pelayanan_ikm import IkmTab
from asn_desktop.ui.widgets.pelayanan_katalog import KatalogTab
from asn_desktop.ui.widgets.pelayanan_laporan import LaporanTab
from asn_desktop.ui.widgets.pelayanan_pengaduan import SEMUA, PengaduanTab
from asn_desktop.ui.widgets.pelayanan_register import RegisterTab
from asn_desktop.ui.widgets.pelayanan_umum import Pilihan


class PelayananPage(Page):
    key = "pelayanan"

    def __init__(self, ctx: c.AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.watch(PELAYANAN, c.SYNC, c.ORGANISASI, c.PEGAWAI, c.SETTINGS)
        self.units: list[tuple[str, str]] = []  # (id, nama) of the units keeping a catalogue
        self._baru: tuple[str, str] | None = None  # a unit chosen to start its catalogue
        self._loaded: set[int] = set()
        self._memilih = False  # choosing a unit to start a catalogue (Katalog unit lain…)
        self._filter_seen: str | None = None  # the top bar's unit when last followed
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Pelayanan"), 15))
        top.addSpacing(16)
        self.unit_label = QLabel(self.tr("Unit:"))
        top.addWidget(self.unit_label)
        self.unit = named(QComboBox(), "pelayanan_unit")
        self.unit.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit.setMinimumContentsLength(40)
        top.addWidget(self.unit)
        self.bulan_label = QLabel(self.tr("Bulan:"))
        top.addWidget(self.bulan_label)
        self.bulan = named(QComboBox(), "pelayanan_bulan")
        for i, nama in enumerate(BULAN, start=1):
            self.bulan.addItem(_(nama), i)
        self.bulan.setCurrentIndex(date.today().month - 1)
        top.addWidget(self.bulan)
        self.tahun_label = QLabel(self.tr("Tahun:"))
        top.addWidget(self.tahun_label)
        self.tahun = named(QSpinBox(), "pelayanan_tahun")
        self.tahun.setRange(2020, 2100)
        self.tahun.setValue(date.today().year)
        top.addWidget(self.tahun)
        top.addStretch(1)
        self.btn_lain = named(QPushButton(self.tr("Katalog unit lain…")), "katalog_unit_lain")
        self.btn_lain.setToolTip(self.tr("Mulai katalog layanan untuk unit yang belum "
                                         "memilikinya"))
        top.addWidget(self.btn_lain)
        lay.addLayout(top)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._mulai_panel())
        self.tabs = named(QTabWidget(), "tab_pelayanan")
        self.register = RegisterTab(ctx)
        self.pengaduan = PengaduanTab(ctx)
        self.ikm = IkmTab(ctx)
        self.katalog = KatalogTab(ctx)
        self.laporan = LaporanTab(ctx)
        self.tabs.addTab(self.register, self.tr("Register harian"))
        self.tabs.addTab(self.pengaduan, self.tr("Pengaduan"))
        self.tabs.addTab(self.ikm, self.tr("Survei IKM"))
        self.tabs.addTab(self.katalog, self.tr("Katalog layanan"))
        self.tabs.addTab(self.laporan, self.tr("Laporan"))
        self.stack.addWidget(self.tabs)
        lay.addWidget(self.stack, 1)
        self.unit.currentIndexChanged.connect(lambda _i: self._apply())
        self.bulan.currentIndexChanged.connect(lambda _i: self._apply())
        self.tahun.valueChanged.connect(lambda _v: self._apply())
        self.tabs.currentChanged.connect(lambda _i: self._load_tab())
        self.register.tanggal_berubah.connect(self._bulan_dari)
        self.btn_lain.clicked.connect(self.pilih_unit_lain)

    def title(self) -> str:
        return self.tr("Pelayanan")

    def _mulai_panel(self) -> QWidget:
        box = named(QWidget(), "pelayanan_mulai")
        lay = QVBoxLayout(box)
        lay.setContentsMargins(24, 24, 24, 24)
        self.mulai_judul = heading(self.tr("Belum ada unit yang memiliki katalog layanan"), 13)
        lay.addWidget(self.mulai_judul)
        lay.addWidget(hint(self.tr(
            "Register harian, pengaduan dan survei IKM dicatat per unit yang melayani masyarakat "
            "(mis. Disdukcapil, kecamatan, puskesmas). Unit itu lebih dahulu mencatat jenis "
            "layanannya beserta standar waktunya di tab Katalog layanan; setelah itu unitnya "
            "muncul di pilihan Unit di atas.")))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Mulai katalog untuk unit:")))
        self.unit_baru = named(UnitCombo(), "unit_katalog_baru")
        self.unit_baru.setMinimumContentsLength(40)
        row.addWidget(self.unit_baru)
        self.btn_mulai = named(QPushButton(self.tr("Mulai katalog layanan")), "mulai_katalog")
        self.btn_mulai.clicked.connect(self.mulai_katalog)
        row.addWidget(self.btn_mulai)
        self.btn_batal = named(QPushButton(self.tr("Batal")), "batal_mulai_katalog")
        self.btn_batal.clicked.connect(self._batal_mulai)
        row.addWidget(self.btn_batal)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(1)
        return box

    # -- choices ---------------------------------------------------------------------------------

    def refresh(self, pilih: str | None = None) -> None:
        super().refresh()
        with self.ctx.ws.read_session() as s:  # the installation's scope decides the units
            self.units = [(u.id, u.nama) for u in svc.unit_berlayanan(s)]
        if self._baru is not None and any(uid == self._baru[0] for uid, _n in self.units):
            self._baru = None  # its catalogue has begun: it is one of the units now
        choices = self.units + ([self._baru] if self._baru else [])
        keep = pilih or self._dari_filter(choices) or self.unit.currentData() \
            or self.ctx.ws.info.unit_id
        self.unit.blockSignals(True)
        self.unit.clear()
        for uid, nama in choices:
            self.unit.addItem(nama, uid)
        i = self.unit.findData(keep) if keep else -1
        self.unit.setCurrentIndex(max(i, 0) if choices else -1)
        self.unit.blockSignals(False)
        for w in (self.unit, self.unit_label, self.btn_lain, self.bulan, self.bulan_label,
                  self.tahun, self.tahun_label):
            w.setVisible(bool(choices))
        if not choices:
            self._show_mulai(first=True)
            return
        if self.stack.currentIndex() == 0 and not self._memilih:
            self.stack.setCurrentWidget(self.tabs)
        self._apply()

    def _dari_filter(self, choices: list[tuple[str, str]]) -> str | None:
        """A unit newly chosen in the top bar (central) that holds a service unit: its first."""
        chosen = self.ctx.unit_filter
        if chosen == self._filter_seen:
            return None
        self._filter_seen = chosen
        visible = self.ctx.visible_units()
        if visible is None:
            return None
        return next((uid for uid, _n in choices if uid in visible), None)

    def _show_mulai(self, first: bool) -> None:
        """Choose a unit to start its catalogue: the page's content while no unit keeps one,
        else on request (Katalog unit lain…), with Batal back to the tabs."""
        self._memilih = not first
        own = self.ctx.ws.info.unit_id
        self.unit_baru.set_units(self.ctx.units(), keep=self.unit_baru.unit_id() or own)
        self.mulai_judul.setText(self.tr("Belum ada unit yang memiliki katalog layanan")
                                 if first else self.tr("Mulai katalog layanan unit lain"))
        self.btn_batal.setVisible(not first)
        self.stack.setCurrentIndex(0)
        self.unit_baru.setFocus()

    def pilih_unit_lain(self) -> None:
        self._show_mulai(first=False)

    def _batal_mulai(self) -> None:
        self._memilih = False
        self.stack.setCurrentWidget(self.tabs)

    def mulai_katalog(self) -> None:
        uid = self.unit_baru.unit_id()
        if not uid:
            return
        if uid not in dict(self.units):
            nama = next((u.nama for u in self.ctx.units() if u.id == uid), "")
            self._baru = (uid, nama)
        self._memilih = False
        self.tabs.blockSignals(True)
        self.tabs.setCurrentWidget(self.katalog)
        self.tabs.blockSignals(False)
        self.stack.setCurrentWidget(self.tabs)
        self.refresh(pilih=uid)
        if not self.katalog.rows:
            self.katalog.tambah()

    def pilihan(self) -> Pilihan | None:
        uid = self.unit.currentData()
        if not uid:
            return None
        return Pilihan(uid, rentang(f"{self.tahun.value()}-{self.bulan.currentData():02d}"))

    def _bulan_dari(self, d: date) -> None:
        """The register moved to a day of another month: the whole page follows."""
        for w in (self.bulan, self.tahun):
            w.blockSignals(True)
        self.bulan.setCurrentIndex(d.month - 1)
        self.tahun.setValue(d.year)
        for w in (self.bulan, self.tahun):
            w.blockSignals(False)
        self._apply()

    def _apply(self) -> None:
        p, old = self.pilihan(), self.register.pilihan
        if p is not None and old is not None and p != old and self.register.is_dirty() \
                and not self.register.boleh_pindah():
            self._kembali_ke(old)
            return
        self._loaded.clear()
        self._load_tab()

    def _kembali_ke(self, p: Pilihan) -> None:
        """The person stayed with what they were typing: the choices go back to it."""
        for w in (self.unit, self.bulan, self.tahun):
            w.blockSignals(True)
        self.unit.setCurrentIndex(max(self.unit.findData(p.unit_id), 0))
        self.bulan.setCurrentIndex(p.rentang.mulai.month - 1)
        self.tahun.setValue(p.rentang.mulai.year)
        for w in (self.unit, self.bulan, self.tahun):
            w.blockSignals(False)

    def _load_tab(self) -> None:
        p = self.pilihan()
        i = self.tabs.currentIndex()
        if p is None or i in self._loaded:
            return
        self._loaded.add(i)
        tab = self.tabs.widget(i)
        if isinstance(tab, RegisterTab | PengaduanTab | IkmTab | KatalogTab | LaporanTab):
            tab.set_pilihan(p)

    def activate(self, arg: object = None) -> None:
        super().activate(arg)
        if isinstance(arg, str) and arg:
            self.buka_pengaduan(arg)

    def buka_pengaduan(self, pengaduan_id: str) -> None:
        """Show one complaint (from Beranda): its unit, its month, selected in the list."""
        try:
            v = self.ctx.read(lambda s: adu.ambil(s, pengaduan_id))
        except NotFoundError:
            return
        if self.unit.findData(v.unit_id) < 0:
            nama = next((u.nama for u in self.ctx.units() if u.id == v.unit_id), "")
            self._baru = (v.unit_id, nama)
        for w in (self.bulan, self.tahun, self.tabs):
            w.blockSignals(True)
        self.bulan.setCurrentIndex(v.tanggal.month - 1)
        self.tahun.setValue(v.tanggal.year)
        self.tabs.setCurrentWidget(self.pengaduan)
        for w in (self.bulan, self.tahun, self.tabs):
            w.blockSignals(False)
        self.pengaduan.set_filter(SEMUA, load=False)
        self._memilih = False
        self.stack.setCurrentWidget(self.tabs)
        self.refresh(pilih=v.unit_id)
        self.pengaduan.select_id(v.id)

    # -- common actions --------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self.register.is_dirty()

    def discard(self) -> None:
        self.register.discard()

    def save(self) -> bool:
        tab = self.tabs.currentWidget()
        if self.register.is_dirty() or tab is self.register:
            return self.register.save()
        if tab is self.ikm:
            return self.ikm.simpan()
        return False

    def new(self) -> None:
        tab = self.tabs.currentWidget()
        if tab is self.pengaduan:
            self.pengaduan.baru()
        elif tab is self.katalog:
            self.katalog.tambah()
        elif tab is self.register:
            self.register.table.start()
