"""Entry point of the ``biosparc`` command."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from biosparc_desktop import __version__
from biosparc_desktop.cli import admin, brief, data_io, kinds, safety, sync
from biosparc_desktop.cli.runtime import Runtime, UsageError
from biosparc_desktop.errors import BiosparcError

# Each module adds its commands; a new feature adds its module here.
COMMAND_MODULES = (admin, kinds, safety, brief, data_io, sync)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One clear line and exit code 2, like every other user error.
        self.exit(2, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="biosparc",
        description="Biosparc Desktop from the command line: partners, contacts, agreements.",
    )
    parser.add_argument("--version", action="version", version=f"biosparc {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="database file, a path or a sqlite:///PATH URL (default: BIOSPARC_DB or the data folder)",
    )
    parser.add_argument(
        "--as", dest="as_staff", metavar="NAME", help="record changes as this staff member"
    )
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=_Parser
    )
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    _utf8_output()
    args = build_parser().parse_args(argv)
    runtime = Runtime(args)
    try:
        return int(args.func(runtime))
    except (BiosparcError, UsageError) as exc:
        print(f"biosparc: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("biosparc: interrupted; nothing more was written.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    finally:
        runtime.close()


def _utf8_output() -> None:
    # Windows consoles default to a legacy code page that cannot print Chinese names.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


if __name__ == "__main__":
    sys.exit(main())
