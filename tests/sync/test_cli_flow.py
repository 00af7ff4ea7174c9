"""The whole story through the command line, from fresh data folders."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from asn_desktop.cli import main

UNIT1, UNIT2 = "3673.DINDIKBUD", "3673.DISDUKCAPIL"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    return out


def one_file(folder: Path) -> Path:
    files = sorted(folder.glob("*.asnpkg"))
    assert len(files) == 1, files
    return files[0]


def add_log(data_dir: Path, uraian: str) -> None:
    """Unit work between commands: a daily log of one of its own employees."""
    from asn_desktop import paths as paths_mod
    from asn_desktop.services.workspace import open_workspace

    ws = open_workspace(paths_mod.resolve(data_dir))
    try:
        with ws.db.session() as s:
            conn = s.connection().connection.driver_connection
            pid = conn.execute(
                "WITH RECURSIVE t(id) AS (SELECT ? UNION SELECT u.id FROM org_unit u "
                "JOIN t ON u.parent_id = t.id) SELECT id FROM pegawai WHERE unit_id IN "
                "(SELECT id FROM t) LIMIT 1", (ws.info.unit_id,)).fetchone()[0]
            conn.execute("INSERT INTO log_harian (id, pegawai_id, uraian) VALUES "
                         "(lower(hex(randomblob(16))), ?, ?)", (pid, uraian))
    finally:
        ws.close()


@pytest.mark.slow
def test_central_and_two_units_through_the_cli(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    c, u1, u2 = (str(tmp_path / n) for n in ("pusat", "unit1", "unit2"))
    ok(capsys, "--data-dir", c, "init", "--role", "central", "--name", "BKPSDM Kota Serang")
    ok(capsys, "--data-dir", c, "demo", "--employees", "90", "--seed", "4")
    for kode, d, name in ((UNIT1, u1, "u1"), (UNIT2, u2, "u2")):
        out = ok(capsys, "--data-dir", c, "sync", "invite", "--unit", kode, "--out",
                 str(tmp_path / f"{name}.asnsetup"))
        assert "init --from" in out
        out = ok(capsys, "--data-dir", d, "init", "--from", str(tmp_path / f"{name}.asnsetup"))
        assert "unit" in out
        ok(capsys, "--data-dir", d, "demo", "--seed", "7")
        add_log(Path(d), f"kegiatan {name}")
    # units -> central (first packages also enrol the units' keys)
    for d, name in ((u1, "k1"), (u2, "k2")):
        ok(capsys, "--data-dir", d, "sync", "export", "--out", str(tmp_path / name))
    p1, p2 = one_file(tmp_path / "k1"), one_file(tmp_path / "k2")
    assert p1.name.startswith(f"kinerja-{UNIT1}-ke-PUSAT-")
    out = ok(capsys, "--data-dir", c, "sync", "import", str(p1), str(p2))
    assert out.count("diterapkan") == 2
    again = ok(capsys, "--data-dir", c, "sync", "import", str(p1))
    assert "sudah pernah diimpor" in again
    # central -> units, one file per unit into a folder
    ok(capsys, "--data-dir", c, "sync", "export", "--out", str(tmp_path / "keluar"))
    for_u1 = next((tmp_path / "keluar").glob(f"kinerja-PUSAT-ke-{UNIT1}-*.asnpkg"))
    for_u2 = next((tmp_path / "keluar").glob(f"kinerja-PUSAT-ke-{UNIT2}-*.asnpkg"))
    ok(capsys, "--data-dir", u1, "sync", "import", str(for_u1))
    ok(capsys, "--data-dir", u2, "sync", "import", str(for_u2))
    for kode, d in ((UNIT1, u1), (UNIT2, u2)):
        mine = ok(capsys, "--data-dir", d, "sync", "fingerprint", "--unit", kode).strip()
        theirs = ok(capsys, "--data-dir", c, "sync", "fingerprint", "--unit", kode).strip()
        assert mine == theirs and len(mine) == 64
    status = json.loads(ok(capsys, "--data-dir", u1, "sync", "status", "--json"))
    assert status["peers"][0]["tertunda"] == 0 and status["konflik"] == 0
    assert "Tidak ada konflik" in ok(capsys, "--data-dir", c, "sync", "conflicts")
    assert json.loads(ok(capsys, "--data-dir", c, "sync", "conflicts", "--json")) == []

    # Rejections: one byte changed, addressed to the other unit, from a revoked unit.
    whole = ok(capsys, "--data-dir", c, "sync", "fingerprint").strip()
    add_log(Path(u1), "setelah sinkron")
    ok(capsys, "--data-dir", u1, "sync", "export", "--out", str(tmp_path / "k3"))
    fresh = one_file(tmp_path / "k3")
    damaged = tmp_path / "rusak.asnpkg"
    data = bytearray(fresh.read_bytes())
    data[len(data) // 2] ^= 0x20
    damaged.write_bytes(bytes(data))
    for bad, data_dir, why in ((damaged, c, "rusak"), (for_u1, u2, "instalasi lain")):
        before = ok(capsys, "--data-dir", data_dir, "sync", "fingerprint").strip()
        code, out, err = run(capsys, "--data-dir", data_dir, "sync", "import", str(bad))
        assert code == 1 and len(err.strip().splitlines()) == 1 and why in err, err
        assert ok(capsys, "--data-dir", data_dir, "sync", "fingerprint").strip() == before
    ok(capsys, "--data-dir", c, "sync", "revoke", "--unit", UNIT1)
    code, out, err = run(capsys, "--data-dir", c, "sync", "import", str(fresh))
    assert code == 1 and len(err.strip().splitlines()) == 1 and "dicabut" in err
    assert ok(capsys, "--data-dir", c, "sync", "fingerprint").strip() == whole
    conn = sqlite3.connect(Path(c) / "kinerja.sqlite")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_usage_and_errors_are_one_line(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    c = str(tmp_path / "pusat")
    ok(capsys, "--data-dir", c, "init", "--role", "central", "--name", "BKPSDM")
    code, _, err = run(capsys, "--data-dir", c, "sync", "resolve", "1", "--keep", "keduanya")
    assert code == 2 and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--data-dir", c, "sync", "resolve", "7", "--keep", "local")
    assert code == 1 and "tidak ditemukan" in err
    code, _, err = run(capsys, "--data-dir", c, "sync", "import", str(tmp_path / "tidak-ada"))
    assert code == 1 and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--data-dir", c, "sync", "export", "--out", str(tmp_path / "x"))
    assert code == 1 and "Belum ada unit" in err
    code, _, err = run(capsys, "--data-dir", c, "sync", "invite", "--unit", "X", "--out",
                       str(tmp_path / "x.asnsetup"))
    assert code == 1 and "tidak ditemukan" in err
    code, out, _ = run(capsys, "--data-dir", c, "sync", "status")
    assert code == 0 and "Konflik terbuka: 0" in out
