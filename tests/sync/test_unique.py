"""Unique values (a live employee's NIP) are checked on a package's final state: swaps apply in
any order, and a real duplicate becomes a conflict to review instead of a rejected package."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from tests.sync.conftest import Net

from asn_desktop.db.models import Pegawai
from asn_desktop.errors import ValidationError
from asn_desktop.services import sync_service as svc
from asn_desktop.sync import merge as merge_mod


def _nip(ws: object, pid: str) -> str:
    with ws.db.Session() as s:  # type: ignore[attr-defined]
        return str(s.get_one(Pegawai, pid).nip)


def _set_nip(ws: object, pid: str, nip: str) -> None:
    with ws.session() as s:  # type: ignore[attr-defined]
        s.get_one(Pegawai, pid).nip = nip


def test_swapped_nips_through_a_temporary_value_apply(net: Net) -> None:
    a = net.units["3673.A"]
    p1, p2 = net.org.people["staf_a1"], net.org.people["kepala_a"]
    n1, n2 = _nip(net.central, p1), _nip(net.central, p2)
    _set_nip(net.central, p1, "199001012020121999")
    _set_nip(net.central, p2, n1)
    _set_nip(net.central, p1, n2)
    r = net.recv(a, net.send(net.central, a))
    assert r.konflik == 0
    assert (_nip(a, p1), _nip(a, p2)) == (n2, n1)
    assert net.fp(a, "3673.A") == net.fp(net.central, "3673.A")
    # and sync goes on: the next round is accepted too
    _set_nip(net.central, p1, "199001012020121998")
    net.recv(a, net.send(net.central, a))
    assert _nip(a, p1) == "199001012020121998"


def test_three_way_rotation_of_nips_applies(net: Net) -> None:
    a = net.units["3673.A"]
    ids = [net.org.people[k] for k in ("staf_a1", "kepala_a", "sekda")]
    nips = [_nip(net.central, i) for i in ids]
    _set_nip(net.central, ids[0], "TMP")
    _set_nip(net.central, ids[2], nips[0])
    _set_nip(net.central, ids[1], nips[2])
    _set_nip(net.central, ids[0], nips[1])
    net.recv(a, net.send(net.central, a))
    assert [_nip(a, i) for i in ids] == [nips[1], nips[2], nips[0]]
    assert net.converged()


def test_real_duplicate_in_the_final_state_is_a_conflict_not_a_rejection(net: Net) -> None:
    a = net.units["3673.A"]
    p1 = net.org.people["staf_a1"]
    taken = _nip(net.central, net.org.people["kepala_a"])
    # the unit holds a row the package does not carry, with the value the package gives p1:
    # written here directly, as only a damaged or diverged copy would hold it
    with a.session() as s:
        s.get_one(Pegawai, net.org.people["kepala_a"]).nip = "199901012020121111"
    _set_nip(net.central, p1, "199901012020121111")
    with net.central.session() as s:
        s.get_one(Pegawai, p1).jabatan = "Jabatan baru"
    r = net.recv(a, net.send(net.central, a))
    assert r.konflik == 1
    with a.db.Session() as s:
        p = s.get_one(Pegawai, p1)
        assert p.jabatan == "Jabatan baru"  # the rest of the package applied
        assert p.nip != "199901012020121111"
        live = s.scalars(select(Pegawai.nip).where(Pegawai.deleted.is_(False))).all()
    assert len(live) == len(set(live))
    (k,) = svc.conflicts(a)
    assert k.kolom == "nip" and k.nilai_paket == "199901012020121111" and "ganda" in k.ringkasan
    # taking the package's value waits until the other row lets go of it
    with pytest.raises(ValidationError):
        svc.resolve(a, k.id, "incoming")
    with a.session() as s:
        s.get_one(Pegawai, net.org.people["kepala_a"]).nip = taken
    before = net.fp(a)
    svc.resolve(a, k.id, "incoming")
    assert _nip(a, p1) == "199901012020121111" and not svc.conflicts(a)
    assert net.fp(a) != before
    # the decision writes no new version: it only brings the table to the recorded one
    net.recv(a, net.send(net.central, a))
    assert net.fp(a, "3673.A") == net.fp(net.central, "3673.A")


def test_swap_applies_when_the_package_is_merged_in_many_small_batches(
        net: Net, monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches are cut by value bytes too; a swap spread over two batches still applies."""
    monkeypatch.setattr(merge_mod, "BATCH_BYTES", 1)  # every row group is its own batch
    a = net.units["3673.A"]
    p1, p2 = net.org.people["staf_a1"], net.org.people["kepala_a"]
    n1, n2 = _nip(net.central, p1), _nip(net.central, p2)
    _set_nip(net.central, p1, "TMP")
    _set_nip(net.central, p2, n1)
    _set_nip(net.central, p1, n2)
    net.recv(a, net.send(net.central, a))
    assert (_nip(a, p1), _nip(a, p2)) == (n2, n1)
    assert net.converged()


def test_cli_swaps_two_nips_and_the_unit_follows(net: Net,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from tests.cli_run import run

    a = net.units["3673.A"]
    p1, p2 = net.org.people["staf_a1"], net.org.people["kepala_a"]
    n1, n2 = "199001012020121001", "198505152010012002"  # valid NIPs (the form's checks)
    _set_nip(net.central, p1, n1)
    _set_nip(net.central, p2, n2)
    net.sync_unit("3673.A")
    c, u = str(net.central.paths.data_dir), str(a.paths.data_dir)
    net.close()
    code, out, err = run(capsys, "--data-dir", c, "pegawai", "tukar-nip", "--nip", n1,
                         "--dengan", n2)
    assert code == 0 and "NIP ditukar" in out, err
    # a NIP another employee holds: refused, naming tukar-nip; nothing changed
    code, _, err = run(capsys, "--data-dir", c, "pegawai", "ubah", "--nip", n1,
                       "--nip-baru", n2)
    assert code == 1 and "tukar-nip" in err and err.count("\n") == 1
    code, _, err = run(capsys, "--data-dir", c, "pegawai", "ubah", "--nip", n1,
                       "--nip-baru", "12345")
    assert code == 1 and "18 digit" in err
    assert run(capsys, "--data-dir", c, "pegawai", "ubah", "--nip", n1)[0] == 2
    code, _, err = run(capsys, "--data-dir", u, "pegawai", "ubah", "--nip", n1,
                       "--jabatan", "Analis")
    assert code == 1 and "pusat" in err
    code, out, _ = run(capsys, "--data-dir", c, "pegawai", "ubah", "--nip", n1,
                       "--jabatan", "Analis SDM Aparatur")
    assert code == 0 and "Analis SDM Aparatur" in out
    pkg = net.root / "pos" / "cli"
    assert run(capsys, "--data-dir", c, "sync", "export", "--unit", "3673.A",
               "--out", str(pkg))[0] == 0
    (f,) = pkg.iterdir()
    code, out, err = run(capsys, "--data-dir", u, "sync", "import", str(f))
    assert code == 0, err
    prints = [run(capsys, "--data-dir", d, "sync", "fingerprint", "--unit", "3673.A")[1]
              for d in (c, u)]
    assert prints[0] == prints[1]
    from asn_desktop import paths as paths_mod
    from asn_desktop.services.workspace import open_workspace

    with open_workspace(paths_mod.resolve(u)) as ws:
        assert (_nip(ws, p1), _nip(ws, p2)) == (n2, n1)
        with ws.db.Session() as s:
            assert s.get_one(Pegawai, p2).jabatan == "Analis SDM Aparatur"
