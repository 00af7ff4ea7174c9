"""Evaluasi: per period and employee (realisasi, umpan balik, ratings, live predikat,
approval that locks), and a unit view with the predikat distribution against the guidance."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.angka import format_angka
from asn_desktop.domain.dates import format_tanggal
from asn_desktop.domain.dokumen import Status
from asn_desktop.domain.organisasi import CapaianOrganisasi
from asn_desktop.domain.periods import Periode, periode_bawaan
from asn_desktop.services import evaluasi as svc
from asn_desktop.services import log_harian as log_svc
from asn_desktop.services import pelayanan_kinerja
from asn_desktop.services import skp as skp_svc
from asn_desktop.services import umpan_balik as ub_svc
from asn_desktop.services.pegawai import PegawaiRow
from asn_desktop.services.status_kerja import JenisKerja
from asn_desktop.services.workflow import Langkah
from asn_desktop.ui import context as c
from asn_desktop.ui import messages
from asn_desktop.ui.i18n import label
from asn_desktop.ui.ops import Op
from asn_desktop.ui.ops import evaluasi as ops
from asn_desktop.ui.pages.base import Page
from asn_desktop.ui.pages.skp import status_chip
from asn_desktop.ui.widgets.common import UnitCombo, heading, hint, named, periode_text
from asn_desktop.ui.widgets.distribusi import DistribusiChart
from asn_desktop.ui.widgets.eval_forms import (
    HasilKerjaEval,
    PenilaianTab,
    PerilakuEval,
)
from asn_desktop.ui.widgets.massal import MassalButton
from asn_desktop.ui.widgets.pegawai_list import TampilkanStatus, tombol_langkah
from asn_desktop.ui.widgets.skp_tabs import RiwayatTable
from asn_desktop.ui.widgets.workflow_bar import WorkflowBar


def periode_label(p: Periode) -> str:
    return periode_text(p.label)


# keyed by the stored text: feedback rows carry the role as a plain string
_PERAN_TEXT: dict[str, str] = {p.value: t for p, t in ub_svc.PERAN_LABELS.items()}


def peran_text(peran: str) -> str:
    """A feedback giver's role for the screen (the stored text itself when unknown)."""
    return label(_PERAN_TEXT.get(peran, peran))


class EvaluasiEditor(QWidget):
    def __init__(self) -> None:
        super().__init__()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 0, 0, 0)
        head = QHBoxLayout()
        self.who = QLabel()
        self.who.setWordWrap(True)
        head.addWidget(self.who, 1)
        self.btn_log = QPushButton(self.tr("Ambil dari log harian"))
        self.btn_log.setObjectName("ambil_log")
        self.btn_register = QPushButton(self.tr("Isi dari register pelayanan"))
        self.btn_register.setObjectName("isi_register")
        self.btn_register.setToolTip(self.tr("Realisasi indikator yang bersumber dari register "
                                             "layanan, pengaduan atau survei IKM unit"))
        self.btn_simpan = QPushButton(self.tr("Simpan (Ctrl+S)"))
        self.btn_simpan.setObjectName("simpan_evaluasi")
        self.workflow = WorkflowBar({
            Langkah.AJUKAN: "ajukan_evaluasi", Langkah.KEMBALIKAN: "kembalikan_evaluasi",
            Langkah.SETUJUI: "setujui_evaluasi", Langkah.BUKA_KEMBALI: "buka_evaluasi"})
        self.btn_hapus = QPushButton(self.tr("Hapus"))
        self.btn_hapus.setObjectName("hapus_evaluasi")
        # the document's actions above, the ways to fill realisasi below: one row would push
        # the window wider than an office screen
        box = QWidget()
        box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        actions = QVBoxLayout(box)
        actions.setContentsMargins(0, 0, 0, 0)
        for row_widgets in ((self.btn_simpan, self.workflow, self.btn_hapus),
                            (self.btn_log, self.btn_register)):
            row = QHBoxLayout()
            for b in row_widgets:
                row.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
            actions.addLayout(row)
            actions.setAlignment(row, Qt.AlignmentFlag.AlignRight)
        actions.addStretch(1)
        head.addWidget(box)
        lay.addLayout(head)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #e7f4ea; border: 1px solid #9bc9a7; "
                                  "padding: 6px;")
        lay.addWidget(self.banner)
        self.tabs = QTabWidget()
        self.hasil = HasilKerjaEval()
        self.perilaku = PerilakuEval()
        self.penilaian = PenilaianTab()
        self.umpan = QListWidget()
        self.umpan.setObjectName("umpan_balik_tercatat")
        self.umpan.setWordWrap(True)
        self.riwayat = RiwayatTable()
        self.tabs.addTab(self.hasil, self.tr("Hasil kerja"))
        self.tabs.addTab(self.perilaku, self.tr("Perilaku kerja"))
        self.tabs.addTab(self.penilaian, self.tr("Penilaian dan predikat"))
        self.tabs.addTab(self.umpan, self.tr("Umpan balik tercatat"))
        self.tabs.addTab(self.riwayat, self.tr("Riwayat"))
        lay.addWidget(self.tabs, 1)


