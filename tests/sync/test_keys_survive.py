"""Keys that survive: a data file without its keys is a hard error, never new keys."""

from __future__ import annotations

import base64
import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from tests.cli_run import run
from tests.reports.conftest import TAHUN, approved_evaluasi
from tests.sync.conftest import Net, add_skp

from asn_desktop import paths as paths_mod
from asn_desktop.db.models import Rhk
from asn_desktop.services import cadangan, kunci_cadangan
from asn_desktop.services.workspace import init_workspace, open_workspace
from asn_desktop.sync.keys import BOX_FILE, SIGN_FILE, KeysMissing, load_keys, raw_private_pair

SANDI = "sandi-cadangan-uji"


def test_data_file_without_keys_is_a_hard_error(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "d"
    assert run(capsys, "--data-dir", str(d), "init", "--role", "central",
               "--name", "BKPSDM")[0] == 0
    paths = paths_mod.resolve(str(d))
    assert sorted(p.name for p in paths.keys.iterdir()) == ["enkripsi.key", "pdf",
                                                            "tanda-tangan.key"]
    shutil.rmtree(paths.keys)  # the data file restored onto a new PC, kunci/ left behind
    with pytest.raises(KeysMissing) as err:
        open_workspace(paths)
    assert "backup" in err.value.message and "BKPSDM" in err.value.message
    for argv in (("units",), ("sync", "status"), ("verify", "ABCD-EFGH-JKMN")):
        code, out, errtext = run(capsys, "--data-dir", str(d), *argv)
        assert code == 1 and out == ""
        assert errtext.count("\n") == 1 and "Kunci instalasi ini tidak ada" in errtext
        assert "restore" in errtext
    assert not paths.keys.exists()  # nothing created


def test_keys_are_made_with_the_installation(tmp_path: Path) -> None:
    paths = paths_mod.resolve(str(tmp_path / "u"))
    with init_workspace(paths, "unit", "Dinas Kesehatan"):
        pass
    with open_workspace(paths):
        pass
    assert (paths.keys / "tanda-tangan.key").exists() and (paths.keys / "enkripsi.key").exists()


def test_backup_restored_on_a_new_pc_keeps_printed_sheets_sah(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from asn_desktop.services.demo import fill_demo

    old, new = str(tmp_path / "lama"), str(tmp_path / "baru")
    assert run(capsys, "--data-dir", old, "init", "--role", "central", "--name", "BKPSDM")[0] == 0
    with open_workspace(paths_mod.resolve(old)) as ws:
        fill_demo(ws, employees=30, seed=5, tahun=TAHUN, today=date(2026, 11, 28))
        p, e = approved_evaluasi(ws)
    code, out, err = run(capsys, "--data-dir", old, "print", "evaluasi", "--nip", p.nip,
                         "--tahun", str(TAHUN), "--periode", e.periode_kode,
                         "--out", str(tmp_path / "lembar.pdf"))
    assert code == 0, err
    kode = re.search(r"([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})", out)
    assert kode is not None, out
    backup = tmp_path / "cadangan.sqlite"
    # no passphrase and no terminal: a usage error; a short one: refused; nothing written
    assert run(capsys, "--data-dir", old, "backup", "--out", str(backup))[0] == 2
    code, _, err = run(capsys, "--data-dir", old, "backup", "--out", str(backup),
                       "--sandi", "pendek")
    assert code == 1 and err.count("\n") == 1 and "minimal 10" in err
    assert not backup.exists()
    assert run(capsys, "--data-dir", old, "backup", "--out", str(backup),
               "--sandi", SANDI)[0] == 0
    # the private keys are in the backup, never in the clear
    raw = backup.read_bytes()
    with open_workspace(paths_mod.resolve(old)) as ws:
        for key in raw_private_pair(load_keys(ws.paths.keys)):
            assert key not in raw and base64.b64encode(key) not in raw
    # a new PC: restore without a passphrase (no terminal), with a wrong one: nothing changes
    assert run(capsys, "--data-dir", new, "restore", str(backup))[0] == 2
    code, _, err = run(capsys, "--data-dir", new, "restore", str(backup),
                       "--sandi", "sandi-yang-salah")
    assert code == 1 and err.count("\n") == 1 and "salah" in err
    assert not (tmp_path / "baru" / "kunci").exists()
    assert not paths_mod.resolve(new).database.exists()
    code, out, err = run(capsys, "--data-dir", new, "pulihkan", str(backup), "--sandi", SANDI)
    assert code == 0, err
    assert "Kunci instalasi dipulihkan" in out
    code, out, _ = run(capsys, "--data-dir", new, "verify", kode[1])
    assert code == 0 and out.startswith("SAH:")
    code, out, _ = run(capsys, "--data-dir", new, "verify", str(tmp_path / "lembar.pdf"))
    assert code == 0 and out.startswith("SAH:")


def test_unit_restored_on_a_new_pc_still_exchanges_packages(net: Net, tmp_path: Path) -> None:
    a = net.units["3673.A"]
    net.sync_unit("3673.A")
    backup = cadangan.backup(a, tmp_path / "unit.sqlite", SANDI).path
    paths = a.paths
    sign_before = (paths.keys / SIGN_FILE).read_bytes()
    pdf_before = {p.name: p.read_bytes() for p in (paths.keys / "pdf").iterdir() if p.is_file()}
    assert {"ttd.key", "ttd.crt", "ca.crt"} <= set(pdf_before)
    a.close()
    shutil.rmtree(paths.data_dir)  # the disk is gone
    with pytest.raises(cadangan.PassphraseNeeded):
        cadangan.restore(paths, backup)
    with pytest.raises(kunci_cadangan.WrongPassphrase):
        cadangan.restore(paths, backup, "bukan-sandinya")
    assert not paths.database.exists() and not paths.keys.exists()
    assert cadangan.needs_passphrase(paths, backup)
    result = cadangan.restore(paths, backup, SANDI)
    assert result.kunci_dipulihkan
    assert (paths.keys / SIGN_FILE).read_bytes() == sign_before
    assert (paths.keys / BOX_FILE).exists()
    # the PDF-signing key and certificate come back too: sheets are signed as before
    assert {p.name: p.read_bytes() for p in (paths.keys / "pdf").iterdir()
            if p.is_file()} == pdf_before
    assert not cadangan.needs_passphrase(paths, backup)  # the right keys are in place now
    a = net.units["3673.A"] = open_workspace(paths_mod.resolve(paths.data_dir))
    ids = add_skp(a, net.org.people["staf_a1"])
    net.recv(net.central, net.send(a, net.central))  # signed with the restored key
    net.recv(a, net.send(net.central, a))  # sealed to the restored key
    with net.central.db.Session() as s:
        assert s.get(Rhk, ids["rhk"][0]) is not None
    with a.db.Session() as s:  # the sealed keys stay in the backup only
        names = {r[0] for r in s.connection().exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert kunci_cadangan.KEY_TABLE not in names and kunci_cadangan.PDF_TABLE not in names


def test_restore_keeps_other_keys_aside(net: Net, tmp_path: Path) -> None:
    a = net.units["3673.A"]
    backup = cadangan.backup(a, tmp_path / "unit.sqlite", SANDI).path
    paths = a.paths
    a.close()
    shutil.rmtree(paths.keys)
    from asn_desktop.sync.keys import create_keys

    other = create_keys(paths.keys).sign_public  # keys that are not this installation's
    assert cadangan.needs_passphrase(paths, backup)
    cadangan.restore(paths, backup, SANDI)
    assert load_keys(paths.keys).sign_public != other
    kept = list(paths.backups.glob("kunci-*-sebelum-pulih"))
    assert len(kept) == 1 and load_keys(kept[0]).sign_public == other
    net.units["3673.A"] = open_workspace(paths_mod.resolve(paths.data_dir))


def test_passphrase_prompts_at_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import getpass
    import sys

    d = str(tmp_path / "d")
    assert run(capsys, "--data-dir", d, "init", "--role", "central", "--name", "BKPSDM")[0] == 0
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    out = tmp_path / "c.sqlite"
    typed = iter([SANDI, "lain-lain-lain"])
    monkeypatch.setattr(getpass, "getpass", lambda _p: next(typed))
    code, _, err = run(capsys, "--data-dir", d, "backup", "--out", str(out))
    assert code == 1 and "tidak sama" in err and not out.exists()

    def eof(_p: str) -> str:
        raise EOFError

    monkeypatch.setattr(getpass, "getpass", eof)
    code, _, err = run(capsys, "--data-dir", d, "backup", "--out", str(out))
    assert code == 1 and err.count("\n") == 1 and "tidak dimasukkan" in err
    typed = iter([SANDI, SANDI, SANDI])
    monkeypatch.setattr(getpass, "getpass", lambda _p: next(typed))
    assert run(capsys, "--data-dir", d, "backup", "--out", str(out))[0] == 0
    shutil.rmtree(paths_mod.resolve(d).keys)
    code, stdout, err = run(capsys, "--data-dir", d, "restore", str(out))
    assert code == 0 and "Kunci instalasi dipulihkan" in stdout, err


def test_a_lost_ca_key_comes_back_from_the_backup(net: Net, tmp_path: Path) -> None:
    """The central lost kunci/pdf but kept its sync keys: the restore asks for the passphrase
    and puts back what was lost, and signing works again with the same CA."""
    from asn_desktop.services import sertifikat
    from asn_desktop.sync import pki

    c = net.central
    sertifikat.siapkan(c)
    ca_before = (c.paths.keys / "pdf" / "ca.crt").read_bytes()
    backup = cadangan.backup(c, tmp_path / "pusat.sqlite", SANDI).path
    shutil.rmtree(c.paths.keys / "pdf")
    with pytest.raises(pki.PkiError, match="pulihkan"):
        sertifikat.siapkan(c)  # no new CA behind the units' backs
    paths = c.paths
    c.close()
    assert cadangan.needs_passphrase(paths, backup)
    with pytest.raises(cadangan.PassphraseNeeded):
        cadangan.restore(paths, backup)
    cadangan.restore(paths, backup, SANDI)
    assert (paths.keys / "pdf" / "ca.crt").read_bytes() == ca_before
    assert (paths.keys / "pdf" / "ca.key").exists() and (paths.keys / "pdf" / "ttd.key").exists()
    assert not cadangan.needs_passphrase(paths, backup)
    net.central = open_workspace(paths_mod.resolve(paths.data_dir))
    sertifikat.siapkan(net.central)
