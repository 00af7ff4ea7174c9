"""Evaluations keep the SKP content they were approved against (RHK, indicators, targets,
expectations, approach), so a reprint after the SKP is revised still shows what was evaluated.

Existing approved evaluations are not back-filled: each installation would write its own
snapshot (different clocks and nodes) and every one would then conflict with the others. They
keep showing the SKP as it is until they are approved again.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from asn_desktop.db.capture import install_triggers

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("evaluasi", sa.Column("isi_json", sa.Text(), nullable=True))
    install_triggers(op.get_bind(), ["evaluasi"])


def downgrade() -> None:
    op.drop_column("evaluasi", "isi_json")
    install_triggers(op.get_bind(), ["evaluasi"])
