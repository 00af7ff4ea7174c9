from __future__ import annotations

import pytest

from asn_desktop.db.models import Pengaturan
from asn_desktop.domain.organisasi import DEFAULT_GUIDANCE, CapaianOrganisasi
from asn_desktop.domain.periods import Frekuensi
from asn_desktop.errors import ValidationError
from asn_desktop.services import pengaturan as svc
from asn_desktop.services.workspace import Workspace


def test_every_key_has_a_valid_default() -> None:
    assert svc.check_settings() == []
    bad = {"x": svc.SettingDef("x", "X", None, lambda v: v),
           "y": svc.SettingDef("z", "Y", "", svc.SETTINGS[svc.TEMPAT].validate)}
    problems = svc.check_settings(bad)
    assert any(p.startswith("x: tidak punya nilai bawaan") for p in problems)
    assert any("y: kunci tidak sama" in p for p in problems)
    assert any("y: nilai bawaan tidak sah" in p for p in problems)


def test_defaults(ws: Workspace) -> None:
    with ws.session() as s:
        assert svc.instansi(s) == "PEMERINTAH KOTA SERANG"
        assert svc.tempat(s) == "Serang"
        assert svc.frekuensi_default(s) is Frekuensi.TRIWULANAN
        assert svc.panduan_distribusi(s) == DEFAULT_GUIDANCE
        assert svc.kepala_daerah(s) is None
        assert all(v.bawaan for v in svc.list_settings(s))
        assert s.get(Pengaturan, svc.TEMPAT) is None


def test_set_get_reset(ws: Workspace) -> None:
    with ws.session() as s:
        assert svc.set_setting(s, svc.INSTANSI, "  PEMERINTAH   KOTA SERANG  ") == \
            "PEMERINTAH KOTA SERANG"
        svc.set_setting(s, svc.FREKUENSI_DEFAULT, "SEMESTERAN")
        assert svc.frekuensi_default(s) is Frekuensi.SEMESTERAN
        assert s.get_one(Pengaturan, svc.FREKUENSI_DEFAULT).nilai == '"SEMESTERAN"'
        svc.reset_setting(s, svc.FREKUENSI_DEFAULT)
        assert svc.frekuensi_default(s) is Frekuensi.TRIWULANAN
        svc.set_setting(s, svc.FREKUENSI_DEFAULT, "BULANAN")  # revives the tombstone
        assert svc.frekuensi_default(s) is Frekuensi.BULANAN
        views = {v.key: v for v in svc.list_settings(s)}
        assert not views[svc.FREKUENSI_DEFAULT].bawaan and views[svc.TEMPAT].bawaan


@pytest.mark.parametrize(("key", "value"), [
    (svc.TEMPAT, "  "),
    (svc.INSTANSI, 5),
    (svc.FREKUENSI_DEFAULT, "HARIAN"),
    (svc.JENIS_UNIT_MANDIRI, ["PLANET"]),
    (svc.KEPALA_DAERAH, {"nama": "X", "jabatan": ""}),
    (svc.KEPALA_DAERAH, {"nama": "X", "jabatan": "Wali Kota", "hobi": "catur"}),
    (svc.PANDUAN_DISTRIBUSI, {"BAIK": []}),
    ("tidak_ada", "x"),
])
def test_invalid_values_refused(ws: Workspace, key: str, value: object) -> None:
    with ws.session() as s, pytest.raises(ValidationError):
        svc.set_setting(s, key, value)


def test_several_settings_all_or_nothing_refusal_names_its_setting(ws: Workspace) -> None:
    with pytest.raises(ValidationError) as e, ws.session() as s:
        svc.set_settings(s, {svc.TEMPAT: "Cilegon", svc.KEPALA_DAERAH: {"nama": "X",
                                                                         "jabatan": ""}})
    assert e.value.field == svc.KEPALA_DAERAH
    with ws.session() as s:
        assert next(v for v in svc.list_settings(s) if v.key == svc.TEMPAT).bawaan
        svc.set_settings(s, {svc.TEMPAT: "Cilegon", svc.INSTANSI: "PEMERINTAH KOTA SERANG"})
        assert not next(v for v in svc.list_settings(s) if v.key == svc.TEMPAT).bawaan


def test_guidance_validated_with_domain(ws: Workspace) -> None:
    with ws.session() as s:
        data = svc.get_setting(s, svc.PANDUAN_DISTRIBUSI)
        data["BAIK"][0]["max_share"] = 0.8
        svc.set_setting(s, svc.PANDUAN_DISTRIBUSI, data)
        assert svc.panduan_distribusi(s)[CapaianOrganisasi.BAIK][0].max_share == 0.8
        data["BAIK"][0]["max_share"] = 1.5
        with pytest.raises(ValidationError):
            svc.set_setting(s, svc.PANDUAN_DISTRIBUSI, data)


def test_unreadable_stored_value_falls_back(ws: Workspace) -> None:
    with ws.session() as s:
        s.add(Pengaturan(id=svc.FREKUENSI_DEFAULT, nilai="{rusak"))
        s.flush()
        assert svc.frekuensi_default(s) is Frekuensi.TRIWULANAN


def test_returned_values_are_copies(ws: Workspace) -> None:
    with ws.session() as s:
        data = svc.get_setting(s, svc.PANDUAN_DISTRIBUSI)
        data["BAIK"].clear()
        assert svc.panduan_distribusi(s) == DEFAULT_GUIDANCE
        assert svc.SETTINGS[svc.PANDUAN_DISTRIBUSI].default["BAIK"]
