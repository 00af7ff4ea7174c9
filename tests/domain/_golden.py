"""The project's own copy of the golden reference data (tests/golden/golden.json)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import settings

GOLDEN_PATH = Path(__file__).resolve().parents[1] / "golden" / "golden.json"
GOLDEN: dict[str, Any] = json.loads(GOLDEN_PATH.read_text(encoding="utf-8"))

# No example database: keeps test runs from writing a .hypothesis folder into the repo.
PROPERTY = settings(database=None, max_examples=200, deadline=None)
