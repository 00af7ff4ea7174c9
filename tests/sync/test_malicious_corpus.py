"""A corpus of validly signed but malicious packages (Trust issue, item 7).

Every package here is signed by unit A's own enrolled keys and sealed to the central, so the
container checks all pass: what is wrong is what it says. Each kind is rejected whole with its
own reason, or (the kinds the design holds for review: a "seen" claim for a version never held,
work on an employee moved away) held and not applied; either way nothing else changes at the
central.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from tests.sync.conftest import Net, add_skp, table_counts
from tests.sync.forge import FIELD_INDEX, TABLE_INDEX, build, lines

from asn_desktop.db.hlc import WINDOW_MS, pack, wall_ms
from asn_desktop.db.models import Pegawai, Skp
from asn_desktop.errors import PackageRejected
from asn_desktop.services import mutasi
from asn_desktop.services import sync_service as svc
from asn_desktop.sync.schema import MAX_STRING, TABLE_ORDER
from asn_desktop.sync.scope import raw

UNIT = "3673.A"
FORGED = "Diubah diam-diam"


@dataclass
class Attack:
    """A package to import and, for a held kind, how to read back the value it tried to set."""

    path: Path
    probe: Callable[[], Any] | None = None
    forged: Any = None


Made = tuple[list[Any], dict[str, int], int]
Builder = Callable[[Net, Path], Attack]


# ------------------------------------------------------------------------------------ helpers

def _a(net: Net) -> Any:
    return net.units[UNIT]


def _rows(net: Net, *groups: tuple[str, str, dict[str, Any]], node: str | None = None) -> Made:
    """Payload objects for new/changed rows written (by default) in unit A's name."""
    a = _a(net)
    node = node or a.info.node_id
    out = []
    for tbl, rid, fields in groups:
        h = a.db.context.hlc()
        out.append((tbl, rid, [(f, v, h + i, node) for i, (f, v) in enumerate(fields.items())]))
    return lines(out)


def _signed(net: Net, tmp: Path, made: Made, **kw: Any) -> Attack:
    objs, counts, n = made
    kw.setdefault("counts", counts)
    kw.setdefault("changes", n)
    path = build(tmp / f"{uuid.uuid4().hex[:8]}.asnpkg", _a(net), net.central, objs=objs, **kw)
    return Attack(path)


def _b_docs(net: Net) -> dict[str, Any]:
    """Unit B's approved SKP, known at the central."""
    ids = add_skp(net.units["3673.B"], net.org.people["staf_b1"], status="DISETUJUI")
    net.sync_unit("3673.B")
    return ids


def _identity(net: Net, key: str) -> dict[str, Any]:
    with net.central.db.Session() as s:
        p = s.get_one(Pegawai, net.org.people[key])
        return {"pegawai_id": p.id, "nama": p.nama, "nip": p.nip}


def _skp_catatan(net: Net, skp: str) -> Callable[[], Any]:
    def probe() -> Any:
        with net.central.db.Session() as s:
            return s.get_one(Skp, skp).catatan
    return probe


def _one_skp_change(net: Net, tmp: Path, skp: str, node: str,
                    seen: tuple[int, str] | None = None, kind: str = "delta") -> Path:
    """A package changing ``skp.catatan``, stamped by ``node``, optionally claiming to have
    seen version ``seen`` (hlc, node) of the row."""
    a, c = _a(net), net.central
    head = lines([])[0][0]
    nodes = [a.info.node_id]
    if c.info.node_id in (node, *(seen or ())):
        nodes.append(c.info.node_id)
    hlc = a.db.context.hlc()
    item: list[Any] = [FIELD_INDEX[("skp", "catatan")], FORGED, hlc, nodes.index(node)]
    if seen is not None:
        item += [None, None, [hlc - seen[0], nodes.index(seen[1])]]
    objs = [head, *({"t": "dict", "k": "n", "v": n} for n in nodes),
            [TABLE_INDEX["skp"], skp, [item]], {"t": "end", "groups": 1, "changes": 1}]
    return build(tmp / f"paket-{kind}-{uuid.uuid4().hex[:6]}.asnpkg", a, c, objs=objs,
                 counts={"skp": 1}, changes=1, kind=kind)


def _own_skp_synced(net: Net) -> dict[str, Any]:
    ids = add_skp(_a(net), net.org.people["staf_a1"])
    net.sync_unit(UNIT)
    return ids


# ----------------------------------------------------------------------------------- builders

