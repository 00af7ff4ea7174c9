"""Laporan: the chosen month's key figures as pelayanan_rekap counts them, and the report as a
PDF or .xlsx file."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.pelayanan import (
    KANAL_LABELS,
    KATEGORI_LABELS,
    STATUS_PENGADUAN_LABELS,
    Kanal,
    Kategori,
    StatusPengaduan,
)
from asn_desktop.services import pelayanan_rekap as rekap_svc
from asn_desktop.teks import _
from asn_desktop.ui import context as c
from asn_desktop.ui import messages
from asn_desktop.ui.ops import pelayanan as ops
from asn_desktop.ui.tampilan import pt
from asn_desktop.ui.widgets.common import berkas_simpan, named
from asn_desktop.ui.widgets.pelayanan_umum import Pilihan, hari, lebar_kolom, persen, sel, tabel


class _Kartu(QFrame):
    """One figure: the number large, what it counts under it."""

    def __init__(self, name: str, caption: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"QFrame#{name} {{ background: #f5f8fb; border: 1px solid #c9d6e3; "
                           "border-radius: 6px; }")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        self.angka = QLabel("—")
        self.angka.setStyleSheet(f"font-size: {pt(15)}; font-weight: 600; color: #1f4e79;")
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #444;")
        lay.addWidget(self.angka)
        lay.addWidget(self.caption)

    def set(self, text: str) -> None:
        self.angka.setText(text)


class LaporanTab(QWidget):
    def __init__(self, ctx: c.AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pilihan: Pilihan | None = None
        self.data: rekap_svc.RekapPelayanan | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        self.judul = named(QLabel(), "judul_laporan")
        self.judul.setStyleSheet(f"font-size: {pt(12)}; font-weight: 600;")
        top.addWidget(self.judul, 1)
        self.btn_pdf = named(QPushButton(self.tr("Simpan PDF…")), "laporan_pdf")
        self.btn_xlsx = named(QPushButton(self.tr("Simpan Excel…")), "laporan_xlsx")
        top.addWidget(self.btn_pdf)
        top.addWidget(self.btn_xlsx)
        lay.addLayout(top)
        grid = QGridLayout()
        self.kartu: dict[str, _Kartu] = {}
        for row, items in enumerate((
                (("permohonan", self.tr("Permohonan masuk")),
                 ("selesai", self.tr("Dokumen selesai")),
                 ("tepat", self.tr("Selesai tepat waktu")),
                 ("backlog", self.tr("Tunggakan akhir bulan"))),
                (("adu_masuk", self.tr("Pengaduan masuk")),
                 ("adu_tutup", self.tr("Pengaduan ditutup pada periode ini")),
                 ("adu_tepat", self.tr("Ditutup tepat waktu")),
                 ("terlambat", self.tr("Pengaduan terlambat"))),
                (("respons", self.tr("Rata-rata respons pertama (hari kerja)")),
                 ("durasi", self.tr("Rata-rata penyelesaian (hari kerja)")),
                 ("ikm", self.tr("Nilai IKM")), ("mutu", self.tr("Mutu pelayanan"))))):
            for col, (key, caption) in enumerate(items):
                k = _Kartu(f"kartu_{key}", caption)
                self.kartu[key] = k
                grid.addWidget(k, row, col)
        for col in range(4):
            grid.setColumnStretch(col, 1)
        lay.addLayout(grid)
        # the closings above count complaints received earlier too; the tables below only
        # the period's own, by where they stand now
        keterangan = named(QLabel(self.tr(
            "Pengaduan yang masuk pada periode ini, menurut kategori, kanal dan status saat "
            "ini:")), "keterangan_rincian")
        keterangan.setWordWrap(True)
        lay.addWidget(keterangan)
        rincian = QHBoxLayout()
        self.per_kategori = tabel("laporan_kategori", [self.tr("Kategori"), self.tr("Jumlah")])
        self.per_kanal = tabel("laporan_kanal", [self.tr("Kanal"), self.tr("Jumlah")])
        self.per_status = tabel("laporan_status", [self.tr("Status"), self.tr("Jumlah")])
        for t in (self.per_kategori, self.per_kanal, self.per_status):
            lebar_kolom(t, [180, 70], stretch=0)
            rincian.addWidget(t)
        lay.addLayout(rincian, 1)
        self.btn_pdf.clicked.connect(lambda: self.simpan(".pdf"))
        self.btn_xlsx.clicked.connect(lambda: self.simpan(".xlsx"))

    def set_pilihan(self, p: Pilihan) -> None:
        self.pilihan = p
        self.load()

    def load(self) -> None:
        p = self.pilihan
        if p is None:
            return
        r = self.data = self.ctx.read(lambda s: rekap_svc.rekap(s, p.unit_id, p.rentang))
        self.judul.setText(self.tr("Laporan pelayanan {0} — {1}").format(r.rentang.judul,
                                                                         r.unit_nama))
        k = self.kartu
        k["permohonan"].set(str(r.masuk))
        k["selesai"].set(str(r.selesai))
        k["tepat"].set(persen(r.persen_tepat))
        k["backlog"].set(str(sum(b.backlog for b in r.layanan)))
        k["adu_masuk"].set(str(r.pengaduan_masuk))
        k["adu_tutup"].set(str(r.ditutup))
        k["adu_tepat"].set(persen(r.persen_pengaduan_tepat))
        k["respons"].set(hari(r.rata_respons))
        k["durasi"].set(hari(r.rata_selesai))
        k["ikm"].set(hari(r.ikm.nilai) if r.ikm else "—")
        k["ikm"].caption.setText(self.tr("Nilai IKM ({0} responden)").format(r.ikm.responden)
                                 if r.ikm else self.tr("Nilai IKM (belum ada survei)"))
        k["mutu"].set(r.ikm.mutu_teks if r.ikm else "—")
        k["terlambat"].set(str(len(r.terlambat)))
        self._isi(self.per_kategori, [(_(KATEGORI_LABELS[Kategori(x)]), n)
                                      for x, n in r.per_kategori.items()])
        self._isi(self.per_kanal, [(_(KANAL_LABELS[Kanal(x)]), n)
                                   for x, n in r.per_kanal.items()])
        self._isi(self.per_status, [(_(STATUS_PENGADUAN_LABELS[StatusPengaduan(x)]), n)
                                    for x, n in r.per_status.items()])

    @staticmethod
    def _isi(t: QTableWidget, rows: list[tuple[str, int]]) -> None:
        t.setRowCount(len(rows))
        for i, (text, n) in enumerate(rows):
            t.setItem(i, 0, sel(text))
            t.setItem(i, 1, sel(str(n), True))

    def simpan(self, suffix: str, path: str | None = None) -> None:
        p = self.pilihan
        if p is None:
            return
        target = berkas_simpan(self, self.tr("Simpan laporan pelayanan"),
                               f"laporan-pelayanan-{p.rentang.kode}{suffix}", suffix, path)
        if target is None:
            return
        ops.simpan_laporan(p.unit_id, p.rentang.kode, target).success(
            lambda out: messages.info(self, self.tr("Laporan disimpan: {0}").format(out))
        ).run(self.ctx, self)

