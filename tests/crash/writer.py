"""The child of the crash test: writes records through the services until it is killed.

Run as ``python -m tests.crash.writer DB FIRST COUNT``. After each service call
returns (its transaction committed) it prints one line and flushes, so every
line the parent reads is a promise that the change is on disk:

``org ID NAME``      a partner created (or renamed, the NAME is its current name)
``contact ID ORG``   a contact created in one action with 2 emails, 1 phone and a tag
"""

from __future__ import annotations

import sys

from biosparc_desktop.config import resolve_location
from biosparc_desktop.services.contacts import ContactDraft
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import build_services
from biosparc_desktop.store.database import open_database


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(path: str, first: int, count: int) -> None:
    services = build_services(open_database(resolve_location(path)))
    say("ready")
    org = None
    for n in range(first, first + count):
        if org is None or n % 10 == 0:
            org = services.organisations.create(OrganisationDraft(name=f"Partner {n}"))
            say(f"org {org.id} {org.name}")
        elif n % 10 == 5:
            org = services.organisations.update(
                org.id, OrganisationDraft(name=f"Partner {n} renamed", country="SG")
            )
            say(f"org {org.id} {org.name}")
        contact = services.contacts.create(
            ContactDraft(
                given_name=f"Person {n}",
                family_name="Crash",
                name_zh="测试",
                organisation_id=org.id,
                emails=(f"p{n}@one.example", f"p{n}@two.example"),
                phones=("+65 6123 4567",),
                tags=("crash-test",),
                notes="Written by the crash test. " * 20,
            )
        )
        say(f"contact {contact.id} {org.id}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
