"""The layers hold: no module imports from a layer above its own (the contract is in
pyproject.toml, [tool.importlinter]). Domain rules and storage never reach up to services, the
sync engine never reaches the use cases, and printed sheets know only the view objects."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_no_module_imports_from_a_layer_above(capsys: pytest.CaptureFixture[str]) -> None:
    from importlinter.cli import lint_imports

    code = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True,
                        no_logo=True)
    assert code == 0, capsys.readouterr().out


def test_the_storage_layer_never_imports_qt_or_the_sync_engine() -> None:
    """Checked by name too, so a broken contract file cannot make this pass silently."""
    import ast

    for path in (ROOT / "src" / "asn_desktop").glob("*/**/*.py"):
        layer = path.relative_to(ROOT / "src" / "asn_desktop").parts[0]
        if layer not in ("domain", "db", "views"):
            continue
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                     [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                assert not name.startswith(("PySide6", "asn_desktop.sync",
                                            "asn_desktop.services", "asn_desktop.ui")), (
                    f"{path.name} imports {name}")