def org_unit_renamed(net: Net, tmp: Path) -> Attack:
    # a unit renames an organisation unit (master data, the central's alone)
    return _signed(net, tmp, _rows(net, ("org_unit", net.org.units[UNIT], {"nama": "Dinas X"})))


def org_unit_created(net: Net, tmp: Path) -> Attack:
    # a unit creates a new organisation unit of its own under the root
    return _signed(net, tmp, _rows(net, ("org_unit", uuid.uuid4().hex,
                                         {"kode": "3673.A.9", "nama": "Bidang Siluman",
                                          "parent_id": net.org.units[UNIT]})))


def pegawai_promoted(net: Net, tmp: Path) -> Attack:
    # a unit changes its own employee's golongan (employee master data)
    return _signed(net, tmp, _rows(net, ("pegawai", net.org.people["staf_a1"],
                                         {"golongan": "IV/e"})))


def pegawai_of_other_unit(net: Net, tmp: Path) -> Attack:
    # a unit moves another unit's employee into its own unit
    return _signed(net, tmp, _rows(net, ("pegawai", net.org.people["staf_b1"],
                                         {"unit_id": net.org.units[UNIT]})))


def periode_extended(net: Net, tmp: Path) -> Attack:
    # a unit moves the evaluation deadline of a period
    with net.central.db.Session() as s:
        (pid,) = raw(s).execute("SELECT id FROM periode LIMIT 1").fetchone()
    return _signed(net, tmp, _rows(net, ("periode", pid, {"selesai": "2026-12-31"})))


def pengaturan_set(net: Net, tmp: Path) -> Attack:
    # a unit writes a setting of the whole installation
    return _signed(net, tmp, _rows(net, ("pengaturan", "nama_instansi",
                                         {"nilai": "Instansi Palsu"})))


def tahun_reopened(net: Net, tmp: Path) -> Attack:
    # a unit reopens a performance year
    return _signed(net, tmp, _rows(net, ("tahun_kinerja", uuid.uuid4().hex,
                                         {"tahun": 2025, "dibuka": 1})))


def skp_of_other_units_employee(net: Net, tmp: Path) -> Attack:
    # a unit writes an SKP row for another unit's employee
    return _signed(net, tmp, _rows(net, ("skp", uuid.uuid4().hex,
                                         {"pegawai_id": net.org.people["staf_b1"],
                                          "tahun": 2026})))


def evaluasi_on_other_units_skp(net: Net, tmp: Path) -> Attack:
    # an evaluation of the unit's own employee pointing at another unit's SKP
    b = _b_docs(net)
    return _signed(net, tmp, _rows(net, ("evaluasi", uuid.uuid4().hex,
                                         {"skp_id": b["skp"],
                                          "pegawai_id": net.org.people["staf_a1"],
                                          "periode_kode": "2026-TW1"})))


def log_on_other_units_rhk(net: Net, tmp: Path) -> Attack:
    # a daily log of the unit's own employee booked to another unit's RHK
    b = _b_docs(net)
    return _signed(net, tmp, _rows(net, ("log_harian", uuid.uuid4().hex,
                                         {"pegawai_id": net.org.people["staf_a1"],
                                          "tanggal": "2026-03-02", "uraian": "Kegiatan",
                                          "rhk_id": b["rhk"][0]})))


def riwayat_on_other_units_skp(net: Net, tmp: Path) -> Attack:
    # a history entry ("approved") on another unit's SKP
    b = _b_docs(net)
    return _signed(net, tmp, _rows(net, ("riwayat_dokumen", uuid.uuid4().hex,
                                         {"dokumen": "skp", "dokumen_id": b["skp"],
                                          "pegawai_id": net.org.people["staf_a1"],
                                          "aksi": "DISETUJUI",
                                          "waktu": "2026-03-01T08:00:00"})))


def cetakan_for_other_units_skp(net: Net, tmp: Path) -> Attack:
    # a printed-sheet registry row vouching for another unit's SKP
    b = _b_docs(net)
    return _signed(net, tmp, _rows(net, ("cetakan", uuid.uuid4().hex,
                                         {"kode": "ABCD-EFGH-JKLM", "dokumen": "skp",
                                          "record_id": b["skp"],
                                          "pegawai_id": net.org.people["staf_a1"],
                                          "dicetak": "2026-03-01T08:00:00"})))


