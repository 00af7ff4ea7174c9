"""The QR code of a printed sheet, read back from the rendered pages by a real decoder
(zxing-cpp), at the resolutions of an office scanner or a phone photo of the page, and the
payload it gives verified as the officer's application would."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from tests.reports.conftest import approved_evaluasi
from tests.reports.test_cetak import print_one

from asn_desktop.services import cetak
from asn_desktop.services.cetak import VerifyStatus
from asn_desktop.services.workspace import Workspace

zxingcpp = pytest.importorskip("zxingcpp")
pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None,
                                reason="pdftoppm (poppler-utils) is not installed")


def _qr_texts(pdf: Path, dpi: int, tmp_path: Path) -> list[list[str]]:
    """The QR payloads found on each page of ``pdf`` rendered at ``dpi``."""
    stem = tmp_path / f"hal{dpi}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(stem)],
                   check=True, capture_output=True)
    pages = sorted(tmp_path.glob(f"hal{dpi}-*.png"))
    assert pages
    return [[r.text for r in zxingcpp.read_barcodes(Image.open(p))
             if r.format == zxingcpp.BarcodeFormat.QRCode] for p in pages]


@pytest.mark.parametrize("dokumen", ["evaluasi", "dokumen", "skp"])
@pytest.mark.parametrize("dpi", [100, 150])
def test_qr_read_from_every_page_verifies(demo: Workspace, tmp_path: Path, dokumen: str,
                                          dpi: int) -> None:
    p, _ = approved_evaluasi(demo)
    pdf = tmp_path / "lembar.pdf"
    x = print_one(demo, dokumen, p.nip, pdf)
    found = _qr_texts(pdf, dpi, tmp_path)
    payloads = {t for page in found for t in page}
    assert all(len(page) == 1 for page in found), found  # one code on every page
    assert len(payloads) == 1
    payload = payloads.pop()
    assert x.kode.replace("-", "") in payload.replace("-", "")
    res = cetak.verify(demo, payload)
    assert res.status is VerifyStatus.VALID, res.message
