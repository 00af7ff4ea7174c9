"""Languages. Source strings in the code are Bahasa Indonesia (the shipped default); English
comes from ``asn_desktop_en.qm`` (resources/translations, copied into the package).

Labels that come from ``domain`` (jenis jabatan, rating, predikat…) are shown through
:func:`label`, which looks them up in the "domain" context; the list below makes lupdate
extract them. Regulation texts (panduan perilaku, definisi) are not translated.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from asn_desktop.domain.label import teks

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
DEFAULT_LANGUAGE = "id"
SETTING_KEY = "bahasa"

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return Path(str(resources.files("asn_desktop") / "resources" / "translations"))


def install(app: QCoreApplication, language: str | None) -> str:
    """Install the translator for ``language``; returns the language actually in use."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    # Dates and numbers are always written the Indonesian way ("28 November 2026").
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    lang = language if language in LANGUAGES else DEFAULT_LANGUAGE
    from asn_desktop import teks

    # messages of the services come from the same catalogue (context "layanan")
    teks.pasang(None if lang == "id" else
                lambda s: QCoreApplication.translate("layanan", s))
    if lang == "id":
        return lang
    translator = QTranslator(app)
    if translator.load(f"asn_desktop_{lang}", str(translations_dir())):
        app.installTranslator(translator)
        _installed.append(translator)
        return lang
    return DEFAULT_LANGUAGE


def label(text: str) -> str:
    """A domain label ("Di Atas Ekspektasi", "JPT Pratama"…) or a stored code ("DRAFT",
    "2026-TW4": said in words by domain.label.teks first) in the interface language."""
    return QCoreApplication.translate("domain", teks(text))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


