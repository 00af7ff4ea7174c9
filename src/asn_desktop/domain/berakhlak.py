"""The 7 BerAKHLAK core values and their panduan perilaku (SE MenPANRB 20/2021, reference §2).

These 21 sentences are printed verbatim in the PERILAKU KERJA section of every SKP.
"""

from __future__ import annotations

from dataclasses import dataclass

from asn_desktop.errors import ValidationError


@dataclass(frozen=True)
class CoreValue:
    kode: str
    nilai: str
    definisi: str
    panduan: tuple[str, str, str]


BERAKHLAK: tuple[CoreValue, ...] = (
    CoreValue(
        "pelayanan",
        "Berorientasi Pelayanan",
        "Komitmen memberikan pelayanan prima demi kepuasan masyarakat",
        (
            "Memahami dan memenuhi kebutuhan masyarakat",
            "Ramah, cekatan, solutif, dan dapat diandalkan",
            "Melakukan perbaikan tiada henti",
        ),
    ),
    CoreValue(
        "akuntabel",
        "Akuntabel",
        "Bertanggung jawab atas kepercayaan yang diberikan",
        (
            "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan "
            "berintegritas tinggi",
            "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, "
            "dan efisien",
            "Tidak menyalahgunakan kewenangan jabatan",
        ),
    ),
    CoreValue(
        "kompeten",
        "Kompeten",
        "Terus belajar dan mengembangkan kapabilitas",
        (
            "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
            "Membantu orang lain belajar",
            "Melaksanakan tugas dengan kualitas terbaik",
        ),
    ),
    CoreValue(
        "harmonis",
        "Harmonis",
        "Saling peduli dan menghargai perbedaan",
        (
            "Menghargai setiap orang apapun latar belakangnya",
            "Suka menolong orang lain",
            "Membangun lingkungan kerja yang kondusif",
        ),
    ),
    CoreValue(
        "loyal",
        "Loyal",
        "Berdedikasi dan mengutamakan kepentingan Bangsa dan Negara",
        (
            "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia "
            "Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan "
            "yang sah",
            "Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara",
            "Menjaga rahasia jabatan dan negara",
        ),
    ),
    CoreValue(
        "adaptif",
        "Adaptif",
        # Some copies say "menggerakkan serta"; the SE text used on SKP forms says "ataupun".
        "Terus berinovasi dan antusias dalam menggerakkan ataupun menghadapi perubahan",
        (
            "Cepat menyesuaikan diri menghadapi perubahan",
            "Terus berinovasi dan mengembangkan kreativitas",
            "Bertindak proaktif",
        ),
    ),
    CoreValue(
        "kolaboratif",
        "Kolaboratif",
        "Membangun kerja sama yang sinergis",
        (
            "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
            "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
            "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama",
        ),
    ),
)

BERAKHLAK_KODES: tuple[str, ...] = tuple(v.kode for v in BERAKHLAK)

_PER_KODE: dict[str, CoreValue] = {v.kode: v for v in BERAKHLAK}


def core_value(kode: str) -> CoreValue:
    try:
        return _PER_KODE[kode]
    except KeyError:
        raise ValidationError(
            f"Nilai BerAKHLAK '{kode}' tidak dikenal; pilihan: {', '.join(BERAKHLAK_KODES)}.",
            field="berakhlak",
            kode="berakhlak_tidak_dikenal",
        ) from None
