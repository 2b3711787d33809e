"""Every record a service looks up by id is named by a noun the interface can translate."""

from __future__ import annotations

import ast
from pathlib import Path

from biosparc_desktop.services.common import RECORD_NOUNS

SERVICES = Path(__file__).resolve().parents[2] / "biosparc_desktop" / "services"


def _nouns_passed_to_get_live() -> set[str]:
    found = set()
    for path in SERVICES.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or getattr(node.func, "id", None) != "get_live":
                continue
            what = node.args[3] if len(node.args) > 3 else None
            if isinstance(what, ast.Constant) and isinstance(what.value, str):
                found.add(what.value)
    return found


def test_every_get_live_noun_is_listed_for_translation() -> None:
    used = _nouns_passed_to_get_live()
    assert {"contact", "organisation", "follow-up"} <= used  # the scan finds the calls
    assert used <= set(RECORD_NOUNS), f"add to RECORD_NOUNS: {sorted(used - set(RECORD_NOUNS))}"
