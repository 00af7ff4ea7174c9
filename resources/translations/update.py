"""Refresh the translations: extract the source strings (Bahasa Indonesia) from src/asn_desktop/ui
with pyside6-lupdate, fill the English texts from en.json, compile with pyside6-lrelease, and
copy the .qm into the package (src/asn_desktop/resources/translations).

    .venv/bin/python resources/translations/update.py

Strings missing from en.json stay "unfinished" and show in Indonesian; they are listed.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BIN = Path(sys.executable).parent
TS = HERE / "asn_desktop_en.ts"
QM = HERE / "asn_desktop_en.qm"
PACKAGE_DIR = ROOT / "src" / "asn_desktop" / "resources" / "translations"


def layanan_strings() -> list[str]:
    """Every message marked ``_("…")``, ``N_("…")`` or ``_n("…", "…", n)`` below the GUI
    (asn_desktop.teks)."""
    found: list[str] = []
    for path in sorted((ROOT / "src" / "asn_desktop").rglob("*.py")):
        if "ui" in path.relative_to(ROOT / "src" / "asn_desktop").parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("_", "N_", "_n")):
                for arg in node.args[:2] if node.func.id == "_n" else node.args[:1]:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        found.append(arg.value)
    return list(dict.fromkeys(found))


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "src" / "asn_desktop" / "ui").rglob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        # lupdate reads Python: the service messages, written as translate() calls it knows
        extra = Path(tmp) / "layanan.py"
        extra.write_text("".join(f"QCoreApplication.translate('layanan', {s!r})\n"
                                 for s in layanan_strings()), encoding="utf-8")
        subprocess.run([str(BIN / "pyside6-lupdate"), *sources, str(extra), "-no-obsolete",
                        "-ts", str(TS)], check=True)
    english: dict[str, str] = json.loads((HERE / "en.json").read_text(encoding="utf-8"))
    tree = ET.parse(TS)
    missing: list[str] = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        text = english.get(source)
        if text is None:
            missing.append(source)
            continue
        translation.text = text
        translation.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True)
    PACKAGE_DIR.mkdir(parents=True, exist_ok=True)
    shutil.copy2(QM, PACKAGE_DIR / QM.name)
    for m in missing:
        print(f"untranslated: {m!r}")
    print(f"{QM.name}: {len(missing)} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
