"""A corpus of bad packages: each is rejected whole, with its own reason, and nothing changes."""

from __future__ import annotations

import json
import struct
import uuid
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from tests.sync.conftest import Net, add_skp, table_counts
from tests.sync.forge import build, frame, keys_of, lines

from asn_desktop.cli import main
from asn_desktop.errors import PackageRejected
from asn_desktop.services import sync_service as svc
from asn_desktop.sync.container import MAGIC, canonical_json
from asn_desktop.sync.keys import KeyPair

Case = Callable[[Net, Path], Path]


def _real(net: Net, tmp: Path) -> Path:
    """A genuine package from unit A to the central."""
    add_skp(net.units["3673.A"], net.org.people["staf_a1"])
    return net.send(net.units["3673.A"], net.central)


def _flip(path: Path, offset_from_end: int) -> Path:
    data = bytearray(path.read_bytes())
    data[len(data) - offset_from_end] ^= 0x01
    path.write_bytes(bytes(data))
    return path


def _manifest(path: Path) -> tuple[dict[str, Any], bytes, bytes]:
    data = path.read_bytes()
    (n,) = struct.unpack(">I", data[8:12])
    return json.loads(data[12:12 + n]), data[12 + n:12 + n + 64], data[12 + n + 64:]


def _hlc(net: Net) -> int:
    return net.units["3673.A"].db.context.hlc()


def _unit_change(net: Net, tbl: str, rid: str, fields: dict[str, Any],
                 node: str | None = None) -> tuple[list[Any], dict[str, int], int]:
    a = net.units["3673.A"]
    node = node or a.info.node_id
    return lines([(tbl, rid, [(f, v, _hlc(net), node) for f, v in fields.items()])])


def _from_a(net: Net, tmp: Path, **kw: Any) -> Path:
    return build(tmp / "paket.asnpkg", net.units["3673.A"], net.central, **kw)


def _objs(net: Net, tmp: Path, objs: list[Any], **kw: Any) -> Path:
    return _from_a(net, tmp, objs=objs, counts={}, changes=0, rows=0, **kw)


def _signed_again(net: Net, tmp: Path, chunk_hook: Callable[[list[bytes]], list[bytes]]) -> Path:
    objs, counts, n = _unit_change(net, "log_harian", uuid.uuid4().hex,
                                   {"pegawai_id": net.org.people["staf_a1"], "uraian": "x"})
    return _from_a(net, tmp, objs=objs, counts=counts, changes=n, chunk_hook=chunk_hook)


