"""A document made twice (the central and the unit each copying last year's SKP for the same
employee before they saw each other's): both are kept, the central records the pair once for
review, and the choice deletes the other one everywhere, parts included, as a tombstone."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from tests.sync.conftest import TAHUN, Net, add_skp

from asn_desktop.db.models import Evaluasi, Rhk, Skp
from asn_desktop.db.sync_models import DOUBLE
from asn_desktop.services import sync_service as svc
from asn_desktop.services.workspace import Workspace


def live_skp(ws: Workspace, pegawai_id: str) -> set[str]:
    with ws.db.Session() as s:
        return set(s.scalars(select(Skp.id).where(Skp.pegawai_id == pegawai_id,
                                                  Skp.tahun == TAHUN, Skp.deleted.is_(False))))


def _made_twice(net: Net) -> tuple[dict[str, object], dict[str, object], str]:
    a = net.units["3673.A"]
    staf = net.org.people["staf_a1"]
    at_central = add_skp(net.central, staf)
    at_unit = add_skp(a, staf, n_rhk=2)
    net.sync_all(rounds=2)
    return at_central, at_unit, staf


@pytest.mark.parametrize("keep", ["local", "incoming"])
def test_document_made_twice_is_reviewed_once_and_the_choice_syncs(net: Net, keep: str) -> None:
    at_central, at_unit, staf = _made_twice(net)
    a = net.units["3673.A"]
    both = {at_central["skp"], at_unit["skp"]}
    assert live_skp(net.central, staf) == both  # nothing lost while it waits for review
    items = [k for k in svc.conflicts(net.central) if k.jenis == DOUBLE]
    assert len(items) == 1  # SKP once (its evaluation is under it: deciding the SKP decides it)
    (k,) = items
    assert "dibuat dua kali" in k.ringkasan
    assert svc.conflicts(a) == [] or all(x.jenis != DOUBLE for x in svc.conflicts(a))

    svc.resolve(net.central, k.id, keep)
    kept = at_central["skp"] if keep == "local" else at_unit["skp"]
    dropped = (both - {kept}).pop()
    net.sync_all(rounds=2)
    for ws in (net.central, a):
        assert live_skp(ws, staf) == {kept}
        with ws.db.Session() as s:
            assert s.scalar(select(func.count()).select_from(Rhk).where(
                Rhk.skp_id == dropped, Rhk.deleted.is_(False))) == 0
            assert s.scalar(select(func.count()).select_from(Evaluasi).where(
                Evaluasi.skp_id == dropped, Evaluasi.deleted.is_(False))) == 0
            assert s.get_one(Skp, dropped).deleted  # a tombstone: kept, can be brought back
    assert net.converged()
    assert [x for x in svc.conflicts(net.central) if x.jenis == DOUBLE] == []


def test_a_pair_whose_one_side_is_gone_is_no_longer_asked(net: Net) -> None:
    at_central, at_unit, staf = _made_twice(net)
    a = net.units["3673.A"]
    (k,) = [x for x in svc.conflicts(net.central) if x.jenis == DOUBLE]
    # the central removes its own copy by hand: choosing it now would delete both
    with net.central.session() as s:
        s.get_one(Skp, at_central["skp"]).deleted = True
    with pytest.raises(Exception, match="sudah dihapus"):
        svc.resolve(net.central, k.id, "local")
    assert live_skp(net.central, staf) == {at_unit["skp"]}
    # the unit's copy is removed at the unit instead, in another case: the pair closes itself
    with net.central.session() as s:
        s.get_one(Skp, at_central["skp"]).deleted = False
    with a.session() as s:
        s.get_one(Skp, at_unit["skp"]).deleted = True
    net.recv(net.central, net.send(a, net.central))
    assert [x for x in svc.conflicts(net.central) if x.jenis == DOUBLE] == []
    assert live_skp(net.central, staf) == {at_central["skp"]}
