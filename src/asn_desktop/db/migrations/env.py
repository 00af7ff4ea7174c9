"""Alembic environment, embedded: the application passes its open connection in
``config.attributes['connection']``. ``fileConfig`` is deliberately not called, so the
application's loggers stay enabled."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from asn_desktop.db import models
from asn_desktop.db.base import Base

config = context.config
target_metadata = Base.metadata
assert models.SYNCED_TABLES  # importing the models fills the metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # developer use: `alembic -x url=sqlite:///file revision --autogenerate`
        url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///dev.sqlite")
        with create_engine(url).connect() as conn:
            context.configure(connection=conn, target_metadata=target_metadata,
                              render_as_batch=True)
            with context.begin_transaction():
                context.run_migrations()
            conn.commit()
        return
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run()
