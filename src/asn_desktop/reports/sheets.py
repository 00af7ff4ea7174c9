"""From service views (``SkpView``, ``EvaluasiView``) to the printed values of a sheet.

Pure functions: everything the database knows arrives in the views and in ``Konteks`` (the
letterhead, instansi and place of signing), so the same records always give the same sheet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from asn_desktop.domain import jabatan as jb
from asn_desktop.domain.dates import format_tanggal, format_tanggal_upper
from asn_desktop.domain.dokumen import Status
from asn_desktop.domain.organisasi import (
    EXPECTED_CURVE,
    PRINTED_CAPAIAN_OPTIONS,
    CapaianOrganisasi,
)
from asn_desktop.domain.periods import Frekuensi, Periode, periode_penilaian_line
from asn_desktop.domain.predikat import (
    PREDIKAT_CURVE_ORDER,
    PREDIKAT_PRINTED,
    PRINTED_PREDIKAT_OPTIONS,
    Predikat,
)
from asn_desktop.domain.ratings import PRINTED_RATING_OPTIONS, RATING_PRINTED, Rating
from asn_desktop.reports.content import (
    CONTENT_VERSION,
    BagianHasilKerja,
    BarisHasilKerja,
    BarisPerilaku,
    Identitas,
    KelompokRhk,
    Kop,
    Kurva,
    Lampiran,
    LembarDokumen,
    LembarEvaluasi,
    LembarSkp,
    Penandatangan,
    Pilihan,
    TabelHasilKerja,
)
from asn_desktop.views.evaluasi import EvaluasiView, IndikatorEvalView, RhkEvalView
from asn_desktop.views.identitas import Pihak
from asn_desktop.views.skp import IndikatorView, RhkView, SkpView

PEGAWAI_YANG_DINILAI = "Pegawai yang Dinilai,"
PEJABAT_PENILAI = "Pejabat Penilai Kinerja,"
TANGGAL_KOSONG = "...................."
NAMA_KOSONG = "." * 44  # no pejabat penilai known: a line to write the name on

# Columns that belong to the whole RHK (printed once per RHK, spanning its indicator rows).
_RHK_LEVEL = frozenset({jb.KOLOM_NO, jb.KOLOM_RHK_PIMPINAN, jb.KOLOM_RHK, jb.KOLOM_HASIL_KERJA,
                        jb.KOLOM_UMPAN_BALIK})


@dataclass(frozen=True)
class Konteks:
    """What a sheet prints besides the record: letterhead, instansi line, place of signing."""

    kop: Kop
    instansi: str
    tempat: str
    # the sheet format: 1 only to rebuild a sheet printed before format 2 (text letterhead,
    # kualitatif evaluasi with NO and RHK pimpinan columns, PPPK guru NIP/pangkat printed)
    versi: int = CONTENT_VERSION


# ------------------------------------------------------------------------------ small pieces


def unit_kerja_cetak(p: Pihak) -> str:
    """"Bidang X, Dinas Y" (the unit with its perangkat daerah when they differ)."""
    unit, opd = p.unit_kerja.strip(), p.perangkat_daerah.strip()
    if opd and unit and opd != unit:
        return f"{unit}, {opd}"
    return unit or opd or "-"


def identitas(p: Pihak | None, *, jpt_penilai: bool = False, instansi: str = "") -> Identitas:
    """An identity block. For the penilai of a JPT the form asks "NIP (*opsional)" and the
    INSTANSI instead of the unit (the penilai may be a political official)."""
    if p is None:
        base = Identitas(nama="-", nip="-", pangkat="-", jabatan="-", unit_kerja="-")
    else:
        base = Identitas(
            nama=p.nama or "-",
            nip=p.nip_cetak,
            pangkat=p.pangkat_golongan or "-",
            jabatan=p.jabatan or "-",
            unit_kerja=unit_kerja_cetak(p),
        )
    if jpt_penilai:
        return Identitas(base.nama, base.nip, base.pangkat, base.jabatan,
                         instansi or base.unit_kerja, label_nip="NIP (*opsional)",
                         label_unit="INSTANSI")
    return base


def tempat_tanggal(tempat: str, tanggal: date | None) -> str:
    return f"{tempat}, {format_tanggal(tanggal) if tanggal else TANGGAL_KOSONG}"


def penandatangan(sebutan: str, p: Pihak | None, tempat_tgl: str = "") -> Penandatangan:
    if p is None:
        return Penandatangan(sebutan, NAMA_KOSONG, "", tempat_tgl)
    return Penandatangan(sebutan, p.nama, p.nip, tempat_tgl)


def tanda_status(status: str) -> str:
    """The mark printed across a sheet that is not approved yet."""
    if status == Status.DISETUJUI.value:
        return ""
    return "DIAJUKAN" if status == Status.DIAJUKAN.value else "KONSEP"


def span_line(mulai: date, selesai: date, tahun: int) -> str:
    """'01 JANUARI SD 31 DESEMBER TAHUN 2026' (as ``periods.periode_penilaian_line``)."""
    return (f"{format_tanggal_upper(mulai).rsplit(' ', 1)[0]} SD "
            f"{format_tanggal_upper(selesai).rsplit(' ', 1)[0]} TAHUN {tahun}")


def pilihan_periode(p: Periode) -> Pilihan:
    return Pilihan(p.printed_options, p.printed_option)


def rating_pilihan(r: Rating | None) -> Pilihan:
    return Pilihan(PRINTED_RATING_OPTIONS, RATING_PRINTED[r] if r else None)


def predikat_pilihan(p: Predikat | None) -> Pilihan:
    return Pilihan(PRINTED_PREDIKAT_OPTIONS, PREDIKAT_PRINTED[p] if p else None)


def capaian_pilihan(c: CapaianOrganisasi | None) -> Pilihan:
    return Pilihan(PRINTED_CAPAIAN_OPTIONS, c.value if c else None)


def kurva(c: CapaianOrganisasi | None) -> Kurva | None:
    if c is None:
        return None
    return Kurva(
        judul=("KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI "
               f"{c.value}"),
        label=tuple(p.value for p in PREDIKAT_CURVE_ORDER),
        tinggi=tuple(float(h) for h in EXPECTED_CURVE[c]),
    )


def _perspektif(value: str | None) -> str:
    if not value:
        return ""
    try:
        return jb.PERSPEKTIF_PENDEK[jb.Perspektif(value)]
    except ValueError:
        return value


def _realisasi(iv: IndikatorEvalView) -> str:
    teks = iv.realisasi_cetak or "-"
    if iv.bukti_dukung:
        teks += f"\nBukti dukung: {iv.bukti_dukung}"
    return teks


# ------------------------------------------------------------------------------ HASIL KERJA


def _kualitatif_rhk(rhk: RhkView, variant: jb.FormVariant) -> str:
    lines = [rhk.uraian, jb.IKI_HEADING_KUALITATIF[variant]]
    for iv in rhk.indikator:
        line = f"{iv.nomor}. {iv.uraian}"
        if iv.target_teks and iv.target_teks != iv.uraian:
            line += f" \u2014 Target: {iv.target_teks}"
        persp = _perspektif(iv.perspektif or rhk.perspektif)
        if variant is jb.FormVariant.JPT and persp:
            line += f" (Perspektif {persp})"
        lines.append(line)
    return "\n".join(lines)


def _cells(
    kolom: Sequence[str],
    rhk: RhkView,
    iv: IndikatorView | None,
    first: bool,
    ev: RhkEvalView | None,
    iev: IndikatorEvalView | None,
    kualitatif_teks: str | None,
) -> BarisHasilKerja:
    out: list[str] = []
    for k in kolom:
        if k in _RHK_LEVEL and not first:
            out.append("")
            continue
        if k == jb.KOLOM_NO:
            out.append(str(rhk.nomor))
        elif k == jb.KOLOM_RHK_PIMPINAN:
            out.append(rhk.rhk_atasan_teks or "-")
        elif k in (jb.KOLOM_RHK, jb.KOLOM_HASIL_KERJA):
            out.append(kualitatif_teks if kualitatif_teks is not None else rhk.uraian)
        elif k == jb.KOLOM_ASPEK:
            out.append((iv.aspek or "") if iv else "")
        elif k == jb.KOLOM_IKI:
            out.append(iv.uraian if iv else "")
        elif k == jb.KOLOM_TARGET:
            out.append(iv.target_teks if iv else "")
        elif k == jb.KOLOM_PERSPEKTIF:
            out.append(_perspektif((iv.perspektif if iv else None) or rhk.perspektif))
        elif k == jb.KOLOM_REALISASI:
            if kualitatif_teks is not None and ev is not None:
                out.append("\n".join(f"{x.indikator.nomor}. {_realisasi(x)}"
                                     for x in ev.indikator) or "-")
            else:
                out.append(_realisasi(iev) if iev else "-")
        elif k == jb.KOLOM_UMPAN_BALIK:
            out.append((ev.umpan_balik if ev else "") or "-")
        else:
            out.append("")
    return BarisHasilKerja(tuple(out))


def _kolom_v1(form: jb.FormSpec) -> tuple[str, ...]:
    """Format 1 printed the kualitatif evaluasi with the SKP's NO and RHK pimpinan columns."""
    if form.kolom[0] != jb.KOLOM_HASIL_KERJA:
        return form.kolom
    lead = (jb.KOLOM_NO, jb.KOLOM_RHK) if form.variant is jb.FormVariant.JPT else (
        jb.KOLOM_NO, jb.KOLOM_RHK_PIMPINAN, jb.KOLOM_RHK)
    return (*lead, *form.kolom[1:])


