"""Concurrent overwrites are recorded; approved documents are never changed silently; the choice
made in review syncs like any edit."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from tests.sync.conftest import Net, add_skp

from asn_desktop.db.models import Rhk, Skp
from asn_desktop.errors import AsnError
from asn_desktop.services import sync_service as svc
from asn_desktop.services.workspace import Workspace


def catatan(ws: Workspace, skp_id: str) -> str | None:
    with ws.db.Session() as s:
        return s.get_one(Skp, skp_id).catatan


def set_catatan(ws: Workspace, skp_id: str, value: str) -> None:
    with ws.session() as s:
        s.get_one(Skp, skp_id).catatan = value


def approve(ws: Workspace, skp_id: str) -> None:
    with ws.session() as s:
        s.get_one(Skp, skp_id).status = "DISETUJUI"


@pytest.fixture
def shared(net: Net) -> tuple[Net, Workspace, str]:
    a = net.units["3673.A"]
    ids = add_skp(a, net.org.people["staf_a1"])
    net.sync_unit("3673.A")
    return net, a, ids["skp"]


def test_concurrent_edits_converge_and_are_recorded_on_both_sides(
        shared: tuple[Net, Workspace, str]) -> None:
    net, a, skp = shared
    set_catatan(a, skp, "versi unit")
    set_catatan(net.central, skp, "versi pusat")  # later clock: the central wins
    from_unit = net.send(a, net.central)
    from_central = net.send(net.central, a)
    rc = net.recv(net.central, from_unit)
    ru = net.recv(a, from_central)
    assert rc.konflik == 1 and ru.konflik == 1
    assert catatan(a, skp) == catatan(net.central, skp) == "versi pusat"
    (kc,) = svc.conflicts(net.central)
    (ku,) = svc.conflicts(a)
    assert kc.jenis == "lww" and kc.pemenang == "local" and kc.nilai_paket == "versi unit"
    assert ku.pemenang == "incoming" and ku.nilai_lokal == "versi unit"
    assert ku.nilai_paket == "versi pusat" and "Pegawai staf_a1" in ku.ringkasan
    # the unit reviews it and keeps its own value: a new edit that syncs and closes the
    # central's copy of the same conflict
    r = svc.resolve(a, ku, "local")
    assert r.ids == (ku.id,) and "diselesaikan" in r.ringkasan
    assert catatan(a, skp) == "versi unit" and not svc.conflicts(a)
    net.sync_unit("3673.A")
    assert catatan(net.central, skp) == "versi unit"
    assert not svc.conflicts(net.central)
    assert net.fp(a, "3673.A") == net.fp(net.central, "3673.A")


def test_sequential_edits_are_not_conflicts(shared: tuple[Net, Workspace, str]) -> None:
    net, a, skp = shared
    set_catatan(a, skp, "satu")
    net.sync_unit("3673.A")
    set_catatan(net.central, skp, "dua (pusat melihat 'satu')")
    net.sync_unit("3673.A")
    set_catatan(a, skp, "tiga")
    net.sync_unit("3673.A")
    assert not svc.conflicts(a) and not svc.conflicts(net.central)
    assert catatan(net.central, skp) == "tiga"


def test_change_to_an_approved_skp_is_held_not_applied(shared: tuple[Net, Workspace, str]
                                                       ) -> None:
    net, a, skp = shared
    set_catatan(a, skp, "isi unit")
    approve(a, skp)  # the unit approves; the central has not seen it yet
    set_catatan(net.central, skp, "koreksi pusat")
    r = net.recv(a, net.send(net.central, a))
    assert r.ditahan == 1 and "ditahan" in r.ringkasan
    assert catatan(a, skp) == "isi unit"
    (k,) = svc.conflicts(a)
    assert k.jenis == "locked" and k.nilai_paket == "koreksi pusat"
    assert "sudah disetujui" in k.ringkasan
    # the same package again holds nothing new
    net.sync_unit("3673.A")
    assert len(svc.conflicts(a)) == 1
    svc.resolve(a, k.id, "incoming")
    assert catatan(a, skp) == "koreksi pusat"
    net.sync_unit("3673.A")
    assert catatan(net.central, skp) == "koreksi pusat"
    assert not svc.conflicts(a) and not svc.conflicts(net.central)
    assert net.fp(a, "3673.A") == net.fp(net.central, "3673.A")


def test_held_change_discarded_keeps_the_approved_value_everywhere(
        shared: tuple[Net, Workspace, str]) -> None:
    net, a, skp = shared
    approve(a, skp)
    set_catatan(net.central, skp, "koreksi pusat")
    net.recv(a, net.send(net.central, a))
    net.recv(net.central, net.send(a, net.central))
    (k,) = svc.conflicts(a)
    svc.resolve(a, k, "local")
    net.sync_unit("3673.A")
    assert catatan(a, skp) is None and catatan(net.central, skp) is None
    assert net.fp(a, "3673.A") == net.fp(net.central, "3673.A")


def test_unit_approval_covers_its_own_earlier_edits(shared: tuple[Net, Workspace, str]) -> None:
    net, a, skp = shared
    set_catatan(a, skp, "sebelum disetujui")
    approve(a, skp)
    net.sync_unit("3673.A")
    assert catatan(net.central, skp) == "sebelum disetujui"
    assert not svc.conflicts(net.central) and not svc.conflicts(a)


def test_reopen_edit_reapprove_by_the_central_is_not_held(shared: tuple[Net, Workspace, str]
                                                          ) -> None:
    net, a, skp = shared
    approve(a, skp)
    net.sync_unit("3673.A")
    with net.central.session() as s:
        s.get_one(Skp, skp).status = "DRAFT"  # reopened (an explicit, audited action)
    set_catatan(net.central, skp, "koreksi setelah dibuka")
    approve(net.central, skp)
    net.sync_unit("3673.A")
    assert catatan(a, skp) == "koreksi setelah dibuka" and not svc.conflicts(a)


def test_concurrent_approval_elsewhere_does_not_cover_an_unseen_approval(
        shared: tuple[Net, Workspace, str]) -> None:
    """The central corrects and approves without having seen the unit's approval: its later
    clock must not let the correction through silently; it waits for review at the unit, and
    the unit's own later edit waits for review at the central."""
    net, a, skp = shared
    approve(a, skp)
    set_catatan(a, skp, "unit setelah menyetujui")
    set_catatan(net.central, skp, "koreksi pusat")
    approve(net.central, skp)  # concurrent with the unit's approval, later by clock
    r = net.recv(a, net.send(net.central, a))
    assert r.ditahan == 1 and catatan(a, skp) == "unit setelah menyetujui"
    held = [k for k in svc.conflicts(a) if k.jenis == "locked"]
    assert [k.nilai_paket for k in held] == ["koreksi pusat"]
    r = net.recv(net.central, net.send(a, net.central))
    assert r.ditahan == 1 and catatan(net.central, skp) == "koreksi pusat"
    (k_central,) = [k for k in svc.conflicts(net.central) if k.jenis == "locked"]
    assert k_central.nilai_paket == "unit setelah menyetujui"
    svc.resolve(a, held[0], "local")
    svc.resolve(net.central, k_central, "incoming")
    # the two approvals themselves conflict; the unit settles that too, and all agree
    (k_status,) = [k for k in svc.conflicts(a) if k.kolom == "status"]
    assert k_status.nilai_lokal == k_status.nilai_paket == "DISETUJUI"
    svc.resolve(a, k_status, "local")
    net.sync_unit("3673.A")
    net.sync_unit("3673.A")
    assert catatan(a, skp) == catatan(net.central, skp) == "unit setelah menyetujui"
    assert not svc.conflicts(a) and not svc.conflicts(net.central)
    assert net.fp(a, "3673.A") == net.fp(net.central, "3673.A")


