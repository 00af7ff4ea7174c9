"""Sync engine: clock, keys, package format, crypto, merge, conflicts (no Qt).

Importing the package registers the sync engine's local tables with the ORM metadata
(``db.engine`` imports ``sync.hlc``, so they are always known when the database is opened).
"""

from asn_desktop.sync import models as models  # metadata registration
