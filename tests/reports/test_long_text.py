"""Long text flows across pages: every text field at its maximum, in English and Chinese."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from biosparc_desktop.config import resolve_location
from biosparc_desktop.reports import (
    PackOptions,
    PackResult,
    build_event_pack,
    build_partner_pack,
    build_portfolio,
)
from biosparc_desktop.reports.styles import MARGIN_BOTTOM, MARGIN_TOP
from biosparc_desktop.services.registry import Services, build_services
from biosparc_desktop.store.database import open_database
from tests.conftest import FIXED_NOW
from tests.reports.longdata import LongRecords, Script, add_long_records
from tests.reports.pdfcheck import body_texts, pages_holding, squash

LANGUAGES = ["en", "zh", "both"]


@pytest.fixture(scope="module")
def long_db(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Services, dict[str, LongRecords]]]:
    folder = tmp_path_factory.mktemp("long")
    database = open_database(resolve_location(str(folder / "long.sqlite3")))
    services = build_services(database, now=lambda: FIXED_NOW)
    records = {script: add_long_records(services, script) for script in ("en", "zh")}
    yield services, records
    database.close()


def _body(result: PackResult) -> list[str]:
    return body_texts(result.path, top=MARGIN_TOP, bottom=MARGIN_BOTTOM)


def _partner(services: Services, records: LongRecords, path: Path, language: str) -> PackResult:
    org = services.organisations.find(records.partner)
    return build_partner_pack(services, org.id, path, PackOptions(language=language))  # type: ignore[arg-type]


@pytest.mark.parametrize("script", ["en", "zh"])
def test_long_minutes_flow_across_pages_whole(
    long_db: tuple[Services, dict[Script, LongRecords]], tmp_path: Path, script: Script
) -> None:
    services, records = long_db
    long = records[script]
    result = _partner(services, long, tmp_path / "minutes.pdf", "en")
    pages = _body(result)
    for typed in (long.summary, long.outcome, long.task_notes, long.description,
                  long.contact_notes):  # fmt: skip
        assert len(pages_holding(typed, pages)) > 1


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("script", ["en", "zh"])
def test_partner_pack_takes_every_field_at_its_maximum(
    long_db: tuple[Services, dict[Script, LongRecords]],
    tmp_path: Path,
    script: Script,
    language: str,
) -> None:
    services, records = long_db
    long = records[script]
    pages = _body(_partner(services, long, tmp_path / "partner.pdf", language))
    for typed in (long.summary, long.outcome, long.description):
        assert len(pages_holding(typed, pages)) > 1
    assert squash(long.partner) in squash(" ".join(pages))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("script", ["en", "zh"])
def test_event_pack_takes_every_field_at_its_maximum(
    long_db: tuple[Services, dict[Script, LongRecords]],
    tmp_path: Path,
    script: Script,
    language: str,
) -> None:
    services, records = long_db
    long = records[script]
    event = services.events.find(long.event)
    options = PackOptions(language=language)  # type: ignore[arg-type]
    pages = _body(build_event_pack(services, event.id, tmp_path / "event.pdf", options))
    assert len(pages_holding(long.event_description, pages)) > 1
    assert len(pages_holding(long.key_terms, pages)) > 1
    assert squash(long.event) in squash(" ".join(pages))


@pytest.mark.parametrize("language", LANGUAGES)
def test_portfolio_takes_every_field_at_its_maximum(
    long_db: tuple[Services, dict[Script, LongRecords]], tmp_path: Path, language: str
) -> None:
    services, records = long_db
    options = PackOptions(language=language)  # type: ignore[arg-type]
    pages = _body(build_portfolio(services, tmp_path / "portfolio.pdf", options))
    for long in records.values():  # the overdue follow-ups of both partners
        assert len(pages_holding(long.task_notes, pages)) > 1
