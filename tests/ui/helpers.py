"""Helpers for GUI tests: set-up through the services, waiting for background operations,
and screenshots into build/screenshots."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from asn_desktop.db.models import Pegawai, Skp
from asn_desktop.domain.nip import make_nip_pns
from asn_desktop.services import pegawai as psvc
from asn_desktop.ui import operations

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def new_bawahan(ws: Any, *, jenis: str = "PELAKSANA", urut: int = 901) -> tuple[str, str]:
    """A new employee under an atasan who has an SKP this year. Returns (pegawai, atasan)."""
    tahun = date.today().year
    with ws.session() as s:
        atasan = s.scalars(
            select(Pegawai).join(Skp, Skp.pegawai_id == Pegawai.id)
            .where(Skp.tahun == tahun, Pegawai.jenis_jabatan == "ADMINISTRATOR")
            .order_by(Pegawai.nama)
        ).first()
        p = psvc.save_pegawai(s, psvc.PegawaiInput(
            status="PNS", nip=make_nip_pns(date(1992, 3, 4), 2018, 2, "L", urut),
            nama=f"Budi Uji {urut}", jabatan="Pengelola Data Kepegawaian", jenis_jabatan=jenis,
            golongan="III/a", unit_id=atasan.unit_id, atasan_id=atasan.id,
        ))
        return p.id, atasan.id


def draft_skp(ws: Any, pegawai_id: str) -> str:
    """A complete draft SKP: one RHK (linked to the atasan's first RHK) and one indicator."""
    from asn_desktop.domain.jabatan import Aspek
    from asn_desktop.services import skp as ssvc

    with ws.session() as s:
        skp_id = ssvc.create_skp(s, pegawai_id, date.today().year)
        opts = ssvc.cascade_options(s, skp_id)
        rhk = ssvc.add_rhk(s, skp_id, ssvc.RhkInput(
            "Tersusunnya data kepegawaian", rhk_atasan_id=opts[0].id if opts else None))
        ssvc.add_indikator(s, rhk, ssvc.IndikatorInput(
            "Jumlah dokumen data pegawai", aspek=Aspek.KUANTITAS, target_nilai=12,
            target_satuan="Dokumen"))
    return skp_id


def approved_skp(ws: Any, pegawai_id: str) -> str:
    """An approved SKP with one RHK (linked to the atasan's first RHK) and one indicator."""
    from asn_desktop.services import skp as ssvc

    skp_id = draft_skp(ws, pegawai_id)
    with ws.session() as s:
        ssvc.ajukan(s, skp_id)
        ssvc.setujui(s, skp_id)
    return skp_id


def wait_ops(qtbot: Any, timeout: int = 20000) -> None:
    """Let every background operation finish and its callbacks run."""
    qtbot.waitUntil(operations.idle, timeout=timeout)
    operations.wait_idle()


def screenshot(widget: Any, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    path = SCREENSHOTS / f"{name}.png"
    assert widget.grab().save(str(path)), path
    return path
