"""What a person does on the Pemantauan page: save the recap it shows as a file."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from asn_desktop.domain.periods import Periode
from asn_desktop.services import pemantauan as svc
from asn_desktop.services import rekap_berkas
from asn_desktop.ui.ops import Op, kerja, label


def simpan_rekap(scope: Collection[str] | None, tahun: int, periode: Periode | None,
                 jenis: str | None, tujuan: Path) -> Op[Path]:
    """The recap of the page's choice, read afresh and written as .xlsx or PDF."""

    def work(ws, _op):  # type: ignore[no-untyped-def]
        with ws.db.Session() as s:
            r = svc.rekap(s, scope, tahun, periode, jenis=jenis)
        return rekap_berkas.tulis(r, tujuan)

    return kerja(work, label=label("Menyusun rekap…"))
