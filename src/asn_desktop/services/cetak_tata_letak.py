"""The layout check of a whole batch: every SKP, evaluation and Dokumen Evaluasi of a year
drawn as it would print, each page's content recorded (see reports.tata_letak) and checked.
Used by the test suite over the demo city and by ``scripts/periksa_lembar.py``."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select

from asn_desktop.db.models import Evaluasi, Skp
from asn_desktop.services.cetak_lembar import KopCache, Siap, build_sheet
from asn_desktop.services.cetak_target import Target
from asn_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class Temuan:
    """One broken layout rule on one printed sheet."""

    dokumen: str
    nama: str
    nip: str
    periode: str
    halaman: int  # page within the sheet
    aturan: str

    def __str__(self) -> str:
        return (f"{self.dokumen} {self.periode} {self.nama} ({self.nip}), halaman "
                f"{self.halaman}: {self.aturan}")


@dataclass
class HasilPeriksa:
    lembar: int = 0
    halaman: Counter[str] = field(default_factory=Counter)  # pages per kind of document
    per_lembar: dict[str, list[int]] = field(default_factory=dict)  # page counts by kind
    temuan: list[Temuan] = field(default_factory=list)


def targets_tahun(ws: Workspace, tahun: int) -> list[Target]:
    """Every SKP of ``tahun`` and, for each evaluation of it, its Evaluasi and its Dokumen."""
    out: list[Target] = []
    with ws.read_session() as s:
        for sid, pid in s.execute(select(Skp.id, Skp.pegawai_id).where(
                Skp.tahun == tahun, Skp.deleted.is_(False)).order_by(Skp.id)):
            out.append(Target("skp", sid, pid))
        rows = s.execute(select(Evaluasi.id, Evaluasi.pegawai_id).join(
            Skp, Skp.id == Evaluasi.skp_id).where(
                Skp.tahun == tahun, Evaluasi.deleted.is_(False)).order_by(Evaluasi.id))
        for eid, pid in rows:
            out += [Target("evaluasi", eid, pid), Target("dokumen", eid, pid)]
    return out


def periksa_batch(ws: Workspace, targets: Sequence[Target], *, per_berkas: int = 40,
                  simpan: Callable[[Siap, bytes], None] | None = None) -> HasilPeriksa:
    """Draw ``targets`` (``per_berkas`` sheets to a file, as a combined print does) and check
    each page. ``simpan(siap, pdf)`` receives each file's first sheet, for looking at."""
    from asn_desktop.reports import tata_letak
    from asn_desktop.reports.render import SheetJob, render_pdf

    hasil = HasilPeriksa()
    cache = KopCache()
    for start in range(0, len(targets), per_berkas):
        with ws.read_session() as s:
            siap = [build_sheet(s, t, cache) for t in targets[start:start + per_berkas]]
        catatan: list[tata_letak.Blok] = []
        buf = io.BytesIO()
        render_pdf([SheetJob(x.lembar, x.logo_png) for x in siap], buf, tata=catatan)
        pages_of: dict[int, list[int]] = {}
        for b in catatan:
            if b.lembar >= 0:
                pages_of.setdefault(b.lembar, [])
                if b.halaman not in pages_of[b.lembar]:
                    pages_of[b.lembar].append(b.halaman)
        for i, x in enumerate(siap):
            n = len(pages_of.get(i, []))
            hasil.lembar += 1
            hasil.halaman[x.target.dokumen] += n
            hasil.per_lembar.setdefault(x.target.dokumen, []).append(n)
        for p in tata_letak.periksa(catatan):
            x = siap[p.lembar]
            first = min(pages_of.get(p.lembar, [p.halaman]))
            hasil.temuan.append(Temuan(x.target.dokumen, x.nama, x.nip, x.tag,
                                       p.halaman - first + 1, p.aturan))
        if simpan is not None and siap:
            one = buf
            if len(siap) > 1:
                one = io.BytesIO()
                render_pdf([SheetJob(siap[0].lembar, siap[0].logo_png)], one)
            simpan(siap[0], one.getvalue())
    return hasil
