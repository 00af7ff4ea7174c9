"""Beranda: what needs doing now, each item a click away from the place to act."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.dates import format_tanggal
from asn_desktop.services import beranda as svc
from asn_desktop.services.pengaduan import JATUH_TEMPO_HARI
from asn_desktop.services.status_kerja import BELUM_SELESAI, StatusKerja
from asn_desktop.ui import context as c
from asn_desktop.ui import messages, operations
from asn_desktop.ui.ops.pelayanan import PELAYANAN
from asn_desktop.ui.pages.base import Page
from asn_desktop.ui.tampilan import pt
from asn_desktop.ui.widgets.common import heading, named, periode_text
from asn_desktop.ui.widgets.grafik import PenyelesaianChart
from asn_desktop.ui.widgets.pegawai_list import TampilkanStatus

if TYPE_CHECKING:
    from asn_desktop.services.langkah_awal import LangkahAwal

PAGE_PELAYANAN = "pelayanan"
BATAS_PENGADUAN = 6  # complaints listed on the card

CARD_STYLE = """
QFrame#card { background: white; border: 1px solid #d5dde6; border-radius: 8px; }
QLabel#count { font-size: %(count)s; font-weight: 700; color: #1f4e79; }
QLabel#count[ok="true"] { color: #1b7a3a; }
"""


class Card(QFrame):
    def __init__(self, key: str, title: str, button: str, page_key: str,
                 home: BerandaPage, status: str | None = None) -> None:
        super().__init__()
        self.setObjectName("card")
        self.home = home
        self.page_key = page_key
        # the button opens the page's list filtered to the employees counted here
        self.list_arg = TampilkanStatus(status) if status else None
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.count = named(QLabel("0"), "count")
        top.addWidget(self.count)
        t = QLabel(f"<b>{title}</b>")
        t.setWordWrap(True)
        top.addWidget(t, 1)
        lay.addLayout(top, 0)
        self.items = QListWidget()
        self.items.setObjectName(f"daftar_{key}")
        self.items.setFrameShape(QFrame.Shape.NoFrame)
        self.items.setWordWrap(True)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setMinimumHeight(90)
        self.items.itemActivated.connect(self._open_item)
        self.items.itemClicked.connect(self._open_item)
        lay.addWidget(self.items, 1)
        self.button = QPushButton(button)
        self.button.setObjectName(f"buka_{key}")
        self.button.clicked.connect(lambda: home.ctx.navigate.emit(page_key, self.list_arg))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        lay.addLayout(row)

    def set_items(self, count: int, items: list[tuple[str, Any]], more: str = "") -> None:
        self.count.setText(str(count))
        self.count.setProperty("ok", count == 0)
        self.count.style().unpolish(self.count)
        self.count.style().polish(self.count)
        self.items.clear()
        for text, arg in items:
            item = QListWidgetItem("• " + text)
            item.setData(Qt.ItemDataRole.UserRole, arg)
            item.setToolTip(text)
            self.items.addItem(item)
        if count > len(items) and more:
            extra = QListWidgetItem(more.format(count - len(items)))
            extra.setData(Qt.ItemDataRole.UserRole, self.list_arg)
            extra.setForeground(Qt.GlobalColor.darkGray)
            self.items.addItem(extra)
        if count == 0:
            ok = QListWidgetItem(self.tr("Tidak ada yang perlu dikerjakan."))
            ok.setForeground(Qt.GlobalColor.darkGreen)
            self.items.addItem(ok)

    def _open_item(self, item: QListWidgetItem) -> None:
        arg = item.data(Qt.ItemDataRole.UserRole)
        if arg is not None:
            self.home.ctx.navigate.emit(self.page_key, arg)


class MulaiPanel(QFrame):
    """A fresh central's first steps, each with a button to the place to do it; done steps are
    ticked. Hidden once every step is done."""

    def __init__(self, home: BerandaPage) -> None:
        super().__init__()
        self.setObjectName("card")
        self.home = home
        lay = QGridLayout(self)
        title = QLabel("<b>" + self.tr("Mulai di sini: menyiapkan instalasi pusat") + "</b>")
        lay.addWidget(title, 0, 0, 1, 3)
        self.rows: dict[str, tuple[QLabel, QPushButton]] = {}
        steps = (
            ("unit", self.tr("Susun unit organisasi (OPD, sekolah, puskesmas, kecamatan)"),
             self.tr("Buka Organisasi"), "organisasi", None),
            ("pegawai", self.tr("Impor daftar pegawai dari Excel (SIASN/SAPK atau templat)"),
             self.tr("Impor pegawai…"), "pegawai", c.IMPOR_PEGAWAI),
            ("tahun", self.tr("Buka tahun kinerja berjalan"), self.tr("Buka Pengaturan"),
             "pengaturan", None),
            ("undang", self.tr("Undang unit: buat paket penyiapan untuk tiap unit"),
             self.tr("Buka Sinkronisasi"), "sinkronisasi", None),
        )
        for i, (key, text, button, page, arg) in enumerate(steps, start=1):
            label = named(QLabel(), f"langkah_{key}")
            label.setWordWrap(True)
            btn = named(QPushButton(button), f"langkah_{key}_buka")
            btn.clicked.connect(lambda _=False, p=page, a=arg: home.ctx.navigate.emit(p, a))
            lay.addWidget(QLabel(f"{i}."), i, 0)
            lay.addWidget(label, i, 1)
            lay.addWidget(btn, i, 2)
            self.rows[key] = (label, btn)
            label.setProperty("teks", text)
        lay.setColumnStretch(1, 1)

    def show_steps(self, la: LangkahAwal) -> None:
        done = {"unit": la.jumlah_unit > 0, "pegawai": la.jumlah_pegawai > 0,
                "tahun": la.tahun_dibuka, "undang": la.jumlah_undangan > 0}
        for key, (label, btn) in self.rows.items():
            text = str(label.property("teks"))
            label.setText(("✔ " + text) if done[key] else f"<b>{text}</b>")
            btn.setEnabled(not done[key] or key in ("unit", "undang"))
        self.setVisible(not la.selesai)


class BerandaPage(Page):
    key = "beranda"

    def __init__(self, ctx: c.AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.watch(*c.ALL, PELAYANAN)
        self.setStyleSheet(CARD_STYLE % {"count": pt(24)})
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.addWidget(heading(self.tr("Beranda"), 15))
        self.summary = QLabel()
        self.summary.setObjectName("ringkasan")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.clock_warning = QLabel()
        self.clock_warning.setObjectName("peringatanJam")
        self.clock_warning.setWordWrap(True)
        self.clock_warning.setStyleSheet(
            "QLabel { background: #fff4ce; border: 1px solid #c19c00; padding: 6px; }")
        self.clock_warning.hide()
        lay.addWidget(self.clock_warning)
        self.mulai = MulaiPanel(self)
        self.mulai.hide()
        self.progress: PenyelesaianChart | None = None
        if ctx.is_central:
            lay.addWidget(self.mulai)
        else:  # a unit sees its year at a glance: evaluations done per period
            judul = named(QLabel(self.tr("Evaluasi yang sudah disetujui per periode, "
                                         "terhadap pegawai aktif unit ini")), "judul_grafik")
            judul.setStyleSheet("QLabel { font-weight: bold; }")
            judul.setWordWrap(True)
            lay.addWidget(judul)
            self.progress = named(PenyelesaianChart(), "grafik_beranda")
            self.progress.setMinimumHeight(120)
            self.progress.setMaximumHeight(150)
            self.progress.setAccessibleName(judul.text())
            lay.addWidget(self.progress)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.cards = {
            "tanpa_skp": Card("tanpa_skp", self.tr("Pegawai belum punya SKP"),
                              self.tr("Buka SKP"), "skp", self, StatusKerja.BELUM),
            "draft": Card("draft", self.tr("SKP masih konsep (belum diajukan)"),
                          self.tr("Buka SKP"), "skp", self, StatusKerja.DRAFT),
            "diajukan": Card("diajukan", self.tr("SKP menunggu persetujuan"),
                             self.tr("Buka SKP"), "skp", self, StatusKerja.DIAJUKAN),
            "evaluasi": Card("evaluasi", self.tr("Evaluasi periode ini belum selesai"),
                             self.tr("Buka Evaluasi"), "evaluasi", self, BELUM_SELESAI),
            "konflik": Card("konflik", self.tr("Konflik sinkronisasi belum ditinjau"),
                            self.tr("Tinjau konflik"), "sinkronisasi", self),
            "paket": Card("paket", self.tr("Instalasi yang perlu dikirimi paket"),
                          self.tr("Buka Sinkronisasi"), "sinkronisasi", self),
        }
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // 3, i % 3)
        # complaints: beside the others, the height of both rows; only where there are any
        self.pengaduan = Card("pengaduan", self.tr("Pengaduan perlu ditindaklanjuti"),
                              self.tr("Buka Pelayanan"), PAGE_PELAYANAN, self)
        self.pengaduan_rincian = named(QLabel(), "rincian_pengaduan")
        self.pengaduan_rincian.setWordWrap(True)
        card_lay = self.pengaduan.layout()
        assert isinstance(card_lay, QVBoxLayout)
        card_lay.insertWidget(1, self.pengaduan_rincian)
        self.pengaduan.items.setSpacing(3)
        self.pengaduan.hide()
        grid.addWidget(self.pengaduan, 0, 3, 2, 1)
        self.grid = grid
        lay.addLayout(grid, 1)
        self.data: svc.Beranda | None = None
        self._muat_ke = 0  # the latest read asked for; older answers are dropped

    def title(self) -> str:
        return self.tr("Beranda")

    def refresh(self) -> None:
        """Read the figures on the database worker; the newest request wins (a unit filter
        changed twice quickly shows the second choice)."""
        super().refresh()
        units = self.ctx.visible_units()
        today = date.today()
        ws = self.ctx.ws
        self._muat_ke += 1
        ke = self._muat_ke
        if self.data is None:
            self.summary.setText(self.tr("Memuat…"))
        operations.Operation(self, lambda _op: svc.muat(ws, units, today,
                                                         batas_pengaduan=BATAS_PENGADUAN)) \
            .success(lambda isi: self._tampilkan(isi) if ke == self._muat_ke else None) \
            .failure(lambda exc: self._gagal(exc) if ke == self._muat_ke else None).run()

    def _gagal(self, exc: BaseException) -> None:
        """The figures could not be read: say so where they go, and why (F5 tries again)."""
        self.summary.setText(self.tr("Beranda belum dapat dimuat. Tekan F5 untuk mencoba lagi."))
        messages.show_error(self, exc)

    def _tampilkan(self, isi: svc.IsiBeranda) -> None:
        b = isi.beranda
        self.clock_warning.setText(isi.peringatan_jam or "")
        self.clock_warning.setVisible(bool(isi.peringatan_jam))
        if isi.langkah is not None:
            self.mulai.show_steps(isi.langkah)
        if self.progress is not None and isi.penyelesaian is not None:
            self.progress.set_data(isi.penyelesaian)
        self.data = b
        self.summary.setText(
            self.tr("Tahun {0} · periode berjalan: {1} · {2} pegawai aktif · {3} SKP disetujui")
            .format(b.tahun, periode_text(b.periode_label), b.jumlah_pegawai, b.skp_disetujui))
        more = self.tr("… dan {0} lainnya")
        self.cards["tanpa_skp"].set_items(
            b.tanpa_skp, [(f"{r.nama} — {r.jabatan}", r.id) for r in b.tanpa_skp_daftar], more)
        self.cards["draft"].set_items(
            b.skp_draft, [(f"{r.nama} — {r.jabatan}", r.pegawai_id)
                          for r in b.skp_draft_daftar], more)
        self.cards["diajukan"].set_items(
            b.skp_diajukan, [(f"{r.nama} — {r.jabatan}", r.pegawai_id)
                             for r in b.skp_diajukan_daftar], more)
        self.cards["evaluasi"].set_items(
            b.evaluasi_due, [(f"{r.nama} — {r.unit_nama}", r.pegawai_id)
                             for r in b.evaluasi_due_daftar], more)
        # counts without a list: "… and N more" under nothing would read as a fault
        self.cards["konflik"].set_items(b.konflik, [])
        self.cards["paket"].set_items(b.paket_belum_dikirim, [])
        self._show_pengaduan(isi.pengaduan, more)

    def _show_pengaduan(self, p: svc.PengaduanPerhatian | None, more: str) -> None:
        card = self.pengaduan
        card.setVisible(p is not None)
        for col in range(3):  # the complaints' column a little wider: their lines are long
            self.grid.setColumnStretch(col, 2)
        self.grid.setColumnStretch(3, 3 if p is not None else 0)
        if p is None:
            return
        opens = _registered(PAGE_PELAYANAN)
        card.button.setVisible(opens)
        self.pengaduan_rincian.setText(
            self.tr("{0} terlambat · {1} jatuh tempo dalam {2} hari kerja").format(
                p.terlambat, p.jatuh_tempo, JATUH_TEMPO_HARI))
        items = []
        for v, unit in p.daftar:
            if v.terlambat:
                when = (self.tr("Terlambat {0} hari kerja").format(-v.sisa_hari)
                        if v.sisa_hari else self.tr("Terlambat"))
            elif not v.sisa_hari:
                when = self.tr("jatuh tempo hari ini")
            else:
                when = self.tr("sisa {0} hari kerja").format(v.sisa_hari)
            batas = format_tanggal(v.batas) if v.batas else "—"
            text = self.tr("{0} — {1}\n{2}\nbatas {3} · {4}").format(
                v.nomor, v.status_teks, unit or "—", batas, when)
            items.append((text, v.id if opens else None))
        card.set_items(p.jumlah, items, more)
        for i, (v, _u) in enumerate(p.daftar):
            if v.terlambat:
                card.items.item(i).setForeground(QColor("#b3261e"))


def _registered(page_key: str) -> bool:
    """Whether the main window has the page (Beranda may be built before a page exists)."""
    from asn_desktop.ui.main_window import PAGES

    return any(k == page_key for k, _m, _c in PAGES)
