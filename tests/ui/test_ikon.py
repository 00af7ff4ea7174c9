"""The application icon: every size drawn, the package's copy current (render.py makes both),
and the windows wear it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from asn_desktop.ui import ikon

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "resources" / "icons"
ICO_SIZES = {(n, n) for n in (16, 24, 32, 48, 64, 128, 256)}


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("size", ikon.SIZES)
def test_every_size_is_drawn(size: int) -> None:
    for root in (SOURCE, ikon.icons_dir()):
        with Image.open(root / "hicolor" / f"{size}x{size}" / "apps" / "asn-desktop.png") as im:
            assert im.size == (size, size) and im.mode == "RGBA"
            assert im.getpixel((0, 0))[3] < 255 or size <= 16  # rounded corners, not a square
            assert im.getpixel((size // 2, size // 2))[3] == 255


def test_the_package_holds_what_render_py_made() -> None:
    """resources/icons is the source; `python resources/icons/render.py` refreshes the copy."""
    package = _files(ikon.icons_dir())
    source = {k: v for k, v in _files(SOURCE).items() if k.startswith("hicolor/")}
    source["asn-desktop.ico"] = (SOURCE / "asn-desktop.ico").read_bytes()
    source["hicolor/scalable/apps/asn-desktop.svg"] = (SOURCE / "asn-desktop.svg").read_bytes()
    assert package == source


def test_the_windows_icon_holds_each_size_drawn_for_it() -> None:
    with Image.open(SOURCE / "asn-desktop.ico") as ico:
        assert set(ico.info["sizes"]) == ICO_SIZES
        for w, h in ICO_SIZES:
            with Image.open(SOURCE / "hicolor" / f"{w}x{h}" / "apps" / "asn-desktop.png") as png:
                assert ico.ico.getimage((w, h)).convert("RGBA").tobytes() == png.tobytes()


def test_windows_and_application_wear_it(window: Any, qapp: Any, tmp_path: Path,
                                         qtbot: Any) -> None:
    from asn_desktop.paths import Paths
    from asn_desktop.ui.dialogs.wizard import FirstStartWizard

    icon = ikon.ikon_aplikasi()
    assert {s.width() for s in icon.availableSizes()} == set(ikon.SIZES)
    assert window.windowIcon().cacheKey() == icon.cacheKey()
    assert qapp.windowIcon().cacheKey() == icon.cacheKey()
    assert qapp.desktopFileName() == "asn-desktop"
    wizard = FirstStartWizard(Paths(tmp_path / "baru"))
    qtbot.addWidget(wizard)
    assert not wizard.windowIcon().isNull()
    assert wizard.windowIcon().cacheKey() == icon.cacheKey()
