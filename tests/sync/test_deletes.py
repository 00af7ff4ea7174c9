"""A delete that races work its writer had not seen is a conflict to review (keep the work or
the delete), never settled silently, and never leaves live parts under a deleted parent."""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.sync.conftest import Net, add_skp

from asn_desktop.db.models import Evaluasi, Indikator, LogHarian, Rhk, Skp
from asn_desktop.services import sync_service as svc


def _get(ws: Any, model: Any, rid: str) -> Any:
    with ws.db.Session() as s:
        return s.get(model, rid)


def _log(net: Net) -> str:
    a = net.units["3673.A"]
    with a.session() as s:
        log = LogHarian(pegawai_id=net.org.people["staf_a1"], tanggal=date(2026, 3, 2),
                        uraian="Menyusun laporan")
        s.add(log)
        s.flush()
        rid = log.id
    net.sync_unit("3673.A")
    return rid


def _delete_conflicts(ws: Any) -> list[Any]:
    return [k for k in svc.conflicts(ws) if k.jenis == "hapus"]


def test_central_deletes_a_log_the_unit_is_editing(net: Net) -> None:
    a = net.units["3673.A"]
    rid = _log(net)
    with net.central.session() as s:
        s.get_one(LogHarian, rid).deleted = True
    with a.session() as s:
        s.get_one(LogHarian, rid).uraian = "Menyusun laporan bulanan (diperbaiki)"
    net.sync_all(rounds=2)
    assert net.converged()
    (k,) = _delete_conflicts(net.central)  # on record where both versions meet
    assert "dihapus" in k.ringkasan and "tetap ada" in k.ringkasan
    assert _get(net.central, LogHarian, rid).uraian.endswith("(diperbaiki)")  # kept
    svc.resolve(net.central, k.id, "incoming")  # keep the edit: the log comes back
    net.sync_all(rounds=2)
    assert net.converged()
    assert not _get(a, LogHarian, rid).deleted


def test_unit_edit_made_before_a_delete_it_had_not_received_is_on_record(net: Net) -> None:
    a = net.units["3673.A"]
    rid = _log(net)
    with a.session() as s:  # the unit edits first ...
        s.get_one(LogHarian, rid).uraian = "Diperbaiki unit"
    with net.central.session() as s:  # ... the central, not having it yet, deletes
        s.get_one(LogHarian, rid).deleted = True
    net.recv(a, net.send(net.central, a))  # the delete reaches the unit first
    (k,) = _delete_conflicts(a)
    svc.resolve(a, k.id, "local")  # keep the unit's edit
    net.sync_all(rounds=2)
    assert net.converged() and not _get(net.central, LogHarian, rid).deleted


def test_parent_deleted_while_the_unit_adds_parts_never_leaves_orphans(net: Net) -> None:
    a = net.units["3673.A"]
    ids = add_skp(a, net.org.people["staf_a1"])
    net.sync_unit("3673.A")
    with net.central.session() as s:  # the central deletes the draft SKP and its parts
        for r in s.query(Rhk).filter(Rhk.skp_id == ids["skp"]):
            r.deleted = True
        s.get_one(Skp, ids["skp"]).deleted = True
    with a.session() as s:  # meanwhile the unit adds an RHK with its indicator
        r = Rhk(skp_id=ids["skp"], urutan=2, uraian="RHK baru dari unit")
        s.add(r)
        s.flush()
        s.add(Indikator(rhk_id=r.id, urutan=1, uraian="Indikator baru", target_nilai=4.0))
        new_rhk = r.id
    net.sync_all(rounds=2)
    for ws in (net.central, a):
        with ws.db.Session() as s:
            skp_deleted = s.get_one(Skp, ids["skp"]).deleted
            live = [x for x in s.query(Rhk).filter(Rhk.skp_id == ids["skp"]) if not x.deleted]
        assert not (skp_deleted and live), "live parts under a deleted SKP"
    held = _delete_conflicts(net.central) + _delete_conflicts(a)
    assert held
    for k in held:  # keep the delete everywhere it is asked
        ws = net.central if k in _delete_conflicts(net.central) else a
        if k.id in {x.id for x in svc.conflicts(ws)}:
            svc.resolve(ws, k.id, "incoming" if ws is a else "local")
    for _ in range(3):
        net.sync_all(rounds=1)
        for ws in (net.central, a):
            for k in _delete_conflicts(ws):
                svc.resolve(ws, k.id, "incoming" if ws is a else "local")
    net.sync_all(rounds=2)
    assert net.converged()
    for ws in (net.central, a):
        assert _get(ws, Skp, ids["skp"]).deleted
        assert _get(ws, Rhk, new_rhk).deleted
        with ws.db.Session() as s:
            assert all(x.deleted for x in s.query(Indikator).filter(Indikator.rhk_id == new_rhk))


