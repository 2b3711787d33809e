"""Contacts, organisations, agreements and follow-ups as CSV files Excel opens cleanly.

UTF-8 with a byte-order mark (without it Excel reads Chinese as gibberish), CRLF
line breaks, one header row, dates as YYYY-MM-DD, phones in international format
("+65 6123 4567", which Excel keeps as text). The contact columns are ones the
importer recognises, so an exported file imports again unchanged.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from biosparc_desktop.domain.rules.codes import country_name
from biosparc_desktop.domain.rules.contact_details import display_phone
from biosparc_desktop.exporters.files import ExportResult, atomic_file
from biosparc_desktop.services.agreements import AgreementQuery, AgreementRow
from biosparc_desktop.services.export_data import ContactCard
from biosparc_desktop.services.organisations import OrganisationQuery, OrganisationRow
from biosparc_desktop.services.registry import Services
from biosparc_desktop.services.tasks import TaskQuery, TaskRow

R = TypeVar("R")
Column = tuple[str, Callable[[Any], object]]
_PAGE = 5000


def _iso(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def _label(value: Any) -> str:
    return "" if value is None else str(value.label)


CONTACT_COLUMNS: tuple[Column, ...] = (
    ("Name", lambda c: c.display_name),
    ("Given Name", lambda c: c.given_name),
    ("Family Name", lambda c: c.family_name),
    ("Chinese Name", lambda c: c.name_zh),
    ("Title", lambda c: c.title),
    ("Organisation", lambda c: c.organisation),
    ("Email", lambda c: "; ".join(c.emails)),
    ("Phone", lambda c: "; ".join(display_phone(p) for p in c.phones)),
    ("Tags", lambda c: ", ".join(c.tags)),
    ("Notes", lambda c: c.notes),
    ("Language", lambda c: _label(c.preferred_language)),
    ("Updated", lambda c: _iso(c.updated_at)),
    ("ID", lambda c: c.id),
)
ORGANISATION_COLUMNS: tuple[Column, ...] = (
    ("Name", lambda o: o.name),
    ("Chinese Name", lambda o: o.name_zh),
    ("Short Name", lambda o: o.short_name),
    ("Kind", lambda o: _label(o.kind)),
    ("Stage", lambda o: _label(o.stage)),
    ("Country", lambda o: country_name(o.country)),
    ("City", lambda o: o.city),
    ("Website", lambda o: o.website),
    ("Owner", lambda o: o.owner),
    ("Part Of", lambda o: o.parent),
    ("Tags", lambda o: ", ".join(o.tags)),
    ("Description", lambda o: o.description),
    ("Updated", lambda o: _iso(o.updated_at)),
    ("ID", lambda o: o.id),
)
AGREEMENT_COLUMNS: tuple[Column, ...] = (
    ("Title", lambda a: a.title),
    ("Kind", lambda a: _label(a.kind)),
    ("Status", lambda a: _label(a.status)),
    ("Parties", lambda a: "; ".join(p.name for p in a.parties)),
    ("Signed", lambda a: _iso(a.signed_on)),
    ("Effective", lambda a: _iso(a.effective_on)),
    ("Expires", lambda a: _iso(a.expires_on)),
    ("Renewal Notice (days)", lambda a: a.renewal_notice_days),
    ("Renewal Notice Due", lambda a: _iso(a.renewal_notice_on)),
    ("Value", lambda a: "" if a.value is None else f"{a.value:f}"),
    ("Currency", lambda a: a.currency),
    ("Owner", lambda a: a.owner),
    ("Key Terms", lambda a: a.key_terms),
    ("Updated", lambda a: _iso(a.updated_at)),
    ("ID", lambda a: a.id),
)
TASK_COLUMNS: tuple[Column, ...] = (
    ("Title", lambda t: t.title),
    ("Due", lambda t: _iso(t.due_on)),
    ("Priority", lambda t: _label(t.priority)),
    ("Status", lambda t: _label(t.status)),
    ("Assignee", lambda t: t.assignee),
    ("Organisation", lambda t: t.organisation),
    ("Contact", lambda t: t.contact),
    ("Agreement", lambda t: t.agreement),
    ("Event", lambda t: t.event),
    ("Notes", lambda t: t.notes),
    ("Completed", lambda t: _iso(t.completed_at)),
    ("Updated", lambda t: _iso(t.updated_at)),
    ("ID", lambda t: t.id),
)
# Free text a spreadsheet could take for a formula ("=HYPERLINK(...)"): quoted with
# a leading apostrophe. Phones and dates are ours and never need it.
_SAFE_COLUMNS = frozenset({"Phone", "Updated", "Signed", "Effective", "Expires", "Due", "ID"})


def write_csv(rows: Iterable[R], columns: Sequence[Column], path: Path, what: str) -> ExportResult:
    count = 0
    with atomic_file(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([name for name, _ in columns])
        guarded = [name not in _SAFE_COLUMNS for name, _ in columns]
        for row in rows:
            values = (get(row) for _, get in columns)
            writer.writerow(
                [_cell(value, guard) for value, guard in zip(values, guarded, strict=True)]
            )
            count += 1
    return ExportResult(path, count, what)


def _cell(value: object, guard: bool) -> str:
    text = "" if value is None else str(value)
    if guard and text and (text[0] in "=@" or (text[0] in "+-" and text[1:2] not in ("", " "))):
        return "'" + text
    return text


def export_contacts_csv(cards: Iterable[ContactCard], path: Path) -> ExportResult:
    return write_csv(cards, CONTACT_COLUMNS, path, "contacts")


def export_organisations_csv(services: Services, path: Path) -> ExportResult:
    service = services.organisations
    rows: Iterable[OrganisationRow] = _pages(
        lambda offset: service.rows(OrganisationQuery(), limit=_PAGE, offset=offset)
    )
    return write_csv(rows, ORGANISATION_COLUMNS, path, "organisations")


def export_agreements_csv(services: Services, path: Path) -> ExportResult:
    service = services.agreements
    rows: Iterable[AgreementRow] = _pages(
        lambda offset: service.rows(AgreementQuery(), limit=_PAGE, offset=offset)
    )
    return write_csv(rows, AGREEMENT_COLUMNS, path, "agreements")


def export_tasks_csv(services: Services, path: Path) -> ExportResult:
    service = services.tasks
    rows: Iterable[TaskRow] = _pages(
        lambda offset: service.rows(TaskQuery(status=None), limit=_PAGE, offset=offset)
    )
    return write_csv(rows, TASK_COLUMNS, path, "follow-ups")


def _pages(fetch: Callable[[int], list[R]]) -> Iterable[R]:
    offset = 0
    while True:
        page = fetch(offset)
        yield from page
        if len(page) < _PAGE:
            return
        offset += len(page)
