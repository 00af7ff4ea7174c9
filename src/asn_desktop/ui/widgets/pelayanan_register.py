"""Register harian: one day's count per layanan typed like Log Harian (Enter moves on), the
import of an export file, and the month's totals per layanan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.dates import NAMA_HARI, format_tanggal
from asn_desktop.errors import ValidationError
from asn_desktop.services import pelayanan as svc
from asn_desktop.services import pelayanan_rekap as rekap_svc
from asn_desktop.services.pelayanan_impor import HasilImpor
from asn_desktop.teks import _
from asn_desktop.ui import context as c
from asn_desktop.ui import messages
from asn_desktop.ui.ops import pelayanan as ops
from asn_desktop.ui.widgets.common import DateEdit, FieldError, hint, named
from asn_desktop.ui.widgets.pelayanan_umum import KANAN, Pilihan, lebar_kolom, persen, sel, tabel

HARI = NAMA_HARI  # shown through _()
# columns of the day's table
C_LAYANAN, C_KEMARIN, C_MASUK, C_SELESAI, C_TEPAT, C_BACKLOG, C_ALASAN = range(7)
ANGKA = (C_MASUK, C_SELESAI, C_TEPAT, C_BACKLOG)
ISIAN = (*ANGKA, C_ALASAN)
KOLOM_FIELD = {"masuk": C_MASUK, "selesai": C_SELESAI, "tepat_waktu": C_TEPAT,
               "backlog": C_BACKLOG, "alasan_backlog": C_ALASAN}
Index = QModelIndex | QPersistentModelIndex


class _Editor(QStyledItemDelegate):
    """Whole numbers 0…BATAS_ANGKA in the count columns, a line of text for the reason; each
    editor named after its column for a screen reader."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        view = self.parent()
        assert isinstance(view, QTableWidget)
        head = view.horizontalHeaderItem(index.column())
        name = head.text() if head is not None else ""
        editor: QWidget
        if index.column() in ANGKA:
            spin = QSpinBox(parent)
            spin.setRange(0, svc.BATAS_ANGKA)
            spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
            spin.setAlignment(KANAN)
            editor = spin
        else:
            editor = QLineEdit(parent)
        editor.setAccessibleName(name)
        return editor


class RegisterTable(QTableWidget):
    """Typing starts editing a cell; Enter keeps the value and opens the next cell to fill."""

    def __init__(self, headers: list[str]) -> None:
        super().__init__(0, len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.setItemDelegate(_Editor(self))
        T = QAbstractItemView.EditTrigger
        self.setEditTriggers(T.AnyKeyPressed | T.DoubleClicked | T.EditKeyPressed
                             | T.SelectedClicked)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)

    def next_cell(self, row: int, col: int) -> tuple[int, int] | None:
        later = [c for c in ISIAN if c > col]
        if later:
            return row, later[0]
        return (row + 1, ISIAN[0]) if row + 1 < self.rowCount() else None

    def start(self, row: int = 0, col: int = C_MASUK) -> None:
        if 0 <= row < self.rowCount():
            self.setFocus()
            self.setCurrentCell(row, col)
            self.edit(self.currentIndex())

    def move_on(self) -> None:
        nxt = self.next_cell(self.currentRow(), self.currentColumn())
        if nxt is not None:
            self.start(*nxt)

    def commit_open_editor(self) -> None:
        """The value typed in a cell still being edited (Ctrl+S before Enter) counts too."""
        editor = self.indexWidget(self.currentIndex())
        if editor is not None and self.state() == QAbstractItemView.State.EditingState:
            self.commitData(editor)
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.state() != QAbstractItemView.State.EditingState:
            if self.currentColumn() in ISIAN:
                self.edit(self.currentIndex())
            else:
                self.start(max(self.currentRow(), 0))
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter in the editor
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.move_on()
            return
        super().closeEditor(editor, hint)


@dataclass
class _Baris:
    layanan: svc.LayananView
    tercatat: bool  # the day was written for this layanan before
    kemarin: int
    backlog_diisi: bool  # the backlog was written or typed: no longer worked out
    ada_kemarin: bool = False  # an earlier day is written: its backlog bounds this day


