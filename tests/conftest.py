"""Shared fixtures: every test gets its own real SQLite file under tmp_path."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

# Offscreen, on a 1920x1200 screen (the plugin's default 800x600 would clamp window sizes).
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _screen = Path(__file__).with_name("offscreen_screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"

from biosparc_desktop.config import Location, resolve_location
from biosparc_desktop.services.demo import load_demo
from biosparc_desktop.services.registry import Services, build_services
from biosparc_desktop.store.database import Database, open_database

# "Now" for every test: 27 November 2026, 09:00 in Suzhou.
FIXED_NOW = datetime(2026, 11, 27, 1, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's real data folder or settings."""
    monkeypatch.setenv("BIOSPARC_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("BIOSPARC_DB", raising=False)
    monkeypatch.setenv("TZ", "Asia/Shanghai")


@pytest.fixture
def location(tmp_path: Path) -> Location:
    return resolve_location(str(tmp_path / "test.sqlite3"))


@pytest.fixture
def database(location: Location) -> Iterator[Database]:
    db = open_database(location)
    yield db
    db.close()


@pytest.fixture
def services(database: Database) -> Services:
    return build_services(database, now=lambda: FIXED_NOW)


@pytest.fixture
def demo(services: Services) -> Services:
    assert load_demo(services)
    return services
