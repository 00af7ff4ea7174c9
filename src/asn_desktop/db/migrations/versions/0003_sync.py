"""Sync engine bookkeeping: peers, sent/applied packages, conflicts, inbox (local only).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_peer",
        sa.Column("node_id", sa.String(length=32), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("nama", sa.String(length=200), server_default=sa.text("''"), nullable=False),
        sa.Column("unit_id", sa.String(length=32), nullable=True),
        sa.Column("kode", sa.String(length=40), nullable=True),
        sa.Column("status", sa.String(length=10), server_default=sa.text("'active'"), nullable=False),
        sa.Column("sign_pub", sa.LargeBinary(), nullable=True),
        sa.Column("box_pub", sa.LargeBinary(), nullable=True),
        sa.Column("enrol_secret_hash", sa.String(length=64), nullable=True),
        sa.Column("enrol_secret", sa.String(length=64), nullable=True),
        sa.Column("dibuat", sa.String(length=32), server_default=sa.text("''"), nullable=False),
        sa.Column("bound_at", sa.String(length=32), nullable=True),
        sa.Column("revoked_at", sa.String(length=32), nullable=True),
        sa.Column("acked_seq", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("acked_roots", sa.Text(), nullable=True),
        sa.Column("recv_upto", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("last_sent_at", sa.String(length=32), nullable=True),
        sa.Column("last_sent_package", sa.String(length=32), nullable=True),
        sa.Column("last_sent_seq", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("last_recv_at", sa.String(length=32), nullable=True),
        sa.Column("last_recv_package", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("node_id", name=op.f("pk_sync_peer")),
    )
    op.create_index(op.f("ix_sync_peer_unit_id"), "sync_peer", ["unit_id"])
    op.create_table(
        "sync_sent",
        sa.Column("package_id", sa.String(length=32), nullable=False),
        sa.Column("peer_node", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("from_seq", sa.Integer(), nullable=False),
        sa.Column("to_seq", sa.Integer(), nullable=False),
        sa.Column("changes", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("dibuat", sa.String(length=32), nullable=False),
        sa.Column("file_name", sa.String(length=200), server_default=sa.text("''"), nullable=False),
        sa.Column("roots", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("package_id", name=op.f("pk_sync_sent")),
    )
    op.create_index("ix_sync_sent_peer", "sync_sent", ["peer_node", "to_seq"])
    op.create_table(
        "sync_applied",
        sa.Column("package_id", sa.String(length=32), nullable=False),
        sa.Column("peer_node", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("from_seq", sa.Integer(), nullable=False),
        sa.Column("to_seq", sa.Integer(), nullable=False),
        sa.Column("changes", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("applied", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("conflicts", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("held", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("dibuat", sa.String(length=32), server_default=sa.text("''"), nullable=False),
        sa.Column("diterapkan", sa.String(length=32), nullable=False),
        sa.Column("file_name", sa.String(length=200), server_default=sa.text("''"), nullable=False),
        sa.PrimaryKeyConstraint("package_id", name=op.f("pk_sync_applied")),
    )
    op.create_index("ix_sync_applied_peer", "sync_applied", ["peer_node", "from_seq"])
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=10), server_default=sa.text("'open'"), nullable=False),
        sa.Column("tbl", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.String(length=64), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("grp", sa.String(length=140), nullable=True),
        sa.Column("winner", sa.String(length=10), nullable=False),
        sa.Column("local_value", sa.LargeBinary(), nullable=True),
        sa.Column("local_hlc", sa.Integer(), nullable=True),
        sa.Column("local_node", sa.String(length=32), nullable=True),
        sa.Column("incoming_value", sa.LargeBinary(), nullable=True),
        sa.Column("incoming_hlc", sa.Integer(), nullable=False),
        sa.Column("incoming_node", sa.String(length=32), nullable=False),
        sa.Column("incoming_base_hlc", sa.Integer(), nullable=True),
        sa.Column("incoming_base_node", sa.String(length=32), nullable=True),
        sa.Column("incoming_actor", sa.String(length=120), nullable=True),
        sa.Column("package_id", sa.String(length=32), nullable=True),
        sa.Column("dibuat", sa.String(length=32), nullable=False),
        sa.Column("resolved_keep", sa.String(length=10), nullable=True),
        sa.Column("resolved_at", sa.String(length=32), nullable=True),
        sa.Column("resolved_seq", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_index("ix_sync_conflict_key", "sync_conflict", ["tbl", "row_id", "field"])
    op.create_index("ix_sync_conflict_status", "sync_conflict", ["status"])
    op.create_table(
        "sync_inbox_seen",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("seen_at", sa.String(length=32), nullable=False),
        sa.Column("result", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_sync_inbox_seen")),
    )


def downgrade() -> None:
    op.drop_table("sync_inbox_seen")
    op.drop_table("sync_conflict")
    op.drop_table("sync_applied")
    op.drop_table("sync_sent")
    op.drop_table("sync_peer")
