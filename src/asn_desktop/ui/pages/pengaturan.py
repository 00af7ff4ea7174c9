"""Pengaturan: language of this computer, the settings the central publishes (read-only on a
unit), and preparing a performance year with its evaluation periods (central)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.periods import Frekuensi
from asn_desktop.errors import ValidationError
from asn_desktop.services import cadangan, orgs
from asn_desktop.services import evaluasi as eval_svc
from asn_desktop.services import pengaturan as svc
from asn_desktop.services import tahun_kinerja as tahun_svc
from asn_desktop.services import workspace as ws_svc
from asn_desktop.ui import context as c
from asn_desktop.ui import i18n, messages, tampilan
from asn_desktop.ui.i18n import QT_TRANSLATE_NOOP
from asn_desktop.ui.ops import pengaturan as ops
from asn_desktop.ui.pages.base import Page
from asn_desktop.ui.widgets.common import FieldError, TextArea, heading, hint, named
from asn_desktop.ui.widgets.setting_fields import (
    BatasPengaduanField,
    ChecklistField,
    DistributionField,
    GambarField,
    HariLiburField,
    IntervalIkmField,
    RecordField,
)

STRUCTURED = (ChecklistField, DistributionField, RecordField, HariLiburField,
              BatasPengaduanField, IntervalIkmField, GambarField)
# the image settings: the lambang over the Dokumen's title (about square), the kop surat (as
# wide as the page); the preview's largest size
GAMBAR = {svc.LAMBANG: (120, 120), svc.KOP_SURAT: (560, 110)}

FREKUENSI_TEXT = {
    Frekuensi.BULANAN.value: QT_TRANSLATE_NOOP("PengaturanPage", "Bulanan"),
    Frekuensi.TRIWULANAN.value: QT_TRANSLATE_NOOP("PengaturanPage", "Triwulanan"),
    Frekuensi.SEMESTERAN.value: QT_TRANSLATE_NOOP("PengaturanPage", "Semesteran"),
}


class PengaturanPage(Page):
    key = "pengaturan"

    def __init__(self, ctx: c.AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.watch(c.SETTINGS, c.SYNC)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.addWidget(heading(self.tr("Pengaturan"), 15))
        area = QScrollArea()
        area.setWidgetResizable(True)
        body = QWidget()
        lay = QVBoxLayout(body)
        area.setWidget(body)
        outer.addWidget(area, 1)

        box = QGroupBox(self.tr("Komputer ini"))
        form = QFormLayout(box)
        self.bahasa = named(QComboBox(), "bahasa")
        for code, name in i18n.LANGUAGES.items():
            self.bahasa.addItem(name, code)
        self.bahasa_apply = QPushButton(self.tr("Terapkan bahasa"))
        self.bahasa_apply.setObjectName("terapkan_bahasa")
        self.bahasa_apply.clicked.connect(self.apply_language)
        lang_row = QHBoxLayout()
        lang_row.addWidget(self.bahasa)
        lang_row.addWidget(self.bahasa_apply)
        lang_row.addStretch(1)
        form.addRow(self.tr("Bahasa tampilan:"), lang_row)
        self.ukuran = named(QComboBox(), "ukuran_huruf")
        self.ukuran.setAccessibleName(self.tr("Ukuran huruf"))
        for persen in tampilan.PILIHAN:
            self.ukuran.addItem(f"{persen} %", persen)
        self.ukuran_apply = QPushButton(self.tr("Terapkan ukuran huruf"))
        self.ukuran_apply.setObjectName("terapkan_ukuran_huruf")
        self.ukuran_apply.clicked.connect(self.apply_font_size)
        size_row = QHBoxLayout()
        size_row.addWidget(self.ukuran)
        size_row.addWidget(self.ukuran_apply)
        size_row.addStretch(1)
        form.addRow(self.tr("Ukuran huruf:"), size_row)
        self.operator = named(QLineEdit(), "nama_operator")
        self.operator.setPlaceholderText(self.tr("mis. Rina Marlina (kosong: nama pengguna "
                                                 "komputer)"))
        self.operator.setMinimumWidth(280)
        self.operator.returnPressed.connect(self.save_operator)
        self.operator_apply = QPushButton(self.tr("Simpan nama operator"))
        self.operator_apply.setObjectName("simpan_operator")
        self.operator_apply.clicked.connect(self.save_operator)
        op_row = QHBoxLayout()
        op_row.addWidget(self.operator, 1)
        op_row.addWidget(self.operator_apply)
        self.operator_error = FieldError()
        op_box = QVBoxLayout()
        op_box.setSpacing(2)
        op_box.addLayout(op_row)
        op_box.addWidget(self.operator_error)
        op_box.addWidget(hint(self.tr("Dicatat sebagai \"oleh\" pada riwayat dan log "
                                      "perubahan yang dibuat di komputer ini; tidak "
                                      "diterbitkan.")))
        form.addRow(self.tr("Nama operator:"), op_box)
        info = ctx.ws.info
        form.addRow(self.tr("Instalasi:"), QLabel(info.nama))
        form.addRow(self.tr("Peran:"), QLabel(self.tr("Pusat (BKPSDM)") if ctx.is_central
                                              else self.tr("Unit")))
        form.addRow(self.tr("Folder data:"), QLabel(str(ctx.ws.paths.data_dir)))
        lay.addWidget(box)

        self.shared = QGroupBox(self.tr("Pengaturan bersama (diterbitkan oleh pusat)"))
        self.shared_form = QFormLayout(self.shared)
        self.shared_form.setFieldGrowthPolicy(
            QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if not ctx.can_edit_master:
            self.shared_form.addRow(hint(self.tr("Pengaturan ini ditetapkan BKPSDM dan datang "
                                                 "melalui paket sinkronisasi.")))
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, FieldError] = {}
        self.views: dict[str, svc.SettingView] = {}
        lay.addWidget(self.shared)
        self.save_button = QPushButton(self.tr("Simpan pengaturan bersama (Ctrl+S)"))
        self.save_button.setObjectName("simpan_pengaturan")
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(ctx.can_edit_master)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        lay.addLayout(row)

        self.year_box = QGroupBox(self.tr("Tahun kinerja"))
        yf = QFormLayout(self.year_box)
        self.tahun = named(QSpinBox(), "tahun_kinerja")
        self.tahun.setRange(2020, 2100)
        self.tahun.setValue(date.today().year)
        self.frekuensi = named(QComboBox(), "frekuensi_tahun")
        for code, text in FREKUENSI_TEXT.items():
            self.frekuensi.addItem(self.tr(text), code)
        self.year_info = hint("")
        prepare = QPushButton(self.tr("Siapkan tahun dan periodenya"))
        prepare.setObjectName("siapkan_tahun")
        prepare.clicked.connect(self.prepare_year)
        self.tahun.valueChanged.connect(lambda _v: self._show_year())
        yf.addRow(self.tr("Tahun:"), self.tahun)
        yf.addRow(self.tr("Frekuensi evaluasi:"), self.frekuensi)
        yf.addRow("", prepare)
        yf.addRow("", self.year_info)
        self.year_box.setVisible(ctx.can_edit_master)
        lay.addWidget(self.year_box)

        backup_box = QGroupBox(self.tr("Cadangan data"))
        bl = QVBoxLayout(backup_box)
        bl.addWidget(hint(self.tr(
            "Simpan salinan berkas data di flashdisk atau folder lain secara berkala. Bila "
            "komputer rusak, pulihkan dari salinan itu: instalasi lain mengirim ulang apa yang "
            "hilang pada pertukaran paket berikutnya.")))
        brow = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Buat cadangan…"))
        self.backup_button.setObjectName("buat_cadangan")
        self.backup_button.clicked.connect(lambda: self.backup_to())
        self.restore_button = QPushButton(self.tr("Pulihkan dari cadangan…"))
        self.restore_button.setObjectName("pulihkan_cadangan")
        self.restore_button.clicked.connect(lambda: self.restore_from())
        brow.addWidget(self.backup_button)
        brow.addWidget(self.restore_button)
        brow.addStretch(1)
        bl.addLayout(brow)
        lay.addWidget(backup_box)
        if ctx.is_central:
            lay.addWidget(self._storage_box())
        lay.addStretch(1)

    def _storage_box(self) -> QGroupBox:
        """Where the central keeps its data, and the move onto a PostgreSQL server."""
        box = QGroupBox(self.tr("Penyimpanan data pusat"))
        form = QFormLayout(box)
        url = self.ctx.ws.db.url
        self.server_url = named(QLineEdit(box), "alamat_server")
        self.server_url.setPlaceholderText("postgresql://bkpsdm@server:5432/kinerja")
        self.move_button = QPushButton(self.tr("Pindahkan ke server…"), box)
        self.move_button.setObjectName("pindah_server")
        self.move_button.clicked.connect(lambda: self.move_to_server())
        if url is not None:  # already there: nothing to move
            self.server_url.hide()
            self.move_button.hide()
            form.addRow(self.tr("Tersimpan di:"), QLabel(self.tr("server PostgreSQL {0}").format(
                url)))
            return box
        form.addRow(self.tr("Tersimpan di:"), QLabel(self.tr("berkas {0}").format(
            self.ctx.ws.paths.database)))
        form.addRow(hint(self.tr(
            "Bila beberapa staf BKPSDM bekerja bersamaan dari beberapa komputer, pindahkan data "
            "pusat ke server PostgreSQL (basis data kosong; kata sandi dari ~/.pgpass atau "
            "PGPASSWORD, tidak ditulis di sini). Semua data, riwayat dan kunci tetap; unit "
            "tidak perlu mengulang apa pun.")))
        form.addRow(self.tr("Alamat server:"), self.server_url)
        form.addRow("", self.move_button)
        return box

    def move_to_server(self, url: str | None = None) -> None:
        url = (url if url is not None else self.server_url.text()).strip()
        try:
            ws_svc.check_database_url(url)
        except Exception as exc:
            messages.show_error(self, exc)
            return
        text = self.tr("Data pusat akan dipindah ke {0}. Tutup aplikasi ini di komputer lain "
                       "terlebih dahulu. Berkas data saat ini disimpan di folder cadangan. "
                       "Lanjutkan?").format(url)
        if messages.confirm(self, text, self.tr("Pindahkan ke server")):
            self.ctx.move_requested.emit(url)

    def title(self) -> str:
        return self.tr("Pengaturan")

    def refresh(self) -> None:
        super().refresh()
        lang = self.ctx.ws.get_local(i18n.SETTING_KEY) or i18n.DEFAULT_LANGUAGE
        self.bahasa.setCurrentIndex(max(self.bahasa.findData(lang), 0))
        size = tampilan.persen(self.ctx.ws.get_local(tampilan.SKALA_KEY))
        self.ukuran.setCurrentIndex(max(self.ukuran.findData(size), 0))
        self.operator.setText(ws_svc.operator(self.ctx.ws) or "")
        self.operator_error.show_error(None)
        views = self.ctx.read(svc.list_settings)
        editable = self.ctx.can_edit_master
        for v in views:
            self.views[v.key] = v
            field = self.fields.get(v.key)
            if field is None:
                field = self._make_field(v)
                self.fields[v.key] = field
                err = FieldError()
                self.errors[v.key] = err
                # the IKM intervals show their caveat as a warning inside the field
                note = "" if isinstance(field, IntervalIkmField) else f" — {v.keterangan}"
                label = QLabel(f"<b>{v.label}</b>{note}")
                label.setWordWrap(True)
                field.setToolTip(v.keterangan)
                self.shared_form.addRow(label)
                self.shared_form.addRow(field)
                self.shared_form.addRow(err)
                if isinstance(field, GambarField):  # a new choice clears the last refusal
                    field.changed.connect(lambda e=err: e.show_error(None))
            self._set_value(field, v.nilai)
            field.setEnabled(editable)
            self.errors[v.key].show_error(None)
        self._initial = self.values()
        self._show_year()

    def _show_year(self) -> None:
        """The chosen year's frequency as set up (or the published default), and whether it
        is ready: the choice starts from what the data holds."""
        tahun = self.tahun.value()
        row, frek = self.ctx.read(lambda s: (tahun_svc.tahun_ini(s, tahun),
                                             eval_svc.frekuensi_tahun(s, tahun)))
        self.frekuensi.setCurrentIndex(max(self.frekuensi.findData(frek.value), 0))
        label = self.tr(FREKUENSI_TEXT[frek.value]).lower()
        if row is None:
            self.year_info.setText(self.tr("Tahun {0} belum disiapkan; frekuensi bawaan: {1}.")
                                   .format(tahun, label))
        else:
            self.year_info.setText(self.tr("Tahun {0} sudah disiapkan: frekuensi {1}, {2} "
                                           "periode.").format(tahun, label, row.jumlah_periode))

    def _make_field(self, v: svc.SettingView) -> QWidget:
        if v.key == svc.FREKUENSI_DEFAULT:
            combo = named(QComboBox(), f"setting_{v.key}")
            for code, text in FREKUENSI_TEXT.items():
                combo.addItem(self.tr(text), code)
            return combo
        if v.key in GAMBAR:
            return named(GambarField(*GAMBAR[v.key]), f"gambar_{v.key}")
        structured: QWidget | None = None
        if v.key == svc.JENIS_UNIT_MANDIRI:
            structured = ChecklistField(orgs.JENIS_UNIT)
        elif v.key == svc.PANDUAN_DISTRIBUSI:
            structured = DistributionField()
        elif v.key == svc.KEPALA_DAERAH:
            structured = RecordField({"nama": self.tr("Nama:"), "jabatan": self.tr("Jabatan:"),
                                      "nip": self.tr("NIP:")})
        elif v.key == svc.HARI_LIBUR:
            structured = HariLiburField()
        elif v.key == svc.BATAS_PENGADUAN:
            structured = BatasPengaduanField()
        elif v.key == svc.INTERVAL_IKM:
            structured = IntervalIkmField(v.keterangan)
        if structured is not None:
            structured.setObjectName(f"setting_{v.key}")
            return structured
        if isinstance(v.nilai, str):
            return named(QLineEdit(), f"setting_{v.key}")
        area = TextArea(lines=4)
        area.setObjectName(f"setting_{v.key}")
        return area

    def _set_value(self, field: QWidget, value: Any) -> None:
        if isinstance(field, STRUCTURED):
            field.set_value(value)
        elif isinstance(field, QComboBox):
            field.setCurrentIndex(max(field.findData(value), 0))
        elif isinstance(field, QLineEdit):
            field.setText(str(value))
        elif isinstance(field, TextArea):
            field.setText(json.dumps(value, ensure_ascii=False, indent=2))

    def _value(self, field: QWidget) -> Any:
        if isinstance(field, STRUCTURED):
            return field.value()
        if isinstance(field, QComboBox):
            return field.currentData()
        if isinstance(field, QLineEdit):
            return field.text()
        assert isinstance(field, TextArea)
        return field.text()

    def values(self) -> dict[str, Any]:
        return {k: self._value(f) for k, f in self.fields.items()}

    def is_dirty(self) -> bool:
        return self.ctx.can_edit_master and self.values() != getattr(self, "_initial", {})

    def discard(self) -> None:
        self.refresh()

    def save(self) -> bool:
        if not self.is_dirty():
            return False
        for e in self.errors.values():
            e.show_error(None)
        changed: dict[str, Any] = {}
        for key, value in self.values().items():
            if value == self._initial.get(key):
                continue
            if isinstance(self.fields[key], TextArea):
                try:
                    value = json.loads(value)
                except json.JSONDecodeError as exc:
                    self.errors[key].show_error(
                        self.tr("Isian bukan JSON yang sah (baris {0}).").format(exc.lineno))
                    return False
            changed[key] = value

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError) and exc.field in self.errors:
                self.errors[exc.field].show_error(exc.message)
            else:
                messages.show_error(self, exc)

        ops.simpan(changed).success(lambda _r: self.refresh()).failure(failed) \
            .run(self.ctx, self)
        return True

    def _ask_sandi(self, label: str) -> str | None:
        return messages.ask_text(self, self.tr("Kata sandi cadangan"), label, password=True)

    def _new_sandi(self) -> str | None:
        """The passphrase that seals the keys in a backup, typed twice (None: cancelled)."""
        sandi = self._ask_sandi(self.tr(
            "Kunci instalasi ikut dicadangkan, dilindungi kata sandi (minimal {0} karakter). "
            "Simpan kata sandi ini: tanpanya kunci tidak dapat dipulihkan.").format(
                cadangan.SANDI_MIN))
        if sandi is None:
            return None
        if len(sandi) < cadangan.SANDI_MIN:
            messages.warning(self, self.tr("Kata sandi cadangan minimal {0} karakter.").format(
                cadangan.SANDI_MIN))
            return None
        if self._ask_sandi(self.tr("Ulangi kata sandi:")) != sandi:
            messages.warning(self, self.tr("Kedua kata sandi tidak sama; cadangan tidak dibuat."))
            return None
        return sandi

    def backup_to(self, path: Path | None = None, sandi: str | None = None) -> None:
        if path is None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M")
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Simpan cadangan"),
                str(Path.home() / f"kinerja-cadangan-{stamp}.sqlite"),
                self.tr("Berkas data (*.sqlite);;Semua berkas (*)"))
            if not name:
                return
            path = Path(name)
        if sandi is None:
            sandi = self._new_sandi()
            if sandi is None:
                return
        ops.cadangkan(path, sandi).success(lambda r: messages.info(self, r.ringkasan)) \
            .run(self.ctx, self)

    def restore_from(self, path: Path | None = None, sandi: str | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Pilih berkas cadangan"), str(self.ctx.ws.paths.backups),
                self.tr("Berkas data (*.sqlite);;Semua berkas (*)"))
            if not name:
                return
            path = Path(name)
        text = self.tr("Data di komputer ini diganti dengan isi cadangan {0}. Data saat ini "
                       "disimpan dahulu di folder cadangan. Lanjutkan?").format(path.name)
        if not messages.confirm(self, text, self.tr("Pulihkan dari cadangan")):
            return
        if sandi is None:
            try:
                needed = cadangan.needs_passphrase(self.ctx.ws.paths, path)
            except Exception as exc:
                messages.show_error(self, exc)
                return
            if needed:
                sandi = self._ask_sandi(self.tr(
                    "Kunci instalasi dipulihkan dari cadangan. Kata sandi cadangan:"))
                if sandi is None:
                    return
        self.ctx.restore_requested.emit(str(path), sandi or "")

    def apply_language(self) -> None:
        ops.bahasa(self.bahasa.currentData()) \
            .success(lambda _r: self.ctx.restart_requested.emit()).run(self.ctx, self)

    def apply_font_size(self) -> None:
        ops.ukuran_huruf(int(self.ukuran.currentData())) \
            .success(lambda _r: self.ctx.restart_requested.emit()).run(self.ctx, self)

    def save_operator(self) -> None:
        nama = self.operator.text()
        self.operator_error.show_error(None)

        def done(stored: str | None) -> None:
            self.operator.setText(stored or "")
            messages.info(self, self.tr("Nama operator disimpan: {0}.").format(
                stored or self.tr("nama pengguna komputer")))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                self.operator_error.show_error(exc.message)
            else:
                messages.show_error(self, exc)

        ops.operator(nama).success(done).failure(failed).run(self.ctx, self)

    def prepare_year(self) -> None:
        tahun, frek = self.tahun.value(), Frekuensi(self.frekuensi.currentData())

        def done(kodes: list[str]) -> None:
            used = self.ctx.read(lambda s: eval_svc.frekuensi_tahun(s, tahun))
            text = self.tr("Tahun {0} siap: frekuensi {1}; {2} periode baru dibuat.")
            self.year_info.setText(text.format(tahun, self.tr(FREKUENSI_TEXT[used.value]).lower(),
                                               len(kodes)))

        ops.siapkan_tahun(tahun, frek).success(done).run(self.ctx, self)
