"""Paths of the packaging files, and loading the packaging scripts (not an importable package:
``import packaging`` is the PyPA library)."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "biosparc_desktop.spec"
ICONS = ROOT / "resources" / "icons"


def load_script(relative: str) -> ModuleType:
    path = PACKAGING / relative
    spec = importlib.util.spec_from_file_location(f"biosparc_packaging_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def spec_list(name: str) -> list[str]:
    """A list of string literals assigned at the top of the PyInstaller spec."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == name for target in node.targets
        ):
            value = node.value
            if isinstance(value, ast.BinOp):  # [f"..." for ...] + [literals]
                value = value.right
            assert isinstance(value, ast.List), name
            return [item.value for item in value.elts if isinstance(item, ast.Constant)]
    raise AssertionError(f"{name} is not assigned in {SPEC.name}")
