"""``partners list``, ``contacts list``, ``agreements list``, ``tasks list``."""

from __future__ import annotations

import argparse

from biosparc_desktop.cli.output import print_json, print_table
from biosparc_desktop.cli.runtime import Runtime, UsageError
from biosparc_desktop.domain.enums import AgreementStatus
from biosparc_desktop.domain.rules.money import format_amount
from biosparc_desktop.services.agreements import AgreementQuery
from biosparc_desktop.services.contacts import ContactQuery
from biosparc_desktop.services.organisations import OrganisationQuery
from biosparc_desktop.services.tasks import TaskQuery

LIMIT = 100_000


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    partners = commands.add_parser("partners", help="partner organisations")
    sub = partners.add_subparsers(dest="action", required=True)
    p = sub.add_parser("list", help="list partners")
    p.add_argument("--search", default="", help="text in the English, Chinese or short name")
    p.add_argument("--json", action="store_true", help="print one JSON array")
    p.set_defaults(func=_partners)

    contacts = commands.add_parser("contacts", help="contacts at partners")
    sub = contacts.add_subparsers(dest="action", required=True)
    p = sub.add_parser("list", help="list contacts")
    p.add_argument("--search", default="", help="part of a name (either script), pinyin or email")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_contacts)

    agreements = commands.add_parser("agreements", help="agreements")
    sub = agreements.add_subparsers(dest="action", required=True)
    p = sub.add_parser("list", help="list agreements")
    p.add_argument("--status", choices=[s.value for s in AgreementStatus])
    p.add_argument("--expiring-within", type=_days, metavar="DAYS")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_agreements)

    tasks = commands.add_parser("tasks", help="follow-up tasks")
    sub = tasks.add_subparsers(dest="action", required=True)
    p = sub.add_parser("list", help="list open follow-ups")
    p.add_argument("--overdue", action="store_true", help="only those past their due date")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_tasks)


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


__all__ = ["UsageError", "register"]
