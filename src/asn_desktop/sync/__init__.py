"""Sync engine: clock, keys, package format, crypto, merge, conflicts (no Qt).

Modules, inside out:

- ``keys``: this installation's Ed25519/X25519 keys and their rotations.
- ``schema``: synced tables, their fields and value checks, ownership links, approval locks.
- ``container``: the package file (manifest, signature, sealed chunks) and its strict reading.
- ``payload``: the JSON-lines stream inside (rows grouped, parents first) and its checks.
- ``scope``: which rows a recipient receives / a unit owns (TEMP tables), who owns a row.
- ``export``: writing a delta, full snapshot or setup package as a stream.
- ``merge``: applying changes: per-field last-writer-wins, conflicts, held changes, authority.
- ``importer``: checking a package whole, then applying it in one transaction.
- ``conflicts``: listing and settling conflicts (the choice is a new edit that syncs).
- ``peers``: peers, plans (what goes to whom), invitations, revocation, status.
- ``setupfile``: the setup file, sealed with a key derived from the enrolment code, and the code.
- ``fingerprint``: one hash of the synced content, whole or per unit.
- ``restamp``: own changes stamped by a clock that ran ahead, stamped anew once it is right.
- ``references``: authority on every reference a unit's rows hold.

Below it, in ``db``: the hybrid logical clock (``db.hlc``) that change capture stamps with, and
the sync engine's local bookkeeping tables (``db.sync_models``). Above it, in ``services``: the
use cases (enrolment from a setup file, export, import, status).
"""
