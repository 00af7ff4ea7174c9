"""Organisation structure and employee lifecycle: units can be closed (``org_unit.ditutup``),
employees record why and when they left service, and every placement event is kept in the
central-owned synced table ``riwayat_penempatan``.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from asn_desktop.db.capture import install_triggers

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("org_unit", sa.Column("ditutup", sa.Date(), nullable=True))
    op.add_column("pegawai", sa.Column("alasan_berhenti", sa.String(length=20), nullable=True))
    op.add_column("pegawai", sa.Column("tanggal_berhenti", sa.Date(), nullable=True))
    op.create_table(
        "riwayat_penempatan",
        sa.Column("pegawai_id", sa.String(length=32), server_default=sa.text("''"),
                  nullable=False),
        sa.Column("unit_id", sa.String(length=32), nullable=True),
        sa.Column("jabatan", sa.String(length=200), nullable=True),
        sa.Column("atasan_id", sa.String(length=32), nullable=True),
        sa.Column("tmt", sa.Date(), nullable=True),
        sa.Column("peristiwa", sa.String(length=20), server_default=sa.text("'MUTASI'"),
                  nullable=False),
        sa.Column("catatan", sa.Text(), nullable=True),
        sa.Column("waktu", sa.String(length=32), server_default=sa.text("''"), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_riwayat_penempatan")),
    )
    op.create_index(op.f("ix_riwayat_penempatan_pegawai_id"), "riwayat_penempatan",
                    ["pegawai_id"])
    install_triggers(op.get_bind(), ["org_unit", "pegawai", "riwayat_penempatan"])


def downgrade() -> None:
    op.drop_table("riwayat_penempatan")
    op.drop_column("pegawai", "tanggal_berhenti")
    op.drop_column("pegawai", "alasan_berhenti")
    op.drop_column("org_unit", "ditutup")
    install_triggers(op.get_bind(), ["org_unit", "pegawai"])
