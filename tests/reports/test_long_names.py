"""Long names: a readable timeline, cover text on its band, Chinese lines broken by the rules."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image

from biosparc_desktop.config import resolve_location
from biosparc_desktop.reports import PackOptions, PackResult, build_partner_pack
from biosparc_desktop.reports.cover import MIN_SUBTITLE, MIN_TITLE
from biosparc_desktop.reports.styles import ACCENT, MARGIN_BOTTOM
from biosparc_desktop.services.interactions import InteractionDraft
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import Services, build_services
from biosparc_desktop.store.database import open_database
from tests.conftest import FIXED_NOW
from tests.reports.longdata import name, text
from tests.reports.pdfcheck import page_texts, placed_text, rasterise, squash

NAME = name("en", 200, "Partner")
NAME_ZH = name("zh", 200, "伙伴")
# Chinese punctuation a line must not start with, and what it must not end with.
CLOSING_ZH = "）」』》〉】，。、；：！？"
OPENING_ZH = "（「『《〈【"


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    folder = tmp_path_factory.mktemp("names")
    database = open_database(resolve_location(str(folder / "names.sqlite3")))
    services = build_services(database, now=lambda: FIXED_NOW)
    org = services.organisations.create(
        OrganisationDraft(
            name=NAME,
            name_zh=NAME_ZH,
            short_name=name("en", 60, "Short"),
            city=name("en", 100, "City"),
            website="https://example.com/" + "partner/" * 40,
            description=text("zh", 3000),
        )
    )
    for number in range(12):  # a full timeline
        services.interactions.log(
            InteractionDraft(
                summary=text("zh" if number % 2 else "en", 300, f" ({number})"),
                occurred_at=datetime(2026, 11, 1, 9, 0) - timedelta(days=20 * number),
                organisation_ids=(org.id,),
            )
        )
    yield services
    database.close()


def _pack(services: Services, path: Path, language: str) -> PackResult:
    org = services.organisations.find(NAME)
    return build_partner_pack(services, org.id, path, PackOptions(language=language))  # type: ignore[arg-type]


def test_a_long_name_leaves_the_timeline_readable(services: Services, tmp_path: Path) -> None:
    result = _pack(services, tmp_path / "pack.pdf", "both")
    texts = page_texts(result.path)
    summary = squash(next(t for t in texts if "Summary" in t))
    assert squash(NAME) in summary and squash(NAME_ZH) in summary
    timeline = next(n for n, t in enumerate(texts) if "Relationshiptimeline" in squash(t))
    contacts = next(n for n, t in enumerate(texts) if "Keycontacts" in squash(t))
    for page in range(timeline, contacts + 1):
        smallest = min(piece.size for piece in placed_text(result.path, page))
        assert smallest >= 6.5, f"page {page + 1}: {smallest:.1f} pt"


def _band_bottom(png: Path, page_height: float) -> float:
    """Where the accent band ends, in PDF points from the page's foot (read off pixels)."""
    accent = tuple(round(255 * part) for part in ACCENT.rgb())
    with Image.open(png) as image:
        rgb = image.convert("RGB")
        rows = 0
        while rows < rgb.height and all(
            abs(a - b) < 24 for a, b in zip(rgb.getpixel((2, rows)), accent, strict=True)
        ):
            rows += 1
        return page_height * (1 - rows / rgb.height)


@pytest.mark.parametrize("language", ["zh", "en"])
def test_cover_names_stay_on_the_band(services: Services, tmp_path: Path, language: str) -> None:
    result = _pack(services, tmp_path / "pack.pdf", language)
    page_height = 842.0
    bottom = _band_bottom(rasterise(result.path, tmp_path / "png")[0], page_height)
    assert bottom < page_height * 0.6  # the band is there
    placed = placed_text(result.path, 0)
    on_band = [p for p in placed if p.y > bottom]
    shown = squash("".join(p.text for p in on_band))
    assert squash(NAME_ZH) in shown and squash(NAME) in shown
    assert max(p.size for p in on_band) >= MIN_TITLE
    # Below the band (above the footer) only the details, in their table sizes.
    below = [p for p in placed if MARGIN_BOTTOM < p.y <= bottom]
    assert [p.text for p in below if p.size >= MIN_SUBTITLE] == []


def test_chinese_lines_never_start_with_closing_punctuation(
    services: Services, tmp_path: Path
) -> None:
    result = _pack(services, tmp_path / "pack.pdf", "zh")
    lines = [line.strip() for page in page_texts(result.path) for line in page.splitlines()]
    lines = [line for line in lines if line]
    assert len(lines) > 100
    assert [line for line in lines if line[0] in CLOSING_ZH] == []
    assert [line for line in lines if line[-1] in OPENING_ZH] == []
