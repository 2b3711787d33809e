"""The layers: nothing below ui/ imports Qt, and lower layers never import higher ones."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "biosparc_desktop"
LAYERS = ["domain", "store", "services", "reports", "ui"]
NO_QT = ["domain", "store", "services", "reports", "importers", "exporters", "search", "cli"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("folder", NO_QT)
def test_no_qt_below_the_ui(folder: str) -> None:
    for path in (PACKAGE / folder).rglob("*.py"):
        assert not any(n.startswith("PySide6") for n in _imports(path)), path


@pytest.mark.parametrize("index", range(len(LAYERS)))
def test_no_import_of_a_higher_layer(index: int) -> None:
    higher = [f"biosparc_desktop.{name}" for name in LAYERS[index + 1 :]]
    for path in (PACKAGE / LAYERS[index]).rglob("*.py"):
        for name in _imports(path):
            assert not any(name.startswith(h) for h in higher), f"{path} imports {name}"
