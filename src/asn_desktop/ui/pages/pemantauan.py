"""Pemantauan: the OPD side by side for a year and period (employees, SKP approved, evaluations
done, predikat against the guidance, the last package and open conflicts), each OPD's people
with where their documents stand, the follow-up lists, and the recap as .xlsx or PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.label import periode_teks, teks
from asn_desktop.domain.nip import StatusKepegawaian, format_nip_grouped
from asn_desktop.domain.pelayanan import KINERJA_MUTU
from asn_desktop.domain.periods import Frekuensi, periode_tahun
from asn_desktop.domain.predikat import PREDIKAT_CURVE_ORDER, Predikat
from asn_desktop.domain.unit_kerja import LABEL_JENIS_UNIT, JenisUnit
from asn_desktop.services import pelayanan_rekap, pengaturan
from asn_desktop.services import pemantauan as svc
from asn_desktop.services import pemantauan_ringkas as ringkas
from asn_desktop.teks import _
from asn_desktop.ui import context as c
from asn_desktop.ui import messages
from asn_desktop.ui.i18n import label
from asn_desktop.ui.ops import pemantauan as ops
from asn_desktop.ui.ops.pelayanan import PELAYANAN
from asn_desktop.ui.pages.base import Page
from asn_desktop.ui.widgets.common import berkas_simpan, heading, hint, named
from asn_desktop.ui.widgets.distribusi import DistribusiChart
from asn_desktop.ui.widgets.grafik import PenyelesaianChart, PredikatOpdChart, simpan_png
from asn_desktop.ui.widgets.pelayanan_umum import tabel

ID_ROLE = Qt.ItemDataRole.UserRole
# the predikat columns' headings (the whole word in each heading's tooltip)
SINGKAT = {Predikat.SANGAT_KURANG: "SK", Predikat.KURANG: "K/M", Predikat.BUTUH_PERBAIKAN: "BP",
           Predikat.BAIK: "B", Predikat.SANGAT_BAIK: "SB"}


def jenis_unit_teks(kode: str) -> str:
    try:
        return LABEL_JENIS_UNIT[JenisUnit(kode)]
    except ValueError:
        return kode


class Angka(QTableWidgetItem):
    """A cell that sorts by its number, not its text ("9 (90%)" after "10 (91%)")."""

    def __init__(self, text: str, value: float) -> None:
        super().__init__(text)
        self.setData(Qt.ItemDataRole.UserRole + 1, value)
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine = self.data(Qt.ItemDataRole.UserRole + 1)
        theirs = other.data(Qt.ItemDataRole.UserRole + 1)
        if isinstance(mine, int | float) and isinstance(theirs, int | float):
            return mine < theirs
        return super().__lt__(other)




def _fit_headings(t: QTableWidget, widths: list[int]) -> None:
    """Each column at least as wide as its heading, in whatever language it is."""
    fm = t.horizontalHeader().fontMetrics()
    for i, w in enumerate(widths):
        head = t.horizontalHeaderItem(i)
        need = fm.horizontalAdvance(head.text()) + 24 if head is not None else 0
        t.setColumnWidth(i, max(w, need))


class PemantauanPage(Page):
    key = "pemantauan"

    def __init__(self, ctx: c.AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.watch(c.SKP, c.EVALUASI, c.PEGAWAI, c.ORGANISASI, c.SYNC, PELAYANAN)
        self.data: ringkas.Ringkasan | None = None
        # read when first shown: one OPD's employees, the follow-up lists' rows
        self._people: dict[str, tuple[tuple[svc.BarisPegawai, ...],
                                      dict[str, dict[int, Predikat]]]] = {}
        self._follow_rows: tuple[tuple[svc.BarisPegawai, ...],
                                 tuple[svc.BarisPegawai, ...]] | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Pemantauan"), 15))
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Tahun:")))
        self.tahun = named(QSpinBox(), "tahun_pemantauan")
        self.tahun.setRange(2020, 2100)
        self.tahun.setValue(date.today().year)
        top.addWidget(self.tahun)
        top.addWidget(QLabel(self.tr("Periode:")))
        self.periode = named(QComboBox(), "periode_pemantauan")
        top.addWidget(self.periode)
        top.addWidget(QLabel(self.tr("Jenis unit:")))
        self.jenis = named(QComboBox(), "jenis_pemantauan")
        top.addWidget(self.jenis)
        self.btn_xlsx = named(QPushButton(self.tr("Rekap .xlsx…")), "rekap_xlsx")
        self.btn_pdf = named(QPushButton(self.tr("Rekap PDF…")), "rekap_pdf")
        top.addWidget(self.btn_xlsx)
        top.addWidget(self.btn_pdf)
        lay.addLayout(top)
        self.summary = hint("")
        self.summary.setObjectName("ringkasan_pemantauan")
        lay.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Vertical)
        self.opd = tabel("tabel_opd", [
            self.tr("Kode"), self.tr("OPD"), self.tr("Pegawai"), self.tr("SKP disetujui"),
            self.tr("Evaluasi selesai"), *[SINGKAT[p] for p in PREDIKAT_CURVE_ORDER],
            self.tr("Capaian"), self.tr("Panduan distribusi"), self.tr("Paket terakhir"),
            self.tr("Konflik")])
        for i, p in enumerate(PREDIKAT_CURVE_ORDER, start=5):  # short headings, whole words
            head = self.opd.horizontalHeaderItem(i)
            if head is not None:
                head.setToolTip(label(p.value))
        _fit_headings(self.opd, [150, 250, 65, 110, 115, 45, 45, 45, 45, 45, 80, 140, 110, 60])
        self.opd.setSortingEnabled(True)
        self.opd.sortItems(0, Qt.SortOrder.AscendingOrder)
        self.opd.itemSelectionChanged.connect(self._opd_chosen)
        split.addWidget(self.opd)
        self.tabs = QTabWidget()
        self.people = tabel("tabel_pegawai_opd", [
            self.tr("NIP"), self.tr("Nama"), self.tr("Jabatan"), self.tr("SKP"),
            self.tr("Evaluasi periode"), self.tr("Predikat periode"),
            self.tr("Predikat tahunan"), self.tr("Riwayat predikat")])
        _fit_headings(self.people, [170, 230, 230, 90, 110, 120, 120, 220])
        self.people.cellDoubleClicked.connect(self._open_person)
        self.follow = tabel("tabel_tindak_lanjut", [
            self.tr("Tindak lanjut"), self.tr("NIP"), self.tr("Nama"), self.tr("Jabatan"),
            self.tr("OPD"), self.tr("Predikat tahunan")])
        _fit_headings(self.follow, [300, 170, 230, 230, 220, 120])
        self.follow.cellDoubleClicked.connect(self._open_follow)
        self.tabs.addTab(self.people, self.tr("Pegawai OPD terpilih"))
        self.tabs.addTab(self.follow, self.tr("Tindak lanjut"))
        self.tabs.addTab(self._charts(), self.tr("Grafik"))
        self.pelayanan_tab = self._pelayanan()
        self.tabs.addTab(self.pelayanan_tab, self.tr("Pelayanan publik"))
        split.addWidget(self.tabs)
        split.setSizes([330, 260])
        lay.addWidget(split, 1)
        self.tahun.valueChanged.connect(lambda _v: self._periods())
        self.periode.currentIndexChanged.connect(lambda _i: self.refresh())
        self.jenis.currentIndexChanged.connect(lambda _i: self.refresh())
        self.btn_xlsx.clicked.connect(lambda: self.simpan(".xlsx"))
        self.btn_pdf.clicked.connect(lambda: self.simpan(".pdf"))
        self.tabs.currentChanged.connect(lambda _i: self._tab_shown())
        self._periods(load=False)

    def title(self) -> str:
        return self.tr("Pemantauan")

    def _charts(self) -> QWidget:
        """Completion per period, predikat per OPD, and the city against the guidance."""
        box = QWidget()
        grid = QGridLayout(box)
        self.chart_penyelesaian = named(PenyelesaianChart(), "grafik_penyelesaian")
        self.chart_opd = named(PredikatOpdChart(), "grafik_predikat_opd")
        self.chart_kota = named(DistribusiChart(), "grafik_sebaran_kota")
        self.chart_kota.setMinimumHeight(160)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(self.chart_opd)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.charts = {"penyelesaian": self.chart_penyelesaian, "predikat-opd": self.chart_opd,
                       "sebaran-kota": self.chart_kota}
        for col, (title, widget, key) in enumerate((
                (self.tr("Evaluasi selesai per periode"), self.chart_penyelesaian,
                 "penyelesaian"),
                (self.tr("Predikat per OPD (periode terpilih)"), area, "predikat-opd"),
                (self.tr("Sebaran predikat seluruh unit"), self.chart_kota, "sebaran-kota"))):
            head = QHBoxLayout()
            head.addWidget(QLabel(f"<b>{title}</b>"), 1)
            save = named(QPushButton(self.tr("PNG…")), f"png_{key}")
            save.setToolTip(self.tr("Simpan grafik ini sebagai gambar PNG"))
            save.clicked.connect(lambda _=False, k=key: self.simpan_grafik(k))
            head.addWidget(save)
            grid.addLayout(head, 0, col)
            grid.addWidget(widget, 1, col)
            grid.setColumnStretch(col, 1)
        return box

    def _pelayanan(self) -> QWidget:
        """Units that serve the public side by side for a month: service volume and time,
        complaints, IKM."""
        box = QWidget()
        lay = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Bulan:")))
        self.bulan = named(QComboBox(), "bulan_pelayanan")
        self.bulan.setAccessibleName(self.tr("Bulan"))
        for i, nama in enumerate(pelayanan_rekap.BULAN, start=1):
            self.bulan.addItem(_(nama), i)
        self.bulan.setCurrentIndex(date.today().month - 1)
        self.bulan.currentIndexChanged.connect(lambda _i: self._show_pelayanan())
        row.addWidget(self.bulan)
        self.pelayanan_info = hint("")
        self.pelayanan_info.setObjectName("ringkasan_pelayanan")
        row.addWidget(self.pelayanan_info, 1)
        lay.addLayout(row)
        self.pelayanan_kosong = hint(self.tr(
            "Belum ada unit yang menyimpan katalog layanan. Unit pelayanan publik (mis. "
            "Disdukcapil, kecamatan, puskesmas) mencatat katalog layanan, register layanan "
            "harian, pengaduan dan survei IKM di halaman Pelayanan; rekapnya tampil di sini."))
        self.pelayanan_kosong.setObjectName("pelayanan_kosong")
        lay.addWidget(self.pelayanan_kosong)
        self.pelayanan = tabel("tabel_pelayanan", [
            self.tr("Kode"), self.tr("Unit"), self.tr("Permohonan"), self.tr("Selesai"),
            self.tr("Tepat waktu"), self.tr("Pengaduan masuk"), self.tr("Terbuka kini"),
            self.tr("Terlambat"), self.tr("Nilai IKM"), self.tr("Mutu IKM")])
        _fit_headings(self.pelayanan, [140, 220, 90, 70, 90, 115, 95, 100, 80, 130])
        self.pelayanan.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.pelayanan.setSortingEnabled(True)
        self.pelayanan.sortItems(0, Qt.SortOrder.AscendingOrder)
        lay.addWidget(self.pelayanan, 1)
        return box

    def _show_pelayanan(self) -> None:
        """Read only while the tab is in view (a query per unit that keeps a catalogue)."""
        if self.tabs.currentWidget() is not self.pelayanan_tab:
            return
        r = pelayanan_rekap.rentang(f"{self.tahun.value()}-{self.bulan.currentData():02d}")
        rows = self.ctx.read(lambda s: pelayanan_rekap.ringkas_unit(s, r))
        self.pelayanan_kosong.setVisible(not rows)
        self.pelayanan.setVisible(bool(rows))
        self.pelayanan_info.setText(self.tr("{0} unit pelayanan · {1}; pengaduan terbuka dan "
                                            "terlambat per hari ini").format(len(rows), r.judul)
                                    if rows else "")
        t = self.pelayanan
        t.setSortingEnabled(False)
        t.setRowCount(len(rows))
        late = QBrush(QColor("#fde7e7"))
        for i, u in enumerate(rows):
            persen = "—" if u.persen_tepat is None else f"{u.persen_tepat:.0f}%"
            nilai = "—" if u.nilai_ikm is None else f"{u.nilai_ikm:.2f}".replace(".", ",")
            mutu = f"{u.mutu_ikm} ({_(KINERJA_MUTU[u.mutu_ikm])})" \
                if u.mutu_ikm in KINERJA_MUTU else "—"
            terlambat = (self.tr("{0} terlambat").format(u.pengaduan_terlambat)
                         if u.pengaduan_terlambat else "0")
            cells: list[QTableWidgetItem] = [
                QTableWidgetItem(u.kode), QTableWidgetItem(u.nama),
                Angka(str(u.masuk), u.masuk), Angka(str(u.selesai), u.selesai),
                Angka(persen, -1 if u.persen_tepat is None else u.persen_tepat),
                Angka(str(u.pengaduan), u.pengaduan),
                Angka(str(u.pengaduan_terbuka), u.pengaduan_terbuka),
                Angka(terlambat, u.pengaduan_terlambat),
                Angka(nilai, -1 if u.nilai_ikm is None else u.nilai_ikm),
                QTableWidgetItem(mutu)]
            cells[0].setData(ID_ROLE, u.unit_id)
            cells[1].setToolTip(u.nama)
            if u.pengaduan_terlambat:
                cells[7].setBackground(late)
                cells[7].setToolTip(self.tr("Pengaduan terbuka yang melewati batas waktunya"))
            for col, item in enumerate(cells):
                t.setItem(i, col, item)
        t.setSortingEnabled(True)

    def simpan_grafik(self, key: str, path: str | None = None) -> None:
        if not path:
            name = f"{key}-{self.tahun.value()}.png"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan grafik"),
                                                  str(Path.home() / name),
                                                  self.tr("Gambar PNG (*.png)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".png":
            target = target.with_name(target.name + ".png")
        try:
            simpan_png(self.charts[key], target)
        except OSError as exc:
            messages.show_error(self, str(exc))
            return
        messages.info(self, self.tr("Grafik disimpan: {0}").format(target))

    # -- choices ---------------------------------------------------------------------------------

    def _periods(self, load: bool = True) -> None:
        """The default frequency's periods of the year; each unit answers with its own."""
        tahun = self.tahun.value()
        frek: Frekuensi = self.ctx.read(pengaturan.frekuensi_default)
        keep = self.periode.currentData()
        self.periode.blockSignals(True)
        self.periode.clear()
        self.periode.addItem(self.tr("Periode berjalan"), None)
        for p in periode_tahun(tahun, frek):
            self.periode.addItem(periode_teks(p.label), p.kode)
        self.periode.setCurrentIndex(max(self.periode.findData(keep), 0) if keep else 0)
        self.periode.blockSignals(False)
        if load:
            self.refresh()

    def _chosen_periode(self) -> Any:
        kode = self.periode.currentData()
        if not kode:
            return None
        frek: Frekuensi = self.ctx.read(pengaturan.frekuensi_default)
        return next((p for p in periode_tahun(self.tahun.value(), frek) if p.kode == kode),
                    None)

    def _scope(self) -> frozenset[str] | None:
        return self.ctx.visible_units()

    # -- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        tahun, periode, scope = self.tahun.value(), self._chosen_periode(), self._scope()
        jenis = self.jenis.currentData()

        def read(s):  # type: ignore[no-untyped-def]
            kinds = sorted({u.jenis for u in svc.opd_units(s, scope)})
            return kinds, ringkas.ringkasan(s, scope, tahun, periode, jenis=jenis)

        kinds, self.data = self.ctx.read(read)
        self._people, self._follow_rows = {}, None
        self._fill_jenis(kinds)
        self._show()

    def _fill_jenis(self, kinds: list[str]) -> None:
        """The kinds of unit among all rows (not only the shown ones), in words; rebuilt only
        when the organisation changed them."""
        if [self.jenis.itemData(i) for i in range(1, self.jenis.count())] == kinds:
            return
        keep = self.jenis.currentData()
        self.jenis.blockSignals(True)
        self.jenis.clear()
        self.jenis.addItem(self.tr("Semua jenis"), None)
        for k in kinds:
            self.jenis.addItem(label(jenis_unit_teks(k)), k)
        self.jenis.setCurrentIndex(max(self.jenis.findData(keep), 0) if keep else 0)
        self.jenis.blockSignals(False)

    def _show(self) -> None:
        r = self.data
        assert r is not None
        total = r.pegawai
        skp = sum(o.skp_disetujui for o in r.opd)
        done = sum(o.evaluasi_selesai for o in r.opd)
        late = sum(1 for o in r.opd if o.paket_terlambat)
        self.summary.setText(self.tr(
            "{0} unit · {1} pegawai aktif · SKP disetujui {2} · evaluasi periode selesai {3} · "
            "{4} unit belum mengirim paket lebih dari {5} hari").format(
                len(r.opd), total, skp, done, late, svc.BATAS_HARI_PAKET))
        t = self.opd
        keep = self._current_opd()
        t.setSortingEnabled(False)
        t.setRowCount(len(r.opd))
        warn = QBrush(QColor("#fff4e5"))
        late_brush = QBrush(QColor("#fde7e7"))
        for i, o in enumerate(r.opd):
            cells: list[QTableWidgetItem] = [
                QTableWidgetItem(o.kode), QTableWidgetItem(o.nama),
                Angka(str(o.pegawai), o.pegawai),
                Angka(f"{o.skp_disetujui} ({o.persen_skp:.0f}%)", o.persen_skp),
                Angka(f"{o.evaluasi_selesai} ({o.persen_evaluasi:.0f}%)", o.persen_evaluasi),
                *[Angka(str(n), n) for _p, n in o.predikat],
                QTableWidgetItem(label(teks(o.capaian.value)) if o.capaian else "—"),
                QTableWidgetItem(self.tr("Di luar panduan") if o.peringatan
                                 else (self.tr("Sesuai") if o.capaian else "—")),
                Angka("—" if o.hari_sejak_paket is None
                      else self.tr("{0} hari lalu").format(o.hari_sejak_paket),
                      -1 if o.hari_sejak_paket is None else o.hari_sejak_paket),
                Angka(str(o.konflik), o.konflik),
            ]
            cells[0].setData(ID_ROLE, o.unit_id)
            cells[1].setToolTip(o.nama)
            if o.peringatan:
                cells[-3].setBackground(warn)
                cells[-3].setToolTip("\n".join(o.peringatan))
            if o.paket_terlambat:
                cells[-2].setBackground(late_brush)
                cells[-2].setToolTip(self.tr("Paket terakhir diterima {0}").format(
                    o.paket_terakhir or ""))
            for col, item in enumerate(cells):
                t.setItem(i, col, item)
        t.setSortingEnabled(True)
        self._select_opd(keep)
        self._opd_chosen()  # the same row may stay selected while its numbers changed
        self._show_follow()
        self._show_pelayanan()
        self.chart_penyelesaian.set_data(r.penyelesaian)
        self.chart_opd.set_data([(o.nama, o.predikat) for o in r.opd])
        self.chart_kota.set_data(r.sebaran_kota, r.capaian_bersama)

    def _current_opd(self) -> str | None:
        row = self.opd.currentRow()
        item = self.opd.item(row, 0) if row >= 0 else None
        return item.data(ID_ROLE) if item is not None else None

    def _select_opd(self, unit_id: str | None) -> None:
        for i in range(self.opd.rowCount()):
            item = self.opd.item(i, 0)
            if item is not None and (unit_id is None or item.data(ID_ROLE) == unit_id):
                self.opd.selectRow(i)
                return
        self._opd_chosen()

    def _opd_rows(self, unit_id: str | None) -> tuple[tuple[svc.BarisPegawai, ...],
                                                      dict[str, dict[int, Predikat]]]:
        """The employees of one OPD row, read the first time it is chosen."""
        r = self.data
        if r is None or unit_id is None:
            return (), {}
        if unit_id not in self._people:
            scope, jenis = self._scope(), self.jenis.currentData()
            self._people[unit_id] = self.ctx.read(lambda s: ringkas.pegawai_opd(
                s, scope, r.tahun, unit_id, r.periode, jenis=jenis))
        return self._people[unit_id]

    def _opd_chosen(self) -> None:
        rows, riwayat = self._opd_rows(self._current_opd())
        t = self.people
        t.setRowCount(len(rows))
        for i, p in enumerate(rows):
            history = riwayat.get(p.pegawai_id, {})
            status = (StatusKepegawaian.PPPK if p.status_kepegawaian == "PPPK"
                      else StatusKepegawaian.PNS)
            values = [format_nip_grouped(p.nip, status), p.nama, p.jabatan,
                      label(teks(p.status_skp)) if p.status_skp else self.tr("Belum ada"),
                      self.tr("Selesai") if p.evaluasi_selesai else self.tr("Belum"),
                      label(p.predikat_periode.value) if p.predikat_periode else "—",
                      label(p.predikat_tahunan.value) if p.predikat_tahunan else "—",
                      ", ".join(f"{y}: {label(v.value)}" for y, v in sorted(history.items()))]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == 0:
                    item.setData(ID_ROLE, p.pegawai_id)
                t.setItem(i, col, item)
        self.tabs.setTabText(0, self.tr("Pegawai OPD terpilih ({0})").format(len(rows)))

    def _tab_shown(self) -> None:
        self._show_follow()
        self._show_pelayanan()

    def _show_follow(self) -> None:
        """The count always; the rows only while the tab is in view (read once per load)."""
        r = self.data
        assert r is not None
        self.tabs.setTabText(1, self.tr("Tindak lanjut ({0})").format(
            len(r.sangat_baik) + len(r.pembinaan)))
        if self.tabs.currentWidget() is not self.follow:
            return
        if self._follow_rows is None:
            scope, jenis = self._scope(), self.jenis.currentData()
            self._follow_rows = self.ctx.read(
                lambda s: ringkas.tindak_lanjut(s, scope, r, jenis=jenis))
        best, worst = self._follow_rows
        opd = {o.unit_id: o.nama for o in r.opd}
        rows = [(self.tr("Sangat Baik dua tahun berturut-turut"), p) for p in best]
        rows += [(self.tr("Pembinaan dan pengembangan kompetensi"), p) for p in worst]
        t = self.follow
        t.setRowCount(len(rows))
        for i, (why, p) in enumerate(rows):
            values = [why, p.nip, p.nama, p.jabatan, opd.get(p.opd_id, ""),
                      label(p.predikat_tahunan.value) if p.predikat_tahunan else "—"]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setData(ID_ROLE, p.pegawai_id)
                t.setItem(i, col, item)

    def _open_person(self, row: int, _col: int) -> None:
        item = self.people.item(row, 0)
        if item is not None:
            self.ctx.navigate.emit("evaluasi", item.data(ID_ROLE))

    def _open_follow(self, row: int, _col: int) -> None:
        item = self.follow.item(row, 0)
        if item is not None:
            self.ctx.navigate.emit("evaluasi", item.data(ID_ROLE))

    # -- recap files -----------------------------------------------------------------------------

    def simpan(self, suffix: str, path: str | None = None) -> None:
        target = berkas_simpan(self, self.tr("Simpan rekap"),
                               f"rekap-kinerja-{self.tahun.value()}{suffix}", suffix, path)
        if target is None:
            return
        ops.simpan_rekap(self._scope(), self.tahun.value(), self._chosen_periode(),
                         self.jenis.currentData(), target).success(
            lambda out: messages.info(self, self.tr("Rekap disimpan: {0}").format(out))
        ).run(self.ctx, self)