def identity_of_other_person(net: Net, tmp: Path) -> Attack:
    # an own evaluation whose identity snapshot carries another person's NIP and name
    ids = _own_skp_synced(net)
    forged = _identity(net, "staf_b1")
    forged["pegawai_id"] = net.org.people["staf_a1"]
    snap = {"versi": 1, "pegawai": forged, "penilai": None, "atasan_penilai": None}
    return _signed(net, tmp, _rows(net, ("evaluasi", ids["evaluasi"],
                                         {"identitas_json": json.dumps(snap)})))


def in_centrals_name_delta(net: Net, tmp: Path) -> Attack:
    # a delta package carrying a change stamped with the central's node
    ids = _own_skp_synced(net)
    return Attack(_one_skp_change(net, tmp, ids["skp"], net.central.info.node_id))


def in_centrals_name_full(net: Net, tmp: Path) -> Attack:
    # a full package carrying a change stamped with the central's node
    ids = _own_skp_synced(net)
    return Attack(_one_skp_change(net, tmp, ids["skp"], net.central.info.node_id, kind="full"))


def seen_claim_never_held(net: Net, tmp: Path) -> Attack:
    # "I had seen a later approval": a base newer than anything the central holds
    ids = _own_skp_synced(net)
    with net.central.session() as s:
        s.get_one(Skp, ids["skp"]).status = "DISETUJUI"
    with net.central.db.Session() as s:
        (h,) = raw(s).execute("SELECT MAX(hlc) FROM change_log WHERE tbl = 'skp' AND "
                              "row_id = ? AND field = 'status'", (ids["skp"],)).fetchone()
    # the unit's own clock must pass the claim, or the package is malformed rather than forged
    # (a seen version is always older than the change that cites it)
    _a(net).db.context.clock.observe(int(h) + 1)
    path = _one_skp_change(net, tmp, ids["skp"], _a(net).info.node_id,
                           (int(h) + 1, net.central.info.node_id))
    return Attack(path, _skp_catatan(net, ids["skp"]), FORGED)


def work_after_mutasi(net: Net, tmp: Path) -> Attack:
    # edits to an employee the central has already moved to another unit
    ids = _own_skp_synced(net)
    with net.central.session() as s:
        nip = s.get_one(Pegawai, net.org.people["staf_a1"]).nip
        mutasi.pindah(s, nip, "3673.B")
    path = _one_skp_change(net, tmp, ids["skp"], _a(net).info.node_id)
    return Attack(path, _skp_catatan(net, ids["skp"]), FORGED)


def capaian_of_other_unit(net: Net, tmp: Path) -> Attack:
    # a unit reports the organisational achievement of another unit
    return _signed(net, tmp, _rows(net, ("capaian_unit", uuid.uuid4().hex,
                                         {"unit_id": net.org.units["3673.B"],
                                          "periode_kode": "2026-TW1", "capaian": "KURANG"})))


def realisasi_on_other_units_indikator(net: Net, tmp: Path) -> Attack:
    # an own evaluation reporting results against another unit's indicator
    b = _b_docs(net)
    ids = _own_skp_synced(net)
    return _signed(net, tmp, _rows(net, ("realisasi", uuid.uuid4().hex,
                                         {"evaluasi_id": ids["evaluasi"],
                                          "indikator_id": b["indikator"][0],
                                          "realisasi_nilai": 1.0})))


def delete_other_units_skp(net: Net, tmp: Path) -> Attack:
    # a unit deletes another unit's approved SKP
    b = _b_docs(net)
    return _signed(net, tmp, _rows(net, ("skp", b["skp"], {"deleted": 1})))


def own_skp_handed_to_other_unit(net: Net, tmp: Path) -> Attack:
    # a unit re-points its own SKP at another unit's employee
    ids = _own_skp_synced(net)
    return _signed(net, tmp, _rows(net, ("skp", ids["skp"],
                                         {"pegawai_id": net.org.people["staf_b1"]})))


def resolution_of_other_units_conflict(net: Net, tmp: Path) -> Attack:
    # a "settled elsewhere" note closing the central's open conflict on another unit's SKP
    b = net.units["3673.B"]
    ids = add_skp(b, net.org.people["staf_b1"])
    net.sync_unit("3673.B")
    with b.session() as s:
        s.get_one(Skp, ids["skp"]).catatan = "versi unit"
    with net.central.session() as s:
        s.get_one(Skp, ids["skp"]).catatan = "versi pusat"
    net.recv(net.central, net.send(b, net.central))
    with net.central.db.Session() as s:
        ((tbl, rid, fld, lh, ln, ih, inode),) = raw(s).execute(
            "SELECT tbl, row_id, field, local_hlc, local_node, incoming_hlc, incoming_node "
            "FROM sync_conflict WHERE status = 'open'").fetchall()
    objs = lines([])[0]
    objs.insert(-1, {"t": "res", "tbl": tbl, "row": rid, "field": fld, "a": [lh, ln],
                     "b": [ih, inode]})
    return _signed(net, tmp, (objs, {}, 0), rows=0)


