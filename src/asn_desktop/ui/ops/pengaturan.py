"""What a person changes in Pengaturan: published settings, the year, this computer's own
choices (language, operator name) and backups."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from asn_desktop.domain.periods import Frekuensi
from asn_desktop.services import cadangan
from asn_desktop.services import evaluasi as eval_svc
from asn_desktop.services import pengaturan as svc
from asn_desktop.services import workspace as ws_svc
from asn_desktop.ui.context import EVALUASI, SETTINGS
from asn_desktop.ui.i18n import SETTING_KEY
from asn_desktop.ui.ops import Op, kerja, label, tulis


def simpan(values: Mapping[str, Any]) -> Op[None]:
    """Published settings (central); a refusal names its setting in the error's ``field``."""
    return tulis(lambda s: svc.set_settings(s, values), SETTINGS)


def siapkan_tahun(tahun: int, frekuensi: Frekuensi) -> Op[list[str]]:
    """The year's evaluation frequency and periods; the result lists the new periods."""

    def work(s: Session) -> list[str]:
        eval_svc.ensure_tahun(s, tahun, frekuensi)
        return eval_svc.ensure_periods(s, tahun)

    return tulis(work, SETTINGS, EVALUASI)


def bahasa(kode: str) -> Op[None]:
    """The interface language of this computer (applied when the window is rebuilt)."""
    return kerja(lambda ws, _op: ws.set_local(SETTING_KEY, kode))


def ukuran_huruf(persen: int) -> Op[None]:
    """The text size on this computer (applied when the window is rebuilt)."""
    from asn_desktop.ui.tampilan import SKALA_KEY

    return kerja(lambda ws, _op: ws.set_local(SKALA_KEY, str(persen)))


def operator(nama: str) -> Op[str | None]:
    """Who operates this computer (stamped in history); the result is the stored name."""
    return kerja(lambda ws, _op: ws_svc.set_operator(ws, nama))


def cadangkan(tujuan: Path, sandi: str) -> Op[cadangan.BackupResult]:
    return kerja(lambda ws, _op: cadangan.backup(ws, tujuan, sandi),
                 label=label("Membuat cadangan…"))
