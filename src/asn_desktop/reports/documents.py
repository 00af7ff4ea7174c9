"""The three sheets as reportlab stories, drawn only from a ``Lembar`` (see content.py)."""

from __future__ import annotations

from typing import Literal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from asn_desktop.domain.jabatan import JUDUL_LAMPIRAN_SKP
from asn_desktop.reports import tata_letak
from asn_desktop.reports.content import (
    Identitas,
    Lembar,
    LembarDokumen,
    LembarEvaluasi,
    LembarSkp,
)
from asn_desktop.reports.layout import (
    GREY_HEAD,
    FramedTable,
    TetapBersama,
    grid_style,
    header_row,
    identity_pair,
    kop,
    labelled_options,
    lambang,
    markup,
    para,
    periode_line,
    pilihan_markup,
    signatures,
    split_in_row,
    styles,
    tandai_semua,
    titles,
)
from asn_desktop.reports.ringkasan import (
    LABEL_CAPAIAN_DOKUMEN,
    LABEL_CAPAIAN_EVALUASI,
    LABEL_PREDIKAT_DOKUMEN,
    LABEL_PREDIKAT_EVALUASI,
    LABEL_RATING_HASIL_KERJA,
    LABEL_RATING_PERILAKU_KERJA,
)
from asn_desktop.reports.tables import (
    KurvaFlowable,
    estimate_height,
    hasil_kerja_table,
    lampiran_table,
    perilaku_table,
)

Orientation = Literal["portrait", "landscape"]

GAP = 3.2 * mm


def orientation(lembar: Lembar) -> Orientation:
    """Landscape where the HASIL KERJA table needs it (six or more columns, every evaluasi)."""
    if isinstance(lembar, LembarDokumen):
        return "portrait"
    if isinstance(lembar, LembarEvaluasi):
        return "landscape"
    return "landscape" if len(lembar.hasil_kerja.kolom) >= 6 else "portrait"


def story(lembar: Lembar, logo_png: bytes | None, width: float) -> list[Flowable]:
    if isinstance(lembar, LembarSkp):
        return _skp(lembar, logo_png, width)
    if isinstance(lembar, LembarEvaluasi):
        return _evaluasi(lembar, logo_png, width)
    return _dokumen(lembar, logo_png, width)


def _ttd(lembar: LembarSkp | LembarEvaluasi | LembarDokumen, width: float) -> list[Flowable]:
    return [Spacer(1, 5 * mm), signatures(lembar.ttd_pegawai, lembar.ttd_penilai, width)]


def _head(flowables: list[Flowable]) -> list[Flowable]:
    return tandai_semua(flowables, "judul")


def _skp(lembar: LembarSkp, logo_png: bytes | None, width: float) -> list[Flowable]:
    out: list[Flowable] = kop(lembar.kop, logo_png, width)
    out += _head(titles(lembar.judul))
    out += [
        tata_letak.tandai(header_row(lembar.instansi, lembar.periode_penilaian, width), "kepala"),
        tata_letak.tandai(identity_pair(lembar.pegawai, lembar.penilai, width), "identitas"),
        Spacer(1, GAP),
        hasil_kerja_table(lembar.hasil_kerja, width),
        Spacer(1, GAP),
        TetapBersama(perilaku_table(lembar.perilaku, width, with_umpan_balik=False),
                     _ttd(lembar, width)),
        PageBreak(),
    ]
    lp = lembar.lampiran
    out += _head(titles((JUDUL_LAMPIRAN_SKP,)))
    out += [
        tata_letak.tandai(header_row(lembar.instansi, lembar.periode_penilaian, width), "kepala"),
        TetapBersama(lampiran_table(
            (
                ("DUKUNGAN SUMBER DAYA", lp.dukungan_sumber_daya),
                ("SKEMA PERTANGGUNGJAWABAN", lp.skema_pertanggungjawaban),
                ("KONSEKUENSI", lp.konsekuensi),
            ),
            width,
        ), _ttd(lembar, width)),
    ]
    return out


def _capaian_and_curve(lembar: LembarEvaluasi, width: float) -> Table:
    st = styles()
    left = width * 0.42
    right = width - left
    curve: list[Flowable] = [para("POLA DISTRIBUSI:", st.body_bold)]
    if lembar.kurva is not None:
        curve += [
            para(lembar.kurva.judul, st.small),
            KurvaFlowable(lembar.kurva, min(right - 6 * mm, 120 * mm), 34 * mm),
        ]
    else:
        curve.append(para("-"))
    capaian: list[Flowable] = [
        para(LABEL_CAPAIAN_EVALUASI, st.body_bold),
        Spacer(1, 1.5 * mm),
        markup(pilihan_markup(lembar.capaian)),
    ]
    t = Table([[capaian, curve]], colWidths=[left, right])
    t.setStyle(grid_style())
    return t


