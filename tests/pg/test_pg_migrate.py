"""One migration history for both dialects: a migration written as the existing ones are
(Alembic operations, then ``capture.install_triggers`` for a synced table whose columns
changed) upgrades a central on PostgreSQL too, and its capture then records the new column."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text

from asn_desktop import paths as paths_mod
from asn_desktop.db.engine import alembic_config
from asn_desktop.db.models import ChangeLog, OrgUnit, Pegawai
from asn_desktop.db.revisi import head_revision
from asn_desktop.errors import AsnError
from asn_desktop.services.workspace import init_workspace, open_workspace

NEXT = '''
import sqlalchemy as sa
from alembic import op

from asn_desktop.db.capture import install_triggers

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("pegawai", sa.Column("catatan_uji", sa.String(length=40), nullable=True))
    install_triggers(op.get_bind(), ["pegawai"])
'''


def test_a_later_migration_upgrades_a_postgresql_central(tmp_path: Path, pg_url: str) -> None:
    ws = init_workspace(paths_mod.resolve(tmp_path / "pusat"), "central", "BKPSDM",
                        database=pg_url)
    try:
        with ws.session() as s:
            root = s.scalars(select(OrgUnit)).first()
            p = Pegawai(nip="198001012006041001", nama="Uji Migrasi", unit_id=root.id)
            s.add(p)
        versions = tmp_path / "versi"
        versions.mkdir()
        (versions / "9001_uji.py").write_text(NEXT.format(head=head_revision()))
        cfg = alembic_config()
        cfg.set_main_option("path_separator", "os")
        cfg.set_main_option("version_locations", os.pathsep.join(
            [str(resources.files("asn_desktop.db") / "migrations" / "versions"), str(versions)]))
        with ws.db.engine.begin() as conn:  # as Database.migrate runs it
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "heads")
        assert ws.db.current_revision() == "9001"
        with ws.session() as s:
            s.execute(text("UPDATE pegawai SET catatan_uji = 'baru' WHERE id = :i"), {"i": p.id})
        with ws.db.Session() as s:
            fields = set(s.scalars(select(ChangeLog.field).where(ChangeLog.row_id == p.id)))
        assert "catatan_uji" in fields and "nama" in fields
    finally:
        ws.close()


def test_a_server_database_marked_older_than_postgresql_support_is_refused(
        tmp_path: Path, pg_url: str) -> None:
    paths = paths_mod.resolve(tmp_path / "pusat")
    init_workspace(paths, "central", "BKPSDM", database=pg_url).close()
    import psycopg

    from asn_desktop.db.pg_engine import libpq_url

    with psycopg.connect(libpq_url(pg_url), autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0011'")
    with pytest.raises(AsnError, match="lebih tua"):
        open_workspace(paths)
