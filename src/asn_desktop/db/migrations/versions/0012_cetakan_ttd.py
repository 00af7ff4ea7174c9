"""A printed sheet records the PDF-signing certificate its file was signed with, so a copy of
that file without the signature is recognised as altered.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from asn_desktop.db.capture import drop_triggers, install_triggers

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("cetakan", sa.Column("ttd_pdf", sa.String(length=40), nullable=True))
    install_triggers(op.get_bind(), ["cetakan"])


def downgrade() -> None:
    drop_triggers(op.get_bind(), "cetakan")  # they name the column
    op.drop_column("cetakan", "ttd_pdf")
    install_triggers(op.get_bind(), ["cetakan"])
