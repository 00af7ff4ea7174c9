"""The registry of printed sheets keeps what each sheet printed (name, NIP, period, ratings,
predikat, status, the printing installation) as JSON, covered by the row's signature, so a
verification can show it and compare a sheet's values with it field by field.

Rows recorded before this revision keep ``isi_json`` empty: they are still verified by their
content hash, and their printed values are known while the record is unchanged.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from asn_desktop.db.capture import install_triggers

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("cetakan", sa.Column("isi_json", sa.Text(), nullable=True))
    install_triggers(op.get_bind(), ["cetakan"])


def downgrade() -> None:
    op.drop_column("cetakan", "isi_json")
    install_triggers(op.get_bind(), ["cetakan"])
