"""The employee list: a table model over ``services.pegawai`` that sorts and filters in SQL and
fetches rows in pages as the view scrolls (canFetchMore/fetchMore).

The model holds only DTO rows. Reads run on the GUI thread with a short session per page; a
page of 200 rows of a 100,000-row table is a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from sqlalchemy.orm import Session

from asn_desktop.domain.jabatan import JENIS_JABATAN_LABELS, JenisJabatan
from asn_desktop.domain.nip import format_nip_grouped
from asn_desktop.domain.pegawai_status import StatusKepegawaian
from asn_desktop.services import pegawai as svc
from asn_desktop.services.status_kerja import STATUS_KERJA_LABELS, StatusKerja, StatusPegawai
from asn_desktop.ui.i18n import QT_TRANSLATE_NOOP, label
from asn_desktop.ui.widgets.common import periode_text

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 200

# (key for services.pegawai.SORT_COLUMNS or None, heading)
COLUMNS: tuple[tuple[str | None, str], ...] = (
    ("nama", QT_TRANSLATE_NOOP("PegawaiModel", "Nama")),
    ("nip", QT_TRANSLATE_NOOP("PegawaiModel", "NIP / NI PPPK")),
    ("jabatan", QT_TRANSLATE_NOOP("PegawaiModel", "Jabatan")),
    (None, QT_TRANSLATE_NOOP("PegawaiModel", "Jenis jabatan")),
    ("status", QT_TRANSLATE_NOOP("PegawaiModel", "Status")),
    ("golongan", QT_TRANSLATE_NOOP("PegawaiModel", "Gol.")),
    ("unit", QT_TRANSLATE_NOOP("PegawaiModel", "Unit kerja")),
    (None, QT_TRANSLATE_NOOP("PegawaiModel", "Dokumen")),  # the SKP / evaluation asked about
)
COL_NAMA, COL_NIP, COL_JABATAN, COL_JENIS, COL_STATUS, COL_GOL, COL_UNIT, COL_KERJA = range(8)
# the words and colours of services.status_kerja for the status column
KERJA_TEXT = {
    StatusKerja.TANPA_SKP: QT_TRANSLATE_NOOP("domain", "Tanpa SKP"),
    StatusKerja.BELUM: QT_TRANSLATE_NOOP("domain", "Belum dibuat"),
    StatusKerja.DRAFT: QT_TRANSLATE_NOOP("domain", "Konsep"),
    StatusKerja.DIAJUKAN: QT_TRANSLATE_NOOP("domain", "Diajukan"),
    StatusKerja.DISETUJUI: QT_TRANSLATE_NOOP("domain", "Disetujui"),
}
KERJA_COLOR = {
    StatusKerja.TANPA_SKP: "#8a8a8a", StatusKerja.BELUM: "#b3261e",
    StatusKerja.DRAFT: "#8a6d00", StatusKerja.DIAJUKAN: "#1f4e79",
    StatusKerja.DISETUJUI: "#1b7a3a",
}
# (session, [(id, unit_id)]) -> {id: StatusPegawai}
StatusSource = Callable[[Session, list[tuple[str, "str | None"]]], dict[str, StatusPegawai]]


def _heading(text: str) -> str:
    return QCoreApplication.translate("PegawaiModel", text)


def jenis_label(code: str) -> str:
    try:
        return label(JENIS_JABATAN_LABELS[JenisJabatan(code)])
    except ValueError:
        return code


class PegawaiModel(QAbstractTableModel):
    """Rows of ``services.pegawai.list_pegawai`` for one :class:`PegawaiFilter`."""

    countChanged = Signal(int)

    def __init__(self, read: Callable[[Callable[[Session], Any]], Any], parent: Any = None):
        super().__init__(parent)
        self._read = read
        self._filter = svc.PegawaiFilter()
        self._rows: list[svc.PegawaiRow] = []
        self._more = False
        self._sort = "nama"
        self._desc = False
        self._count: int | None = None
        self._status_source: StatusSource | None = None
        self._kerja_heading = ""
        self._kerja: dict[str, StatusPegawai] = {}

    def set_status_source(self, source: StatusSource | None, heading: str = "") -> None:
        """Fill the status column (headed ``heading``) from ``source`` for each page of rows
        fetched."""
        self._status_source = source
        self._kerja_heading = heading

    def kerja_of(self, pegawai_id: str) -> StatusPegawai | None:
        return self._kerja.get(pegawai_id)

    # -- filter and reload -----------------------------------------------------------------------

    @property
    def filter(self) -> svc.PegawaiFilter:
        return self._filter

    def set_filter(self, flt: svc.PegawaiFilter, *, force: bool = False) -> None:
        """Show the rows of ``flt`` (``force``: read them again even when it is unchanged)."""
        if force or flt != self._filter:
            self._filter = flt
            self.reload()

    def set_text(self, text: str) -> None:
        self.set_filter(replace(self._filter, text=text))

    def reload(self) -> None:
        """Reset to the first page of the current filter and sort (one query)."""
        first = self._fetch(0)
        self.beginResetModel()
        self._rows = first
        self._kerja = self._statuses(first)
        self._more = len(first) == PAGE
        self._count = None
        self.endResetModel()

    def total(self) -> int:
        """Number of matching employees (a COUNT query; cached until the next reload)."""
        if self._count is None:
            if not self._more:
                self._count = len(self._rows)
            else:
                flt = self._filter
                self._count = int(self._read(lambda s: svc.count_pegawai(s, flt)))
        return self._count

    def _statuses(self, rows: list[svc.PegawaiRow]) -> dict[str, StatusPegawai]:
        source = self._status_source
        if source is None or not rows:
            return {}
        people = [(r.id, r.unit_id) for r in rows]
        found: dict[str, StatusPegawai] = self._read(lambda s: source(s, people))
        return found

    def _fetch(self, offset: int) -> list[svc.PegawaiRow]:
        flt, sort, desc = self._filter, self._sort, self._desc
        rows: list[svc.PegawaiRow] = self._read(
            lambda s: svc.list_pegawai(s, flt, offset=offset, limit=PAGE, sort=sort,
                                       descending=desc)
        )
        return rows

    # -- lazy fetching ---------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        more = self._fetch(len(self._rows))
        self._more = len(more) == PAGE
        if more:
            start = len(self._rows)
            self._kerja.update(self._statuses(more))
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    # -- Qt model API ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == COL_KERJA and self._kerja_heading:
                return self._kerja_heading
            return _heading(COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        kerja = self._kerja.get(row.id) if index.column() == COL_KERJA else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == COL_UNIT:
                return row.unit_lengkap
            if kerja is not None:
                text = label(STATUS_KERJA_LABELS[kerja.status])
                if kerja.periode is None:
                    return text
                return self.tr("{0}: {1}").format(periode_text(kerja.periode.label), text)
            return f"{row.nama}\n{row.nip} · {row.jabatan}\n{row.unit_lengkap}"
        if role == Qt.ItemDataRole.ForegroundRole:
            if not row.aktif:
                return QColor("#8a8a8a")  # left service: listed only on request, greyed
            if kerja is not None:
                return QColor(KERJA_COLOR[kerja.status])
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == COL_NAMA:
            return row.nama if row.aktif else row.nama + self.tr(" (berhenti)")
        if col == COL_NIP:
            status = row.status if row.status in StatusKepegawaian.__members__ else "PNS"
            return format_nip_grouped(row.nip, StatusKepegawaian(status))
        if col == COL_JABATAN:
            return row.jabatan
        if col == COL_JENIS:
            return jenis_label(row.jenis_jabatan)
        if col == COL_STATUS:
            return row.status
        if col == COL_GOL:
            return row.golongan
        if col == COL_UNIT:
            return row.unit_lengkap
        if col == COL_KERJA:
            return label(KERJA_TEXT[kerja.status]) if kerja is not None else ""
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][0] if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        self._sort = key
        self._desc = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def row_at(self, row: int) -> svc.PegawaiRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, pegawai_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r.id == pegawai_id:
                return i
        return -1
