"""``init``, ``demo`` and ``check``."""

from __future__ import annotations

import argparse

from biosparc_desktop.cli.runtime import Runtime
from biosparc_desktop.services.demo import load_demo
from biosparc_desktop.store.backups import last_backup_at
from biosparc_desktop.store.integrity import check_file, check_integrity
from biosparc_desktop.store.locations import storage_warning
from biosparc_desktop.store.restore import newest_good_backup


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    commands.add_parser("init", help="create or migrate the database").set_defaults(func=_init)
    commands.add_parser("demo", help="load the demo data into an empty database").set_defaults(
        func=_demo
    )
    check = commands.add_parser("check", help="integrity and foreign-key check")
    check.add_argument("--full", action="store_true", help="the slower, complete integrity check")
    check.set_defaults(func=_check)


def _init(rt: Runtime) -> int:
    database = rt.database
    print(f"Database ready: {database.location.sqlite_path or database.location.url}")
    return 0


def _demo(rt: Runtime) -> int:
    if load_demo(rt.services):
        print(
            "Demo data loaded: 8 organisations, the 20 November 2025 signing ceremony and its agreements."
        )
    else:
        print("The database already has data; the demo was not loaded again.")
    return 0


def _check(rt: Runtime) -> int:
    """The same checks as the app makes when it opens the database, read-only."""
    path = rt.location.sqlite_path
    if path is None:
        report = check_integrity(rt.database.engine, full=rt.args.full)
        print(report.describe())
        return 0 if report.ok else 1
    report = check_file(path, full=rt.args.full)
    print(report.describe())
    backups_dir = rt.location.data_dir / "backups"
    # One piece of advice: a damaged file is restored from a backup (or kept for help),
    # never backed up again, which would only copy the damage.
    if report.ok:
        last = last_backup_at(backups_dir)
        print(
            f"Last backup: {last.astimezone():%Y-%m-%d %H:%M}."
            if last
            else "There are no backups yet; run “biosparc backup”."
        )
    else:
        good = newest_good_backup(backups_dir)
        if good is None:
            print("There is no good backup to restore; keep a copy of the file and ask for help.")
        else:
            print(
                f"The newest good backup is from {good.created_at.astimezone():%Y-%m-%d %H:%M} "
                f"({good.counts.summary() if good.counts else ''}). Restore it with:\n"
                f'  biosparc restore "{good.path}"'
            )
    warning = storage_warning(path)
    if warning:
        print(f"Warning: {warning}")
    return 0 if report.ok else 1
