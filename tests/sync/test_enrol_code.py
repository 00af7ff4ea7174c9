"""Enrolment needs two things: the setup file and the code handed over separately. The file
alone opens nothing, names no one and carries no secret; a wrong code creates nothing."""

from __future__ import annotations

import json
import os
import struct
from pathlib import Path

import pytest
from tests.cli_run import run
from tests.sync.conftest import Net

from asn_desktop import paths as paths_mod
from asn_desktop.errors import PackageRejected, ValidationError
from asn_desktop.services import sync_service as svc
from asn_desktop.services.enrol import init_from_setup
from asn_desktop.sync import setupfile
from asn_desktop.sync.container import read_header
from asn_desktop.sync.setupfile import ALPHABET, WrongCode, new_code, normalise_code
from asn_desktop.sync.versions import known_schemas


def _invite_c(net: Net, tmp_path: Path) -> svc.InviteResult:
    svc.revoke(net.central, "3673.C")
    return svc.invite(net.central, "3673.C", tmp_path / "undangan-c.asnsetup")


def _other_code(code: str) -> str:
    """A well-formed code that differs from ``code`` in one character."""
    first = "1" if code[0] != "1" else "2"
    return first + code[1:]


def test_codes_are_long_random_and_readable() -> None:
    codes = {new_code() for _ in range(500)}
    assert len(codes) == 500
    for code in list(codes)[:50]:
        groups = code.split("-")
        assert [len(g) for g in groups] == [4, 4, 4, 4]
        assert set("".join(groups)) <= set(ALPHABET)
    assert len(ALPHABET) ** 16 >= 2**80


def test_codes_are_read_back_the_way_people_type_them() -> None:
    code = "0E3E-M9D1-JJHR-Q158"
    for typed in ("0e3e-m9d1-jjhr-q158", "0E3EM9D1JJHRQ158", " 0e3e m9d1 jjhr q158 ",
                  "OE3E-M9DI-JJHR-Q158", "oe3e-m9dl-jjhr-q158"):
        assert normalise_code(typed) == code.replace("-", "")
    for bad, said in (("", "wajib diisi"), ("0E3E-M9D1-JJHR", "yang tertulis 12"),
                      ("0E3E-M9D1-JJHR-Q158-7", "yang tertulis 17"),
                      ("0E3E-M9D1-JJHR-Q15U", "karakter U"), ("0E3E-M9D1-JJHR-Q15#", "#")):
        with pytest.raises(ValidationError, match=said):
            normalise_code(bad)


def test_wrong_code_creates_nothing(net: Net, tmp_path: Path) -> None:
    inv = _invite_c(net, tmp_path)
    absent = paths_mod.resolve(tmp_path / "tidak-ada")
    empty = paths_mod.resolve(tmp_path / "kosong")
    empty.data_dir.mkdir()
    for target in (absent, empty):
        with pytest.raises(WrongCode) as info:
            init_from_setup(target, inv.path, _other_code(inv.kode))
        assert info.value.reason == "wrong_code"
        assert info.value.message.startswith("Kode pendaftaran salah")
        with pytest.raises(ValidationError, match="Kode pendaftaran tidak sah"):
            init_from_setup(target, inv.path, inv.kode[:-1])
    assert not absent.data_dir.exists()
    assert os.listdir(empty.data_dir) == []
    # the invitation still stands: the right code then works
    ws = init_from_setup(empty, inv.path, inv.kode)
    net.opened.append(ws)
    assert ws.info.nama == "Dinas C"


def test_right_code_typed_loosely_works(net: Net, tmp_path: Path) -> None:
    inv = _invite_c(net, tmp_path)
    typed = inv.kode.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    ws = init_from_setup(paths_mod.resolve(tmp_path / "unit"), inv.path, typed)
    net.opened.append(ws)
    assert ws.info.role == "unit" and ws.info.unit_id == net.org.units["3673.C"]
    # what arrives is archived as it came: sealed
    (archived,) = (ws.paths.data_dir / "paket-masuk").iterdir()
    assert archived.read_bytes() == inv.path.read_bytes()
    assert not list(ws.paths.data_dir.rglob("penyiapan.asnsetup"))


def test_the_file_names_no_one_and_holds_no_secret(net: Net, tmp_path: Path) -> None:
    inv = _invite_c(net, tmp_path)
    data = inv.path.read_bytes()
    inner = tmp_path / "dibuka.asnsetup"
    setupfile.unlock(inv.path, inv.kode).extract(inner)
    with open(inner, "rb") as f:
        m = read_header(f, known_schemas()).manifest
    assert m.setup is not None and len(m.setup.secret) == 64
    secret = m.setup.secret
    for needle in (b"Pegawai kepala_c", b"Pegawai staf_c1", b"19800101200501", b"Dinas C",
                   b"3673.C", secret.encode(), bytes.fromhex(secret),
                   inv.kode.encode(), inv.kode.replace("-", "").encode()):
        assert needle not in data, needle
    # what is in clear: the magic and the key derivation's parameters, nothing else
    (n,) = struct.unpack(">I", data[8:12])
    header = json.loads(data[12:12 + n])
    assert data[:8] == setupfile.MAGIC
    assert set(header) == {"format", "cipher", "chunk", "kdf"}
    assert header["kdf"]["name"] == "scrypt" and header["kdf"]["n"] >= 2**15
    assert set(header["kdf"]) == {"name", "n", "r", "p", "salt"}


