"""Key rotation (``sync rotate-keys``): the new keys are announced signed by the old one, peers
follow without a new enrolment, packages already on their way still open, sheets signed with an
old key still verify, and the old key is refused from then on."""

from __future__ import annotations

import base64
import json
import os
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select
from tests.cli_run import run
from tests.sync.conftest import TAHUN, Net, add_skp

from asn_desktop import paths as paths_mod
from asn_desktop.db.models import Pegawai, Rhk
from asn_desktop.db.sync_models import SyncPeer, SyncRetiredKey
from asn_desktop.errors import PackageRejected
from asn_desktop.services import cadangan, cetak
from asn_desktop.services import sync_service as svc
from asn_desktop.services.cetak import VerifyStatus
from asn_desktop.services.workspace import open_workspace
from asn_desktop.sync.keys import (
    BOX_FILE,
    HISTORY_FILE,
    SIGN_FILE,
    STAGED,
    Rotation,
    follow_chain,
    load_keys,
    raw_private,
    rotate,
    rotation_message,
)

SANDI = "sandi-cadangan-uji"


def _print_approved_skp(net: Net, kode: str, who: str, out: Path) -> str:
    ws = net.units[kode]
    add_skp(ws, net.org.people[who], status="DISETUJUI")
    with ws.db.Session() as s:
        nip = s.get_one(Pegawai, net.org.people[who]).nip
        target = cetak.target_by_nip(s, "skp", nip, TAHUN)
    return cetak.print_to_file(ws, [target], out).lembar[0].kode


def _known_key(ws_central_or_unit: object, node: str) -> bytes:
    with ws_central_or_unit.db.Session() as s:  # type: ignore[attr-defined]
        return s.scalar(select(SyncPeer.sign_pub).where(SyncPeer.node_id == node))


def test_unit_rotates_and_the_central_follows(net: Net, tmp_path: Path) -> None:
    a, central = net.units["3673.A"], net.central
    kode = _print_approved_skp(net, "3673.A", "staf_a1", tmp_path / "skp.pdf")
    net.sync_unit("3673.A")
    old = load_keys(a.paths.keys).sign_public
    in_flight = net.send(central, a)  # sealed to the unit's old encryption key
    r = svc.rotate_keys(a)
    assert r.sidik_lama != r.sidik_baru and "cadangan baru" in r.ringkasan
    new = load_keys(a.paths.keys)
    assert new.sign_public != old and new.retired_sign == (old,)
    # a package sealed to the old key before the central knew still opens
    net.recv(a, in_flight)
    # the unit's next package carries the announcement; the central follows it
    ids = add_skp(a, net.org.people["kepala_a"])
    net.recv(central, net.send(a, central))
    assert _known_key(central, a.info.node_id) == new.sign_public
    with central.db.Session() as s:
        assert s.get(Rhk, ids["rhk"][0]) is not None
        assert list(s.scalars(select(SyncRetiredKey.sign_pub))) == [old]
    # and answers sealed to the new encryption key
    net.recv(a, net.send(central, a))
    # the sheet signed with the old key still verifies, at the central and at the unit
    for ws in (central, a):
        v = cetak.verify(ws, kode)
        assert v.status is VerifyStatus.VALID and v.signature_checked, v.message
    # a sheet printed now is signed with the new key
    kode2 = _print_approved_skp(net, "3673.A", "kepala_a", tmp_path / "skp2.pdf")
    net.sync_unit("3673.A")
    assert cetak.verify(central, kode2).signature_checked


def test_a_package_signed_with_a_retired_key_is_refused(net: Net, tmp_path: Path) -> None:
    a, central = net.units["3673.A"], net.central
    keep = tmp_path / "kunci-lama"
    shutil.copytree(a.paths.keys, keep)
    svc.rotate_keys(a)
    net.sync_unit("3673.A")  # the central now knows the new key
    # someone holding the old key (a stolen laptop) signs a package with it
    shutil.rmtree(a.paths.keys)
    shutil.copytree(keep, a.paths.keys)
    add_skp(a, net.org.people["kepala_a"])
    pkg = net.send(a, central)
    before = net.fp(central)
    with pytest.raises(PackageRejected) as err:
        net.recv(central, pkg)
    assert err.value.reason == "retired_key" and "kunci lama" in err.value.message
    assert net.fp(central) == before


def test_a_forged_announcement_is_refused(net: Net) -> None:
    a, central = net.units["3673.A"], net.central
    node = a.info.node_id
    old = load_keys(a.paths.keys)
    # an attacker's key, "announced" with a proof signed by a key that is not the unit's
    thief, thief_box = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    pub = thief.public_key().public_bytes_raw()
    box = thief_box.public_key().public_bytes_raw()
    forged = Rotation(old.sign_public, pub, box,
                      thief.sign(rotation_message(node, old.sign_public, pub, box)), "2026")
    assert follow_chain(node, old.sign_public, pub, (forged,)) is None
    # a real proof for another installation does not carry over (the node is signed)
    real = Rotation(old.sign_public, pub, box,
                    old.sign.sign(rotation_message("0" * 32, old.sign_public, pub, box)), "2026")
    assert follow_chain(node, old.sign_public, pub, (real,)) is None
    ok = Rotation(old.sign_public, pub, box,
                  old.sign.sign(rotation_message(node, old.sign_public, pub, box)), "2026")
    assert follow_chain(node, old.sign_public, pub, (ok,)) == (ok,)
    # through the importer: a package whose announcement is forged is refused whole
    keys = a.paths.keys
    (keys / SIGN_FILE).write_bytes(base64.b64encode(raw_private(thief)))
    (keys / HISTORY_FILE).write_text(json.dumps([forged.to_obj()]))
    add_skp(a, net.org.people["kepala_a"])
    pkg = net.send(a, central)
    before = net.fp(central)
    with pytest.raises(PackageRejected) as err:
        net.recv(central, pkg)
    assert err.value.reason == "key_mismatch"
    assert net.fp(central) == before and _known_key(central, node) == old.sign_public


