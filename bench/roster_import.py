"""Benchmark: importing a 10,000-row employee roster (.xlsx) into a fresh central.

Generates a realistic roster (valid NIPs from domain/nip.py, PNS and PPPK, ~60 units, atasan
chains head → bidang head → staff, rows shuffled so many atasan come after their staff) into a
temporary folder, initialises a central in a temporary data folder, creates the units, then
times, in the same run:

  * read      — reading the workbook (services.roster_baca.baca_berkas);
  * validate  — checking every row against the rules and the data (roster_periksa.periksa);
  * import    — the whole import use case (roster_impor.impor: read, check, backup, write in
                one transaction);
  * reimport  — importing the same file again (every row unchanged).

Goal: validate + import well under 10 s. The last line is one JSON object.

    python bench/roster_import.py [--rows 10000] [--units 60] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select

from asn_desktop import paths as paths_mod
from asn_desktop.db.models import OrgUnit, Pegawai
from asn_desktop.domain.nip import make_ni_pppk, make_nip_pns
from asn_desktop.domain.pangkat import GOLONGAN_PNS
from asn_desktop.services import roster_baca, roster_impor, roster_periksa
from asn_desktop.services.workspace import init_workspace

GOAL_SECONDS = 10.0
HEADERS = ["NO", "NIP BARU", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "STATUS", "GOL AKHIR",
           "JABATAN", "JENIS JABATAN", "UNOR", "NIP ATASAN", "TGL LAHIR", "JENIS KELAMIN"]
NAMA_DEPAN = ("Ahmad", "Budi", "Siti", "Dewi", "Rudi", "Rina", "Hendra", "Yuli", "Agus", "Nur",
              "Dian", "Eko", "Fitri", "Gilang", "Hesti", "Iwan", "Joko", "Kartika", "Lina")
NAMA_BELAKANG = ("Santoso", "Lestari", "Hartono", "Marlina", "Wijaya", "Rahma", "Fauzi",
                 "Saputra", "Suryani", "Hidayat", "Permata", "Kurniawan", "Maulana")


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _units(n: int) -> list[tuple[str, str, str | None]]:
    """(kode, nama, parent kode): OPD with two bidang each, ``n`` units in all."""
    out: list[tuple[str, str, str | None]] = []
    i = 0
    while len(out) < n:
        i += 1
        opd = f"3673.OPD{i:02d}"
        out.append((opd, f"Dinas Contoh {i}", None))
        for b in (1, 2):
            if len(out) < n:
                out.append((f"{opd}.B{b}", f"Bidang {b} Dinas Contoh {i}", opd))
    return out


class _Nip:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.seen: set[str] = set()

    def __call__(self, pppk: bool) -> tuple[str, date, str]:
        while True:
            lahir = date(self.rng.randint(1965, 1998), self.rng.randint(1, 12),
                         self.rng.randint(1, 28))
            jk = self.rng.choice("LP")
            if pppk:
                nip = make_ni_pppk(lahir, self.rng.randint(2021, 2024), "21", jk,
                                   self.rng.randint(1, 999))
            else:
                tmt = min(2024, lahir.year + self.rng.randint(20, 30))
                nip = make_nip_pns(lahir, tmt, self.rng.randint(1, 12), jk,
                                   self.rng.randint(1, 999))
            if nip not in self.seen:
                self.seen.add(nip)
                return nip, lahir, jk


def generate(path: Path, rows: int, units: list[tuple[str, str, str | None]],
             seed: int = 7) -> None:
    rng = random.Random(seed)
    nip = _Nip(rng)
    data: list[list[object]] = []
    heads: dict[str, str] = {}

    def orang(unit: str, jabatan: str, jenis: str, atasan: str | None, pppk: bool = False,
              gol: str | None = None) -> str:
        n, lahir, jk = nip(pppk)
        golongan = gol or (rng.choice(("V", "VII", "IX", "X")) if pppk
                           else rng.choice(GOLONGAN_PNS[4:14]).ruang)
        depan = rng.choice((None, None, None, "H.", "Dr.", "Hj." if jk == "P" else "Drs."))
        belakang = rng.choice((None, "S.Pd.", "S.Kom.", "S.E., M.M.", "A.Md."))
        data.append([0, n, f"{rng.choice(NAMA_DEPAN)} {rng.choice(NAMA_BELAKANG)}", depan,
                     belakang, "PPPK" if pppk else "PNS", golongan, jabatan, jenis, unit, atasan,
                     lahir, jk])
        return n

    for kode, nama, parent in units:
        if parent is None:
            heads[kode] = orang(kode, f"Kepala {nama}", "JPT Pratama", None, gol="IV/c")
        else:
            heads[kode] = orang(kode, f"Kepala {nama}", "Administrator", heads[parent],
                                gol="III/d")
    while len(data) < rows:
        kode, _, _ = rng.choice(units)
        pppk = rng.random() < 0.25
        jabatan, jenis = rng.choice((("Pengadministrasi Umum", "Pelaksana"),
                                     ("Analis Kebijakan Ahli Pertama", "Fungsional Keahlian"),
                                     ("Pranata Komputer Terampil", "JFT"),
                                     ("Pengolah Data", "Pelaksana")))
        orang(kode, jabatan, jenis, heads[kode], pppk)
    rng.shuffle(data)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Pegawai")
    ws.append(HEADERS)
    for i, row in enumerate(data, start=1):
        row[0] = i
        ws.append(row)
    wb.save(path)
    excel_like(path)


_INLINE = re.compile(rb'<c ([^>]*?)t="inlineStr"([^>]*)><is><t(?: [^>]*)?>(.*?)</t></is></c>', re.S)
_SST_TYPE = ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
             'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
_SST_REL = ('<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/sharedStrings" Target="sharedStrings.xml"/>')


def excel_like(path: Path) -> None:
    """Rewrite openpyxl's output the way Excel saves a workbook: text in a shared-strings table
    (openpyxl writes every text inline, which its own reader parses several times slower) and
    the sheet's dimension. Values and layout are unchanged."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    strings: dict[bytes, int] = {}

    def shared(m: re.Match[bytes]) -> bytes:
        i = strings.setdefault(m.group(3), len(strings))
        return b'<c ' + m.group(1) + b't="s"' + m.group(2) + b'><v>%d</v></c>' % i

    sheet = "xl/worksheets/sheet1.xml"
    xml = _INLINE.sub(shared, parts[sheet])
    rows = xml.count(b"<row ")
    xml = xml.replace(b"<sheetData>", b'<dimension ref="A1:%s%d"/><sheetData>' % (
        get_column_letter(len(HEADERS)).encode(), rows), 1)
    parts[sheet] = xml
    sst = b"".join(b'<si><t xml:space="preserve">' + s + b"</t></si>" for s in strings)
    parts["xl/sharedStrings.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.'
        b'openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (
            len(strings), len(strings)) + sst + b"</sst>")
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", _SST_TYPE.encode() + b"</Types>")
    rels = "xl/_rels/workbook.xml.rels"
    parts[rels] = parts[rels].replace(b"</Relationships>", _SST_REL.encode() + b"</Relationships>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=10_000)
    ap.add_argument("--units", type=int, default=60)
    ap.add_argument("--keep", type=Path, help="keep the roster and the data folder here")
    a = ap.parse_args()
    tmp = Path(a.keep or tempfile.mkdtemp(prefix="bench-roster-"))
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        units = _units(a.units)
        berkas = tmp / "roster.xlsx"
        t = time.perf_counter()
        generate(berkas, a.rows, units)
        log(f"roster: {a.rows} rows, {len(units)} units, {berkas.stat().st_size / 1e6:.1f} MB "
            f"written in {time.perf_counter() - t:.1f} s")
        ws = init_workspace(paths_mod.resolve(tmp / "pusat"), "central", "BKPSDM")
        with ws.session() as s:
            root = s.scalars(select(OrgUnit).where(OrgUnit.parent_id.is_(None))).one()
            ids = {None: root.id}
            for kode, nama, parent in units:
                u = OrgUnit(kode=kode, nama=nama, jenis="OPD" if parent is None else "BIDANG",
                            parent_id=ids[parent])
                s.add(u)
                s.flush()
                ids[kode] = u.id
        t = time.perf_counter()
        lembar = roster_baca.baca_berkas(berkas)
        read_s = time.perf_counter() - t
        t = time.perf_counter()
        with ws.read_session() as s:
            pr = roster_periksa.periksa(s, lembar)
        validate_s = time.perf_counter() - t
        if not pr.ok:
            log("unexpected errors: " + "; ".join(m.pesan for m in pr.kesalahan[:5]))
            return 1
        t = time.perf_counter()
        hasil = roster_impor.impor(ws, berkas)
        import_s = time.perf_counter() - t
        t = time.perf_counter()
        ulang = roster_impor.impor(ws, berkas)
        reimport_s = time.perf_counter() - t
        with ws.db.Session() as s:
            n = int(s.scalar(select(func.count()).select_from(Pegawai)) or 0)
            linked = int(s.scalar(select(func.count()).select_from(Pegawai)
                                  .where(Pegawai.atasan_id.is_not(None))) or 0)
        ws.close()
        log(f"read      {read_s:6.2f} s")
        log(f"validate  {validate_s:6.2f} s  ({len(pr.baris)} rows, {len(pr.peringatan)} "
            "warnings)")
        log(f"import    {import_s:6.2f} s  (read + check + backup + write: {hasil.baru} new)")
        log(f"reimport  {reimport_s:6.2f} s  ({ulang.tetap} unchanged)")
        log(f"employees in the data: {n}, with atasan: {linked}")
        ok = n == a.rows and hasil.baru == a.rows and ulang.tetap == a.rows
        log(f"goal validate+import < {GOAL_SECONDS:.0f} s: "
            f"{'met' if validate_s + import_s < GOAL_SECONDS and ok else 'NOT met'}")
        print(json.dumps({"rows": a.rows, "units": len(units), "read_s": round(read_s, 2),
                          "validate_s": round(validate_s, 2), "import_s": round(import_s, 2),
                          "reimport_s": round(reimport_s, 2), "employees": n,
                          "with_atasan": linked, "ok": ok}))
        return 0 if ok else 1
    finally:
        if not a.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
