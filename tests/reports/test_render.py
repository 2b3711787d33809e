"""Every pack rasterises with pdftoppm, page for page, and the pages are not blank."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from biosparc_desktop.reports import (
    PackOptions,
    PackResult,
    build_event_pack,
    build_partner_pack,
    build_portfolio,
)
from biosparc_desktop.services.registry import Services
from tests.reports.pdfcheck import rasterise


def _build(services: Services, kind: str, path: Path) -> PackResult:
    options = PackOptions(language="both")
    if kind == "partner":
        org = services.organisations.find("Mirxes")
        return build_partner_pack(services, org.id, path, options)
    if kind == "event":
        event = services.events.find("Strategic cooperation signing ceremony")
        return build_event_pack(services, event.id, path, options)
    return build_portfolio(services, path, options)


@pytest.mark.parametrize("kind", ["partner", "event", "portfolio"])
def test_pages_rasterise(pack_services: Services, tmp_path: Path, kind: str) -> None:
    result = _build(pack_services, kind, tmp_path / f"{kind}.pdf")
    images = rasterise(result.path, tmp_path / "png")
    assert len(images) == result.pages
    for image_path in images:
        with Image.open(image_path) as image:
            darkest, lightest = image.convert("L").getextrema()
        assert darkest < 128 < lightest, f"{image_path.name} looks blank"
