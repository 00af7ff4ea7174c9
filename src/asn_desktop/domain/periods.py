"""Periods of the periodic and final evaluations (reference §1.7, §1.10).

Conventions chosen here:

* TRIWULANAN: four periods; the fourth is "TRIWULAN IV-AKHIR" (``is_akhir``), as the form's
  option line "TRIWULAN I/II/III/IV-AKHIR" merges the last quarter with the annual evaluation.
  Its ``mulai``/``selesai`` are the quarter (1 Oct–31 Dec, the span of its rencana aksi and
  realisasi) but, being the annual evaluation, it prints PERIODE PENILAIAN over the whole year.
* SEMESTERAN (Dinas Pendidikan variant) and BULANAN: the AKHIR evaluation is a separate period
  over 1 Jan–31 Dec with ``nomor`` 0.
* ``kode``: "2026-BL03", "2026-TW1" … "2026-TW4" (TW4 is IV-AKHIR), "2026-SM1", "2026-SM2",
  and for the separate AKHIR periods "2026-BL-AKHIR" / "2026-SM-AKHIR": the frequency is part of
  the code so that a code alone names one period. "2026-AKHIR" is accepted by
  :func:`periode_by_kode` only together with a frequency.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from asn_desktop.domain.dates import BULAN, format_tanggal_upper
from asn_desktop.domain.printed import OptionSegment, option_segments
from asn_desktop.errors import ValidationError


class Frekuensi(StrEnum):
    BULANAN = "BULANAN"
    TRIWULANAN = "TRIWULANAN"
    SEMESTERAN = "SEMESTERAN"


_ROMAWI = ("I", "II", "III", "IV")
_PILIHAN_TRIWULAN = "TRIWULAN I/II/III/IV-AKHIR"
_PILIHAN_SEMESTER = "SEMESTER I/II/AKHIR"
TAHUN_MIN, TAHUN_MAX = 1900, 2999


@dataclass(frozen=True)
class Periode:
    tahun: int
    frekuensi: Frekuensi
    nomor: int  # 1-based within the year; 0 for a separate AKHIR period
    mulai: date
    selesai: date
    is_akhir: bool
    kode: str
    label: str  # "TRIWULAN II", "TRIWULAN IV-AKHIR", "SEMESTER I", "BULAN MARET", "AKHIR"
    printed_options: str  # the "PERIODE: ..." value; the printer strikes unused options
    printed_option: str  # the option of ``printed_options`` that applies ("II", "AKHIR", ...)

    @property
    def penilaian_mulai(self) -> date:
        """Start of the span printed as PERIODE PENILAIAN (1 January for the AKHIR evaluation)."""
        return date(self.tahun, 1, 1) if self.is_akhir else self.mulai

    @property
    def penilaian_selesai(self) -> date:
        return date(self.tahun, 12, 31) if self.is_akhir else self.selesai

    def contains(self, d: date) -> bool:
        return self.mulai <= d <= self.selesai


def _cek_tahun(tahun: int) -> None:
    if not TAHUN_MIN <= tahun <= TAHUN_MAX:
        raise ValidationError(
            f"Tahun periode {tahun} di luar rentang {TAHUN_MIN}–{TAHUN_MAX}.",
            field="periode",
            kode="periode_tidak_sah",
        )


def _akhir_bulan(tahun: int, bulan: int) -> date:
    return date(tahun, bulan, calendar.monthrange(tahun, bulan)[1])


def _akhir_terpisah(tahun: int, frekuensi: Frekuensi, pilihan: str) -> Periode:
    singkat = "SM" if frekuensi is Frekuensi.SEMESTERAN else "BL"
    return Periode(
        tahun=tahun,
        frekuensi=frekuensi,
        nomor=0,
        mulai=date(tahun, 1, 1),
        selesai=date(tahun, 12, 31),
        is_akhir=True,
        kode=f"{tahun}-{singkat}-AKHIR",
        label="AKHIR",
        printed_options=pilihan,
        printed_option="AKHIR",
    )


def periode_tahun(tahun: int, frekuensi: Frekuensi) -> list[Periode]:
    """All periods of a year in order, the AKHIR one last."""
    _cek_tahun(tahun)
    f = Frekuensi(frekuensi)
    if f is Frekuensi.TRIWULANAN:
        hasil = []
        for n in range(1, 5):
            romawi = _ROMAWI[n - 1] + ("-AKHIR" if n == 4 else "")
            hasil.append(
                Periode(
                    tahun=tahun,
                    frekuensi=f,
                    nomor=n,
                    mulai=date(tahun, 3 * n - 2, 1),
                    selesai=_akhir_bulan(tahun, 3 * n),
                    is_akhir=n == 4,
                    kode=f"{tahun}-TW{n}",
                    label=f"TRIWULAN {romawi}",
                    printed_options=_PILIHAN_TRIWULAN,
                    printed_option=f"TRIWULAN {romawi}" if n == 1 else romawi,
                )
            )
        return hasil
    if f is Frekuensi.SEMESTERAN:
        semester = [
            Periode(
                tahun=tahun,
                frekuensi=f,
                nomor=n,
                mulai=date(tahun, 6 * n - 5, 1),
                selesai=_akhir_bulan(tahun, 6 * n),
                is_akhir=False,
                kode=f"{tahun}-SM{n}",
                label=f"SEMESTER {_ROMAWI[n - 1]}",
                printed_options=_PILIHAN_SEMESTER,
                printed_option=f"SEMESTER {_ROMAWI[n - 1]}" if n == 1 else _ROMAWI[n - 1],
            )
            for n in (1, 2)
        ]
        return [*semester, _akhir_terpisah(tahun, f, _PILIHAN_SEMESTER)]
    bulan = []
    for n in range(1, 13):
        label = f"BULAN {BULAN[n - 1].upper()}"
        bulan.append(
            Periode(
                tahun=tahun,
                frekuensi=f,
                nomor=n,
                mulai=date(tahun, n, 1),
                selesai=_akhir_bulan(tahun, n),
                is_akhir=False,
                kode=f"{tahun}-BL{n:02d}",
                label=label,
                printed_options=label,
                printed_option=label,
            )
        )
    return [*bulan, _akhir_terpisah(tahun, f, "AKHIR")]


def periode_akhir(tahun: int, frekuensi: Frekuensi) -> Periode:
    """The period whose evaluation is the annual one (TW IV-AKHIR, or the separate AKHIR)."""
    return periode_tahun(tahun, frekuensi)[-1]


_RE_KODE = re.compile(r"^(\d{4})-(?:TW(\d)|SM(\d)|BL(\d{2})|(SM|BL)-AKHIR|(AKHIR))$")


def _kode_salah(kode: str, alasan: str = "") -> ValidationError:
    return ValidationError(
        f"Kode periode '{kode}' tidak sah{alasan}.", field="periode", kode="periode_tidak_sah"
    )


def periode_by_kode(kode: str, frekuensi: Frekuensi | None = None) -> Periode:
    """Inverse of ``Periode.kode``. ``frekuensi``, when given, must agree with the code."""
    teks = kode.strip().upper()
    m = _RE_KODE.match(teks)
    if m is None:
        raise _kode_salah(kode)
    tahun = int(m[1])
    if not TAHUN_MIN <= tahun <= TAHUN_MAX:
        raise _kode_salah(kode, f": tahun di luar {TAHUN_MIN}–{TAHUN_MAX}")
    f_kode: Frekuensi | None
    if m[2] is not None:
        f_kode, nomor = Frekuensi.TRIWULANAN, int(m[2])
    elif m[3] is not None:
        f_kode, nomor = Frekuensi.SEMESTERAN, int(m[3])
    elif m[4] is not None:
        f_kode, nomor = Frekuensi.BULANAN, int(m[4])
    elif m[5] is not None:
        f_kode = Frekuensi.SEMESTERAN if m[5] == "SM" else Frekuensi.BULANAN
        nomor = 0  # the separate AKHIR period
    else:  # bare "2026-AKHIR": the annual evaluation of whatever frequency the caller uses
        if frekuensi is None:
            raise _kode_salah(kode, ": frekuensi penilaian harus disebut")
        return periode_akhir(tahun, frekuensi)
    if frekuensi is not None and Frekuensi(frekuensi) is not f_kode:
        raise _kode_salah(kode, f": bukan periode {Frekuensi(frekuensi).value.lower()}")
    is_akhir_terpisah = m[5] is not None
    for p in periode_tahun(tahun, f_kode):
        # nomor 0 in a numbered code ("SM0", "BL00") must not reach the AKHIR period.
        if p.nomor == nomor and (p.nomor != 0 or is_akhir_terpisah):
            return p
    raise _kode_salah(kode, ": nomor periode di luar rentang")


def _holding(periods: Sequence[Periode], today: date) -> Periode | None:
    """The period whose span holds ``today``: never the separate AKHIR (whole-year) period."""
    return next((p for p in periods if p.nomor and p.contains(today)), None)


def periode_berjalan(today: date, frekuensi: Frekuensi) -> Periode:
    """The period whose span holds ``today``: never the separate AKHIR (whole-year) period."""
    p = _holding(periode_tahun(today.year, frekuensi), today)
    if p is None:  # pragma: no cover
        raise AssertionError("periods cover the whole year")
    return p


def periode_bawaan(periods: Sequence[Periode], today: date) -> Periode | None:
    """The period a list opens on: the current one when the list has it, else the last."""
    return _holding(periods, today) or (periods[-1] if periods else None)


def periode_penilaian_line(p: Periode) -> str:
    """The printed PERIODE PENILAIAN value, e.g. '01 JANUARI SD 31 MARET TAHUN 2026'."""
    mulai, selesai = p.penilaian_mulai, p.penilaian_selesai
    return (
        f"{format_tanggal_upper(mulai).rsplit(' ', 1)[0]} SD "
        f"{format_tanggal_upper(selesai).rsplit(' ', 1)[0]} TAHUN {p.tahun}"
    )


def periode_option_segments(p: Periode) -> tuple[OptionSegment, ...]:
    """``p.printed_options`` split so the printer can strike the options that do not apply."""
    return option_segments(p.printed_options, p.printed_option)
