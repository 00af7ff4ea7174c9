"""The complaint dialogs: register or correct a complaint, and take one workflow step (each step
asks what it needs: the category, the PIC, the response, a reason; each takes a date)."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.dates import format_tanggal
from asn_desktop.domain.pelayanan import KANAL_LABELS, KATEGORI_LABELS, Kanal, Kategori
from asn_desktop.errors import ValidationError
from asn_desktop.services import pelayanan as svc
from asn_desktop.services import pengaduan as adu
from asn_desktop.services.workflow import Transisi
from asn_desktop.teks import _
from asn_desktop.ui import messages
from asn_desktop.ui.context import AppContext
from asn_desktop.ui.ops import pelayanan as ops
from asn_desktop.ui.widgets.aksesibilitas import lengkapi
from asn_desktop.ui.widgets.common import (
    DateEdit,
    FieldError,
    TextArea,
    hint,
    named,
    translate_buttons,
)
from asn_desktop.ui.widgets.pegawai_list import PegawaiList


def _tombol(dlg: QDialog, lay: QVBoxLayout) -> QDialogButtonBox:
    box = translate_buttons(QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel))
    box.accepted.connect(dlg.save)  # type: ignore[attr-defined]
    box.rejected.connect(dlg.reject)
    lay.addWidget(box)
    return box


class PengaduanDialog(QDialog):
    """A new complaint of the unit (``view`` None) or the correction of one still open."""

    tersimpan = Signal(str)  # pengaduan id

    def __init__(self, ctx: AppContext, unit_id: str, layanan: list[svc.LayananView],
                 view: adu.PengaduanView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.unit_id, self.view = ctx, unit_id, view
        self.setObjectName("dialog_pengaduan")
        self.setWindowTitle(self.tr("Pengaduan baru") if view is None
                            else self.tr("Ubah pengaduan {0}").format(view.nomor))
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.tanggal = named(DateEdit(view.tanggal if view else date.today()), "adu_tanggal")
        self.kanal = named(QComboBox(), "adu_kanal")
        for kanal in Kanal:
            self.kanal.addItem(_(KANAL_LABELS[kanal]), kanal.value)
        self.pelapor = named(QLineEdit((view.pelapor or "") if view else ""), "adu_pelapor")
        self.pelapor.setPlaceholderText(self.tr("boleh dikosongkan"))
        self.kontak = named(QLineEdit((view.kontak or "") if view else ""), "adu_kontak")
        self.kontak.setPlaceholderText(self.tr("telepon atau surel; boleh dikosongkan"))
        self.layanan = named(QComboBox(), "adu_layanan")
        self.layanan.addItem(self.tr("(tidak menyangkut layanan tertentu)"), None)
        for lay_ in layanan:
            self.layanan.addItem(f"{lay_.kode} — {lay_.nama}", lay_.id)
        self.kategori = named(QComboBox(), "adu_kategori")
        for k in Kategori:
            self.kategori.addItem(_(KATEGORI_LABELS[k]), k.value)
        self.uraian = named(TextArea(lines=4), "adu_uraian")
        self.nomor = named(QLineEdit(view.nomor if view else ""), "adu_nomor")
        self.nomor.setPlaceholderText(self.tr("kosongkan untuk nomor otomatis"))
        self.nomor.setToolTip(self.tr("Pengaduan dari SP4N-LAPOR! dapat memakai nomor tiketnya "
                                      "sendiri."))
        form.addRow(self.tr("Tanggal diterima:"), self.tanggal)
        form.addRow(self.tr("Kanal:"), self.kanal)
        form.addRow(self.tr("Pelapor:"), self.pelapor)
        form.addRow(self.tr("Kontak:"), self.kontak)
        form.addRow(self.tr("Layanan:"), self.layanan)
        form.addRow(self.tr("Kategori:"), self.kategori)
        form.addRow(self.tr("Uraian:"), self.uraian)
        form.addRow(self.tr("Nomor:"), self.nomor)
        lay.addLayout(form)
        if view is not None:
            self.kanal.setCurrentIndex(max(self.kanal.findData(view.kanal), 0))
            self.layanan.setCurrentIndex(max(self.layanan.findData(view.layanan_id), 0))
            self.kategori.setCurrentIndex(max(self.kategori.findData(view.kategori), 0))
            self.uraian.setText(view.uraian)
        else:
            self.kategori.setCurrentIndex(max(self.kategori.findData(Kategori.NORMATIF.value), 0))
        self.error = FieldError()
        lay.addWidget(self.error)
        _tombol(self, lay)
        lengkapi(self)
        self.uraian.setFocus()

    def isian(self) -> adu.PengaduanInput:
        return adu.PengaduanInput(
            tanggal=self.tanggal.value(), kanal=Kanal(self.kanal.currentData()),
            uraian=self.uraian.text(), kategori=Kategori(self.kategori.currentData()),
            layanan_id=self.layanan.currentData(), pelapor=self.pelapor.text() or None,
            kontak=self.kontak.text() or None, nomor=self.nomor.text() or None)

    def save(self) -> None:
        data = self.isian()
        self.error.show_error(None)
        view = self.view

        def done(result: str | None) -> None:
            self.accept()
            self.tersimpan.emit(result or (view.id if view is not None else ""))

        lewat = adu.lama_berlalu(data.tanggal)
        if (lewat is not None and (view is None or view.tanggal != data.tanggal)
                and not messages.confirm(self, self.tr(
                    "Pengaduan bertanggal {0} masuk {1} hari yang lalu dan langsung tercatat "
                    "terlambat. Simpan dengan tanggal ini?").format(
                        format_tanggal(data.tanggal), lewat))):
            self.tanggal.setFocus()
            return
        if view is None:
            ops.catat_pengaduan(self.unit_id, data).success(done).failure(self._failed) \
                .run(self.ctx, self)
        else:
            ops.ubah_pengaduan(view.id, data).success(done).failure(self._failed) \
                .run(self.ctx, self)

    def _failed(self, exc: BaseException) -> None:
        self.error.show_error(messages.error_text(exc)[0])
        if isinstance(exc, ValidationError):
            {"tanggal": self.tanggal, "kanal": self.kanal, "kategori": self.kategori,
             "layanan": self.layanan, "pelapor": self.pelapor, "kontak": self.kontak,
             "nomor": self.nomor}.get(exc.field or "", self.uraian).setFocus()


class LangkahDialog(QDialog):
    """One workflow step of a complaint, with what that step needs."""

    selesai = Signal(str)  # pengaduan id

    def __init__(self, ctx: AppContext, view: adu.PengaduanView, t: Transisi,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.view, self.t = ctx, view, t
        self.step = adu.LangkahPengaduan(t.langkah)
        S = adu.LangkahPengaduan
        self.setObjectName("dialog_langkah_pengaduan")
        self.setWindowTitle(f"{_(t.label).rstrip('…')} — {view.nomor}")
        self.setMinimumWidth(480)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(f"<b>{escape(view.nomor)}</b> · {escape(view.kategori_teks)}<br>"
                             f"{escape(view.uraian[:200])}"))
        form = QFormLayout()
        self.tanggal = named(DateEdit(date.today()), "langkah_tanggal")
        form.addRow(self.tr("Tanggal:"), self.tanggal)
        self.kategori: QComboBox | None = None
        self.pic: PegawaiList | None = None
        self.tanggapan: TextArea | None = None
        self.bukti: QLineEdit | None = None
        self.alasan: TextArea | None = None
        if self.step is S.VERIFIKASI:
            self.kategori = named(QComboBox(), "langkah_kategori")
            for k in Kategori:
                self.kategori.addItem(_(KATEGORI_LABELS[k]), k.value)
            self.kategori.setCurrentIndex(max(self.kategori.findData(view.kategori), 0))
            form.addRow(self.tr("Kategori:"), self.kategori)
            lay.addLayout(form)
            lay.addWidget(hint(self.tr("Kategori menentukan batas waktu penyelesaian.")))
        elif self.step is S.DISPOSISI:
            lay.addLayout(form)
            lay.addWidget(QLabel(self.tr("Penanggung jawab (PIC):")))
            self.pic = named(PegawaiList(ctx, compact=True), "langkah_pic")
            self.pic.replace_filter(unit_ids=ctx.visible_units(view.unit_id))
            self.pic.setMinimumHeight(260)
            lay.addWidget(self.pic, 1)
            self.resize(520, 520)
        else:
            if self.step is S.TINDAK_LANJUT:
                self.tanggapan = named(TextArea(lines=4), "langkah_tanggapan")
                self.tanggapan.setText(view.tanggapan)
                form.addRow(self.tr("Tanggapan/tindak lanjut:"), self.tanggapan)
            if self.step in (S.TINDAK_LANJUT, S.SELESAIKAN):
                self.bukti = named(QLineEdit(view.bukti or ""), "langkah_bukti")
                self.bukti.setPlaceholderText(self.tr("mis. nomor surat, foto, tautan"))
                form.addRow(self.tr("Bukti:"), self.bukti)
            if t.alasan is not None:
                self.alasan = named(TextArea(lines=3), "langkah_alasan")
                form.addRow(self.tr("Alasan (wajib, dicatat di riwayat):"), self.alasan)
            lay.addLayout(form)
        self.error = FieldError()
        lay.addWidget(self.error)
        _tombol(self, lay)
        lengkapi(self)
        first = self.tanggapan or self.alasan or (self.pic.search if self.pic else None)
        if first is not None:
            first.setFocus()

    def save(self) -> None:
        self.error.show_error(None)
        pic = self.pic.current() if self.pic is not None else None
        vid = self.view.id
        ops.langkah_pengaduan(
            vid, self.step, tanggal=self.tanggal.value(),
            pic_id=pic.id if pic is not None else None,
            tanggapan=self.tanggapan.text() if self.tanggapan is not None else None,
            bukti=self.bukti.text() if self.bukti is not None else None,
            kategori=self.kategori.currentData() if self.kategori is not None else None,
            alasan=self.alasan.text() if self.alasan is not None else None,
        ).success(lambda _r: self._done(vid)).failure(
            lambda exc: self.error.show_error(messages.error_text(exc)[0])
        ).run(self.ctx, self)

    def _done(self, vid: str) -> None:
        self.accept()
        self.selesai.emit(vid)
