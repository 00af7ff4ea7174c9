"""The Pegawai page as a person uses it: search, filter, open detail, add, fix a NIP, edit."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from tests.ui.helpers import screenshot, wait_ops

from asn_desktop.db.models import Pegawai
from asn_desktop.domain.nip import make_nip_pns


def _page(window: Any) -> Any:
    window.go("pegawai")
    return window.page("pegawai")


def test_search_filters_the_list(window: Any, qtbot: Any, ctx: Any) -> None:
    page = _page(window)
    model = page.list.model
    total = model.rowCount()
    assert total >= 40
    first = model.row_at(5)
    qtbot.keyClicks(page.list.search, first.nama.split()[0])
    page.list.search.flush()
    assert 1 <= model.rowCount() < total
    assert any(model.row_at(i).id == first.id for i in range(model.rowCount()))
    page.list.search.clear()
    qtbot.keyClicks(page.list.search, first.nip[:14])
    page.list.search.flush()
    assert model.row_at(0).nip.startswith(first.nip[:14])
    page.list.search.clear()
    page.list.search.flush()
    status = page.list.status_combo
    status.setCurrentIndex(status.findData("PPPK"))
    assert all(model.row_at(i).status == "PPPK" for i in range(model.rowCount()))
    wait_ops(qtbot)
    assert "pegawai" in page.list.count_label.text()


def test_detail_shows_atasan_and_bawahan(window: Any, qtbot: Any, ctx: Any) -> None:
    page = _page(window)
    with ctx.ws.db.Session() as s:
        boss = s.scalars(select(Pegawai).where(Pegawai.atasan_id.is_not(None))).first()
        atasan_id = boss.atasan_id
    page.show_pegawai(boss.id)
    d = page.detail.detail
    assert d.row.id == boss.id
    assert d.atasan.id == atasan_id
    page.detail.atasan.linkActivated.emit("atasan")
    assert page.detail.detail.row.id == atasan_id
    assert page.detail.bawahan.count() >= 1
    screenshot(window, "02-pegawai")


def test_add_employee_names_the_faulty_field(window: Any, qtbot: Any, ctx: Any,
                                             monkeypatch: Any) -> None:
    from asn_desktop.ui.dialogs.pegawai_editor import PegawaiEditor

    page = _page(window)
    page.new()
    dlg = page.findChild(PegawaiEditor)
    assert dlg is not None
    qtbot.keyClicks(dlg.nip, "19860926201513 1001")  # month 13
    dlg.nip.editingFinished.emit()
    assert dlg.errors["nip"].isVisible() or "13" in dlg.errors["nip"].text()
    assert "Bulan TMT" in dlg.errors["nip"].text()
    dlg.nip.clear()
    from datetime import date

    nip = make_nip_pns(date(1990, 5, 17), 2015, 3, "P", 7)
    qtbot.keyClicks(dlg.nip, nip)
    dlg.nip.editingFinished.emit()
    assert "17 Mei 1990" in dlg.nip_info.text()
    assert not dlg.errors["nip"].text()
    # no name: the service names the field
    qtbot.keyClicks(dlg.jabatan, "Analis Kepegawaian")
    dlg.save()
    wait_ops(qtbot)
    assert dlg.errors["nama"].text() == "Nama wajib diisi."
    qtbot.keyClicks(dlg.nama, "Siti Rahmawati")
    dlg.gelar_belakang.setText("S.E.")
    dlg.golongan.setCurrentIndex(dlg.golongan.findData("III/b"))
    screenshot(dlg, "02b-pegawai-tambah")
    dlg.save()
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        p = s.scalars(select(Pegawai).where(Pegawai.nip == nip)).one()
        assert (p.nama, p.jenis_kelamin, p.golongan, p.gelar_belakang) == (
            "Siti Rahmawati", "P", "III/b", "S.E.")
        assert p.tanggal_lahir == date(1990, 5, 17)
    assert page.detail.detail.row.nip == nip


def _edit_first(window: Any) -> tuple[Any, Any]:
    """The editor of the list's first employee, its position changed; and that row."""
    from asn_desktop.ui.dialogs.pegawai_editor import PegawaiEditor

    page = _page(window)
    row = page.list.model.row_at(0)
    page.show_pegawai(row.id)
    page.edit_current()
    dlg = page.findChild(PegawaiEditor)
    dlg.jabatan.setText("Kepala Seksi Uji")
    return dlg, row


def test_edit_employee(window: Any, qtbot: Any, ctx: Any) -> None:
    dlg, row = _edit_first(window)
    dlg.save()
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        assert s.get(Pegawai, row.id).jabatan == "Kepala Seksi Uji"


def test_a_mistyped_email_is_named_and_nothing_is_stored(window: Any, qtbot: Any,
                                                         ctx: Any) -> None:
    dlg, row = _edit_first(window)
    qtbot.keyClicks(dlg.email, "rina.serangkota.go.id")
    dlg.save()
    wait_ops(qtbot)
    assert dlg.isVisible() and "alamat surel" in dlg.errors["email"].text()
    with ctx.ws.db.Session() as s:
        assert s.get(Pegawai, row.id).jabatan != "Kepala Seksi Uji"
    dlg.email.clear()
    qtbot.keyClicks(dlg.email, "rina@serangkota.go.id")
    qtbot.keyClicks(dlg.telepon, "0812 3456 7890")
    dlg.save()
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        p = s.get(Pegawai, row.id)
        assert (p.email, p.telepon) == ("rina@serangkota.go.id", "0812 3456 7890")


