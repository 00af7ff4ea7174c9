"""The printed batch of the demo city (every SKP, Evaluasi and Dokumen Evaluasi of the year,
200 employees) passes the layout checks, with and without letterhead images."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select
from tests.reports.conftest import TAHUN, build_demo
from tests.reports.test_cetak import pdf_text, print_one

from asn_desktop.db.models import Evaluasi, Pegawai
from asn_desktop.services import cetak, pengaturan
from asn_desktop.services.cetak import VerifyStatus
from asn_desktop.services.cetak_tata_letak import periksa_batch, targets_tahun
from asn_desktop.services.workspace import Workspace


@pytest.fixture(scope="module")
def kota(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    ws = build_demo(tmp_path_factory.mktemp("kota"), employees=200)
    yield ws
    ws.close()


def test_whole_city_batch_passes_the_layout_checks(kota: Workspace) -> None:
    targets = targets_tahun(kota, TAHUN)
    kinds = {t.dokumen for t in targets}
    assert kinds == {"skp", "evaluasi", "dokumen"} and len(targets) > 1000
    hasil = periksa_batch(kota, targets)
    assert hasil.lembar == len(targets)
    assert [str(t) for t in hasil.temuan] == []
    assert set(hasil.per_lembar["dokumen"]) == {1}
    assert max(hasil.per_lembar["evaluasi"]) <= 4
    assert max(hasil.per_lembar["skp"]) <= 4


def _png(w: int, h: int) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (w, h), (30, 60, 120)).save(buf, "PNG")
    return buf.getvalue()


def test_batch_with_letterhead_and_emblem(kota: Workspace, tmp_path: Path) -> None:
    with kota.session() as s:
        pengaturan.set_gambar(s, pengaturan.KOP_SURAT, _png(1600, 260))
        pengaturan.set_gambar(s, pengaturan.LAMBANG, _png(300, 320))
    try:
        targets = targets_tahun(kota, TAHUN)
        sample = [t for t in targets if t.dokumen != "skp"][:240] + [
            t for t in targets if t.dokumen == "skp"][:60]
        hasil = periksa_batch(kota, sample)
        assert [str(t) for t in hasil.temuan] == []
    finally:
        with kota.session() as s:
            pengaturan.set_gambar(s, pengaturan.KOP_SURAT, None)
            pengaturan.set_gambar(s, pengaturan.LAMBANG, None)


def test_pppk_guru_dokumen_leaves_nip_and_pangkat_blank(kota: Workspace, tmp_path: Path) -> None:
    """The guru (semester) variant of the Dokumen: "bagi Non PNS dikosongkan"."""
    with kota.db.Session() as s:
        rows = s.execute(
            select(Pegawai, Evaluasi).join(Evaluasi, Evaluasi.pegawai_id == Pegawai.id)
            .where(Pegawai.status == "PPPK", Evaluasi.status == "DISETUJUI",
                   Evaluasi.periode_kode.like("%-SM%"))).first()
    assert rows is not None, "the demo has a PPPK teacher with an approved semester evaluation"
    p, e = rows
    print_one(kota, "dokumen", p.nip, tmp_path / "d.pdf", e.periode_kode)
    text = pdf_text(tmp_path / "d.pdf")
    assert p.nama in text
    assert p.nip not in text and p.golongan not in text.split()  # nor under the signature
    # and the genuine file verifies: a value printed blank is not "unreadable"
    res = cetak.verify_pdf(kota, tmp_path / "d.pdf")[0]
    assert res.status is VerifyStatus.VALID, res.message
