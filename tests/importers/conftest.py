"""Shared helpers for the importer tests: where the sample exports live."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from biosparc_desktop.importers import ParseResult, parse_contacts

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def parse_sample() -> Callable[[str], ParseResult]:
    """Parse a file from tests/importers/data by name."""

    def parse(name: str) -> ParseResult:
        return parse_contacts(DATA / name)

    return parse
