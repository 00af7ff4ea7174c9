"""Enrolment binds a unit's own key with a one-time secret; revocation stops a unit."""

from __future__ import annotations

import secrets
import uuid
from pathlib import Path

import pytest
from tests.sync.conftest import Net, add_skp, table_counts
from tests.sync.forge import build, keys_of, lines

from asn_desktop import paths as paths_mod
from asn_desktop.errors import AsnError, PackageRejected
from asn_desktop.services import sync_service as svc
from asn_desktop.services.enrol import init_from_setup
from asn_desktop.services.workspace import Workspace, is_initialised


def reenrol(net: Net, kode: str) -> tuple[Workspace, Path]:
    """The unit's PC is replaced: revoke the old installation, invite and set up a new one."""
    svc.revoke(net.central, kode)
    inv = svc.invite(net.central, kode, net.root / f"undangan-{kode}.asnsetup")
    ws = init_from_setup(paths_mod.resolve(net.root / f"{kode}-baru"), inv.path, inv.kode)
    net.opened.append(ws)
    return ws, inv.path


def test_unit_makes_its_own_keys_and_private_keys_never_travel(net: Net) -> None:
    ws, setup = reenrol(net, "3673.C")
    data = setup.read_bytes()
    mine = keys_of(ws)
    central = keys_of(net.central)
    assert mine.sign_public != central.sign_public
    from cryptography.hazmat.primitives import serialization

    for k in (central.sign, central.box):
        raw = k.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                              serialization.NoEncryption())
        assert raw not in data
    assert (ws.paths.keys / "tanda-tangan.key").exists()


def test_first_package_binds_the_key(net: Net) -> None:
    ws, _setup = reenrol(net, "3673.C")
    add_skp(ws, net.org.people["staf_c1"])
    with pytest.raises(AsnError, match="belum mengirim paket pertama"):
        svc.export(net.central, net.root / "x", unit_kode="3673.C")
    first = svc.export(ws, net.root / "pertama").files[0].path
    r = svc.import_package(net.central, first)
    assert r.diikat and "terdaftar" in r.ringkasan
    back = svc.export(net.central, net.root / "balas", unit_kode="3673.C").files[0].path
    svc.import_package(ws, back)
    assert svc.fingerprint(ws, "3673.C") == svc.fingerprint(net.central, "3673.C")
    # the secret is forgotten on both sides once bound
    with ws.db.Session() as s:
        from asn_desktop.sync.scope import raw

        assert raw(s).execute("SELECT enrol_secret FROM sync_peer").fetchone()[0] is None
    with net.central.db.Session() as s:
        from asn_desktop.sync.scope import raw

        assert raw(s).execute("SELECT COUNT(*) FROM sync_peer WHERE enrol_secret_hash IS NOT "
                              "NULL").fetchone()[0] == 0


def test_forged_first_package_cannot_take_over_the_unit(net: Net, tmp_path: Path) -> None:
    ws, _setup = reenrol(net, "3673.C")
    attacker = net.units["3673.B"]  # any installation with its own keys
    before = table_counts(net.central)
    objs, counts, n = lines([], enrol=secrets.token_bytes(32).hex())
    forged = build(tmp_path / "palsu.asnpkg", attacker, net.central, objs=objs, counts=counts,
                   changes=n, sender_node=ws.info.node_id)
    with pytest.raises(PackageRejected) as info:
        svc.import_package(net.central, forged)
    assert info.value.reason == "forged_enrolment"
    objs, counts, n = lines([])  # no secret at all
    forged = build(tmp_path / "palsu2.asnpkg", attacker, net.central, objs=objs, counts=counts,
                   changes=n, sender_node=ws.info.node_id)
    with pytest.raises(PackageRejected, match="kode pendaftaran"):
        svc.import_package(net.central, forged)
    assert table_counts(net.central) == before
    # the real unit still enrols afterwards
    r = svc.import_package(net.central, svc.export(ws, net.root / "asli").files[0].path)
    assert r.diikat


def test_replayed_first_package_changes_nothing_and_other_keys_are_refused(
        net: Net, tmp_path: Path) -> None:
    ws, _setup = reenrol(net, "3673.C")
    first = svc.export(ws, net.root / "pertama").files[0].path
    svc.import_package(net.central, first)
    again = svc.import_package(net.central, first)
    assert again.sudah_diimpor
    attacker = net.units["3673.B"]
    objs, counts, n = lines([])
    forged = build(tmp_path / "palsu.asnpkg", attacker, net.central, objs=objs, counts=counts,
                   changes=n, sender_node=ws.info.node_id)
    with pytest.raises(PackageRejected) as info:
        svc.import_package(net.central, forged)
    assert info.value.reason == "key_mismatch"


