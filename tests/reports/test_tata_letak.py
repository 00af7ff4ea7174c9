"""The layout rules of a printed sheet (reports.tata_letak): the check itself on recorded
pages, and sheets of every length drawn and checked, so that the signature block, a lone
perilaku row or the catatan heading never end up alone, whatever the amount of text."""

from __future__ import annotations

import dataclasses
import io

import pytest
from tests.reports import samples

from asn_desktop.reports import documents, tata_letak
from asn_desktop.reports.content import Kop, Lembar
from asn_desktop.reports.render import SheetJob, render_pdf
from asn_desktop.reports.tata_letak import Blok, periksa

B = Blok


def test_check_finds_each_broken_rule() -> None:
    assert periksa([B(-1, 1, "halaman"), B(0, 1, "judul"), B(0, 1, "hasil_kerja")]) == []
    only_ttd = periksa([B(-1, 1, "halaman"), B(0, 1, "perilaku"), B(-1, 2, "halaman"),
                        B(0, 2, "predikat"), B(0, 2, "ttd")])
    assert [(p.halaman, p.aturan) for p in only_ttd] == [
        (2, "halaman hanya berisi blok tanda tangan")]
    empty = periksa([B(-1, 1, "halaman"), B(0, 1, "judul"), B(-1, 2, "halaman")])
    assert [p.aturan for p in empty] == ["halaman hanya berisi kaki halaman"]
    twice = periksa([B(-1, 1, "halaman"), B(0, 1, "hasil_kerja", 0, 3, False),
                     B(0, 1, "hasil_kerja", 1, 1, False)])
    assert [p.aturan for p in twice] == ["judul tabel hasil_kerja tercetak dua kali"]
    lone = periksa([B(-1, 1, "halaman"), B(0, 1, "perilaku", 0, 6, False), B(-1, 2, "halaman"),
                    B(0, 2, "perilaku", 1, 1, False), B(0, 2, "ttd")])
    assert [p.aturan for p in lone] == ["satu baris perilaku kerja terpisah sendiri"]
    late = [B(-1, 1, "halaman"), B(0, 1, "identitas"),
            B(0, 1, "coba:hasil_kerja", ruang=120.0, butuh=80.0),
            B(-1, 2, "halaman"), B(0, 2, "hasil_kerja")]
    assert [p.halaman for p in periksa(late)] == [1]
    # too little room on page 1 is fine; on a later page it is not a first-page question
    assert periksa([*late[:2], B(0, 1, "coba:hasil_kerja", ruang=60.0, butuh=80.0),
                    *late[3:]]) == []


def _check(lembar: Lembar) -> list[tata_letak.Pelanggaran]:
    catatan: list[Blok] = []
    render_pdf([SheetJob(lembar)], io.BytesIO(), tata=catatan)
    assert any(b.jenis == tata_letak.TTD for b in catatan)
    return periksa(catatan)


def _no_kop(lembar: Lembar) -> Lembar:
    return dataclasses.replace(lembar, kop=Kop())


SIZES = range(1, 11)


@pytest.mark.parametrize("n_rhk", SIZES)
def test_skp_and_evaluasi_of_any_length_lay_out_cleanly(n_rhk: int) -> None:
    for lembar in (samples.skp(n_rhk=n_rhk), samples.evaluasi(n_rhk=n_rhk)):
        assert _check(_no_kop(lembar)) == []


@pytest.mark.parametrize("words", [0, 180, 240, 420, 520, 840, 900, 960, 1400])
def test_dokumen_catatan_of_any_length(words: int) -> None:
    lembar = dataclasses.replace(_no_kop(samples.dokumen()),
                                 catatan=" ".join(["rekomendasi"] * words))
    assert _check(lembar) == []


def test_the_check_catches_a_naive_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without keeping the signature with the table above it, some lengths leave it alone on
    a page: the check sees it (so the clean results above mean something)."""

    def naive(table: object, tail: list[object]) -> list[object]:
        return [table, *tail]

    def story(lembar: Lembar, logo: bytes | None, width: float) -> list[object]:
        out: list[object] = []
        for f in original(lembar, logo, width):
            out += naive(f.table, f.tail) if isinstance(f, documents.TetapBersama) else [f]
        return out

    original = documents._evaluasi
    monkeypatch.setattr(documents, "_evaluasi", story)
    found = [p for n in SIZES for p in _check(_no_kop(samples.evaluasi(n_rhk=n)))]
    assert any(p.aturan == "halaman hanya berisi blok tanda tangan" for p in found)


SENTENCE = "Perlu meningkatkan koordinasi dengan tim dalam penyusunan laporan bulanan."


def _long_perilaku(lembar: Lembar, reps: dict[int, int]) -> Lembar:
    rows = list(lembar.perilaku)  # type: ignore[union-attr]
    for i, n in reps.items():
        rows[i] = dataclasses.replace(rows[i], umpan_balik=" ".join([SENTENCE] * n),
                                      ekspektasi=" ".join([SENTENCE] * max(1, n // 2)))
    return dataclasses.replace(lembar, perilaku=tuple(rows))


@pytest.mark.parametrize("reps", [2, 4, 6, 8])
@pytest.mark.parametrize("n_rhk", [1, 3, 5, 8])
def test_long_behaviour_feedback_keeps_rows_and_signature_together(n_rhk: int,
                                                                    reps: int) -> None:
    lembar = _long_perilaku(_no_kop(samples.evaluasi(n_rhk=n_rhk)), {5: reps, 6: reps})
    assert _check(lembar) == []


def test_random_text_lengths_never_leave_the_signature_alone() -> None:
    """Any mix of lengths: the signature block, the footer and a table heading are never on a
    page by themselves or twice (a lone value may be unavoidable when two values each need
    half a page, so that rule is left out here)."""
    import random

    rng = random.Random(20261202)
    hard = {"halaman hanya berisi blok tanda tangan", "halaman hanya berisi kaki halaman"}
    for _ in range(24):
        reps = {i: rng.choice((0, 1, 3, 6, 12)) for i in range(7)}
        for lembar in (samples.evaluasi(n_rhk=rng.randint(1, 9)),
                       samples.skp(n_rhk=rng.randint(1, 9))):
            found = _check(_long_perilaku(_no_kop(lembar), reps))
            assert not [p for p in found if p.aturan in hard or "dua kali" in p.aturan], reps
