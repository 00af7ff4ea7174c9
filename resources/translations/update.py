"""Refresh the translations: extract the source strings (Bahasa Indonesia) from src/asn_desktop/ui
with pyside6-lupdate, fill the English texts from en.json, compile with pyside6-lrelease, and
copy the .qm into the package (src/asn_desktop/resources/translations).

    .venv/bin/python resources/translations/update.py

Strings missing from en.json stay "unfinished" and show in Indonesian; they are listed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BIN = Path(sys.executable).parent
TS = HERE / "asn_desktop_en.ts"
QM = HERE / "asn_desktop_en.qm"
PACKAGE_DIR = ROOT / "src" / "asn_desktop" / "resources" / "translations"


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "src" / "asn_desktop" / "ui").rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS)],
                   check=True)
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
