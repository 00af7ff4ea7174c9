"""Sync engine: clock, keys, package format, crypto, merge, conflicts (no Qt).

Modules, inside out:

- ``hlc``, ``keys``: the hybrid logical clock; this installation's Ed25519/X25519 keys.
- ``schema``: synced tables, their fields and value checks, ownership links, approval locks.
- ``container``: the package file (manifest, signature, sealed chunks) and its strict reading.
- ``payload``: the JSON-lines stream inside (rows grouped, parents first) and its checks.
- ``scope``: which rows a recipient receives / a unit owns (TEMP tables), who owns a row.
- ``export``: writing a delta, full snapshot or setup package as a stream.
- ``merge``: applying changes: per-field last-writer-wins, conflicts, held changes, authority.
- ``importer``: checking a package whole, then applying it in one transaction.
- ``conflicts``: listing and settling conflicts (the choice is a new edit that syncs).
- ``peers``: peers, plans (what goes to whom), invitations, revocation, status.
- ``enrol``: a unit installation created from the central's setup package.
- ``setupfile``: the setup file, sealed with a key derived from the enrolment code, and the code.
- ``fingerprint``: one hash of the synced content, whole or per unit.
- ``models``: the local bookkeeping tables (migration 0003).

Importing the package registers the local tables with the ORM metadata (``db.engine`` imports
``sync.hlc``, so they are always known when the database is opened).
"""

from asn_desktop.sync import models as models  # metadata registration
