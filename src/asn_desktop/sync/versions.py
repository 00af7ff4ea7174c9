"""Schema revisions this application knows (packages name the sender's revision)."""

from __future__ import annotations

from functools import lru_cache

from alembic.script import ScriptDirectory

from asn_desktop.db.engine import alembic_config


@lru_cache(maxsize=1)
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


@lru_cache(maxsize=1)
def known_schemas() -> frozenset[str]:
    return frozenset(r.revision for r in _script().walk_revisions())


@lru_cache(maxsize=1)
def schema_head() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head
