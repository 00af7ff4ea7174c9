"""One step over many documents: each in its own savepoint."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from asn_desktop.db.models import RiwayatDokumen, Skp
from asn_desktop.services import skp
from asn_desktop.services.langkah_massal import jalankan_massal
from asn_desktop.services.workspace import Workspace

from .conftest import TAHUN, Org, fill_skp


def test_a_refusal_undoes_only_its_own_document(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        ready = []
        for pid in (org.staf1, org.staf2):
            sid = skp.create_skp(s, pid, TAHUN)
            fill_skp(s, sid)
            ready.append(sid)
        empty = skp.create_skp(s, org.pppk, TAHUN)
        calls: list[str] = []

        def step(sess, doc_id):  # type: ignore[no-untyped-def]
            calls.append(doc_id)
            skp.ajukan(sess, doc_id)

        hasil = jalankan_massal(s, [ready[0], empty, ready[1], ready[0]], step)
    assert hasil.berhasil == tuple(ready) and calls == [ready[0], empty, ready[1]]
    assert [d for d, _ in hasil.gagal] == [empty]
    assert hasil.gagal[0][1].startswith("SKP belum dapat diajukan: ") and "\n" not in \
        hasil.gagal[0][1]
    assert hasil.ringkasan("diajukan") == "2 dokumen diajukan. 1 tidak dapat diajukan."
    with ws.db.Session() as s:
        status = {i: st for i, st in s.execute(select(Skp.id, Skp.status))}
        history = s.scalars(select(RiwayatDokumen.dokumen_id).where(
            RiwayatDokumen.aksi == "DIAJUKAN")).all()
    assert [status[i] for i in ready] == ["DIAJUKAN"] * 2 and status[empty] == "DRAFT"
    assert sorted(history) == sorted(ready)


def test_a_fault_undoes_the_whole_batch(ws: Workspace, org: Org) -> None:
    with ws.session() as s:
        sid = skp.create_skp(s, org.staf1, TAHUN)
        fill_skp(s, sid)
    calls = iter([None, RuntimeError("disk")])

    def step(sess, doc_id):  # type: ignore[no-untyped-def]
        skp.ajukan(sess, doc_id)
        failure = next(calls)
        if failure:
            raise failure

    with pytest.raises(RuntimeError), ws.session() as s:
        other = skp.create_skp(s, org.staf2, TAHUN)
        fill_skp(s, other)
        jalankan_massal(s, [sid, other], step)
    with ws.db.Session() as s:
        assert s.get_one(Skp, sid).status == "DRAFT"
        assert s.scalars(select(Skp).where(Skp.pegawai_id == org.staf2)).first() is None


def test_summary_counts_in_the_interface_language() -> None:
    from asn_desktop import teks
    from asn_desktop.services.langkah_massal import HasilMassal

    english = {"Satu dokumen {tindakan}.": "One document {tindakan}.",
               "{n} dokumen {tindakan}.": "{n} documents {tindakan}.",
               "{n} tidak dapat {tindakan}.": "{n} could not be {tindakan}."}
    one = HasilMassal(("a",), ())
    three = HasilMassal(("a", "b", "c"), (("d", "x"),))
    assert one.ringkasan("diajukan") == "Satu dokumen diajukan."
    teks.pasang(lambda s: english.get(s, s))
    try:
        assert one.ringkasan("submitted") == "One document submitted."
        assert three.ringkasan("submitted") == "3 documents submitted. 1 could not be submitted."
    finally:
        teks.pasang(None)
    assert three.ringkasan("diajukan") == "3 dokumen diajukan. 1 tidak dapat diajukan."
