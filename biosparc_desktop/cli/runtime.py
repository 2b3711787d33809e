"""What a CLI command gets: the parsed arguments and the services, opened on demand."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field

from biosparc_desktop.config import Location, resolve_location
from biosparc_desktop.services.registry import Services, build_services
from biosparc_desktop.store.database import Database, missing_database, open_database
from biosparc_desktop.sync.identity import enrolled_staff_id

# The commands that may make a new database; any other refuses a missing file
# (a mistyped --db) instead of showing an empty database as if the data were gone.
CREATING_COMMANDS = frozenset({"init", "demo", "import", "restore"})


@dataclass
class Runtime:
    args: argparse.Namespace
    _database: Database | None = field(default=None, init=False)
    _services: Services | None = field(default=None, init=False)

    @property
    def location(self) -> Location:
        """Where the database is; a missing file is refused here unless the command creates one."""
        location = resolve_location(self.args.db)
        path = location.sqlite_path
        if path is not None and not self.creates and not path.exists():
            raise missing_database(path)
        return location

    @property
    def creates(self) -> bool:
        command = getattr(self.args, "command", None)
        if command == "sync":  # a new laptop joins with an empty database
            return getattr(self.args, "sync_command", None) == "join"
        return command in CREATING_COMMANDS

    @property
    def database(self) -> Database:
        if self._database is None:
            # Reads work on a file that cannot be written; a write then says so.
            self._database = open_database(self.location, create=self.creates, read_only_ok=True)
        return self._database

    @property
    def services(self) -> Services:
        if self._services is None:
            self._services = build_services(self.database)
            self._services.context.on_write_wait = say_waiting
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


def say_waiting() -> None:
    """A write that has to wait for another program says so, rather than seem to hang."""
    print("Waiting for another program to finish saving to the database…", file=sys.stderr)


class UsageError(Exception):
    """A mistake on the command line: printed as one line, exit code 2."""
