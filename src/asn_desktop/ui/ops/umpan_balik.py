"""What a person does to feedback from supervisors and peers."""

from __future__ import annotations

from asn_desktop.services import umpan_balik as svc
from asn_desktop.ui.context import UMPAN_BALIK
from asn_desktop.ui.ops import Op, tulis


def tambah(data: svc.UmpanBalikInput) -> Op[str]:
    return tulis(lambda s: svc.add_umpan_balik(s, data), UMPAN_BALIK)


def catat_forum(data: svc.ForumInput) -> Op[str]:
    """The minutes of a unit's performance dialogue forum."""
    return tulis(lambda s: svc.create_forum(s, data), UMPAN_BALIK)