CASES: dict[str, tuple[str, Case]] = {
    "bukan paket": ("not_a_package", lambda n, t: _write(t, b"PK\x03\x04 bukan paket sama sekali")),
    "kepala terpotong": ("truncated", lambda n, t: _write(t, MAGIC + b"\x00\x00")),
    "manifes terlalu besar": ("manifest_too_large",
                              lambda n, t: _write(t, MAGIC + struct.pack(">I", 10**7))),
    "manifes bukan JSON": ("manifest_json", lambda n, t: _write(t, frame(b"{bukan json"))),
    "manifes kunci ganda": ("manifest_json",
                            lambda n, t: _write(t, frame(b'{"format":1,"format":1}'))),
    "manifes salah tipe": ("manifest_schema", lambda n, t: _from_a(
        n, t, manifest_patch=lambda m: m.update(changes="nol"))),
    "format lebih baru": ("format_too_new", lambda n, t: _from_a(
        n, t, manifest_patch=lambda m: m.update(format=2))),
    "skema lebih baru": ("schema_too_new", lambda n, t: _from_a(
        n, t, manifest_patch=lambda m: m.update(schema="9999_masa_depan"))),
    "untuk instalasi lain": ("wrong_recipient", lambda n, t: _from_a(
        n, t, manifest_patch=lambda m: m["recipient"].update(node=uuid.uuid4().hex))),
    "pengirim tak dikenal": ("unknown_sender", lambda n, t: _from_a(
        n, t, sender_node=uuid.uuid4().hex)),
    "tanda tangan salah": ("bad_signature", lambda n, t: _from_a(
        n, t, sign_keys=KeyPair(Ed25519PrivateKey.generate(), keys_of(n.units["3673.A"]).box))),
    "kunci pengirim lain": ("key_mismatch", lambda n, t: _from_a(
        n, t, sign_keys=_other_keys(), claim_keys=_other_keys())),
    "satu bita isi diubah": ("payload_hash", lambda n, t: _flip(_real(n, t), 5)),
    "satu bita tanda tangan diubah": ("bad_signature", lambda n, t: _flip_signature(_real(n, t))),
    "berkas terpotong": ("truncated", lambda n, t: _cut(_real(n, t), 40)),
    "data tambahan": ("trailing_data", lambda n, t: _append(_real(n, t), b"ekor")),
    "potongan terakhir hilang": ("payload_truncated", lambda n, t: _two_chunks(n, t)),
    "potongan rusak": ("decrypt_failed", lambda n, t: _signed_again(n, t, _corrupt_chunk)),
    "potongan terlalu besar": ("oversized", lambda n, t: _signed_again(n, t, _huge_chunk)),
    "bom dekompresi": ("decompression_bomb", lambda n, t: _from_a(
        n, t, compressed=zlib.compress(b" " * (60 * 1024 * 1024), 9))),
    "kompresi rusak": ("decompress_error", lambda n, t: _from_a(
        n, t, compressed=b"ini bukan aliran zlib")),
    "baris bukan JSON": ("payload_json", lambda n, t: _from_a(
        n, t, plaintext=b'{"t":"head"\n', counts={}, changes=0, rows=0)),
    "NaN di isi": ("payload_json", lambda n, t: _from_a(
        n, t, plaintext=b'{"t":"head","x":NaN}\n', counts={}, changes=0, rows=0)),
    "tipe salah di isi": ("payload_schema", lambda n, t: _objs(
        n, t, [*lines([])[0][:1], [0, 12345, []], {"t": "end", "groups": 0, "changes": 0}])),
    "versi dasar tidak lebih tua": ("payload_schema", lambda n, t: _with(
        n, t, _self_based(n))),
    "nilai salah tipe": ("value_type", lambda n, t: _with(n, t, _unit_change(
        n, "skp", uuid.uuid4().hex, {"pegawai_id": n.org.people["staf_a1"],
                                      "tahun": "dua ribu"}))),
    "tabel tak dikenal": ("unknown_table", lambda n, t: _objs(
        n, t, [_head_with(tables=["rahasia"], fields=[]),
               {"t": "end", "groups": 0, "changes": 0}])),
    "kolom tak dikenal": ("unknown_field", lambda n, t: _objs(
        n, t, [_head_with(tables=["skp"], fields=[[0, "gaji_rahasia"]]),
               {"t": "end", "groups": 0, "changes": 0}])),
    "penutup hilang": ("payload_truncated", lambda n, t: _objs(n, t, lines([])[0][:1])),
    "jumlah tak cocok": ("counts_mismatch", lambda n, t: _with(n, t, _unit_change(
        n, "log_harian", uuid.uuid4().hex, {"pegawai_id": n.org.people["staf_a1"]}),
        counts={"log_harian": 5}, changes=5)),
    "unit menulis data induk": ("outside_authority", lambda n, t: _with(n, t, _unit_change(
        n, "pegawai", n.org.people["staf_a1"], {"nama": "Diubah Unit"}))),
    "unit menulis pegawai unit lain": ("outside_authority", lambda n, t: _with(
        n, t, _unit_change(n, "skp", uuid.uuid4().hex,
                           {"pegawai_id": n.org.people["staf_b1"], "tahun": 2026}))),
    "pemilik tak dapat ditentukan": ("outside_authority", lambda n, t: _with(n, t, _unit_change(
        n, "rhk", uuid.uuid4().hex, {"uraian": "tanpa SKP"}))),
    "atas nama instalasi lain": ("foreign_node", lambda n, t: _with(n, t, _unit_change(
        n, "log_harian", uuid.uuid4().hex, {"pegawai_id": n.org.people["staf_a1"]},
        node=n.central.info.node_id))),
    "jalur berkas": ("path_traversal", lambda n, t: _from_a(
        n, t, name="../../../etc/kinerja.asnpkg")),
    "paket penyiapan": ("setup_package", lambda n, t: svc.invite(
        n.central, "3673.D", t / "undangan.asnsetup").path),
}


def _write(tmp: Path, data: bytes) -> Path:
    p = tmp / "rusak.asnpkg"
    p.write_bytes(data)
    return p


def _other_keys() -> KeyPair:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    global _OTHER
    if _OTHER is None:
        _OTHER = KeyPair(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())
    return _OTHER


_OTHER: KeyPair | None = None


def _flip_signature(path: Path) -> Path:
    data = bytearray(path.read_bytes())
    (n,) = struct.unpack(">I", data[8:12])
    data[12 + n + 10] ^= 0x80
    path.write_bytes(bytes(data))
    return path


def _cut(path: Path, n: int) -> Path:
    path.write_bytes(path.read_bytes()[:-n])
    return path


def _append(path: Path, tail: bytes) -> Path:
    path.write_bytes(path.read_bytes() + tail)
    return path


def _two_chunks(net: Net, tmp: Path) -> Path:
    """A payload of several chunks (stored, not compressed) whose last chunk is dropped."""
    objs = lines([])[0]
    pad = [{"t": "dict", "k": "a", "v": f"operator-{i:05d}-" + "x" * 80} for i in range(1500)]
    plain = b"".join(json.dumps(o).encode() + b"\n" for o in [objs[0], *pad, objs[-1]])
    assert len(plain) > 2 * 64 * 1024
    return _from_a(net, tmp, compressed=zlib.compress(plain, 0), counts={}, changes=0, rows=0,
                   chunk_hook=lambda chunks: chunks[:-1])


def _corrupt_chunk(chunks: list[bytes]) -> list[bytes]:
    first = bytearray(chunks[0])
    first[0] ^= 0xFF
    return [bytes(first), *chunks[1:]]