def test_an_overwritten_approval_stays_protected_across_packages(
        shared: tuple[Net, Workspace, str]) -> None:
    """The central's concurrent approval reaches the unit first (a status conflict, open);
    its later correction, in another package, is still held: the unit's approval it never saw
    stays protected until someone settles the status conflict."""
    net, a, skp = shared
    approve(a, skp)
    approve(net.central, skp)  # never saw the unit's approval; later clock
    first = net.recv(a, net.send(net.central, a))
    assert first.konflik == 1 and first.ditahan == 0
    set_catatan(net.central, skp, "koreksi pusat")
    second = net.recv(a, net.send(net.central, a))
    assert second.ditahan == 1 and catatan(a, skp) is None
    # once the status conflict is settled at the unit, the held correction is decided too,
    # and everything converges
    for k in svc.conflicts(a):
        svc.resolve(a, k.id, "incoming")
    net.sync_unit("3673.A")
    net.sync_unit("3673.A")
    assert catatan(a, skp) == catatan(net.central, skp) == "koreksi pusat"
    assert net.fp(a, "3673.A") == net.fp(net.central, "3673.A")


@pytest.mark.parametrize("full", [False, True])
def test_reapproval_history_travels_in_snapshots_too(shared: tuple[Net, Workspace, str],
                                                     full: bool) -> None:
    """The central approves without seeing the unit's approval, reopens, approves again and
    corrects: held at the unit whether it arrives as changes or as a full snapshot (which
    carries every status version, so ancestry and not clock order decides)."""
    net, a, skp = shared
    approve(a, skp)
    approve(net.central, skp)
    with net.central.session() as s:
        s.get_one(Skp, skp).status = "DRAFT"
    approve(net.central, skp)
    set_catatan(net.central, skp, "koreksi pusat")
    r = net.recv(a, net.send(net.central, a, full=full))
    assert r.ditahan == 1 and catatan(a, skp) is None


