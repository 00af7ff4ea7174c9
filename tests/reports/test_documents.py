"""The three sheets drawn from hand-made values: text, page numbers, orientation, hashing."""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Callable
from typing import Any, cast

import pytest
from pypdf import PdfReader
from tests.reports import samples

from asn_desktop.domain import jabatan as jb
from asn_desktop.reports.content import (
    BarisHasilKerja,
    KelompokRhk,
    Pilihan,
    canonical,
    content_hash,
)
from asn_desktop.reports.documents import orientation
from asn_desktop.reports.layout import Cap, pilihan_markup
from asn_desktop.reports.render import SheetJob, render_pdf

CAP = Cap("ABCD-EFGH-JKMN", "ASNV1:ABCDEFGHJKMN:0123456789ABCDEF0123456789ABCDEF")


def render(*lembar: object, cap: Cap | None = CAP) -> PdfReader:
    buf = io.BytesIO()
    render_pdf([SheetJob(x, None, cap) for x in lembar], buf,  # type: ignore[arg-type]
               keywords=["ASNV1:ABCDEFGHJKMN:" + "0" * 64])
    buf.seek(0)
    return PdfReader(buf)


def text_of(reader: PdfReader) -> str:
    return "\n".join(p.extract_text() or "" for p in reader.pages)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def assert_identity(text: str) -> None:
    flat = squash(text)
    for who in (samples.PEGAWAI, samples.PENILAI):
        for value in (who.nama, who.nip, who.pangkat, who.jabatan):
            assert squash(value) in flat, value


def test_skp_kuantitatif_text() -> None:
    reader = render(samples.skp())
    text = text_of(reader)
    for heading in ("SASARAN KINERJA PEGAWAI", "PENDEKATAN HASIL KERJA KUANTITATIF",
                    "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
                    "PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA", "HASIL KERJA",
                    "A. UTAMA", "B. TAMBAHAN", "PERILAKU KERJA", "Ekspektasi Khusus Pimpinan:",
                    "LAMPIRAN SASARAN KINERJA PEGAWAI", "DUKUNGAN SUMBER DAYA",
                    "SKEMA PERTANGGUNGJAWABAN", "KONSEKUENSI",
                    "PERIODE PENILAIAN: 01 JANUARI SD 31 DESEMBER TAHUN 2026",
                    "Pegawai yang Dinilai,", "Pejabat Penilai Kinerja,", "Serang, 05 Januari 2026",
                    f"NIP. {samples.PEGAWAI.nip}", f"NIP. {samples.PENILAI.nip}",
                    "Berorientasi Pelayanan", "Kolaboratif"):
        assert squash(heading) in squash(text), heading
    for k in jb.form_spec(jb.JenisJabatan.FUNGSIONAL_KEAHLIAN, jb.Pendekatan.KUANTITATIF,
                          "SKP").kolom:
        assert squash(k) in squash(text), k
    assert_identity(text)
    assert orientation(samples.skp()) == "landscape"


def test_skp_variants_orientation_and_headings() -> None:
    kual = samples.skp(pendekatan=jb.Pendekatan.KUALITATIF)
    jpt = samples.skp(jenis=jb.JenisJabatan.JPT_PRATAMA)
    assert orientation(kual) == "portrait"
    assert orientation(jpt) == "portrait"
    t_kual = text_of(render(kual))
    assert "PENDEKATAN HASIL KERJA KUALITATIF" in t_kual
    t_jpt = text_of(render(jpt))
    assert "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI" in t_jpt
    assert "PERSPEKTIF" in t_jpt and "Penerima Layanan" in t_jpt
    reader = render(jpt)
    w, h = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert w < h  # portrait A4
    assert round(float(w)) == 595


def test_evaluasi_text() -> None:
    lembar = samples.evaluasi(tanda="KONSEP")
    reader = render(lembar)
    text = text_of(reader)
    for heading in ("EVALUASI KINERJA PEGAWAI", "PERIODE: TRIWULAN I/II/III/IV-AKHIR",
                    "CAPAIAN KINERJA ORGANISASI*", "POLA DISTRIBUSI:",
                    "KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA "
                    "ORGANISASI BAIK", "Frekuensi Pegawai", "Predikat Kinerja Pegawai",
                    "RATING HASIL KERJA*", "RATING PERILAKU KERJA*",
                    "PREDIKAT KINERJA PEGAWAI*",
                    "DIATAS EKSPEKTASI/ SESUAI EKSPEKTASI/ DIBAWAH EKSPEKTASI",
                    "SANGAT BAIK/ BAIK/ BUTUH PERBAIKAN/ KURANG/ SANGAT KURANG",
                    "ISTIMEWA/ BAIK/ BUTUH PERBAIKAN/ KURANG/ SANGAT KURANG",
                    "REALISASI BERDASARKAN BUKTI DUKUNG",
                    "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG",
                    "PERIODE PENILAIAN: 01 APRIL SD 30 JUNI TAHUN 2026",
                    "Pegawai yang Dinilai,", "Pejabat Penilai Kinerja,", "Serang, 30 Juni 2026",
                    "KONSEP"):
        assert squash(heading) in squash(text), heading
    assert_identity(text)
    assert orientation(lembar) == "landscape"
    w, h = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert w > h


def test_dokumen_is_one_page_with_both_dates() -> None:
    reader = render(samples.dokumen())
    assert len(reader.pages) == 1
    text = text_of(reader)
    for heading in ("DOKUMEN EVALUASI KINERJA PEGAWAI", "PEGAWAI YANG DINILAI",
                    "PEJABAT PENILAI KINERJA", "ATASAN PEJABAT PENILAI KINERJA",
                    "EVALUASI KINERJA", "CAPAIAN KINERJA ORGANISASI", "PREDIKAT KINERJA PEGAWAI",
                    "CATATAN/REKOMENDASI", "Halaman 1 dari 1"):
        assert squash(heading) in squash(text), heading
    assert text.count("Serang, 31 Desember 2026") == 2
    assert squash(samples.ATASAN.nama) in squash(text)


