"""Registry of printed sheets (verification codes).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from asn_desktop.db.capture import install_triggers

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cetakan",
        sa.Column("kode", sa.String(length=24), server_default=sa.text("''"), nullable=False),
        sa.Column("dokumen", sa.String(length=16), server_default=sa.text("''"), nullable=False),
        sa.Column("record_id", sa.String(length=32), server_default=sa.text("''"),
                  nullable=False),
        sa.Column("pegawai_id", sa.String(length=32), server_default=sa.text("''"),
                  nullable=False),
        sa.Column("content_hash", sa.String(length=64), server_default=sa.text("''"),
                  nullable=False),
        sa.Column("signature", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("signer_node", sa.String(length=32), server_default=sa.text("''"),
                  nullable=False),
        sa.Column("dicetak", sa.String(length=32), server_default=sa.text("''"), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cetakan")),
    )
    op.create_index("ix_cetakan_kode", "cetakan", ["kode"])
    op.create_index(op.f("ix_cetakan_record_id"), "cetakan", ["record_id"])
    install_triggers(op.get_bind(), ["cetakan"])


def downgrade() -> None:
    op.drop_table("cetakan")
