"""What a CLI command gets: the parsed arguments and the services, opened on demand."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field

from biosparc_desktop.config import Location, resolve_location
from biosparc_desktop.services.registry import Services, build_services
from biosparc_desktop.store.database import Database, open_database
from biosparc_desktop.sync.identity import enrolled_staff_id


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
            staff = getattr(self.args, "as_staff", None)
            if staff:
                self._services.staff.use(staff)
            else:
                # A laptop on a team server writes as the person it was enrolled for.
                self._services.context.staff_id = enrolled_staff_id(self.database.session_factory)
        return self._services

    def close(self) -> None:
        if self._database is not None:
            self._database.close()


class UsageError(Exception):
    """A mistake on the command line: printed as one line, exit code 2."""
