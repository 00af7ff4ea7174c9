"""The roster import wizard on a fresh central: a file with bad rows is refused at those rows
with nothing changed; the corrected file is imported; the chosen mapping is remembered."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from tests.services.test_roster_impor import _rows, _xlsx
from tests.ui.helpers import screenshot, wait_ops

from asn_desktop.db.models import ChangeLog, OrgUnit, Pegawai
from asn_desktop.services.roster_kolom import pemetaan_tersimpan
from asn_desktop.services.workspace import Workspace
from asn_desktop.ui.dialogs.impor_pegawai import (
    P_KOLOM,
    P_PRATINJAU,
    P_SELESAI,
    ImporPegawaiWizard,
)


def _fresh_city(ws: Workspace) -> None:
    with ws.session() as s:
        root = s.scalars(select(OrgUnit).where(OrgUnit.parent_id.is_(None))).one()
        disdik = OrgUnit(kode="3673.DISDIK", nama="Dinas Pendidikan", jenis="OPD",
                         parent_id=root.id)
        s.add(disdik)
        s.flush()
        s.add(OrgUnit(kode="3673.DISDIK.GTK", nama="Bidang GTK", jenis="BIDANG",
                      parent_id=disdik.id))


def _state(ws: Workspace) -> tuple[int, int]:
    with ws.db.Session() as s:
        return (int(s.scalar(select(func.count()).select_from(Pegawai)) or 0),
                int(s.scalar(select(func.count()).select_from(ChangeLog)) or 0))


def _open(ws: Workspace, qtbot: Any) -> tuple[Any, ImporPegawaiWizard]:
    from asn_desktop.ui.context import AppContext
    from asn_desktop.ui.main_window import MainWindow

    win = MainWindow(AppContext(ws))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.go("pegawai")
    page = win.page("pegawai")
    assert page.btn_import.isVisible()
    page.btn_import.click()
    wiz = page.findChild(ImporPegawaiWizard)
    assert wiz is not None
    return win, wiz


def _choose(wiz: ImporPegawaiWizard, qtbot: Any, path: Path) -> None:
    wiz.berkas.path.setText(str(path))
    wiz.next()
    wait_ops(qtbot)
    assert wiz.currentId() == P_KOLOM, wiz.berkas.error.text()
    wiz.next()
    wait_ops(qtbot)
    assert wiz.currentId() == P_PRATINJAU


def test_import_wizard_refuses_bad_rows_then_imports(ws: Workspace, qtbot: Any,
                                                     tmp_path: Path) -> None:
    _fresh_city(ws)
    rows = _rows(1000)
    bad = sorted(random.Random(3).sample(range(0, 1000, 10), 20))  # nobody's atasan
    broken = [list(r) for r in rows]
    for n, i in enumerate(bad):
        if n % 2:
            broken[i][1] = str(broken[i][1])[:-1]  # 17 digits
        else:
            broken[i][4] = "IX"  # a PPPK golongan for a PNS
    win, wiz = _open(ws, qtbot)
    before = _state(ws)

    _choose(wiz, qtbot, _xlsx(tmp_path / "salah.xlsx", broken))
    assert wiz.kolom.combos["nip"].currentText() == "NIP BARU"
    assert wiz.kolom.combos["unit"].currentText() == "UNOR"
    assert not wiz.pratinjau.isComplete()
    shown_rows = {int(wiz.pratinjau.tabel.item(r, 0).text())
                  for r in range(wiz.pratinjau.tabel.rowCount())}
    assert shown_rows == {i + 3 for i in bad}  # a title row, then the header on row 2
    assert "tidak ada yang diimpor" in wiz.pratinjau.ringkasan.text()
    screenshot(wiz, "pegawai-impor-salah")
    assert _state(ws) == before

    wiz.back()
    wiz.back()
    _choose(wiz, qtbot, _xlsx(tmp_path / "benar.xlsx", rows))
    assert wiz.pratinjau.isComplete()
    assert "Baru 1000" in wiz.pratinjau.ringkasan.text()
    wiz.next()  # Impor
    wait_ops(qtbot)
    assert wiz.currentId() == P_SELESAI
    assert "Impor selesai" in wiz.selesai.text.text()
    assert _state(ws)[0] == 1000
    assert pemetaan_tersimpan(ws, wiz.lembar.judul if wiz.lembar else ()) is not None
    assert win.page("pegawai").list.model.total() == 1000


def test_unreadable_file_named_and_wizard_stays(ws: Workspace, qtbot: Any,
                                                tmp_path: Path) -> None:
    bad = tmp_path / "foto.xlsx"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    _win, wiz = _open(ws, qtbot)
    wiz.berkas.path.setText(str(bad))
    wiz.next()
    wait_ops(qtbot)
    assert wiz.currentId() == 0
    assert "foto.xlsx" in wiz.berkas.error.text()
    assert _state(ws)[0] == 0


def test_updated_roster_records_the_missing_as_left(ws: Workspace, qtbot: Any,
                                                    tmp_path: Path) -> None:
    from asn_desktop.services import roster_impor

    _fresh_city(ws)
    rows = _rows(100)
    assert roster_impor.impor(ws, _xlsx(tmp_path / "awal.xlsx", rows)).diimpor
    gone = {str(rows[i][1]) for i in (0, 10, 20)}  # nobody's atasan
    _win, wiz = _open(ws, qtbot)
    _choose(wiz, qtbot, _xlsx(tmp_path / "baru.xlsx",
                              [r for r in rows if str(r[1]) not in gone]))
    pr = wiz.pratinjau
    assert pr.hilang_row.isVisible() and "3 pegawai aktif" in pr.ringkasan.text()
    pr.berhentikan.setChecked(True)
    pr.alasan.setCurrentIndex(pr.alasan.findData("PINDAH_INSTANSI"))
    wiz.next()
    wait_ops(qtbot)
    assert wiz.currentId() == P_SELESAI
    with ws.db.Session() as s:
        left = {p.nip: p.alasan_berhenti for p in s.scalars(
            select(Pegawai).where(Pegawai.aktif.is_(False)))}
    assert left == dict.fromkeys(gone, "PINDAH_INSTANSI")