def hasil_kerja(
    form: jb.FormSpec,
    utama: Sequence[RhkView],
    tambahan: Sequence[RhkView],
    evals: dict[str, RhkEvalView] | None = None,
    versi: int = CONTENT_VERSION,
) -> TabelHasilKerja:
    kolom = form.kolom if versi >= 2 else _kolom_v1(form)
    kualitatif = form.pendekatan is jb.Pendekatan.KUALITATIF
    bagian = []
    for jenis, rhks in ((jb.JenisRhk.UTAMA, utama), (jb.JenisRhk.TAMBAHAN, tambahan)):
        kelompok = []
        for rhk in rhks:
            ev = evals.get(rhk.id) if evals is not None else None
            ievs = {x.indikator.id: x for x in ev.indikator} if ev else {}
            if kualitatif:
                teks = _kualitatif_rhk(rhk, form.variant)
                rows = [_cells(kolom, rhk, None, True, ev, None, teks)]
            else:
                inds: Sequence[IndikatorView | None] = rhk.indikator or (None,)
                rows = [
                    _cells(kolom, rhk, iv, n == 0, ev, ievs.get(iv.id) if iv else None, None)
                    for n, iv in enumerate(inds)
                ]
            kelompok.append(KelompokRhk(tuple(rows)))
        bagian.append(BagianHasilKerja(jb.JENIS_RHK_HEADINGS[jenis], tuple(kelompok)))
    return TabelHasilKerja(
        kolom=kolom,
        per_rhk=tuple(k in _RHK_LEVEL for k in kolom),
        bagian=tuple(bagian),
    )