def test_keeping_the_new_parts_brings_the_parent_back(net: Net) -> None:
    a = net.units["3673.A"]
    ids = add_skp(a, net.org.people["staf_a1"])
    net.sync_unit("3673.A")
    with net.central.session() as s:
        s.get_one(Skp, ids["skp"]).deleted = True
    with a.session() as s:
        s.add(Evaluasi(skp_id=ids["skp"], pegawai_id=net.org.people["staf_a1"],
                       periode_kode="2026-TW2"))
    net.recv(net.central, net.send(a, net.central))  # the new evaluation meets the delete
    (k,) = {x.grp: x for x in _delete_conflicts(net.central)}.values()
    svc.resolve(net.central, k.id, "incoming")
    assert not _get(net.central, Skp, ids["skp"]).deleted
    net.sync_all(rounds=2)
    assert net.converged() and not _get(a, Skp, ids["skp"]).deleted


def _held_rhk_then_deleted_skp(net: Net) -> tuple[dict[str, Any], str]:
    """The central adds an RHK to an SKP the unit has just approved (not yet known there): the
    unit holds it; the unit then deletes the SKP with the parts it has."""
    a = net.units["3673.A"]
    ids = add_skp(a, net.org.people["staf_a1"])
    net.sync_unit("3673.A")
    with a.session() as s:
        s.get_one(Skp, ids["skp"]).status = "DISETUJUI"
    with net.central.session() as s:
        r = Rhk(skp_id=ids["skp"], urutan=2, uraian="RHK dari pusat")
        s.add(r)
        s.flush()
        s.add(Indikator(rhk_id=r.id, urutan=1, uraian="Indikator pusat", target_nilai=1.0))
        rid = r.id
    net.recv(a, net.send(net.central, a))
    assert _get(a, Rhk, rid) is None  # held
    with a.session() as s:
        for x in s.query(Rhk).filter(Rhk.skp_id == ids["skp"]):
            for i in s.query(Indikator).filter(Indikator.rhk_id == x.id):
                i.deleted = True
            x.deleted = True
        s.query(Evaluasi).filter(Evaluasi.skp_id == ids["skp"]).update({"deleted": True})
        s.get_one(Skp, ids["skp"]).deleted = True
    return ids, rid


def _no_orphans(ws: Any, skp: str) -> bool:
    with ws.db.Session() as s:
        skp_deleted = s.get_one(Skp, skp).deleted
        live = [x for x in s.query(Rhk).filter(Rhk.skp_id == skp) if not x.deleted]
        return not (skp_deleted and live)


def test_keeping_a_held_part_of_a_since_deleted_document_brings_it_back(net: Net) -> None:
    a = net.units["3673.A"]
    ids, rid = _held_rhk_then_deleted_skp(net)
    held = [k for k in svc.conflicts(a) if k.pemenang == "held" and k.tabel == "rhk"]
    svc.resolve(a, held[0].id, "incoming")
    assert not _get(a, Rhk, rid).deleted
    while held := [k for k in svc.conflicts(a) if k.pemenang == "held"]:  # its indicator
        svc.resolve(a, held[0].id, "incoming")
    assert not _get(a, Skp, ids["skp"]).deleted  # the SKP comes back with the kept RHK
    net.sync_all(rounds=2)
    assert net.converged()
    assert all(_no_orphans(ws, ids["skp"]) for ws in (net.central, a))


