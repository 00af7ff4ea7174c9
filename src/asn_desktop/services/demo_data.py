"""Reference material for the demo generator: Kota Serang's organisation, names and texts.

Organisation names follow Kota Serang's actual perangkat daerah and kecamatan; people are
fictitious.
"""

from __future__ import annotations

from dataclasses import dataclass, field

KECAMATAN = ("Serang", "Kasemen", "Walantaka", "Curug", "Cipocok Jaya", "Taktakan")

PUSKESMAS = (
    "Serang Kota", "Kasemen", "Banten Girang", "Ciracas", "Rau", "Unyur", "Walantaka",
    "Curug", "Cipocok Jaya", "Taktakan", "Sawah Luhur", "Singandaru", "Kilasah", "Penancangan",
)


@dataclass(frozen=True)
class Bidang:
    nama: str
    kepala: str  # jabatan of the head (Administrator)
    kasi: tuple[str, ...] = ()  # Pengawas positions inside
    staf: tuple[tuple[str, str], ...] = ()  # (jabatan, jenis) of staff
    tema: str = ""  # what its RHK are about


@dataclass(frozen=True)
class Opd:
    kode: str
    nama: str
    singkatan: str
    kepala: str
    tema: str
    bidang: tuple[Bidang, ...]
    weight: float = 1.0
    frekuensi: str | None = None
    upt: str | None = None  # "SEKOLAH", "PUSKESMAS" or None
    extra: dict[str, str] = field(default_factory=dict)


PELAKSANA = (
    ("Pengadministrasi Perkantoran", "PELAKSANA"),
    ("Penata Layanan Operasional", "PELAKSANA"),
    ("Pengolah Data dan Informasi", "PELAKSANA"),
    ("Operator Layanan Operasional", "PELAKSANA"),
)

SEKRETARIAT = Bidang(
    "Sekretariat", "Sekretaris",
    ("Kepala Subbagian Umum dan Kepegawaian", "Kepala Subbagian Keuangan"),
    (*PELAKSANA, ("Analis Kepegawaian Ahli Pertama", "FUNGSIONAL_KEAHLIAN"),
     ("Perencana Ahli Muda", "FUNGSIONAL_KEAHLIAN")),
    "administrasi umum, kepegawaian, keuangan dan perencanaan",
)


def _bidang(nama: str, tema: str, jf: tuple[tuple[str, str], ...] = ()) -> Bidang:
    return Bidang(nama, f"Kepala {nama}", (), (*PELAKSANA[:2], *jf), tema)


KODE_SETDA = "3673.SETDA"

