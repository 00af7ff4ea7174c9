"""SKP page controls beyond the plan itself: pendekatan, periode, pejabat penilai override, the
form hint for a pimpinan unit, and the operator name from Pengaturan stamped on SKP actions."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from tests.ui.helpers import new_bawahan, screenshot, wait_ops

from asn_desktop.db.models import ChangeLog, Indikator, OrgUnit, Pegawai, Rhk, RiwayatDokumen, Skp
from asn_desktop.domain.jabatan import Aspek
from asn_desktop.domain.nip import make_nip_pns
from asn_desktop.services import pegawai as psvc
from asn_desktop.services import skp as ssvc
from asn_desktop.services.workflow import Langkah
from asn_desktop.ui.dialogs.pegawai_picker import PegawaiPicker


def _open(window: Any, pegawai_id: str) -> Any:
    window.go("skp", pegawai_id)
    page = window.page("skp")
    assert page.pegawai is not None and page.pegawai.id == pegawai_id
    return page


def _draft_with_indicator(ctx: Any) -> tuple[str, str]:
    pid, atasan = new_bawahan(ctx.ws)
    with ctx.ws.session() as s:
        skp_id = ssvc.create_skp(s, pid, date.today().year)
        link = ssvc.cascade_options(s, skp_id)[0].id  # the atasan's plan exists
        rid = ssvc.add_rhk(s, skp_id, ssvc.RhkInput("Tersusunnya data kepegawaian",
                                                     rhk_atasan_id=link))
        ssvc.add_indikator(s, rid, ssvc.IndikatorInput(
            "Jumlah dokumen data pegawai", Aspek.KUANTITAS, 12, "Dokumen"))
    return pid, atasan


def test_pendekatan_selector_converts_and_locks(window: Any, qtbot: Any, ctx: Any,
                                               shown: Any) -> None:
    pid, _ = _draft_with_indicator(ctx)
    page = _open(window, pid)
    e = page.editor
    assert e.pendekatan.isEnabled() and e.pendekatan.currentData() == "KUANTITATIF"
    shown.answers["question"] = False  # first: the person cancels the confirmation
    e.pendekatan.setFocus()
    qtbot.keyClick(e.pendekatan, Qt.Key.Key_Down)
    wait_ops(qtbot)
    assert e.pendekatan.currentData() == "KUANTITATIF"
    with ctx.ws.db.Session() as s:
        assert s.scalars(select(Skp.pendekatan).where(Skp.pegawai_id == pid)).one() \
            == "KUANTITATIF"
    shown.answers["question"] = True
    qtbot.keyClick(e.pendekatan, Qt.Key.Key_Down)
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        skp = s.scalars(select(Skp).where(Skp.pegawai_id == pid)).one()
        ind = s.scalars(select(Indikator).join(Rhk, Rhk.id == Indikator.rhk_id)
                        .where(Rhk.skp_id == skp.id)).one()
        riwayat = s.scalars(select(RiwayatDokumen.aksi).where(
            RiwayatDokumen.dokumen_id == skp.id)).all()
    assert skp.pendekatan == "KUALITATIF"
    assert (ind.aspek, ind.target_nilai, ind.target_narasi) == (None, None, "12 Dokumen")
    assert "PENDEKATAN_DIUBAH" in riwayat
    assert page.view.pendekatan == "KUALITATIF" and "kualitatif" in e.who.text()
    assert any("kualitatif" in t for t in shown.texts("question"))
    # submitted: the selector is disabled
    qtbot.mouseClick(e.workflow.buttons[Langkah.AJUKAN], Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    assert page.view.status == "DIAJUKAN"
    assert not e.pendekatan.isEnabled()


def test_penilai_override_and_periode(window: Any, qtbot: Any, ctx: Any, shown: Any) -> None:
    pid, atasan = _draft_with_indicator(ctx)
    with ctx.ws.db.Session() as s:
        atasan_nama = s.get_one(Pegawai, atasan).nama
        other = s.scalars(select(Pegawai).where(
            Pegawai.jenis_jabatan == "JPT_PRATAMA", Pegawai.id != atasan)
            .order_by(Pegawai.nama)).first()
        assert other is not None
        other_id, other_nama = other.id, other.nama
    page = _open(window, pid)
    e = page.editor
    assert atasan_nama in e.penilai.text() and "bawaan" in e.penilai.text()
    assert e.btn_penilai.isEnabled() and not e.btn_penilai_bawaan.isEnabled()

    def pick() -> None:  # the person types the name in the picker and presses OK
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, PegawaiPicker)
        dlg.list.set_text(other_nama)
        dlg.list.search.flush()
        qtbot.waitUntil(lambda: dlg.list.select_id(other_id), timeout=5000)
        dlg.accept()

    shown.answers["text"] = "Atasan langsung sedang tugas belajar"
    QTimer.singleShot(0, pick)
    qtbot.mouseClick(e.btn_penilai, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        skp = s.scalars(select(Skp).where(Skp.pegawai_id == pid)).one()
        last = s.scalars(select(RiwayatDokumen).where(RiwayatDokumen.dokumen_id == skp.id)
                         .order_by(RiwayatDokumen.waktu.desc())).first()
    assert skp.penilai_id == other_id
    assert last is not None and (last.aksi, last.alasan) == (
        "PENILAI_DIUBAH", "Atasan langsung sedang tugas belajar")
    assert "ditetapkan" in e.penilai.text() and e.btn_penilai_bawaan.isEnabled()
    # periode: two dates, saved
    e.periode_mulai.setDate(QDate(date.today().year, 3, 1))
    assert page.is_dirty()
    qtbot.mouseClick(e.btn_periode, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        skp = s.get_one(Skp, skp.id)
        assert skp.periode_mulai == date(date.today().year, 3, 1)
    assert not page.is_dirty()
    screenshot(window, "03d-skp-penilai")
    # back to the default penilai
    shown.answers["text"] = ""
    qtbot.mouseClick(e.btn_penilai_bawaan, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        assert s.get_one(Skp, skp.id).penilai_id is None
    assert "bawaan" in e.penilai.text()
    # the atasan pejabat penilai (who signs the evaluation document) the same way
    assert "bawaan" in e.atasan_penilai.text() and not e.btn_atasan_bawaan.isEnabled()
    shown.answers["text"] = "Kepala dinas cuti panjang"
    QTimer.singleShot(0, pick)
    qtbot.mouseClick(e.btn_atasan_penilai, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        stored = s.get_one(Skp, skp.id)
        assert (stored.penilai_id, stored.atasan_penilai_id) == (None, other_id)
    assert other_nama in e.atasan_penilai.text() and "ditetapkan" in e.atasan_penilai.text()
    qtbot.mouseClick(e.btn_atasan_bawaan, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        assert s.get_one(Skp, skp.id).atasan_penilai_id is None


def _head(ctx: Any, jenis_unit: str, urut: int) -> tuple[str, str]:
    with ctx.ws.session() as s:
        root = s.scalars(select(OrgUnit).where(OrgUnit.parent_id.is_(None))).first()
        unit = OrgUnit(kode=f"3673.UJI{urut}", nama=f"Unit Uji {urut}", jenis=jenis_unit,
                       parent_id=root.id)
        s.add(unit)
        s.flush()
        p = psvc.save_pegawai(s, psvc.PegawaiInput(
            status="PNS", nip=make_nip_pns(date(1978, 5, 6), 2003, 1, "P", urut),
            nama=f"Kepala Uji {urut}", jabatan="Camat" if jenis_unit == "KECAMATAN"
            else "Kepala Bidang", jenis_jabatan="ADMINISTRATOR", golongan="IV/a",
            unit_id=unit.id, pimpinan_unit=True,
        ))
        return p.id, p.nama


def test_form_hint_for_pimpinan_unit(window: Any, ctx: Any) -> None:
    camat, _ = _head(ctx, "KECAMATAN", 951)
    kabid, _ = _head(ctx, "BIDANG", 952)
    page = _open(window, camat)
    assert page.pegawai.pimpinan_unit
    assert page.stack.currentWidget() is page.create_panel
    assert "JPT" in page.create_panel.variant.text()
    page = _open(window, kabid)
    assert page.pegawai.pimpinan_unit
    assert "JA/JF" in page.create_panel.variant.text()


def test_operator_name_from_pengaturan_is_stamped(window: Any, qtbot: Any, ctx: Any) -> None:
    window.go("pengaturan")
    peng = window.page("pengaturan")
    peng.operator.clear()
    qtbot.keyClicks(peng.operator, "Rina Operator BKPSDM")
    qtbot.mouseClick(peng.operator_apply, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    assert peng.operator.text() == "Rina Operator BKPSDM"
    screenshot(window, "09b-pengaturan-operator")
    pid, _ = new_bawahan(ctx.ws, urut=953)
    page = _open(window, pid)
    qtbot.mouseClick(page.create_panel.create_button, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        skp = s.scalars(select(Skp).where(Skp.pegawai_id == pid)).one()
        oleh = s.scalars(select(RiwayatDokumen.oleh).where(
            RiwayatDokumen.dokumen_id == skp.id)).one()
        actors = set(s.scalars(select(ChangeLog.actor).where(ChangeLog.row_id == skp.id)))
    assert oleh == "Rina Operator BKPSDM"
    assert actors == {"Rina Operator BKPSDM"}
    table = page.editor.riwayat  # the riwayat tab shows the same name
    assert table.rowCount() == 1 and table.item(0, 2).text() == "Rina Operator BKPSDM"


def test_pengaturan_shows_the_year_as_set_up_and_keeps_its_tables_whole(
        window: Any, qtbot: Any, ctx: Any) -> None:
    from PySide6.QtWidgets import QTableWidget

    from asn_desktop.domain.periods import Frekuensi
    from asn_desktop.services import tahun_kinerja

    window.go("pengaturan")
    peng = window.page("pengaturan")
    tahun = peng.tahun.value()
    with ctx.ws.session() as s:
        row = tahun_kinerja.tahun_ini(s, tahun)
    assert row is not None  # the demo set the year up
    assert peng.frekuensi.currentData() == row.frekuensi
    assert "sudah disiapkan" in peng.year_info.text()
    # another frequency for this year, then back: the box follows the data, not its last use
    peng.frekuensi.setCurrentIndex(peng.frekuensi.findData(Frekuensi.BULANAN.value)
                                   if row.frekuensi != Frekuensi.BULANAN.value else 0)
    peng.tahun.setValue(2035)
    assert "belum disiapkan" in peng.year_info.text()
    peng.tahun.setValue(tahun)
    assert peng.frekuensi.currentData() == row.frekuensi
    # each table with its buttons under it, not drawn over its rows
    for name in ("tabel_panduan_distribusi", "tabel_hari_libur"):
        table = peng.findChild(QTableWidget, name)
        field = table.parentWidget()
        assert table.height() >= table.minimumHeight()
        assert field.height() >= field.layout().minimumSize().height()
