"""One way to say any stored code to a person: ``teks("DRAFT")`` → "Konsep",
``teks("2026-TW4")`` → "Triwulan IV (akhir) 2026", ``teks("TRIWULAN IV-AKHIR")`` →
"Triwulan IV (akhir)". A code nobody knows comes back as it is, so nothing is hidden.

The GUI shows these words through its translator (the "domain" context); the CLI and messages
use them as they are.
"""

from __future__ import annotations

import re

from asn_desktop.domain.dokumen import AKSI_LABELS, STATUS_LABELS
from asn_desktop.domain.jabatan import JENIS_JABATAN_LABELS, Pendekatan
from asn_desktop.domain.organisasi import CapaianOrganisasi
from asn_desktop.domain.periods import periode_by_kode
from asn_desktop.domain.ratings import RATING_LABELS
from asn_desktop.domain.siklus_pegawai import LABEL_ALASAN_BERHENTI
from asn_desktop.errors import ValidationError

_PERIODE_KODE = re.compile(r"^\d{4}-(?:TW\d|SM\d|BL\d\d|BL-AKHIR|SM-AKHIR|AKHIR)$")
_PERIODE_LABEL = re.compile(r"^(?:TRIWULAN|SEMESTER|BULAN) [A-Z-]+$|^AKHIR$")

_WORDS: dict[str, str] = {
    **{k.value: v for k, v in STATUS_LABELS.items()},
    **{k.value: v for k, v in AKSI_LABELS.items() if k.value not in STATUS_LABELS},
    **{k.value: v for k, v in JENIS_JABATAN_LABELS.items()},
    **{k.value: v for k, v in RATING_LABELS.items()},
    **{k.value: v for k, v in LABEL_ALASAN_BERHENTI.items()},
    **{p.value: p.value.capitalize() for p in Pendekatan},
    **{c.value: c.value.title() for c in CapaianOrganisasi},
    "UTAMA": "Utama",
    "TAMBAHAN": "Tambahan",
    "PNS": "PNS",
    "PPPK": "PPPK",
}


def periode_teks(label_or_kode: str) -> str:
    """'TRIWULAN IV-AKHIR' → 'Triwulan IV (akhir)'; '2026-BL03' → 'Bulan Maret 2026'."""
    text = label_or_kode.strip()
    tahun = ""
    if _PERIODE_KODE.match(text.upper()):
        try:
            p = periode_by_kode(text)
        except ValidationError:
            return label_or_kode
        text, tahun = p.label, f" {p.tahun}"
    words = []
    for w in text.replace("-AKHIR", " (akhir)").split():
        if set(w) <= set("IVX") or w == "(akhir)":
            words.append(w)
        else:
            words.append(w.capitalize())
    return " ".join(words) + tahun


def teks(kode: str | None) -> str:
    """The words for a stored code ('' for None)."""
    if kode is None:
        return ""
    if kode in _WORDS:
        return _WORDS[kode]
    upper = kode.strip().upper()
    if _PERIODE_KODE.match(upper) or _PERIODE_LABEL.match(upper):
        return periode_teks(kode)
    return kode


# stored column names a person may read in a conflict or a change list
_KOLOM: dict[str, str] = {
    "nip": "NIP",
    "rhk_atasan_id": "RHK pimpinan yang diintervensi",
    "rhk_atasan_teks": "RHK pimpinan (sementara)",
    "penilai_id": "pejabat penilai",
    "atasan_penilai_id": "atasan pejabat penilai",
    "atasan_id": "atasan langsung",
    "unit_id": "unit kerja",
    "parent_id": "unit induk",
    "skp_id": "SKP",
    "rhk_id": "RHK",
    "indikator_id": "indikator",
    "pegawai_id": "pegawai",
    "deleted": "status terhapus",
    "tmt_unit": "TMT unit",
    "iki": "IKI",
}


def kolom_teks(kolom: str) -> str:
    """'catatan_rekomendasi' → 'catatan rekomendasi'; known names in their own words."""
    return _KOLOM.get(kolom) or kolom.replace("_", " ").strip()


_SERANGKAI = re.compile(r"\b([Dd])i(atas|bawah)\b")


def ejaan_layar(teks_sumber: str) -> str:
    """A quoted source text for the screen in PUEBI spelling ("diatas" → "di atas"); the
    printed forms keep the form's own wording."""
    return _SERANGKAI.sub(lambda m: f"{m.group(1)}i {m.group(2)}", teks_sumber)
