"""Public service (Disdukcapil and any unit that serves the public): the service catalogue's units
of measure, the complaint channels, tiers and states, and the Survei Kepuasan Masyarakat (IKM)
of PermenPANRB 14/2017 (reference §6).

The complaint tiers follow the SIPPN standard in hari kerja (ringan 2, normatif 5, tidak berkadar
pengawasan 14, berkadar pengawasan 60); the days are data (a setting), the tiers are not. The IKM
mutu intervals are UNCONFIRMED in the reference and are therefore a setting too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum

from asn_desktop.teks import N_


class SatuanStandar(StrEnum):
    HARI_KERJA = "HARI_KERJA"
    JAM = "JAM"


SATUAN_LABELS: dict[SatuanStandar, str] = {
    SatuanStandar.HARI_KERJA: N_("hari kerja"),
    SatuanStandar.JAM: N_("jam"),
}


class Kanal(StrEnum):
    LANGSUNG = "LANGSUNG"
    TELEPON = "TELEPON"  # telepon / WhatsApp
    KOTAK_SARAN = "KOTAK_SARAN"
    LAPOR = "LAPOR"  # SP4N-LAPOR!
    EMAIL = "EMAIL"
    MEDSOS = "MEDSOS"


KANAL_LABELS: dict[Kanal, str] = {
    Kanal.LANGSUNG: N_("Langsung"),
    Kanal.TELEPON: N_("Telepon/WA"),
    Kanal.KOTAK_SARAN: N_("Kotak saran"),
    Kanal.LAPOR: N_("SP4N-LAPOR!"),
    Kanal.EMAIL: N_("Surel"),
    Kanal.MEDSOS: N_("Media sosial"),
}


class Kategori(StrEnum):
    """The complaint's tier: how long the unit has to settle it."""

    RINGAN = "RINGAN"
    NORMATIF = "NORMATIF"
    TIDAK_BERKADAR = "TIDAK_BERKADAR"  # tidak berkadar pengawasan
    BERKADAR = "BERKADAR"  # berkadar pengawasan (needs a field check)


KATEGORI_LABELS: dict[Kategori, str] = {
    Kategori.RINGAN: N_("Ringan"),
    Kategori.NORMATIF: N_("Normatif"),
    Kategori.TIDAK_BERKADAR: N_("Tidak berkadar pengawasan"),
    Kategori.BERKADAR: N_("Berkadar pengawasan"),
}

# SIPPN's tiers in hari kerja (reference §6); published as the setting "batas_pengaduan"
BATAS_BAWAAN: dict[str, int] = {
    Kategori.RINGAN.value: 2,
    Kategori.NORMATIF.value: 5,
    Kategori.TIDAK_BERKADAR.value: 14,
    Kategori.BERKADAR.value: 60,
}
# KemenPANRB: the first response (status information) within 3 days
RESPONS_PERTAMA_HARI = 3


class StatusPengaduan(StrEnum):
    DITERIMA = "DITERIMA"
    DIVERIFIKASI = "DIVERIFIKASI"
    DIDISPOSISI = "DIDISPOSISI"
    DITINDAKLANJUTI = "DITINDAKLANJUTI"
    SELESAI = "SELESAI"
    DITOLAK = "DITOLAK"


STATUS_PENGADUAN_LABELS: dict[StatusPengaduan, str] = {
    StatusPengaduan.DITERIMA: N_("Diterima"),
    StatusPengaduan.DIVERIFIKASI: N_("Diverifikasi"),
    StatusPengaduan.DIDISPOSISI: N_("Didisposisi"),
    StatusPengaduan.DITINDAKLANJUTI: N_("Ditindaklanjuti"),
    StatusPengaduan.SELESAI: N_("Selesai"),
    StatusPengaduan.DITOLAK: N_("Ditolak"),
}
DITUTUP: frozenset[StatusPengaduan] = frozenset({StatusPengaduan.SELESAI,
                                                 StatusPengaduan.DITOLAK})


class AksiPengaduan(StrEnum):
    DITERIMA = "DITERIMA"
    DIVERIFIKASI = "DIVERIFIKASI"
    DIDISPOSISI = "DIDISPOSISI"
    DITINDAKLANJUTI = "DITINDAKLANJUTI"
    SELESAI = "SELESAI"
    DITOLAK = "DITOLAK"
    DIBUKA_KEMBALI = "DIBUKA_KEMBALI"


AKSI_PENGADUAN_LABELS: dict[AksiPengaduan, str] = {
    AksiPengaduan.DITERIMA: N_("Diterima"),
    AksiPengaduan.DIVERIFIKASI: N_("Diverifikasi"),
    AksiPengaduan.DIDISPOSISI: N_("Didisposisi"),
    AksiPengaduan.DITINDAKLANJUTI: N_("Ditindaklanjuti"),
    AksiPengaduan.SELESAI: N_("Diselesaikan"),
    AksiPengaduan.DITOLAK: N_("Ditolak"),
    AksiPengaduan.DIBUKA_KEMBALI: N_("Dibuka kembali"),
}


# ------------------------------------------------------------------------------------- IKM

