"""Printing from the database and verifying: valid, outdated, unknown, forged."""

from __future__ import annotations

import base64
import dataclasses
import re
from pathlib import Path
from typing import Any, cast

import pytest
from pypdf import PdfReader, PdfWriter
from sqlalchemy import func, select
from tests.reports.conftest import TAHUN, approved_evaluasi

from asn_desktop.db.models import Cetakan, Evaluasi, Pegawai, Skp
from asn_desktop.domain.jabatan import JUDUL_DOKUMEN_EVALUASI, JUDUL_EVALUASI, JUDUL_SKP
from asn_desktop.domain.periods import Frekuensi
from asn_desktop.domain.predikat import PREDIKAT_PRINTED
from asn_desktop.errors import NotFoundError, ValidationError
from asn_desktop.reports.ringkasan import ringkasan
from asn_desktop.services import cetak
from asn_desktop.services import evaluasi as eval_svc
from asn_desktop.services.cetak import VerifyStatus
from asn_desktop.services.workspace import Workspace


def pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def print_one(ws: Workspace, dokumen: str, nip: str, out: Path,
              periode: str | None = None) -> cetak.Tercetak:
    with ws.db.Session() as s:
        target = cetak.target_by_nip(s, dokumen, nip, TAHUN, periode)
    hasil = cetak.print_to_file(ws, [target], out)
    assert hasil.berkas == [out] and out.exists()
    return hasil.lembar[0]


def test_evaluasi_sheet_holds_the_record(demo: Workspace, tmp_path: Path) -> None:
    p, e = approved_evaluasi(demo)
    out = tmp_path / "x.pdf"
    x = print_one(demo, "evaluasi", p.nip, out)
    text = pdf_text(out)
    flat = squash(text)
    with demo.db.Session() as s:
        view = eval_svc.get_evaluasi(s, e.id)
    ident = view.identitas
    assert JUDUL_EVALUASI in text
    assert view.periode.label.split()[0] in text  # TRIWULAN / SEMESTER / BULAN
    for value in (ident.pegawai.nama, ident.pegawai.nip, ident.pegawai.pangkat_golongan,
                  ident.pegawai.jabatan):
        assert squash(value) in flat, value
    assert ident.penilai is not None
    assert squash(ident.penilai.nama) in flat
    assert f"NIP. {ident.pegawai.nip}" in text  # unspaced NIP under the signature
    assert "Pegawai yang Dinilai," in text and "Pejabat Penilai Kinerja," in text
    assert view.predikat is not None
    assert PREDIKAT_PRINTED[view.predikat] in text
    assert re.search(r"Kode verifikasi: [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", text)
    assert x.kode in text
    [r] = cetak.verify_pdf(demo, out)
    assert r.status is VerifyStatus.VALID, r.message
    assert r.exit_code == 0 and r.signature_checked
    assert r.message.startswith("SAH:") and p.nip in r.message


def test_skp_and_dokumen_sheets(demo: Workspace, tmp_path: Path) -> None:
    p, _ = approved_evaluasi(demo)
    skp = tmp_path / "skp.pdf"
    print_one(demo, "skp", p.nip, skp)
    text = pdf_text(skp)
    assert JUDUL_SKP in text and "LAMPIRAN SASARAN KINERJA PEGAWAI" in text
    assert p.nip in text and "PERIODE PENILAIAN: 01 JANUARI SD 31 DESEMBER TAHUN 2026" in text
    dok = tmp_path / "dok.pdf"
    print_one(demo, "dokumen", p.nip, dok)
    reader = PdfReader(str(dok))
    assert len(reader.pages) == 1
    text = pdf_text(dok)
    assert JUDUL_DOKUMEN_EVALUASI in text and "ATASAN PEJABAT PENILAI KINERJA" in text
    assert "CATATAN/REKOMENDASI" in text
    for path in (skp, dok):
        assert [r.status for r in cetak.verify_pdf(demo, path)] == [VerifyStatus.VALID]


def test_jpt_and_kualitatif_variants(demo: Workspace, tmp_path: Path) -> None:
    # the PERSPEKTIF column belongs to the kuantitatif JPT form (the demo draws both kinds)
    p, _ = approved_evaluasi(demo, jenis_jabatan="JPT%", pendekatan="KUANTITATIF")
    out = tmp_path / "jpt.pdf"
    print_one(demo, "evaluasi", p.nip, out)
    text = pdf_text(out)
    assert "PERSPEKTIF" in text and "BAGI PEJABAT PIMPINAN TINGGI" in text
    p, _ = approved_evaluasi(demo, pendekatan="KUALITATIF")
    out = tmp_path / "kual.pdf"
    print_one(demo, "skp", p.nip, out)
    assert "PENDEKATAN HASIL KERJA KUALITATIF" in pdf_text(out)


