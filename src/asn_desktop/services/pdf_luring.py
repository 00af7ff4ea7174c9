"""pyHanko without its network clients.

pyHanko's signing and validation modules import its HTTP clients, and with them aiohttp: a
quarter of a second at every print and every check of a PDF. Signing and checking here are
offline (no timestamp server; validation contexts with ``allow_fetching=False``), so
``siapkan()`` puts two empty modules in their place before pyHanko is first imported. A client
taken from them refuses to be made. When pyHanko was already imported whole, nothing changes.
"""

from __future__ import annotations

import sys
import types
from typing import Any

# module -> the names pyHanko imports from it
_KLIEN_HTTP = {
    "pyhanko.sign.timestamps.aiohttp_client": ("HTTPTimeStamper", "AIOHttpTimeStamper"),
    "pyhanko_certvalidator.fetchers.aiohttp_fetchers": ("AIOHttpFetcherBackend",),
}


class _Luring:
    def __init__(self, *_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("aplikasi ini menandatangani dan memeriksa PDF tanpa jaringan")


def _pengganti(name: str) -> type:
    return type(name, (_Luring,), {})


def _nama_lain(name: str) -> type:
    if name.startswith("__"):  # __file__, __path__…: what tools ask of any module
        raise AttributeError(name)
    return _pengganti(name)


def siapkan() -> None:
    for name, classes in _KLIEN_HTTP.items():
        if name in sys.modules:
            continue
        module = types.ModuleType(name, "stand-in: no network client (asn_desktop.pdf_luring)")
        for cls in classes:
            setattr(module, cls, _pengganti(cls))
        # a later pyHanko importing another name from it gets a stand-in too, not an error
        module.__getattr__ = _nama_lain  # type: ignore[method-assign]
        sys.modules[name] = module