def test_delete_employee_after_confirmation(window: Any, qtbot: Any, ctx: Any,
                                            shown: Any) -> None:
    page = _page(window)
    row = page.list.model.row_at(3)
    page.show_pegawai(row.id)
    shown.answers["question"] = False
    page.delete_current()
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        assert not s.get(Pegawai, row.id).deleted
    shown.answers["question"] = True
    page.delete_current()
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        assert s.get(Pegawai, row.id).deleted
    assert page.list.model.row_of(row.id) == -1
    # the prompt promised a way back: Terhapus… lists the employee and Pulihkan restores
    from PySide6.QtCore import Qt

    qtbot.mouseClick(page.btn_deleted, Qt.MouseButton.LeftButton)
    dlg = page.findChild(object, "dialog_pegawai_terhapus")
    assert dlg is not None and dlg.list.count() == 1 and row.nama in dlg.list.item(0).text()
    screenshot(dlg, "02d-pegawai-terhapus")
    qtbot.mouseClick(dlg.btn_restore, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        assert not s.get(Pegawai, row.id).deleted
    assert "Tidak ada pegawai yang dihapus" in dlg.list.item(0).text()
    assert page.list.model.row_of(row.id) != -1
    dlg.close()


def test_mutasi_moves_the_employee_from_a_tmt(window: Any, qtbot: Any, ctx: Any,
                                              shown: Any) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    from asn_desktop.db.models import OrgUnit
    from asn_desktop.ui.dialogs.mutasi import MutasiDialog

    page = _page(window)
    with ctx.ws.db.Session() as s:
        p = s.scalars(select(Pegawai).where(Pegawai.pimpinan_unit.is_(False),
                                            Pegawai.unit_id.is_not(None))).first()
        pid, old_unit = p.id, p.unit_id
        target = s.scalars(select(OrgUnit).where(OrgUnit.id != old_unit,
                                                 OrgUnit.parent_id.is_not(None))).first()
        target_id = target.id
    page.show_pegawai(pid)
    assert page.btn_move.isVisible() and page.btn_move.isEnabled()
    page.move_current()
    dlg = page.findChild(MutasiDialog)
    assert dlg is not None
    dlg.unit.set_unit(target_id)
    dlg.tmt.setDate(QDate(2026, 7, 1))
    screenshot(dlg, "02c-pegawai-mutasi")
    dlg.save()
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        moved = s.get_one(Pegawai, pid)
        assert (moved.unit_id, moved.tmt_unit) == (target_id, date(2026, 7, 1))
    assert any("dipindahkan" in m.text for m in shown.items)
    assert "TMT" in page.detail.fields["unit"].text()
    # a TMT before the placement in force is named next to its field; nothing changes
    page.move_current()
    dlg = [d for d in page.findChildren(MutasiDialog) if d.isVisible()][-1]
    dlg.unit.set_unit(old_unit)
    dlg.tmt.setDate(QDate(2026, 6, 1))
    dlg.save()
    wait_ops(qtbot)
    assert "lebih awal" in dlg.err_tmt.text()
    with ctx.ws.db.Session() as s:
        assert s.get_one(Pegawai, pid).unit_id == target_id


def test_berhenti_then_pulihkan_with_history(window: Any, qtbot: Any, ctx: Any) -> None:
    from asn_desktop.ui.dialogs.berhenti import BerhentiDialog

    page = _page(window)
    with ctx.ws.db.Session() as s:
        p = s.scalars(select(Pegawai).where(Pegawai.pimpinan_unit.is_(False))
                      .order_by(Pegawai.nama)).first()
        pid, total = p.id, page.list.model.total()
    page.show_pegawai(pid)
    assert page.btn_stop.isEnabled() and not page.btn_back.isEnabled()
    page.btn_stop.click()
    dlg = page.findChild(BerhentiDialog)
    assert dlg is not None
    dlg.alasan.setCurrentIndex(dlg.alasan.findData("PENSIUN"))
    qtbot.keyClicks(dlg.catatan, "SK 800/12/2026")
    dlg.save()
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        p = s.get(Pegawai, pid)
        assert (p.aktif, p.alasan_berhenti) == (False, "PENSIUN")
    page.refresh()
    assert page.list.model.total() == total - 1  # listed only on request
    page.list.berhenti_check.setChecked(True)
    wait_ops(qtbot)
    assert page.list.model.total() == total
    page.show_pegawai(pid)
    assert "berhenti" in page.detail.nama.text()
    history = [page.detail.riwayat.item(i).text() for i in range(page.detail.riwayat.count())]
    assert history and "Berhenti" in history[0]
    assert page.btn_back.isEnabled()
    screenshot(window, "02-pegawai-berhenti")
    page.btn_back.click()  # confirmed by the recorder
    wait_ops(qtbot)
    with ctx.ws.db.Session() as s:
        assert s.get(Pegawai, pid).aktif
    assert "Dipulihkan" in page.detail.riwayat.item(0).text()
