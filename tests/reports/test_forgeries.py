"""Forged and altered sheets: none verifies SAH, each fails with its own reason.

The forgeries are made the way a forger with the genuine PDF (or the paper) and this application
would make them: the sheet is drawn again by the application's own printing code with one value
changed, under the genuine verification code and QR, with the genuine PDF metadata copied in (or
left out); or a new PDF is written by hand with the code and the names. The registry's record of
what was printed decides, never the PDF metadata.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from tests.reports import samples
from tests.reports.conftest import approved_evaluasi

from asn_desktop.db.models import Cetakan, Evaluasi, Pegawai
from asn_desktop.domain.periods import periode_by_kode, periode_penilaian_line
from asn_desktop.reports.baca import read_pages, sheets_in
from asn_desktop.reports.content import Identitas, Lembar, LembarDokumen, LembarEvaluasi, Pilihan
from asn_desktop.reports.layout import Cap
from asn_desktop.reports.render import SheetJob, render_pdf
from asn_desktop.reports.ringkasan import ringkasan
from asn_desktop.services import cetak
from asn_desktop.services.cetak import VerifyStatus
from asn_desktop.services.workspace import Workspace


@dataclasses.dataclass(frozen=True)
class Genuine:
    ws: Workspace
    tercetak: cetak.Tercetak
    pdf: Path
    siap: cetak.Siap
    keywords: str

    @property
    def raw(self) -> str:
        return self.tercetak.kode.replace("-", "")


def print_genuine(ws: Workspace, target: cetak.Target, out: Path) -> Genuine:
    hasil = cetak.print_to_file(ws, [target], out)
    with ws.db.Session() as s:
        siap = cetak.build_sheet(s, target)
    meta = PdfReader(str(out)).metadata
    assert meta is not None
    return Genuine(ws, hasil.lembar[0], out, siap, str(meta["/Keywords"]))


def redraw(g: Genuine, out: Path, change: Callable[[Lembar], Lembar], *,
           metadata: bool = True, keterangan: str = "") -> Path:
    """The sheet drawn again by the application's printing code with ``change`` applied, under
    the genuine code and QR, with the genuine metadata (or none)."""
    cap = Cap(kode=g.tercetak.kode, qr_payload=cetak.qr_payload(g.raw, g.siap.content_hash),
              keterangan=keterangan)
    lembar = change(g.siap.lembar)
    render_pdf([SheetJob(lembar, g.siap.logo_png, cap)], out, title="Lembar",
               keywords=[g.keywords] if metadata else [])
    return out


def other_option(p: Pilihan) -> Pilihan:
    options = [o.strip() for o in p.opsi.split("/")]
    return dataclasses.replace(p, terpilih=next(o for o in options if o != p.terpilih))


def eval_lembar(lembar: Lembar) -> LembarEvaluasi:
    assert isinstance(lembar, LembarEvaluasi)
    return lembar


def with_pegawai(lembar: Lembar, **kw: str) -> Lembar:
    pegawai: Identitas = dataclasses.replace(lembar.pegawai, **kw)
    return dataclasses.replace(lembar, pegawai=pegawai)  # type: ignore[return-value]


@pytest.fixture(scope="module")
def genuine(demo: Workspace, tmp_path_factory: pytest.TempPathFactory) -> Genuine:
    p, e = approved_evaluasi(demo)
    folder = tmp_path_factory.mktemp("asli")
    return print_genuine(demo, cetak.Target("evaluasi", e.id, p.id), folder / "asli.pdf")


def one(ws: Workspace, path: Path) -> cetak.VerifyResult:
    [r] = cetak.verify_pdf(ws, path)
    return r


def test_genuine_sheet_is_sah_and_shows_what_was_printed(genuine: Genuine) -> None:
    r = one(genuine.ws, genuine.pdf)
    assert r.status is VerifyStatus.VALID and r.exit_code == 0, r.message
    assert r.message.startswith("SAH:") and genuine.tercetak.nip in r.message
    printed = ringkasan(genuine.siap.lembar)
    assert r.tercetak == printed and not r.selisih
    rows = dict(r.rincian())
    assert rows["Nama"] == printed.nama and rows["NIP"] == printed.nip
    assert rows["Predikat"] == printed.predikat and printed.predikat
    assert rows["Rating hasil kerja"] == printed.rating_hasil_kerja
    assert rows["Rating perilaku kerja"] == printed.rating_perilaku_kerja
    assert printed.periode in rows["Periode"]
    assert rows["Status"] == "DISETUJUI (lembar resmi)"
    assert rows["Instalasi pencetak"] == "BKPSDM Kota Serang"
    assert rows["Kode verifikasi"] == genuine.tercetak.kode and rows["Dicetak"]
    # the code (or the QR) alone answers from the registry with the same values
    by_code = cetak.verify(genuine.ws, genuine.tercetak.kode)
    assert by_code.status is VerifyStatus.VALID and by_code.rincian() == r.rincian()
    by_qr = cetak.verify(genuine.ws, cetak.qr_payload(genuine.raw, genuine.siap.content_hash))
    assert by_qr.status is VerifyStatus.VALID and by_qr.tercetak == printed


def test_genuine_sheet_without_metadata(genuine: Genuine, tmp_path: Path) -> None:
    """A sheet whose file was PDF-signed when printed is genuine only with that signature:
    the same pages drawn again (or printed to PDF again) without it are refused, since page
    text alone can be arranged to match. A sheet printed unsigned (before its installation
    had a certificate) is judged by its page text: saved without its metadata it is SAH."""
    stripped = redraw(genuine, tmp_path / "tanpa-meta.pdf", lambda lembar: lembar,
                      metadata=False)
    assert "ASNV1" not in str((PdfReader(str(stripped)).metadata or {}).get("/Keywords", ""))
    r = one(genuine.ws, stripped)
    assert r.status is VerifyStatus.FORGED and "tidak membawa tanda tangan" in r.message
    with genuine.ws.session() as s:
        s.scalars(select(Cetakan).where(Cetakan.kode == genuine.raw)).one().ttd_pdf = None
    assert one(genuine.ws, stripped).status is VerifyStatus.VALID


def _predikat(lembar: Lembar) -> Lembar:
    ev = eval_lembar(lembar)
    return dataclasses.replace(ev, predikat=other_option(ev.predikat))


def _rating_hasil_kerja(lembar: Lembar) -> Lembar:
    ev = eval_lembar(lembar)
    return dataclasses.replace(ev, rating_hasil_kerja=other_option(ev.rating_hasil_kerja))


def _rating_perilaku_kerja(lembar: Lembar) -> Lembar:
    ev = eval_lembar(lembar)
    return dataclasses.replace(ev, rating_perilaku_kerja=other_option(ev.rating_perilaku_kerja))


def _capaian(lembar: Lembar) -> Lembar:
    ev = eval_lembar(lembar)
    return dataclasses.replace(ev, capaian=other_option(ev.capaian))


def _periode(lembar: Lembar) -> Lembar:
    ev = eval_lembar(lembar)
    other = "2026-TW4" if "DESEMBER" not in ev.periode_penilaian else "2026-TW1"
    return dataclasses.replace(ev, periode_penilaian=periode_penilaian_line(
        periode_by_kode(other)))


def _nama(lembar: Lembar) -> Lembar:
    # only in the identity block: the signature and the footer keep the genuine name
    return with_pegawai(lembar, nama="Budi Pemalsu, S.E.")


def _nip(lembar: Lembar) -> Lembar:
    # everywhere it is printed: identity block, signature and footer
    ev = eval_lembar(with_pegawai(lembar, nip="199901012020011001"))
    return dataclasses.replace(ev, ttd_pegawai=dataclasses.replace(ev.ttd_pegawai,
                                                                   nip="199901012020011001"))


def _nama_everywhere(lembar: Lembar) -> Lembar:
    # identity block, signature and (drawn from the identity) footer alike
    ev = eval_lembar(with_pegawai(lembar, nama="Siti Palsu, S.Sos."))
    return dataclasses.replace(ev, ttd_pegawai=dataclasses.replace(ev.ttd_pegawai,
                                                                   nama="Siti Palsu, S.Sos."))


def _penilai(lembar: Lembar) -> Lembar:
    ev = eval_lembar(lembar)
    return dataclasses.replace(ev, penilai=dataclasses.replace(ev.penilai,
                                                               nama="Pejabat Lain, S.H."))


def _umpan_balik(lembar: Lembar) -> Lembar:
    # a text no summary field holds: the feedback on the first BerAKHLAK value
    ev = eval_lembar(lembar)
    first = dataclasses.replace(ev.perilaku[0], umpan_balik="Luar biasa teladan seluruh kantor.")
    return dataclasses.replace(ev, perilaku=(first, *ev.perilaku[1:]))


def _tanggal(lembar: Lembar) -> Lembar:
    # the date above the pejabat penilai's signature
    ev = eval_lembar(lembar)
    return dataclasses.replace(ev, ttd_penilai=dataclasses.replace(
        ev.ttd_penilai, tempat_tanggal="Serang, 29 Februari 2027"))


REDRAWN: list[tuple[str, Callable[[Lembar], Lembar], bool, str]] = [
    # (id, change, metadata copied, the reason the verdict must give)
    ("predikat", _predikat, True, "predikat di lembar '"),
    ("rating-hasil-kerja", _rating_hasil_kerja, True, "rating hasil kerja di lembar '"),
    ("rating-perilaku-kerja", _rating_perilaku_kerja, True, "rating perilaku kerja di lembar '"),
    ("capaian", _capaian, True, "capaian kinerja organisasi di lembar '"),
    ("periode", _periode, True, "periode di lembar '"),
    ("nama-di-identitas-saja", _nama, True, "nama di lembar 'Budi Pemalsu, S.E.'"),
    ("nip", _nip, True, "NIP di lembar '199901012020011001'"),
    ("pejabat-penilai", _penilai, True, "pejabat penilai di lembar 'Pejabat Lain, S.H.'"),
    ("umpan-balik", _umpan_balik, True, "tidak ada di lembar asli: 'Luar'"),
    ("tanggal-tanda-tangan", _tanggal, False, "tidak ada di lembar asli: '2027'"),
    ("nama-di-semua-tempat-tanpa-metadata", _nama_everywhere, False,
     "nama di lembar 'Siti Palsu, S.Sos.'"),
]


@pytest.mark.parametrize(("change", "metadata", "reason"),
                         [pytest.param(c, m, r, id=i) for i, c, m, r in REDRAWN])
def test_redrawn_with_one_value_changed(genuine: Genuine, tmp_path: Path,
                                        change: Callable[[Lembar], Lembar], metadata: bool,
                                        reason: str) -> None:
    forged = redraw(genuine, tmp_path / "palsu.pdf", change, metadata=metadata)
    r = one(genuine.ws, forged)
    assert r.status is VerifyStatus.FORGED and r.exit_code == 1, r.message
    assert r.message.startswith("TIDAK SAH: ") and reason in r.message, r.message
    assert genuine.tercetak.kode in r.message
    # the registry's values stay what the genuine sheet printed, shown for comparison
    assert r.tercetak == ringkasan(genuine.siap.lembar)
    # a summary value differing is also given as data (the dialog sets it beside the registry)
    assert bool(r.selisih) == (" di lembar '" in reason)


def test_predikat_message_names_both_values(genuine: Genuine, tmp_path: Path) -> None:
    printed = ringkasan(genuine.siap.lembar).predikat
    ev = eval_lembar(genuine.siap.lembar)
    wanted = "SANGAT BAIK" if printed != "SANGAT BAIK" else "BAIK"
    forged = redraw(genuine, tmp_path / "sangat-baik.pdf", lambda _l: dataclasses.replace(
        ev, predikat=dataclasses.replace(ev.predikat, terpilih=wanted)))
    r = one(genuine.ws, forged)
    assert r.status is VerifyStatus.FORGED
    assert f"TIDAK SAH: predikat di lembar '{wanted}', di register '{printed}'" in r.message
    assert [(x.field, x.di_lembar, x.di_register) for x in r.selisih] == [
        ("predikat", wanted, printed)]


def _hand_made_pdf(path: Path, lines: list[str], keywords: str = "") -> Path:
    c = Canvas(str(path))
    if keywords:
        c.setKeywords(keywords)
    y = 800
    for line in lines:
        c.setFont("Helvetica-Bold" if line.isupper() else "Helvetica", 10)
        c.drawString(40, y, line)
        y -= 16
    c.showPage()
    c.save()
    return path


def test_metadata_copied_onto_a_new_pdf(genuine: Genuine, tmp_path: Path) -> None:
    """The attack of the issue: a new PDF with the genuine metadata, the code, the names and
    "PREDIKAT … SANGAT BAIK"."""
    printed = ringkasan(genuine.siap.lembar)
    path = _hand_made_pdf(tmp_path / "baru.pdf", [
        "EVALUASI KINERJA PEGAWAI", f"NAMA {printed.nama}", f"NIP {printed.nip}",
        f"Pejabat penilai {printed.penilai}", "PREDIKAT KINERJA PEGAWAI* SANGAT BAIK",
        f"Kode verifikasi: {genuine.tercetak.kode}",
    ], keywords=genuine.keywords)
    r = one(genuine.ws, path)
    assert r.status is VerifyStatus.FORGED, r.message
    assert "predikat tidak terbaca di lembar" in r.message
    assert "rating hasil kerja tidak terbaca di lembar" in r.message


def test_metadata_only(genuine: Genuine, tmp_path: Path) -> None:
    """A PDF whose only trace of the sheet is the genuine metadata."""
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_metadata({"/Keywords": genuine.keywords})
    path = tmp_path / "kosong.pdf"
    with path.open("wb") as f:
        writer.write(f)
    r = one(genuine.ws, path)
    assert r.status is VerifyStatus.FORGED
    assert "hanya metadata PDF" in r.message


def test_rebuilt_from_the_paper(genuine: Genuine, tmp_path: Path) -> None:
    """Typed again from the paper (right code, names and NIP; no metadata), a better predikat:
    the values are not where the sheet prints them, so nothing can vouch for them."""
    printed = ringkasan(genuine.siap.lembar)
    path = _hand_made_pdf(tmp_path / "ketik-ulang.pdf", [
        printed.dokumen, f"PERIODE PENILAIAN: {printed.periode}",
        "NAMA", printed.nama, "NIP", printed.nip,
        "RATING HASIL KERJA*", "DIATAS EKSPEKTASI", "RATING PERILAKU KERJA*",
        "DIATAS EKSPEKTASI", "PREDIKAT KINERJA PEGAWAI*", "SANGAT BAIK",
        f"Kode verifikasi: {genuine.tercetak.kode}",
    ])
    r = one(genuine.ws, path)
    assert r.status is VerifyStatus.FORGED, r.message
    assert "nama tidak terbaca di lembar" in r.message
    assert r.tercetak == printed  # the officer sees what the genuine sheet said


def test_metadata_hash_changed(genuine: Genuine, tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=str(genuine.pdf))
    writer.add_metadata({"/Keywords": f"ASNV1:{genuine.raw}:{'A' * 64}"})
    path = tmp_path / "meta.pdf"
    with path.open("wb") as f:
        writer.write(f)
    r = one(genuine.ws, path)
    assert r.status is VerifyStatus.FORGED and "metadata berkas tidak sama" in r.message


def test_dokumen_sheet_with_predikat_changed(demo: Workspace, tmp_path: Path) -> None:
    p, e = approved_evaluasi(demo)
    g = print_genuine(demo, cetak.Target("dokumen", e.id, p.id), tmp_path / "dok.pdf")
    assert one(demo, g.pdf).status is VerifyStatus.VALID
    lembar = g.siap.lembar
    assert isinstance(lembar, LembarDokumen)
    other = "SANGAT BAIK" if lembar.predikat != "SANGAT BAIK" else "BAIK"
    forged = redraw(g, tmp_path / "dok-palsu.pdf",
                    lambda _l: dataclasses.replace(lembar, predikat=other))
    r = one(demo, forged)
    assert r.status is VerifyStatus.FORGED
    assert f"predikat di lembar '{other}', di register '{lembar.predikat}'" in r.message


@pytest.fixture(scope="module")
def konsep(demo: Workspace, tmp_path_factory: pytest.TempPathFactory) -> Genuine:
    with demo.db.Session() as s:
        e = s.scalars(select(Evaluasi).where(Evaluasi.status == "DRAFT",
                                             Evaluasi.deleted.is_(False))
                      .order_by(Evaluasi.id)).first()
        assert e is not None, "demo data has no draft evaluation"
        target = cetak.Target("evaluasi", e.id, e.pegawai_id)
        assert s.get_one(Pegawai, e.pegawai_id).nip
    return print_genuine(demo, target, tmp_path_factory.mktemp("konsep") / "konsep.pdf")


def test_konsep_sheet_is_no_official_sheet(konsep: Genuine) -> None:
    assert konsep.siap.lembar.tanda == "KONSEP"
    for r in (one(konsep.ws, konsep.pdf), cetak.verify(konsep.ws, konsep.tercetak.kode)):
        assert r.status is VerifyStatus.DRAFT and r.exit_code == 1
        assert r.message.startswith("KONSEP \u2014 bukan lembar resmi")
        assert dict(r.rincian())["Status"] == "KONSEP (bukan lembar resmi)"


def test_konsep_sheet_with_its_mark_removed(konsep: Genuine, tmp_path: Path) -> None:
    forged = redraw(konsep, tmp_path / "tanpa-konsep.pdf",
                    lambda lembar: dataclasses.replace(lembar, tanda=""))
    r = one(konsep.ws, forged)
    assert r.status is VerifyStatus.FORGED
    assert "status di lembar 'DISETUJUI', di register 'KONSEP'" in r.message


def test_every_forgery_fails_with_its_own_reason(genuine: Genuine, konsep: Genuine,
                                                 tmp_path: Path) -> None:
    """The corpus at once: not one SAH, and no two verdicts alike."""
    verdicts: dict[str, cetak.VerifyResult] = {}
    for i, change, metadata, _reason in REDRAWN:
        verdicts[i] = one(genuine.ws, redraw(genuine, tmp_path / f"{i}.pdf", change,
                                             metadata=metadata))
    verdicts["konsep"] = one(konsep.ws, konsep.pdf)
    verdicts["konsep-tanpa-tanda"] = one(konsep.ws, redraw(
        konsep, tmp_path / "k.pdf", lambda lembar: dataclasses.replace(lembar, tanda="")))
    printed = ringkasan(genuine.siap.lembar)
    verdicts["baru-dengan-metadata"] = one(genuine.ws, _hand_made_pdf(
        tmp_path / "baru.pdf", [f"NAMA {printed.nama}", "PREDIKAT KINERJA PEGAWAI* SANGAT BAIK",
                                f"Kode verifikasi: {genuine.tercetak.kode}"],
        keywords=genuine.keywords))
    assert len(verdicts) >= 12
    assert not [i for i, r in verdicts.items() if r.status is VerifyStatus.VALID]
    reasons = {i: (r.message, tuple(x.field for x in r.selisih)) for i, r in verdicts.items()}
    same = len(set(reasons.values())) != len(reasons)
    assert not same, reasons


# ------------------------------------------------------------------- reading every variant


@pytest.mark.parametrize("lembar", [
    pytest.param(samples.skp(), id="skp"),
    pytest.param(samples.evaluasi(), id="evaluasi"),
    pytest.param(samples.evaluasi(tanda="KONSEP"), id="evaluasi-konsep"),
    pytest.param(samples.dokumen(), id="dokumen"),
])
def test_reader_gives_back_what_was_drawn(lembar: Lembar, tmp_path: Path) -> None:
    """Long names that wrap, long tables over several pages: the reader finds every value the
    sheet prints, and only that."""
    path = tmp_path / "x.pdf"
    cap = Cap(kode="ABCD-EFGH-JKMN", qr_payload="ASNV1:ABCDEFGHJKMN:00")
    render_pdf([SheetJob(lembar, None, cap)], path)
    pages, _ = read_pages(path)
    [sheet] = sheets_in(pages)
    assert sheet.kode == "ABCD-EFGH-JKMN" and sheet.halaman == list(range(len(pages)))
    want = ringkasan(lembar)
    for name, value in want.items():
        seen = sheet.nilai.get(name)
        assert seen, name
        assert {" ".join(v.split()) for v in seen} == {value}, (name, seen, value)
