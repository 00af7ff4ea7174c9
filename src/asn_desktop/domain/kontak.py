"""An employee's contact details as the form takes them: an e-mail address (surel) and a
telephone number, checked for shape only (nothing is sent to them)."""

from __future__ import annotations

import re

from asn_desktop.errors import ValidationError
from asn_desktop.teks import _

SUREL_MAKS = 120  # the columns' declared lengths
TELEPON_MAKS = 30

# one @, something before it, a domain with a dot after it; no spaces anywhere
_SUREL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
_TELEPON_TANDA = re.compile(r"[0-9 +()./-]+")


def surel(teks: str | None) -> str | None:
    """The address, trimmed (None when empty)."""
    value = (teks or "").strip()
    if not value:
        return None
    if len(value) > SUREL_MAKS:
        raise ValidationError(_("Surel paling panjang {n} karakter.").format(n=SUREL_MAKS),
                              "email")
    if not _SUREL.fullmatch(value) or not value.isprintable():
        raise ValidationError(_("Surel '{surel}' tidak berbentuk alamat surel (contoh: "
                                "nama@serangkota.go.id).").format(surel=value), "email")
    return value


def telepon(teks: str | None) -> str | None:
    """The number, trimmed, its spaces single (None when empty). Digits with the usual
    separators (+62, (0254), dashes); 6 to 15 digits, as numbers are (ITU E.164)."""
    value = " ".join((teks or "").split())
    if not value:
        return None
    if len(value) > TELEPON_MAKS:
        raise ValidationError(_("Nomor telepon paling panjang {n} karakter.").format(
            n=TELEPON_MAKS), "telepon")
    digits = sum(ch.isdigit() for ch in value)
    if (not _TELEPON_TANDA.fullmatch(value) or not 6 <= digits <= 15
            or "+" in value[1:]):
        raise ValidationError(_("Nomor telepon '{nomor}' tidak dikenali: tulis angkanya, boleh "
                                "dengan +62, tanda kurung, spasi atau tanda hubung.").format(
                                    nomor=value), "telepon")
    return value