def test_two_rotations_while_the_peer_is_away(net: Net, tmp_path: Path) -> None:
    a, central = net.units["3673.A"], net.central
    first = load_keys(central.paths.keys).sign_public
    svc.rotate_keys(central)
    svc.rotate_keys(central)
    now = load_keys(central.paths.keys)
    assert len(now.history) == 2
    net.recv(a, net.send(central, a))  # the unit follows both steps at once
    assert _known_key(a, central.info.node_id) == now.sign_public
    with a.db.Session() as s:
        assert first in set(s.scalars(select(SyncRetiredKey.sign_pub)))
    # the unit's package, sealed to the central's newest key, opens there
    add_skp(a, net.org.people["kepala_a"])
    net.recv(central, net.send(a, central))
    assert net.converged() or net.fp(a, "3673.A") == net.fp(central, "3673.A")


def test_restoring_an_older_backup_keeps_the_newer_keys(net: Net, tmp_path: Path) -> None:
    a = net.units["3673.A"]
    net.sync_unit("3673.A")
    backup = cadangan.backup(a, tmp_path / "sebelum.sqlite", SANDI).path
    svc.rotate_keys(a)
    net.sync_unit("3673.A")
    rotated = load_keys(a.paths.keys).sign_public
    paths = a.paths
    a.close()
    # the data is restored from before the rotation; the keys here are newer: no passphrase
    assert not cadangan.needs_passphrase(paths, backup)
    result = cadangan.restore(paths, backup)
    assert not result.kunci_dipulihkan
    assert load_keys(paths.keys).sign_public == rotated
    a = net.units["3673.A"] = open_workspace(paths_mod.resolve(paths.data_dir))
    add_skp(a, net.org.people["kepala_a"])
    net.sync_unit("3673.A")  # still accepted by the central


def test_backup_after_rotation_carries_the_history(net: Net, tmp_path: Path) -> None:
    a, central = net.units["3673.A"], net.central
    svc.rotate_keys(a)
    in_flight = net.send(central, a)  # sealed to the key retired next
    svc.rotate_keys(a)
    backup = cadangan.backup(a, tmp_path / "sesudah.sqlite", SANDI).path
    paths = a.paths
    a.close()
    shutil.rmtree(paths.data_dir)  # a new PC
    cadangan.restore(paths, backup, SANDI)
    pair = load_keys(paths.keys)
    assert len(pair.history) == 2 and len(pair.retired_box) == 2
    a = net.units["3673.A"] = open_workspace(paths_mod.resolve(paths.data_dir))
    net.recv(a, in_flight)
    # the central never saw a package after either rotation: it follows both from its key
    net.sync_unit("3673.A")
    assert _known_key(central, a.info.node_id) == pair.sign_public


def test_an_interrupted_rotation_is_finished_or_dropped(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    d = tmp_path / "d"
    assert run(capsys, "--data-dir", str(d), "init", "--role", "central",
               "--name", "BKPSDM")[0] == 0
    keys = paths_mod.resolve(str(d)).keys
    node = "a" * 32
    before = load_keys(keys).sign_public
    # cut off after the history (the commit point), before the keys were put in place
    pair, _ = rotate(keys, node)
    for name in (SIGN_FILE, BOX_FILE):
        os.replace(keys / name, keys / (name + STAGED))
    (keys / SIGN_FILE).write_bytes(base64.b64encode(raw_private(Ed25519PrivateKey.generate())))
    (keys / BOX_FILE).write_bytes(base64.b64encode(raw_private(X25519PrivateKey.generate())))
    loaded = load_keys(keys)  # history says the staged key is the newest: finished
    assert loaded.sign_public == pair.sign_public
    assert not (keys / (SIGN_FILE + STAGED)).exists()
    assert loaded.retired_sign == (before,)
    # cut off before the history was in place: the staged keys are dropped
    stray = Ed25519PrivateKey.generate()
    (keys / (SIGN_FILE + STAGED)).write_bytes(base64.b64encode(raw_private(stray)))
    assert load_keys(keys).sign_public == pair.sign_public
    assert not (keys / (SIGN_FILE + STAGED)).exists()


def test_cli_rotate_keys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = str(tmp_path / "d")
    assert run(capsys, "--data-dir", d, "init", "--role", "central", "--name", "BKPSDM")[0] == 0
    code, out, err = run(capsys, "--data-dir", d, "sync", "rotate-keys", "--json")
    assert code == 0, err
    first = json.loads(out)
    code, out, _ = run(capsys, "--data-dir", d, "sync", "ganti-kunci")
    assert code == 0 and first["sidik_baru"] in out and "Kunci instalasi diganti" in out
    code, out, _ = run(capsys, "--data-dir", d, "sync", "rotate-keys", "--help")
    assert code == 0 and "Ganti kunci" in out