def test_same_content_same_code_one_record(demo: Workspace, tmp_path: Path) -> None:
    p, _ = approved_evaluasi(demo)
    a = print_one(demo, "dokumen", p.nip, tmp_path / "a.pdf")
    b = print_one(demo, "dokumen", p.nip, tmp_path / "b.pdf")
    assert a.kode == b.kode and a.content_hash == b.content_hash
    with demo.db.Session() as s:
        n = s.scalar(select(func.count()).select_from(Cetakan)
                     .where(Cetakan.kode == a.kode.replace("-", "")))
    assert n == 1


def test_edit_turns_valid_into_outdated(fresh_demo: Workspace, tmp_path: Path) -> None:
    ws = fresh_demo
    p, e = approved_evaluasi(ws)
    out = tmp_path / "x.pdf"
    x = print_one(ws, "evaluasi", p.nip, out, periode=e.periode_kode)
    assert cetak.verify(ws, x.kode).status is VerifyStatus.VALID
    with ws.session() as s:
        eval_svc.buka_kembali(s, e.id, "koreksi umpan balik")
    r = cetak.verify_pdf(ws, out)[0]
    assert r.status is VerifyStatus.OUTDATED  # reopening prints KONSEP across the sheet
    assert r.exit_code == 1 and r.message.startswith("KEDALUWARSA:")
    y = print_one(ws, "evaluasi", p.nip, tmp_path / "y.pdf", periode=e.periode_kode)
    assert y.kode != x.kode
    # a sheet printed while the evaluation is a draft is never official
    r = cetak.verify(ws, y.kode)
    assert r.status is VerifyStatus.DRAFT and r.exit_code == 1
    assert r.message.startswith("KONSEP \u2014 bukan lembar resmi")
    # a value the evaluasi sheet does not print (the catatan is on the Dokumen) leaves its
    # content as printed; a printed one (umpan balik) does not
    with ws.session() as s:
        eval_svc.set_catatan_rekomendasi(s, e.id, "Catatan baru yang tidak ada di lembar ini.")
    with ws.db.Session() as s:
        assert cetak.build_sheet(s, y.target).content_hash == y.content_hash
    with ws.session() as s:
        rhk = eval_svc.get_evaluasi(s, e.id).utama[0].rhk
        eval_svc.set_umpan_balik_rhk(s, e.id, rhk.id, "Umpan balik yang diubah.")
    with ws.db.Session() as s:
        assert cetak.build_sheet(s, y.target).content_hash != y.content_hash
    assert cetak.verify(ws, y.kode).status is VerifyStatus.DRAFT
    # a printed identity value changing (the employee's name) also changes a live sheet
    before = y.content_hash
    with ws.session() as s:
        rhk = eval_svc.get_evaluasi(s, e.id).utama[0].rhk
        eval_svc.set_umpan_balik_rhk(s, e.id, rhk.id, None)
    with ws.session() as s:
        s.get_one(Pegawai, p.id).nama = "Nama Baru"
    with ws.db.Session() as s:
        now = cetak.build_sheet(s, y.target)
    assert "Nama Baru" in now.nama and now.content_hash != before  # with any gelar around it
    # deleting the record: the approved sheet is outdated and still shows what it printed
    with ws.session() as s:
        s.get_one(Evaluasi, e.id).deleted = True
    r = cetak.verify(ws, x.kode)
    assert r.status is VerifyStatus.OUTDATED and "dihapus" in r.message
    assert r.tercetak is not None and p.nama in r.tercetak.nama
    assert r.nama == r.tercetak.nama and r.nip == p.nip


