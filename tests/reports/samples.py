"""Hand-made sheets (no database) for layout tests: long texts, many rows, every variant."""

from __future__ import annotations

from asn_desktop.domain import jabatan as jb
from asn_desktop.domain.berakhlak import BERAKHLAK
from asn_desktop.domain.organisasi import EXPECTED_CURVE, PRINTED_CAPAIAN_OPTIONS, CapaianOrganisasi
from asn_desktop.domain.predikat import PREDIKAT_CURVE_ORDER, PRINTED_PREDIKAT_OPTIONS
from asn_desktop.domain.ratings import PRINTED_RATING_OPTIONS
from asn_desktop.reports.content import (
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

KOP = Kop(
    judul=("PEMERINTAH KOTA SERANG", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
           "BIDANG PEMBINAAN SEKOLAH MENENGAH PERTAMA"),
    keterangan=("Jl. Jenderal Sudirman No. 5, Kota Serang, Banten 42111",),
)
PEGAWAI = Identitas(
    nama="Dra. Hj. Siti Nurhasanah Wulandari Kusumaningrum, S.Pd., M.Pd.",
    nip="198203152006042003",
    pangkat="Penata Tingkat I, III/d",
    jabatan="Analis Kebijakan Ahli Muda pada Subbagian Perencanaan dan Evaluasi Program",
    unit_kerja="Bidang Pembinaan Sekolah Menengah Pertama, Dinas Pendidikan dan Kebudayaan",
)
PENILAI = Identitas(
    nama="H. Ahmad Fauzi Rahmatullah, S.Sos., M.Si.",
    nip="197506102000031002",
    pangkat="Pembina, IV/a",
    jabatan="Kepala Bidang Pembinaan Sekolah Menengah Pertama",
    unit_kerja="Dinas Pendidikan dan Kebudayaan",
)
ATASAN = Identitas(
    nama="Dr. Bambang Supriyadi, M.M.",
    nip="196812121994031005",
    pangkat="Pembina Utama Muda, IV/c",
    jabatan="Kepala Dinas Pendidikan dan Kebudayaan",
    unit_kerja="Dinas Pendidikan dan Kebudayaan",
)
LONG = (
    "Tersusunnya dokumen perencanaan dan evaluasi program pembinaan sekolah menengah pertama "
    "yang akurat, tepat waktu dan dapat dipertanggungjawabkan, termasuk telaahan staf, "
    "rekapitulasi data pokok pendidikan dan laporan capaian indikator kinerja utama."
)


def _perilaku(eval_: bool) -> tuple[BarisPerilaku, ...]:
    return tuple(
        BarisPerilaku(
            nomor=str(i),
            nilai=v.nilai,
            panduan=v.panduan,
            ekspektasi="Menyampaikan laporan kegiatan tepat waktu disertai bukti dukung."
            if i % 2 else "",
            umpan_balik=("Sudah baik; pertahankan. " * (6 if i == 2 else 1)).strip()
            if eval_ else None,
        )
        for i, v in enumerate(BERAKHLAK, start=1)
    )


def _hasil(kolom: tuple[str, ...], n_rhk: int, evaluasi: bool) -> TabelHasilKerja:
    per_rhk = tuple(k in (jb.KOLOM_NO, jb.KOLOM_RHK_PIMPINAN, jb.KOLOM_RHK,
                          jb.KOLOM_UMPAN_BALIK) for k in kolom)
    bagian = []
    nomor = 0
    for judul, count in (("A. UTAMA", n_rhk), ("B. TAMBAHAN", 1)):
        kelompok = []
        for r in range(count):
            nomor += 1
            rows = []
            for j, (aspek, iki, target) in enumerate((
                ("Kuantitas", "Jumlah dokumen perencanaan yang disusun", "4 Dokumen"),
                ("Kualitas", "Persentase dokumen yang sesuai standar tanpa revisi", "100%"),
                ("Waktu", "Ketepatan waktu penyelesaian dokumen", "12 Bulan"),
            )):
                cells = []
                for k in kolom:
                    first = j == 0
                    cells.append({
                        jb.KOLOM_NO: str(nomor) if first else "",
                        jb.KOLOM_RHK_PIMPINAN: (LONG[:90] if r % 2 else LONG) if first else "",
                        jb.KOLOM_RHK: (f"RHK {nomor}: " + LONG[:120]) if first else "",
                        jb.KOLOM_ASPEK: aspek,
                        jb.KOLOM_IKI: iki,
                        jb.KOLOM_TARGET: target,
                        jb.KOLOM_PERSPEKTIF: "Penerima Layanan",
                        jb.KOLOM_REALISASI: "3 Dokumen\nBukti dukung: laporan triwulan",
                        jb.KOLOM_UMPAN_BALIK: ("Capaian sesuai rencana aksi; bukti dukung lengkap. "
                                               * (3 if r == 1 else 1)).strip() if first else "",
                    }[k])
                rows.append(BarisHasilKerja(tuple(cells)))
            kelompok.append(KelompokRhk(tuple(rows)))
        bagian.append(BagianHasilKerja(judul, tuple(kelompok)))
    return TabelHasilKerja(kolom, per_rhk, tuple(bagian))


def ttd(tanggal: str, both: bool = False) -> tuple[Penandatangan, Penandatangan]:
    return (
        Penandatangan("Pegawai yang Dinilai,", PEGAWAI.nama, PEGAWAI.nip,
                      f"Serang, {tanggal}" if both else ""),
        Penandatangan("Pejabat Penilai Kinerja,", PENILAI.nama, PENILAI.nip,
                      f"Serang, {tanggal}"),
    )


def skp(jenis: jb.JenisJabatan = jb.JenisJabatan.FUNGSIONAL_KEAHLIAN,
        pendekatan: jb.Pendekatan = jb.Pendekatan.KUANTITATIF, n_rhk: int = 6) -> LembarSkp:
    spec = jb.form_spec(jenis, pendekatan, "SKP")
    left, right = ttd("05 Januari 2026")
    return LembarSkp(
        kop=KOP, judul=spec.title_lines, instansi="PEMERINTAH KOTA SERANG",
        periode_penilaian="01 JANUARI SD 31 DESEMBER TAHUN 2026",
        pegawai=PEGAWAI, penilai=PENILAI,
        hasil_kerja=_hasil(spec.kolom, n_rhk, False),
        perilaku=_perilaku(False), ttd_pegawai=left, ttd_penilai=right,
        lampiran=Lampiran(("Sarana komputer dan jaringan internet kantor", "Anggaran DPA"),
                          ("Laporan bulanan kepada atasan langsung",),
                          ("Predikat kinerja menjadi dasar pemberian TPP",)),
    )


def evaluasi(n_rhk: int = 5, tanda: str = "") -> LembarEvaluasi:
    spec = jb.form_spec(jb.JenisJabatan.FUNGSIONAL_KEAHLIAN, jb.Pendekatan.KUANTITATIF,
                        "EVALUASI")
    left, right = ttd("30 Juni 2026")
    cap = CapaianOrganisasi.BAIK
    return LembarEvaluasi(
        kop=KOP, judul=spec.title_lines,
        periode=Pilihan("TRIWULAN I/II/III/IV-AKHIR", "II"),
        instansi="PEMERINTAH KOTA SERANG",
        periode_penilaian="01 APRIL SD 30 JUNI TAHUN 2026",
        pegawai=PEGAWAI, penilai=PENILAI,
        capaian=Pilihan(PRINTED_CAPAIAN_OPTIONS, "BAIK"),
        kurva=Kurva(
            "KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI BAIK",
            tuple(p.value for p in PREDIKAT_CURVE_ORDER), EXPECTED_CURVE[cap]),
        hasil_kerja=_hasil(spec.kolom, n_rhk, True),
        rating_hasil_kerja=Pilihan(PRINTED_RATING_OPTIONS, "SESUAI EKSPEKTASI"),
        perilaku=_perilaku(True),
        rating_perilaku_kerja=Pilihan(PRINTED_RATING_OPTIONS, "DIATAS EKSPEKTASI"),
        predikat=Pilihan(PRINTED_PREDIKAT_OPTIONS, "BAIK"),
        ttd_pegawai=left, ttd_penilai=right, tanda=tanda,
    )


def dokumen() -> LembarDokumen:
    left, right = ttd("31 Desember 2026", both=True)
    return LembarDokumen(
        kop=KOP, judul=jb.JUDUL_DOKUMEN_EVALUASI,
        periode=Pilihan("TRIWULAN I/II/III/IV-AKHIR", "IV-AKHIR"),
        instansi="PEMERINTAH KOTA SERANG",
        periode_penilaian="01 JANUARI SD 31 DESEMBER TAHUN 2026",
        pegawai=PEGAWAI, penilai=PENILAI, atasan_penilai=ATASAN,
        capaian="BAIK", predikat="BAIK",
        catatan="Pertahankan kinerja dan ikuti pelatihan teknis yang relevan. " * 3,
        ttd_pegawai=left, ttd_penilai=right,
    )
