"""Sync state for the Sinkronisasi page, the Beranda and ``sync status``: the status of every
connected installation (what is pending for it, what was last sent and received, a restore to
repair), the clock warning, the open conflicts and their resolution, and the content
fingerprint that two installations compare. Re-exported by sync_service.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.db import hlc as hlc_mod
from asn_desktop.db.models import Installation
from asn_desktop.services.sync_lokal import local as _local
from asn_desktop.services.workspace import Workspace
from asn_desktop.sync import conflicts as conflicts_mod
from asn_desktop.sync import lineage
from asn_desktop.sync import peers as peers_mod
from asn_desktop.sync.conflicts import ConflictView, Resolved
from asn_desktop.sync.fingerprint import fingerprint as _fingerprint
from asn_desktop.sync.importer import Local
from asn_desktop.sync.scope import raw
from asn_desktop.teks import N_, _

# ----------------------------------------------------------------------------------- status


@dataclass(frozen=True)
class PeerStatus:
    nama: str
    kode: str
    peran: str
    status: str
    terakhir_dikirim: str | None
    paket_terakhir_dikirim: str | None
    terakhir_diterima: str | None
    paket_terakhir_diterima: str | None
    dikonfirmasi_sampai: int
    diterima_sampai: int
    tertunda: int  # not yet acknowledged by the peer
    pemulihan: str | None = None  # a restore, here or there, that the next packages repair
    belum_dikirim: int = 0  # of those, not yet in any package written for the peer

    @property
    def menunggu_konfirmasi(self) -> int:
        """Sent in a package, not yet confirmed by the peer's next package."""
        return self.tertunda - self.belum_dikirim

    def to_json(self) -> dict[str, Any]:
        return {**self.__dict__, "menunggu_konfirmasi": self.menunggu_konfirmasi}


STATUS_LABEL = {"active": N_("aktif"), "invited": N_("diundang"), "revoked": N_("dicabut")}


@dataclass(frozen=True)
class SyncStatus:
    peran: str
    node: str
    peers: tuple[PeerStatus, ...]
    konflik: int
    paket_belum_dikirim: int
    perubahan_terakhir: int
    peringatan_jam: str | None = None

    @property
    def ringkasan(self) -> str:
        if not self.peers:
            head = _("Belum ada instalasi lain yang terhubung")
        else:
            head = "; ".join(
                _("{nama} ({status}): {belum} perubahan belum dikirim, {menunggu} menunggu "
                  "konfirmasi").format(
                    nama=p.nama, status=_(STATUS_LABEL.get(p.status, p.status)),
                    belum=p.belum_dikirim, menunggu=p.menunggu_konfirmasi)
                for p in self.peers)
        text = _("{head}. Konflik terbuka: {konflik}. Instalasi yang perlu dikirimi paket: "
                 "{paket}.").format(head=head, konflik=self.konflik,
                                    paket=self.paket_belum_dikirim)
        for p in self.peers:
            if p.pemulihan:
                text += f"\n{p.nama}: {_(p.pemulihan)}"
        if self.peringatan_jam:
            text += "\n" + _("PERINGATAN: {pesan}").format(pesan=self.peringatan_jam)
        return text

    def to_json(self) -> dict[str, Any]:
        return {"peran": self.peran, "node": self.node, "konflik": self.konflik,
                "paket_belum_dikirim": self.paket_belum_dikirim,
                "perubahan_terakhir": self.perubahan_terakhir,
                "peringatan_jam": self.peringatan_jam,
                "peers": [p.to_json() for p in self.peers]}


def status(ws: Workspace) -> SyncStatus:
    local = _local(ws)
    with ws.db.Session() as s:
        db = raw(s)
        rows = []
        chain = lineage.load(db)
        restored = (datetime.fromtimestamp(hlc_mod.physical_ms(chain[-1].restored_hlc) / 1000)
                    .isoformat(timespec="seconds") if len(chain) > 1 else None)
        for p in peers_mod.peers(db):
            note = None
            if p.give_back_until:
                note = N_("dipulihkan dari cadangan; paket berikutnya untuknya mengirim ulang "
                          "apa yang hilang darinya, tanpa --full.")
            # a receipt in the very second of the restore is still the backup's (seconds are
            # what both times keep)
            elif restored and (p.last_recv_at is None or p.last_recv_at <= restored):
                note = N_("belum ada paket darinya sejak komputer ini dipulihkan dari "
                          "cadangan; paket berikutnya darinya mengembalikan apa yang hilang di "
                          "sini.")
            unacked, unsent = peers_mod.pending_for(db, local, p)
            rows.append(PeerStatus(
                p.nama, p.kode or peers_mod.CENTRAL_LABEL, p.role, p.status, p.last_sent_at,
                p.last_sent_package, p.last_recv_at, p.last_recv_package, p.acked_seq,
                p.recv_upto, unacked, note, unsent))
        konflik = conflicts_mod.count_open(db)
        unsent = peers_mod.unsent_peers(db, local)
        last = lineage.max_seq(db)  # shown only: no wait for writers
    return SyncStatus(local.role, local.node_id, tuple(rows), konflik, unsent, last,
                      clock_warning(ws))


def clock_warning(ws: Workspace) -> str | None:
    """Why this PC's date looks wrong, if it does (Beranda and ``sync status`` say so)."""
    clock = ws.db.context.clock
    return hlc_mod.clock_warning(clock.wall(), clock.last)


def pending_counts(s: Session) -> tuple[int, int]:
    """(open conflicts, installations with changes not yet packaged for them) for the Beranda."""
    inst = s.scalars(select(Installation)).first()
    if inst is None:
        return 0, 0
    db = raw(s)
    local = Local(inst.node_id, inst.role, inst.unit_id)
    return conflicts_mod.count_open(db), peers_mod.unsent_peers(db, local)


# -------------------------------------------------------------------------------- conflicts


def conflicts(ws: Workspace, *, include_resolved: bool = False) -> list[ConflictView]:
    with ws.db.Session() as s:
        return conflicts_mod.list_conflicts(raw(s), ws.info.node_id,
                                            include_resolved=include_resolved)


list_conflicts = conflicts


def conflict_entries(items: list[ConflictView]) -> list[conflicts_mod.ConflictEntry]:
    """The conflict list as people read it (a new row held whole is one entry)."""
    return conflicts_mod.entries(items)


def resolve(ws: Workspace, conflict: int | str | ConflictView, keep: str) -> Resolved:
    """Keep the local or the incoming value; written as a new local edit, so it syncs."""
    cid = conflict.id if isinstance(conflict, ConflictView) else int(conflict)
    ctx = ws.db.context
    with ws.session() as s:
        return conflicts_mod.resolve(s.connection(), raw(s), cid, keep, node=ws.info.node_id,
                                     now_hlc=ctx.hlc, observe=ctx.clock.observe,
                                     actor=ctx.actor)


resolve_conflict = resolve


# ------------------------------------------------------------------------------ fingerprint


def fingerprint(ws: Workspace, unit_kode: str | None = None) -> str:
    """One hash of the synced content (or of one unit's scope): equal on two installations
    exactly when they hold the same data."""
    with ws.db.Session() as s:
        db = raw(s)
        unit_id = peers_mod.unit_by_kode(db, unit_kode)[0] if unit_kode else None
        return _fingerprint(db, unit_id)
