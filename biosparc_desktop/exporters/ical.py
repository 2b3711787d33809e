"""Dated work as an iCalendar file for Outlook, Google Calendar and Apple Calendar.

Follow-up due dates, agreement expiry and renewal-notice dates, obligation due
dates and events become all-day entries. Each has a UID made from its record's
public id and a SEQUENCE that grows with the record's last change, so importing a
newer export updates the entries instead of adding copies.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import icalendar

from biosparc_desktop.exporters.files import ExportResult, atomic_file
from biosparc_desktop.services.export_data import DatedItem

PRODID = "-//Biosparc//Biosparc Desktop//EN"
UID_DOMAIN = "biosparc-desktop"
_SEQUENCE_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)
_CATEGORIES = {
    "task": "Follow-up",
    "expiry": "Agreement expiry",
    "renewal_notice": "Renewal notice",
    "obligation": "Obligation",
    "event": "Event",
}


def write_calendar(items: Iterable[DatedItem], path: Path, *, now: datetime) -> ExportResult:
    calendar = build_calendar(items, now=now)
    count = len(calendar.walk("VEVENT"))
    with atomic_file(path, "wb") as handle:
        handle.write(calendar.to_ical())
    return ExportResult(path, count, "calendar entry" if count == 1 else "calendar entries")


def build_calendar(items: Iterable[DatedItem], *, now: datetime) -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "Biosparc Desktop")
    stamp = now.astimezone(UTC)
    for item in items:
        entry = icalendar.Event()
        entry.add("uid", f"{item.uid}@{UID_DOMAIN}")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", item.on)
        entry.add("dtend", item.on + timedelta(days=1))
        entry.add("summary", item.summary)
        if item.description:
            entry.add("description", item.description)
        if item.location:
            entry.add("location", item.location)
        entry.add("categories", [_CATEGORIES[item.kind]])
        entry.add("sequence", sequence(item.updated_at))
        entry.add("last-modified", item.updated_at.astimezone(UTC))
        entry.add("transp", "TRANSPARENT")  # a reminder, not time the user is busy
        entry.add("status", "CONFIRMED")
        calendar.add_component(entry)
    return calendar


def sequence(updated_at: datetime) -> int:
    """Seconds since 2024 at the record's last change: larger after every edit."""
    return max(0, int((updated_at - _SEQUENCE_EPOCH).total_seconds()))
