"""Rating hasil kerja and rating perilaku kerja (PermenPANRB 6/2022, reference §1.7)."""

from __future__ import annotations

from enum import StrEnum

from asn_desktop.errors import ValidationError


class Rating(StrEnum):
    DI_ATAS_EKSPEKTASI = "DI_ATAS_EKSPEKTASI"
    SESUAI_EKSPEKTASI = "SESUAI_EKSPEKTASI"
    DI_BAWAH_EKSPEKTASI = "DI_BAWAH_EKSPEKTASI"


# Display labels in the app.
RATING_LABELS: dict[Rating, str] = {
    Rating.DI_ATAS_EKSPEKTASI: "Di Atas Ekspektasi",
    Rating.SESUAI_EKSPEKTASI: "Sesuai Ekspektasi",
    Rating.DI_BAWAH_EKSPEKTASI: "Di Bawah Ekspektasi",
}

# Spelling on the printed forms ("DIATAS", "DIBAWAH" written as one word).
RATING_PRINTED: dict[Rating, str] = {
    Rating.DI_ATAS_EKSPEKTASI: "DIATAS EKSPEKTASI",
    Rating.SESUAI_EKSPEKTASI: "SESUAI EKSPEKTASI",
    Rating.DI_BAWAH_EKSPEKTASI: "DIBAWAH EKSPEKTASI",
}

PRINTED_RATING_OPTIONS = "DIATAS EKSPEKTASI/ SESUAI EKSPEKTASI/ DIBAWAH EKSPEKTASI"

# As taught in e-Kinerja training (Kuadran Kinerja). The Sesuai text is cut off in the source
# after "yang"; "dibawah ekspektasi." completes it in the obvious way.
RATING_HASIL_KERJA_DEFINISI: dict[Rating, str] = {
    Rating.DI_ATAS_EKSPEKTASI: (
        "Sebagian besar atau seluruh hasil kerja diatas ekspektasi dan tidak ada hasil kerja "
        "utama yang dibawah ekspektasi."
    ),
    Rating.SESUAI_EKSPEKTASI: (
        "Sebagian besar atau seluruh hasil kerja sesuai ekspektasi dan hanya sebagian kecil "
        "hasil kerja utama yang dibawah ekspektasi."
    ),
    Rating.DI_BAWAH_EKSPEKTASI: "Sebagian besar atau seluruh hasil kerja dibawah ekspektasi.",
}

# UNCONFIRMED: no source gives the official wording for rating perilaku kerja. These texts are
# the app's own, phrased in parallel to the hasil kerja definitions over the 7 BerAKHLAK values.
RATING_PERILAKU_DEFINISI: dict[Rating, str] = {
    Rating.DI_ATAS_EKSPEKTASI: (
        "Sebagian besar atau seluruh perilaku kerja diatas ekspektasi dan tidak ada perilaku "
        "kerja yang dibawah ekspektasi."
    ),
    Rating.SESUAI_EKSPEKTASI: (
        "Sebagian besar atau seluruh perilaku kerja sesuai ekspektasi dan hanya sebagian kecil "
        "perilaku kerja yang dibawah ekspektasi."
    ),
    Rating.DI_BAWAH_EKSPEKTASI: "Sebagian besar atau seluruh perilaku kerja dibawah ekspektasi.",
}


def _kunci(teks: str) -> str:
    return "".join(ch for ch in teks.upper() if ch.isalpha())


_TEKS_KE_RATING: dict[str, Rating] = {}
for _r in Rating:
    for _t in (_r.value, RATING_LABELS[_r], RATING_PRINTED[_r]):
        _TEKS_KE_RATING[_kunci(_t)] = _r


def rating_from_text(teks: str) -> Rating:
    """Accept the enum value, the label or the printed form, in any case/spacing."""
    try:
        return _TEKS_KE_RATING[_kunci(teks)]
    except KeyError:
        raise ValidationError(
            f"Rating '{teks.strip()}' tidak dikenal; pilih Di Atas Ekspektasi, Sesuai Ekspektasi "
            "atau Di Bawah Ekspektasi.",
            field="rating",
            kode="rating_tidak_dikenal",
        ) from None
