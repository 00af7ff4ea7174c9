"""Public service: the unit's service catalogue, daily service register, complaints with their
history and IKM surveys (unit-owned synced tables), and the register an indicator's realisasi
can be taken from.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from asn_desktop.db.capture import drop_triggers, install_triggers

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

EMPTY = sa.text("''")
TABLES = ["layanan", "layanan_harian", "pengaduan", "riwayat_pengaduan", "survei_ikm"]


def _synced(name: str, *columns: sa.Column[Any]) -> None:
    op.create_table(
        name,
        *columns,
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
    )


def _s(name: str, n: int, default: str | None = "''") -> sa.Column[Any]:
    if default is None:
        return sa.Column(name, sa.String(length=n), nullable=True)
    return sa.Column(name, sa.String(length=n), server_default=sa.text(default), nullable=False)


def upgrade() -> None:
    op.add_column("indikator", sa.Column("sumber_realisasi", sa.String(length=32), nullable=True))
    _synced(
        "layanan",
        _s("unit_id", 32), _s("kode", 20), _s("nama", 200),
        sa.Column("standar", sa.Float(), server_default=sa.text("1"), nullable=False),
        _s("satuan_standar", 12, "'HARI_KERJA'"),
        sa.Column("aktif", sa.Boolean(), server_default=sa.text("1"), nullable=False),
        sa.Column("urutan", sa.Integer(), server_default=sa.text("0"), nullable=False),
    )
    op.create_index(op.f("ix_layanan_unit_id"), "layanan", ["unit_id"])
    _synced(
        "layanan_harian",
        _s("unit_id", 32), _s("layanan_id", 32),
        sa.Column("tanggal", sa.Date(), nullable=True),
        *(sa.Column(c, sa.Integer(), server_default=sa.text("0"), nullable=False)
          for c in ("masuk", "selesai", "tepat_waktu", "backlog")),
        sa.Column("alasan_backlog", sa.Text(), nullable=True),
    )
    op.create_index(op.f("ix_layanan_harian_layanan_id"), "layanan_harian", ["layanan_id"])
    op.create_index("ix_layanan_harian_unit_tanggal", "layanan_harian", ["unit_id", "tanggal"])
    _synced(
        "pengaduan",
        _s("unit_id", 32), _s("nomor", 40),
        sa.Column("tanggal", sa.Date(), nullable=True),
        _s("kanal", 12, "'LANGSUNG'"), _s("pelapor", 120, None), _s("kontak", 120, None),
        _s("layanan_id", 32, None), _s("kategori", 16, "'NORMATIF'"),
        sa.Column("uraian", sa.Text(), server_default=EMPTY, nullable=False),
        _s("pic_id", 32, None), _s("status", 16, "'DITERIMA'"),
        sa.Column("batas", sa.Date(), nullable=True),
        sa.Column("tanggal_respons", sa.Date(), nullable=True),
        sa.Column("tanggal_selesai", sa.Date(), nullable=True),
        sa.Column("tanggapan", sa.Text(), nullable=True),
        sa.Column("bukti", sa.Text(), nullable=True),
    )
    op.create_index(op.f("ix_pengaduan_nomor"), "pengaduan", ["nomor"])
    op.create_index(op.f("ix_pengaduan_pic_id"), "pengaduan", ["pic_id"])
    op.create_index("ix_pengaduan_unit_tanggal", "pengaduan", ["unit_id", "tanggal"])
    _synced(
        "riwayat_pengaduan",
        _s("pengaduan_id", 32), _s("aksi", 20), _s("oleh", 120, None),
        sa.Column("alasan", sa.Text(), nullable=True),
        _s("waktu", 32),
    )
    op.create_index(op.f("ix_riwayat_pengaduan_pengaduan_id"), "riwayat_pengaduan",
                    ["pengaduan_id"])
    _synced(
        "survei_ikm",
        _s("unit_id", 32), _s("periode_kode", 16),
        sa.Column("responden", sa.Integer(), server_default=sa.text("0"), nullable=False),
        *(sa.Column(f"u{i}", sa.Float(), server_default=sa.text("1"), nullable=False)
          for i in range(1, 10)),
        sa.Column("catatan", sa.Text(), nullable=True),
    )
    op.create_index(op.f("ix_survei_ikm_unit_id"), "survei_ikm", ["unit_id"])
    install_triggers(op.get_bind(), ["indikator", *TABLES])


def downgrade() -> None:
    for name in reversed(TABLES):
        op.drop_table(name)
    drop_triggers(op.get_bind(), "indikator")  # they name the column
    op.drop_column("indikator", "sumber_realisasi")
    install_triggers(op.get_bind(), ["indikator"])
