"""What a CLI command gets: the parsed arguments and the services, opened on demand."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field

from biosparc_desktop.config import Location, resolve_location
from biosparc_desktop.services.registry import Services, build_services
from biosparc_desktop.store.database import Database, open_database


@dataclass
class Runtime:
    args: argparse.Namespace
    _database: Database | None = field(default=None, init=False)
    _services: Services | None = field(default=None, init=False)

    @property
    def location(self) -> Location:
        return resolve_location(self.args.db)

    @property
    def database(self) -> Database:
        if self._database is None:
            self._database = open_database(self.location)
        return self._database

    @property
    def services(self) -> Services:
        if self._services is None:
            self._services = build_services(self.database)
            self._services.context.on_write_wait = say_waiting
            staff = getattr(self.args, "as_staff", None)
            if staff:
                self._services.staff.use(staff)
        return self._services

    def close(self) -> None:
        if self._database is not None:
            self._database.close()


def say_waiting() -> None:
    """A write that has to wait for another program says so, rather than seem to hang."""
    print("Waiting for another program to finish saving to the database…", file=sys.stderr)


class UsageError(Exception):
    """A mistake on the command line: printed as one line, exit code 2."""
