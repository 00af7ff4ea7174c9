"""Local, never-synced bookkeeping of the sync engine: peers and their keys, what was sent and
acknowledged, which packages were applied, conflicts to review, and inbox files already seen.

Created by migration 0003 (and 0008). Imported by ``db.models``, so the metadata is complete
whenever the database layer is loaded.
"""

from __future__ import annotations

from sqlalchemy import Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from asn_desktop.db.base import AnyValue, Base, Bytes, Int

# Peer status
INVITED = "invited"  # central: setup package written, the unit has not sent its first package
ACTIVE = "active"
REVOKED = "revoked"

# Conflict kinds and states
LWW = "lww"  # concurrent overwrite; the winner is applied, the loser kept here
LOCKED = "locked"  # change to an approved document; held until a person decides
DUPLICATE = "unik"  # an incoming unique value (a NIP) another live row holds; the old value kept
DELETE = "hapus"  # a delete and an edit (or new parts) whose writers had not seen each other
MOVED = "mutasi"  # a unit's change to an employee written after the employee moved out of it
DOUBLE = "ganda"  # one document (an SKP for a year, an evaluation for a period) made twice
HELD_KINDS = (LOCKED, DELETE, MOVED)  # kinds that may hold a change (not applied until decided)
OPEN = "open"
RESOLVED = "resolved"


class SyncPeer(Base):
    """Another installation this one exchanges packages with.

    On the central: one row per unit installation (``role = 'unit'``); on a unit: one row for the
    central. ``acked_seq`` is the highest local ``change_log.seq`` the peer has confirmed;
    ``recv_upto`` how far this installation has applied the peer's changes without a gap.
    """

    __tablename__ = "sync_peer"

    node_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    role: Mapped[str] = mapped_column(String(10))
    nama: Mapped[str] = mapped_column(String(200), server_default=text("''"))
    unit_id: Mapped[str | None] = mapped_column(String(32), index=True)
    kode: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(10), server_default=text("'active'"))
    sign_pub: Mapped[bytes | None] = mapped_column(Bytes)
    box_pub: Mapped[bytes | None] = mapped_column(Bytes)
    enrol_secret_hash: Mapped[str | None] = mapped_column(String(64))  # central: invited unit
    enrol_secret: Mapped[str | None] = mapped_column(String(64))  # unit: to prove, until bound
    dibuat: Mapped[str] = mapped_column(String(32), server_default=text("''"))
    bound_at: Mapped[str | None] = mapped_column(String(32))
    revoked_at: Mapped[str | None] = mapped_column(String(32))
    acked_seq: Mapped[int] = mapped_column(Int, server_default=text("0"))
    acked_roots: Mapped[str | None] = mapped_column(Text)  # JSON {"p": [...], "u": [...]}
    recv_upto: Mapped[int] = mapped_column(Int, server_default=text("0"))
    last_sent_at: Mapped[str | None] = mapped_column(String(32))
    last_sent_package: Mapped[str | None] = mapped_column(String(32))
    last_sent_seq: Mapped[int] = mapped_column(Int, server_default=text("0"))
    last_recv_at: Mapped[str | None] = mapped_column(String(32))
    last_recv_package: Mapped[str | None] = mapped_column(String(32))
    # The peer's incarnation that recv_upto / acked_seq refer to, and its lineage (JSON);
    # recv_base: how far its changes were received before that incarnation began.
    incarnation: Mapped[str | None] = mapped_column(String(32))
    lineage: Mapped[str | None] = mapped_column(Text)
    recv_base: Mapped[int] = mapped_column(Int, server_default=text("0"))
    # After the peer was restored: send back its own changes held here until it confirms a
    # package written after this local seq.
    give_back_until: Mapped[int] = mapped_column(Int, server_default=text("0"))


class SyncSent(Base):
    """A package this installation wrote (delta, full snapshot or setup)."""

    __tablename__ = "sync_sent"
    __table_args__ = (Index("ix_sync_sent_peer", "peer_node", "to_seq"),)

    package_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    peer_node: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(10))
    from_seq: Mapped[int] = mapped_column(Int)
    to_seq: Mapped[int] = mapped_column(Int)
    changes: Mapped[int] = mapped_column(Int, server_default=text("0"))
    dibuat: Mapped[str] = mapped_column(String(32))
    file_name: Mapped[str] = mapped_column(String(200), server_default=text("''"))
    roots: Mapped[str | None] = mapped_column(Text)  # the recipient's scope when it was written


