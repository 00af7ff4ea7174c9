"""Organisasi: the unit tree of the city. The central adds, edits, moves, closes and reopens units
(kode, jenis, pimpinan, evaluation frequency, letterhead lines, address, the kop surat image
stored as the unit's logo); a unit
installation sees its own subtree read-only. Every rule is in services/organisasi.py."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.dates import format_tanggal
from asn_desktop.domain.periods import Frekuensi
from asn_desktop.domain.unit_kerja import LABEL_JENIS_UNIT, MAX_KOP_BARIS, JenisUnit, kop_melebar
from asn_desktop.errors import os_reason
from asn_desktop.services import organisasi as svc
from asn_desktop.services import pegawai as psvc
from asn_desktop.ui import context as c
from asn_desktop.ui import messages
from asn_desktop.ui.ops import organisasi as ops
from asn_desktop.ui.pages.base import Page
from asn_desktop.ui.widgets.common import (
    FieldError,
    TextArea,
    UnitCombo,
    heading,
    hint,
    named,
    translate_buttons,
)

ID_ROLE = Qt.ItemDataRole.UserRole
LABEL_FREKUENSI = {None: "Ikuti tahun kinerja", Frekuensi.BULANAN: "Bulanan",
                   Frekuensi.TRIWULANAN: "Triwulanan", Frekuensi.SEMESTERAN: "Semesteran"}


class PindahDialog(QDialog):
    """Choose the new parent of a unit."""

    def __init__(self, page: OrganisasiPage, unit: svc.UnitDetail) -> None:
        super().__init__(page)
        self.setWindowTitle(self.tr("Pindahkan unit"))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Pindahkan {0} ke bawah:").format(unit.nama)))
        self.induk = UnitCombo()
        self.induk.setObjectName("pindah_induk")
        self.induk.set_units(page.ctx.units(), keep=unit.induk_id)
        lay.addWidget(self.induk)
        box = translate_buttons(QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        lay.addWidget(box)


class UnitForm(QWidget):
    """The fields of one unit; empty for a new sub-unit."""

    def __init__(self, page: OrganisasiPage) -> None:
        super().__init__()
        self.page = page
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 0, 0, 0)
        self.judul = heading("")
        self.judul.setWordWrap(True)
        lay.addWidget(self.judul)
        self.info = named(hint(""), "unit_info")
        lay.addWidget(self.info)
        form = QFormLayout()
        self.kode = named(QLineEdit(), "unit_kode")
        self.kode.setPlaceholderText("3673.DINKES")
        self.nama = named(QLineEdit(), "unit_nama")
        self.jenis = named(QComboBox(), "unit_jenis")
        for j in JenisUnit:
            self.jenis.addItem(LABEL_JENIS_UNIT[j], j.value)
        self.induk = named(QLabel(), "unit_induk")
        self.tempat = named(QLineEdit(), "unit_tempat")
        self.alamat = named(TextArea(lines=2), "unit_alamat")
        self.alamat.setMaximumHeight(64)
        self.kop = named(TextArea(lines=4), "unit_kop")
        self.kop.setMaximumHeight(96)
        self.kop.setToolTip(self.tr("Baris kop surat tambahan, satu per baris (paling banyak "
                                    "{0}).").format(MAX_KOP_BARIS))
        self.frekuensi = named(QComboBox(), "unit_frekuensi")
        for frek, text in LABEL_FREKUENSI.items():
            self.frekuensi.addItem(self.tr(text), frek.value if frek else None)
        self.pimpinan = named(QComboBox(), "unit_pimpinan")
        self.logo = named(QLabel(), "unit_logo")
        self.logo.setFixedSize(280, 72)  # a kop surat is wide
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setStyleSheet("border: 1px solid #c9d6e3;")
        logo_row = QHBoxLayout()  # the buttons under the preview: side by side it is too wide
        self.btn_logo = named(QPushButton(self.tr("Pilih gambar kop…")), "unit_pilih_logo")
        self.btn_logo.clicked.connect(self._choose_logo)
        self.btn_no_logo = named(QPushButton(self.tr("Hapus gambar kop")), "unit_hapus_logo")
        self.btn_no_logo.clicked.connect(self._remove_logo)
        logo_row.addWidget(self.btn_logo)
        logo_row.addWidget(self.btn_no_logo)
        logo_row.addStretch(1)
        self.errors: dict[str, FieldError] = {}
        for key, label, w in (
            ("kode", self.tr("Kode"), self.kode), ("nama", self.tr("Nama unit"), self.nama),
            ("jenis", self.tr("Jenis"), self.jenis), ("induk", self.tr("Induk"), self.induk),
            ("tempat", self.tr("Tempat (kota)"), self.tempat),
            ("alamat", self.tr("Alamat"), self.alamat),
            ("kop_baris", self.tr("Kop tambahan"), self.kop),
            ("frekuensi_evaluasi", self.tr("Frekuensi evaluasi"), self.frekuensi),
            ("pimpinan", self.tr("Pimpinan unit"), self.pimpinan),
        ):
            box = QVBoxLayout()
            box.setSpacing(0)
            box.addWidget(w)
            self.errors[key] = FieldError()
            box.addWidget(self.errors[key])
            form.addRow(label + ":", box)
        # logo_png is the unit's own kop surat on its SKP and Evaluasi sheets (sub-units too)
        logo_box = QVBoxLayout()
        logo_box.setSpacing(2)
        logo_box.addWidget(self.logo)
        logo_box.addLayout(logo_row)
        self.errors["logo_png"] = FieldError()
        logo_box.addWidget(self.errors["logo_png"])
        self.logo_hint = named(hint(self.tr(
            "Gambar selebar halaman (lambang, nama dan alamat instansi). Kosong: memakai kop "
            "surat dari Pengaturan; tanpa kop bila keduanya kosong.")), "unit_logo_petunjuk")
        logo_box.addWidget(self.logo_hint)
        form.addRow(self.tr("Kop surat (gambar)") + ":", logo_box)
        lay.addLayout(form)
        self.error = FieldError()
        lay.addWidget(self.error)
        lay.addStretch(1)
        self.logo_baru: bytes | None = None
        self.hapus_logo = False

    def fields(self) -> list[QWidget]:
        return [self.kode, self.nama, self.jenis, self.tempat, self.alamat, self.kop,
                self.frekuensi, self.pimpinan, self.btn_logo, self.btn_no_logo]

    def show_unit(self, d: svc.UnitDetail | None, induk: svc.UnitDetail | None,
                  pegawai: list[psvc.PegawaiRow]) -> None:
        """Fill the form with ``d``, or empty for a new unit under ``induk``."""
        for e in self.errors.values():
            e.show_error(None)
        self.error.show_error(None)
        self.logo_baru, self.hapus_logo = None, False
        self.pimpinan.clear()
        self.pimpinan.addItem(self.tr("(belum ditetapkan)"), None)
        for p in pegawai:
            self.pimpinan.addItem(f"{p.nama} — {p.jabatan}", p.nip)
        if d is None:
            self.judul.setText(self.tr("Unit baru di bawah {0}").format(
                induk.nama if induk else "—"))
            self.info.setText(self.tr("Isi kode dan nama, lalu Simpan (Ctrl+S)."))
            self.kode.setText((induk.kode + ".") if induk else "")
            self.nama.clear()
            self.jenis.setCurrentIndex(max(0, self.jenis.findData(_jenis_anak(induk))))
            self.induk.setText(induk.nama if induk else "—")
            self.tempat.setText(induk.tempat if induk else "Serang")
            self.alamat.setText("")
            self.kop.setText("")
            self.frekuensi.setCurrentIndex(0)
            self._show_logo(None)
            self.kode.setFocus()
            return
        self.judul.setText(d.nama + (self.tr(" (ditutup)") if d.ditutup else ""))
        info = [self.tr("{0} pegawai aktif, {1} sub-unit").format(d.jumlah_pegawai,
                                                                d.jumlah_sub_unit)]
        if d.punya_instalasi:
            info.append(self.tr("punya instalasi unit"))
        if d.ditutup:
            info.append(self.tr("ditutup sejak {0}").format(format_tanggal(d.ditutup)))
        self.info.setText("; ".join(info) + ".")
        self.kode.setText(d.kode)
        self.nama.setText(d.nama)
        self.jenis.setCurrentIndex(max(0, self.jenis.findData(d.jenis)))
        self.induk.setText(induk.nama if induk else self.tr("(akar)"))
        self.tempat.setText(d.tempat)
        self.alamat.setText(d.alamat or "")
        self.kop.setText("\n".join(d.kop_baris))
        self.frekuensi.setCurrentIndex(max(0, self.frekuensi.findData(d.frekuensi_evaluasi)))
        self.pimpinan.setCurrentIndex(max(0, self.pimpinan.findData(d.pimpinan_nip)))
        self._show_logo(self.page.ctx.read(lambda s: svc.logo_unit(s, d.id))
                        if d.ada_logo else None)

    def _show_logo(self, png: bytes | None) -> None:
        pix = QPixmap()
        if png and pix.loadFromData(png):
            self.logo.setPixmap(pix.scaled(276, 68, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo.setPixmap(QPixmap())
            self.logo.setText(self.tr("tanpa kop"))

    def _choose_logo(self) -> None:
        name, _f = QFileDialog.getOpenFileName(self, self.tr("Pilih gambar kop"), "",
                                               self.tr("Gambar PNG (*.png)"))
        if name:
            self.set_logo_file(Path(name))

    def set_logo_file(self, path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.errors["logo_png"].show_error(self.tr("Berkas tidak dapat dibaca: {0}")
                                               .format(os_reason(exc)))
            return
        self.logo_baru, self.hapus_logo = data, False
        # a narrow picture (a logo) is kept but not printed as a kop surat (KOP_RASIO_MIN)
        self.errors["logo_png"].show_error(None if kop_melebar(data) else self.tr(
            "Gambar ini tidak melebar (lebarnya kurang dari dua kali tingginya), sehingga "
            "tidak dicetak sebagai kop surat."))
        self._show_logo(data)

    def _remove_logo(self) -> None:
        self.logo_baru, self.hapus_logo = None, True
        self._show_logo(None)

    def data(self, induk_kode: str | None) -> svc.UnitInput:
        frek = self.frekuensi.currentData()
        return svc.UnitInput(
            kode=self.kode.text().strip(), nama=self.nama.text().strip(),
            jenis=str(self.jenis.currentData()), induk_kode=induk_kode,
            tempat=self.tempat.text().strip() or "Serang",
            alamat=self.alamat.text().strip() or None,
            kop_baris=tuple(ln.strip() for ln in self.kop.text().splitlines() if ln.strip()),
            frekuensi_evaluasi=str(frek) if frek else None,
            pimpinan_nip=self.pimpinan.currentData(),
            logo_png=self.logo_baru, hapus_logo=self.hapus_logo)

    def show_error(self, exc: BaseException) -> None:
        field = getattr(exc, "field", None)
        text = messages.error_text(exc)[0]
        target = self.errors.get(field or "")
        if target is None and field == "induk_kode":
            target = self.errors["induk"]
        if target is not None:
            target.show_error(text)
        else:
            self.error.show_error(text)


def _jenis_anak(induk: svc.UnitDetail | None) -> str:
    return {"PEMKOT": "OPD", "KECAMATAN": "KELURAHAN"}.get(induk.jenis if induk else "",
                                                           "BIDANG")


class OrganisasiPage(Page):
    key = "organisasi"

    def __init__(self, ctx: c.AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.watch(c.ORGANISASI, c.PEGAWAI, c.SYNC)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Organisasi"), 15))
        top.addStretch(1)
        self.show_closed = named(QCheckBox(self.tr("Tampilkan unit yang ditutup")),
                                 "tampil_ditutup")
        self.show_closed.toggled.connect(lambda _on: self.refresh())
        top.addWidget(self.show_closed)
        self.btn_add = named(QPushButton(self.tr("Tambah sub-unit (Ctrl+N)")), "tambah_unit")
        self.btn_add.clicked.connect(self.new)
        self.btn_save = named(QPushButton(self.tr("Simpan (Ctrl+S)")), "simpan_unit")
        self.btn_save.clicked.connect(self.save)
        self.btn_move = named(QPushButton(self.tr("Pindahkan…")), "pindah_unit")
        self.btn_move.clicked.connect(self.move_current)
        self.btn_close = named(QPushButton(self.tr("Tutup unit…")), "tutup_unit")
        self.btn_close.clicked.connect(self.close_or_open)
        self.btn_delete = named(QPushButton(self.tr("Hapus")), "hapus_unit")
        self.btn_delete.setToolTip(self.tr("Hanya unit yang belum pernah berisi pegawai, tanpa "
                                           "sub-unit dan tanpa instalasi"))
        self.btn_delete.clicked.connect(self.delete_current)
        self.buttons = (self.btn_add, self.btn_save, self.btn_move, self.btn_close,
                        self.btn_delete)
        for b in self.buttons:
            b.setVisible(ctx.can_edit_master)
            top.addWidget(b)
        lay.addLayout(top)
        if not ctx.can_edit_master:
            lay.addWidget(hint(self.tr("Struktur organisasi dikelola oleh BKPSDM (instalasi "
                                       "pusat); di sini hanya dapat dilihat.")))
        split = QSplitter()
        self.tree = named(QTreeWidget(), "pohon_unit")
        self.tree.setHeaderLabels([self.tr("Unit"), self.tr("Kode"), self.tr("Jenis"),
                                   self.tr("Pegawai")])
        # the names take the room left by the other columns (long OPD names, deep trees)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda _a, _b: self._selected())
        split.addWidget(self.tree)
        self.form = UnitForm(self)
        split.addWidget(self.form)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([680, 480])
        lay.addWidget(split, 1)
        self.units: dict[str, svc.UnitDetail] = {}
        self.new_under: svc.UnitDetail | None = None  # set while the form holds a new unit
        for w in self.form.fields():
            w.setEnabled(ctx.can_edit_master)

    def title(self) -> str:
        return self.tr("Organisasi")

    def refresh(self, select_id: str | None = None) -> None:
        super().refresh()
        keep = select_id or self.current_id()
        closed = self.show_closed.isChecked()
        units = self.ctx.read(lambda s: svc.daftar_unit(s, termasuk_ditutup=closed))
        scope = self.ctx.scope()
        if scope is not None:
            units = [u for u in units if u.id in scope]
        self.units = {u.id: u for u in units}
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for u in units:
            parent = items.get(u.induk_id or "")
            item = QTreeWidgetItem([u.nama, u.kode, LABEL_JENIS_UNIT.get(JenisUnit(u.jenis),
                                                                         u.jenis)
                                    if u.jenis in JenisUnit.__members__ else u.jenis,
                                    str(u.jumlah_pegawai)])
            item.setData(0, ID_ROLE, u.id)
            item.setToolTip(0, u.nama)
            if u.ditutup:
                for col in range(4):
                    item.setForeground(col, QColor("#8a8a8a"))
                item.setText(0, u.nama + self.tr(" (ditutup)"))
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            items[u.id] = item
        self.tree.expandToDepth(1)
        target = items.get(keep or "") or (self.tree.topLevelItem(0)
                                           if self.tree.topLevelItemCount() else None)
        if target is not None:
            self.tree.setCurrentItem(target)
        self._selected()

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def current(self) -> svc.UnitDetail | None:
        return self.units.get(self.current_id() or "")

    def _selected(self) -> None:
        self.new_under = None
        d = self.current()
        for b in (self.btn_save, self.btn_move, self.btn_close, self.btn_delete):
            b.setEnabled(d is not None)
        if d is not None:
            self.btn_close.setText(self.tr("Buka kembali") if d.ditutup
                                   else self.tr("Tutup unit…"))
            self.btn_move.setEnabled(d.induk_id is not None)
        self.form.show_unit(d, self.units.get(d.induk_id or "") if d else None,
                            self._pegawai_of(d.id) if d else [])

    def _pegawai_of(self, unit_id: str) -> list[psvc.PegawaiRow]:
        return self.ctx.read(lambda s: psvc.list_pegawai(
            s, psvc.PegawaiFilter(unit_ids=frozenset({unit_id})), limit=500))

    # -- actions ---------------------------------------------------------------------------------

    def new(self) -> None:
        induk = self.current()
        if not self.ctx.can_edit_master or induk is None:
            return
        self.new_under = induk
        self.btn_save.setEnabled(True)
        self.form.show_unit(None, induk, [])

    def save(self) -> bool:
        if not self.ctx.can_edit_master:
            return False
        induk, d = self.new_under, self.current()
        if induk is not None:
            data = self.form.data(induk.kode)
            ops.tambah(data).success(self.refresh).failure(self.form.show_error) \
                .run(self.ctx, self)
            return True
        if d is None:
            return False
        kode = d.kode
        data = self.form.data(self.units[d.induk_id].kode if d.induk_id else None)
        ops.ubah(kode, data).success(self.refresh).failure(self.form.show_error) \
            .run(self.ctx, self)
        return True

    def move_current(self) -> None:
        d = self.current()
        if d is None or not self.ctx.can_edit_master:
            return
        dlg = PindahDialog(self, d)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        induk = self.units.get(dlg.induk.unit_id() or "")
        if induk is None:
            return
        kode, induk_kode = d.kode, induk.kode
        ops.pindah(kode, induk_kode).success(self.refresh).run(self.ctx, self)

    def close_or_open(self) -> None:
        d = self.current()
        if d is None or not self.ctx.can_edit_master:
            return
        kode = d.kode
        if d.ditutup:
            ops.buka(kode).success(self.refresh).run(self.ctx, self)
            return
        if not messages.confirm(self, self.tr(
                "Tutup {0}? Unit yang ditutup tidak dapat menerima pegawai baru; riwayat dan "
                "dokumennya tetap tersimpan, dan unit dapat dibuka kembali.").format(d.nama)):
            return
        ops.tutup(kode).success(self.refresh).run(self.ctx, self)

    def delete_current(self) -> None:
        d = self.current()
        if d is None or not self.ctx.can_edit_master:
            return
        if not messages.confirm(self, self.tr(
                "Hapus unit {0} ({1})? Unit ini belum pernah dipakai. Datanya disimpan sebagai "
                "arsip; bila terhapus keliru, kodenya dapat dipulihkan.").format(d.nama, d.kode)):
            return
        kode, induk = d.kode, d.induk_id
        ops.hapus(kode).success(lambda _r: self.refresh(induk)).run(self.ctx, self)
