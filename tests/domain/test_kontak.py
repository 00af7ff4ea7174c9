"""The shape of an employee's e-mail address and telephone number (domain/kontak.py)."""

from __future__ import annotations

import pytest

from asn_desktop.domain import kontak
from asn_desktop.errors import ValidationError


@pytest.mark.parametrize(("typed", "stored"), [
    ("", None), ("  ", None), (None, None),
    ("rina@serangkota.go.id", "rina@serangkota.go.id"),
    ("  Budi.S+kinerja@gmail.com ", "Budi.S+kinerja@gmail.com"),
])
def test_addresses_taken(typed: str | None, stored: str | None) -> None:
    assert kontak.surel(typed) == stored


@pytest.mark.parametrize("typed", [
    "rina", "rina@", "@serangkota.go.id", "rina@localhost", "rina@@serang.go.id",
    "rina budi@serang.go.id", "rina@serang..go.id", "rina@serang.go.id.", "a@b.c\u200b",
    "x" * 116 + "@a.id",  # 121 characters
])
def test_addresses_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as e:
        kontak.surel(typed)
    assert e.value.field == "email"


@pytest.mark.parametrize(("typed", "stored"), [
    ("", None), (None, None), ("081234567890", "081234567890"),
    ("+62 812-3456-7890", "+62 812-3456-7890"), ("(0254)   200123", "(0254) 200123"),
    ("0254.200.123", "0254.200.123"),
])
def test_numbers_taken(typed: str | None, stored: str | None) -> None:
    assert kontak.telepon(typed) == stored


@pytest.mark.parametrize("typed", [
    "12345", "0812345678901234567", "0812-ABC-567", "62+812345678", "0812 3456 ext 7",
    "+" + "1 " * 16,
])
def test_numbers_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as e:
        kontak.telepon(typed)
    assert e.value.field == "telepon"
