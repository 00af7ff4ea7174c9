"""Employee list queries and validation as the Pegawai page uses them."""

from __future__ import annotations

import pytest

from asn_desktop.db.models import OrgUnit
from asn_desktop.errors import ValidationError
from asn_desktop.services import pegawai as svc
from asn_desktop.services.workspace import Workspace


def _unit(ws: Workspace) -> str:
    with ws.session() as s:
        u = OrgUnit(kode="3673.X", nama="Unit X")
        s.add(u)
        s.flush()
        return u.id


def _input(unit_id: str, **kw: object) -> svc.PegawaiInput:
    base: dict[str, object] = dict(status="PNS", nip="198609262015051001", nama="Budi Santoso",
                                   jabatan="Pranata Komputer Ahli Pertama",
                                   jenis_jabatan="FUNGSIONAL_KEAHLIAN", golongan="III/a",
                                   unit_id=unit_id, gelar_belakang="S.Kom.")
    base.update(kw)
    return svc.PegawaiInput(**base)  # type: ignore[arg-type]


def test_search_ignores_case_and_matches_nip_prefix_and_jabatan(central: Workspace) -> None:
    uid = _unit(central)
    with central.session() as s:
        svc.save_pegawai(s, _input(uid))
        svc.save_pegawai(s, _input(uid, nip="199202142019032012", nama="Siti Aminah",
                                   jabatan="Analis SDM Aparatur"))
    with central.db.Session() as s:
        def names(text: str) -> list[str]:
            return [r.nama for r in svc.list_pegawai(s, svc.PegawaiFilter(text=text))]

        assert names("BUDI") == ["Budi Santoso, S.Kom."]
        assert names("1992 0214") == ["Siti Aminah, S.Kom."]
        assert names("analis") == ["Siti Aminah, S.Kom."]
        assert svc.count_pegawai(s, svc.PegawaiFilter(text="a")) == 2
        assert names("zzz") == []


def test_deleted_employee_leaves_the_list_and_can_be_restored(central: Workspace) -> None:
    uid = _unit(central)
    with central.session() as s:
        pid = svc.save_pegawai(s, _input(uid)).id
    with central.session() as s:
        svc.delete_pegawai(s, pid)
    with central.db.Session() as s:
        assert svc.count_pegawai(s, svc.PegawaiFilter()) == 0
    with central.db.Session() as s:
        assert [r.id for r in svc.deleted_pegawai(s)] == [pid]
    with central.session() as s:
        svc.restore_pegawai(s, pid)
    with central.db.Session() as s:
        assert svc.count_pegawai(s, svc.PegawaiFilter()) == 1
        assert svc.deleted_pegawai(s) == []


def test_restore_refused_while_the_nip_has_a_live_holder(central: Workspace) -> None:
    uid = _unit(central)
    with central.session() as s:
        old = svc.save_pegawai(s, _input(uid)).id
        svc.delete_pegawai(s, old)
        again = svc.save_pegawai(s, _input(uid, nama="Budi Santoso (dientri ulang)")).id
    with pytest.raises(ValidationError) as e, central.session() as s:
        svc.restore_pegawai(s, old)
    assert e.value.field == "nip" and "dipakai" in e.value.message
    with central.db.Session() as s:
        assert [r.id for r in svc.deleted_pegawai(s)] == [old]
        assert svc.count_pegawai(s, svc.PegawaiFilter()) == 1 and again


@pytest.mark.parametrize(("changes", "field", "kode"), [
    ({"nip": "198602302015051001"}, "nip", "tanggal_lahir"),
    ({"nip": "198609262015131001"}, "nip", "bulan_tmt"),
    ({"nip": "198609262015053001"}, "nip", "jenis_kelamin"),
    ({"golongan": "V"}, "golongan", None),
    ({"status": "PPPK", "nip": "199009132025242014", "golongan": "III/a"}, "golongan", None),
    ({"nama": " "}, "nama", None),
])
def test_validation_names_the_field_at_fault_and_stores_nothing(
    central: Workspace, changes: dict[str, object], field: str, kode: str | None
) -> None:
    uid = _unit(central)
    with pytest.raises(ValidationError) as err, central.session() as s:
        svc.save_pegawai(s, _input(uid, **changes))
    assert err.value.field == field
    if kode:
        assert err.value.kode == kode
    with central.db.Session() as s:
        assert svc.count_pegawai(s, svc.PegawaiFilter(include_inactive=True)) == 0


def test_duplicate_nip_is_refused(central: Workspace) -> None:
    uid = _unit(central)
    with central.session() as s:
        svc.save_pegawai(s, _input(uid))
    with pytest.raises(ValidationError, match="sudah dipakai") as err, central.session() as s:
        svc.save_pegawai(s, _input(uid, nama="Orang Lain"))
    assert err.value.field == "nip"