# Extracted by lupdate; shown through label().
_DOMAIN_LABELS = (
    # kinds of unit (domain.unit_kerja.LABEL_JENIS_UNIT)
    QT_TRANSLATE_NOOP("domain", "Pemerintah Kota"),
    QT_TRANSLATE_NOOP("domain", "Perangkat Daerah"),
    QT_TRANSLATE_NOOP("domain", "Bidang/Bagian"),
    QT_TRANSLATE_NOOP("domain", "UPT"),
    QT_TRANSLATE_NOOP("domain", "Sekolah"),
    QT_TRANSLATE_NOOP("domain", "Puskesmas"),
    QT_TRANSLATE_NOOP("domain", "Kecamatan"),
    QT_TRANSLATE_NOOP("domain", "Kelurahan"),
    # the rating definitions as the evaluation form shows them (PUEBI spelling)
    QT_TRANSLATE_NOOP("domain", 'Sebagian besar atau seluruh hasil kerja di atas ekspektasi dan tidak ada hasil kerja utama yang di bawah ekspektasi.'),  # noqa: E501
    QT_TRANSLATE_NOOP("domain", 'Sebagian besar atau seluruh hasil kerja sesuai ekspektasi dan hanya sebagian kecil hasil kerja utama yang di bawah ekspektasi.'),  # noqa: E501
    QT_TRANSLATE_NOOP("domain", 'Sebagian besar atau seluruh hasil kerja di bawah ekspektasi.'),
    QT_TRANSLATE_NOOP("domain", 'Sebagian besar atau seluruh perilaku kerja di atas ekspektasi dan tidak ada perilaku kerja yang di bawah ekspektasi.'),  # noqa: E501
    QT_TRANSLATE_NOOP("domain", 'Sebagian besar atau seluruh perilaku kerja sesuai ekspektasi dan hanya sebagian kecil perilaku kerja yang di bawah ekspektasi.'),  # noqa: E501
    QT_TRANSLATE_NOOP("domain", 'Sebagian besar atau seluruh perilaku kerja di bawah ekspektasi.'),
    # period names as the screen shows them (widgets.common.periode_text)
    QT_TRANSLATE_NOOP("domain", "Triwulan I"),
    QT_TRANSLATE_NOOP("domain", "Triwulan II"),
    QT_TRANSLATE_NOOP("domain", "Triwulan III"),
    QT_TRANSLATE_NOOP("domain", "Triwulan IV (akhir)"),
    QT_TRANSLATE_NOOP("domain", "Semester I"),
    QT_TRANSLATE_NOOP("domain", "Semester II"),
    QT_TRANSLATE_NOOP("domain", "Akhir"),
    QT_TRANSLATE_NOOP("domain", "Bulan Januari"),
    QT_TRANSLATE_NOOP("domain", "Bulan Februari"),
    QT_TRANSLATE_NOOP("domain", "Bulan Maret"),
    QT_TRANSLATE_NOOP("domain", "Bulan April"),
    QT_TRANSLATE_NOOP("domain", "Bulan Mei"),
    QT_TRANSLATE_NOOP("domain", "Bulan Juni"),
    QT_TRANSLATE_NOOP("domain", "Bulan Juli"),
    QT_TRANSLATE_NOOP("domain", "Bulan Agustus"),
    QT_TRANSLATE_NOOP("domain", "Bulan September"),
    QT_TRANSLATE_NOOP("domain", "Bulan Oktober"),
    QT_TRANSLATE_NOOP("domain", "Bulan November"),
    QT_TRANSLATE_NOOP("domain", "Bulan Desember"),
    QT_TRANSLATE_NOOP("domain", "JPT Utama"),
    QT_TRANSLATE_NOOP("domain", "JPT Madya"),
    QT_TRANSLATE_NOOP("domain", "JPT Pratama"),
    QT_TRANSLATE_NOOP("domain", "Administrator"),
    QT_TRANSLATE_NOOP("domain", "Pengawas"),
    QT_TRANSLATE_NOOP("domain", "Pelaksana"),
    QT_TRANSLATE_NOOP("domain", "Fungsional Keahlian"),
    QT_TRANSLATE_NOOP("domain", "Fungsional Keterampilan"),
    QT_TRANSLATE_NOOP("domain", "Di Atas Ekspektasi"),
    QT_TRANSLATE_NOOP("domain", "Sesuai Ekspektasi"),
    QT_TRANSLATE_NOOP("domain", "Di Bawah Ekspektasi"),
    QT_TRANSLATE_NOOP("domain", "Sangat Baik"),
    QT_TRANSLATE_NOOP("domain", "Baik"),
    QT_TRANSLATE_NOOP("domain", "Butuh Perbaikan"),
    QT_TRANSLATE_NOOP("domain", "Kurang/Misconduct"),
    QT_TRANSLATE_NOOP("domain", "Sangat Kurang"),
    QT_TRANSLATE_NOOP("domain", "Kuantitatif"),
    QT_TRANSLATE_NOOP("domain", "Kualitatif"),
    QT_TRANSLATE_NOOP("domain", "Konsep"),
    QT_TRANSLATE_NOOP("domain", "Belum dibuat"),
    QT_TRANSLATE_NOOP("domain", "SKP tahun ini belum disetujui"),
    QT_TRANSLATE_NOOP("domain", "Dikembalikan"),
    QT_TRANSLATE_NOOP("domain", "Dibuka kembali"),
    QT_TRANSLATE_NOOP("domain", "Pendekatan diubah"),
    QT_TRANSLATE_NOOP("domain", "Dibuat"),
    QT_TRANSLATE_NOOP("domain", "Diajukan"),
    QT_TRANSLATE_NOOP("domain", "Disetujui"),
    QT_TRANSLATE_NOOP("domain", "Belum dibuat"),
    QT_TRANSLATE_NOOP("domain", "Utama"),
    QT_TRANSLATE_NOOP("domain", "Tambahan"),
    QT_TRANSLATE_NOOP("domain", "Kuantitas"),
    QT_TRANSLATE_NOOP("domain", "Kualitas"),
    QT_TRANSLATE_NOOP("domain", "Waktu"),
    QT_TRANSLATE_NOOP("domain", "Biaya"),
    QT_TRANSLATE_NOOP("domain", "Istimewa"),
    QT_TRANSLATE_NOOP("domain", "Kurang"),
    QT_TRANSLATE_NOOP("domain", "Atasan"),
    QT_TRANSLATE_NOOP("domain", "Rekan kerja"),
)
