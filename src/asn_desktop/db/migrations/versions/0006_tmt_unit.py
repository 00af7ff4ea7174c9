"""Employees carry the TMT (terhitung mulai tanggal) of their current placement, written with
each mutasi; the placements before it are the history of ``pegawai.unit_id`` in the change log.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from asn_desktop.db.capture import install_triggers

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("pegawai", sa.Column("tmt_unit", sa.Date(), nullable=True))
    install_triggers(op.get_bind(), ["pegawai"])


def downgrade() -> None:
    op.drop_column("pegawai", "tmt_unit")
    install_triggers(op.get_bind(), ["pegawai"])
