"""Pure domain rules of PermenPANRB 6/2022 (no I/O, no Qt, no database)."""

from asn_desktop.domain.berakhlak import BERAKHLAK, CoreValue
from asn_desktop.domain.jabatan import FormVariant, JenisJabatan, Pendekatan
from asn_desktop.domain.nip import NipError, parse_nomor_induk
from asn_desktop.domain.organisasi import CapaianOrganisasi, check_distribution
from asn_desktop.domain.pegawai_status import StatusKepegawaian
from asn_desktop.domain.periods import Frekuensi, Periode, periode_tahun
from asn_desktop.domain.predikat import Predikat, predikat_kinerja
from asn_desktop.domain.ratings import Rating

__all__ = [
    "BERAKHLAK",
    "CapaianOrganisasi",
    "CoreValue",
    "FormVariant",
    "Frekuensi",
    "JenisJabatan",
    "NipError",
    "Pendekatan",
    "Periode",
    "Predikat",
    "Rating",
    "StatusKepegawaian",
    "check_distribution",
    "parse_nomor_induk",
    "periode_tahun",
    "predikat_kinerja",
]