def clock_far_ahead(net: Net, tmp: Path) -> Attack:
    # a change stamped two days in the future (past the accepted window)
    h = pack(wall_ms() + 2 * WINDOW_MS, 0)
    node = _a(net).info.node_id
    return _signed(net, tmp, lines([("log_harian", uuid.uuid4().hex,
                                     [("pegawai_id", net.org.people["staf_a1"], h, node),
                                      ("uraian", "Dari masa depan", h + 1, node)])]))


def bad_date(net: Net, tmp: Path) -> Attack:
    # a date that is not on the calendar
    return _signed(net, tmp, _rows(net, ("log_harian", uuid.uuid4().hex,
                                         {"pegawai_id": net.org.people["staf_a1"],
                                          "tanggal": "2026-02-30"})))


def bad_enum(net: Net, tmp: Path) -> Attack:
    # an SKP status the application never writes
    return _signed(net, tmp, _rows(net, ("skp", uuid.uuid4().hex,
                                         {"pegawai_id": net.org.people["staf_a1"],
                                          "tahun": 2026, "status": "DISAHKAN_PUSAT"})))


def bad_number(net: Net, tmp: Path) -> Attack:
    # a negative quantity in a daily log
    return _signed(net, tmp, _rows(net, ("log_harian", uuid.uuid4().hex,
                                         {"pegawai_id": net.org.people["staf_a1"],
                                          "kuantitas": -1e9})))


def unknown_table(net: Net, tmp: Path) -> Attack:
    # a row of a table the central does not know
    return _internal_table(net, tmp, "gaji", "nominal")


def unknown_field(net: Net, tmp: Path) -> Attack:
    # a column of a known table the central does not sync
    head = lines([])[0][0]
    head["fields"] = [*head["fields"], [TABLE_INDEX["pegawai"], "gaji_pokok"]]
    objs = [head, {"t": "dict", "k": "n", "v": _a(net).info.node_id},
            [TABLE_INDEX["pegawai"], net.org.people["staf_a1"],
             [[len(head["fields"]) - 1, 99_000_000, _a(net).db.context.hlc(), 0]]],
            {"t": "end", "groups": 1, "changes": 1}]
    return _signed(net, tmp, (objs, {"pegawai": 1}, 1))


def oversized_value(net: Net, tmp: Path) -> Attack:
    # a short-text value longer than its column allows
    return _signed(net, tmp, _rows(net, ("log_harian", uuid.uuid4().hex,
                                         {"pegawai_id": net.org.people["staf_a1"],
                                          "output_satuan": "x" * (MAX_STRING + 1)})))