OPDS: tuple[Opd, ...] = (
    Opd(KODE_SETDA, "Sekretariat Daerah", "Setda", "Sekretaris Daerah",
        "penyelenggaraan pemerintahan daerah",
        (Bidang("Bagian Organisasi", "Kepala Bagian Organisasi", ("Analis Kebijakan",),
                PELAKSANA[:2], "kelembagaan dan tata laksana"),
         Bidang("Bagian Hukum", "Kepala Bagian Hukum", (),
                (("Perancang Peraturan Perundang-undangan Ahli Pertama", "FUNGSIONAL_KEAHLIAN"),
                 *PELAKSANA[:1]), "produk hukum daerah")), 0.6),
    Opd("3673.DINDIKBUD", "Dinas Pendidikan dan Kebudayaan", "Dindikbud",
        "Kepala Dinas Pendidikan dan Kebudayaan", "layanan pendidikan dasar",
        (SEKRETARIAT,
         _bidang("Bidang Pembinaan Sekolah Dasar", "mutu sekolah dasar",
                 (("Pengawas Sekolah Ahli Muda", "FUNGSIONAL_KEAHLIAN"),)),
         _bidang("Bidang Pembinaan Sekolah Menengah Pertama", "mutu sekolah menengah pertama",
                 (("Pengawas Sekolah Ahli Madya", "FUNGSIONAL_KEAHLIAN"),)),
         _bidang("Bidang PAUD dan Pendidikan Nonformal", "layanan PAUD dan pendidikan nonformal"),
         _bidang("Bidang Kebudayaan", "pelestarian kebudayaan daerah",
                 (("Pamong Budaya Ahli Pertama", "FUNGSIONAL_KEAHLIAN"),))),
        6.0, "SEMESTERAN", "SEKOLAH"),
    Opd("3673.DINKES", "Dinas Kesehatan", "Dinkes", "Kepala Dinas Kesehatan",
        "derajat kesehatan masyarakat",
        (SEKRETARIAT,
         _bidang("Bidang Kesehatan Masyarakat", "kesehatan keluarga dan gizi",
                 (("Nutrisionis Ahli Pertama", "FUNGSIONAL_KEAHLIAN"),)),
         _bidang("Bidang Pencegahan dan Pengendalian Penyakit", "pengendalian penyakit",
                 (("Epidemiolog Kesehatan Ahli Pertama", "FUNGSIONAL_KEAHLIAN"),)),
         _bidang("Bidang Pelayanan Kesehatan", "mutu pelayanan kesehatan")),
        3.0, None, "PUSKESMAS"),
    Opd("3673.DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil",
        "Kepala Dinas Kependudukan dan Pencatatan Sipil", "layanan administrasi kependudukan",
        (SEKRETARIAT,
         _bidang("Bidang Pelayanan Pendaftaran Penduduk", "penerbitan KTP-el dan KK",
                 (("Administrator Database Kependudukan Ahli Pertama", "FUNGSIONAL_KEAHLIAN"),)),
         _bidang("Bidang Pelayanan Pencatatan Sipil", "penerbitan akta pencatatan sipil"),
         _bidang("Bidang Pengelolaan Informasi Administrasi Kependudukan",
                 "pengelolaan data dan pengaduan layanan",
                 (("Pranata Komputer Ahli Pertama", "FUNGSIONAL_KEAHLIAN"),)),
         _bidang("Bidang Pemanfaatan Data dan Inovasi Pelayanan", "inovasi pelayanan")),
        1.2),
    Opd("3673.BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM",
        "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "manajemen ASN berbasis kinerja",
        (SEKRETARIAT,
         _bidang("Bidang Pengadaan, Pemberhentian dan Informasi", "data dan informasi ASN",
                 (("Pranata Komputer Ahli Pertama", "FUNGSIONAL_KEAHLIAN"),)),
         _bidang("Bidang Mutasi dan Promosi", "mutasi dan promosi ASN",
                 (("Analis SDM Aparatur Ahli Pertama", "FUNGSIONAL_KEAHLIAN"),)),
         _bidang("Bidang Penilaian Kinerja dan Penghargaan", "penilaian kinerja ASN",
                 (("Analis SDM Aparatur Ahli Muda", "FUNGSIONAL_KEAHLIAN"),)),
         _bidang("Bidang Pengembangan Kompetensi", "pengembangan kompetensi ASN",
                 (("Widyaiswara Ahli Muda", "FUNGSIONAL_KEAHLIAN"),))),
        0.8),
    Opd("3673.BAPPEDA", "Badan Perencanaan Pembangunan Daerah", "Bappeda",
        "Kepala Badan Perencanaan Pembangunan Daerah", "perencanaan pembangunan daerah",
        (SEKRETARIAT,
         _bidang("Bidang Perencanaan Pemerintahan dan Pembangunan Manusia",
                 "perencanaan pembangunan manusia",
                 (("Perencana Ahli Pertama", "FUNGSIONAL_KEAHLIAN"),)),
         _bidang("Bidang Perencanaan Infrastruktur dan Kewilayahan",
                 "perencanaan infrastruktur")), 0.6),
    Opd("3673.DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR",
        "Kepala Dinas Pekerjaan Umum dan Penataan Ruang", "infrastruktur jalan dan drainase",
        (SEKRETARIAT,
         _bidang("Bidang Bina Marga", "kemantapan jalan kota",
                 (("Teknik Jalan dan Jembatan Ahli Pertama", "FUNGSIONAL_KEAHLIAN"),)),
         _bidang("Bidang Sumber Daya Air", "pengendalian banjir dan drainase"),
         _bidang("Bidang Penataan Ruang", "pemanfaatan ruang")), 0.9),
    Opd("3673.DINSOS", "Dinas Sosial", "Dinsos", "Kepala Dinas Sosial",
        "perlindungan dan jaminan sosial",
        (SEKRETARIAT,
         _bidang("Bidang Rehabilitasi Sosial", "rehabilitasi sosial",
                 (("Pekerja Sosial Ahli Pertama", "FUNGSIONAL_KEAHLIAN"),)),
         _bidang("Bidang Perlindungan dan Jaminan Sosial", "data terpadu kesejahteraan sosial")),
        0.6),
    Opd("3673.INSPEKTORAT", "Inspektorat Daerah", "Inspektorat", "Inspektur",
        "pengawasan internal pemerintah daerah",
        (SEKRETARIAT,
         _bidang("Inspektur Pembantu Wilayah I", "pengawasan wilayah I",
                 (("Auditor Ahli Pertama", "FUNGSIONAL_KEAHLIAN"),
                  ("Auditor Ahli Muda", "FUNGSIONAL_KEAHLIAN"))),
         _bidang("Inspektur Pembantu Wilayah II", "pengawasan wilayah II",
                 (("Auditor Ahli Pertama", "FUNGSIONAL_KEAHLIAN"),))), 0.5),
    *(
        Opd(f"3673.KEC{i + 1:02d}", f"Kecamatan {kec}", f"Kec. {kec}", f"Camat {kec}",
            f"pelayanan masyarakat di Kecamatan {kec}",
            (Bidang("Sekretariat Kecamatan", "Sekretaris Kecamatan",
                    ("Kepala Subbagian Umum dan Kepegawaian",), PELAKSANA[:2],
                    "administrasi kecamatan"),
             Bidang("Seksi Pemerintahan", "Kepala Seksi Pemerintahan", (), PELAKSANA[:2],
                    "tata pemerintahan kecamatan"),
             Bidang("Seksi Pelayanan Umum", "Kepala Seksi Pelayanan Umum", (), PELAKSANA[:2],
                    "pelayanan administrasi terpadu kecamatan")),
            0.5, extra={"camat": "1"})
        for i, kec in enumerate(KECAMATAN)
    ),
)

