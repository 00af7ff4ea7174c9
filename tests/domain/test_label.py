"""Every stored code said in words, the same everywhere."""

from __future__ import annotations

import pytest

from asn_desktop.domain.label import kolom_teks, periode_teks, teks


@pytest.mark.parametrize(("kode", "kata"), [
    ("DRAFT", "Konsep"), ("DIAJUKAN", "Diajukan"), ("DISETUJUI", "Disetujui"),
    ("DIBUKA_KEMBALI", "Dibuka kembali"), ("JPT_PRATAMA", "JPT Pratama"),
    ("FUNGSIONAL_KEAHLIAN", "Fungsional Keahlian"),
    ("DI_ATAS_EKSPEKTASI", "Di Atas Ekspektasi"), ("DI_BAWAH_EKSPEKTASI", "Di Bawah Ekspektasi"),
    ("KUANTITATIF", "Kuantitatif"), ("BUTUH PERBAIKAN", "Butuh Perbaikan"),
    ("PENSIUN", "Pensiun"), ("UTAMA", "Utama"),
    ("2026-TW4", "Triwulan IV (akhir) 2026"), ("2026-TW1", "Triwulan I 2026"),
    ("2026-SM2", "Semester II 2026"), ("2026-BL03", "Bulan Maret 2026"),
    ("TRIWULAN IV-AKHIR", "Triwulan IV (akhir)"), ("SEMESTER I", "Semester I"),
    (None, ""), ("kode-tak-dikenal", "kode-tak-dikenal"), ("2026-TW9", "2026-TW9"),
])
def test_teks(kode: str | None, kata: str) -> None:
    assert teks(kode) == kata


def test_no_word_of_a_label_is_a_code() -> None:
    for kode in ("DRAFT", "JPT_PRATAMA", "DI_ATAS_EKSPEKTASI", "2026-TW4", "MENINGGAL"):
        assert "_" not in teks(kode) and not teks(kode).isupper()


def test_periode_and_kolom() -> None:
    assert periode_teks("TRIWULAN II") == "Triwulan II"
    assert kolom_teks("catatan_rekomendasi") == "catatan rekomendasi"
    assert kolom_teks("rhk_atasan_id") == "RHK pimpinan yang diintervensi"
