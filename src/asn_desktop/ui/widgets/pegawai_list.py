"""Search-as-you-type employee list over :class:`PegawaiModel`, with optional filters."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.jabatan import JENIS_JABATAN_LABELS
from asn_desktop.domain.periods import Periode
from asn_desktop.services import pegawai as svc
from asn_desktop.services import status_kerja
from asn_desktop.services.status_kerja import BELUM_SELESAI, JenisKerja, StatusKerja
from asn_desktop.ui.context import AppContext
from asn_desktop.ui.i18n import label
from asn_desktop.ui.models.pegawai_model import (
    COL_JABATAN,
    COL_KERJA,
    COL_NAMA,
    COL_NIP,
    KERJA_TEXT,
    PegawaiModel,
)
from asn_desktop.ui.operations import Operation
from asn_desktop.ui.widgets.common import SearchField, UnitCombo, named


@dataclass(frozen=True)
class TampilkanStatus:
    """A page argument: list the employees whose document is in ``status`` (a
    services.status_kerja status or BELUM_SELESAI), as Beranda's cards count them."""

    status: str


class PegawaiList(QWidget):
    """``compact``: only name and NIP columns, no filters (for choosing an employee)."""

    selected = Signal(object)  # PegawaiRow | None
    activated = Signal(object)  # PegawaiRow (double click / Enter)

    def __init__(self, ctx: AppContext, *, compact: bool = False, with_departed: bool = False,
                 kerja: JenisKerja | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.compact = compact
        self.kerja = kerja
        self._tahun = date.today().year
        self._periode: Periode | None = None
        self.model = PegawaiModel(ctx.read, self)
        self._count_gen = 0
        self.count_label = QLabel()
        self.count_label.setObjectName("jumlah_pegawai")
        self.count_label.setStyleSheet("color: #555;")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.search = SearchField(self.tr("Cari nama, NIP atau jabatan… (Ctrl+F)"))
        self.search.setObjectName("cari_pegawai")
        self.search.setMinimumWidth(150 if compact else 220)
        self.search.search.connect(self.model.set_text)
        self.model.modelReset.connect(self._after_reset)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        # the filters on a line of their own, so the list fits beside an editor at 1366 px
        filters = QHBoxLayout()
        self.unit_combo: UnitCombo | None = None
        self.jenis_combo: QComboBox | None = None
        self.status_combo: QComboBox | None = None
        if not compact:
            self.unit_combo = UnitCombo(all_text=self.tr("Semua unit"))
            self.unit_combo.setObjectName("filter_unit")
            self.unit_combo.setAccessibleName(self.tr("Saring menurut unit"))
            self.unit_combo.unitChanged.connect(lambda _u: self.apply_filters())
            filters.addWidget(self.unit_combo, 2)
            self.jenis_combo = named(QComboBox(), "filter_jenis")
            self.jenis_combo.setAccessibleName(self.tr("Saring menurut jenis jabatan"))
            self.jenis_combo.addItem(self.tr("Semua jenis jabatan"), None)
            for jenis, text in JENIS_JABATAN_LABELS.items():
                self.jenis_combo.addItem(label(text), jenis.value)
            self.jenis_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
            filters.addWidget(self.jenis_combo, 1)
            self.status_combo = named(QComboBox(), "filter_status")
            self.status_combo.setAccessibleName(self.tr("Saring menurut status kepegawaian"))
            self.status_combo.addItem(self.tr("PNS dan PPPK"), None)
            self.status_combo.addItem("PNS", "PNS")
            self.status_combo.addItem("PPPK", "PPPK")
            self.status_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
            filters.addWidget(self.status_combo)
        self.kerja_combo: QComboBox | None = None
        if kerja is not None:
            self._setup_kerja(kerja, filters)
        self.berhenti_check: QCheckBox | None = None
        if with_departed:
            self.berhenti_check = named(QCheckBox(self.tr("Termasuk yang berhenti")),
                                        "filter_berhenti")
            self.berhenti_check.toggled.connect(lambda _on: self.apply_filters())
            filters.addWidget(self.berhenti_check)
        lay.addLayout(top)
        if compact:
            filters.setContentsMargins(0, 0, 0, 0)
        else:
            filters.addStretch(0)
        lay.addLayout(filters)
        self.view = QTableView()
        self.view.setObjectName("tabel_pegawai")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_NAMA, Qt.SortOrder.AscendingOrder)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        if compact:
            for col in range(self.model.columnCount()):
                self.view.setColumnHidden(col, col not in (COL_NAMA, COL_KERJA))
            header.setStretchLastSection(False)
            header.setSectionResizeMode(COL_NAMA, QHeaderView.ResizeMode.Stretch)
            fm = self.view.fontMetrics()
            widest = max(fm.horizontalAdvance(label(text)) for text in KERJA_TEXT.values())
            self.view.setColumnWidth(COL_KERJA, widest + 18)
            # a splitter only ever grows the editor beside it: room for names is set here
            status = widest + 18 if kerja is not None else 0
            self.setMinimumWidth(fm.averageCharWidth() * 22 + status + 24)
        else:
            fm = self.view.fontMetrics()
            # a grouped NIP whole ("19920304 201802 1 901"), whatever the text size
            nip = fm.horizontalAdvance("00000000 000000 0 000") + 20
            for col, width in ((COL_NAMA, 220), (COL_NIP, nip), (COL_JABATAN, 210), (3, 130),
                               (4, 55), (5, 50)):
                self.view.setColumnWidth(col, width)
        self.view.setColumnHidden(COL_KERJA, kerja is None)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.doubleClicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.count_label)

    def preferred_width(self) -> int:
        """A chooser list's width: about 34 characters of names plus the status column, so it
        grows with the text size chosen in Pengaturan."""
        fm = self.view.fontMetrics()
        extra = self.view.columnWidth(COL_KERJA) if self.kerja is not None else 0
        return fm.averageCharWidth() * 34 + extra + 24

    # -- where each one's SKP or evaluation stands ------------------------------------------------

    def _setup_kerja(self, kerja: JenisKerja, top: QHBoxLayout) -> None:
        combo = named(QComboBox(), "filter_dokumen")
        combo.setAccessibleName(self.tr("Saring menurut status dokumen"))
        combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.kerja_combo = combo
        top.addWidget(combo, 1)

        def source(s, people):  # type: ignore[no-untyped-def]
            assert self.kerja is not None
            return status_kerja.status_pegawai(s, self.kerja, self._tahun, people, self._periode)

        self._kerja_source = source
        self._fill_kerja(kerja)

    def _fill_kerja(self, kerja: JenisKerja) -> None:
        combo = self.kerja_combo
        assert combo is not None
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Semua status"), None)
        combo.addItem(self.tr("Belum selesai"), BELUM_SELESAI)
        for st in StatusKerja:
            if kerja is JenisKerja.SKP and st is StatusKerja.TANPA_SKP:
                continue
            combo.addItem(label(KERJA_TEXT[st]), st.value)
        combo.setCurrentIndex(max(combo.findData(keep), 0))
        combo.blockSignals(False)
        heading = self.tr("SKP") if kerja is JenisKerja.SKP else self.tr("Evaluasi")
        self.model.set_status_source(self._kerja_source, heading)

    def set_kerja(self, tahun: int, periode: Periode | None = None,
                  jenis: JenisKerja | None = None) -> None:
        """The year (for evaluations, the period; ``jenis``: another kind of document) the
        status column and filter ask about."""
        jenis = jenis or self.kerja
        if (tahun, periode, jenis) != (self._tahun, self._periode, self.kerja):
            self._tahun, self._periode = tahun, periode
            if jenis is not None and jenis != self.kerja:
                self.kerja = jenis
                self._fill_kerja(jenis)
            current = self.current()
            self.reload()
            if current is not None:
                self.select_id(current.id)

    def show_status(self, status: str | None) -> None:
        """List only the employees whose document is in ``status`` (None: everyone)."""
        if self.kerja_combo is None:
            return
        if self.search.text():
            self.search.setText("")
            self.search.flush()
        self.kerja_combo.setCurrentIndex(max(self.kerja_combo.findData(status), 0))

    def dokumen_di_daftar(self, status: StatusKerja) -> list[tuple[str, str]]:
        """(document id, employee name) of every employee the list's search and filters match
        (not only the rows fetched so far) whose document is in ``status``."""
        if self.kerja is None:
            return []
        flt = replace(self.current_filter(), kerja=status_kerja.FilterKerja(
            self.kerja, self._tahun, status.value, self._periode))
        kerja, tahun, periode = self.kerja, self._tahun, self._periode

        def read(s):  # type: ignore[no-untyped-def]
            rows = svc.list_pegawai(s, flt)
            found = status_kerja.status_pegawai(s, kerja, tahun,
                                                [(r.id, r.unit_id) for r in rows], periode)
            return [(found[r.id].dokumen_id, r.nama) for r in rows
                    if found[r.id].status is status and found[r.id].dokumen_id]

        docs: list[tuple[str, str]] = self.ctx.read(read)
        return docs

    def step(self, offset: int) -> bool:
        """Select the employee ``offset`` rows down (negative: up); False at either end."""
        row = self.view.currentIndex().row() + offset if self.view.currentIndex().isValid() \
            else 0
        while row >= self.model.rowCount() and self.model.canFetchMore():
            self.model.fetchMore()
        if not 0 <= row < self.model.rowCount():
            return False
        target = self.model.row_at(row)
        return target is not None and self.select_id(target.id)

    def status_of(self, pegawai_id: str) -> status_kerja.StatusPegawai | None:
        return self.model.kerja_of(pegawai_id)

    # -- filters ---------------------------------------------------------------------------------

    def set_units(self) -> None:
        if self.unit_combo is not None:
            self.unit_combo.set_units(self.ctx.units())

    def current_filter(self) -> svc.PegawaiFilter:
        unit = self.unit_combo.unit_id() if self.unit_combo is not None else None
        return svc.PegawaiFilter(
            text=self.search.text(),
            unit_ids=self.ctx.visible_units(unit),
            jenis_jabatan=self.jenis_combo.currentData() if self.jenis_combo else None,
            status=self.status_combo.currentData() if self.status_combo else None,
            termasuk_berhenti=bool(self.berhenti_check and self.berhenti_check.isChecked()),
            kerja=self._kerja_filter(),
        )

    def _kerja_filter(self) -> status_kerja.FilterKerja | None:
        if self.kerja is None or self.kerja_combo is None:
            return None
        status = self.kerja_combo.currentData()
        if status is None:
            return None
        return status_kerja.FilterKerja(self.kerja, self._tahun, status, self._periode)

    def apply_filters(self) -> None:
        """Show the rows of the chosen filters; when the one chosen is no longer among them,
        the first row is chosen, so an editor beside never shows someone the list hides."""
        current = self.current()
        self.model.set_filter(self.current_filter())
        if current is None or not self.select_id(current.id):
            if self.model.rowCount():
                self.select_first()
            else:
                self.selected.emit(None)

    def reload(self, *, force: bool = False) -> None:
        """Read the rows again (the filter's year or period may be what changed)."""
        self.model.set_filter(self.current_filter(), force=True)

    def _after_reset(self) -> None:
        """Count matches in the background so typing never waits for a COUNT(*)."""
        self._count_gen += 1
        gen = self._count_gen
        if not self.model.canFetchMore():
            self._show_count(gen, self.model.rowCount())
            return
        flt = self.model.filter
        db = self.ctx.ws.db

        def count(_ctx: object) -> int:
            with db.Session() as s:
                return svc.count_pegawai(s, flt)

        self.count_label.setText(self.tr("Menghitung…"))
        Operation(self, count).success(lambda n: self._show_count(gen, n)).run()

    def _show_count(self, gen: int, n: int) -> None:
        if gen == self._count_gen:
            text = self.tr("1 pegawai") if n == 1 else self.tr("{0} pegawai")
            self.count_label.setText(text.format(f"{n:,}".replace(",", ".")))

    # -- selection -------------------------------------------------------------------------------

    def current(self) -> svc.PegawaiRow | None:
        idx = self.view.currentIndex()
        return self.model.row_at(idx.row()) if idx.isValid() else None

    def select_id(self, pegawai_id: str) -> bool:
        row = self.model.row_of(pegawai_id)
        if row < 0:
            return False
        idx = self.model.index(row, COL_NAMA)
        self.view.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(idx)
        return True

    def show_id(self, pegawai_id: str) -> bool:
        """Select the employee; when not among the loaded rows, search for their NIP first."""
        if self.select_id(pegawai_id):
            return True
        from asn_desktop.services.pegawai import list_pegawai_by_ids

        rows = self.ctx.read(lambda s: list_pegawai_by_ids(s, [pegawai_id]))
        if not rows:
            return False
        self.set_text(rows[0].nip)
        return self.select_id(pegawai_id)

    def select_first(self) -> None:
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            first = self.model.row_at(0)
            if first is not None:
                self.select_id(first.id)

    def _current_changed(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        self.selected.emit(self.model.row_at(current.row()) if current.isValid() else None)

    def _activated(self, index) -> None:  # type: ignore[no-untyped-def]
        row = self.model.row_at(index.row())
        if row is not None:
            self.activated.emit(row)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def set_text(self, text: str) -> None:
        self.search.setText(text)
        self.search.flush()

    def replace_filter(self, **kw: object) -> None:
        self.model.set_filter(replace(self.model.filter, **kw))  # type: ignore[arg-type]


def tombol_langkah(people: PegawaiList) -> QWidget:
    """‹ and › beside an editor: the previous and next employee of the list (Alt+PgUp /
    Alt+PgDown anywhere in the window)."""
    box = QWidget()
    lay = QHBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(2)
    for name, text, tip, offset in (
            ("pegawai_sebelumnya", "‹", people.tr("Pegawai sebelumnya (Alt+PgUp)"), -1),
            ("pegawai_berikutnya", "›", people.tr("Pegawai berikutnya (Alt+PgDown)"), 1)):
        b = named(QToolButton(), name)
        b.setText(text)
        b.setToolTip(tip)
        b.setAccessibleName(tip)
        b.clicked.connect(lambda _=False, o=offset: people.step(o))
        lay.addWidget(b)
    return box
