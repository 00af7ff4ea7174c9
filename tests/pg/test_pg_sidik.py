"""A central on PostgreSQL and one on SQLite holding the same organisation, employees and
plans have the same fingerprints, whole and per unit (sync/fingerprint.py through the sync
engine's connection, sync/sql.py, with the unit scopes of sync/scope.py)."""

from __future__ import annotations

import itertools
import uuid
from datetime import date
from pathlib import Path

import pytest

from asn_desktop import paths
from asn_desktop.db.models import OrgUnit, Pegawai
from asn_desktop.services.workspace import Workspace, init_workspace
from asn_desktop.sync.fingerprint import fingerprint
from asn_desktop.sync.scope import raw


def _fill(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same content on every call: fixed ids, texts and dates (a second tree of units
    beside the root each central was born with under a random id)."""
    counter = itertools.count(1)
    with monkeypatch.context() as m:
        m.setattr(uuid, "uuid4", lambda: uuid.UUID(int=next(counter)))
        with ws.session() as s:
            s.add(OrgUnit(id="u-kota", kode="3673", nama="Kota Serang", jenis="PEMKOT"))
            s.add(OrgUnit(id="u-disdik", kode="3673.DISDIK", nama="Dinas Pendidikan",
                          jenis="OPD", parent_id="u-kota", urutan=2, ditutup=date(2030, 1, 1)))
            s.add(OrgUnit(id="u-smp1", kode="3673.SMP1", nama="SMP Negeri 1", jenis="SEKOLAH",
                          parent_id="u-disdik", logo_png=b"\x89PNG\x00"))
            s.add(Pegawai(id="p-kadis", nip="198003032005031003", nama="Ahmad Fauzi",
                          unit_id="u-disdik", jenis_jabatan="JPT_PRATAMA", golongan="IV/c",
                          pimpinan_unit=True, tanggal_lahir=date(1980, 3, 3)))
            s.add(Pegawai(id="p-guru", nip="198505052010012005", nama="Siti Rahma",
                          unit_id="u-smp1", atasan_id="p-kadis", aktif=False,
                          tanggal_lahir=date(1985, 5, 5)))
            s.flush()
            s.get_one(Pegawai, "p-guru").jabatan = "Guru Ahli Pertama"


def _prints(ws: Workspace, units: list[str]) -> dict[str | None, str]:
    with ws.session() as s:
        db = raw(s)
        return {u: fingerprint(db, u) for u in [None, *units]}


def test_same_content_same_fingerprints(tmp_path: Path, pg_url: str,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    lite = init_workspace(paths.resolve(tmp_path / "a"), "central", "BKPSDM")
    pg = init_workspace(paths.resolve(tmp_path / "b"), "central", "BKPSDM", database=pg_url)
    try:
        _fill(lite, monkeypatch)
        _fill(pg, monkeypatch)
        units = ["u-kota", "u-disdik", "u-smp1"]
        a, b = _prints(lite, units), _prints(pg, units)
        assert len(set(a.values())) == 4  # the scopes differ from each other
        # the root each central was born with has a random id: the whole differs, every
        # unit's scope is the same
        assert {u: b[u] for u in units} == {u: a[u] for u in units}
        with pg.session() as s:
            s.get_one(OrgUnit, "u-smp1").nama = "SMP Negeri 1 Serang"
        assert _prints(pg, units)["u-smp1"] != a["u-smp1"]
    finally:
        lite.close()
        pg.close()