def test_revoked_unit_is_refused(net: Net) -> None:
    a = net.units["3673.A"]
    add_skp(a, net.org.people["staf_a1"])
    pkg = net.send(a, net.central)
    r = svc.revoke(net.central, "3673.A")
    assert "dicabut" in r.ringkasan
    before = net.fp(net.central)
    with pytest.raises(PackageRejected) as info:
        svc.import_package(net.central, pkg)
    assert info.value.reason == "revoked_sender"
    assert net.fp(net.central) == before
    with pytest.raises(AsnError, match="dicabut"):
        svc.export(net.central, net.root / "x", unit_kode="3673.A")
    assert "3673.A" not in {f.penerima for f in svc.export(net.central, net.root / "y").files}


def test_invitation_rules(net: Net) -> None:
    with pytest.raises(AsnError, match="sudah terdaftar"):
        svc.invite(net.central, "3673.A", net.root / "u.asnsetup")
    with pytest.raises(AsnError, match="tidak ditemukan"):
        svc.invite(net.central, "3673.TIDAKADA", net.root / "u.asnsetup")
    with pytest.raises(AsnError, match="pusat"):
        svc.invite(net.units["3673.A"], "3673.A", net.root / "u.asnsetup")
    # an unused invitation is replaced by a new one: the old setup's unit is refused
    svc.revoke(net.central, "3673.C")
    old = svc.invite(net.central, "3673.C", net.root / "lama.asnsetup")
    svc.invite(net.central, "3673.C", net.root / "baru.asnsetup")
    stale = init_from_setup(paths_mod.resolve(net.root / "basi"), old.path, old.kode)
    net.opened.append(stale)
    with pytest.raises(PackageRejected) as info:
        svc.import_package(net.central, svc.export(stale, net.root / "basi-out").files[0].path)
    assert info.value.reason == "revoked_sender"


def test_init_from_a_bad_setup_creates_nothing(net: Net, tmp_path: Path) -> None:
    inv = svc.invite(net.central, "3673.D", tmp_path / "u.asnsetup")
    setup, kode = inv.path, inv.kode
    data = bytearray(setup.read_bytes())
    data[-3] ^= 1
    bad = tmp_path / "rusak.asnsetup"
    bad.write_bytes(bytes(data))
    target = paths_mod.resolve(tmp_path / "unit")
    with pytest.raises(PackageRejected) as info:
        init_from_setup(target, bad, kode)
    assert info.value.reason == "setup_damaged"
    assert not target.data_dir.exists()
    with pytest.raises(PackageRejected) as info:
        init_from_setup(target, net.send(net.units["3673.A"], net.central), kode)
    assert info.value.reason == "not_setup"
    with pytest.raises(AsnError, match="sudah berisi"):
        init_from_setup(net.units["3673.A"].paths, setup, kode)
    with pytest.raises(AsnError, match="tidak ditemukan"):
        init_from_setup(target, tmp_path / "tidak-ada.asnsetup", kode)
    assert not target.data_dir.exists()
    assert uuid.UUID(hex=net.central.info.node_id)


def test_init_from_a_folder_uses_the_setup_package_inside(net: Net) -> None:
    """`sync invite --out dinkes` (no extension) writes into a folder: `init --from dinkes`
    finds the package there; an empty folder, or one with two packages, is a clear error."""
    svc.revoke(net.central, "3673.C")
    folder = net.root / "undangan-c"
    kode = svc.invite(net.central, "3673.C", folder).kode
    with pytest.raises(AsnError, match="tidak berisi paket penyiapan"):
        init_from_setup(paths_mod.resolve(net.root / "c-kosong"), net.root, kode)
    ws = init_from_setup(paths_mod.resolve(net.root / "c-baru"), folder, kode)
    net.opened.append(ws)
    assert ws.info.nama == "Dinas C"
    svc.invite(net.central, "3673.C", folder / "kedua.asnsetup")
    with pytest.raises(AsnError, match="berisi 2 paket penyiapan"):
        init_from_setup(paths_mod.resolve(net.root / "c-lagi"), folder, kode)
    assert not is_initialised(paths_mod.resolve(net.root / "c-lagi"))


def test_one_installation_per_branch(net: Net) -> None:
    """The root is the central's own; a unit inside one that has an installation (or above it)
    cannot get a second one, since an employee's appraisal data has exactly one owner."""
    with pytest.raises(AsnError, match="unit teratas"):
        svc.invite(net.central, "3673", net.root / "akar")
    with pytest.raises(AsnError, match="sudah memiliki instalasi"):
        svc.invite(net.central, "3673.A.1", net.root / "bidang")
    assert not (net.root / "bidang").exists()
    svc.revoke(net.central, "3673.A")
    setup = svc.invite(net.central, "3673.A.1", net.root / "bidang").path
    assert setup.exists()
    # now the parent is the one refused, while its bidang holds an invitation
    with pytest.raises(AsnError, match=r"Bidang A1 \(3673.A.1\)"):
        svc.invite(net.central, "3673.A", net.root / "dinas")
