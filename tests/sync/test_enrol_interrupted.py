"""`init --from` is atomic: a set-up killed (or failing) midway leaves no workspace and can simply
be run again; a folder holding a finished workspace is still refused, untouched."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from tests.sync.conftest import Net, add_skp, table_counts

from asn_desktop import paths as paths_mod
from asn_desktop.cli import main
from asn_desktop.errors import AsnError
from asn_desktop.paths import Paths
from asn_desktop.services import enrol
from asn_desktop.services import sync_service as svc
from asn_desktop.services.enrol import STAGING, init_from_setup
from asn_desktop.services.workspace import is_initialised, open_workspace


def _invite_c(net: Net) -> tuple[Path, str]:
    """Unit C's PC is replaced: a new setup package for it (carrying its people), and its
    enrolment code."""
    svc.revoke(net.central, "3673.C")
    inv = svc.invite(net.central, "3673.C", net.root / "undangan-c.asnsetup")
    return inv.path, inv.kode


def _killed_init(target: Path, setup: Path, kode: str, at: str) -> None:
    env = {**os.environ, "ASN_DESKTOP_DATA_DIR": "", "ASN_SYNC_KILL_AT": at}
    proc = subprocess.run([sys.executable, "-m", "asn_desktop", "--data-dir", str(target),
                           "init", "--from", str(setup), "--kode", kode], env=env,
                          capture_output=True, timeout=120, check=False)
    assert proc.returncode == -signal.SIGKILL, proc.stderr


def _works(net: Net, target: Paths) -> None:
    """The unit exports its first package, the central applies it, the answer converges."""
    ws = open_workspace(target)
    net.opened.append(ws)
    assert ws.info.role == "unit" and ws.info.unit_id == net.org.units["3673.C"]
    add_skp(ws, net.org.people["staf_c1"])
    first = svc.export(ws, net.root / "pertama").files[0].path
    r = svc.import_package(net.central, first)
    assert r.diikat and r.diterapkan > 0
    svc.import_package(ws, svc.export(net.central, net.root / "balas",
                                      unit_kode="3673.C").files[0].path)
    assert svc.fingerprint(ws, "3673.C") == svc.fingerprint(net.central, "3673.C")


def test_a_killed_init_from_can_simply_be_run_again(net: Net, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    setup, kode = _invite_c(net)
    target = paths_mod.resolve(tmp_path / "unit-c")
    # the folder already holds things that are not the set-up's (the GUI's log, a user's file)
    target.logs.mkdir(parents=True)
    (target.logs / "asn-desktop.log").write_text("mulai\n")
    (target.data_dir / "catatan.txt").write_text("punya pengguna")
    for at in ("merged:0", "commit:0"):  # killed while applying, then just before committing
        _killed_init(target.data_dir, setup, kode, at)
        assert not is_initialised(target) and not target.database.exists()
        assert (target.data_dir / STAGING).exists()  # the interrupted run did get that far
    assert main(["--data-dir", str(target.data_dir), "init", "--from", str(setup),
                 "--kode", kode]) == 0
    assert "siap" in capsys.readouterr().out
    assert not (target.data_dir / STAGING).exists()
    assert (target.data_dir / "catatan.txt").read_text() == "punya pengguna"
    assert (target.logs / "asn-desktop.log").read_text() == "mulai\n"
    _works(net, target)


def test_a_set_up_failing_midway_leaves_nothing_to_undo(net: Net, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    setup, kode = _invite_c(net)
    target = paths_mod.resolve(tmp_path / "unit-c")

    def broken(*_a: object, **_k: object) -> None:
        raise OSError("disk penuh")

    monkeypatch.setattr(enrol, "apply_setup", broken)
    with pytest.raises(OSError, match="disk penuh"):
        init_from_setup(target, setup, kode)
    assert not is_initialised(target) and not (target.data_dir / STAGING).exists()
    monkeypatch.undo()
    init_from_setup(target, setup, kode).close()
    _works(net, target)


def test_a_finished_workspace_is_still_refused_and_untouched(net: Net, tmp_path: Path) -> None:
    inv = svc.invite(net.central, "3673.D", tmp_path / "undangan-d.asnsetup")
    setup, kode = inv.path, inv.kode
    for ws in (net.units["3673.A"], net.central):
        before = (net.fp(ws), table_counts(ws), sorted(os.listdir(ws.paths.data_dir)))
        with pytest.raises(AsnError, match="sudah berisi ruang kerja"):
            init_from_setup(ws.paths, setup, kode)
        assert (net.fp(ws), table_counts(ws), sorted(os.listdir(ws.paths.data_dir))) == before
    # also when an interrupted set-up's staging folder lies beside it: nothing is replaced
    a = net.units["3673.A"]
    stale = a.paths.data_dir / STAGING
    stale.mkdir()
    before_a = (net.fp(a), table_counts(a))
    with pytest.raises(AsnError, match="sudah berisi ruang kerja"):
        init_from_setup(a.paths, setup, kode)
    assert stale.exists() and (net.fp(a), table_counts(a)) == before_a