NAMA_PRIA = (
    "Ahmad", "Muhammad", "Budi", "Dedi", "Asep", "Ujang", "Agus", "Hendra", "Rizky", "Fajar",
    "Iwan", "Yayan", "Eko", "Rudi", "Joko", "Rahmat", "Hasan", "Saepul", "Aep", "Iip", "Dadan",
    "Wawan", "Endang", "Deden", "Ridwan", "Irfan", "Taufik", "Hadi", "Yusuf", "Arif",
)
NAMA_WANITA = (
    "Siti", "Nur", "Dewi", "Ani", "Rina", "Yuli", "Eka", "Lia", "Neng", "Euis", "Tuti", "Fitri",
    "Ratna", "Sri", "Wulan", "Nurhayati", "Ika", "Rani", "Desi", "Lilis", "Yeni", "Ai", "Iis",
    "Mega", "Nining", "Atikah", "Rohmah", "Aisyah", "Maya", "Intan",
)
NAMA_BELAKANG = (
    "Hidayat", "Saputra", "Setiawan", "Kurniawan", "Hermawan", "Suryana", "Maulana",
    "Pratama", "Nugraha", "Firmansyah", "Sudrajat", "Hakim", "Fauzi", "Ramdani", "Mulyadi",
    "Supriatna", "Jaelani", "Hasanudin", "Syamsudin", "Sobari", "Suhendi", "Sulaeman",
    "Permana", "Kusnadi", "Rosadi", "Muhtadi", "Santoso", "Gunawan",
)
NAMA_BELAKANG_WANITA = (
    "Rahayu", "Lestari", "Wahyuni", "Fitriani", "Marlina", "Rohimah", "Nurjanah", "Sopiah",
    "Handayani", "Susanti", "Maryani", "Yuliani",
)

MAPEL_SD = ("Kelas I", "Kelas II", "Kelas III", "Kelas IV", "Kelas V", "Kelas VI",
            "Pendidikan Agama Islam", "PJOK")
MAPEL_SMP = ("Matematika", "Bahasa Indonesia", "Bahasa Inggris", "IPA", "IPS",
             "Pendidikan Pancasila", "Informatika", "Seni Budaya")

EKSPEKTASI = {
    "pelayanan": "Melayani warga dan rekan kerja dengan ramah serta menindaklanjuti keluhan "
                 "paling lambat 3 hari kerja",
    "akuntabel": "Menyampaikan laporan kegiatan tepat waktu disertai bukti dukung",
    "kompeten": "Mengikuti paling sedikit 20 jam pelajaran pengembangan kompetensi",
    "harmonis": "Menjaga suasana kerja yang saling menghargai",
    "loyal": "Menjaga kerahasiaan data pribadi penduduk dan pegawai",
    "adaptif": "Menggunakan aplikasi kerja baru tanpa menunda pekerjaan",
    "kolaboratif": "Aktif berbagi informasi dengan tim lintas bidang",
}

UMPAN_BALIK_RHK = (
    "Capaian sesuai rencana aksi; bukti dukung lengkap.",
    "Target kuantitas tercapai, mutu dokumen perlu ditingkatkan pada periode berikutnya.",
    "Pekerjaan diselesaikan lebih cepat dari jadwal. Pertahankan.",
    "Masih ada keterlambatan pelaporan; mohon susun jadwal kerja mingguan.",
    "Sudah cukup baik; harapannya periode depan dapat ditingkatkan lagi.",
)
UMPAN_BALIK_PERILAKU = (
    "Menunjukkan sikap ramah dan cekatan dalam melayani.",
    "Disiplin dan bertanggung jawab atas tugas yang diberikan.",
    "Aktif membantu rekan kerja yang mengalami kesulitan.",
    "Perlu lebih proaktif menyampaikan kendala pekerjaan.",
)
CATATAN = (
    "Pertahankan kinerja dan ikuti pelatihan teknis yang relevan.",
    "Direkomendasikan mengikuti diklat pengembangan kompetensi bidang tugas.",
    "Perlu pendampingan dalam penyusunan laporan berbasis bukti dukung.",
    "",
)
LAMPIRAN = {
    "dukungan_sumber_daya": "Anggaran kegiatan pada DPA perangkat daerah\n"
                            "Sarana komputer dan jaringan internet kantor",
    "skema_pertanggungjawaban": "Laporan bulanan kepada atasan langsung\n"
                                "Bukti dukung diunggah ke folder bersama unit",
    "konsekuensi": "Capaian di bawah target dibahas dalam dialog kinerja\n"
                   "Predikat kinerja menjadi dasar pemberian TPP",
}
