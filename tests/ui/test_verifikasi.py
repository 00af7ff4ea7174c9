"""The Verifikasi dialog answers from the registry: what was printed under a code, and for a PDF
the values that differ from it."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from sqlalchemy import select
from tests.ui.helpers import screenshot, wait_ops

from asn_desktop.db.models import Evaluasi
from asn_desktop.reports.content import LembarEvaluasi
from asn_desktop.reports.layout import Cap
from asn_desktop.reports.render import SheetJob, render_pdf
from asn_desktop.reports.ringkasan import ringkasan
from asn_desktop.services import cetak


def _print(ctx: Any, tmp_path: Path, status: str) -> tuple[cetak.Tercetak, cetak.Siap]:
    with ctx.ws.db.Session() as s:
        e = s.scalars(select(Evaluasi).where(Evaluasi.status == status,
                                             Evaluasi.rating_hasil_kerja.is_not(None),
                                             Evaluasi.deleted.is_(False))
                      .order_by(Evaluasi.id)).first()
        assert e is not None
        target = cetak.Target("evaluasi", e.id, e.pegawai_id)
        siap = cetak.build_sheet(s, target)
    hasil = cetak.print_to_file(ctx.ws, [target], tmp_path / f"{status}.pdf")
    return hasil.lembar[0], siap


def test_code_shows_what_was_printed(ctx: Any, qtbot: Any, tmp_path: Path) -> None:
    from asn_desktop.ui.dialogs.verifikasi import VerifikasiDialog

    x, siap = _print(ctx, tmp_path, "DISETUJUI")
    printed = ringkasan(siap.lembar)
    dlg = VerifikasiDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.kode, x.kode)
    dlg.check_code()
    wait_ops(qtbot)
    assert dlg.hasil.text().startswith("<b>SAH:")
    assert dlg.rincian.isVisible() and dlg.rincian.columnCount() == 2
    assert dlg.value("Nama") == printed.nama and dlg.value("NIP") == printed.nip
    assert printed.periode in dlg.value("Periode")
    assert dlg.value("Rating hasil kerja") == printed.rating_hasil_kerja
    assert dlg.value("Rating perilaku kerja") == printed.rating_perilaku_kerja
    assert dlg.value("Predikat") == printed.predikat
    assert dlg.value("Status") == "DISETUJUI (lembar resmi)"
    assert dlg.value("Instalasi pencetak") == ctx.ws.info.nama
    assert dlg.value("Dicetak") and dlg.value("Kode verifikasi") == x.kode
    screenshot(dlg, "08c-verifikasi-rincian")
    # the QR text resolves to the same answer
    dlg.kode.setText(cetak.qr_payload(x.kode.replace("-", ""), x.content_hash))
    dlg.check_code()
    wait_ops(qtbot)
    assert dlg.hasil.text().startswith("<b>SAH:") and dlg.value("NIP") == printed.nip
    dlg.close()


def test_doctored_pdf_sets_the_sheet_value_beside_the_registry(ctx: Any, qtbot: Any,
                                                               tmp_path: Path) -> None:
    from asn_desktop.ui.dialogs.verifikasi import DIFF_FG, VerifikasiDialog

    x, siap = _print(ctx, tmp_path, "DISETUJUI")
    ev = siap.lembar
    assert isinstance(ev, LembarEvaluasi)
    printed = ringkasan(ev).predikat
    other = "SANGAT BAIK" if printed != "SANGAT BAIK" else "BAIK"
    forged = tmp_path / "palsu.pdf"
    cap = Cap(kode=x.kode, qr_payload=cetak.qr_payload(x.kode.replace("-", ""), x.content_hash))
    render_pdf([SheetJob(dataclasses.replace(
        ev, predikat=dataclasses.replace(ev.predikat, terpilih=other)), None, cap)], forged)
    dlg = VerifikasiDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.check_pdf(str(forged))
    wait_ops(qtbot)
    assert dlg.hasil.text().startswith("<b>TIDAK SAH: predikat di lembar")
    assert dlg.rincian.columnCount() == 3
    assert dlg.value("Predikat") == printed and dlg.value("Predikat", 2) == other
    row = next(i for i in range(dlg.rincian.rowCount())
               if dlg.rincian.item(i, 0).text() == "Predikat")
    assert dlg.rincian.item(row, 2).foreground().color() == DIFF_FG
    assert dlg.value("Nama", 2) == ""  # equal values: nothing beside them
    screenshot(dlg, "08d-verifikasi-palsu")
    dlg.close()


def test_konsep_sheet(ctx: Any, qtbot: Any, tmp_path: Path) -> None:
    from asn_desktop.ui.dialogs.verifikasi import VerifikasiDialog

    x, _ = _print(ctx, tmp_path, "DRAFT")
    dlg = VerifikasiDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.check_pdf(str(x.berkas))
    wait_ops(qtbot)
    assert dlg.hasil.text().startswith("<b>KONSEP \u2014 bukan lembar resmi")
    assert dlg.value("Status") == "KONSEP (bukan lembar resmi)"
    dlg.close()
