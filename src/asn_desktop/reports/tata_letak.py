"""What each printed page holds, recorded while a file is drawn, and the rules a sheet's layout
is checked against (no page holding only a signature block or only its footer, no table
heading printed twice on one page, no lone row of a table, HASIL KERJA starting on the first
page when its heading and first row fit there).

Flowables of a sheet are tagged with a kind (``tandai``); the document template reports each
one drawn (``catat``) while ``CATATAN`` holds a list. Nothing is recorded otherwise, so normal
printing pays one context-variable lookup per flowable.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, TypeVar

# Kinds of content; a page must hold something besides these.
TTD = "ttd"
PREDIKAT = "predikat"  # the PREDIKAT line printed with the signature block
HASIL_KERJA = "hasil_kerja"
PERILAKU = "perilaku"
CATATAN_REKOMENDASI = "catatan"
HALAMAN = "halaman"  # a page was started
COBA = "coba:"  # prefix: a table could not start where it was offered ``ruang`` points
LAIN = "lain"

_SIGNATURE_ONLY = frozenset({TTD, PREDIKAT})
# Tables whose heading repeats on each page they continue on: a second piece on the same page
# prints the heading twice.
_REPEATING = frozenset({HASIL_KERJA, PERILAKU, CATATAN_REKOMENDASI})


@dataclass(frozen=True)
class Blok:
    lembar: int  # sheet index within the file
    halaman: int  # page number within the file
    jenis: str
    bagian: int = 0  # piece of a split table (0 = its first)
    baris: int = 0  # data rows in that piece (heading rows not counted)
    utuh: bool = True  # the whole table, not a piece of it
    ruang: float = 0.0  # COBA: room offered, points
    butuh: float = 0.0  # COBA: what must start together (heading and first row), points


CATATAN: ContextVar[list[Blok] | None] = ContextVar("asn_tata_letak", default=None)

F = TypeVar("F")


def tandai(flowable: F, jenis: str) -> F:
    """Tag ``flowable`` with the kind of content it is (kept by the pieces of a split table)."""
    flowable.asn_blok = jenis  # type: ignore[attr-defined]
    return flowable


def jenis_dari(flowable: Any) -> str | None:
    """The kind of a drawn flowable; None for what takes no room (spacers, actions)."""
    tag = getattr(flowable, "asn_blok", None)
    if tag:
        return str(tag)
    if getattr(flowable, "height", 0) == 0 and getattr(flowable, "width", 0) == 0:
        return None
    name = type(flowable).__name__
    if name in ("Spacer", "CondPageBreak", "NullActionFlowable", "FrameBreak", "PageBreak"):
        return None
    return LAIN


def catat(blok: Blok) -> None:
    found = CATATAN.get()
    if found is not None:
        found.append(blok)


@dataclass(frozen=True)
class Pelanggaran:
    lembar: int
    halaman: int
    aturan: str

    def __str__(self) -> str:
        return f"lembar {self.lembar + 1}, halaman {self.halaman}: {self.aturan}"


def periksa(catatan: Iterable[Blok]) -> list[Pelanggaran]:
    """The layout rules broken in a recorded render (empty when the layout is right)."""
    pages: dict[int, list[Blok]] = defaultdict(list)
    for b in catatan:
        pages[b.halaman].append(b)
    first_page: dict[int, int] = {}
    sheet_of: dict[int, int] = {}
    last = -1
    for page in sorted(pages):
        sheets = [b.lembar for b in pages[page] if b.jenis != HALAMAN and b.lembar >= 0]
        last = sheets[0] if sheets else last
        sheet_of[page] = last
        first_page.setdefault(last, page)
    out: list[Pelanggaran] = []
    for page in sorted(pages):
        sheet = sheet_of[page]
        content = [b for b in pages[page]
                   if b.jenis != HALAMAN and not b.jenis.startswith(COBA)]
        kinds = {b.jenis for b in content}

        def salah(aturan: str, page: int = page, sheet: int = sheet) -> None:
            out.append(Pelanggaran(sheet, page, aturan))

        if not content:
            salah("halaman hanya berisi kaki halaman")
            continue
        if kinds <= _SIGNATURE_ONLY:
            salah("halaman hanya berisi blok tanda tangan")
        for kind in sorted(_REPEATING & kinds):
            if sum(1 for b in content if b.jenis == kind) > 1:
                salah(f"judul tabel {kind} tercetak dua kali")
        if any(b.jenis == PERILAKU and b.baris == 1 and not b.utuh for b in content):
            salah("satu baris perilaku kerja terpisah sendiri")
        for b in pages[page]:
            if (b.jenis == COBA + HASIL_KERJA and page == first_page.get(sheet)
                    and b.ruang >= b.butuh):
                salah("HASIL KERJA tidak dimulai di halaman pertama padahal judul dan baris "
                      "pertamanya muat")
    return out
