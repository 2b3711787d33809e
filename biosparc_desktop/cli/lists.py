"""The ``list`` command of each kind: ``partners``, ``contacts``, ``agreements``, ``tasks``,
``interactions`` and ``events``."""

from __future__ import annotations

import argparse
from typing import Any

from biosparc_desktop.cli.output import print_json, print_table
from biosparc_desktop.cli.runtime import Runtime
from biosparc_desktop.domain.enums import AgreementStatus
from biosparc_desktop.domain.rules.money import format_amount
from biosparc_desktop.services.agreements import AgreementQuery
from biosparc_desktop.services.contacts import ContactQuery
from biosparc_desktop.services.organisations import OrganisationQuery
from biosparc_desktop.services.tasks import TaskQuery

LIMIT = 100_000


def add_list(command: str, sub: argparse._SubParsersAction[Any]) -> None:
    """The ``list`` command of one kind of record (``partners``, ``contacts``...)."""
    _LISTS[command](sub)


def _partners_list(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("list", help="list partners")
    p.add_argument("--search", default="", help="text in the English, Chinese or short name")
    p.add_argument("--json", action="store_true", help="print one JSON array")
    p.set_defaults(func=_partners)


def _contacts_list(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("list", help="list contacts")
    p.add_argument("--search", default="", help="part of a name (either script), pinyin or email")
    p.add_argument("--json", action="store_true", help="print one JSON array")
    p.set_defaults(func=_contacts)


def _agreements_list(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("list", help="list agreements")
    p.add_argument("--status", choices=[s.value for s in AgreementStatus])
    p.add_argument("--expiring-within", type=_days, metavar="DAYS")
    p.add_argument("--json", action="store_true", help="print one JSON array")
    p.set_defaults(func=_agreements)


def _tasks_list(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("list", help="list open follow-ups")
    p.add_argument("--overdue", action="store_true", help="only those past their due date")
    p.add_argument("--json", action="store_true", help="print one JSON array")
    p.set_defaults(func=_tasks)


def _interactions_list(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("list", help="list interactions, newest first")
    p.add_argument("--partner", metavar="ID", help="only those with this partner (its id)")
    p.add_argument("--contact", metavar="ID", help="only those with this contact (its id)")
    p.add_argument("--json", action="store_true", help="print one JSON array")
    p.set_defaults(func=_interactions)


def _events_list(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("list", help="list events by date")
    p.add_argument("--search", default="", help="text in the name or venue")
    p.add_argument("--upcoming", action="store_true", help="only today's and later events")
    p.add_argument("--json", action="store_true", help="print one JSON array")
    p.set_defaults(func=_events)


_LISTS = {
    "partners": _partners_list,
    "contacts": _contacts_list,
    "agreements": _agreements_list,
    "tasks": _tasks_list,
    "interactions": _interactions_list,
    "events": _events_list,
}


def _days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a number of days") from None
    if not 0 <= days <= 36500:
        raise argparse.ArgumentTypeError("the number of days must be between 0 and 36500")
    return days


def _partners(rt: Runtime) -> int:
    rows = rt.services.organisations.rows(OrganisationQuery(search=rt.args.search), limit=LIMIT)
    if rt.args.json:
        print_json(rows)
    else:
        print_table(
            rows,
            [
                ("Name", 44, lambda r: r.name),
                ("Chinese", 18, lambda r: r.name_zh),
                ("Short", 10, lambda r: r.short_name),
                ("Stage", 12, lambda r: r.stage.label),
                ("Country", 7, lambda r: r.country),
                ("Owner", 14, lambda r: r.owner),
            ],
        )
    return 0


def _contacts(rt: Runtime) -> int:
    rows = rt.services.contacts.rows(ContactQuery(search=rt.args.search), limit=LIMIT)
    if rt.args.json:
        print_json(rows)
    else:
        print_table(
            rows,
            [
                ("Name", 30, lambda r: r.display_name),
                ("Title", 30, lambda r: r.title),
                ("Organisation", 30, lambda r: r.organisation),
                ("Email", 30, lambda r: r.emails[0] if r.emails else ""),
            ],
        )
    return 0


def _agreements(rt: Runtime) -> int:
    status = AgreementStatus(rt.args.status) if rt.args.status else None
    query = AgreementQuery(
        status=status, expiring_within_days=rt.args.expiring_within, sort="expires_on"
    )
    rows = rt.services.agreements.rows(query, limit=LIMIT)
    if rt.args.json:
        print_json(rows)
    else:
        print_table(
            rows,
            [
                ("Title", 50, lambda r: r.title),
                ("Status", 18, lambda r: r.status.label),
                ("Signed", 10, lambda r: r.signed_on),
                ("Expires", 10, lambda r: r.expires_on),
                ("Value", 18, lambda r: format_amount(r.value, r.currency)),
            ],
        )
    return 0


def _tasks(rt: Runtime) -> int:
    rows = rt.services.tasks.rows(TaskQuery(overdue=rt.args.overdue), limit=LIMIT)
    if rt.args.json:
        print_json(rows)
    else:
        today = rt.services.context.today()
        print_table(
            rows,
            [
                ("Due", 10, lambda r: r.due_on),
                ("", 7, lambda r: "OVERDUE" if r.is_overdue(today) else ""),
                ("Title", 50, lambda r: r.title),
                ("About", 30, lambda r: r.about),
                ("Assignee", 14, lambda r: r.assignee),
            ],
        )
    return 0


def _interactions(rt: Runtime) -> int:
    rows = rt.services.interactions.rows(
        organisation_id=rt.args.partner, contact_id=rt.args.contact, limit=LIMIT
    )
    if rt.args.json:
        print_json(rows)
    else:
        print_table(
            rows,
            [
                ("When", 16, lambda r: f"{r.occurred_at:%Y-%m-%d %H:%M}"),
                ("Kind", 10, lambda r: r.kind.label),
                ("Summary", 50, lambda r: " ".join(r.summary.split())),
                ("With", 40, lambda r: ", ".join((*r.organisations, *r.contacts))),
            ],
        )
    return 0


def _events(rt: Runtime) -> int:
    rows = rt.services.events.rows(
        search=rt.args.search, upcoming_only=rt.args.upcoming, limit=LIMIT
    )
    if rt.args.json:
        print_json(rows)
    else:
        print_table(
            rows,
            [
                ("Date", 10, lambda r: r.held_on),
                ("Name", 40, lambda r: r.name),
                ("Kind", 16, lambda r: r.kind.label),
                ("Venue", 30, lambda r: r.venue),
                ("Partners", 40, lambda r: ", ".join(r.organisations)),
            ],
        )
    return 0
