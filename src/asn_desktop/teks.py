"""Messages of the layers below the GUI (services, domain, sync), in the interface language.

A message is written in Bahasa Indonesia and marked with :func:`_`; values go in by name::

    raise NotFoundError(_("{nama} belum memiliki SKP tahun {tahun}.").format(nama=n, tahun=t))

The command line shows them as written. The GUI installs its translator (:func:`pasang`), so
they come out in the language chosen there, from the same catalogue as the widgets' texts
(resources/translations/update.py collects every ``_("…")`` into the "layanan" context).
Counted things use :func:`_n`, since English says "1 employee" but "2 employees".
"""

from __future__ import annotations

from collections.abc import Callable

_terjemah: Callable[[str], str] | None = None


def pasang(terjemah: Callable[[str], str] | None) -> None:
    """Translate marked messages with ``terjemah`` from now on (None: as written)."""
    global _terjemah
    _terjemah = terjemah


def _(teks: str) -> str:
    """A message template, in the interface language when the GUI has set one."""
    if _terjemah is None:
        return teks
    try:
        return _terjemah(teks) or teks
    except Exception:  # a message is never lost over its translation
        return teks


def N_(teks: str) -> str:
    """Marks a template kept in a table and translated where it is used (``_(row.teks)``)."""
    return teks


def _n(satu: str, banyak: str, n: int) -> str:
    """The template for ``n`` things: ``satu`` for one, ``banyak`` otherwise (both with {n})."""
    return _(satu if n == 1 else banyak)
