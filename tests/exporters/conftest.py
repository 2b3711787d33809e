"""Exporter fixtures: the demo plus contacts imported from the real-format samples."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from biosparc_desktop.config import resolve_location
from biosparc_desktop.services.registry import Services, build_services
from biosparc_desktop.store.database import Database, open_database
from tests.conftest import FIXED_NOW

SAMPLES = Path(__file__).resolve().parents[1] / "importers" / "data"
RICH_SAMPLES = (
    "android_contacts.vcf",  # QUOTED-PRINTABLE Chinese
    "generic_quoted.csv",  # commas, quotes and line breaks inside fields
    "outlook_desktop_utf16.csv",
    "excel_chinese_gb18030.csv",
)


@pytest.fixture
def rich(demo: Services) -> Services:
    """The demo data and people from four real exports, some with long notes."""
    for name in RICH_SAMPLES:
        parsed = demo.importing.read(SAMPLES / name)
        demo.importing.run(parsed, source=name)
    return demo


@pytest.fixture
def services_factory(tmp_path: Path) -> Iterator[Callable[[], Services]]:
    """More empty databases, as on a colleague's laptop."""
    opened: list[Database] = []

    def make() -> Services:
        database = open_database(resolve_location(str(tmp_path / f"other{len(opened)}.sqlite3")))
        opened.append(database)
        return build_services(database, now=lambda: FIXED_NOW)

    yield make
    for database in opened:
        database.close()
