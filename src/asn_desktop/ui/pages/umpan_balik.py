"""Umpan Balik: feedback on an employee from the atasan or a rekan kerja, and the forum
evaluasi kinerja (date, participants, the employee presenting). The evaluation form shows the
feedback of its period."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.berakhlak import BERAKHLAK
from asn_desktop.domain.dates import format_tanggal
from asn_desktop.domain.periods import periode_bawaan
from asn_desktop.errors import ValidationError
from asn_desktop.services import evaluasi as eval_svc
from asn_desktop.services import pegawai as peg_svc
from asn_desktop.services import skp as skp_svc
from asn_desktop.services import umpan_balik as svc
from asn_desktop.services.pegawai import PegawaiRow
from asn_desktop.services.status_kerja import JenisKerja
from asn_desktop.ui import context as c
from asn_desktop.ui import messages
from asn_desktop.ui.ops import umpan_balik as ops
from asn_desktop.ui.pages.base import Page
from asn_desktop.ui.pages.evaluasi import peran_text
from asn_desktop.ui.widgets.common import (
    DateEdit,
    FieldError,
    TextArea,
    UnitCombo,
    heading,
    named,
    periode_text,
)
from asn_desktop.ui.widgets.pegawai_list import PegawaiList


class FeedbackTab(QWidget):
    def __init__(self, page: UmpanBalikPage) -> None:
        super().__init__()
        self.page = page
        self.pegawai: PegawaiRow | None = None
        lay = QHBoxLayout(self)
        split = QSplitter()
        self.list = PegawaiList(page.ctx, compact=True, kerja=JenisKerja.EVALUASI)
        self.list.selected.connect(self._selected)
        split.addWidget(self.list)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(8, 0, 0, 0)
        self.who = QLabel()
        self.who.setWordWrap(True)
        rl.addWidget(self.who)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.pemberi = named(QComboBox(), "ub_pemberi")
        self.tanggal = DateEdit()
        self.tanggal.setObjectName("ub_tanggal")
        self.tentang = named(QComboBox(), "ub_tentang")
        self.isi = TextArea(lines=4)
        self.isi.setObjectName("ub_isi")
        self.errors = {k: FieldError() for k in ("pemberi_id", "isi", "other")}
        form.addRow(self.tr("Dari:"), self.pemberi)
        form.addRow("", self.errors["pemberi_id"])
        form.addRow(self.tr("Tanggal:"), self.tanggal)
        form.addRow(self.tr("Tentang:"), self.tentang)
        form.addRow(self.tr("Isi umpan balik:"), self.isi)
        form.addRow("", self.errors["isi"])
        form.addRow("", self.errors["other"])
        rl.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.simpan = QPushButton(self.tr("Simpan umpan balik (Ctrl+S)"))
        self.simpan.setObjectName("simpan_umpan_balik")
        self.simpan.clicked.connect(self.save)
        row.addWidget(self.simpan)
        rl.addLayout(row)
        prow = QHBoxLayout()
        prow.addWidget(QLabel("<b>" + self.tr("Umpan balik tercatat, periode:") + "</b>"))
        self.periode = named(QComboBox(), "ub_periode")
        self.periode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.periode.setMinimumContentsLength(16)
        self.periode.currentIndexChanged.connect(lambda _i: self._load_list())
        prow.addWidget(self.periode)
        prow.addStretch(1)
        rl.addLayout(prow)
        self.tercatat = QListWidget()
        self.tercatat.setObjectName("ub_tercatat")
        self.tercatat.setWordWrap(True)
        rl.addWidget(self.tercatat, 1)
        split.addWidget(right)
        split.setSizes([self.list.preferred_width(), 900])
        split.setStretchFactor(1, 1)
        lay.addWidget(split)
        self._initial = ""

    def _selected(self, row: PegawaiRow | None) -> None:
        self.pegawai = row
        self.load()

    def load(self) -> None:
        row = self.pegawai
        self.simpan.setEnabled(row is not None)
        if row is None:
            self.who.setText(self.tr("Pilih pegawai yang diberi umpan balik."))
            return
        tahun = self.tanggal.value().year

        def read(s):  # type: ignore[no-untyped-def]
            d = peg_svc.detail(s, row.id)
            rekan: list[PegawaiRow] = []
            if d.atasan is not None:
                rekan = [b for b in peg_svc.detail(s, d.atasan.id).bawahan if b.id != row.id]
            skp = skp_svc.skp_for(s, row.id, tahun)
            rhks: tuple[skp_svc.RhkView, ...] = ()
            if skp is not None:
                u, t = skp_svc.rhk_views(s, skp.id)
                rhks = u + t
            return d, rekan, rhks, eval_svc.periods_for(s, row.id, tahun)

        d, rekan, rhks, periods = self.page.ctx.read(read)
        self.who.setText(f"<b>{escape(row.nama)}</b> — {escape(row.jabatan)}")
        self.pemberi.clear()
        if d.atasan is not None:
            self.pemberi.addItem(self.tr("Atasan: {0}").format(d.atasan.nama),
                                 (d.atasan.id, svc.Peran.ATASAN.value))
        for r in rekan:
            self.pemberi.addItem(self.tr("Rekan kerja: {0}").format(r.nama),
                                 (r.id, svc.Peran.REKAN.value))
        self.tentang.clear()
        self.tentang.addItem(self.tr("Kinerja secara umum"), None)
        for v in BERAKHLAK:
            self.tentang.addItem(self.tr("Perilaku: {0}").format(v.nilai), f"nilai:{v.kode}")
        for r in rhks:
            text = r.uraian if len(r.uraian) < 70 else r.uraian[:68] + "…"
            self.tentang.addItem(self.tr("RHK: {0}").format(text), f"rhk:{r.id}")
        keep = self.periode.currentData()
        self.periode.blockSignals(True)
        self.periode.clear()
        for p in periods:
            self.periode.addItem(periode_text(p.label), p.kode)
        i = self.periode.findData(keep) if keep else -1
        if i < 0:
            dp = periode_bawaan(periods, date.today())
            i = self.periode.findData(dp.kode) if dp else 0
        self.periode.setCurrentIndex(max(i, 0))
        self.periode.blockSignals(False)
        for e in self.errors.values():
            e.show_error(None)
        self._load_list()

    def _load_list(self) -> None:
        row, kode = self.pegawai, self.periode.currentData()
        self.tercatat.clear()
        if row is None or kode is None:
            return
        items = self.page.ctx.read(lambda s: svc.feedback_for(s, row.id, kode))
        for f in items:
            about = f.nilai_nama or f.rhk_uraian or self.tr("umum")
            tanggal = format_tanggal(f.tanggal) if f.tanggal else ""
            self.tercatat.addItem(f"{tanggal} · {peran_text(f.peran)}"
                                  f" {f.pemberi_nama} · {about}\n{f.isi}")
        if not items:
            self.tercatat.addItem(self.tr("Belum ada umpan balik pada periode ini."))

    def is_dirty(self) -> bool:
        return bool(self.isi.text().strip())

    def save(self) -> bool:
        row = self.pegawai
        who = self.pemberi.currentData()
        for e in self.errors.values():
            e.show_error(None)
        if row is None:
            return False
        if who is None:
            self.errors["pemberi_id"].show_error(self.tr("Pegawai ini belum memiliki atasan "
                                                         "atau rekan kerja yang tercatat."))
            return False
        about = (self.tentang.currentData() or ":").split(":", 1)
        data = svc.UmpanBalikInput(
            pegawai_id=row.id, pemberi_id=who[0], peran=svc.Peran(who[1]), isi=self.isi.text(),
            tanggal=self.tanggal.value(),
            nilai_kode=about[1] if about[0] == "nilai" else None,
            rhk_id=about[1] if about[0] == "rhk" else None,
        )

        def done(_id: str) -> None:
            self.isi.clear()
            self._load_list()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                self.errors.get(exc.field or "", self.errors["other"]).show_error(exc.message)
            else:
                messages.show_error(self, exc)

        ops.tambah(data).success(done).failure(failed).run(self.page.ctx, self)
        return True


class ForumTab(QWidget):
    def __init__(self, page: UmpanBalikPage) -> None:
        super().__init__()
        self.page = page
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Unit:")))
        self.unit = UnitCombo()
        self.unit.setObjectName("forum_unit")
        self.unit.unitChanged.connect(lambda _u: self.load())
        top.addWidget(self.unit, 1)
        lay.addLayout(top)
        split = QSplitter()
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("tabel_forum")
        self.table.setHorizontalHeaderLabels([self.tr("Tanggal"), self.tr("Agenda"),
                                              self.tr("Pegawai presentasi")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(1, 260)
        split.addWidget(self.table)
        right = QWidget()
        form = QFormLayout(right)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.tanggal = DateEdit()
        self.tanggal.setObjectName("forum_tanggal")
        self.agenda = named(QLineEdit(), "forum_agenda")
        self.agenda.setPlaceholderText(self.tr("mis. Evaluasi kinerja triwulan III"))
        self.peserta = TextArea(lines=4)
        self.peserta.setObjectName("forum_peserta")
        self.peserta.setPlaceholderText(self.tr("Satu nama per baris"))
        self.presentasi = named(QComboBox(), "forum_presentasi")
        self.catatan = TextArea(lines=3)
        self.catatan.setObjectName("forum_catatan")
        self.error = FieldError()
        form.addRow(heading(self.tr("Forum baru"), 11))
        form.addRow(self.tr("Tanggal:"), self.tanggal)
        form.addRow(self.tr("Agenda:"), self.agenda)
        form.addRow(self.tr("Peserta:"), self.peserta)
        form.addRow(self.tr("Pegawai yang presentasi:"), self.presentasi)
        form.addRow(self.tr("Catatan:"), self.catatan)
        form.addRow("", self.error)
        self.simpan = QPushButton(self.tr("Simpan forum"))
        self.simpan.setObjectName("simpan_forum")
        self.simpan.clicked.connect(self.save)
        form.addRow("", self.simpan)
        split.addWidget(right)
        split.setSizes([560, 480])
        lay.addWidget(split, 1)

    def load(self) -> None:
        unit = self.unit.unit_id()
        if unit is None:
            return
        units = self.page.ctx.visible_units(unit)
        tahun = self.tanggal.value().year

        def read(s):  # type: ignore[no-untyped-def]
            people = peg_svc.list_pegawai(s, peg_svc.PegawaiFilter(unit_ids=units), limit=500)
            return svc.list_forum(s, units, tahun), people

        forums, people = self.page.ctx.read(read)
        t = self.table
        t.setRowCount(len(forums))
        for i, f in enumerate(forums):
            for col, text in enumerate((format_tanggal(f.tanggal) if f.tanggal else "",
                                        f.agenda, f.pegawai_presentasi_nama)):
                t.setItem(i, col, QTableWidgetItem(text))
        self.presentasi.clear()
        self.presentasi.addItem(self.tr("(tidak ada)"), None)
        for p in people:
            self.presentasi.addItem(p.nama, p.id)

    def save(self) -> None:
        unit = self.unit.unit_id()
        if unit is None:
            return
        data = svc.ForumInput(
            unit_id=unit, tanggal=self.tanggal.value(), agenda=self.agenda.text(),
            peserta=tuple(x.strip() for x in self.peserta.text().splitlines() if x.strip()),
            pegawai_presentasi_id=self.presentasi.currentData(),
            catatan=self.catatan.text().strip() or None,
        )
        self.error.show_error(None)

        def done(_id: str) -> None:
            self.agenda.clear()
            self.peserta.clear()
            self.catatan.clear()
            self.load()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                self.error.show_error(exc.message)
            else:
                messages.show_error(self, exc)

        ops.catat_forum(data).success(done).failure(failed).run(self.page.ctx, self)


class UmpanBalikPage(Page):
    key = "umpan_balik"

    def __init__(self, ctx: c.AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.watch(c.UMPAN_BALIK, c.PEGAWAI, c.SKP, c.SYNC)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.addWidget(heading(self.tr("Umpan Balik"), 15))
        self.tabs = QTabWidget()
        self.feedback = FeedbackTab(self)
        self.forum = ForumTab(self)
        self.tabs.addTab(self.feedback, self.tr("Umpan balik pegawai"))
        self.tabs.addTab(self.forum, self.tr("Forum evaluasi kinerja"))
        lay.addWidget(self.tabs, 1)

    def title(self) -> str:
        return self.tr("Umpan Balik")

    def refresh(self) -> None:
        super().refresh()
        fl = self.feedback.list
        current = fl.current()
        fl.set_kerja(self.feedback.tanggal.value().year)
        fl.reload()
        if current is None or not fl.select_id(current.id):
            fl.select_first()
        self.forum.unit.set_units(self.ctx.units(), keep=self.ctx.unit_filter)
        self.forum.load()

    def pegawai_list(self) -> PegawaiList | None:
        return self.feedback.list if self.tabs.currentWidget() is self.feedback else None

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.feedback)
        self.feedback.list.focus_search()

    def is_dirty(self) -> bool:
        return self.feedback.is_dirty()

    def save(self) -> bool:
        if self.tabs.currentWidget() is self.forum:
            self.forum.save()
            return True
        return self.feedback.save()

    def discard(self) -> None:
        self.feedback.isi.clear()

    def activate(self, arg: Any = None) -> None:
        super().activate(arg)
        if isinstance(arg, str):
            self.feedback.list.show_id(arg)