def _huge_chunk(chunks: list[bytes]) -> list[bytes]:
    return [b"\0" * (2 * 1024 * 1024), *chunks]


def _head_with(*, tables: list[str], fields: list[list[Any]]) -> dict[str, Any]:
    return {"t": "head", "tables": tables, "fields": fields, "ack": 0, "enrol": None,
            "bound": False}


def _self_based(net: Net) -> tuple[list[Any], dict[str, int], int]:
    """A change naming itself as the version it overwrote (a base is always older): refused,
    as a history walked from it would never end."""
    objs, counts, n = _unit_change(net, "skp", uuid.uuid4().hex,
                                   {"pegawai_id": net.org.people["staf_a1"]})
    item = next(o for o in objs if isinstance(o, list))[2][0]
    item += [None, [0, item[3]]]  # actor, base = [hlc offset 0, same node]
    return objs, counts, n


def _with(net: Net, tmp: Path, made: tuple[list[Any], dict[str, int], int],
          **kw: Any) -> Path:
    objs, counts, n = made
    kw.setdefault("counts", counts)
    kw.setdefault("changes", n)
    return _from_a(net, tmp, objs=objs, **kw)


def state(net: Net) -> tuple[str, dict[str, int]]:
    return net.fp(net.central), table_counts(net.central)


def test_corpus_is_large_and_varied() -> None:
    assert len(CASES) >= 20
    assert len({reason for reason, _ in CASES.values()}) >= 20


@pytest.mark.parametrize("name", list(CASES))
def test_bad_package_is_rejected_whole(net: Net, tmp_path: Path, name: str) -> None:
    reason, make = CASES[name]
    path = make(net, tmp_path)
    before = state(net)
    with pytest.raises(PackageRejected) as info:
        svc.import_package(net.central, path)
    assert info.value.reason == reason, info.value.message
    assert info.value.message and "\n" not in info.value.message
    assert state(net) == before
    assert not list((net.central.paths.data_dir / "paket-masuk").glob("*.part"))


def test_the_good_twin_of_the_forged_packages_is_accepted(net: Net, tmp_path: Path) -> None:
    """The forging helper makes valid packages unless told otherwise (so the corpus tests the
    one thing each case breaks)."""
    objs, counts, n = _unit_change(net, "log_harian", uuid.uuid4().hex,
                                   {"pegawai_id": net.org.people["staf_a1"], "uraian": "ok"})
    r = svc.import_package(net.central, _from_a(net, tmp_path, objs=objs, counts=counts,
                                                changes=n))
    assert r.diterapkan == 2


@pytest.mark.parametrize("name", ["satu bita isi diubah", "untuk instalasi lain",
                                  "bom dekompresi"])
def test_cli_rejects_with_one_line_and_exit_1(net: Net, tmp_path: Path, name: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    _reason, make = CASES[name]
    path = make(net, tmp_path)
    before = state(net)
    code = main(["--data-dir", str(net.central.paths.data_dir), "sync", "import", str(path)])
    _out, err = capsys.readouterr()
    assert code == 1 and len(err.strip().splitlines()) == 1 and err.startswith("asn-desktop: ")
    assert state(net) == before


def test_manifest_must_not_name_people(net: Net, tmp_path: Path) -> None:
    path = _real(net, tmp_path)
    manifest, _sig, _body = _manifest(path)
    text = canonical_json(manifest).decode()
    assert "Pegawai" not in text and "19800101" not in text


def test_package_breaking_a_data_rule_applies_with_the_duplicate_for_review(
        net: Net, tmp_path: Path) -> None:
    """A live employee's NIP stays unique: a package that would give two employees one NIP
    applies, the newcomer keeps no NIP, and the incoming NIP waits for review."""
    a = net.units["3673.A"]
    with a.db.Session() as s:
        nip = s.connection().connection.driver_connection.execute(
            "SELECT nip FROM pegawai WHERE id = ?", (net.org.people["staf_a1"],)).fetchone()[0]
    node = net.central.info.node_id
    h = net.central.db.context.hlc()
    objs, counts, n = lines([
        ("org_unit", uuid.uuid4().hex, [("kode", "3673.BARU", h, node)]),
        ("pegawai", uuid.uuid4().hex, [("nip", nip, h + 1, node), ("nama", "Kembar", h + 2, node),
                                       ("unit_id", net.org.units["3673.A"], h + 3, node)]),
    ])
    path = build(tmp_path / "kembar.asnpkg", net.central, a, objs=objs, counts=counts, changes=n)
    r = svc.import_package(a, path)
    assert r.konflik == 1
    with a.db.Session() as s:
        db = s.connection().connection.driver_connection
        assert db.execute("SELECT COUNT(*) FROM pegawai WHERE nip = ? AND deleted = 0",
                          (nip,)).fetchone()[0] == 1
        assert db.execute("SELECT nip FROM pegawai WHERE nama = 'Kembar'").fetchone()[0] == ""
    (k,) = svc.conflicts(a)
    assert k.jenis == "unik" and k.nilai_paket == nip
