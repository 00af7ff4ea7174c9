"""PDF signatures: the certificates the central's CA issued (local bookkeeping, not synced).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sertifikat_pdf",
        sa.Column("serial", sa.String(length=40), nullable=False),
        sa.Column("node_id", sa.String(length=32), nullable=False),
        sa.Column("unit_id", sa.String(length=32), nullable=True),
        sa.Column("der", sa.LargeBinary(), nullable=False),
        sa.Column("diterbitkan", sa.String(length=32), nullable=False),
        sa.Column("dicabut", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("serial", name=op.f("pk_sertifikat_pdf")),
    )
    op.create_index(op.f("ix_sertifikat_pdf_node_id"), "sertifikat_pdf", ["node_id"])


def downgrade() -> None:
    op.drop_table("sertifikat_pdf")
