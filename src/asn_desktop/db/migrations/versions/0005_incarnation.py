"""Incarnations: an installation restored from a backup (or a copied data file) starts a new
incarnation, so its peers stop trusting acknowledgements and sequence numbers of the lost
branch and both sides re-send what the other lacks.

``installation.lineage`` lists the incarnations as JSON ``[[id, seq, hlc, restored_hlc], ...]``:
each began at ``seq``/``hlc`` (the restored file's last change) at clock ``restored_hlc``.
Peers remember each other's lineage and the incarnation their counters refer to.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""
from __future__ import annotations

import json
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("installation", sa.Column("incarnation", sa.String(32), nullable=True))
    op.add_column("installation", sa.Column("lineage", sa.Text(), nullable=True))
    op.add_column("sync_peer", sa.Column("incarnation", sa.String(32), nullable=True))
    op.add_column("sync_peer", sa.Column("lineage", sa.Text(), nullable=True))
    op.add_column("sync_peer", sa.Column("recv_base", sa.Integer(), nullable=False,
                                         server_default=sa.text("0")))
    op.add_column("sync_peer", sa.Column("give_back_until", sa.Integer(), nullable=False,
                                         server_default=sa.text("0")))
    op.add_column("sync_applied", sa.Column("incarnation", sa.String(32), nullable=True))
    bind = op.get_bind()
    for (node,) in bind.execute(sa.text("SELECT node_id FROM installation")).fetchall():
        inc = uuid.uuid4().hex
        bind.execute(sa.text("UPDATE installation SET incarnation = :i, lineage = :l "
                             "WHERE node_id = :n"),
                     {"i": inc, "l": json.dumps([[inc, 0, 0, 0]]), "n": node})


def downgrade() -> None:
    op.drop_column("sync_applied", "incarnation")
    op.drop_column("sync_peer", "give_back_until")
    op.drop_column("sync_peer", "recv_base")
    op.drop_column("sync_peer", "lineage")
    op.drop_column("sync_peer", "incarnation")
    op.drop_column("installation", "lineage")
    op.drop_column("installation", "incarnation")
