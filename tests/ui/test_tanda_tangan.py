"""PDF signatures in the GUI: the Verifikasi dialog shows the file's signature verdict beside
the registry's, a changed byte turns it red, the Cetak page says why a file went out unsigned,
and the certificate dialog saves the city's CA certificate."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select
from tests.ui.helpers import screenshot, wait_ops

from asn_desktop.db.models import Pegawai, Skp
from asn_desktop.services import cetak, sertifikat


def _signed_sheet(ctx: Any, out: Path, status: str = "DISETUJUI") -> cetak.CetakHasil:
    with ctx.ws.db.Session() as s:
        nip, tahun = s.execute(
            select(Pegawai.nip, Skp.tahun).join(Skp, Skp.pegawai_id == Pegawai.id)
            .where(Skp.status == status, Skp.deleted.is_(False)).order_by(Skp.id)).first()
        target = cetak.target_by_nip(s, "skp", nip, tahun)
    return cetak.print_to_file(ctx.ws, [target], out)


def _dialog(ctx: Any, qtbot: Any) -> Any:
    from asn_desktop.ui.dialogs.verifikasi import VerifikasiDialog

    dlg = VerifikasiDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.resize(760, 620)
    dlg.show()
    return dlg


def test_signed_pdf_shows_its_signature_and_a_changed_byte_fails(ctx: Any, qtbot: Any,
                                                                 tmp_path: Path) -> None:
    from asn_desktop.ui.dialogs.verifikasi import TTD_GAGAL, TTD_SAH

    path = tmp_path / "skp.pdf"
    hasil = _signed_sheet(ctx, path)
    assert hasil.catatan_ttd is None
    dlg = _dialog(ctx, qtbot)
    dlg.check_pdf(str(path))
    wait_ops(qtbot)
    assert dlg.hasil.text().startswith("<b>SAH:")
    text = dlg.ttd.text()
    assert dlg.ttd.isVisible() and "TANDA TANGAN PDF SAH" in text
    assert f"{ctx.ws.info.nama} (" in text and "Ditandatangani: " in text
    assert TTD_SAH[1] in dlg.ttd.styleSheet()
    screenshot(dlg, "08e-verifikasi-ttd-pdf")

    data = bytearray(path.read_bytes())
    i = data.find(b"/Producer")
    data[i + 12] ^= 0x01
    changed = tmp_path / "diubah.pdf"
    changed.write_bytes(bytes(data))
    dlg.check_pdf(str(changed))
    wait_ops(qtbot)
    assert dlg.hasil.text().startswith("<b>TIDAK SAH:")
    assert "TANDA TANGAN PDF TIDAK SAH" in dlg.ttd.text() and "diubah" in dlg.ttd.text()
    assert TTD_GAGAL[1] in dlg.ttd.styleSheet()

    # a code says nothing of a file's signature
    dlg.kode.setText(hasil.lembar[0].kode)
    dlg.check_code()
    wait_ops(qtbot)
    assert dlg.hasil.text().startswith("<b>SAH:") and not dlg.ttd.isVisible()
    dlg.close()


def test_konsep_sheet_is_unsigned_in_grey(ctx: Any, qtbot: Any, tmp_path: Path) -> None:
    from asn_desktop.ui.dialogs.verifikasi import TTD_TIDAK_ADA

    path = tmp_path / "konsep.pdf"
    hasil = _signed_sheet(ctx, path, "DRAFT")
    assert hasil.catatan_ttd and "KONSEP" in hasil.catatan_ttd
    dlg = _dialog(ctx, qtbot)
    dlg.check_pdf(str(path))
    wait_ops(qtbot)
    assert "TIDAK BERTANDA TANGAN PDF" in dlg.ttd.text()
    assert TTD_TIDAK_ADA[0] in dlg.ttd.styleSheet()
    dlg.close()


def test_saving_a_konsep_sheet_says_it_is_unsigned(window: Any, qtbot: Any, ctx: Any,
                                                  tmp_path: Path) -> None:
    with ctx.ws.db.Session() as s:
        pid = s.scalars(select(Skp.pegawai_id).where(Skp.status == "DRAFT",
                                                     Skp.deleted.is_(False))
                        .order_by(Skp.id)).first()
        tahun = s.scalars(select(Skp.tahun).where(Skp.pegawai_id == pid)).first()
    window.go("cetak")
    page = window.page("cetak")
    page.tahun.setValue(tahun)
    assert page.list.show_id(pid)
    page.save_pdf(str(tmp_path / "konsep.pdf"))
    wait_ops(qtbot)
    assert "tidak bertanda tangan PDF: lembar KONSEP" in page.status.text()


def test_certificate_dialog_saves_the_citys_ca(window: Any, qtbot: Any, ctx: Any,
                                               tmp_path: Path) -> None:
    from asn_desktop.ui.dialogs.sertifikat import SertifikatDialog

    window.go("cetak")
    page = window.page("cetak")
    page.cert_button.click()
    dlg = page.findChild(SertifikatDialog)
    wait_ops(qtbot)
    info = sertifikat.info(ctx.ws)
    assert info.ca_sidik and info.sertifikat
    assert dlg.sidik.text().replace("<br>", ":") == info.ca_sidik
    assert dlg.ca.text().startswith("Otoritas Sertifikat ")
    assert dlg.sertifikat.text().startswith(f"{ctx.ws.info.nama} (")
    assert dlg.btn_simpan.isEnabled()
    screenshot(dlg, "08f-sertifikat-tanda-tangan")
    out = tmp_path / "otoritas-bkpsdm.crt"
    dlg.simpan(str(out))
    wait_ops(qtbot)
    data = out.read_bytes()
    assert data.startswith(b"-----BEGIN CERTIFICATE-----")
    assert data == sertifikat.ekspor_ca(ctx.ws, tmp_path / "cli.crt").read_bytes()
    assert str(out) in dlg.status.text()
    dlg.close()


def test_certificate_dialog_before_a_certificate_is_issued(ctx: Any, qtbot: Any,
                                                           monkeypatch: Any) -> None:
    from asn_desktop.ui.dialogs.sertifikat import SertifikatDialog

    monkeypatch.setattr(sertifikat, "info", lambda _ws: sertifikat.InfoSertifikat(
        None, None, None, None))
    dlg = SertifikatDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    wait_ops(qtbot)
    assert dlg.sertifikat.text().startswith("belum diterbitkan")
    assert not dlg.btn_simpan.isEnabled()
    dlg.close()