# ----------------------------------------------------------------------------------- sheets


def _is_jpt(form: jb.FormSpec) -> bool:
    return form.variant is jb.FormVariant.JPT


def lembar_skp(v: SkpView, k: Konteks) -> LembarSkp:
    ident = v.identitas
    return LembarSkp(
        kop=k.kop,
        judul=v.form.title_lines,
        instansi=k.instansi,
        periode_penilaian=span_line(v.periode_mulai, v.periode_selesai, v.tahun),
        pegawai=identitas(ident.pegawai),
        penilai=identitas(ident.penilai, jpt_penilai=_is_jpt(v.form), instansi=k.instansi),
        hasil_kerja=hasil_kerja(v.form, v.utama, v.tambahan),
        perilaku=tuple(
            BarisPerilaku(str(n), p.nilai, p.panduan, p.ekspektasi)
            for n, p in enumerate(v.perilaku, start=1)
        ),
        ttd_pegawai=penandatangan(PEGAWAI_YANG_DINILAI, ident.pegawai),
        ttd_penilai=penandatangan(PEJABAT_PENILAI, ident.penilai,
                                  tempat_tanggal(k.tempat, v.tanggal_ditetapkan)),
        lampiran=Lampiran(v.lampiran.dukungan_sumber_daya, v.lampiran.skema_pertanggungjawaban,
                          v.lampiran.konsekuensi),
        tanda=tanda_status(v.status),
    )