class RegisterTab(QWidget):
    tanggal_berubah = Signal(object)  # date: the day moved to another month

    def __init__(self, ctx: c.AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pilihan: Pilihan | None = None
        self.baris: list[_Baris] = []
        self._tanggal = date.today()
        self._dirty = False
        self._mengisi = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        nav = QHBoxLayout()
        self.prev = named(QPushButton(self.tr("◀ Hari sebelumnya")), "register_sebelumnya")
        self.tanggal = named(DateEdit(self._tanggal), "register_tanggal")
        self.tanggal.setAccessibleName(self.tr("Tanggal register"))
        self.next = named(QPushButton(self.tr("Hari berikutnya ▶")), "register_berikutnya")
        self.today = named(QPushButton(self.tr("Hari ini")), "register_hari_ini")
        self.hari = named(QLabel(), "register_hari")
        self.hari.setStyleSheet("font-weight: 600;")
        self.btn_impor = named(QPushButton(self.tr("Impor dari berkas…")), "register_impor")
        self.btn_simpan = named(QPushButton(self.tr("Simpan (Ctrl+S)")), "register_simpan")
        for w in (self.prev, self.tanggal, self.next, self.today, self.hari):
            nav.addWidget(w)
        nav.addStretch(1)
        nav.addWidget(self.btn_impor)
        nav.addWidget(self.btn_simpan)
        lay.addLayout(nav)
        self.petunjuk = hint(self.tr(
            "Ketik jumlahnya lalu tekan Enter untuk pindah ke kolom berikutnya. Tunggakan terisi "
            "sendiri dari tunggakan kemarin + masuk − selesai sampai Anda mengubahnya."))
        lay.addWidget(self.petunjuk)
        split = QSplitter(Qt.Orientation.Vertical)
        self.table = named(RegisterTable([
            self.tr("Layanan"), self.tr("Tunggakan kemarin"), self.tr("Masuk"),
            self.tr("Selesai"), self.tr("Tepat waktu"), self.tr("Tunggakan"),
            self.tr("Alasan tunggakan")]), "tabel_register")
        lebar_kolom(self.table, [320, 90, 70, 70, 90, 70, 200], stretch=C_ALASAN)
        self.table.itemChanged.connect(self._changed)
        split.addWidget(self.table)
        bawah = QWidget()
        bl = QVBoxLayout(bawah)
        bl.setContentsMargins(0, 4, 0, 0)
        self.judul_bulan = named(QLabel(), "register_judul_bulan")
        self.judul_bulan.setStyleSheet("font-weight: 600;")
        bl.addWidget(self.judul_bulan)
        self.totals = tabel("tabel_register_bulan", [
            self.tr("Layanan"), self.tr("Standar"), self.tr("Masuk"), self.tr("Selesai"),
            self.tr("Tepat waktu"), self.tr("% tepat waktu"), self.tr("Tunggakan akhir")])
        lebar_kolom(self.totals, [320, 110, 70, 70, 90, 100, 100], stretch=0)
        bl.addWidget(self.totals)
        split.addWidget(bawah)
        split.setSizes([260, 200])
        lay.addWidget(split, 1)
        self.error = FieldError()
        self.error.setObjectName("register_error")
        lay.addWidget(self.error)
        self.prev.clicked.connect(lambda: self.pindah(self._tanggal - timedelta(days=1)))
        self.next.clicked.connect(lambda: self.pindah(self._tanggal + timedelta(days=1)))
        self.today.clicked.connect(lambda: self.pindah(date.today()))
        self.tanggal.dateChanged.connect(lambda _d: self.pindah(self.tanggal.value()))
        self.btn_simpan.clicked.connect(self.save)
        self.btn_impor.clicked.connect(lambda: self.impor())

    # -- the day ---------------------------------------------------------------------------------

    def set_pilihan(self, p: Pilihan) -> None:
        """A unit or month chosen at the top: the day stays when it is in that month."""
        unit_sama = self.pilihan is not None and self.pilihan.unit_id == p.unit_id
        self.pilihan = p
        r = p.rentang
        if not r.mulai <= self._tanggal <= r.selesai:
            self._tanggal = min(date.today(), r.selesai) if r.mulai <= date.today() else r.mulai
            self._dirty = False
        elif not unit_sama:
            self._dirty = False
        self.load()

    def pindah(self, d: date) -> None:
        if d == self._tanggal:
            return
        if not self._boleh_pindah():
            self.tanggal.blockSignals(True)
            self.tanggal.set_date(self._tanggal)
            self.tanggal.blockSignals(False)
            return
        self._tanggal = d
        if self.pilihan is not None and not (
                self.pilihan.rentang.mulai <= d <= self.pilihan.rentang.selesai):
            self.tanggal_berubah.emit(d)  # the page chooses the month, which loads the day
            return
        self._load_day()

    def _boleh_pindah(self) -> bool:
        if not self._dirty:
            return True
        answer = messages.ask_unsaved(self, self.tr("Register {0}").format(
            format_tanggal(self._tanggal)))
        if answer == "cancel":
            return False
        if answer == "save" and not self.save():
            return False
        self._dirty = False  # saved (its rows already taken) or thrown away
        return True

    def boleh_pindah(self) -> bool:
        """Before the page shows another unit or month: what was typed is saved or dropped."""
        return self._boleh_pindah()

    def is_dirty(self) -> bool:
        return self._dirty

    def discard(self) -> None:
        self._dirty = False
        self._load_day()

    def load(self) -> None:
        if not self._dirty:  # a change elsewhere never throws away what is being typed
            self._load_day()
        self._load_month()

    def _load_day(self) -> None:
        self.tanggal.blockSignals(True)
        self.tanggal.set_date(self._tanggal)
        self.tanggal.blockSignals(False)
        d = self._tanggal
        self.hari.setText(_(HARI[d.weekday()]))
        self.error.show_error(None)
        p = self.pilihan
        if p is None:
            return

        def read(s):  # type: ignore[no-untyped-def]
            ada = {h.layanan_id: h for h in svc.harian(s, p.unit_id, d, d)}
            rows = [lay for lay in svc.katalog(s, p.unit_id, semua=True)
                    if lay.aktif or lay.id in ada]
            return [(lay, ada.get(lay.id), svc.backlog_tercatat(s, lay.id, d)) for lay in rows]

        data = self.ctx.read(read)
        self._mengisi = True
        t = self.table
        t.setRowCount(len(data))
        self.baris = []
        for i, (lay, h, tercatat) in enumerate(data):
            kemarin = tercatat or 0
            self.baris.append(_Baris(lay, h is not None, kemarin, h is not None,
                                     tercatat is not None))
            name = sel(f"{lay.kode} — {lay.nama}",
                       tip=self.tr("{0}\nStandar: {1}").format(lay.nama, lay.standar_teks))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            t.setItem(i, C_LAYANAN, name)
            prev = sel(str(kemarin), angka=True)
            prev.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            t.setItem(i, C_KEMARIN, prev)
            values = (h.masuk, h.selesai, h.tepat_waktu, h.backlog) if h else (0, 0, 0, kemarin)
            for col, v in zip(ANGKA, values, strict=True):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.EditRole, v)
                item.setTextAlignment(KANAN)
                t.setItem(i, col, item)
            t.setItem(i, C_ALASAN, QTableWidgetItem((h.alasan_backlog or "") if h else ""))
        self._mengisi = False
        self._dirty = False
        self.petunjuk.setText(self.tr(
            "Ketik jumlahnya lalu tekan Enter untuk pindah ke kolom berikutnya. Tunggakan terisi "
            "sendiri dari tunggakan kemarin + masuk − selesai sampai Anda mengubahnya.")
            if data else self.tr("Belum ada layanan aktif di katalog unit ini; tambahkan di tab "
                                 "Katalog layanan."))
        for w in (self.btn_simpan, self.table):
            w.setEnabled(bool(data))

    def _angka(self, row: int, col: int) -> int:
        item = self.table.item(row, col)
        value = item.data(Qt.ItemDataRole.EditRole) if item is not None else 0
        try:
            return int(value or 0)
        except (TypeError, ValueError):
            return 0

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._mengisi:
            return
        self._dirty = True
        row, col = item.row(), item.column()
        if not 0 <= row < len(self.baris):
            return
        b = self.baris[row]
        if col == C_BACKLOG:
            b.backlog_diisi = True
        elif col in (C_MASUK, C_SELESAI) and not b.backlog_diisi:
            backlog = svc.backlog_saran(b.kemarin, self._angka(row, C_MASUK),
                                        self._angka(row, C_SELESAI))
            self._mengisi = True
            cell = self.table.item(row, C_BACKLOG)
            if cell is not None:
                cell.setData(Qt.ItemDataRole.EditRole, backlog)
            self._mengisi = False

    def isian(self) -> list[svc.HarianInput]:
        """The rows to write: those written before and those with something typed."""
        out = []
        for i, b in enumerate(self.baris):
            alasan_item = self.table.item(i, C_ALASAN)
            alasan = alasan_item.text().strip() if alasan_item is not None else ""
            masuk, selesai, tepat, backlog = (self._angka(i, col) for col in ANGKA)
            if not b.tercatat and not (masuk or selesai or tepat or alasan
                                       or backlog != b.kemarin):
                continue
            out.append(svc.HarianInput(b.layanan.id, self._tanggal, masuk, selesai, tepat,
                                       backlog, alasan or None))
        return out

    def save(self) -> bool:
        if self.pilihan is None or not self.baris:
            return False
        self.table.commit_open_editor()
        rows = self.isian()
        for data in rows:
            i = next(i for i, b in enumerate(self.baris) if b.layanan.id == data.layanan_id)
            b = self.baris[i]
            try:
                svc.periksa_harian(data, kemarin=b.kemarin if b.ada_kemarin else None)
            except ValidationError as exc:
                self.error.show_error(f"{self.baris[i].layanan.nama}: {exc.message}")
                self.table.setCurrentCell(i, KOLOM_FIELD.get(exc.field or "", C_MASUK))
                self.table.setFocus()
                return False
        if not rows:  # only zeros typed where nothing was written: nothing to keep
            self._dirty = False
            return True
        self.error.show_error(None)
        tanggal, unit_id = self._tanggal, self.pilihan.unit_id

        def done(_n: int) -> None:
            p = self.pilihan
            if tanggal == self._tanggal and p is not None and p.unit_id == unit_id:
                self._dirty = False
                self._load_day()

        ops.catat_harian(rows).success(done).failure(
            lambda exc: self.error.show_error(messages.error_text(exc)[0])).run(self.ctx, self)
        return True

    # -- import ----------------------------------------------------------------------------------

    def impor(self, path: str | None = None) -> None:
        p = self.pilihan
        if p is None:
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Impor register layanan"), str(Path.home()),
                self.tr("Register (*.xlsx *.csv)"))
        if not path:
            return
        if self._dirty and not messages.confirm(self, self.tr(
                "Isian register hari ini yang belum disimpan akan diganti isi berkas. "
                "Lanjutkan?")):
            return

        def done(h: HasilImpor) -> None:
            self._dirty = False
            self._load_day()
            messages.info(self, self.tr("Register diimpor: {0} baris, {1} hari, {2} jenis "
                                        "layanan.").format(h.baris, h.hari, h.layanan))

        ops.impor(p.unit_id, Path(path)).success(done).failure(
            lambda exc: messages.show_error(self, exc, self.tr("Register tidak diimpor"))
        ).run(self.ctx, self)

    # -- the month -------------------------------------------------------------------------------

    def _load_month(self) -> None:
        p = self.pilihan
        if p is None:
            return
        r = self.ctx.read(lambda s: rekap_svc.rekap(s, p.unit_id, p.rentang))
        self.judul_bulan.setText(self.tr("Jumlah {0} per layanan").format(r.rentang.judul))
        t = self.totals
        t.setRowCount(len(r.layanan) + (1 if r.layanan else 0))
        for i, b in enumerate(r.layanan):
            for col, item in enumerate((
                    sel(f"{b.kode} — {b.nama}"), sel(b.standar), sel(str(b.masuk), True),
                    sel(str(b.selesai), True), sel(str(b.tepat_waktu), True),
                    sel(persen(b.persen_tepat), True),
                    sel(str(b.backlog), True, "; ".join(b.alasan_backlog) or None))):
                t.setItem(i, col, item)
        if r.layanan:
            i = len(r.layanan)
            for col, item in enumerate((
                    sel(self.tr("Jumlah")), sel(""), sel(str(r.masuk), True),
                    sel(str(r.selesai), True), sel(str(r.tepat_waktu), True),
                    sel(persen(r.persen_tepat), True),
                    sel(str(sum(b.backlog for b in r.layanan)), True))):
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                t.setItem(i, col, item)