def test_reopen_by_the_central_in_the_same_package_lets_its_correction_through(
        shared: tuple[Net, Workspace, str]) -> None:
    """Reopening after seeing the unit's approval, then correcting, arrives as one package: the
    correction is not held (the document is no longer approved, by someone who knew)."""
    net, a, skp = shared
    approve(a, skp)
    net.sync_unit("3673.A")
    with net.central.session() as s:
        s.get_one(Skp, skp).status = "DRAFT"
    set_catatan(net.central, skp, "koreksi setelah dibuka")
    r = net.recv(a, net.send(net.central, a))
    assert r.ditahan == 0 and r.konflik == 0
    assert catatan(a, skp) == "koreksi setelah dibuka"


def test_edit_after_seeing_the_approval_is_applied(shared: tuple[Net, Workspace, str]) -> None:
    """A writer who had seen the approval (e.g. a decision made in review) is not held again."""
    net, a, skp = shared
    approve(a, skp)
    net.sync_unit("3673.A")
    set_catatan(net.central, skp, "diputuskan pusat")
    net.sync_unit("3673.A")
    assert catatan(a, skp) == "diputuskan pusat" and not svc.conflicts(a)


def test_new_rhk_under_an_approved_skp_is_held_whole(shared: tuple[Net, Workspace, str]) -> None:
    net, a, skp = shared
    approve(a, skp)
    with net.central.session() as s:
        r = Rhk(skp_id=skp, urutan=9, uraian="RHK tambahan dari pusat")
        s.add(r)
        s.flush()
        rhk = r.id
    res = net.recv(a, net.send(net.central, a))
    assert res.ditahan >= 3
    with a.db.Session() as s:
        assert s.get(Rhk, rhk) is None
    held = svc.conflicts(a)
    assert {k.kolom for k in held} >= {"skp_id", "uraian"}
    svc.resolve(a, held[0], "local")  # settles the whole row: it exists, deleted, everywhere
    assert not svc.conflicts(a)
    net.sync_unit("3673.A")
    with a.db.Session() as s, net.central.db.Session() as c:
        assert s.get_one(Rhk, rhk).deleted and c.get_one(Rhk, rhk).deleted
    assert net.fp(a, "3673.A") == net.fp(net.central, "3673.A")


def test_new_rhk_held_then_accepted(shared: tuple[Net, Workspace, str]) -> None:
    net, a, skp = shared
    approve(a, skp)
    with net.central.session() as s:
        r = Rhk(skp_id=skp, urutan=9, uraian="RHK tambahan dari pusat")
        s.add(r)
        s.flush()
        rhk = r.id
    net.recv(a, net.send(net.central, a))
    k = svc.conflicts(a)[0]
    svc.resolve(a, k.id, "incoming")
    with a.db.Session() as s:
        row = s.get_one(Rhk, rhk)
        assert row.uraian == "RHK tambahan dari pusat" and not row.deleted
    net.sync_unit("3673.A")
    assert net.fp(a, "3673.A") == net.fp(net.central, "3673.A")


def test_resolve_errors(shared: tuple[Net, Workspace, str]) -> None:
    net, a, skp = shared
    with pytest.raises(AsnError, match="tidak ditemukan"):
        svc.resolve(a, 999, "local")
    approve(a, skp)
    set_catatan(net.central, skp, "x")
    net.recv(a, net.send(net.central, a))
    (k,) = svc.conflicts(a)
    with pytest.raises(AsnError, match="local"):
        svc.resolve(a, k.id, "dua-duanya")
    svc.resolve(a, k.id, "remote")  # the GUI's word for the package's value
    with pytest.raises(AsnError, match="sudah diselesaikan"):
        svc.resolve(a, k.id, "local")
    assert len(svc.conflicts(a, include_resolved=True)) == 1


