"""Kinerja ASN Desktop."""

__version__ = "0.1.0"
APP_NAME = "Kinerja ASN Desktop"
APP_SLUG = "asn-desktop"
