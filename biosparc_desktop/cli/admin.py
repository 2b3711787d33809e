"""``init``, ``demo`` and ``check``."""

from __future__ import annotations

import argparse

from biosparc_desktop.cli.runtime import Runtime
from biosparc_desktop.services.demo import load_demo
from biosparc_desktop.store.integrity import check_integrity


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
    report = check_integrity(rt.database.engine, full=rt.args.full)
    print(report.describe())
    return 0 if report.ok else 1
