"""PDF briefing packs (reportlab, no Qt): partner, signing event, portfolio.

Each builder gathers plain data from the services, lays it out and writes the
PDF atomically; ``progress`` gets (done, total, message) and may raise to cancel.
"""

from biosparc_desktop.reports.event_pack import build_event_pack
from biosparc_desktop.reports.labels import LANGUAGES, Language
from biosparc_desktop.reports.options import (
    PAPERS,
    SECTIONS,
    PackKind,
    PackOptions,
    PackResult,
    Paper,
    ProgressCallback,
    parse_sections,
)
from biosparc_desktop.reports.partner_pack import build_partner_pack
from biosparc_desktop.reports.portfolio import build_portfolio

__all__ = [
    "LANGUAGES",
    "PAPERS",
    "SECTIONS",
    "Language",
    "PackKind",
    "PackOptions",
    "PackResult",
    "Paper",
    "ProgressCallback",
    "build_event_pack",
    "build_partner_pack",
    "build_portfolio",
    "parse_sections",
]
