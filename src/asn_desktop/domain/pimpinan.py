"""The rating hasil kerja of a unit's head (reference §1.3, "Pimpinan unit"): "Apabila
pimpinan organisasi adalah pegawai yang dievaluasi, maka capaian kinerja satuan organisasi yang
dipimpin ditetapkan sebagai rating hasil kerja pegawai yang bersangkutan."

The capaian has five levels and the rating three; the mapping below is the application's
reading (ISTIMEWA is above expectations, BAIK meets them, the three lower levels fall below),
not regulation text. A rating that departs from it is a warning, never a block: the penilai
may have reasons (for example a head who joined late in the period).
"""

from __future__ import annotations

from asn_desktop.domain.organisasi import CapaianOrganisasi
from asn_desktop.domain.ratings import Rating

RATING_PIMPINAN: dict[CapaianOrganisasi, Rating] = {
    CapaianOrganisasi.ISTIMEWA: Rating.DI_ATAS_EKSPEKTASI,
    CapaianOrganisasi.BAIK: Rating.SESUAI_EKSPEKTASI,
    CapaianOrganisasi.BUTUH_PERBAIKAN: Rating.DI_BAWAH_EKSPEKTASI,
    CapaianOrganisasi.KURANG: Rating.DI_BAWAH_EKSPEKTASI,
    CapaianOrganisasi.SANGAT_KURANG: Rating.DI_BAWAH_EKSPEKTASI,
}


def rating_pimpinan(pimpinan_unit: bool, capaian: CapaianOrganisasi | None) -> Rating | None:
    """The rating hasil kerja the rule gives a head of unit; None when it does not apply (not
    a head, or no capaian set for the period yet)."""
    if not pimpinan_unit or capaian is None:
        return None
    return RATING_PIMPINAN[capaian]
