"""Public-service registers travel like appraisal data: a unit's catalogue, register,
complaints with their history and IKM reach the central and show there; a unit cannot point
its rows at another unit's services or name another unit's employee as a complaint's PIC."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from sqlalchemy import select
from tests.sync.conftest import Net, table_counts

from asn_desktop.db.models_pelayanan import Layanan, LayananHarian, Pengaduan
from asn_desktop.domain.pelayanan import Kanal, Kategori
from asn_desktop.errors import PackageRejected
from asn_desktop.services import ikm, pelayanan
from asn_desktop.services import pelayanan_rekap as rk
from asn_desktop.services import pengaduan as adu

HARI = date(2026, 11, 30)


def _fill_b(net: Net) -> str:
    b = net.units["3673.B"]
    unit_b = net.org.units["3673.B"]
    with b.session() as s:
        lid = pelayanan.tambah_layanan(s, unit_b, pelayanan.LayananInput("KTP", "KTP-el", 1))
        for d, (m, sel) in {3: (10, 9), 4: (12, 12), 5: (8, 6)}.items():
            pelayanan.catat_harian(s, pelayanan.HarianInput(
                lid, date(2026, 11, d), m, sel, sel - 1, max(0, m - sel),
                "blangko habis" if m > sel else None))
        pid = adu.catat(s, unit_b, adu.PengaduanInput(
            date(2026, 11, 2), Kanal.LAPOR, "antrean lama", Kategori.NORMATIF, lid, "Siti"),
            hari_ini=HARI)
        adu.langkah(s, pid, "verifikasi", tanggal=date(2026, 11, 3), hari_ini=HARI)
        adu.langkah(s, pid, "disposisi", pic_id=net.org.people["staf_b1"],
                    tanggal=date(2026, 11, 3), hari_ini=HARI)
        ikm.catat(s, unit_b, "2026-BL11", 80, [3.0] * 9)
    return lid


def test_registers_reach_the_central_and_show_there(net: Net) -> None:
    _fill_b(net)
    net.sync_unit("3673.B")
    unit_b = net.org.units["3673.B"]
    figures = []
    for ws in (net.units["3673.B"], net.central):
        with ws.session() as s:
            r = rk.rekap(s, unit_b, rk.rentang("2026-11"), hari_ini=HARI)
            figures.append((r.masuk, r.selesai, r.tepat_waktu, r.per_status, r.ikm and r.ikm.nilai,
                            [v.nomor for v in r.terlambat], len(adu.riwayat(s, r.terlambat[0].id))))
        with ws.session() as s:
            assert [u.id for u in pelayanan.unit_berlayanan(s)] == [unit_b]
    assert figures[0] == figures[1]
    assert figures[1][:3] == (30, 27, 24)
    assert figures[1][6] == 3  # diterima, diverifikasi, didisposisi
    assert net.fp(net.central, "3673.B") == net.fp(net.units["3673.B"], "3673.B")
    # the central's monitoring line
    with net.central.session() as s:
        (line,) = rk.ringkas_unit(s, rk.rentang("2026-11"), hari_ini=HARI)
    assert (line.masuk, line.pengaduan, line.pengaduan_terlambat) == (30, 1, 1)


def _rejected(net: Net) -> str:
    a, c = net.units["3673.A"], net.central
    before = table_counts(c)
    with pytest.raises(PackageRejected) as exc:
        net.recv(c, net.send(a, c))
    assert table_counts(c) == before
    return str(exc.value)


def test_register_row_pointing_at_another_units_service_is_refused(net: Net) -> None:
    lid_b = _fill_b(net)
    net.sync_unit("3673.B")
    a = net.units["3673.A"]
    with a.session() as s:
        s.add(LayananHarian(unit_id=net.org.units["3673.A"], layanan_id=lid_b, tanggal=HARI,
                            masuk=5, selesai=5, tepat_waktu=5))
    assert "jenis layanan unit lain" in _rejected(net)


def test_complaint_naming_another_units_employee_as_pic_is_refused(net: Net) -> None:
    a = net.units["3673.A"]
    with a.session() as s:
        s.add(Pengaduan(unit_id=net.org.units["3673.A"], nomor="X/1", tanggal=HARI,
                        uraian="x", pic_id=net.org.people["staf_b1"], status="DIDISPOSISI"))
    assert "penanggung jawab" in _rejected(net)


def test_a_unit_cannot_write_another_units_register(net: Net) -> None:
    lid_b = _fill_b(net)
    net.sync_unit("3673.B")
    net.sync_unit("3673.A")
    a = net.units["3673.A"]
    with a.session() as s:
        assert s.get(Layanan, lid_b) is None  # B's registers are not sent to A
        with pytest.raises(Exception, match="di luar wilayah"):
            pelayanan.tambah_layanan(s, net.org.units["3673.B"],
                                     pelayanan.LayananInput("KK", "KK", 1))
    with a.session() as s:  # a forged row owned by B, written past the services
        s.add(Layanan(unit_id=net.org.units["3673.B"], kode="PALSU", nama="palsu"))
    with contextlib.suppress(PackageRejected):
        net.recv(net.central, net.send(a, net.central))
    with net.central.session() as s:
        assert not s.scalars(select(Layanan).where(Layanan.kode == "PALSU",
                                                   Layanan.deleted.is_(False))).all()
