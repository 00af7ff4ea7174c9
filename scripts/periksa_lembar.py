"""Check the layout of every sheet of a year and render one sample of each variant to look at.

    python scripts/periksa_lembar.py [--data-dir DIR] [--tahun 2026] [--out build/sheets-review]

Without --data-dir a demo city (200 employees, seed 7) is built in a temporary folder. Every
SKP, Evaluasi and Dokumen Evaluasi is drawn, each page's content checked (no page holding only
a signature block or only its footer, no table heading printed twice on a page, no lone
perilaku row, HASIL KERJA on the first page when its heading and first row fit); one PDF per
variant (form, pendekatan, period kind, PNS/PPPK) goes to --out with its pages as PNG
(pdftoppm, when installed). The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from asn_desktop.paths import Paths  # noqa: E402
from asn_desktop.reports.content import LembarDokumen, LembarEvaluasi, LembarSkp  # noqa: E402
from asn_desktop.services.cetak_lembar import Siap  # noqa: E402
from asn_desktop.services.cetak_tata_letak import periksa_batch, targets_tahun  # noqa: E402
from asn_desktop.services.workspace import open_workspace  # noqa: E402


def varian(x: Siap) -> str:
    """A file name for the kind of sheet: document, title lines, period kind, PNS or not."""
    lembar = x.lembar
    parts = [x.target.dokumen]
    if isinstance(lembar, (LembarSkp, LembarEvaluasi)):
        parts += [w for w in lembar.judul[1].split() if w in ("KUANTITATIF", "KUALITATIF")]
        parts.append("jpt" if "PIMPINAN TINGGI" in lembar.judul[2] else "ja-jf")
    if isinstance(lembar, (LembarEvaluasi, LembarDokumen)):
        parts.append(lembar.periode.opsi.split()[0].lower())
    if isinstance(lembar, LembarDokumen):
        parts.append("pppk" if lembar.pegawai.nip == "" or len(x.nip) != 18 else "pns")
    return "-".join(p.lower() for p in parts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path)
    ap.add_argument("--tahun", type=int, default=date.today().year)
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "sheets-review")
    ap.add_argument("--employees", type=int, default=200)
    args = ap.parse_args()
    tmp = None
    if args.data_dir is None:
        from asn_desktop.services.demo import fill_demo
        from asn_desktop.services.workspace import init_workspace

        tmp = Path(tempfile.mkdtemp(prefix="periksa-lembar-"))
        args.data_dir = tmp / "data"
        ws = init_workspace(Paths(args.data_dir), "central", "BKPSDM Kota Serang")
        fill_demo(ws, employees=args.employees, seed=7, tahun=args.tahun)
    else:
        ws = open_workspace(Paths(args.data_dir))
    args.out.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    samples: list[str] = []

    def simpan(x: Siap, pdf: bytes) -> None:
        name = varian(x)
        if name in seen:
            return
        seen.add(name)
        path = args.out / f"{name}.pdf"
        path.write_bytes(pdf)
        samples.append(path.name)
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(path.with_suffix(""))],
                           check=False)

    t0 = time.perf_counter()
    targets = targets_tahun(ws, args.tahun)
    hasil = periksa_batch(ws, targets, per_berkas=1, simpan=simpan)
    detik = time.perf_counter() - t0
    ws.close()
    for t in hasil.temuan:
        print(t)
    for dokumen, counts in sorted(hasil.per_lembar.items()):
        print(f"{dokumen}: {len(counts)} lembar, halaman {dict(sorted(Counter(counts).items()))}")
    print(f"{hasil.lembar} lembar diperiksa dalam {detik:.1f} detik; {len(hasil.temuan)} temuan; "
          f"contoh di {args.out}")
    if tmp is not None:
        shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps({"lembar": hasil.lembar, "halaman": dict(hasil.halaman),
                      "temuan": len(hasil.temuan), "contoh": sorted(samples),
                      "detik": round(detik, 1)}))
    return 1 if hasil.temuan else 0


if __name__ == "__main__":
    raise SystemExit(main())
