"""Pelayanan: a service unit's register typed by keyboard or imported, complaints taken through
their workflow, IKM surveys, the catalogue and the month's report, as a person uses them."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select
from tests.ui.helpers import screenshot, wait_ops

from asn_desktop.db.models import OrgUnit, Pegawai
from asn_desktop.domain.pelayanan import Kanal, Kategori
from asn_desktop.services import ikm as ikm_svc
from asn_desktop.services import orgs
from asn_desktop.services import pelayanan as svc
from asn_desktop.services import pengaduan as adu
from asn_desktop.ui.widgets.pelayanan_dialog import LangkahDialog, PengaduanDialog
from asn_desktop.ui.widgets.pelayanan_register import (
    C_ALASAN,
    C_BACKLOG,
    C_MASUK,
    C_SELESAI,
    C_TEPAT,
)

# the demo city's Disdukcapil keeps a catalogue and a year of registers; the tests give the
# health office one of its own, so what they count is only theirs
UNIT = "3673.DINKES"


def _unit(ctx: Any) -> str:
    with ctx.ws.db.Session() as s:
        return s.scalars(select(OrgUnit.id).where(OrgUnit.kode == UNIT)).one()


def _katalog(ctx: Any) -> tuple[str, str, str]:
    """A catalogue of two: KTP (1 hari kerja) and KK (3)."""
    unit = _unit(ctx)
    with ctx.ws.session() as s:
        ktp = svc.tambah_layanan(s, unit, svc.LayananInput("KTP", "Perekaman KTP-el", 1))
        kk = svc.tambah_layanan(s, unit, svc.LayananInput("KK", "Kartu Keluarga", 3))
    return unit, ktp, kk


def _page(window: Any) -> Any:
    window.go("pelayanan")
    return window.page("pelayanan")


def _ketik(qtbot: Any, table: Any, text: str) -> None:
    """Type into the cell being edited, then Enter (which opens the next cell)."""
    editor = table.indexWidget(table.currentIndex())
    assert isinstance(editor, QWidget), "no cell is being edited"
    if text:
        qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.indexWidget(table.currentIndex()) is not editor,
                    timeout=2000)
    QApplication.processEvents()


def _dialog(page: Any, kind: type) -> Any:
    found = [d for d in page.findChildren(kind) if d.isVisible()]
    assert found, kind.__name__
    return found[-1]


def test_empty_state_leads_to_a_first_catalogue(ws: Any, qtbot: Any) -> None:
    from asn_desktop.ui.context import AppContext
    from asn_desktop.ui.main_window import MainWindow
    from asn_desktop.ui.widgets.pelayanan_katalog import LayananDialog

    ctx = AppContext(ws)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    page = _page(window)
    assert page.stack.currentIndex() == 0 and not page.unit.isVisible()
    assert "Belum ada unit" in page.mulai_judul.text()
    assert not page.btn_batal.isVisible()
    screenshot(window, "pelayanan-kosong")
    unit = page.unit_baru.unit_id()
    assert unit
    qtbot.mouseClick(page.btn_mulai, Qt.MouseButton.LeftButton)
    assert page.tabs.currentWidget() is page.katalog and page.unit.currentData() == unit
    dlg = _dialog(page.katalog, LayananDialog)  # the first layanan is asked for at once
    qtbot.keyClicks(dlg.kode, "akta")
    qtbot.keyClicks(dlg.nama, "Akta Kelahiran")
    dlg.standar.setValue(3)
    dlg.save()
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        rows = svc.katalog(s, unit)
    assert [(r.kode, r.nama, r.standar) for r in rows] == [("AKTA", "Akta Kelahiran", 3.0)]
    assert page.stack.currentWidget() is page.tabs and page.unit.isVisible()
    assert [page.unit.itemData(i) for i in range(page.unit.count())] == [unit]
    tab = page.katalog
    assert tab.table.rowCount() == 1 and tab.table.item(0, 2).text() == "3 hari kerja"
    # a refusal of the service is named in the dialog; nothing is added
    qtbot.mouseClick(tab.btn_tambah, Qt.MouseButton.LeftButton)
    dlg = _dialog(tab, LayananDialog)
    qtbot.keyClicks(dlg.kode, "akta")
    qtbot.keyClicks(dlg.nama, "Akta lain")
    dlg.save()
    wait_ops(qtbot)
    assert "sudah dipakai" in dlg.error.text() and dlg.isVisible()
    dlg.reject()
    # made inactive, it stays in the catalogue
    tab.ubah()
    dlg = _dialog(tab, LayananDialog)
    assert dlg.kode.text() == "AKTA"
    dlg.aktif.setChecked(False)
    dlg.save()
    wait_ops(qtbot)
    assert tab.table.item(0, 3).text() == "Tidak aktif"
    with ctx.ws.db.Session() as s:
        assert svc.katalog(s, unit) == [] and len(svc.katalog(s, unit, semua=True)) == 1
    window.close()


def test_another_unit_starts_its_catalogue(window: Any, qtbot: Any, ctx: Any) -> None:
    from asn_desktop.ui.widgets.pelayanan_katalog import LayananDialog

    page = _page(window)
    first = [page.unit.itemData(i) for i in range(page.unit.count())]
    assert len(first) == 1  # the demo city's Disdukcapil
    qtbot.mouseClick(page.btn_lain, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == 0 and page.btn_batal.isVisible()
    qtbot.mouseClick(page.btn_batal, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.tabs
    page.pilih_unit_lain()
    unit = _unit(ctx)
    page.unit_baru.set_unit(unit)
    qtbot.mouseClick(page.btn_mulai, Qt.MouseButton.LeftButton)
    assert page.unit.currentData() == unit and page.tabs.currentWidget() is page.katalog
    dlg = _dialog(page.katalog, LayananDialog)
    qtbot.keyClicks(dlg.kode, "IMUN")
    qtbot.keyClicks(dlg.nama, "Imunisasi anak")
    dlg.satuan.setCurrentIndex(dlg.satuan.findData("JAM"))
    dlg.save()
    wait_ops(qtbot)
    assert {page.unit.itemData(i) for i in range(page.unit.count())} == {*first, unit}
    assert page.katalog.table.item(0, 2).text() == "1 jam"
    screenshot(window, "pelayanan_katalog")


def test_a_day_of_the_register_by_keyboard(window: Any, qtbot: Any, ctx: Any,
                                           shown: Any) -> None:
    unit, ktp, _kk = _katalog(ctx)
    today = date.today()
    with ctx.ws.session() as s:
        svc.catat_harian(s, svc.HarianInput(ktp, today - timedelta(days=1), 5, 3, 3, 4,
                                            "blangko habis"))
    page = _page(window)
    page.unit.setCurrentIndex(page.unit.findData(unit))
    tab = page.register
    t = tab.table
    assert page.tabs.currentWidget() is tab and t.rowCount() == 2
    assert t.item(0, 0).text() == "KTP — Perekaman KTP-el"
    assert tab.tanggal.value() == today
    assert t.item(0, C_BACKLOG).text() == "4"  # yesterday's backlog, until the day is typed
    t.start(0, C_MASUK)
    for text in ("12", "10", "9"):  # masuk, selesai, tepat waktu
        _ketik(qtbot, t, text)
    assert t.item(0, C_BACKLOG).text() == "6"  # 4 + 12 − 10, worked out
    assert t.currentColumn() == C_BACKLOG
    _ketik(qtbot, t, "")  # the backlog as worked out
    _ketik(qtbot, t, "blangko habis")
    assert (t.currentRow(), t.currentColumn()) == (1, C_MASUK)  # the next layanan
    for text in ("3", "3", "2"):
        _ketik(qtbot, t, text)
    assert tab.is_dirty()
    window.activateWindow()
    qtbot.keyClick(t, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        got = {h.layanan_kode: h for h in svc.harian(s, unit, today, today)}
    assert (got["KTP"].masuk, got["KTP"].selesai, got["KTP"].tepat_waktu, got["KTP"].backlog,
            got["KTP"].alasan_backlog) == (12, 10, 9, 6, "blangko habis")
    assert (got["KK"].masuk, got["KK"].selesai, got["KK"].tepat_waktu,
            got["KK"].backlog) == (3, 3, 2, 0)
    assert not tab.is_dirty()
    # the month's totals per layanan, with % tepat waktu
    totals = {tab.totals.item(i, 0).text(): i for i in range(tab.totals.rowCount())}
    row = totals["KTP — Perekaman KTP-el"]
    if (today - timedelta(days=1)).month == today.month:
        assert tab.totals.item(row, 2).text() == "17"
    assert tab.totals.item(totals["KK — Kartu Keluarga"], 5).text() == "66,7%"
    screenshot(window, "pelayanan_register")
    # a day that does not add up is refused before anything is written, next to the table
    t.start(1, C_TEPAT)
    _ketik(qtbot, t, "5")
    assert not page.save()
    assert "Kartu Keluarga" in tab.error.text() and "melebihi" in tab.error.text()
    assert t.currentColumn() == C_TEPAT
    with ctx.ws.db.Session() as s:
        assert [h.tepat_waktu for h in svc.harian(s, unit, today, today)
                if h.layanan_kode == "KK"] == [2]
    # another month while a day is being typed asks first; staying keeps the choice as it was
    shown.answers["discard"] = "cancel"
    month = page.bulan.currentIndex()
    page.bulan.setCurrentIndex((month + 1) % 12)
    assert page.bulan.currentIndex() == month and tab.is_dirty()
    assert shown.kinds()[-1] == "discard"
    # thrown away, the previous day shows what was written for it
    shown.answers["discard"] = "discard"
    qtbot.mouseClick(tab.prev, Qt.MouseButton.LeftButton)
    assert not tab.is_dirty()
    assert tab.tanggal.value() == today - timedelta(days=1)
    assert t.item(0, C_MASUK).text() == "5" and t.item(0, C_ALASAN).text() == "blangko habis"
    assert t.item(0, C_SELESAI).text() == "3"


def test_an_import_with_a_bad_row_changes_nothing(window: Any, qtbot: Any, ctx: Any,
                                                  shown: Any, tmp_path: Path) -> None:
    unit, _ktp, _kk = _katalog(ctx)
    berkas = tmp_path / "register.csv"
    berkas.write_text("Tanggal,Kode layanan,Masuk,Selesai,Tepat waktu,Backlog,Alasan\n"
                      "2026-11-02,KTP,10,8,8,2,blangko habis\n"
                      "2026-11-02,KK,sepuluh,4,4,0,\n"
                      "2026-11-03,KTP,7,9,9,0,\n", encoding="utf-8")
    page = _page(window)
    page.unit.setCurrentIndex(page.unit.findData(unit))
    page.register.impor(str(berkas))
    wait_ops(qtbot)
    errors = [m for m in shown.items if m.kind == "error"]
    assert errors and "baris 3" in errors[-1].text and "tidak ada yang diubah" in errors[-1].text
    with ctx.ws.db.Session() as s:
        assert svc.harian(s, unit, date(2026, 11, 1), date(2026, 11, 30)) == []
    # the file put right goes in whole
    berkas.write_text(berkas.read_text(encoding="utf-8").replace("sepuluh", "10"),
                      encoding="utf-8")
    page.register.impor(str(berkas))
    wait_ops(qtbot)
    assert "3 baris" in shown.texts("info")[-1]
    with ctx.ws.db.Session() as s:
        assert len(svc.harian(s, unit, date(2026, 11, 1), date(2026, 11, 30))) == 3


def test_a_complaint_through_its_workflow(window: Any, qtbot: Any, ctx: Any) -> None:
    unit, _ktp, kk = _katalog(ctx)
    with ctx.ws.db.Session() as s:
        pic_id, pic_nama = s.execute(
            select(Pegawai.id, Pegawai.nama).where(
                Pegawai.unit_id.in_(orgs.subtree_ids(s, unit)), Pegawai.aktif.is_(True))
            .order_by(Pegawai.nama)).first()
    page = _page(window)
    page.unit.setCurrentIndex(page.unit.findData(unit))
    page.tabs.setCurrentWidget(page.pengaduan)
    tab = page.pengaduan
    assert tab.table.rowCount() == 0
    qtbot.mouseClick(tab.btn_baru, Qt.MouseButton.LeftButton)
    dlg = _dialog(tab, PengaduanDialog)
    dlg.kanal.setCurrentIndex(dlg.kanal.findData(Kanal.TELEPON.value))
    qtbot.keyClicks(dlg.pelapor, "Siti Aminah")
    dlg.layanan.setCurrentIndex(dlg.layanan.findData(kk))
    dlg.kategori.setCurrentIndex(dlg.kategori.findData(Kategori.RINGAN.value))
    qtbot.keyClicks(dlg.uraian, "KK belum jadi setelah dua minggu")
    screenshot(dlg, "pelayanan-pengaduan-baru")
    dlg.save()
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        (v,) = adu.daftar(s, unit_id=unit)
    assert (v.status, v.kanal, v.layanan_id, v.pelapor) == ("DITERIMA", "TELEPON", kk,
                                                            "Siti Aminah")
    assert tab.current_id() == v.id and tab.steps[adu.LangkahPengaduan.VERIFIKASI].isVisible()
    assert not tab.steps[adu.LangkahPengaduan.DISPOSISI].isVisible()
    # corrected while still open
    qtbot.mouseClick(tab.btn_ubah, Qt.MouseButton.LeftButton)
    dlg = _dialog(tab, PengaduanDialog)
    assert dlg.uraian.text() == "KK belum jadi setelah dua minggu"
    dlg.uraian.moveCursor(dlg.uraian.textCursor().MoveOperation.End)
    qtbot.keyClicks(dlg.uraian, " di kelurahan")
    dlg.save()
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        assert adu.ambil(s, v.id).uraian == "KK belum jadi setelah dua minggu di kelurahan"

    def step(name: adu.LangkahPengaduan) -> Any:
        button = tab.steps[name]
        assert button.isVisible(), name
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return _dialog(tab, LangkahDialog)

    d = step(adu.LangkahPengaduan.VERIFIKASI)
    d.kategori.setCurrentIndex(d.kategori.findData(Kategori.NORMATIF.value))
    d.save()
    wait_ops(qtbot)
    d = step(adu.LangkahPengaduan.DISPOSISI)
    d.save()  # no PIC chosen yet: the service names what is missing
    wait_ops(qtbot)
    assert "PIC" in d.error.text() and d.isVisible()
    assert d.pic.select_id(pic_id)
    screenshot(d, "pelayanan-disposisi")
    d.save()
    wait_ops(qtbot)
    d = step(adu.LangkahPengaduan.TINDAK_LANJUT)
    qtbot.keyClicks(d.tanggapan, "KK dicetak ulang, pemohon dihubungi")
    qtbot.keyClicks(d.bukti, "Foto tanda terima")
    d.save()
    wait_ops(qtbot)
    d = step(adu.LangkahPengaduan.SELESAIKAN)
    d.save()
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        v = adu.ambil(s, v.id)
        history = [r.aksi for r in adu.riwayat(s, v.id)]
    assert (v.status, v.kategori, v.pic_id, v.tanggapan, v.bukti) == (
        "SELESAI", "NORMATIF", pic_id, "KK dicetak ulang, pemohon dihubungi",
        "Foto tanda terima")
    assert v.tanggal_selesai == date.today() and not v.terlambat
    assert history == ["DITERIMA", "DIVERIFIKASI", "DIDISPOSISI", "DITINDAKLANJUTI", "SELESAI"]
    assert tab.riwayat.rowCount() == 5 and tab.riwayat.item(4, 1).text() == "Diselesaikan"
    row = tab.table.currentRow()
    assert tab.table.item(row, 6).text() == "Selesai" and tab.table.item(row, 5).text() == pic_nama
    assert tab.steps[adu.LangkahPengaduan.BUKA_KEMBALI].isVisible()
    screenshot(window, "pelayanan_pengaduan")
    # reopening asks a reason, which the history keeps
    d = step(adu.LangkahPengaduan.BUKA_KEMBALI)
    qtbot.keyClicks(d.alasan, "Pelapor belum menerima KK")
    d.save()
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        assert adu.ambil(s, v.id).status == "DIVERIFIKASI"
        assert adu.riwayat(s, v.id)[-1].alasan == "Pelapor belum menerima KK"


def test_an_overdue_complaint_says_so(window: Any, qtbot: Any, ctx: Any) -> None:
    unit, ktp, _kk = _katalog(ctx)
    with ctx.ws.session() as s:
        late = adu.catat(s, unit, adu.PengaduanInput(
            date.today() - timedelta(days=30), Kanal.LAPOR, "Antrean KTP-el tidak jelas",
            Kategori.RINGAN, ktp, nomor="LAPOR-123"))
        adu.catat(s, unit, adu.PengaduanInput(date.today(), Kanal.LANGSUNG, "Ruang tunggu panas",
                                              Kategori.NORMATIF))
    window.go("pelayanan", late)  # as Beranda opens it
    page = window.page("pelayanan")
    tab = page.pengaduan
    assert page.tabs.currentWidget() is tab and page.unit.currentData() == unit
    assert tab.current_id() == late and "Terlambat" in tab.detail.text()
    tab.set_filter("terlambat")
    assert tab.table.rowCount() == 1 and tab.current_id() == late
    sisa = tab.table.item(0, 8)
    assert sisa.text().startswith("Terlambat") and not sisa.icon().isNull()
    assert sisa.foreground().color().name() == "#b3261e"
    assert "Terlambat" in tab.detail.text()
    tab.set_filter("terbuka")
    assert tab.table.rowCount() == 2
    texts = {tab.table.item(i, 0).text(): tab.table.item(i, 8).text() for i in range(2)}
    assert texts["LAPOR-123"].startswith("Terlambat")
    assert not next(t for n, t in texts.items() if n != "LAPOR-123").startswith("Terlambat")
    screenshot(window, "pelayanan-pengaduan-terlambat")


def test_an_ikm_survey_and_its_nilai(window: Any, qtbot: Any, ctx: Any) -> None:
    unit, _ktp, _kk = _katalog(ctx)
    page = _page(window)
    page.unit.setCurrentIndex(page.unit.findData(unit))
    page.tahun.setValue(2026)
    page.tabs.setCurrentWidget(page.ikm)
    tab = page.ikm
    tab.periode.setCurrentIndex(tab.periode.findData("2026-SM1"))
    assert tab.periode.currentText() == "Semester I 2026"
    tab.responden.selectAll()  # as when Tab reaches it
    qtbot.keyClicks(tab.responden, "120")
    nrr = (3.2, 3.1, 3.0, 3.9, 3.3, 3.4, 3.5, 3.0, 2.9)
    for spin, v in zip(tab.unsur, nrr, strict=True):
        spin.selectAll()
        qtbot.keyClicks(spin, f"{v:.2f}".replace(".", ","))
    assert [round(s.value(), 2) for s in tab.unsur] == list(nrr)
    qtbot.mouseClick(tab.btn_simpan, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        (v,) = ikm_svc.daftar(s, unit, 2026)
    assert (v.periode_kode, v.responden) == ("2026-SM1", 120)
    shown_nilai = f"{v.nilai:g}".replace(".", ",")
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 0).text() == "Semester I 2026"
    assert tab.table.item(0, 2).text() == shown_nilai and tab.table.item(0, 3).text() == v.mutu_teks
    assert shown_nilai in tab.hasil.text() and v.mutu_teks in tab.hasil.text()
    screenshot(window, "pelayanan_ikm")
    # an unsur left empty is named by the service; nothing is written
    tab.periode.setCurrentIndex(tab.periode.findData("2026-TW3"))
    tab.unsur[4].setValue(0)
    tab.simpan()
    wait_ops(qtbot)
    assert "unsur 5" in tab.error.text()
    with ctx.ws.db.Session() as s:
        assert len(ikm_svc.daftar(s, unit, 2026)) == 1


def test_the_report_shows_the_month_and_saves_it(window: Any, qtbot: Any, ctx: Any,
                                                 shown: Any, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    unit, ktp, kk = _katalog(ctx)
    with ctx.ws.session() as s:
        svc.catat_harian(s, svc.HarianInput(ktp, date(2026, 11, 3), 20, 16, 12, 4, "server"))
        svc.catat_harian(s, svc.HarianInput(kk, date(2026, 11, 3), 10, 4, 4, 6, "blangko"))
        ikm_svc.catat(s, unit, "2026-BL11", 50, [3.5] * 9)
    page = _page(window)
    page.unit.setCurrentIndex(page.unit.findData(unit))
    page.tahun.setValue(2026)
    page.bulan.setCurrentIndex(10)
    page.tabs.setCurrentWidget(page.laporan)
    tab = page.laporan
    assert "November 2026" in tab.judul.text()
    k = tab.kartu
    assert (k["permohonan"].angka.text(), k["selesai"].angka.text(),
            k["tepat"].angka.text()) == ("30", "20", "80%")
    assert k["ikm"].angka.text() == "87,5" and k["backlog"].angka.text() == "10"
    screenshot(window, "pelayanan_laporan")
    tab.simpan(".pdf", str(tmp_path / "laporan"))  # the suffix is added when missing
    wait_ops(qtbot)
    assert (tmp_path / "laporan.pdf").read_bytes().startswith(b"%PDF")
    assert "Laporan disimpan" in shown.texts("info")[-1]
    tab.simpan(".xlsx", str(tmp_path / "laporan.xlsx"))
    wait_ops(qtbot)
    assert load_workbook(tmp_path / "laporan.xlsx").sheetnames
