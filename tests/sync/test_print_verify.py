"""A sheet printed at a unit is verified at the central with the unit's own key (bound at
enrolment), not just by its content."""

from __future__ import annotations

import base64
from pathlib import Path

from sqlalchemy import select
from tests.sync.conftest import TAHUN, Net, add_skp

from asn_desktop.db.models import Cetakan, Pegawai
from asn_desktop.services import cetak
from asn_desktop.services.cetak import VerifyStatus


def test_unit_print_is_signature_checked_at_the_central(net: Net, tmp_path: Path) -> None:
    a = net.units["3673.A"]
    add_skp(a, net.org.people["staf_a1"], status="DISETUJUI")  # a draft is no official sheet
    with a.db.Session() as s:
        nip = s.get_one(Pegawai, net.org.people["staf_a1"]).nip
        target = cetak.target_by_nip(s, "skp", nip, TAHUN)
    hasil = cetak.print_to_file(a, [target], tmp_path / "skp.pdf")
    kode = hasil.lembar[0].kode
    net.sync_unit("3673.A")
    r = cetak.verify(net.central, kode)
    assert r.status is VerifyStatus.VALID and r.signature_checked, r.message
    assert "belum dapat diperiksa" not in r.message
    # the unit's own copy is checked with its own key; another unit has no copy at all
    assert cetak.verify(a, kode).signature_checked
    assert cetak.verify(net.units["3673.B"], kode).status is VerifyStatus.UNKNOWN
    # a registry row whose signature was altered after it arrived is refused at the central
    with net.central.session() as s:
        row = s.scalars(select(Cetakan).where(Cetakan.kode == kode.replace("-", ""))).one()
        row.signature = base64.b64encode(b"x" * 64).decode()
    assert cetak.verify(net.central, kode).status is VerifyStatus.FORGED