def test_unknown_and_forged(fresh_demo: Workspace, tmp_path: Path) -> None:
    ws = fresh_demo
    p, _ = approved_evaluasi(ws)
    out = tmp_path / "x.pdf"
    x = print_one(ws, "evaluasi", p.nip, out)
    assert cetak.verify(ws, "ZZZZ-ZZZZ-ZZZZ").status is VerifyStatus.UNKNOWN
    assert cetak.verify(ws, "bukan kode").status is VerifyStatus.UNKNOWN
    assert cetak.verify(ws, x.kode.lower().replace("-", " ")).status is VerifyStatus.VALID
    # the QR payload works, and a wrong hash prefix in it does not
    payload = cetak.qr_payload(x.kode.replace("-", ""), x.content_hash)
    assert cetak.verify(ws, payload).status is VerifyStatus.VALID
    bad = cetak.qr_payload(x.kode.replace("-", ""), "f" * 64)
    assert cetak.verify(ws, bad).status is VerifyStatus.FORGED
    # a PDF whose embedded hash was changed
    writer = PdfWriter(clone_from=str(out))
    writer.add_metadata({"/Keywords": f"ASNV1:{x.kode.replace('-', '')}:{'A' * 64}"})
    forged = tmp_path / "forged.pdf"
    with forged.open("wb") as f:
        writer.write(f)
    assert cetak.verify_pdf(ws, forged)[0].status is VerifyStatus.FORGED
    # a PDF without any code
    plain = tmp_path / "plain.pdf"
    w2 = PdfWriter()
    w2.add_blank_page(100, 100)
    with plain.open("wb") as f:
        w2.write(f)
    assert cetak.verify_pdf(ws, plain)[0].status is VerifyStatus.UNKNOWN
    # a tampered registry row (signature no longer matches)
    with ws.session() as s:
        row = s.scalars(select(Cetakan).where(Cetakan.kode == x.kode.replace("-", ""))).one()
        row.dicetak = "2020-01-01T00:00:00"
    r = cetak.verify(ws, x.kode)
    assert r.status is VerifyStatus.FORGED and r.exit_code == 1
    with ws.session() as s:
        row = s.scalars(select(Cetakan).where(Cetakan.kode == x.kode.replace("-", ""))).one()
        row.signature = base64.b64encode(b"x" * 64).decode()
    assert cetak.verify(ws, x.kode).status is VerifyStatus.FORGED


def test_signer_unknown_here_still_verifies_content(fresh_demo: Workspace,
                                                   tmp_path: Path) -> None:
    ws = fresh_demo
    p, _ = approved_evaluasi(ws)
    x = print_one(ws, "dokumen", p.nip, tmp_path / "x.pdf")
    r = cetak.verify(ws, x.kode, public_key=lambda s, node: ())
    assert r.status is VerifyStatus.VALID and not r.signature_checked


def test_parse_periode_forms() -> None:
    tw = Frekuensi.TRIWULANAN
    for text, kode in (("2026-TW2", "2026-TW2"), ("TW2", "2026-TW2"), ("tw 3", "2026-TW3"),
                       ("TRIWULAN II", "2026-TW2"), ("Triwulan IV-AKHIR", "2026-TW4"),
                       ("IV-AKHIR", "2026-TW4"), ("AKHIR", "2026-TW4"), ("SM1", "2026-SM1"),
                       ("SEMESTER II", "2026-SM2"), ("BL03", "2026-BL03"),
                       ("maret", "2026-BL03"), ("BULAN 11", "2026-BL11")):
        assert cetak.parse_periode(text, 2026, tw).kode == kode, text
    assert cetak.parse_periode("AKHIR", 2026, Frekuensi.SEMESTERAN).kode == "2026-SM-AKHIR"
    with pytest.raises(ValidationError):
        cetak.parse_periode("TW9", 2026, tw)


def test_default_is_latest_approved(demo: Workspace) -> None:
    p, _ = approved_evaluasi(demo)
    with demo.db.Session() as s:
        t = cetak.target_by_nip(s, "evaluasi", p.nip, TAHUN)
        chosen = s.get_one(Evaluasi, t.record_id)
        skp = s.scalars(select(Skp).where(Skp.pegawai_id == p.id, Skp.tahun == TAHUN)).one()
        approved = [e for e in s.scalars(select(Evaluasi).where(Evaluasi.skp_id == skp.id))
                    if e.status == "DISETUJUI"]
        assert chosen.status == "DISETUJUI"
        order = [cetak._periode_order(e.periode_kode) for e in approved]
        assert cetak._periode_order(chosen.periode_kode) == max(order)
        with pytest.raises(NotFoundError):
            cetak.target_by_nip(s, "skp", p.nip, TAHUN + 5)