def test_other_units_copies_are_read_only_and_never_conflict(net: Net) -> None:
    """Unit B holds a copy of the sekda's SKP (its atasan chain) but never records conflicts
    for it: it is not B's to decide."""
    b = net.units["3673.B"]
    ids = add_skp(net.central, net.org.people["sekda"])
    net.sync_unit("3673.B")
    with b.db.Session() as s:
        assert s.scalars(select(Skp.id).where(Skp.id == ids["skp"])).first()
    set_catatan(net.central, ids["skp"], "pusat")
    net.sync_unit("3673.B")
    assert catatan(b, ids["skp"]) == "pusat" and not svc.conflicts(b)


def test_two_approvals_are_explained(shared: tuple[Net, Workspace, str]) -> None:
    net, a, skp = shared
    approve(a, skp)
    approve(net.central, skp)
    net.recv(a, net.send(net.central, a))
    (k,) = svc.conflicts(a)
    assert "Disetujui di dua tempat" in k.ringkasan and "ditahan" in k.ringkasan


def test_held_change_decided_after_a_newer_edit_replaces_it_knowingly(
        shared: tuple[Net, Workspace, str]) -> None:
    """The unit edits an RHK before it learns of the central's approval and again after, over
    it (both held at the central). Keeping the older held value in review, and not the newer,
    replaces the unit's newer one as a decision taken over it: no conflict anywhere, both
    sides agree."""
    net, a, skp = shared
    with a.db.Session() as s:
        rhk = s.scalars(select(Rhk.id).where(Rhk.skp_id == skp)).first()
    approve(net.central, skp)

    def uraian(ws: Workspace, value: str | None = None) -> str:
        with ws.session() as s:
            row = s.get_one(Rhk, rhk)
            if value is not None:
                row.uraian = value
            return row.uraian

    approved = uraian(net.central)
    uraian(a, "sebelum tahu disetujui")
    net.recv(a, net.send(net.central, a))
    uraian(a, "sesudah tahu disetujui")
    r = net.recv(net.central, net.send(a, net.central))
    assert r.ditahan == 2 and uraian(net.central) == approved
    by_value = {k.nilai_paket: k for k in svc.conflicts(net.central)}
    assert set(by_value) == {"sebelum tahu disetujui", "sesudah tahu disetujui"}
    svc.resolve(net.central, by_value["sesudah tahu disetujui"], "local")
    svc.resolve(net.central, by_value["sebelum tahu disetujui"], "incoming")
    net.sync_unit("3673.A")
    assert uraian(a) == uraian(net.central) == "sebelum tahu disetujui"
    assert not svc.conflicts(a) and not svc.conflicts(net.central)
    assert net.fp(a, "3673.A") == net.fp(net.central, "3673.A")


def test_a_unit_edit_over_the_centrals_approval_is_held_at_the_central(
        shared: tuple[Net, Workspace, str]) -> None:
    """The application refuses to edit an approved document; a unit whose data file was
    edited around that (content changed, the document deleted) while it held the central's
    approval does not change the central silently: the change waits for review there."""
    net, a, skp = shared
    approve(net.central, skp)
    net.sync_unit("3673.A")
    set_catatan(a, skp, "diubah diam-diam")
    with a.session() as s:
        s.get_one(Skp, skp).deleted = True
    r = net.recv(net.central, net.send(a, net.central))
    assert r.ditahan == 2
    with net.central.db.Session() as s:
        row = s.get_one(Skp, skp)
        assert (row.catatan, row.deleted, row.status) == (None, False, "DISETUJUI")
    held = svc.conflicts(net.central)
    assert {k.jenis for k in held} == {"locked"} and len(held) == 2
    for k in held:
        svc.resolve(net.central, k.id, "local")
    net.sync_unit("3673.A")
    assert catatan(a, skp) is None and net.fp(a, "3673.A") == net.fp(net.central, "3673.A")


def test_a_unit_edit_after_its_own_approval_is_applied(shared: tuple[Net, Workspace, str]
                                                       ) -> None:
    """The approval's own installation writes with it (the snapshot taken on approval): not
    held."""
    net, a, skp = shared
    approve(a, skp)
    set_catatan(a, skp, "ditulis bersama persetujuan")
    net.sync_unit("3673.A")
    assert catatan(net.central, skp) == "ditulis bersama persetujuan"
    assert not svc.conflicts(net.central)
