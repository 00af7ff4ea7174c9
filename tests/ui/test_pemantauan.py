"""Pemantauan: the page shows what the recap says, OPD by OPD and person by person, and saves
it as a file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from tests.ui.helpers import screenshot, wait_ops

from asn_desktop.services import pemantauan


def test_page_agrees_with_the_recap_and_saves_it(window: Any, qtbot: Any, ctx: Any,
                                                 tmp_path: Path, shown: Any) -> None:
    window.go("pemantauan")
    page = window.page("pemantauan")
    with ctx.ws.db.Session() as s:
        r = pemantauan.rekap(s, None, date.today().year)
    assert page.opd.rowCount() == len(r.opd) > 3
    by_kode = {o.kode: o for o in r.opd}
    for row in range(page.opd.rowCount()):
        o = by_kode[page.opd.item(row, 0).text()]
        assert page.opd.item(row, 2).text() == str(o.pegawai)
        assert page.opd.item(row, 3).text().startswith(f"{o.skp_disetujui} (")
    # the largest OPD's people, as the recap lists them
    row = max(range(page.opd.rowCount()), key=lambda i: int(page.opd.item(i, 2).text()))
    page.opd.selectRow(row)
    unit_id = page.opd.item(row, 0).data(Qt.ItemDataRole.UserRole)
    mine = [p for p in r.pegawai if p.opd_id == unit_id]
    assert page.people.rowCount() == len(mine) > 0
    assert {page.people.item(i, 0).text().replace(" ", "") for i in range(len(mine))} == {
        p.nip for p in mine}
    screenshot(window, "13-pemantauan")
    # sorting by a number column sorts numerically
    page.opd.sortItems(2)
    counts = [int(page.opd.item(i, 2).text()) for i in range(page.opd.rowCount())]
    assert counts == sorted(counts)
    out = tmp_path / "rekap.xlsx"
    page.simpan(".xlsx", str(out))
    wait_ops(qtbot)
    assert out.exists() and "Rekap disimpan" in shown.texts("info")[-1]
    assert load_workbook(out)["Per OPD"].max_row - 1 == len(r.opd)
    page.simpan(".pdf", str(tmp_path / "rekap"))  # the suffix is added when missing
    wait_ops(qtbot)
    assert (tmp_path / "rekap.pdf").read_bytes().startswith(b"%PDF")
    # double-clicking a person opens their evaluation
    page.people.cellDoubleClicked.emit(0, 1)
    assert window.stack.currentWidget() is window.page("evaluasi")
    assert window.page("evaluasi").pegawai.id == mine[0].pegawai_id


def test_charts_follow_the_recap_and_save_as_png(window: Any, qtbot: Any, ctx: Any,
                                                 tmp_path: Path, shown: Any) -> None:
    from PySide6.QtGui import QImage

    from asn_desktop.domain.periods import periode_by_kode

    window.go("pemantauan")
    page = window.page("pemantauan")
    year = date.today().year
    page.periode.setCurrentIndex(page.periode.findData(f"{year}-TW1"))
    with ctx.ws.db.Session() as s:
        r = pemantauan.rekap(s, None, year, periode_by_kode(f"{year}-TW1"))
    page.tabs.setCurrentIndex(2)
    assert page.chart_penyelesaian.rows == r.penyelesaian
    assert len(r.penyelesaian) == 4 and all(n == len(r.pegawai) for _l, _d, n in r.penyelesaian)
    assert page.chart_kota.counts == r.sebaran_kota
    drawn = {name for name, _c in page.chart_opd.rows}
    assert drawn == {o.nama for o in r.opd if sum(n for _p, n in o.predikat)}
    assert sum(n for _p, n in r.sebaran_kota) == sum(o.evaluasi_selesai for o in r.opd) > 0
    screenshot(window, "13b-pemantauan-grafik")
    for key in page.charts:
        page.simpan_grafik(key, str(tmp_path / key))
        img = QImage(str(tmp_path / f"{key}.png"))
        assert not img.isNull() and img.width() > 100, key
    assert shown.texts("info")[-1].startswith("Grafik disimpan")


def test_drill_down_follows_the_period_and_kind(window: Any, qtbot: Any, ctx: Any) -> None:
    """Changing the period updates the chosen OPD's people at once; a kind of unit shows in
    words and filtering by it keeps the list of kinds whole."""
    window.go("pemantauan")
    page = window.page("pemantauan")
    row = max(range(page.opd.rowCount()), key=lambda i: int(page.opd.item(i, 2).text()))
    page.opd.selectRow(row)
    unit_id = page.opd.item(row, 0).data(Qt.ItemDataRole.UserRole)
    year = date.today().year
    page.periode.setCurrentIndex(page.periode.findData(f"{year}-TW1"))
    # the people read for the row agree with the row's figures counted by the database
    (o,) = [o for o in page.data.opd if o.unit_id == unit_id]
    shown = sum(page.people.item(i, 4).text() == "Selesai"
                for i in range(page.people.rowCount()))
    assert shown == o.evaluasi_selesai > 0 and page.people.rowCount() == o.pegawai
    kinds = [page.jenis.itemText(i) for i in range(page.jenis.count())]
    assert "Perangkat Daerah" in kinds and "OPD" not in kinds
    page.jenis.setCurrentIndex(kinds.index("Perangkat Daerah"))
    assert [page.jenis.itemText(i) for i in range(page.jenis.count())] == kinds
    assert all(o.jenis == "OPD" for o in page.data.opd)
    total = {o.unit_id: o.pegawai for o in page.data.opd}
    page.jenis.setCurrentIndex(0)
    assert all(total[o.unit_id] == o.pegawai for o in page.data.opd if o.unit_id in total)


def test_follow_up_lists_are_read_when_their_tab_is_opened(window: Any, ctx: Any) -> None:
    """The tab's count comes with the page; its rows are read when it is opened, and are the
    recap's lists."""
    from sqlalchemy import select

    from asn_desktop.db.models import Evaluasi, Skp
    from asn_desktop.domain.ratings import Rating
    from asn_desktop.services import evaluasi

    year = date.today().year
    low = Rating.DI_BAWAH_EKSPEKTASI
    with ctx.ws.session() as s:  # two people's final evaluation approved as Sangat Kurang
        done = set(s.scalars(select(Evaluasi.skp_id).where(
            Evaluasi.periode_kode == f"{year}-TW4", Evaluasi.deleted.is_(False))))
        skps = [k for k in s.scalars(select(Skp.id).where(
            Skp.tahun == year, Skp.status == "DISETUJUI", Skp.deleted.is_(False)))
            if k not in done][:2]
        for k in skps:
            e = evaluasi.open_evaluasi(s, k, f"{year}-TW4")
            evaluasi.set_ratings(s, e, low, low)
            evaluasi.ajukan(s, e)
            evaluasi.setujui(s, e)
    window.go("pemantauan")
    page = window.page("pemantauan")
    page.refresh()
    with ctx.ws.db.Session() as s:
        r = pemantauan.rekap(s, None, year)
    expected = [*r.tindak_lanjut_sangat_baik, *r.tindak_lanjut_pembinaan]
    assert len(r.tindak_lanjut_pembinaan) >= 2
    assert page._follow_rows is None and page.follow.rowCount() == 0
    assert page.tabs.tabText(1).endswith(f"({len(expected)})")
    page.tabs.setCurrentWidget(page.follow)
    assert [page.follow.item(i, 1).text() for i in range(page.follow.rowCount())] == [
        p.nip for p in expected]
