"""What a caller chooses for a pack, and what it gets back."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from biosparc_desktop.errors import ValidationError
from biosparc_desktop.reports.labels import LANGUAGES, Language

PackKind = Literal["partner", "event", "portfolio"]
Paper = Literal["a4", "letter"]
PAPERS: tuple[Paper, ...] = ("a4", "letter")

# (done, total, message); may raise to cancel the build (the UI's Progress.report does).
ProgressCallback = Callable[[int, int, str], None]

# The sections of each pack, in print order; the cover is always there.
SECTIONS: dict[PackKind, tuple[str, ...]] = {
    "partner": (
        "summary",
        "contacts",
        "agreements",
        "obligations",
        "followups",
        "interactions",
        "notes",
    ),
    "event": ("agenda", "attendees", "event_agreements", "profiles"),
    "portfolio": ("stages", "charts", "expiring", "overdue"),
}


@dataclass(frozen=True)
class PackOptions:
    paper: Paper = "a4"
    language: Language = "en"
    sections: frozenset[str] | None = None  # None: every section of the pack
    prepared_by: str | None = None  # None: the business development team
    recent_interactions: int = 10

    def wants(self, section: str) -> bool:
        return self.sections is None or section in self.sections


@dataclass(frozen=True)
class PackResult:
    path: Path
    pages: int
    fonts: str  # which CJK font the pack uses, for the log and the CLI
    cjk_embedded: bool  # False: Chinese uses the viewer's built-in STSong-Light


def parse_sections(kind: PackKind, names: Iterable[str]) -> frozenset[str]:
    """Section names typed by a user (``contacts,agreements``) checked against the pack."""
    wanted = {n.strip().lower() for n in names if n.strip()}
    unknown = sorted(wanted - set(SECTIONS[kind]))
    if unknown:
        raise ValidationError.of(
            "The {pack} pack has no section {unknown}; choose from {sections}.",
            field="sections",
            pack=kind,
            unknown=", ".join(unknown),
            sections=", ".join(SECTIONS[kind]),
        )
    if not wanted:
        raise ValidationError("Choose at least one section for the pack.", field="sections")
    return frozenset(wanted)


def check_options(kind: PackKind, options: PackOptions) -> None:
    if options.paper not in PAPERS:
        raise ValidationError.of(
            "“{value}” is not a paper size; use a4 or letter.", value=options.paper
        )
    if options.language not in LANGUAGES:
        raise ValidationError.of(
            "“{value}” is not a pack language; use en, zh or both.", value=options.language
        )
    if options.sections is not None:
        parse_sections(kind, options.sections)
    if not 0 <= options.recent_interactions <= 500:
        raise ValidationError("The number of recent interactions must be between 0 and 500.")
