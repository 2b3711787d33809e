"""Every font a pack uses is embedded, so it prints the same on any machine."""

from __future__ import annotations

from pathlib import Path

import pytest

from biosparc_desktop.reports import (
    PackOptions,
    PackResult,
    build_event_pack,
    build_partner_pack,
    build_portfolio,
)
from biosparc_desktop.reports.fonts import CID_FALLBACK
from biosparc_desktop.services.registry import Services
from tests.reports.pdfcheck import unembedded_fonts


def _build(services: Services, kind: str, path: Path, language: str) -> PackResult:
    options = PackOptions(language=language)  # type: ignore[arg-type]
    if kind == "partner":
        org = services.organisations.find("NCCS")
        return build_partner_pack(services, org.id, path, options)
    if kind == "event":
        event = services.events.find("Strategic cooperation signing ceremony")
        return build_event_pack(services, event.id, path, options)
    return build_portfolio(services, path, options)  # it has the charts


@pytest.mark.parametrize("language", ["en", "zh", "both"])
@pytest.mark.parametrize("kind", ["partner", "event", "portfolio"])
def test_every_font_is_embedded(
    pack_services: Services, tmp_path: Path, kind: str, language: str
) -> None:
    result = _build(pack_services, kind, tmp_path / "pack.pdf", language)
    missing = unembedded_fonts(result.path)
    if not result.cjk_embedded:
        # Without any CJK TrueType font on the machine, Chinese falls back to the
        # viewer's built-in CID font, which cannot be embedded; nothing else may be missing.
        missing = [name for name in missing if CID_FALLBACK not in name]
    assert missing == []
