"""How long a free text may be: room for what a form or a printed sheet holds, short of a
pasted document (a 20,000-character note prints as dozens of pages)."""

from __future__ import annotations

from asn_desktop.errors import ValidationError
from asn_desktop.teks import _

URAIAN_KEGIATAN = 1000  # one line of a daily log
UMPAN_BALIK = 2000  # feedback on one RHK, one BerAKHLAK value, or from a colleague
CATATAN = 4000  # catatan dan rekomendasi of an evaluation, a forum's notes
REALISASI_TEKS = 2000  # a qualitative realisasi or the remark beside a number
BUKTI = 500  # a reference to evidence (an SK number, a folder, a link)
CATATAN_PENDEK = 1000  # a survey's or a register's remark


def periksa_panjang(teks: str | None, maks: int, kolom: str, field: str,
                    tersimpan: str | None = None) -> None:
    """ValidationError when ``teks`` is longer than ``maks`` characters; a text already stored
    (``tersimpan``, written by an earlier version or another installation) is left alone, so it
    never blocks saving the rest of the form."""
    if teks is None or len(teks) <= maks or teks == tersimpan:
        return
    raise ValidationError(_("Isian {kolom} paling panjang {n} karakter (terisi {m}).").format(
        kolom=kolom, n=f"{maks:,}".replace(",", "."), m=f"{len(teks):,}".replace(",", ".")),
        field)
