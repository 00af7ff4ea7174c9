"""The public-service registers where the other pages meet them: complaints needing attention on
Beranda, their settings in Pengaturan, an indicator's register in the SKP, filling realisasi
from the registers in Evaluasi, settled complaints in Log Harian and the units side by side in
Pemantauan."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea
from sqlalchemy import select
from tests.ui.helpers import draft_skp, new_bawahan, screenshot, wait_ops

from asn_desktop.db.models import Indikator, OrgUnit, Pegawai, Realisasi, Rhk
from asn_desktop.domain.jabatan import Aspek
from asn_desktop.domain.pelayanan import Kanal, Kategori, SumberRealisasi
from asn_desktop.domain.periods import periode_bawaan
from asn_desktop.services import evaluasi as eval_svc
from asn_desktop.services import pelayanan, pelayanan_rekap, pengaturan
from asn_desktop.services import pengaduan as adu
from asn_desktop.services import skp as skp_svc


def _unit_of(ws: Any, pegawai_id: str) -> str:
    with ws.db.Session() as s:
        return s.get_one(Pegawai, pegawai_id).unit_id


def _katalog(ws: Any, unit_id: str) -> str:
    with ws.session() as s:
        return pelayanan.tambah_layanan(s, unit_id, pelayanan.LayananInput(
            "UJI", "Layanan uji akta kelahiran", 3))


def _pengaduan(ws: Any, unit_id: str, tanggal: date, kategori: Kategori = Kategori.RINGAN,
               uraian: str = "Antrean terlalu lama", layanan_id: str | None = None
               ) -> tuple[str, str]:
    with ws.session() as s:
        pid = adu.catat(s, unit_id, adu.PengaduanInput(tanggal, Kanal.LANGSUNG, uraian,
                                                       kategori, layanan_id))
        return pid, adu.ambil(s, pid).nomor


def _click_item(qtbot: Any, lst: Any, row: int) -> None:
    rect = lst.visualItemRect(lst.item(row))
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _click_tab(qtbot: Any, tabs: Any, widget: Any) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                     pos=bar.tabRect(tabs.indexOf(widget)).center())


def _retype(qtbot: Any, box: Any, text: str) -> None:
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)


# ------------------------------------------------------------------------------------ Beranda


def test_beranda_shows_the_card_only_when_there_are_complaints(ws: Any, qtbot: Any) -> None:
    from asn_desktop.ui.context import AppContext
    from asn_desktop.ui.pages.beranda import BerandaPage

    page = BerandaPage(AppContext(ws))
    qtbot.addWidget(page)
    page.refresh()
    wait_ops(qtbot)
    assert page.pengaduan.isHidden()
    with ws.db.Session() as s:
        root = s.scalars(select(OrgUnit.id).where(OrgUnit.parent_id.is_(None))).one()
    _pengaduan(ws, root, date.today(), Kategori.BERKADAR)  # 60 hari kerja: not yet pressing
    page.refresh()
    wait_ops(qtbot)
    assert not page.pengaduan.isHidden()
    assert page.pengaduan.count.text() == "0"
    assert page.pengaduan_rincian.text().startswith("0 terlambat · 0 jatuh tempo")
    assert page.pengaduan.items.item(0).text() == "Tidak ada yang perlu dikerjakan."


def test_beranda_lists_overdue_and_due_complaints(window: Any, qtbot: Any, ctx: Any) -> None:
    from asn_desktop.services import beranda
    from asn_desktop.ui.pages.beranda import BATAS_PENGADUAN, _registered

    today = date.today()
    pid, _ = new_bawahan(ctx.ws)
    unit = _unit_of(ctx.ws, pid)
    lewat_id, lewat = _pengaduan(ctx.ws, unit, today - timedelta(days=250))
    _pengaduan(ctx.ws, unit, today)
    window.go("beranda")
    page = window.page("beranda")
    page.refresh()
    wait_ops(qtbot)
    card = page.pengaduan
    assert card.isVisible()
    with ctx.ws.read_session() as s:
        n_lewat, n_dekat = adu.hitung_perhatian(s, today)
        expected = beranda.pengaduan_perhatian(s, today, batas=BATAS_PENGADUAN)
    assert n_lewat >= 1 and n_dekat >= 1 and expected is not None
    assert card.count.text() == str(n_lewat + n_dekat)
    assert page.pengaduan_rincian.text() == (
        f"{n_lewat} terlambat · {n_dekat} jatuh tempo dalam 2 hari kerja")
    texts = [card.items.item(i).text() for i in range(card.items.count())]
    assert [t.split(" — ")[0] for t in texts[:len(expected.daftar)]] == [
        "• " + v.nomor for v, _u in expected.daftar]
    mine = next(i for i, t in enumerate(texts) if lewat in t)
    with ctx.ws.db.Session() as s:
        unit_nama = s.get_one(OrgUnit, unit).nama
    assert "Terlambat" in texts[mine] and "Diterima" in texts[mine] and unit_nama in texts[mine]
    assert "RINGAN" not in "".join(texts) and "DITERIMA" not in "".join(texts)
    screenshot(window, "terkait-beranda")
    opened: list[tuple[str, Any]] = []
    ctx.navigate.connect(lambda key, arg: opened.append((key, arg)))
    _click_item(qtbot, card.items, mine)
    if _registered("pelayanan"):
        assert opened == [("pelayanan", lewat_id)]
        assert window.stack.currentWidget() is window.page("pelayanan")
    else:  # nowhere to go yet: nothing happens
        assert opened == [] and card.button.isHidden()
        assert window.stack.currentWidget() is page


# --------------------------------------------------------------------------------- Pengaturan


def test_pengaturan_edits_holidays_deadlines_and_ikm(window: Any, qtbot: Any, ctx: Any) -> None:
    window.go("pengaturan")
    page = window.page("pengaturan")
    area = page.findChild(QScrollArea)

    def click(button: Any) -> None:  # scrolled into view first, as a person would
        QApplication.processEvents()  # the page's layout settles before it can scroll
        area.ensureWidgetVisible(button)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    libur, batas, ikm = (page.fields[k] for k in (pengaturan.HARI_LIBUR,
                                                  pengaturan.BATAS_PENGADUAN,
                                                  pengaturan.INTERVAL_IKM))
    qtbot.waitUntil(lambda: ikm.catatan.isVisibleTo(page), timeout=3000)
    assert "cocokkan dengan salinan peraturan" in ikm.catatan.text()
    assert batas.boxes["RINGAN"].accessibleName() == "Ringan"
    before = libur.table.rowCount()
    click(libur.add_button)
    click(libur.add_button)
    assert libur.table.rowCount() == before + 2
    libur.cell(before, 0).set_date(date(2031, 3, 21))
    qtbot.keyClicks(libur.cell(before, 1), "Hari Raya Nyepi")
    libur.table.selectRow(before + 1)
    click(libur.remove_button)
    assert libur.table.rowCount() == before + 1
    _retype(qtbot, batas.boxes["RINGAN"], "3")
    _retype(qtbot, batas.boxes["BERKADAR"], "0")  # refused by the service, said in words
    _retype(qtbot, ikm.boxes["A"], "90")
    click(page.save_button)
    wait_ops(qtbot)
    assert page.errors["batas_pengaduan"].text() == (
        "Batas waktu kategori Berkadar pengawasan harus antara 1 dan 365 hari kerja.")
    with ctx.ws.db.Session() as s:
        assert pengaturan.batas_pengaduan(s)["RINGAN"] == 2
    _retype(qtbot, batas.boxes["BERKADAR"], "45")
    _retype(qtbot, ikm.boxes["B"], "95")  # above A: refused
    click(page.save_button)
    wait_ops(qtbot)
    assert page.errors["interval_ikm"].text() == "Batas bawah mutu harus menurun dari A ke D."
    _retype(qtbot, ikm.boxes["B"], "78")
    click(page.save_button)
    wait_ops(qtbot)
    assert not page.errors["interval_ikm"].isVisibleTo(page)
    with ctx.ws.db.Session() as s:
        assert date(2031, 3, 21) in pengaturan.hari_libur(s)
        assert {"tanggal": "2031-03-21", "keterangan": "Hari Raya Nyepi"} in \
            pengaturan.get_setting(s, pengaturan.HARI_LIBUR)
        assert pengaturan.batas_pengaduan(s) == {"RINGAN": 3, "NORMATIF": 5,
                                                 "TIDAK_BERKADAR": 14, "BERKADAR": 45}
        assert pengaturan.interval_ikm(s) == {"A": 90.0, "B": 78.0, "C": 65.0, "D": 25.0}
    assert not page.is_dirty()
    area.ensureWidgetVisible(libur)
    screenshot(window, "terkait-pengaturan")


# --------------------------------------------------------------------------------------- SKP


def _indikator_item(tree: Any) -> Any:
    from PySide6.QtWidgets import QTreeWidgetItemIterator

    from asn_desktop.ui.pages.skp_editor import KIND_ROLE

    it = QTreeWidgetItemIterator(tree)
    while it.value() is not None:
        if it.value().data(0, KIND_ROLE) == "indikator":
            return it.value()
        it += 1
    raise AssertionError("no indicator in the tree")


def test_indicator_takes_its_realisasi_from_a_register(window: Any, qtbot: Any,
                                                       ctx: Any) -> None:
    pid, _ = new_bawahan(ctx.ws)
    skp_id = draft_skp(ctx.ws, pid)
    window.go("skp", pid)
    page = window.page("skp")
    h = page.editor.hasil
    h.tree.setCurrentItem(_indikator_item(h.tree))
    f = h.ind_form
    assert h.forms.currentWidget() is f
    assert f.sumber.currentText() == "(diisi manual)" and f.sumber_hint.isHidden()
    labels = [f.sumber.itemText(i) for i in range(f.sumber.count())]
    assert "Jumlah dokumen layanan selesai" in labels
    assert not any("_" in t for t in labels)
    f.sumber.setCurrentIndex(f.sumber.findText("Jumlah dokumen layanan selesai"))
    assert "Dokumen" in f.sumber_hint.text()
    qtbot.mouseClick(f.save_button, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        ind = s.scalars(select(Indikator).join(Rhk, Rhk.id == Indikator.rhk_id)
                        .where(Rhk.skp_id == skp_id)).one()
        assert ind.sumber_realisasi == "LAYANAN_SELESAI"
    window.go("beranda")
    window.go("skp", pid)
    h.tree.setCurrentItem(_indikator_item(h.tree))
    assert f.sumber.currentData() == "LAYANAN_SELESAI"
    assert f.sumber.currentText() == "Jumlah dokumen layanan selesai"
    screenshot(window, "terkait-skp")
    f.sumber.setCurrentIndex(0)  # back to typed by hand
    qtbot.mouseClick(f.save_button, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        assert s.get_one(Indikator, ind.id).sumber_realisasi is None


# ----------------------------------------------------------------------------------- Evaluasi


def _skp_dari_register(ws: Any, pegawai_id: str) -> tuple[str, str]:
    """An approved SKP whose one indicator counts the unit's finished documents, and its
    evaluation of the current period. Returns (evaluasi id, indikator id)."""
    tahun = date.today().year
    with ws.session() as s:
        skp_id = skp_svc.create_skp(s, pegawai_id, tahun)
        opts = skp_svc.cascade_options(s, skp_id)
        rhk = skp_svc.add_rhk(s, skp_id, skp_svc.RhkInput(
            "Terlayaninya dokumen kependudukan", rhk_atasan_id=opts[0].id if opts else None))
        ind = skp_svc.add_indikator(s, rhk, skp_svc.IndikatorInput(
            "Jumlah dokumen selesai", aspek=Aspek.KUANTITAS, target_nilai=100,
            target_satuan="Dokumen", sumber_realisasi=SumberRealisasi.LAYANAN_SELESAI.value))
        skp_svc.ajukan(s, skp_id)
        skp_svc.setujui(s, skp_id)
        kode = periode_bawaan(eval_svc.periods_for(s, pegawai_id, tahun), date.today()).kode
        return eval_svc.open_evaluasi(s, skp_id, kode), ind


def test_evaluasi_fills_realisasi_from_the_registers(window: Any, qtbot: Any, ctx: Any,
                                                     shown: Any) -> None:
    pid, _ = new_bawahan(ctx.ws)
    unit = _unit_of(ctx.ws, pid)
    with ctx.ws.db.Session() as s:
        has_catalogue = pelayanan.unit_layanan_dari(s, unit) is not None
    layanan_id = _katalog(ctx.ws, unit) if not has_catalogue else None
    ev_id, ind_id = _skp_dari_register(ctx.ws, pid)
    with ctx.ws.session() as s:
        lay = layanan_id or pelayanan.katalog(s, pelayanan.unit_layanan_dari(s, unit))[0].id
        pelayanan.catat_harian(s, pelayanan.HarianInput(lay, date.today(), 7, 5, 5, 0))
    window.go("evaluasi", pid)
    page = window.page("evaluasi")
    e = page.editor
    assert page.view is not None and page.view.id == ev_id
    assert e.btn_register.isVisible() and e.btn_log.isVisible()
    assert e.hasil.rows[0].nilai.text() == ""
    qtbot.wait(50)  # the header settles around the buttons shown
    screenshot(window, "terkait-evaluasi")
    qtbot.mouseClick(e.btn_register, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        real = s.scalars(select(Realisasi).where(Realisasi.evaluasi_id == ev_id,
                                                 Realisasi.indikator_id == ind_id)).one()
    assert real.realisasi_nilai is not None and real.realisasi_nilai >= 5
    assert "register layanan" in (real.bukti_dukung or "")
    (info,) = shown.texts("info")
    assert info.startswith("Realisasi diisi dari register pelayanan:")
    assert "Jumlah dokumen selesai" in info
    assert e.hasil.rows[0].nilai.text() in info  # the value shown is the value reported
    assert e.hasil.rows[0].nilai.text() != ""
    # again: nothing changes, and it says so
    qtbot.mouseClick(e.btn_register, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    assert shown.texts("info")[-1].startswith("Tidak ada realisasi yang berubah")


def test_evaluasi_without_register_indicators_has_no_register_action(window: Any,
                                                                     ctx: Any) -> None:
    from tests.ui.helpers import approved_skp

    pid, _ = new_bawahan(ctx.ws)
    skp_id = approved_skp(ctx.ws, pid)
    with ctx.ws.session() as s:
        kode = periode_bawaan(eval_svc.periods_for(s, pid, date.today().year),
                              date.today()).kode
        eval_svc.open_evaluasi(s, skp_id, kode)
    window.go("evaluasi", pid)
    e = window.page("evaluasi").editor
    assert e.btn_log.isVisible() and not e.btn_register.isVisible()


# ---------------------------------------------------------------------------------- Log Harian


def test_log_harian_lists_the_complaints_settled_that_week(window: Any, qtbot: Any,
                                                           ctx: Any) -> None:
    today = date.today()
    monday = today - timedelta(days=today.weekday())
    pid, _ = new_bawahan(ctx.ws)
    unit = _unit_of(ctx.ws, pid)
    uraian = ("Pemohon sudah tiga kali datang untuk mengambil akta kelahiran anaknya, tetapi "
              "petugas selalu meminta kembali minggu depan tanpa penjelasan")
    adu_id, nomor = _pengaduan(ctx.ws, unit, monday, Kategori.NORMATIF, uraian)
    _pengaduan(ctx.ws, unit, monday)  # still open: not listed
    with ctx.ws.session() as s:
        adu.langkah(s, adu_id, adu.LangkahPengaduan.VERIFIKASI, tanggal=monday)
        adu.langkah(s, adu_id, adu.LangkahPengaduan.DISPOSISI, pic_id=pid, tanggal=monday)
        adu.langkah(s, adu_id, adu.LangkahPengaduan.TINDAK_LANJUT, tanggal=today,
                    tanggapan="Akta diserahkan")
        adu.langkah(s, adu_id, adu.LangkahPengaduan.SELESAIKAN, tanggal=today)
    window.go("log_harian")
    page = window.page("log_harian")
    page.list.set_text("Budi Uji")
    assert page.list.select_id(pid)
    assert page.pengaduan_box.isVisible()
    t = page.pengaduan
    assert t.rowCount() == 1
    assert t.item(0, 0).text() == nomor
    assert t.item(0, 2).text() == "—"
    assert t.item(0, 3).text().endswith("…") and len(t.item(0, 3).text()) <= 80
    assert t.item(0, 3).toolTip() == uraian
    assert "(1)" in page.pengaduan_label.text()
    screenshot(window, "terkait-log-harian")
    qtbot.mouseClick(page.prev, Qt.MouseButton.LeftButton)
    assert not page.pengaduan_box.isVisible()
    qtbot.mouseClick(page.this, Qt.MouseButton.LeftButton)
    assert page.pengaduan_box.isVisible()


# ---------------------------------------------------------------------------------- Pemantauan


def test_pemantauan_puts_service_units_side_by_side(window: Any, qtbot: Any, ctx: Any) -> None:
    today = date.today()
    pid, _ = new_bawahan(ctx.ws)
    unit = _unit_of(ctx.ws, pid)
    with ctx.ws.db.Session() as s:
        had_catalogue = pelayanan.unit_layanan_dari(s, unit) == unit
    if not had_catalogue:
        layanan_id = _katalog(ctx.ws, unit)
        with ctx.ws.session() as s:
            pelayanan.catat_harian(s, pelayanan.HarianInput(layanan_id, today, 7, 5, 4, 0))
    _pengaduan(ctx.ws, unit, today - timedelta(days=40))  # open past its deadline
    window.go("pemantauan")
    page = window.page("pemantauan")
    _click_tab(qtbot, page.tabs, page.pelayanan_tab)
    assert page.bulan.currentData() == today.month
    with ctx.ws.read_session() as s:
        rows = pelayanan_rekap.ringkas_unit(
            s, pelayanan_rekap.rentang(f"{today.year}-{today.month:02d}"))
    mine = next(u for u in rows if u.unit_id == unit)
    t = page.pelayanan
    assert t.isVisible() and not page.pelayanan_kosong.isVisible()
    assert t.rowCount() == len(rows)
    row = next(i for i in range(t.rowCount()) if t.item(i, 0).data(Qt.ItemDataRole.UserRole)
               == unit)
    cells = [t.item(row, c).text() for c in range(t.columnCount())]
    assert cells[2:4] == [str(mine.masuk), str(mine.selesai)]
    assert cells[5:7] == [str(mine.pengaduan), str(mine.pengaduan_terbuka)]
    assert mine.pengaduan_terlambat >= 1
    assert cells[7] == f"{mine.pengaduan_terlambat} terlambat"
    assert t.item(row, 7).background().color().name() == "#fde7e7"
    if not had_catalogue:
        assert cells[2:5] == ["7", "5", "80%"] and cells[8:] == ["—", "—"]
    screenshot(window, "terkait-pemantauan")
    # another month: today's register is not counted there
    page.bulan.setCurrentIndex((today.month - 2) % 12)
    with ctx.ws.read_session() as s:
        kode = (f"{today.year}-{today.month - 1:02d}" if today.month > 1
                else f"{today.year}-12")
        before = next(u for u in pelayanan_rekap.ringkas_unit(s, pelayanan_rekap.rentang(kode))
                      if u.unit_id == unit)
    row = next(i for i in range(t.rowCount()) if t.item(i, 0).data(Qt.ItemDataRole.UserRole)
               == unit)
    assert t.item(row, 2).text() == str(before.masuk)


def test_pemantauan_explains_when_no_unit_keeps_a_catalogue(ws: Any, qtbot: Any) -> None:
    from asn_desktop.ui.context import AppContext
    from asn_desktop.ui.pages.pemantauan import PemantauanPage

    page = PemantauanPage(AppContext(ws))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.tabs.setCurrentWidget(page.pelayanan_tab)
    assert page.pelayanan_kosong.isVisible() and not page.pelayanan.isVisible()
    assert "katalog layanan" in page.pelayanan_kosong.text()
