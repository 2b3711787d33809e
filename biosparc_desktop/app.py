"""Start-up: settings, database, services and the main window, wired in one place."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from biosparc_desktop import __version__
from biosparc_desktop.config import resolve_location
from biosparc_desktop.display_check import display_problem
from biosparc_desktop.errors import StorageError

VIEWS = ("today", "partners", "contacts", "agreements", "tasks", "events", "trash")
log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="biosparc-desktop",
        description="Biosparc Desktop: partners, agreements and follow-ups.",
    )
    parser.add_argument("--version", action="version", version=f"biosparc-desktop {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="database file (a path or a sqlite:///PATH URL)"
    )
    parser.add_argument(
        "--screenshot", metavar="OUT.png", type=Path, help="render a view to a PNG and exit"
    )
    parser.add_argument(
        "--view", choices=VIEWS, help="view to show (default: the last one used, or today)"
    )
    parser.add_argument("--size", default="1280x800", help="window size for --screenshot (WxH)")
    parser.add_argument(
        "--no-demo", action="store_true", help="do not load demo data into an empty database"
    )
    parser.add_argument(
        "--lang",
        choices=("system", "en", "zh_CN"),
        help="interface language for this run (default: the one chosen in Settings)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Start-up creates tens of thousands of objects that live as long as the app; the
    # cyclic collector would walk them again and again while modules load (a tenth of
    # the import time). The launcher collects once and turns it back on (see start()).
    gc.disable()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        location = resolve_location(args.db)
    except StorageError as exc:  # a URL that is not a SQLite file: one line, no traceback
        parser.exit(2, f"{parser.prog}: {exc}\n")
    if args.screenshot is None and (problem := display_problem()):
        parser.exit(2, f"{parser.prog}: {problem}\n")
    if location.sqlite_path is not None:
        # The integrity check runs while Qt loads (see store/early_check.py).
        from biosparc_desktop.store.early_check import start_check

        start_check(location.sqlite_path)
    # Qt is imported only now: --version and --help stay instant and work without a display.
    from biosparc_desktop.ui.launcher import launch

    return launch(
        location=location,
        view=args.view,
        screenshot=args.screenshot,
        size=args.size,
        load_demo_data=not args.no_demo,
        language=args.lang,
    )


if __name__ == "__main__":
    sys.exit(main())