class SyncApplied(Base):
    """A package applied here (its id makes re-imports harmless)."""

    __tablename__ = "sync_applied"
    __table_args__ = (Index("ix_sync_applied_peer", "peer_node", "from_seq"),)

    package_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    peer_node: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(10))
    from_seq: Mapped[int] = mapped_column(Int)
    to_seq: Mapped[int] = mapped_column(Int)
    changes: Mapped[int] = mapped_column(Int, server_default=text("0"))
    applied: Mapped[int] = mapped_column(Int, server_default=text("0"))
    conflicts: Mapped[int] = mapped_column(Int, server_default=text("0"))
    held: Mapped[int] = mapped_column(Int, server_default=text("0"))
    dibuat: Mapped[str] = mapped_column(String(32), server_default=text("''"))  # by the sender
    diterapkan: Mapped[str] = mapped_column(String(32))
    file_name: Mapped[str] = mapped_column(String(200), server_default=text("''"))
    incarnation: Mapped[str | None] = mapped_column(String(32))  # the sender's, then


class SyncConflict(Base):
    """A conflict for a person to review.

    ``lww``: both versions are recorded, the winner (``winner`` = 'local' or 'incoming') is
    applied. ``locked``: the incoming change touched an approved document and was held, not
    applied (``winner`` = 'held'); ``grp`` ties together the changes of one held new row.
    Values are stored as written in ``change_log`` (any SQLite type).
    """

    __tablename__ = "sync_conflict"
    __table_args__ = (
        Index("ix_sync_conflict_key", "tbl", "row_id", "field"),
        Index("ix_sync_conflict_status", "status"),
    )

    id: Mapped[int] = mapped_column(Int, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(10), server_default=text("'open'"))
    tbl: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(64))
    field: Mapped[str] = mapped_column(String(40))
    grp: Mapped[str | None] = mapped_column(String(140))
    winner: Mapped[str] = mapped_column(String(10))
    local_value: Mapped[object | None] = mapped_column(AnyValue())  # any value, see doc
    local_hlc: Mapped[int | None] = mapped_column(Int)
    local_node: Mapped[str | None] = mapped_column(String(32))
    incoming_value: Mapped[object | None] = mapped_column(AnyValue())
    incoming_hlc: Mapped[int] = mapped_column(Int)
    incoming_node: Mapped[str] = mapped_column(String(32))
    incoming_base_hlc: Mapped[int | None] = mapped_column(Int)
    incoming_base_node: Mapped[str | None] = mapped_column(String(32))
    incoming_actor: Mapped[str | None] = mapped_column(String(120))
    package_id: Mapped[str | None] = mapped_column(String(32))
    dibuat: Mapped[str] = mapped_column(String(32))
    resolved_keep: Mapped[str | None] = mapped_column(String(10))  # local/incoming/remote
    resolved_at: Mapped[str | None] = mapped_column(String(32))
    resolved_seq: Mapped[int | None] = mapped_column(Int)  # change_log seq of the decision


class SyncInboxSeen(Base):
    """Files of the inbox folder already looked at (by content hash)."""

    __tablename__ = "sync_inbox_seen"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    file_name: Mapped[str] = mapped_column(String(255))
    seen_at: Mapped[str] = mapped_column(String(32))
    result: Mapped[str] = mapped_column(Text, server_default=text("''"))


class SyncRetiredKey(Base):
    """A signing key a peer used before a rotation (sync/keys.py): packages signed with it are
    refused from then on, and sheets it signed still verify."""

    __tablename__ = "sync_kunci_lama"

    node_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    sign_pub: Mapped[bytes] = mapped_column(Bytes, primary_key=True)
    pengganti: Mapped[bytes] = mapped_column(Bytes)  # the key it handed over to
    bukti: Mapped[bytes] = mapped_column(Bytes)  # its signature announcing that key
    diganti: Mapped[str] = mapped_column(String(32))  # when this installation learned of it


SYNC_LOCAL_TABLES = ("sync_peer", "sync_sent", "sync_applied", "sync_conflict", "sync_inbox_seen",
                     "sync_kunci_lama")


class SertifikatPdf(Base):
    """A PDF-signing certificate the central's CA issued (to a unit installation or to
    itself); a revoked one is listed in the CRL the central sends with its packages."""

    __tablename__ = "sertifikat_pdf"

    serial: Mapped[str] = mapped_column(String(40), primary_key=True)  # hex
    node_id: Mapped[str] = mapped_column(String(32), index=True)
    unit_id: Mapped[str | None] = mapped_column(String(32))
    der: Mapped[bytes] = mapped_column(Bytes)
    diterbitkan: Mapped[str] = mapped_column(String(32))
    dicabut: Mapped[str | None] = mapped_column(String(32))
