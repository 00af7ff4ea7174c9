"""Signing keys peers used before a key rotation (``sync rotate-keys``), kept so packages
signed with them are refused by name and sheets they signed still verify.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_kunci_lama",
        sa.Column("node_id", sa.String(32), nullable=False),
        sa.Column("sign_pub", sa.LargeBinary(), nullable=False),
        sa.Column("pengganti", sa.LargeBinary(), nullable=False),
        sa.Column("bukti", sa.LargeBinary(), nullable=False),
        sa.Column("diganti", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("node_id", "sign_pub", name=op.f("pk_sync_kunci_lama")),
    )


def downgrade() -> None:
    op.drop_table("sync_kunci_lama")
