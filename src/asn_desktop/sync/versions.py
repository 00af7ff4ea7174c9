"""Schema revisions this application knows (packages name the sender's revision)."""

from __future__ import annotations

from asn_desktop.db.revisi import head_revision, known_revisions


def known_schemas() -> frozenset[str]:
    return known_revisions()


def schema_head() -> str:
    return head_revision()