class StartPanel(QWidget):
    def __init__(self) -> None:
        super().__init__()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 24, 24, 24)
        self.text = heading("", 12)
        self.text.setWordWrap(True)
        lay.addWidget(self.text)
        row = QHBoxLayout()
        self.button = QPushButton()
        self.button.setObjectName("mulai_evaluasi")
        row.addWidget(self.button)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(1)
        self.action = ""


class PerPegawai(QWidget):
    def __init__(self, page: EvaluasiPage) -> None:
        super().__init__()
        self.page = page
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        split = QSplitter()
        self.list = page.list
        split.addWidget(self.list)
        self.stack = QStackedWidget()
        self.empty = hint(self.tr("Pilih pegawai di sebelah kiri."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start = StartPanel()
        self.editor = EvaluasiEditor()
        for w in (self.empty, self.start, self.editor):
            self.stack.addWidget(w)
        split.addWidget(self.stack)
        split.setSizes([self.list.preferred_width(), 900])
        split.setStretchFactor(1, 1)
        lay.addWidget(split)


class UnitView(QWidget):
    """Distribution of predikat in a unit against the guidance for its capaian (warns only)."""

    def __init__(self, page: EvaluasiPage) -> None:
        super().__init__()
        self.page = page
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Unit:")))
        self.unit = UnitCombo()
        self.unit.setObjectName("distribusi_unit")
        row.addWidget(self.unit, 1)
        row.addWidget(QLabel(self.tr("Capaian kinerja organisasi:")))
        self.capaian = named(QComboBox(), "capaian_unit")
        self.capaian.addItem(self.tr("(belum ditetapkan)"), None)
        for cap in CapaianOrganisasi:
            self.capaian.addItem(label(cap.value.title()), cap.value)
        row.addWidget(self.capaian)
        self.simpan = QPushButton(self.tr("Tetapkan capaian"))
        self.simpan.setObjectName("tetapkan_capaian")
        row.addWidget(self.simpan)
        lay.addLayout(row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.warnings = QLabel()
        self.warnings.setObjectName("peringatan_distribusi")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("background: #fff4e5; border: 1px solid #f0c36d; "
                                    "padding: 6px;")
        lay.addWidget(self.warnings)
        split = QSplitter(Qt.Orientation.Vertical)
        self.chart = DistribusiChart()
        split.addWidget(self.chart)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("tabel_evaluasi_unit")
        self.table.setHorizontalHeaderLabels([
            self.tr("Nama"), self.tr("Status"), self.tr("Rating hasil kerja"),
            self.tr("Rating perilaku kerja"), self.tr("Predikat")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 280)
        self.table.setColumnWidth(1, 100)
        self.table.setColumnWidth(2, 170)
        self.table.setColumnWidth(3, 170)
        self.table.cellDoubleClicked.connect(self._open_row)
        split.addWidget(self.table)
        split.setSizes([260, 300])
        lay.addWidget(split, 1)
        self.rows: list[svc.EvaluasiRow] = []
        self.row_ids: list[str] = []
        self.unit.unitChanged.connect(lambda _u: self.refresh())
        self.simpan.clicked.connect(self.set_capaian)

    def refresh(self) -> None:
        unit_id = self.unit.unit_id()
        kode = self.page.periode_kode()
        if unit_id is None or kode is None:
            return
        units = self.page.ctx.visible_units(unit_id) or frozenset({unit_id})

        def read(s):  # type: ignore[no-untyped-def]
            return (svc.distribusi_unit(s, units, kode), svc.list_evaluasi(s, units, kode),
                    svc.capaian_unit(s, unit_id, kode))

        d, rows, cap = self.page.ctx.read(read)
        self.rows = rows
        self.capaian.setCurrentIndex(max(self.capaian.findData(cap.value), 0) if cap else 0)
        self.chart.set_data(d.jumlah, d.capaian)
        self.summary.setText(self.tr("{0} evaluasi dengan predikat; {1} belum dinilai.")
                             .format(d.total, d.belum_dinilai))
        self.warnings.setVisible(bool(d.peringatan))
        self.warnings.setText(
            self.tr("Peringatan (tidak menghalangi persetujuan):") + "<br>"
            + "<br>".join(f"• {w}" for w in d.peringatan))
        # everyone of the unit: those without an evaluation of the period too
        self.row_ids = [r.pegawai_id for r in rows] + [pid for pid, _n in d.tanpa_evaluasi]
        t = self.table
        t.setRowCount(len(self.row_ids))
        for i, r in enumerate(rows):
            values = (r.nama, label(r.status_label),
                      label(svc_label(r.rating_hasil_kerja)),
                      label(svc_label(r.rating_perilaku_kerja)),
                      label(r.predikat.value) if r.predikat else "—")
            for col, text in enumerate(values):
                t.setItem(i, col, QTableWidgetItem(text))
        for i, (_pid, nama) in enumerate(d.tanpa_evaluasi, start=len(rows)):
            for col, text in enumerate((nama, label("Belum dibuat"), "—", "—", "—")):
                t.setItem(i, col, QTableWidgetItem(text))

    def set_capaian(self) -> None:
        unit_id, kode = self.unit.unit_id(), self.page.periode_kode()
        value = self.capaian.currentData()
        if unit_id is None or kode is None:
            return
        ops.capaian_unit(unit_id, kode, value).success(lambda _r: self.refresh()) \
            .run(self.page.ctx, self)

    def _open_row(self, row: int, _col: int) -> None:
        if 0 <= row < len(self.row_ids):
            self.page.open_pegawai(self.row_ids[row])


def svc_label(r: Any) -> str:
    from asn_desktop.domain.ratings import RATING_LABELS

    return RATING_LABELS.get(r, "—") if r else "—"


class EvaluasiPage(Page):
    key = "evaluasi"

    def __init__(self, ctx: c.AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        from asn_desktop.ui.widgets.pegawai_list import PegawaiList

        self.watch(c.EVALUASI, c.SKP, c.PEGAWAI, c.LOG, c.UMPAN_BALIK, c.SYNC)
        self.view: svc.EvaluasiView | None = None
        self.pegawai: PegawaiRow | None = None
        self.skp: skp_svc.SkpRow | None = None
        self.ada_sumber = False  # an indicator of the SKP takes its realisasi from a register
        self.periods: list[Periode] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Evaluasi Kinerja"), 15))
        top.addStretch(1)
        self.list = PegawaiList(ctx, compact=True, kerja=JenisKerja.EVALUASI)
        top.addWidget(tombol_langkah(self.list))
        self.massal = MassalButton(ctx, self, self.list, self.tr("evaluasi"),
                                   ops.langkah_banyak)
        top.addWidget(self.massal)
        top.addWidget(QLabel(self.tr("Tahun:")))
        self.tahun = named(QSpinBox(), "tahun_evaluasi")
        self.tahun.setRange(2020, 2100)
        self.tahun.setValue(date.today().year)
        top.addWidget(self.tahun)
        top.addWidget(QLabel(self.tr("Periode:")))
        self.periode = named(QComboBox(), "periode")
        self.periode.setMinimumContentsLength(18)
        top.addWidget(self.periode)
        lay.addLayout(top)
        self.modes = QTabWidget()
        self.per_pegawai = PerPegawai(self)
        self.unit_view = UnitView(self)
        self.modes.addTab(self.per_pegawai, self.tr("Per pegawai"))
        self.modes.addTab(self.unit_view, self.tr("Distribusi unit"))
        lay.addWidget(self.modes, 1)
        self.editor = self.per_pegawai.editor
        self.list.selected.connect(self._pegawai_selected)
        self.tahun.valueChanged.connect(lambda _v: self._periods_changed())
        self.periode.currentIndexChanged.connect(lambda _i: self._periode_changed())
        self.modes.currentChanged.connect(lambda _i: self._load_current())
        self.per_pegawai.start.button.clicked.connect(self._start_clicked)
        e = self.editor
        e.btn_simpan.clicked.connect(self.save)
        e.btn_log.clicked.connect(self.ambil_log)
        e.btn_register.clicked.connect(self.isi_register)
        e.workflow.langkah.connect(self._langkah)
        e.btn_hapus.clicked.connect(self.hapus)

    def title(self) -> str:
        return self.tr("Evaluasi")

    # -- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        self.unit_view.unit.set_units(self.ctx.units(), keep=self.ctx.unit_filter)
        current = self.list.current()
        self.list.reload()
        if current is None or not self.list.select_id(current.id):
            self.list.select_first()
        self._periods_changed()

    def activate(self, arg: Any = None) -> None:
        super().activate(arg)
        if isinstance(arg, str):
            self.open_pegawai(arg)
        elif isinstance(arg, TampilkanStatus):  # from a Beranda card: the current period
            self.modes.setCurrentWidget(self.per_pegawai)
            self.tahun.setValue(date.today().year)
            now = periode_bawaan(self.periods, date.today())
            if now is not None:
                self.periode.setCurrentIndex(max(self.periode.findData(now.kode), 0))
            self.list.show_status(arg.status)

    def open_pegawai(self, pegawai_id: str) -> None:
        self.modes.setCurrentWidget(self.per_pegawai)
        self.list.show_id(pegawai_id)

    def periode_kode(self) -> str | None:
        data = self.periode.currentData()
        return str(data) if data else None

    def _periods_changed(self) -> None:
        """Periods follow the frequency configured for the employee's unit (or the year)."""
        tahun = self.tahun.value()
        pid = self.pegawai.id if self.pegawai else None
        unit = self.unit_view.unit.unit_id()

        def read(s):  # type: ignore[no-untyped-def]
            if pid is not None:
                return svc.periods_for(s, pid, tahun)
            from asn_desktop.domain.periods import periode_tahun

            return periode_tahun(tahun, svc.frekuensi_unit(s, unit, tahun))

        periods = self.ctx.read(read)
        keep = self.periode_kode()
        self.periods = periods
        self.periode.blockSignals(True)
        self.periode.clear()
        for p in periods:
            self.periode.addItem(periode_label(p), p.kode)
        i = self.periode.findData(keep) if keep else -1
        if i < 0:
            d = periode_bawaan(periods, date.today())
            i = self.periode.findData(d.kode) if d else 0
        self.periode.setCurrentIndex(max(i, 0))
        self.periode.blockSignals(False)
        self._periode_changed()

    def _periode_changed(self) -> None:
        """The list's status column asks about the chosen period (each unit's own)."""
        i = self.periode.currentIndex()
        chosen = self.periods[i] if 0 <= i < len(self.periods) else None
        self.list.set_kerja(self.tahun.value(), chosen)
        self._load_current()

    def _pegawai_selected(self, row: PegawaiRow | None) -> None:
        if row is not None and self.pegawai is not None and row.id == self.pegawai.id:
            return
        if not self.may_leave("", self.list, self.pegawai.id if self.pegawai else None):
            return
        self.pegawai = row
        self._periods_changed()

    def _load_current(self) -> None:
        if self.modes.currentWidget() is self.unit_view:
            self.unit_view.refresh()
        else:
            self._load()

    def _load(self) -> None:
        pp = self.per_pegawai
        row, kode, tahun = self.pegawai, self.periode_kode(), self.tahun.value()
        if row is None or kode is None:
            pp.stack.setCurrentWidget(pp.empty)
            self.view = None
            return

        def read(s):  # type: ignore[no-untyped-def]
            skp = skp_svc.skp_for(s, row.id, tahun)
            if skp is None:
                return None, None, [], False
            found = svc.evaluasi_row(s, skp.id, kode)
            if found is None:
                return skp, None, [], False
            return (skp, svc.get_evaluasi(s, found.id), ub_svc.feedback_for(s, row.id, kode),
                    pelayanan_kinerja.ada_sumber(s, skp.id))

        self.skp, self.view, feedback, self.ada_sumber = self.ctx.read(read)
        start = pp.start
        if self.skp is None:
            start.text.setText(self.tr("{0} belum memiliki SKP tahun {1}. Susun dan setujui "
                                       "SKP terlebih dahulu.").format(row.nama, tahun))
            start.button.setText(self.tr("Buka halaman SKP"))
            start.action = "skp"
            pp.stack.setCurrentWidget(start)
            return
        if self.view is None:
            if self.skp.status != "DISETUJUI":
                start.text.setText(self.tr("SKP {0} tahun {1} berstatus {2}. Evaluasi dapat "
                                           "dibuat setelah SKP disetujui.")
                                   .format(row.nama, tahun, label(self.skp.status_label)))
                start.button.setText(self.tr("Buka halaman SKP"))
                start.action = "skp"
            else:
                start.text.setText(self.tr("Evaluasi {0} untuk periode {1} belum dibuat.")
                                   .format(row.nama, self.periode.currentText()))
                start.button.setText(self.tr("Mulai evaluasi (Ctrl+N)"))
                start.action = "start"
            pp.stack.setCurrentWidget(start)
            return
        pp.stack.setCurrentWidget(self.editor)
        self._show(self.view, feedback)

    def _show(self, v: svc.EvaluasiView, feedback: list[ub_svc.UmpanBalikRow]) -> None:
        e = self.editor
        p = v.identitas.pegawai
        penilai = v.identitas.penilai
        e.who.setText(
            f"<b style='font-size:12pt'>{escape(p.nama)}</b> &nbsp; "
            f"{status_chip(v.status, label(v.status_label))}<br>{escape(p.jabatan)} · "
            f"{escape(p.unit_kerja)}<br>"
            + self.tr("{0} · pejabat penilai: {1}").format(
                periode_label(v.periode), escape(penilai.nama) if penilai else "—"))
        locked = v.terkunci
        e.banner.setVisible(locked)
        e.banner.setText(self.tr("Evaluasi ini sudah disetujui dan terkunci. Pilih \"Buka "
                                 "kembali\" (dengan alasan) untuk mengubahnya."))
        e.btn_simpan.setVisible(not locked)
        e.btn_log.setVisible(not locked)
        e.btn_register.setVisible(not locked and self.ada_sumber)
        e.workflow.show_for(v.status)
        e.btn_hapus.setVisible(v.status == Status.DRAFT)
        e.hasil.load(v)
        e.perilaku.load(v)
        e.penilaian.load(v)
        e.riwayat.load(v.riwayat)
        e.umpan.clear()
        for f in feedback:
            about = f.nilai_nama or f.rhk_uraian or self.tr("umum")
            tanggal = format_tanggal(f.tanggal) if f.tanggal else ""
            e.umpan.addItem(f"{tanggal} · {peran_text(f.peran)} "
                            f"{f.pemberi_nama} · {about}:\n{f.isi}")
        if not feedback:
            e.umpan.addItem(self.tr("Belum ada umpan balik tercatat untuk periode ini. Catat di "
                                    "halaman Umpan Balik."))

    # -- actions ---------------------------------------------------------------------------------

    def _start_clicked(self) -> None:
        if self.per_pegawai.start.action == "skp" and self.pegawai is not None:
            self.ctx.navigate.emit("skp", self.pegawai.id)
        else:
            self.new()

    def new(self) -> None:
        if self.skp is None or self.view is not None or self.skp.status != "DISETUJUI":
            return
        skp_id, kode = self.skp.id, self.periode_kode()
        if kode is None:
            return
        ops.buka(skp_id, kode).success(lambda _id: self._load()).run(self.ctx, self)

    def focus_search(self) -> None:
        self.list.focus_search()

    def is_dirty(self) -> bool:
        if self.view is None or self.per_pegawai.stack.currentWidget() is not self.editor:
            return False
        e = self.editor
        return e.hasil.is_dirty() or e.perilaku.is_dirty() or e.penilaian.is_dirty()

    def discard(self) -> None:
        self._load()

    def save(self) -> bool:
        v = self.view
        if v is None or v.terkunci or not self.is_dirty():
            return False
        e = self.editor
        realisasi = []
        for row in e.hasil.changed_realisasi():
            try:
                nilai = row.nilai_baru()
            except ValueError:
                row.error.show_error(self.tr("Realisasi harus berupa angka, mis. 12 atau 12,5."))
                e.tabs.setCurrentWidget(e.hasil)
                row.nilai.setFocus()
                return False
            row.error.show_error(None)
            realisasi.append(ops.Realisasi(row.id, nilai, row.teks.text().strip() or None,
                                           row.bukti.text().strip() or None))
        pen = e.penilaian
        isian = ops.Isian(realisasi, e.hasil.changed_umpan(), e.perilaku.changed(),
                          ops.Penilaian(*pen.values()) if pen.is_dirty() else None)
        ops.simpan(v.id, isian).success(lambda _r: self._load()).run(self.ctx, self)
        return True

    def ambil_log(self) -> None:
        v = self.view
        if v is None:
            return
        if self.is_dirty():
            messages.warning(self, self.tr("Simpan dahulu perubahan yang sedang diisi."))
            return

        ops.ambil_log(v.id).success(self._diisi(
            self.tr("Tidak ada realisasi yang berubah: log harian periode ini kosong atau "
                    "sudah sama."), self.tr("Realisasi diisi dari log harian:"))).run(
            self.ctx, self)

    def _diisi(self, kosong: str, judul: str) -> Callable[[list[log_svc.RealisasiChange]], None]:
        """After realisasi were filled from a source: reload and say what changed."""
        def done(changes: list[log_svc.RealisasiChange]) -> None:
            self._load()
            if not changes:
                messages.info(self, kosong)
            else:
                lines = "\n".join(f"• {ch.indikator_uraian}: {format_angka(ch.baru)} "
                                  f"{ch.satuan or ''}" for ch in changes)
                messages.info(self, judul + "\n" + lines)

        return done

    def isi_register(self) -> None:
        v = self.view
        if v is None or not self.ada_sumber:
            return
        if self.is_dirty():
            messages.warning(self, self.tr("Simpan dahulu perubahan yang sedang diisi."))
            return

        ops.isi_dari_register(v.id).success(self._diisi(
            self.tr("Tidak ada realisasi yang berubah: register pelayanan periode ini kosong "
                    "atau sudah sama."), self.tr("Realisasi diisi dari register pelayanan:"))).run(
            self.ctx, self)

    def _workflow(self, make: Callable[[str], Op[None]]) -> None:
        if self.view is None:
            return
        if self.is_dirty():
            messages.warning(self, self.tr("Simpan dahulu perubahan yang sedang diisi."))
            return
        make(self.view.id).success(lambda _r: self._load()).run(self.ctx, self)

    def _langkah(self, step: str) -> None:
        """A step chosen on the workflow bar."""
        {Langkah.AJUKAN: self.ajukan, Langkah.KEMBALIKAN: self.kembalikan,
         Langkah.SETUJUI: self.setujui, Langkah.BUKA_KEMBALI: self.buka_kembali}[Langkah(step)]()

    def ajukan(self) -> None:
        self._workflow(lambda i: ops.langkah(i, Langkah.AJUKAN))

    def setujui(self) -> None:
        if messages.confirm(self, self.tr("Setujui evaluasi ini? Setelah disetujui evaluasi "
                                          "terkunci.")):
            self._workflow(lambda i: ops.langkah(i, Langkah.SETUJUI))

    def kembalikan(self) -> None:
        alasan = messages.ask_text(self, self.tr("Kembalikan evaluasi"),
                                   self.tr("Alasan pengembalian (wajib):"))
        if alasan is not None:
            self._workflow(lambda i: ops.langkah(i, Langkah.KEMBALIKAN, alasan))

    def hapus(self) -> None:
        if messages.confirm(self, self.tr("Hapus evaluasi konsep ini beserta realisasi dan "
                                          "umpan baliknya?")):
            self._workflow(ops.hapus)

    def buka_kembali(self) -> None:
        alasan = messages.ask_text(self, self.tr("Buka kembali evaluasi"),
                                   self.tr("Alasan membuka kembali (wajib, dicatat di "
                                           "riwayat):"))
        if alasan is not None:
            self._workflow(lambda i: ops.langkah(i, Langkah.BUKA_KEMBALI, alasan))
