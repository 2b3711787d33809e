"""One command per kind of record (``partners``, ``contacts``...), each with ``list``,
``add``, ``show``, ``edit`` and ``delete``."""

from __future__ import annotations

import argparse

from biosparc_desktop.cli import lists, records
from biosparc_desktop.cli.record_kinds import KINDS

_HELP = {
    "partners": "partner organisations",
    "contacts": "contacts at partners",
    "agreements": "agreements",
    "tasks": "follow-up tasks",
    "interactions": "meetings, calls, emails, visits, signings, conferences",
    "events": "signing ceremonies, conferences and visits",
}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for kind in KINDS.values():
        about = _HELP[kind.command]
        parser = commands.add_parser(kind.command, help=about, description=about.capitalize() + ".")
        sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        lists.add_list(kind.command, sub)
        records.add_commands(kind, sub)