def _evaluasi(lembar: LembarEvaluasi, logo_png: bytes | None, width: float) -> list[Flowable]:
    out: list[Flowable] = kop(lembar.kop, logo_png, width)
    out += _head(titles(lembar.judul, [periode_line(lembar.periode)]))
    rating_hk = labelled_options([(LABEL_RATING_HASIL_KERJA, lembar.rating_hasil_kerja)], width)
    rating_pk = labelled_options([(LABEL_RATING_PERILAKU_KERJA, lembar.rating_perilaku_kerja)],
                                 width)
    predikat = labelled_options([(LABEL_PREDIKAT_EVALUASI, lembar.predikat)], width)
    out += [
        tata_letak.tandai(header_row(lembar.instansi, lembar.periode_penilaian, width), "kepala"),
        tata_letak.tandai(identity_pair(lembar.pegawai, lembar.penilai, width), "identitas"),
        Spacer(1, GAP),
        tata_letak.tandai(_capaian_and_curve(lembar, width), "capaian"),
        Spacer(1, GAP),
        TetapBersama(hasil_kerja_table(lembar.hasil_kerja, width),
                     [tata_letak.tandai(rating_hk, "rating")]),
        Spacer(1, GAP),
        TetapBersama(perilaku_table(lembar.perilaku, width, with_umpan_balik=True), [
            tata_letak.tandai(rating_pk, "rating"),
            Spacer(1, GAP),
            tata_letak.tandai(predikat, tata_letak.PREDIKAT),
            *_ttd(lembar, width),
        ]),
    ]
    return out


def _dokumen_block(nomor: str, judul: str, who: Identitas) -> list[list[object]]:
    st = styles()
    rows: list[list[object]] = [[para(nomor, st.body_bold), para(judul, st.body_bold), "", ""]]
    values = (
        ("NAMA", who.nama),
        (who.label_nip, who.nip),
        ("PANGKAT/GOL RUANG", who.pangkat),
        ("JABATAN", who.jabatan),
        (who.label_unit, who.unit_kerja),
    )
    for i, (label, value) in enumerate(values, start=1):
        rows.append(["", para(str(i), st.body_center), para(label), para(value)])
    return rows


def _dokumen(lembar: LembarDokumen, logo_png: bytes | None, width: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = lambang(lembar.kop, logo_png, width)
    out += _head(titles((lembar.judul,), [periode_line(lembar.periode)]))
    out.append(tata_letak.tandai(header_row(lembar.instansi, lembar.periode_penilaian, width),
                                 "kepala"))
    data: list[list[object]] = []
    data += _dokumen_block("1.", "PEGAWAI YANG DINILAI", lembar.pegawai)
    data += _dokumen_block("2.", "PEJABAT PENILAI KINERJA", lembar.penilai)
    data += _dokumen_block("3.", "ATASAN PEJABAT PENILAI KINERJA", lembar.atasan_penilai)
    eval_row = len(data)
    data += [
        [para("4.", st.body_bold), para("EVALUASI KINERJA", st.body_bold), "", ""],
        ["", para("1", st.body_center), para(LABEL_CAPAIAN_DOKUMEN),
         para(lembar.capaian, st.body_bold)],
        ["", para("2", st.body_center), para(LABEL_PREDIKAT_DOKUMEN),
         para(lembar.predikat, st.body_bold)],
    ]
    cmds: list[tuple[object, ...]] = []
    for r in (0, 6, 12, eval_row):
        cmds += [("SPAN", (1, r), (3, r)), ("BACKGROUND", (0, r), (-1, r), GREY_HEAD),
                 ("NOSPLIT", (0, r), (-1, r + 1))]
    no = 8 * mm
    widths = [no, no, 52 * mm, width - 2 * no - 52 * mm]
    blocks = FramedTable(data, colWidths=widths)
    blocks.setStyle(grid_style(cmds))
    # Block 5 is a table of its own: its heading repeats when a long text goes on to the next
    # page and never stays behind alone at the foot of one.
    # (two columns, no spans: reportlab splits a spanned cell inside a row at the wrong width)
    catatan = FramedTable(
        [[para("5.", st.body_bold), para("CATATAN/REKOMENDASI", st.body_bold)],
         ["", para(lembar.catatan or "-")]],
        colWidths=[no, width - no], repeatRows=1,
        splitInRow=split_in_row(estimate_height(lembar.catatan, width - no)))
    catatan.setStyle(grid_style([("BACKGROUND", (0, 0), (-1, 0), GREY_HEAD)]))
    out += [tata_letak.tandai(blocks, "dokumen"),
            TetapBersama(tata_letak.tandai(catatan, tata_letak.CATATAN_REKOMENDASI),
                         _ttd(lembar, width))]
    return out