def test_batch_per_file_and_combined(demo: Workspace, tmp_path: Path) -> None:
    with demo.db.Session() as s:
        p, _ = approved_evaluasi(demo)
        unit_kode = s.scalar(select(Pegawai.unit_id).where(Pegawai.id == p.id))
        from asn_desktop.db.models import OrgUnit

        kode = s.get_one(OrgUnit, unit_kode).kode
    seen: list[tuple[int, int]] = []
    hasil = cetak.print_unit(demo, "evaluasi", kode, TAHUN, tmp_path / "folder",
                             progress=lambda d, t: seen.append((d, t)))
    assert hasil.lembar and len(hasil.berkas) == len(hasil.lembar)
    assert seen[-1] == (len(hasil.lembar), len(hasil.lembar))
    for path in hasil.berkas:
        assert path.parent == tmp_path / "folder" and path.suffix == ".pdf"
    combined = cetak.print_unit(demo, "evaluasi", kode, TAHUN, tmp_path / "all.pdf",
                                combined=True)
    assert combined.berkas == [tmp_path / "all.pdf"]
    results = cetak.verify_pdf(demo, tmp_path / "all.pdf")
    assert len(results) == len(combined.lembar)
    assert all(r.status is VerifyStatus.VALID for r in results)
    cancelled = cetak.print_unit(demo, "evaluasi", kode, TAHUN, tmp_path / "none.pdf",
                                 combined=True, cancelled=lambda: True)
    assert cancelled.dibatalkan and not (tmp_path / "none.pdf").exists()


def _png(w: int, h: int) -> bytes:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (w, h), (20, 90, 160)).save(buf, "PNG")
    return buf.getvalue()


def _has_image(path: Path) -> bool:
    res = cast(Any, PdfReader(str(path)).pages[0]["/Resources"])
    xobjects = res.get("/XObject") or {}
    return any(x.get_object()["/Subtype"] == "/Image" for x in xobjects.values())


def test_letterhead_and_emblem_images(fresh_demo: Workspace, tmp_path: Path) -> None:
    from asn_desktop.db.models import OrgUnit
    from asn_desktop.services import pengaturan

    ws = fresh_demo
    p, _ = approved_evaluasi(ws)
    # nothing set: no picture and no made-up emblem on any sheet, as in the Lampiran forms
    a = print_one(ws, "evaluasi", p.nip, tmp_path / "a.pdf")
    print_one(ws, "dokumen", p.nip, tmp_path / "d.pdf")
    for f, judul in (("a.pdf", JUDUL_EVALUASI), ("d.pdf", JUDUL_DOKUMEN_EVALUASI)):
        assert not _has_image(tmp_path / f)
        assert pdf_text(tmp_path / f).startswith(judul)  # no letterhead text either
    # the central's kop surat: printed content, so the earlier sheet is outdated
    with ws.session() as s:
        pengaturan.set_gambar(s, pengaturan.KOP_SURAT, _png(800, 120))
    assert cetak.verify_pdf(ws, tmp_path / "a.pdf")[0].status is VerifyStatus.OUTDATED
    assert cetak.verify_pdf(ws, tmp_path / "d.pdf")[0].status is VerifyStatus.VALID
    b = print_one(ws, "evaluasi", p.nip, tmp_path / "b.pdf")
    assert b.kode != a.kode and _has_image(tmp_path / "b.pdf")
    # a unit's own kop replaces the city's; a broken one falls back to the city's
    with ws.session() as s:
        unit_id = s.get_one(Pegawai, p.id).unit_id
        s.get_one(OrgUnit, unit_id).logo_png = _png(700, 100)
    c = print_one(ws, "evaluasi", p.nip, tmp_path / "c.pdf")
    assert c.kode != b.kode
    with ws.session() as s:
        s.get_one(OrgUnit, unit_id).logo_png = b"not a png"
    assert print_one(ws, "evaluasi", p.nip, tmp_path / "c2.pdf").kode == b.kode
    # a square logo from before kop surat images is not printed as one either
    with ws.session() as s:
        s.get_one(OrgUnit, unit_id).logo_png = _png(64, 80)
    assert print_one(ws, "evaluasi", p.nip, tmp_path / "c3.pdf").kode == b.kode
    with ws.session() as s, pytest.raises(ValidationError, match="melebar"):
        pengaturan.set_gambar(s, pengaturan.KOP_SURAT, _png(300, 200))
    # the lambang is the Dokumen's only picture
    with ws.session() as s:
        pengaturan.set_gambar(s, pengaturan.LAMBANG, _png(90, 100))
    assert cetak.verify_pdf(ws, tmp_path / "d.pdf")[0].status is VerifyStatus.OUTDATED
    print_one(ws, "dokumen", p.nip, tmp_path / "d2.pdf")
    assert _has_image(tmp_path / "d2.pdf")
    with ws.session() as s:
        pengaturan.set_gambar(s, pengaturan.LAMBANG, None)
    assert cetak.verify_pdf(ws, tmp_path / "d.pdf")[0].status is VerifyStatus.VALID


