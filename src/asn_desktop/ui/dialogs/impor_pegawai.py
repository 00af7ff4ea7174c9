"""Roster import wizard (central): choose a file → map its columns → preview → apply.

Every step is the service the CLI's ``pegawai impor`` uses (roster_baca, roster_kolom,
roster_impor); the wizard only shows them. Reading, checking and applying run on the worker so a
50,000-row file never freezes the window.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from asn_desktop.domain.siklus_pegawai import LABEL_ALASAN_BERHENTI, AlasanBerhenti
from asn_desktop.errors import ValidationError
from asn_desktop.services import roster_impor
from asn_desktop.services.roster_baca import Lembar
from asn_desktop.services.roster_impor import HasilImpor
from asn_desktop.services.roster_kolom import KOLOM, WAJIB, cek_pemetaan, pemetaan_untuk
from asn_desktop.ui import messages
from asn_desktop.ui.context import AppContext
from asn_desktop.ui.ops import impor_pegawai as ops
from asn_desktop.ui.widgets.common import DateEdit, FieldError, UnitCombo, hint, named

P_BERKAS, P_KOLOM, P_PRATINJAU, P_SELESAI = range(4)
TANPA_KOLOM = -1
MASALAH_DITAMPILKAN = 500  # rows in the preview table; the report workbook has them all


class BerkasPage(QWizardPage):
    """Choose the file; it is read (and refused with a reason) before going on."""

    def __init__(self, wizard: ImporPegawaiWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Pilih berkas daftar pegawai"))
        self.setSubTitle(self.tr("Berkas Excel (.xlsx) atau CSV, misalnya unduhan SIASN/SAPK "
                                 "atau templat dari aplikasi ini."))
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = named(QLineEdit(), "impor_berkas")
        self.path.setPlaceholderText(self.tr("Lokasi berkas .xlsx atau .csv"))
        self.path.textChanged.connect(self._changed)
        row.addWidget(self.path, 1)
        pilih = named(QPushButton(self.tr("Pilih…")), "impor_pilih")
        pilih.clicked.connect(self._browse)
        row.addWidget(pilih)
        lay.addLayout(row)
        self.status = named(QLabel(), "impor_status_berkas")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.error = FieldError()
        lay.addWidget(self.error)
        lay.addStretch(1)
        lay.addWidget(hint(self.tr(
            "Belum punya berkas? Unduh templat kosong dengan judul kolom, daftar pilihan dan "
            "petunjuk pengisian.")))
        templat = named(QPushButton(self.tr("Simpan templat Excel…")), "impor_templat")
        templat.clicked.connect(self._template)
        lay.addWidget(templat, 0, Qt.AlignmentFlag.AlignLeft)
        self._busy = False

    def _changed(self) -> None:
        self.wiz.lembar = None
        self.status.setText("")
        self.error.show_error(None)
        self.completeChanged.emit()

    def _browse(self) -> None:
        name, _f = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas daftar pegawai"), "",
            self.tr("Daftar pegawai (*.xlsx *.csv);;Semua berkas (*)"))
        if name:
            self.path.setText(name)

    def _template(self) -> None:
        name, _f = QFileDialog.getSaveFileName(
            self, self.tr("Simpan templat"), "templat-pegawai.xlsx", self.tr("Excel (*.xlsx)"))
        if not name:
            return
        ops.simpan_templat(Path(name)) \
            .success(lambda p: messages.info(self, self.tr("Templat disimpan: {0}").format(p))) \
            .run(self.wiz.ctx, self)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and not self._busy

    def validatePage(self) -> bool:
        if self.wiz.lembar is not None:
            return True
        self.read()
        return False  # the page moves on by itself once the file is read

    def read(self) -> None:
        path = Path(self.path.text().strip())
        self._busy = True
        self.completeChanged.emit()
        self.status.setText(self.tr("Membaca {0}…").format(path.name))

        def done(lembar: Lembar) -> None:
            self._busy = False
            self.wiz.lembar = lembar
            self.status.setText(self.tr("{0} baris data di lembar '{1}', judul kolom di baris "
                                        "{2}.").format(len(lembar.baris), lembar.nama_lembar,
                                                       lembar.baris_judul))
            self.completeChanged.emit()
            self.wiz.next()

        def failed(exc: BaseException) -> None:
            self._busy = False
            self.status.setText("")
            self.error.show_error(messages.error_text(exc)[1])
            self.completeChanged.emit()

        ops.baca(path).success(done).failure(failed).run(self.wiz.ctx, self)


class KolomPage(QWizardPage):
    """Which column holds which field; recognised headers and the remembered mapping first."""

    def __init__(self, wizard: ImporPegawaiWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Cocokkan kolom"))
        self.setSubTitle(self.tr("Kolom yang judulnya dikenali sudah dipilih. Kolom bertanda * "
                                 "wajib ada. Pilihan ini diingat untuk berkas berjudul sama."))
        lay = QVBoxLayout(self)
        self.form = QFormLayout()
        lay.addLayout(self.form)
        self.combos: dict[str, QComboBox] = {}
        for field, label in KOLOM.items():
            combo = named(QComboBox(), f"kolom_{field}")
            self.combos[field] = combo
            self.form.addRow(label + (" *" if field in WAJIB else "") + ":", combo)
        self.buat_unit = named(QCheckBox(self.tr("Buat unit yang belum ada, di bawah:")),
                               "impor_buat_unit")
        self.induk = UnitCombo()
        self.induk.setObjectName("impor_induk")
        self.induk.setEnabled(False)
        self.buat_unit.toggled.connect(self.induk.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.buat_unit)
        row.addWidget(self.induk, 1)
        lay.addLayout(row)
        self.error = FieldError()
        lay.addWidget(self.error)

    def initializePage(self) -> None:
        lembar = self.wiz.lembar
        assert lembar is not None
        peta = pemetaan_untuk(self.wiz.ctx.ws, lembar.judul)
        for field, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(tidak ada)"), TANPA_KOLOM)
            for i, judul in enumerate(lembar.judul):
                combo.addItem(judul or self.tr("(kolom {0} tanpa judul)").format(i + 1), i)
            combo.setCurrentIndex(combo.findData(peta.get(field, TANPA_KOLOM)))
        self.induk.set_units(self.wiz.ctx.units())
        self.error.show_error(None)

    def pemetaan(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for field, combo in self.combos.items():
            idx = combo.currentData()
            if isinstance(idx, int) and idx != TANPA_KOLOM:
                out[field] = idx
        return out

    def buat_unit_di(self) -> str | None:
        if not self.buat_unit.isChecked():
            return None
        uid = self.induk.unit_id()
        return next((u.kode for u in self.wiz.ctx.units() if u.id == uid), None)

    def validatePage(self) -> bool:
        lembar = self.wiz.lembar
        assert lembar is not None
        try:
            cek_pemetaan(lembar.judul, self.pemetaan())
        except ValidationError as exc:
            self.error.show_error(str(exc))
            return False
        if self.buat_unit.isChecked() and self.buat_unit_di() is None:
            self.error.show_error(self.tr("Pilih unit induk untuk unit yang akan dibuat."))
            return False
        self.error.show_error(None)
        return True


class PratinjauPage(QWizardPage):
    """What the import would do, row errors and warnings; applying is the wizard's Finish."""

    def __init__(self, wizard: ImporPegawaiWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Pratinjau"))
        self.setSubTitle(self.tr("Belum ada yang diubah. Semua atau tidak sama sekali: bila "
                                 "satu baris saja salah, tidak ada yang diimpor."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Impor"))
        lay = QVBoxLayout(self)
        self.ringkasan = named(QLabel(), "impor_ringkasan")
        self.ringkasan.setWordWrap(True)
        lay.addWidget(self.ringkasan)
        self.tabel = named(QTableWidget(0, 4), "impor_masalah")
        self.tabel.setHorizontalHeaderLabels(
            [self.tr("Baris"), self.tr("Jenis"), self.tr("Kolom"), self.tr("Keterangan")])
        self.tabel.verticalHeader().setVisible(False)
        self.tabel.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tabel.setWordWrap(True)
        self.tabel.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.tabel, 1)
        hilang = QHBoxLayout()
        self.berhentikan = named(QCheckBox(self.tr("Catat pegawai yang tidak ada di berkas "
                                                   "sebagai berhenti:")), "impor_berhentikan")
        self.alasan = named(QComboBox(), "impor_alasan")
        for a in AlasanBerhenti:
            self.alasan.addItem(self.tr(LABEL_ALASAN_BERHENTI[a]), a.value)
        self.tanggal = named(DateEdit(date.today()), "impor_tanggal_berhenti")
        for w in (self.alasan, self.tanggal):
            w.setEnabled(False)
            self.berhentikan.toggled.connect(w.setEnabled)
        hilang.addWidget(self.berhentikan)
        hilang.addWidget(self.alasan)
        hilang.addWidget(self.tanggal)
        hilang.addStretch(1)
        self.hilang_row = QWidget()
        self.hilang_row.setLayout(hilang)
        self.hilang_row.hide()
        lay.addWidget(self.hilang_row)
        row = QHBoxLayout()
        self.laporan = named(QPushButton(self.tr("Simpan laporan Excel…")), "impor_laporan")
        self.laporan.clicked.connect(self._save_report)
        row.addWidget(self.laporan)
        row.addStretch(1)
        lay.addLayout(row)
        self.hasil: HasilImpor | None = None

    def initializePage(self) -> None:
        self.hasil = None
        self.tabel.setRowCount(0)
        self.ringkasan.setText(self.tr("Memeriksa…"))
        self.completeChanged.emit()
        lembar, peta, induk = self.wiz.lembar, self.wiz.kolom.pemetaan(), \
            self.wiz.kolom.buat_unit_di()
        assert lembar is not None
        ops.periksa(lembar, peta, induk).success(self._show) \
            .failure(lambda exc: self.ringkasan.setText(messages.error_text(exc)[1])) \
            .run(self.wiz.ctx, self)

    def _show(self, hasil: HasilImpor) -> None:
        self.hasil = hasil
        pr = hasil.pratinjau
        lines = [ln for ln in roster_impor.ringkasan(hasil) if not ln.startswith("Uji coba")]
        if pr.ok:
            lines.append(self.tr("Tekan Impor untuk menyimpan. Data dicadangkan dulu."))
        else:
            lines.append(self.tr("Perbaiki baris {0} di berkas, simpan, lalu kembali dan pilih "
                                 "berkasnya lagi.").format(_baris(pr.baris_salah())))
        if pr.tidak_ada:
            contoh = ", ".join(p.nama for p in pr.tidak_ada[:5])
            lines.append(self.tr("{0} pegawai aktif di unit yang dicakup berkas tidak ada di "
                                 "berkas ({1}); mereka tidak dihapus. Centang di bawah untuk "
                                 "mencatat mereka berhenti.").format(len(pr.tidak_ada), contoh))
        self.hilang_row.setVisible(bool(pr.tidak_ada))
        self.ringkasan.setText("\n".join(lines))
        masalah = [(m, self.tr("Kesalahan")) for m in pr.kesalahan] + \
            [(m, self.tr("Peringatan")) for m in pr.peringatan]
        masalah = masalah[:MASALAH_DITAMPILKAN]
        self.tabel.setRowCount(len(masalah))
        for i, (m, jenis) in enumerate(masalah):
            for col, text in enumerate((str(m.baris) if m.baris else self.tr("berkas"), jenis,
                                        KOLOM.get(m.kolom, m.kolom), m.pesan)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.tabel.setItem(i, col, item)
        self.tabel.resizeColumnsToContents()
        self.completeChanged.emit()

    def _save_report(self) -> None:
        if self.hasil is None:
            return
        name, _f = QFileDialog.getSaveFileName(
            self, self.tr("Simpan laporan"), "laporan-impor-pegawai.xlsx",
            self.tr("Excel (*.xlsx)"))
        if not name:
            return
        pr = self.hasil.pratinjau
        ops.simpan_laporan(pr, Path(name)) \
            .success(lambda p: messages.info(self, self.tr("Laporan disimpan: {0}").format(p))) \
            .run(self.wiz.ctx, self)

    def berhenti(self) -> tuple[AlasanBerhenti | None, date | None]:
        """The reason and date for the employees missing from the file, when asked for."""
        if not (self.hilang_row.isVisible() and self.berhentikan.isChecked()):
            return None, None
        return AlasanBerhenti(str(self.alasan.currentData())), self.tanggal.value()

    def isComplete(self) -> bool:
        return self.hasil is not None and self.hasil.ok and not self.wiz.applying

    def validatePage(self) -> bool:
        if self.wiz.hasil is not None:
            return True
        self.wiz.apply()
        return False


class SelesaiPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Impor selesai"))
        lay = QVBoxLayout(self)
        self.text = named(QLabel(), "impor_selesai")
        self.text.setWordWrap(True)
        lay.addWidget(self.text)
        lay.addStretch(1)

    def show_result(self, hasil: HasilImpor) -> None:
        lines = list(roster_impor.ringkasan(hasil))
        if hasil.cadangan:
            lines.append(self.tr("Cadangan sebelum impor: {0}").format(hasil.cadangan))
        self.text.setText("\n".join(lines))


class ImporPegawaiWizard(QWizard):
    imported = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("impor_pegawai")
        self.setWindowTitle(self.tr("Impor daftar pegawai"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(820, 600)
        self.lembar: Lembar | None = None
        self.hasil: HasilImpor | None = None
        self.applying = False
        self.berkas = BerkasPage(self)
        self.kolom = KolomPage(self)
        self.pratinjau = PratinjauPage(self)
        self.selesai = SelesaiPage()
        for pid, page in ((P_BERKAS, self.berkas), (P_KOLOM, self.kolom),
                          (P_PRATINJAU, self.pratinjau), (P_SELESAI, self.selesai)):
            self.setPage(pid, page)
        for button, text in ((QWizard.WizardButton.NextButton, self.tr("Lanjut >")),
                             (QWizard.WizardButton.BackButton, self.tr("< Kembali")),
                             (QWizard.WizardButton.CancelButton, self.tr("Batal")),
                             (QWizard.WizardButton.FinishButton, self.tr("Selesai"))):
            self.setButtonText(button, text)

    def apply(self) -> None:
        """Import for real (checked again in the writing transaction), then show the result."""
        lembar, peta = self.lembar, self.kolom.pemetaan()
        induk = self.kolom.buat_unit_di()
        alasan, tanggal = self.pratinjau.berhenti()
        assert lembar is not None
        self.applying = True
        self.pratinjau.completeChanged.emit()

        def done(hasil: HasilImpor) -> None:
            self.applying = False
            if not hasil.diimpor:  # the data changed since the preview: show the new errors
                self.pratinjau._show(hasil)
                return
            self.hasil = hasil
            self.selesai.show_result(hasil)
            self.imported.emit()
            self.next()

        def failed(exc: BaseException) -> None:
            self.applying = False
            self.pratinjau.completeChanged.emit()
            messages.show_error(self, exc)

        ops.impor(lembar, peta, induk, alasan, tanggal).success(done).failure(failed) \
            .run(self.ctx, self)


def _baris(nomor: list[int], batas: int = 12) -> str:
    teks = ", ".join(str(n) for n in nomor[:batas])
    return teks + (f" dan {len(nomor) - batas} lainnya" if len(nomor) > batas else "")
