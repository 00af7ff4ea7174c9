"""Make the application icon's PNGs and the Windows .ico from the SVG sources here, and copy
what the application and the installers need into the package (src/asn_desktop/resources/icons),
as resources/translations/update.py does for the translations:

    .venv/bin/python resources/icons/render.py

asn-desktop.svg is the icon (48 px and up); asn-desktop-16.svg, -24.svg and -32.svg are the
same mark drawn on the pixel grid of those sizes (at 16 and 24 px without the approval mark).
After a change, look at every size (at 16 and 24 px too) before committing. Written:

- resources/icons/hicolor/<n>x<n>/apps/asn-desktop.png for every size in SIZES (the
  freedesktop icon theme layout the Linux installer copies into ~/.local/share/icons);
- resources/icons/asn-desktop.ico (16 to 256 px; the PyInstaller spec and the Inno Setup
  script take it from here);
- the package's copy: icons/hicolor/ (the PNGs, and scalable/apps/asn-desktop.svg) and
  icons/asn-desktop.ico. tests/ui/test_ikon.py checks the copy is current.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PACKAGE_DIR = ROOT / "src" / "asn_desktop" / "resources" / "icons"
NAME = "asn-desktop"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest a .ico holds


def source_for(size: int) -> Path:
    small = HERE / f"{NAME}-{size}.svg"
    return small if small.is_file() else HERE / f"{NAME}.svg"


def png_path(root: Path, size: int) -> Path:
    return root / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"


def render(svg: Path, size: int, out: Path) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"{out}: not written")


def write_ico(out: Path) -> None:
    from PIL import Image

    images = [Image.open(png_path(HERE, n)).convert("RGBA") for n in ICO_SIZES]
    # each size from its own rendering (PIL would otherwise scale the largest down)
    images[-1].save(out, format="ICO", sizes=[(n, n) for n in ICO_SIZES],
                    append_images=images[:-1])


def copy_into_package() -> None:
    if PACKAGE_DIR.exists():
        shutil.rmtree(PACKAGE_DIR)
    for n in SIZES:
        target = png_path(PACKAGE_DIR, n)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png_path(HERE, n), target)
    scalable = PACKAGE_DIR / "hicolor" / "scalable" / "apps" / f"{NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(HERE / f"{NAME}.svg", scalable)
    shutil.copyfile(HERE / f"{NAME}.ico", PACKAGE_DIR / f"{NAME}.ico")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for n in SIZES:
        render(source_for(n), n, png_path(HERE, n))
        print(f"{png_path(HERE, n).relative_to(ROOT)} ({source_for(n).name})")
    write_ico(HERE / f"{NAME}.ico")
    print(f"{(HERE / f'{NAME}.ico').relative_to(ROOT)}")
    copy_into_package()
    print(f"copied into {PACKAGE_DIR.relative_to(ROOT)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
