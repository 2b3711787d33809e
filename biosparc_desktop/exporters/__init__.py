"""Data out of Biosparc Desktop: vCard, CSV, iCalendar and the full archive.

Each function writes one file atomically (whole or not at all) and returns an
:class:`ExportResult`; the archive also reads back (:func:`import_archive`). No Qt
here: the CLI and the app's export dialog call the same functions.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from biosparc_desktop.exporters.archive import (
    ArchiveError,
    ArchiveImport,
    export_archive,
    import_archive,
    read_archive,
)
from biosparc_desktop.exporters.csv_export import (
    export_agreements_csv,
    export_contacts_csv,
    export_organisations_csv,
    export_tasks_csv,
)
from biosparc_desktop.exporters.files import ExportResult
from biosparc_desktop.exporters.ical import write_calendar
from biosparc_desktop.exporters.vcard import write_vcards
from biosparc_desktop.services.registry import Services

CONTACT_FORMATS = ("vcard", "csv")


def export_contacts(
    services: Services, path: Path, *, format: str, ids: Sequence[str] | None = None
) -> ExportResult:
    """Live contacts (only ``ids`` when given) as vCard 3.0 or CSV."""
    if format not in CONTACT_FORMATS:
        raise ValueError(f"unknown contact export format {format!r}")
    cards = services.export_data.contact_cards(ids)
    if format == "vcard":
        return write_vcards(cards, path)
    return export_contacts_csv(cards, path)


def export_calendar(services: Services, path: Path) -> ExportResult:
    """Follow-ups, agreement dates, obligations and events as one .ics file."""
    return write_calendar(services.export_data.dated_items(), path, now=services.context.now())


__all__ = [
    "CONTACT_FORMATS",
    "ArchiveError",
    "ArchiveImport",
    "ExportResult",
    "export_agreements_csv",
    "export_archive",
    "export_calendar",
    "export_contacts",
    "export_organisations_csv",
    "export_tasks_csv",
    "import_archive",
    "read_archive",
]