def test_refusing_a_held_row_takes_its_parts_with_it(net: Net) -> None:
    a = net.units["3673.A"]
    ids, rid = _held_rhk_then_deleted_skp(net)
    while held := [k for k in svc.conflicts(a) if k.pemenang == "held"]:
        svc.resolve(a, held[0].id, "local")
    assert _get(a, Rhk, rid).deleted and _get(a, Skp, ids["skp"]).deleted
    with a.db.Session() as s:
        assert all(i.deleted for i in s.query(Indikator).filter(Indikator.rhk_id == rid))
    net.sync_all(rounds=2)
    assert net.converged()
    assert all(_no_orphans(ws, ids["skp"]) for ws in (net.central, a))


def test_central_decision_settles_the_units_copy_of_the_race(net: Net) -> None:
    """Both sides met the race (the delete reached the unit before the unit's edit reached the
    central): the central's decision, either way, closes the unit's conflict too."""
    for keep, deleted in (("local", True), ("incoming", False)):
        a = net.units["3673.A"]
        rid = _log(net)
        with net.central.session() as s:
            s.get_one(LogHarian, rid).deleted = True
        with a.session() as s:
            s.get_one(LogHarian, rid).uraian = f"Diperbaiki unit ({keep})"
        from_unit = net.send(a, net.central)
        net.recv(a, net.send(net.central, a))
        net.recv(net.central, from_unit)
        assert len(_delete_conflicts(a)) == 1
        (k,) = _delete_conflicts(net.central)
        svc.resolve(net.central, k.id, keep)
        net.sync_all(rounds=2)
        assert net.converged()
        assert _get(a, LogHarian, rid).deleted is deleted
        assert not _delete_conflicts(a) and not _delete_conflicts(net.central), keep


def _orphans(ws: Any) -> list[str]:
    """Live parts whose parent is deleted or absent here."""
    out = []
    with ws.db.Session() as s:
        for r in s.query(Rhk).filter(Rhk.deleted.is_(False)):
            k = s.get(Skp, r.skp_id)
            if k is None or k.deleted:
                out.append(f"RHK {r.uraian!r}")
        for i in s.query(Indikator).filter(Indikator.deleted.is_(False)):
            r = s.get(Rhk, i.rhk_id)
            if r is None or r.deleted:
                out.append(f"indikator {i.uraian!r}")
    return out


def test_keeping_a_held_part_first_keeps_its_held_parent(net: Net) -> None:
    """Deciding the indicator before its RHK (both new rows held here): keeping the indicator
    keeps the RHK it belongs to, and the SKP comes back; no part is live without its parent."""
    a = net.units["3673.A"]
    ids, rid = _held_rhk_then_deleted_skp(net)
    held = [k for k in svc.conflicts(a) if k.pemenang == "held"]
    first = next(k for k in held if k.tabel == "indikator")
    svc.resolve(a, first.id, "incoming")
    assert not _orphans(a)
    assert not _get(a, Rhk, rid).deleted and not _get(a, Skp, ids["skp"]).deleted
    assert not [k for k in svc.conflicts(a) if k.pemenang == "held"]  # the RHK went with it
    net.sync_all(rounds=2)
    assert net.converged() and not _orphans(net.central)


def test_no_live_part_under_a_deleted_parent_between_decisions(net: Net) -> None:
    """The unit deletes a document while it holds the central's new parts of it: the parts go
    with the document in the same package, so no copy keeps them live under it; their review
    records are closed (kept local) and the rows stay as tombstones."""
    a = net.units["3673.A"]
    ids, rid = _held_rhk_then_deleted_skp(net)
    net.sync_unit("3673.A")  # the delete reaches the central before the unit decides
    assert not _orphans(net.central) and not _orphans(a)
    assert not [k for k in svc.conflicts(a) if k.pemenang == "held"]
    assert _get(net.central, Rhk, rid).deleted and _get(a, Rhk, rid).deleted
    assert _get(net.central, Skp, ids["skp"]).deleted
    net.sync_all(rounds=2)
    assert net.converged() and not _orphans(net.central) and not _orphans(a)