def test_image_settings_refuse_what_is_not_a_png(fresh_demo: Workspace) -> None:
    import base64

    from asn_desktop.errors import ValidationError
    from asn_desktop.services import pengaturan

    with fresh_demo.session() as s:
        for bad in ("bukan base64!", base64.b64encode(b"GIF89a....").decode(), 42):
            with pytest.raises(ValidationError):
                pengaturan.set_setting(s, pengaturan.KOP_SURAT, bad)
        assert pengaturan.gambar(s, pengaturan.KOP_SURAT) is None


def test_sheet_printed_in_format_1_still_verifies(fresh_demo: Workspace, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Sheets printed before the letterhead change (text kop, drawn shield) stay SAH, and a
    changed record still makes them outdated."""
    import functools

    from asn_desktop.services import cetak_lembar

    ws = fresh_demo
    p, _ = approved_evaluasi(ws)
    monkeypatch.setattr(cetak, "build_sheet",
                        functools.partial(cetak_lembar.build_sheet, versi=1))
    print_one(ws, "evaluasi", p.nip, tmp_path / "lama.pdf")
    print_one(ws, "dokumen", p.nip, tmp_path / "lama_d.pdf")
    monkeypatch.undo()
    assert pdf_text(tmp_path / "lama.pdf").startswith("ASN")  # the format-1 shield
    for f in ("lama.pdf", "lama_d.pdf"):
        assert cetak.verify_pdf(ws, tmp_path / f)[0].status is VerifyStatus.VALID
    with ws.session() as s:
        for ev in s.scalars(select(Evaluasi).where(Evaluasi.pegawai_id == p.id)):
            ev.catatan_rekomendasi = "Diubah setelah dicetak."
    # the Dokumen prints the catatan, the Evaluasi does not
    assert cetak.verify_pdf(ws, tmp_path / "lama_d.pdf")[0].status is VerifyStatus.OUTDATED
    assert cetak.verify_pdf(ws, tmp_path / "lama.pdf")[0].status is VerifyStatus.VALID


def test_preview_is_not_recorded(demo: Workspace) -> None:
    p, e = approved_evaluasi(demo)
    with demo.db.Session() as s:
        before = s.scalar(select(func.count()).select_from(Cetakan))
    pdf = cetak.preview(demo, cetak.Target("evaluasi", e.id, p.id))
    assert pdf.startswith(b"%PDF")
    with demo.db.Session() as s:
        assert s.scalar(select(func.count()).select_from(Cetakan)) == before


def test_sheet_stays_valid_after_the_skp_is_revised(fresh_demo: Workspace,
                                                    tmp_path: Path) -> None:
    """An approved evaluation keeps the SKP content it was approved against, so its printed
    sheet is still SAH after the SKP is reopened and revised (demo data included)."""
    from asn_desktop.services import skp as skp_svc

    ws = fresh_demo
    p, e = approved_evaluasi(ws)
    x = print_one(ws, "evaluasi", p.nip, tmp_path / "ev.pdf", e.periode_kode)
    with ws.session() as s:
        skp_svc.buka_kembali(s, e.skp_id, "Revisi target", "Admin")
        first = skp_svc.rhk_views(s, e.skp_id)[0][0]
        skp_svc.update_rhk(s, first.id, skp_svc.RhkInput(
            "Uraian yang direvisi", rhk_atasan_id=first.rhk_atasan_id,
            rhk_atasan_teks=first.rhk_atasan_teks or None))
        skp_svc.ajukan(s, e.skp_id)
        skp_svc.setujui(s, e.skp_id)
    r = cetak.verify(ws, x.kode)
    assert r.status is VerifyStatus.VALID, r.message
    # the SKP sheet itself did change, and says so
    skp_sheet = print_one(ws, "skp", p.nip, tmp_path / "skp.pdf")
    with ws.session() as s:
        skp_svc.buka_kembali(s, e.skp_id, "Revisi lagi", "Admin")
    assert cetak.verify(ws, skp_sheet.kode).status is VerifyStatus.OUTDATED


def test_row_recorded_before_the_registry_kept_values(fresh_demo: Workspace,
                                                      tmp_path: Path) -> None:
    """A registry row from before revision 0007 (no printed values, signed without them) still
    verifies while its record is unchanged, showing the values rebuilt from it; printing the
    same sheet again adds the values to the row, signed again; once the record changed, its PDF
    cannot be compared and is never SAH."""
    from asn_desktop.services.cetak import _keys, _sign_message

    ws = fresh_demo
    p, e = approved_evaluasi(ws)
    out = tmp_path / "lama.pdf"
    x = print_one(ws, "evaluasi", p.nip, out, periode=e.periode_kode)
    raw = x.kode.replace("-", "")
    sign_key: Any = _keys(ws)[0]

    def make_old() -> None:
        with ws.session() as s:
            row = s.scalars(select(Cetakan).where(Cetakan.kode == raw)).one()
            row.isi_json = None
            row.signature = base64.b64encode(sign_key.sign(_sign_message(row))).decode()

    make_old()
    r = cetak.verify(ws, x.kode)
    assert r.status is VerifyStatus.VALID and r.signature_checked, r.message
    assert r.tercetak is not None and r.tercetak.nip == p.nip
    assert cetak.verify_pdf(ws, out)[0].status is VerifyStatus.VALID
    # printing it again stores the values under the same code and first printing time
    with ws.db.Session() as s:
        before = s.scalars(select(Cetakan).where(Cetakan.kode == raw)).one().dicetak
    assert print_one(ws, "evaluasi", p.nip, tmp_path / "baru.pdf", e.periode_kode).kode == x.kode
    with ws.db.Session() as s:
        row = s.scalars(select(Cetakan).where(Cetakan.kode == raw)).one()
        assert row.isi_json is not None and row.dicetak == before
    assert cetak.verify(ws, x.kode).status is VerifyStatus.VALID
    # an old row whose record changed: outdated, the file not comparable
    make_old()
    with ws.session() as s:
        eval_svc.buka_kembali(s, e.id, "koreksi")
    r = cetak.verify_pdf(ws, out)[0]
    assert r.status is VerifyStatus.OUTDATED and r.tercetak is None
    assert "tidak dapat dibandingkan" in r.message
    # the values of a row cannot be swapped without breaking its signature
    with ws.session() as s:
        row = s.scalars(select(Cetakan).where(Cetakan.kode == raw)).one()
        printed = ringkasan(cetak.build_sheet(s, x.target).lembar)
        row.isi_json = cetak.IsiCetakan(dataclasses.replace(printed, predikat="SANGAT BAIK"),
                                        x.keterangan, "", "Palsu").to_json()
    r = cetak.verify(ws, x.kode)
    assert r.status is VerifyStatus.FORGED and "tanda tangan digital" in r.message


def test_undrawable_images_never_stop_printing(fresh_demo: Workspace, tmp_path: Path) -> None:
    """Images written past the checks (old data, by hand) whose pixels cannot be decoded are
    left out: the city's kop stands in for a unit's, and nothing for the city's."""
    import json
    import struct
    import zlib

    from asn_desktop.db.models import OrgUnit, Pengaturan
    from asn_desktop.services import pengaturan

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data))

    rusak = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 200, 100, 8, 2, 0,
                                                                0, 0))
             + chunk(b"IDAT", bytes(range(256)) * 2) + chunk(b"IEND", b""))
    ws = fresh_demo
    p, _ = approved_evaluasi(ws)
    with ws.session() as s:
        pengaturan.set_gambar(s, pengaturan.KOP_SURAT, _png(800, 120))
        s.get_one(OrgUnit, s.get_one(Pegawai, p.id).unit_id).logo_png = rusak
    print_one(ws, "evaluasi", p.nip, tmp_path / "a.pdf")
    assert _has_image(tmp_path / "a.pdf")  # the city's kop
    with ws.session() as s:
        s.get_one(Pengaturan, pengaturan.KOP_SURAT).nilai = json.dumps(
            base64.b64encode(rusak).decode())
    print_one(ws, "evaluasi", p.nip, tmp_path / "b.pdf")
    assert not _has_image(tmp_path / "b.pdf")