def duplicate_row_ids(net: Net, tmp: Path) -> Attack:
    # the same row twice, the manifest counting it once (rows/changes do not add up)
    rid = uuid.uuid4().hex
    fields = {"pegawai_id": net.org.people["staf_a1"], "uraian": "Dua kali"}
    objs, _counts, n = _rows(net, ("log_harian", rid, fields), ("log_harian", rid, fields))
    return _signed(net, tmp, (objs, {"log_harian": n // 2}, n // 2), rows=1)


def duplicate_row_smuggles_owner(net: Net, tmp: Path) -> Attack:
    # the same row twice, counted honestly: the second group hands it to another unit's employee
    a = _a(net)
    node, h, rid = a.info.node_id, a.db.context.hlc(), uuid.uuid4().hex
    return _signed(net, tmp, lines([
        ("log_harian", rid, [("pegawai_id", net.org.people["staf_a1"], h, node),
                             ("uraian", "Milik sendiri", h + 1, node)]),
        ("log_harian", rid, [("pegawai_id", net.org.people["staf_b1"], h + 2, node)])]))


def counts_lie(net: Net, tmp: Path) -> Attack:
    # a manifest announcing more changes than the payload holds
    made = _rows(net, ("log_harian", uuid.uuid4().hex,
                       {"pegawai_id": net.org.people["staf_a1"]}))
    return _signed(net, tmp, made, counts={"log_harian": 7}, changes=7)


def _internal_table(net: Net, tmp: Path, table: str, field: str) -> Attack:
    head = lines([])[0][0]
    head["tables"] = [*TABLE_ORDER, table]
    head["fields"] = [*head["fields"], [len(TABLE_ORDER), field]]
    objs = [head, {"t": "dict", "k": "n", "v": _a(net).info.node_id},
            [len(TABLE_ORDER), uuid.uuid4().hex,
             [[len(head["fields"]) - 1, "x", _a(net).db.context.hlc(), 0]]],
            {"t": "end", "groups": 1, "changes": 1}]
    return _signed(net, tmp, (objs, {table: 1}, 1))


def sync_peer_row(net: Net, tmp: Path) -> Attack:
    # a unit rewrites the central's peer table (e.g. re-keys or un-revokes a unit)
    return _internal_table(net, tmp, "sync_peer", "status")


def change_log_row(net: Net, tmp: Path) -> Attack:
    # a unit writes the central's change log directly
    return _internal_table(net, tmp, "change_log", "value")


def installation_row(net: Net, tmp: Path) -> Attack:
    # a unit rewrites the central's own installation record (role, name)
    return _internal_table(net, tmp, "installation", "role")


HELD = "held"
IGNORED = "ignored"  # applied without the malicious part, which does nothing
# name -> (expected reason, or HELD; builder)
CASES: dict[str, tuple[str, Builder]] = {
    "org_unit diganti nama": ("outside_authority", org_unit_renamed),
    "org_unit baru": ("outside_authority", org_unit_created),
    "pegawai sendiri naik golongan": ("outside_authority", pegawai_promoted),
    "pegawai unit lain dipindah": ("outside_authority", pegawai_of_other_unit),
    "periode diperpanjang": ("outside_authority", periode_extended),
    "pengaturan diubah": ("outside_authority", pengaturan_set),
    "tahun kinerja dibuka": ("outside_authority", tahun_reopened),
    "SKP pegawai unit lain": ("outside_authority", skp_of_other_units_employee),
    "evaluasi pada SKP unit lain": ("outside_authority", evaluasi_on_other_units_skp),
    "log pada RHK unit lain": ("outside_authority", log_on_other_units_rhk),
    "riwayat dokumen unit lain": ("outside_authority", riwayat_on_other_units_skp),
    "cetakan dokumen unit lain": ("outside_authority", cetakan_for_other_units_skp),
    "identitas orang lain": ("outside_authority", identity_of_other_person),
    "capaian unit lain": ("outside_authority", capaian_of_other_unit),
    "realisasi pada indikator unit lain": ("outside_authority",
                                           realisasi_on_other_units_indikator),
    "hapus SKP unit lain": ("outside_authority", delete_other_units_skp),
    "SKP sendiri diserahkan ke pegawai unit lain": ("outside_authority",
                                                    own_skp_handed_to_other_unit),
    "tutup konflik unit lain": (IGNORED, resolution_of_other_units_conflict),
    "atas nama pusat (delta)": ("foreign_node", in_centrals_name_delta),
    "atas nama pusat (full)": ("foreign_node", in_centrals_name_full),
    "klaim pernah melihat versi": (HELD, seen_claim_never_held),
    "kerja sesudah mutasi": (HELD, work_after_mutasi),
    "jam jauh di depan": ("clock_ahead", clock_far_ahead),
    "tanggal tidak ada": ("value_type", bad_date),
    "status di luar pilihan": ("value_type", bad_enum),
    "angka di luar rentang": ("value_type", bad_number),
    "tabel tak dikenal": ("unknown_table", unknown_table),
    "kolom tak dikenal": ("unknown_field", unknown_field),
    "nilai terlalu panjang": ("value_type", oversized_value),
    "baris ganda": ("counts_mismatch", duplicate_row_ids),
    "baris ganda menyelundupkan pemilik": ("outside_authority", duplicate_row_smuggles_owner),
    "jumlah berbohong": ("counts_mismatch", counts_lie),
    "tabel internal sync_peer": ("unknown_table", sync_peer_row),
    "tabel internal change_log": ("unknown_table", change_log_row),
    "tabel internal installation": ("unknown_table", installation_row),
}
# the words each rejection must carry (so a kind is refused for its own reason, not another's)
MESSAGES: dict[str, str] = {
    "org_unit diganti nama": "data induk (org_unit)",
    "org_unit baru": "data induk (org_unit)",
    "pegawai sendiri naik golongan": "data induk (pegawai)",
    "pegawai unit lain dipindah": "data induk (pegawai)",
    "periode diperpanjang": "data induk (periode)",
    "pengaturan diubah": "data induk (pengaturan)",
    "tahun kinerja dibuka": "data induk (tahun_kinerja)",
    "SKP pegawai unit lain": "data skp di luar wewenang",
    "evaluasi pada SKP unit lain": "evaluasi.skp_id menunjuk SKP milik pegawai lain",
    "log pada RHK unit lain": "log_harian.rhk_id menunjuk RHK milik pegawai lain",
    "riwayat dokumen unit lain": "riwayat_dokumen.dokumen_id menunjuk SKP milik pegawai lain",
    "cetakan dokumen unit lain": "cetakan.record_id menunjuk SKP milik pegawai lain",
    "identitas orang lain": "identitas evaluasi",
    "capaian unit lain": "capaian_unit",
    "realisasi pada indikator unit lain": "realisasi.indikator_id",
    "hapus SKP unit lain": "skp",
    "SKP sendiri diserahkan ke pegawai unit lain": "skp",
    "atas nama pusat (delta)": "atas nama instalasi lain",
    "atas nama pusat (full)": "atas nama instalasi lain",
    "jam jauh di depan": "lebih maju dari jam komputer ini",
    "tanggal tidak ada": "log_harian.tanggal",
    "status di luar pilihan": "skp.status",
    "angka di luar rentang": "log_harian.kuantitas",
    "tabel tak dikenal": "'gaji'",
    "kolom tak dikenal": "pegawai.gaji_pokok",
    "nilai terlalu panjang": "log_harian.output_satuan",
    "baris ganda": "tidak cocok dengan manifesnya",
    "baris ganda menyelundupkan pemilik": "data log_harian di luar wewenang",
    "jumlah berbohong": "tidak cocok dengan manifesnya",
    "tabel internal sync_peer": "'sync_peer'",
    "tabel internal change_log": "'change_log'",
    "tabel internal installation": "'installation'",
}
def _params() -> list[Any]:
    return [pytest.param(name, id=name) for name in CASES]


def _synced_counts(net: Net) -> dict[str, int]:
    counts = table_counts(net.central)
    return {t: counts[t] for t in TABLE_ORDER}


def _state(net: Net) -> tuple[str, dict[str, int], list[Any]]:
    """The central's data, its row counts (change log, peers and conflicts included) and its
    conflicts as the review screen lists them."""
    c = net.central
    return net.fp(c), table_counts(c), sorted(repr(k) for k in svc.conflicts(c))


def test_corpus_is_large_and_varied() -> None:
    assert len(CASES) >= 15
    assert len({reason for reason, _ in CASES.values()}) >= 7
    assert {n for n, (r, _) in CASES.items() if r not in (HELD, IGNORED)} <= set(MESSAGES)


@pytest.mark.parametrize("name", _params())
def test_signed_malicious_package_changes_nothing(net: Net, tmp_path: Path, name: str) -> None:
    reason, make = CASES[name]
    attack = make(net, tmp_path)
    c = net.central
    if reason == IGNORED:
        open_before = {k.id for k in svc.conflicts(c)}
        synced_before = _synced_counts(net)
        svc.import_package(c, attack.path, backup=False)
        assert {k.id for k in svc.conflicts(c)} == open_before  # still open for review
        assert _synced_counts(net) == synced_before
        return
    if reason != HELD:
        before = _state(net)
        with pytest.raises(PackageRejected) as info:
            svc.import_package(c, attack.path, backup=False)
        assert info.value.reason == reason, info.value.message
        assert info.value.message and "\n" not in info.value.message
        assert MESSAGES.get(name, "") in info.value.message, info.value.message
        assert _state(net) == before
        assert not list((c.paths.data_dir / "paket-masuk").glob("*.part"))
        return
    assert attack.probe is not None
    value_before = attack.probe()
    open_before = {k.id for k in svc.conflicts(c)}
    synced_before = _synced_counts(net)
    r = svc.import_package(c, attack.path, backup=False)
    assert r.ditahan >= 1
    assert attack.probe() == value_before != attack.forged  # held, not applied
    new = [k for k in svc.conflicts(c) if k.id not in open_before]
    assert new and all(k.pemenang == "held" for k in new), new
    assert any(k.nilai_paket == attack.forged for k in new)
    assert _synced_counts(net) == synced_before  # no row of the data added or removed

