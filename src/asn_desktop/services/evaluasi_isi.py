"""The SKP content an evaluation was approved against, frozen in ``Evaluasi.isi_json``.

An evaluation reads its RHK, indicators, targets, behaviour expectations and approach from the
SKP. The SKP may be reopened and revised later in the year (a new assignment, a corrected
target); an evaluation already approved must keep showing, and printing, what was evaluated.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy.orm import Session

from asn_desktop.db.models import Skp
from asn_desktop.domain.berakhlak import BERAKHLAK
from asn_desktop.services import skp as skp_svc

VERSION = 1


@dataclass(frozen=True)
class IsiSkp:
    pendekatan: str
    ekspektasi: dict[str, str]  # BerAKHLAK kode -> expectation text
    utama: tuple[skp_svc.RhkView, ...]
    tambahan: tuple[skp_svc.RhkView, ...]


def current(s: Session, skp: Skp) -> IsiSkp:
    """The SKP's content as it is now."""
    return _isi(skp, skp_svc.rhk_views(s, skp.id))


def current_of(s: Session, skps: Sequence[Skp]) -> dict[str, IsiSkp]:
    """``current`` of many SKPs in a few queries."""
    views = skp_svc.rhk_views_of(s, [k.id for k in skps])
    return {k.id: _isi(k, views[k.id]) for k in skps}


def _isi(skp: Skp, views: skp_svc.RhkViews) -> IsiSkp:
    return IsiSkp(skp.pendekatan,
                  {v.kode: getattr(skp, f"ekspektasi_{v.kode}") or "" for v in BERAKHLAK},
                  views[0], views[1])


# Positional rows keep the snapshot small: it travels in every sync package with its evaluation.
_RHK_TYPES = (str, str, int, str, (str, type(None)), str, bool, bool, (str, type(None)))
_IND_TYPES = (str, int, (str, type(None)), str, (int, float, type(None)), (str, type(None)),
              (str, type(None)), (str, type(None)), str)


# the fields in order, read flat: ``astuple`` deep-copies each value (a demo's thousands of
# evaluations spent seconds there); of an indicator, what a sheet prints (its first fields),
# not where its realisasi comes from
_RHK_FIELDS = tuple(f.name for f in fields(skp_svc.RhkView))[:-1]
_IND_FIELDS = tuple(f.name for f in fields(skp_svc.IndikatorView))[:len(_IND_TYPES)]


def _row(r: skp_svc.RhkView) -> list[Any]:
    return [*(getattr(r, n) for n in _RHK_FIELDS),
            [[getattr(i, n) for n in _IND_FIELDS] for i in r.indikator]]


def to_json(isi: IsiSkp) -> str:
    data = {"v": VERSION, "pendekatan": isi.pendekatan, "ekspektasi": isi.ekspektasi,
            "utama": [_row(r) for r in isi.utama],
            "tambahan": [_row(r) for r in isi.tambahan]}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def from_json(text: str | None) -> IsiSkp | None:
    """The frozen content, or None when absent or unreadable (the caller shows the SKP as it
    is, as for evaluations approved before content was frozen)."""
    if not text:
        return None
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("v") != VERSION:
            return None
        ekspektasi = {str(k): str(v) for k, v in data["ekspektasi"].items()}
        return IsiSkp(str(data["pendekatan"]), ekspektasi,
                      tuple(_rhk(r) for r in data["utama"]),
                      tuple(_rhk(r) for r in data["tambahan"]))
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _typed(values: list[Any], types: tuple[Any, ...]) -> list[Any]:
    if len(values) != len(types) or not all(
            isinstance(v, t) and not (isinstance(v, bool) and t is int)
            for v, t in zip(values, types, strict=True)):
        raise ValueError("isi evaluasi rusak")
    return values


def _rhk(row: list[Any]) -> skp_svc.RhkView:
    *fields, inds = row
    indikator = tuple(skp_svc.IndikatorView(*_typed(i, _IND_TYPES)) for i in inds)
    return skp_svc.RhkView(*[*_typed(fields, _RHK_TYPES), indikator])
