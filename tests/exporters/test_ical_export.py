"""The calendar export, read back with icalendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar

from biosparc_desktop.exporters import export_calendar
from biosparc_desktop.exporters.ical import sequence
from biosparc_desktop.services.agreements import AgreementQuery
from biosparc_desktop.services.registry import Services
from biosparc_desktop.services.tasks import TaskDraft, TaskQuery


def _entries(path: Path) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    assert str(calendar["VERSION"]) == "2.0" and "Biosparc" in str(calendar["PRODID"])
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_every_dated_item_becomes_an_all_day_entry(demo: Services, tmp_path: Path) -> None:
    path = tmp_path / "biosparc.ics"
    result = export_calendar(demo, path)
    entries = _entries(path)
    assert result.count == len(entries)
    for entry in entries.values():
        start, end = entry.decoded("DTSTART"), entry.decoded("DTEND")
        assert type(start) is date and end == start + timedelta(days=1)
        assert str(entry["UID"]).endswith("@biosparc-desktop")
    open_tasks = [t for t in demo.tasks.rows(TaskQuery()) if t.due_on]
    for task in open_tasks:
        entry = entries[f"task-{task.id}@biosparc-desktop"]
        assert entry.decoded("DTSTART") == task.due_on
        assert str(entry["SUMMARY"]) == f"Follow-up: {task.title}"
        assert int(entry["SEQUENCE"]) == sequence(task.updated_at)
    signed = next(
        a for a in demo.agreements.rows(AgreementQuery()) if a.title.endswith("Singapore")
    )
    expiry = entries[f"agreement-expiry-{signed.id}@biosparc-desktop"]
    notice = entries[f"agreement-notice-{signed.id}@biosparc-desktop"]
    assert expiry.decoded("DTSTART") == date(2028, 11, 19)
    assert notice.decoded("DTSTART") == date(2028, 8, 21)
    assert str(notice["SUMMARY"]) == f"Renewal notice due: {signed.title}"
    assert "90 days' notice" in str(notice["DESCRIPTION"])
    kinds = {str(e["CATEGORIES"].cats[0]) for e in entries.values()}
    assert kinds == {"Follow-up", "Agreement expiry", "Renewal notice", "Obligation", "Event"}
    ceremony = next(e for e in entries.values() if "ceremony" in str(e["SUMMARY"]))
    assert str(ceremony["LOCATION"]) == "Biosparc, Suzhou Industrial Park"


def test_a_second_export_keeps_the_uids(demo: Services, tmp_path: Path) -> None:
    first = _entries(export_calendar(demo, tmp_path / "1.ics").path)
    task = demo.tasks.create(TaskDraft(title="Call Mirxes", due_on="2026-12-03"))
    done = demo.tasks.rows(TaskQuery())[0]
    demo.tasks.complete(done.id)
    gone = demo.tasks.rows(TaskQuery())[0]
    demo.tasks.delete(gone.id)
    second = _entries(export_calendar(demo, tmp_path / "2.ics").path)
    assert set(second) == set(first) - {f"task-{gone.id}@biosparc-desktop"} | {
        f"task-{task.id}@biosparc-desktop"
    }
    finished = second[f"task-{done.id}@biosparc-desktop"]
    assert str(finished["SUMMARY"]) == f"Done: {done.title}"
    before = int(first[f"task-{done.id}@biosparc-desktop"]["SEQUENCE"])
    assert int(finished["SEQUENCE"]) >= before


def test_sequence_grows_with_each_change() -> None:
    moment = datetime(2026, 11, 27, 1, 0, tzinfo=UTC)
    assert sequence(moment + timedelta(seconds=1)) > sequence(moment) > 0
    assert sequence(datetime(2020, 1, 1, tzinfo=UTC)) == 0
    assert sequence(datetime(2090, 1, 1, tzinfo=UTC)) < 2**31  # iCalendar's INTEGER
