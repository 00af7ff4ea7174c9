"""Every sheet kind rendered to PNG with pdftoppm (as the lead looks at them): pages are not
blank, and nothing is drawn in the outer band of the paper (nothing clipped at an edge).

Set ASN_PNG_DIR to keep the images (e.g. build/pdf-png) for looking at them."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path
from typing import cast

import pytest
from PIL import Image
from tests.reports import samples

from asn_desktop.reports.layout import Cap
from asn_desktop.reports.render import SheetJob, render_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None,
                                reason="pdftoppm (poppler-utils) is not installed")

DPI = 60
BAND_MM = 5.0


def sheets() -> dict[str, object]:
    from asn_desktop.domain import jabatan as jb

    return {
        "skp": samples.skp(),
        "skp-kualitatif": samples.skp(pendekatan=jb.Pendekatan.KUALITATIF),
        "skp-jpt": samples.skp(jenis=jb.JenisJabatan.JPT_PRATAMA),
        "evaluasi": samples.evaluasi(tanda="KONSEP"),
        "dokumen": samples.dokumen(),
    }


@pytest.mark.parametrize("name", list(sheets()))
def test_png_pages_clean(name: str, tmp_path: Path) -> None:
    pdf = tmp_path / f"{name}.pdf"
    cap = Cap("ABCD-EFGH-JKMN", "ASNV1:ABCDEFGHJKMN:0123456789ABCDEF0123456789ABCDEF")
    render_pdf([SheetJob(sheets()[name], None, cap)], pdf)  # type: ignore[arg-type]
    out_dir = Path(os.environ.get("ASN_PNG_DIR") or tmp_path)
    out_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", str(pdf), str(out_dir / name)],
                   check=True, capture_output=True)
    pngs = sorted(out_dir.glob(f"{name}-*.png"))
    assert pngs
    for png in pngs:
        img = Image.open(io.BytesIO(png.read_bytes())).convert("L")
        w, h = img.size
        band = round(BAND_MM / 25.4 * DPI)
        inner = img.crop((band, band, w - band, h - band))
        assert darkest(inner) < 100, f"{png.name} looks blank"
        for box in ((0, 0, w, band), (0, h - band, w, h), (0, 0, band, h), (w - band, 0, w, h)):
            assert darkest(img.crop(box)) > 200, f"{png.name}: drawn at the paper edge {box}"


def darkest(img: Image.Image) -> int:
    lo, _ = cast(tuple[int, int], img.getextrema())
    return lo