def test_page_numbers_restart_per_sheet_in_a_combined_file() -> None:
    reader = render(samples.evaluasi(), samples.dokumen(), samples.skp())
    numbers = []
    for page in reader.pages:
        m = re.search(r"Halaman (\d+) dari (\d+)", page.extract_text() or "")
        assert m is not None
        numbers.append((int(m[1]), int(m[2])))
    # each sheet counts its own pages: 1..n of n, then 1..1 of 1 for the dokumen, ...
    sheets: list[list[tuple[int, int]]] = []
    for n, total in numbers:
        if n == 1:
            sheets.append([])
        sheets[-1].append((n, total))
    assert len(sheets) == 3
    for pages in sheets:
        assert [n for n, _ in pages] == list(range(1, len(pages) + 1))
        assert {t for _, t in pages} == {len(pages)}
    assert sheets[1] == [(1, 1)]
    # orientation switches per sheet: evaluasi landscape, dokumen portrait
    first_dok = len(sheets[0])
    p = reader.pages[first_dok]
    assert p.mediabox.width < p.mediabox.height


def test_code_and_metadata_on_every_page() -> None:
    reader = render(samples.evaluasi())
    for page in reader.pages:
        assert "Kode verifikasi: ABCD-EFGH-JKMN" in (page.extract_text() or "")
    meta = reader.metadata
    assert meta is not None
    assert "ASNV1:ABCDEFGHJKMN:" in str(meta.get("/Keywords"))


def test_fonts_are_embedded() -> None:
    reader = render(samples.dokumen())
    fonts = set()
    for page in reader.pages:
        res = cast(Any, page["/Resources"])["/Font"]
        for ref in res.values():
            f = ref.get_object()
            desc = f.get("/DescendantFonts")
            base = f["/BaseFont"]
            fonts.add(str(base))
            if desc is not None:
                fd = desc[0].get_object()["/FontDescriptor"]
            else:
                fd = f["/FontDescriptor"]
            assert "/FontFile2" in fd, base
    assert fonts and all("DejaVuSansCondensed" in f for f in fonts), fonts


def test_long_texts_split_across_pages() -> None:
    e = samples.evaluasi(n_rhk=2)
    hk = e.hasil_kerja
    first = list(hk.bagian[0].kelompok[0].baris)
    big = list(first[0].sel)
    big[-1] = "Umpan balik yang sangat panjang. " * 500
    rows = [BarisHasilKerja(tuple(big)), *first[1:]]
    bag = dataclasses.replace(hk.bagian[0], kelompok=(KelompokRhk(tuple(rows)),))
    e = dataclasses.replace(e, hasil_kerja=dataclasses.replace(hk, bagian=(bag, *hk.bagian[1:])),
                            perilaku=tuple(dataclasses.replace(p, umpan_balik="Catatan. " * 600)
                                           for p in e.perilaku))
    reader = render(e)
    assert len(reader.pages) > 5
    text = text_of(reader)
    assert text.count("HASIL KERJA") >= 3  # the heading repeats on every page of the table
    assert "PREDIKAT KINERJA PEGAWAI*" in text


def test_option_lines_strike_all_but_the_chosen() -> None:
    xml = pilihan_markup(Pilihan("SANGAT BAIK/ BAIK/ BUTUH PERBAIKAN/ KURANG/ SANGAT KURANG",
                                 "BAIK"))
    assert xml == ("<strike>SANGAT BAIK</strike>/ <b>BAIK</b>/ <strike>BUTUH PERBAIKAN</strike>/"
                   " <strike>KURANG</strike>/ <strike>SANGAT KURANG</strike>")
    period = pilihan_markup(Pilihan("TRIWULAN I/II/III/IV-AKHIR", "II"))
    assert period == ("TRIWULAN <strike>I</strike>/<b>II</b>/<strike>III</strike>/"
                      "<strike>IV-AKHIR</strike>")
    first = pilihan_markup(Pilihan("TRIWULAN I/II/III/IV-AKHIR", "TRIWULAN I"))
    assert first.startswith("<b>TRIWULAN I</b>/<strike>II</strike>")
    assert pilihan_markup(Pilihan("ISTIMEWA/ BAIK", None)) == "ISTIMEWA/ BAIK"


def test_hash_covers_printed_values_only_and_is_stable() -> None:
    a = samples.evaluasi()
    b = samples.evaluasi()
    assert canonical(a) == canonical(b)
    assert content_hash(a) == content_hash(b)
    changed = dataclasses.replace(a, predikat=Pilihan(a.predikat.opsi, "SANGAT BAIK"))
    assert content_hash(changed) != content_hash(a)
    renamed = dataclasses.replace(a, pegawai=dataclasses.replace(a.pegawai, nip="1" * 18))
    assert content_hash(renamed) != content_hash(a)
    # the hash does not depend on the PDF bytes (creation time, layout)
    assert len(content_hash(a)) == 64


@pytest.mark.parametrize("kind", ["skp", "evaluasi", "dokumen"])
def test_render_without_stamp(kind: str) -> None:
    makers: dict[str, Callable[[], object]] = {
        "skp": samples.skp, "evaluasi": samples.evaluasi, "dokumen": samples.dokumen}
    lembar = makers[kind]()
    text = text_of(render(lembar, cap=None))
    assert "Kode verifikasi" not in text
    assert "Halaman 1 dari" in text