def tanggal_evaluasi(v: EvaluasiView) -> date:
    """The signing date: the evaluation's own, else the end of the period assessed (which is
    what approval sets)."""
    return v.tanggal or v.periode.penilaian_selesai


def lembar_evaluasi(v: EvaluasiView, k: Konteks) -> LembarEvaluasi:
    ident = v.identitas
    evals = {e.rhk.id: e for e in v.rhk}
    return LembarEvaluasi(
        kop=k.kop,
        judul=v.form.title_lines,
        periode=pilihan_periode(v.periode),
        instansi=k.instansi,
        periode_penilaian=periode_penilaian_line(v.periode),
        pegawai=identitas(ident.pegawai),
        penilai=identitas(ident.penilai, jpt_penilai=_is_jpt(v.form), instansi=k.instansi),
        capaian=capaian_pilihan(v.capaian_organisasi),
        kurva=kurva(v.capaian_organisasi),
        hasil_kerja=hasil_kerja(v.form, [e.rhk for e in v.utama], [e.rhk for e in v.tambahan],
                                evals, k.versi),
        rating_hasil_kerja=rating_pilihan(v.rating_hasil_kerja),
        perilaku=tuple(
            BarisPerilaku(str(n), p.nilai, p.panduan, p.ekspektasi, p.umpan_balik or "-")
            for n, p in enumerate(v.perilaku, start=1)
        ),
        rating_perilaku_kerja=rating_pilihan(v.rating_perilaku_kerja),
        predikat=predikat_pilihan(v.predikat),
        ttd_pegawai=penandatangan(PEGAWAI_YANG_DINILAI, ident.pegawai),
        ttd_penilai=penandatangan(PEJABAT_PENILAI, ident.penilai,
                                  tempat_tanggal(k.tempat, tanggal_evaluasi(v))),
        tanda=tanda_status(v.status),
    )


def _dokumen_guru(p: Pihak | None, ident: Identitas) -> Identitas:
    """The guru (semester) variant of the Dokumen: "bagi Non PNS dikosongkan" (NIP and
    pangkat/golongan left blank for a PPPK)."""
    if p is None or p.status == "PNS":
        return ident
    return replace(ident, nip="", pangkat="")


def lembar_dokumen(v: EvaluasiView, k: Konteks) -> LembarDokumen:
    ident = v.identitas
    tgl = tempat_tanggal(k.tempat, tanggal_evaluasi(v))
    guru = k.versi >= 2 and v.periode.frekuensi is Frekuensi.SEMESTERAN

    def blok(p: Pihak | None) -> Identitas:
        return _dokumen_guru(p, identitas(p)) if guru else identitas(p)

    def ttd(sebutan: str, p: Pihak | None) -> Penandatangan:
        out = penandatangan(sebutan, p, tgl)
        # the NIP line under a signature too stays empty for a non-PNS on the guru variant
        return replace(out, nip="") if guru and p is not None and p.status != "PNS" else out

    return LembarDokumen(
        kop=k.kop,
        judul=jb.JUDUL_DOKUMEN_EVALUASI,
        periode=pilihan_periode(v.periode),
        instansi=k.instansi,
        periode_penilaian=periode_penilaian_line(v.periode),
        pegawai=blok(ident.pegawai),
        penilai=blok(ident.penilai),
        atasan_penilai=blok(ident.atasan_penilai),
        capaian=v.capaian_organisasi.value if v.capaian_organisasi else "-",
        predikat=PREDIKAT_PRINTED[v.predikat] if v.predikat else "-",
        catatan=v.catatan_rekomendasi or "",
        ttd_pegawai=ttd(PEGAWAI_YANG_DINILAI, ident.pegawai),
        ttd_penilai=ttd(PEJABAT_PENILAI, ident.penilai),
        tanda=tanda_status(v.status),
    )
