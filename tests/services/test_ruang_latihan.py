"""The practice workspace's folder beside the real one, and the choice of which one opens."""

from __future__ import annotations

from pathlib import Path

from asn_desktop.paths import Paths
from asn_desktop.services import ruang_latihan as rl


def test_practice_folder_marker_and_choice(tmp_path: Path) -> None:
    real = Paths(tmp_path / "asn-desktop")
    practice = rl.folder_latihan(real)
    assert practice.data_dir == tmp_path / "asn-desktop-latihan"
    assert rl.saat_mulai(real) == real  # nothing chosen: the real folder
    rl.pilih(real, True)
    assert rl.saat_mulai(real) == real  # chosen, but no practice workspace there yet
    rl.tandai_latihan(practice)
    assert rl.berlatih(real) and rl.saat_mulai(real) == practice
    assert rl.adalah_latihan(practice) and not rl.adalah_latihan(real)
    assert rl.data_sungguhan(practice) == real and rl.data_sungguhan(real) == real
    rl.pilih(real, False)
    assert not rl.berlatih(real) and rl.saat_mulai(real) == real
    assert rl.adalah_latihan(practice)  # going back leaves the practice data where it was
    rl.pilih(real, False)  # twice is fine


def test_a_folder_named_like_practice_is_not_one_without_its_marker(tmp_path: Path) -> None:
    odd = Paths(tmp_path / "kantor-latihan")
    assert not rl.adalah_latihan(odd) and rl.data_sungguhan(odd) == odd
