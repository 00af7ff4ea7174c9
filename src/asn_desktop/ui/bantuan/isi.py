"""Where the Panduan's sections are and which one explains a page. Each section file names the
pages it explains in a comment under its title: ``<!-- halaman: skp, evaluasi -->``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

INDEX = "index.md"
_HALAMAN = re.compile(r"<!--\s*halaman:\s*([^>]*?)\s*-->")
_LINK = re.compile(r"\]\(([\w.-]+\.md)\)")


@dataclass(frozen=True)
class Bagian:
    berkas: str  # "skp.md"
    judul: str  # its first heading
    halaman: tuple[str, ...]  # page keys it explains


def folder() -> Path | None:
    """The Panduan shipped inside the package (bundles), else the repository's docs/panduan."""
    packaged = Path(str(resources.files("asn_desktop") / "resources" / "panduan"))
    if (packaged / INDEX).is_file():
        return packaged
    repo = Path(__file__).resolve().parents[4] / "docs" / "panduan"
    return repo if (repo / INDEX).is_file() else None


def _judul(teks: str, cadangan: str) -> str:
    for line in teks.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return cadangan


def daftar(root: Path) -> list[Bagian]:
    """The index first, then the sections in the order the index links them."""
    index = (root / INDEX).read_text(encoding="utf-8")
    order = [INDEX]
    for name in _LINK.findall(index):
        if name not in order and (root / name).is_file():
            order.append(name)
    for extra in sorted(p.name for p in root.glob("*.md")):
        if extra not in order:
            order.append(extra)
    out = []
    for name in order:
        teks = (root / name).read_text(encoding="utf-8")
        found = _HALAMAN.search(teks)
        keys = tuple(k.strip() for k in found.group(1).split(",") if k.strip()) if found else ()
        out.append(Bagian(name, _judul(teks, name), keys))
    return out


def bagian_untuk(bagian: list[Bagian], halaman: str) -> Bagian | None:
    """The section that explains the page ``halaman`` (the first that names it)."""
    return next((b for b in bagian if halaman in b.halaman), None)
