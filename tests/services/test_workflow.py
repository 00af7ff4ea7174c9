"""One workflow table for every document: each status offers exactly the steps the table
declares, and SKP and evaluations refuse a step from the wrong status with the same words."""

from __future__ import annotations

import itertools

import pytest

from asn_desktop.domain.dokumen import Status
from asn_desktop.services import workflow as wf


def test_each_status_offers_the_declared_steps() -> None:
    assert [t.langkah for t in wf.tersedia("DRAFT")] == [wf.Langkah.AJUKAN]
    assert [t.langkah for t in wf.tersedia("DIAJUKAN")] == [wf.Langkah.KEMBALIKAN,
                                                          wf.Langkah.SETUJUI]
    assert [t.langkah for t in wf.tersedia("DISETUJUI")] == [wf.Langkah.BUKA_KEMBALI]
    assert [t.langkah for t in wf.tersedia("RUSAK")] == [wf.Langkah.AJUKAN]  # read as DRAFT


def test_the_table_is_a_closed_cycle_with_reasons_where_something_is_undone() -> None:
    reached = {t.ke for t in wf.TRANSISI.values()} | {Status.DRAFT}
    assert reached == set(Status)
    for t in wf.TRANSISI.values():
        assert (t.alasan is not None) == (t.ke is Status.DRAFT)  # undoing needs a reason
        assert t.peran is (wf.Peran.PEGAWAI if t.langkah is wf.Langkah.AJUKAN
                           else wf.Peran.PENILAI)


@pytest.mark.parametrize("nama", ["SKP", "evaluasi"])
def test_refusals_name_the_document(nama: str) -> None:
    t = wf.TRANSISI[wf.Langkah.SETUJUI]
    text = t.bukan_dari.format(dok=nama, Dok=nama[:1].upper() + nama[1:])
    assert text.startswith(nama[:1].upper()) and "disetujui" in text


def test_path_to_each_status_follows_the_table() -> None:
    assert wf.jalur(Status.DRAFT) == ()
    assert [t.langkah for t in wf.jalur(Status.DIAJUKAN)] == [wf.Langkah.AJUKAN]
    path = wf.jalur(Status.DISETUJUI)
    assert [t.langkah for t in path] == [wf.Langkah.AJUKAN, wf.Langkah.SETUJUI]
    assert path[0].dari is Status.DRAFT and path[-1].ke is Status.DISETUJUI
    assert all(a.ke is b.dari for a, b in itertools.pairwise(path))
