"""Fixtures for the packs: one demo database per module (loading it is the slow part)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from biosparc_desktop.config import resolve_location
from biosparc_desktop.reports.font_files import FONT_ENV_VAR
from biosparc_desktop.reports.fonts import load_fonts
from biosparc_desktop.services.contacts import ContactDraft
from biosparc_desktop.services.demo import load_demo
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import Services, build_services
from biosparc_desktop.store.database import open_database
from tests.conftest import FIXED_NOW

ESCAPED_NAME = 'R&D <Lab> "Alpha" & 合作'
EMPTY_NAME = "Quiet Prospect Ltd"


def add_awkward_partners(services: Services) -> None:
    """A partner whose name needs escaping (with one contact), and one with nothing at all."""
    odd = services.organisations.create(
        OrganisationDraft(
            name=ESCAPED_NAME,
            name_zh="研发<实验室>&合作",
            description="Uses <b>markup</b> & ampersands;\nkeep it as typed.",
        )
    )
    services.contacts.create(
        ContactDraft(
            given_name="Zoë",
            family_name="O'Brien <CEO>",
            name_zh="欧布&莱恩",
            title="Head of <R&D>",
            organisation_id=odd.id,
            emails=("zoe@example.com",),
        )
    )
    services.organisations.create(OrganisationDraft(name=EMPTY_NAME))


@pytest.fixture(scope="module")
def pack_services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    folder = tmp_path_factory.mktemp("packs")
    database = open_database(resolve_location(str(folder / "packs.sqlite3")))
    services = build_services(database, now=lambda: FIXED_NOW)
    assert load_demo(services)
    add_awkward_partners(services)
    yield services
    database.close()


@pytest.fixture
def use_font_file(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Path], None]]:
    """Make the packs use this font file (BIOSPARC_PDF_FONT); the search runs again after."""

    def use(path: Path) -> None:
        monkeypatch.setenv(FONT_ENV_VAR, str(path))
        load_fonts(refresh=True)

    yield use
    monkeypatch.delenv(FONT_ENV_VAR, raising=False)
    load_fonts(refresh=True)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return tmp_path / "pack.pdf"
