"""Tabs of the SKP editor besides the RHK tree: perilaku kerja, lampiran, matriks, riwayat."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.services import skp as svc
from asn_desktop.services.riwayat import RiwayatView
from asn_desktop.ui.widgets.common import TextArea, hint


class PerilakuTab(QWidget):
    """Ekspektasi khusus pimpinan for each BerAKHLAK value, with its panduan at hand."""

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        self.lay = QVBoxLayout(inner)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        row = QHBoxLayout()
        row.addWidget(hint(self.tr("Panduan perilaku menurut SE MenPANRB 20/2021. Ekspektasi "
                                   "khusus pimpinan boleh dikosongkan.")), 1)
        self.save_button = QPushButton(self.tr("Simpan ekspektasi (Ctrl+S)"))
        self.save_button.setObjectName("simpan_ekspektasi")
        self.save_button.clicked.connect(self.save_requested.emit)
        row.addWidget(self.save_button)
        outer.addLayout(row)
        self.fields: dict[str, TextArea] = {}
        self._initial: dict[str, str] = {}
        self._built = False

    def load(self, perilaku: tuple[svc.PerilakuView, ...], locked: bool) -> None:
        if not self._built:
            for p in perilaku:
                box = QGroupBox(f"{p.nilai}")
                box.setStyleSheet("QGroupBox { font-weight: 600; }")
                form = QVBoxLayout(box)
                d = QLabel(f"<i>{p.definisi}</i>")
                d.setWordWrap(True)
                form.addWidget(d)
                bullets = QLabel("<br>".join(f"{i}. {t}" for i, t in
                                             enumerate(p.panduan, start=1)))
                bullets.setWordWrap(True)
                bullets.setStyleSheet("font-weight: normal;")
                form.addWidget(bullets)
                lab = QLabel(self.tr("Ekspektasi khusus pimpinan:"))
                lab.setStyleSheet("font-weight: normal;")
                form.addWidget(lab)
                field = TextArea(lines=2)
                field.setObjectName(f"ekspektasi_{p.kode}")
                field.setStyleSheet("font-weight: normal;")
                form.addWidget(field)
                self.fields[p.kode] = field
                self.lay.addWidget(box)
            self.lay.addStretch(1)
            self._built = True
        for p in perilaku:
            self.fields[p.kode].setText(p.ekspektasi)
            self.fields[p.kode].setReadOnly(locked)
        self.save_button.setEnabled(not locked)
        self._initial = self.values()

    def values(self) -> dict[str, str]:
        return {k: f.text() for k, f in self.fields.items()}

    def changed(self) -> dict[str, str]:
        now = self.values()
        return {k: v for k, v in now.items() if v != self._initial.get(k)}

    def is_dirty(self) -> bool:
        return bool(self.changed())

    def mark_clean(self) -> None:
        self._initial = self.values()


class LampiranTab(QWidget):
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.addWidget(hint(self.tr("Satu butir per baris. Dicetak sebagai Lampiran SKP.")))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dukungan = TextArea(lines=4)
        self.dukungan.setObjectName("lampiran_dukungan")
        self.skema = TextArea(lines=4)
        self.skema.setObjectName("lampiran_skema")
        self.konsekuensi = TextArea(lines=4)
        self.konsekuensi.setObjectName("lampiran_konsekuensi")
        form.addRow(self.tr("Dukungan sumber daya:"), self.dukungan)
        form.addRow(self.tr("Skema pertanggungjawaban:"), self.skema)
        form.addRow(self.tr("Konsekuensi:"), self.konsekuensi)
        lay.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_button = QPushButton(self.tr("Simpan lampiran (Ctrl+S)"))
        self.save_button.setObjectName("simpan_lampiran")
        self.save_button.clicked.connect(self.save_requested.emit)
        row.addWidget(self.save_button)
        lay.addLayout(row)
        lay.addStretch(1)
        self._initial = ("", "", "")

    def load(self, lampiran: svc.Lampiran, locked: bool) -> None:
        self.dukungan.setText("\n".join(lampiran.dukungan_sumber_daya))
        self.skema.setText("\n".join(lampiran.skema_pertanggungjawaban))
        self.konsekuensi.setText("\n".join(lampiran.konsekuensi))
        for f in (self.dukungan, self.skema, self.konsekuensi):
            f.setReadOnly(locked)
        self.save_button.setEnabled(not locked)
        self._initial = self._values()

    def _values(self) -> tuple[str, str, str]:
        return (self.dukungan.text(), self.skema.text(), self.konsekuensi.text())

    def is_dirty(self) -> bool:
        return self._values() != self._initial

    def mark_clean(self) -> None:
        self._initial = self._values()

    def data(self) -> svc.Lampiran:
        def items(text: str) -> tuple[str, ...]:
            return tuple(x for x in text.splitlines() if x.strip())

        return svc.Lampiran(items(self.dukungan.text()), items(self.skema.text()),
                            items(self.konsekuensi.text()))


class MatriksTab(QWidget):
    """Matriks pembagian peran dan hasil: the atasan's RHK across, subordinates down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        self.caption = hint("")
        lay.addWidget(self.caption)
        self.table = QTableWidget()
        self.table.setObjectName("matriks")
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(240)
        # wrapped cells are measured again whenever a column changes width
        self.table.horizontalHeader().sectionResized.connect(
            lambda *_a: self.table.resizeRowsToContents())
        lay.addWidget(self.table, 1)

    def load(self, m: svc.MatriksPeranHasil) -> None:
        t = self.table
        t.clear()
        cols = [self.tr("RHK {0}").format(k.nomor) for k in m.kolom]
        cols.append(self.tr("Belum terhubung"))
        t.setColumnCount(len(cols))
        t.setRowCount(len(m.baris) + 1)
        t.setHorizontalHeaderLabels(cols)
        heads = [self.tr("RHK atasan")] + [f"{b.nama}\n{b.jabatan}" for b in m.baris]
        t.setVerticalHeaderLabels(heads)
        bold = self.font()
        bold.setBold(True)
        for col, k in enumerate(m.kolom):
            item = QTableWidgetItem(k.uraian)
            item.setFont(bold)
            item.setBackground(self.palette().alternateBase())
            item.setToolTip("\n".join([k.uraian, *k.indikator]))
            t.setItem(0, col, item)
        for r, b in enumerate(m.baris, start=1):
            for col, sel in enumerate(b.sel):
                item = QTableWidgetItem(svc.sel_teks(sel))
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
                                      if sel else Qt.AlignmentFlag.AlignCenter)
                t.setItem(r, col, item)
            loose = "\n".join(b.belum_terhubung) if b.skp_id else self.tr("(belum ada SKP)")
            t.setItem(r, len(m.kolom), QTableWidgetItem(loose))
        t.verticalHeader().setMaximumWidth(260)
        mode = (QHeaderView.ResizeMode.Stretch if len(cols) <= 4
                else QHeaderView.ResizeMode.Interactive)
        t.horizontalHeader().setSectionResizeMode(mode)
        t.resizeRowsToContents()
        if not m.kolom:
            self.caption.setText(self.tr("{0} belum memiliki SKP tahun {1}; matriks belum dapat "
                                         "disusun.").format(m.atasan.nama, m.tahun))
        elif not m.baris:
            self.caption.setText(self.tr("{0} tidak memiliki bawahan langsung.")
                                 .format(m.atasan.nama))
        else:
            self.caption.setText(self.tr("Kolom: RHK {0} · Baris: bawahan langsung · Sel: RHK "
                                         "bawahan yang mengintervensi; x = tidak berperan.")
                                 .format(m.atasan.nama))


class RiwayatTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("riwayat")
        self.setHorizontalHeaderLabels([self.tr("Waktu"), self.tr("Tindakan"), self.tr("Oleh"),
                                        self.tr("Alasan")])
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.setColumnWidth(0, 170)
        self.setColumnWidth(1, 150)
        self.setColumnWidth(2, 150)

    def load(self, rows: tuple[RiwayatView, ...]) -> None:
        from datetime import datetime

        from asn_desktop.domain.dates import format_tanggal
        from asn_desktop.ui.i18n import label

        self.setRowCount(len(rows))
        for i, r in enumerate(rows):
            try:
                dt = datetime.fromisoformat(r.waktu)
                waktu = f"{format_tanggal(dt.date())} {dt:%H.%M}"
            except ValueError:
                waktu = r.waktu
            for c, text in enumerate((waktu, label(r.label), r.oleh or "", r.alasan or "")):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a narrow column elides; the whole text stays reachable
                self.setItem(i, c, item)
