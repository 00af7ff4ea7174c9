"""The practice workspace (ruang latihan): a made-up city in a folder of its own beside the real
data folder, so practising never touches real data and either can be opened again later.

The real data folder holds a small marker naming the workspace the application opens at start;
the practice folder holds a marker saying what it is.
"""

from __future__ import annotations

import os

from asn_desktop.paths import Paths

AKTIF = "ruang-aktif"  # in the real data folder: "latihan" while practising
TANDA_LATIHAN = "RUANG-LATIHAN"  # in the practice folder
LATIHAN = "latihan"


def folder_latihan(real: Paths) -> Paths:
    """'…/asn-desktop' → '…/asn-desktop-latihan' (beside it, never inside)."""
    d = real.data_dir
    return Paths(d.with_name(d.name + "-latihan"))


def adalah_latihan(paths: Paths) -> bool:
    return (paths.data_dir / TANDA_LATIHAN).is_file()


def tandai_latihan(paths: Paths) -> None:
    """Mark a freshly made practice folder as such."""
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    (paths.data_dir / TANDA_LATIHAN).write_text(
        "Ruang latihan Kinerja ASN Desktop: data contoh, bukan data sungguhan.\n",
        encoding="utf-8")


def berlatih(real: Paths) -> bool:
    """Whether the application opens the practice workspace at start."""
    try:
        chosen = (real.data_dir / AKTIF).read_text(encoding="utf-8").strip()
    except OSError:
        return False
    return chosen == LATIHAN and adalah_latihan(folder_latihan(real))


def pilih(real: Paths, latihan: bool) -> None:
    """Open the practice workspace (or the real one) from the next start on."""
    marker = real.data_dir / AKTIF
    if not latihan:
        marker.unlink(missing_ok=True)
        return
    real.data_dir.mkdir(parents=True, exist_ok=True)
    tmp = marker.with_suffix(".tmp")
    tmp.write_text(LATIHAN + "\n", encoding="utf-8")
    os.replace(tmp, marker)


def saat_mulai(real: Paths) -> Paths:
    """The folder to open at start: the practice one while it is chosen, else the real one."""
    return folder_latihan(real) if berlatih(real) else real


def data_sungguhan(paths: Paths) -> Paths:
    """The real data folder of a workspace's folder (itself when it is not a practice one)."""
    d = paths.data_dir
    if adalah_latihan(paths) and d.name.endswith("-latihan"):
        return Paths(d.with_name(d.name.removesuffix("-latihan")))
    return paths