def test_damaged_files_are_refused_before_anything_exists(net: Net, tmp_path: Path) -> None:
    inv = _invite_c(net, tmp_path)
    data = inv.path.read_bytes()
    (n,) = struct.unpack(">I", data[8:12])
    header = json.loads(data[12:12 + n])
    target = paths_mod.resolve(tmp_path / "unit")

    def attempt(name: str, content: bytes) -> PackageRejected:
        p = tmp_path / f"{name}.asnsetup"
        p.write_bytes(content)
        with pytest.raises(PackageRejected) as info:
            init_from_setup(target, p, inv.kode)
        assert not target.data_dir.exists(), name
        return info.value

    assert attempt("terpotong", data[:-20]).reason == "setup_damaged"
    assert attempt("tanpa-akhir", data[:len(data) // 2]).reason == "setup_damaged"
    assert attempt("ditambah", data + b"\0" * 40).reason == "setup_damaged"
    mid = bytearray(data)
    mid[len(mid) // 2] ^= 1
    assert attempt("diubah", bytes(mid)).reason == "setup_damaged"
    # a forged header asking for a ruinous key derivation is refused before deriving
    greedy = json.dumps({**header, "kdf": {**header["kdf"], "n": 2**24}}).encode()
    forged = data[:8] + struct.pack(">I", len(greedy)) + greedy + data[12 + n:]
    assert attempt("rakus", forged).reason == "setup_damaged"
    assert attempt("bukan", b"bukan paket apa pun").reason == "not_setup"


def test_old_setup_files_are_refused_with_a_reason(net: Net, tmp_path: Path) -> None:
    """The earlier format: the signed setup package alone, its secret in the clear manifest."""
    inv = _invite_c(net, tmp_path)
    old = tmp_path / "lama.asnsetup"
    setupfile.unlock(inv.path, inv.kode).extract(old)
    target = paths_mod.resolve(tmp_path / "unit")
    with pytest.raises(PackageRejected, match="format lama") as info:
        init_from_setup(target, old, inv.kode)
    assert info.value.reason == "setup_format_old"
    assert not target.data_dir.exists()


def test_cli_invite_then_init_with_kode_or_prompt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    c = str(tmp_path / "C")
    assert run(capsys, "--data-dir", c, "init", "--role", "central", "--name", "BKPSDM")[0] == 0
    assert run(capsys, "--data-dir", c, "demo", "--employees", "50", "--seed", "1")[0] == 0
    _code, out, _ = run(capsys, "--data-dir", c, "pegawai", "--unit", "3673.DINKES", "--json")
    people = json.loads(out)
    assert people
    code, out, err = run(capsys, "--data-dir", c, "sync", "invite", "--unit", "3673.DINKES",
                         "--out", str(tmp_path / "undangan"))
    assert code == 0, err
    kode = out.split("Kode pendaftaran: ")[1].split()[0]
    assert "terpisah dari berkasnya" in out and "--kode KODE" in out
    (setup,) = (tmp_path / "undangan").iterdir()
    data = setup.read_bytes()
    for p in people:  # the demo employees of that unit: neither NIP nor name in the file
        assert p["nip"].encode() not in data and p["nama"].encode() not in data
    assert b"Dinas Kesehatan" not in data and b"3673.DINKES" not in data

    # a script without --kode and without a terminal: a usage error, nothing created
    u0 = tmp_path / "U0"
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _, err = run(capsys, "--data-dir", str(u0), "init", "--from", str(setup))
    assert code == 2 and "--kode" in err and not u0.exists()
    # a wrong code: one line, exit 1, nothing created
    u1 = tmp_path / "U1"
    code, out, err = run(capsys, "--data-dir", str(u1), "init", "--from", str(setup),
                         "--kode", _other_code(kode))
    assert code == 1 and not out and len(err.splitlines()) == 1
    assert err.startswith("asn-desktop: Kode pendaftaran salah") and not u1.exists()
    # the right one, lowercase and without dashes
    u2 = tmp_path / "U2"
    code, out, err = run(capsys, "--data-dir", str(u2), "init", "--from", str(setup),
                         "--kode", kode.lower().replace("-", ""))
    assert code == 0 and "Dinas Kesehatan" in out, err

    # at a terminal the code is asked for, without echo, and a wrong one may be typed again
    asked: list[str] = []

    def getpass(prompt: str) -> str:
        asked.append(prompt)
        return next(answers)

    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", getpass)
    assert run(capsys, "--data-dir", c, "sync", "revoke", "--unit", "3673.DINKES")[0] == 0
    _c, out, _e = run(capsys, "--data-dir", c, "sync", "invite", "--unit", "3673.DINKES",
                      "--out", str(tmp_path / "lagi.asnsetup"), "--json")
    again = json.loads(out)
    assert again["kode_pendaftaran"] and again["berkas"].endswith("lagi.asnsetup")
    answers = iter([_other_code(again["kode_pendaftaran"]), again["kode_pendaftaran"]])
    u3 = tmp_path / "U3"
    code, out, err = run(capsys, "--data-dir", str(u3), "init", "--from", again["berkas"])
    assert code == 0, err
    assert len(asked) == 2 and asked[0].startswith("Kode pendaftaran")
    assert "Kode pendaftaran salah" in err and "Coba lagi" in err
    # a file that is no setup file is said before any code is asked for
    asked.clear()
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "U4"), "init", "--from",
                       str(tmp_path / "tidak-ada.asnsetup"))
    assert code == 1 and "tidak ditemukan" in err and not asked
