"""First start: central, unit (from its setup package) or a practice workspace with demo data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from asn_desktop.errors import AsnError, ValidationError
from asn_desktop.paths import Paths
from asn_desktop.services.workspace import Workspace, check_database_url
from asn_desktop.sync.setupfile import CODE_SHAPE, WrongCode, normalise_code
from asn_desktop.ui import ikon, messages
from asn_desktop.ui.operations import Operation
from asn_desktop.ui.ops import mulai
from asn_desktop.ui.widgets.common import FieldError, hint

CENTRAL, JOIN, UNIT, PRACTICE = "central", "join", "unit", "practice"
KINDS = (CENTRAL, UNIT, PRACTICE, JOIN)  # the choices' ids (shown in another order)
# Where a new central starts once its workspace exists.
LANGKAH_IMPOR, LANGKAH_ORGANISASI, LANGKAH_NANTI = "impor", "organisasi", "nanti"
P_INTRO, P_CENTRAL, P_UNIT, P_PRACTICE, P_JOIN = range(5)


class IntroPage(QWizardPage):
    def __init__(self, tanpa_latihan: bool = False) -> None:
        super().__init__()
        self.setTitle(self.tr("Selamat datang di Kinerja ASN Desktop"))
        self.setSubTitle(self.tr("Pilih cara komputer ini akan dipakai. Pilihan ini hanya "
                                 "ditanyakan sekali."))
        lay = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        options = (
            (CENTRAL, self.tr("Instalasi pusat (BKPSDM)"),
             self.tr("Mengelola data induk semua unit: unit organisasi, pegawai dan periode.")),
            (JOIN, self.tr("Komputer staf BKPSDM untuk pusat di server"),
             self.tr("Pusat sudah berjalan di server PostgreSQL: sambungkan komputer ini "
                     "dengan alamat server dan berkas cadangan pusat.")),
            (UNIT, self.tr("Instalasi unit (sekolah, puskesmas, kecamatan, dinas)"),
             self.tr("Disiapkan dari paket penyiapan yang dikirim oleh BKPSDM.")),
            (PRACTICE, self.tr("Ruang kerja latihan dengan data contoh"),
             self.tr("Untuk mencoba aplikasi tanpa risiko: berisi pegawai, SKP dan evaluasi "
                     "contoh.")),
        )
        for key, title, desc in options:
            if tanpa_latihan and key == PRACTICE:
                continue  # leaving the practice workspace: only real data is set up here
            rb = QRadioButton(title)
            rb.setObjectName(f"pilih_{key}")
            rb.setStyleSheet("font-weight: 600;")
            self.group.addButton(rb, KINDS.index(key))
            lay.addWidget(rb)
            d = hint(desc)
            d.setContentsMargins(24, 0, 0, 10)
            lay.addWidget(d)
        # No choice is made for the user: a practice workspace is never the default.
        self.group.idToggled.connect(lambda _i, _on: self.completeChanged.emit())
        lay.addStretch(1)

    def isComplete(self) -> bool:
        return self.group.checkedId() >= 0

    def choice(self) -> str:
        return KINDS[max(self.group.checkedId(), 0)]

    def nextId(self) -> int:
        return {CENTRAL: P_CENTRAL, JOIN: P_JOIN, UNIT: P_UNIT,
                PRACTICE: P_PRACTICE}[self.choice()]


class CentralPage(QWizardPage):
    """The central's name, and where its first hour starts: the roster or the unit tree (the
    unit invitations follow from Beranda's checklist)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Instalasi pusat"))
        self.setSubTitle(self.tr("Nama ini tampil di kepala jendela dan di paket sinkronisasi."))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.nama = QLineEdit("BKPSDM Kota Serang")
        self.nama.setObjectName("nama_pusat")
        self.error = FieldError()
        form.addRow(self.tr("Nama instalasi:"), self.nama)
        form.addRow("", self.error)
        # several staff on several PCs: the data on a PostgreSQL server (docs/DEPLOYMENT.md)
        self.server = QLineEdit()
        self.server.setObjectName("server_pusat")
        self.server.setPlaceholderText("postgresql://bkpsdm@server:5432/kinerja")
        self.server_error = FieldError()
        form.addRow(self.tr("Server PostgreSQL (opsional):"), self.server)
        form.addRow("", hint(self.tr(
            "Kosongkan bila pusat dipakai di satu komputer. Isi bila beberapa staf BKPSDM "
            "bekerja bersamaan dari beberapa komputer; kata sandi tidak ditulis di sini, "
            "melainkan di berkas pgpass komputer ini.")))
        form.addRow("", self.server_error)
        lay.addLayout(form)
        lay.addWidget(QLabel("<b>" + self.tr("Langkah pertama sesudah ini") + "</b>"))
        self.langkah = QButtonGroup(self)
        for i, (key, title, desc) in enumerate((
            (LANGKAH_IMPOR, self.tr("Impor daftar pegawai dari Excel"),
             self.tr("Dari unduhan SIASN/SAPK atau templat aplikasi; unit yang belum ada dapat "
                     "dibuat dari kolom unit kerja.")),
            (LANGKAH_ORGANISASI, self.tr("Susun unit organisasi dulu"),
             self.tr("Tambahkan OPD, sekolah, puskesmas dan kecamatan satu per satu.")),
            (LANGKAH_NANTI, self.tr("Nanti saja"),
             self.tr("Beranda menampilkan daftar langkah penyiapan.")),
        )):
            rb = QRadioButton(title)
            rb.setObjectName(f"langkah_{key}")
            self.langkah.addButton(rb, i)
            lay.addWidget(rb)
            d = hint(desc)
            d.setContentsMargins(24, 0, 0, 6)
            lay.addWidget(d)
        self.langkah.button(0).setChecked(True)
        lay.addStretch(1)

    def first_step(self) -> str:
        return (LANGKAH_IMPOR, LANGKAH_ORGANISASI, LANGKAH_NANTI)[
            max(self.langkah.checkedId(), 0)]

    def database(self) -> str | None:
        return self.server.text().strip() or None

    def validatePage(self) -> bool:
        if len(self.nama.text().strip()) < 3:
            self.error.show_error(self.tr("Nama instalasi wajib diisi (paling sedikit 3 huruf)."))
            self.nama.setFocus()
            return False
        self.error.show_error(None)
        url = self.database()
        if url is not None:
            try:
                check_database_url(url)
            except AsnError as exc:
                self.server_error.show_error(exc.message)
                self.server.setFocus()
                return False
        self.server_error.show_error(None)
        return True

    def nextId(self) -> int:
        return -1


class UnitPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Instalasi unit"))
        self.setSubTitle(self.tr("Pilih berkas paket penyiapan (.asnsetup) dari BKPSDM, "
                                 "misalnya dari flashdisk, lalu ketik kode pendaftarannya."))
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.file = QLineEdit()
        self.file.setObjectName("berkas_penyiapan")
        self.file.setPlaceholderText(self.tr("Berkas paket penyiapan…"))
        browse = QPushButton(self.tr("Pilih berkas…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        lay.addLayout(row)
        form = QFormLayout()
        self.kode = QLineEdit()
        self.kode.setObjectName("kode_pendaftaran")
        self.kode.setPlaceholderText(CODE_SHAPE)
        form.addRow(self.tr("Kode pendaftaran:"), self.kode)
        lay.addLayout(form)
        lay.addWidget(hint(self.tr(
            "Kode 16 huruf dan angka yang diberikan BKPSDM terpisah dari berkasnya (lewat "
            "telepon atau langsung). Huruf besar atau kecil dan tanda hubung boleh saja.")))
        self.error = FieldError()
        lay.addWidget(self.error)
        lay.addStretch(1)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih paket penyiapan"), str(Path.home()),
            self.tr("Paket penyiapan (*.asnsetup);;Semua berkas (*)"),
        )
        if name:
            self.file.setText(name)

    def validatePage(self) -> bool:
        path = Path(self.file.text().strip())
        if not self.file.text().strip() or not path.is_file():
            self.error.show_error(self.tr("Pilih berkas paket penyiapan yang ada."))
            return False
        try:
            normalise_code(self.kode.text())
        except ValidationError as exc:
            self.error.show_error(exc.message)
            self.kode.setFocus()
            return False
        self.error.show_error(None)
        return True

    def wrong_code(self, message: str) -> None:
        self.error.show_error(message)
        self.kode.selectAll()
        self.kode.setFocus()

    def nextId(self) -> int:
        return -1


class JoinPage(QWizardPage):
    """One more staff PC for a central already on a PostgreSQL server: the server's address,
    and a backup of that central with its passphrase (the central's keys are sealed in it)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Komputer staf BKPSDM"))
        self.setSubTitle(self.tr("Data pusat tetap di server; komputer ini mendapat kunci pusat "
                                 "dari cadangan pusat yang dibuat sesudah penggantian kunci "
                                 "terakhir."))
        form = QFormLayout(self)
        self.server = QLineEdit()
        self.server.setObjectName("server_gabung")
        self.server.setPlaceholderText("postgresql://bkpsdm@server:5432/kinerja")
        form.addRow(self.tr("Server PostgreSQL:"), self.server)
        row = QHBoxLayout()
        self.file = QLineEdit()
        self.file.setObjectName("cadangan_gabung")
        self.file.setPlaceholderText(self.tr("Berkas cadangan pusat…"))
        browse = QPushButton(self.tr("Pilih berkas…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Cadangan pusat:"), row)
        self.sandi = QLineEdit()
        self.sandi.setObjectName("sandi_gabung")
        self.sandi.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Kata sandi cadangan:"), self.sandi)
        form.addRow("", hint(self.tr(
            "Kata sandi server tidak ditulis di sini, melainkan di berkas pgpass komputer "
            "ini. Tidak ada yang diubah di server.")))
        self.error = FieldError()
        form.addRow("", self.error)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih cadangan pusat"), str(Path.home()),
            self.tr("Cadangan (*.sqlite);;Semua berkas (*)"))
        if name:
            self.file.setText(name)

    def validatePage(self) -> bool:
        try:
            check_database_url(self.server.text().strip())
        except AsnError as exc:
            self.error.show_error(exc.message)
            self.server.setFocus()
            return False
        if not Path(self.file.text().strip()).is_file():
            self.error.show_error(self.tr("Pilih berkas cadangan pusat yang ada."))
            return False
        if not self.sandi.text():
            self.error.show_error(self.tr("Ketik kata sandi cadangan pusat."))
            self.sandi.setFocus()
            return False
        self.error.show_error(None)
        return True

    def nextId(self) -> int:
        return -1


class PracticePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Ruang kerja latihan"))
        self.setSubTitle(self.tr("Data contoh dibuat otomatis. Semua nama dan NIP adalah "
                                 "rekaan."))
        form = QFormLayout(self)
        self.jumlah = QSpinBox()
        self.jumlah.setObjectName("jumlah_pegawai")
        self.jumlah.setRange(20, 5000)
        self.jumlah.setSingleStep(50)
        self.jumlah.setValue(200)
        form.addRow(self.tr("Jumlah pegawai contoh:"), self.jumlah)
        form.addRow("", QLabel(self.tr("Membuat data contoh dapat memakan waktu beberapa "
                                       "detik.")))

    def nextId(self) -> int:
        return -1


class FirstStartWizard(QWizard):
    workspace_ready = Signal(object)  # Workspace

    def __init__(self, paths: Paths, parent: QWidget | None = None, *,
                 tanpa_latihan: bool = False) -> None:
        super().__init__(parent)
        self.paths = paths
        self.setWindowTitle(self.tr("Kinerja ASN Desktop — Persiapan awal"))
        ikon.pasang(self)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.resize(680, 480)
        self.intro = IntroPage(tanpa_latihan)
        self.central = CentralPage()
        self.unit = UnitPage()
        self.practice = PracticePage()
        self.join = JoinPage()
        self.setPage(P_INTRO, self.intro)
        self.setPage(P_CENTRAL, self.central)
        self.setPage(P_UNIT, self.unit)
        self.setPage(P_PRACTICE, self.practice)
        self.setPage(P_JOIN, self.join)
        self.setStartId(P_INTRO)
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< Kembali")),
            (QWizard.WizardButton.NextButton, self.tr("Lanjut >")),
            (QWizard.WizardButton.FinishButton, self.tr("Selesai")),
            (QWizard.WizardButton.CancelButton, self.tr("Batal")),
        ):
            self.setButtonText(button, text)
        self.workspace: Workspace | None = None
        self._busy = False

    def accept(self) -> None:
        # QWizard checks the page in done(), which runs only once the work has succeeded: check
        # it first, so a missing file or a mistyped code is said on the page.
        if self._busy or not self.validateCurrentPage():
            return
        choice = self.intro.choice()
        paths = self.paths
        work: mulai.Awal
        if choice == CENTRAL:
            work = mulai.pusat(paths, self.central.nama.text().strip(), self.central.database())
            label = self.tr("Menyiapkan instalasi pusat…")
        elif choice == JOIN:
            work = mulai.gabung(paths, self.join.server.text().strip(),
                                Path(self.join.file.text().strip()), self.join.sandi.text())
            label = self.tr("Menyambungkan ke pusat di server…")
        elif choice == UNIT:
            work = mulai.unit(paths, Path(self.unit.file.text().strip()), self.unit.kode.text())
            label = self.tr("Menyiapkan instalasi unit dari paket penyiapan…")
        else:
            work = mulai.latihan(paths, self.tr("Ruang Latihan (data contoh)"),
                                 self.practice.jumlah.value())
            label = self.tr("Membuat data contoh…")
        self._busy = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        Operation(self, work, label=label, show_after_ms=0).success(self._done).failure(
            self._failed
        ).run()

    def pakai_berkas_penyiapan(self, path: Path) -> None:
        """A setup file opened from outside the application (double-click, ``asn-desktop
        FILE.asnsetup``): the unit page with the file filled in; the person types the
        registration code and finishes."""
        self.restart()
        self.intro.group.button(KINDS.index(UNIT)).setChecked(True)
        self.next()
        self.unit.file.setText(str(path))
        self.unit.kode.setFocus()

    def first_step(self) -> str | None:
        """The page to open first (a new central's choice), or None."""
        if self.intro.choice() != CENTRAL:
            return None
        step = self.central.first_step()
        return None if step == LANGKAH_NANTI else step

    def _done(self, ws: Workspace) -> None:
        self._busy = False
        self.workspace = ws
        super().accept()
        self.workspace_ready.emit(ws)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if isinstance(exc, WrongCode):  # said on the page, beside the code to type again
            self.unit.wrong_code(exc.message)
        messages.show_error(self, exc, self.tr("Persiapan tidak berhasil"))