# The nine unsur of PermenPANRB 14/2017, in the order of the questionnaire.
UNSUR_IKM: tuple[str, ...] = (
    N_("Persyaratan"),
    N_("Sistem, mekanisme, dan prosedur"),
    N_("Waktu penyelesaian"),
    N_("Biaya/tarif"),
    N_("Produk spesifikasi jenis pelayanan"),
    N_("Kompetensi pelaksana"),
    N_("Perilaku pelaksana"),
    N_("Penanganan pengaduan, saran dan masukan"),
    N_("Sarana dan prasarana"),
)
NRR_MIN, NRR_MAX = 1.0, 4.0  # a questionnaire answer is scored 1..4
KONVERSI_IKM = 25  # nilai IKM = NRR tertimbang × 25

# Lower bounds of the mutu intervals (reference §6, UNCONFIRMED): published as a setting.
INTERVAL_IKM_BAWAAN: dict[str, float] = {"A": 88.31, "B": 76.61, "C": 65.0, "D": 25.0}
KINERJA_MUTU: dict[str, str] = {
    "A": N_("Sangat Baik"),
    "B": N_("Baik"),
    "C": N_("Kurang Baik"),
    "D": N_("Tidak Baik"),
}


def nilai_ikm(nrr: Sequence[float]) -> float:
    """Nilai IKM (25..100) from the nine unsur's mean scores (NRR, 1..4), equally weighted."""
    if len(nrr) != len(UNSUR_IKM):
        raise ValueError(f"IKM memerlukan {len(UNSUR_IKM)} unsur, bukan {len(nrr)}")
    for v in nrr:
        if not NRR_MIN <= v <= NRR_MAX:
            raise ValueError(f"nilai unsur {v} di luar {NRR_MIN}..{NRR_MAX}")
    return round(sum(nrr) / len(nrr) * KONVERSI_IKM, 2)


def mutu_ikm(nilai: float, interval: Mapping[str, float]) -> str:
    """The mutu letter for a nilai IKM: the best letter whose lower bound it reaches ('D' when
    it reaches none)."""
    for huruf in sorted(interval, key=lambda h: -interval[h]):
        if nilai >= interval[huruf]:
            return huruf
    return min(interval, key=lambda h: interval[h]) if interval else "D"


def samarkan(nama: str | None) -> str:
    """A complainant's name as exports show it: first and last letter of each word."""
    if not nama or not nama.strip():
        return ""
    out = []
    for w in nama.split():
        out.append(w if len(w) <= 1 else w[0] + "*" * max(1, len(w) - 2) + (w[-1] if len(w) > 2
                                                                              else ""))
    return " ".join(out)


# ------------------------------------------------------- realisasi of an IKI from the registers


class SumberRealisasi(StrEnum):
    """Where an indicator's realisasi can come from, counted over the evaluation's period in
    the service unit of the employee (the nearest unit up the tree that keeps a catalogue)."""

    PENGADUAN_TEPAT_WAKTU = "PENGADUAN_TEPAT_WAKTU"  # % of the unit's complaints settled in time
    PENGADUAN_TEPAT_WAKTU_PIC = "PENGADUAN_TEPAT_WAKTU_PIC"  # the same, the employee's own
    PENGADUAN_SELESAI_PIC = "PENGADUAN_SELESAI_PIC"  # complaints the employee settled
    WAKTU_PENGADUAN = "WAKTU_PENGADUAN"  # mean hari kerja from receipt to settlement
    LAYANAN_TEPAT_WAKTU = "LAYANAN_TEPAT_WAKTU"  # % of documents finished within the standard
    LAYANAN_SELESAI = "LAYANAN_SELESAI"  # documents finished
    NILAI_IKM = "NILAI_IKM"  # nilai IKM of the surveys in the period


SUMBER_LABELS: dict[SumberRealisasi, str] = {
    SumberRealisasi.PENGADUAN_TEPAT_WAKTU: N_("Persentase pengaduan ditindaklanjuti tepat waktu "
                                              "(unit)"),
    SumberRealisasi.PENGADUAN_TEPAT_WAKTU_PIC: N_("Persentase pengaduan tepat waktu (sebagai "
                                                  "penanggung jawab)"),
    SumberRealisasi.PENGADUAN_SELESAI_PIC: N_("Jumlah pengaduan diselesaikan (sebagai "
                                              "penanggung jawab)"),
    SumberRealisasi.WAKTU_PENGADUAN: N_("Rata-rata waktu penyelesaian pengaduan (hari kerja)"),
    SumberRealisasi.LAYANAN_TEPAT_WAKTU: N_("Persentase dokumen selesai tepat waktu"),
    SumberRealisasi.LAYANAN_SELESAI: N_("Jumlah dokumen layanan selesai"),
    SumberRealisasi.NILAI_IKM: N_("Nilai IKM"),
}
SUMBER_SATUAN: dict[SumberRealisasi, str] = {
    SumberRealisasi.PENGADUAN_TEPAT_WAKTU: "%",
    SumberRealisasi.PENGADUAN_TEPAT_WAKTU_PIC: "%",
    SumberRealisasi.PENGADUAN_SELESAI_PIC: N_("Pengaduan"),
    SumberRealisasi.WAKTU_PENGADUAN: N_("Hari kerja"),
    SumberRealisasi.LAYANAN_TEPAT_WAKTU: "%",
    SumberRealisasi.LAYANAN_SELESAI: N_("Dokumen"),
    SumberRealisasi.NILAI_IKM: N_("Nilai"),
}
