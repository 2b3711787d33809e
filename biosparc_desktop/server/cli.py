"""The ``biosparc-server`` command: set up the database, add people, serve, manage devices.

biosparc-server --db URL init
biosparc-server --db URL add-user "NAME" [--email E]   (the code is stdout's last line)
biosparc-server --db URL serve [--host H] [--port P] [--cert F --key F]
biosparc-server --db URL devices [--json]
biosparc-server --db URL revoke DEVICE_ID
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import OperationalError

from biosparc_desktop import __version__
from biosparc_desktop.errors import BiosparcError

DB_ENV = "BIOSPARC_SERVER_DB"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="biosparc-server", description="The Biosparc Desktop team server.")
    parser.add_argument("--version", action="version", version=f"biosparc-server {__version__}")
    parser.add_argument(
        "--db", metavar="URL", default=os.environ.get(DB_ENV), help=f"PostgreSQL URL (or {DB_ENV})"
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    commands.add_parser("init", help="create or migrate the schema")
    add = commands.add_parser("add-user", help="add a person; prints a one-time enrolment code")
    add.add_argument("name")
    add.add_argument("--email")
    serve = commands.add_parser("serve", help="serve the sync API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--cert", type=Path, help="TLS certificate (PEM)")
    serve.add_argument("--key", type=Path, help="TLS private key (PEM)")
    devices = commands.add_parser("devices", help="list the joined laptops")
    devices.add_argument("--json", action="store_true")
    revoke = commands.add_parser("revoke", help="stop a laptop from syncing, at once")
    revoke.add_argument("device_id")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    if not args.db:
        print(f"biosparc-server: give the database with --db URL or {DB_ENV}.", file=sys.stderr)
        return 2
    try:
        return _run(args)
    except BiosparcError as exc:
        print(f"biosparc-server: {exc}", file=sys.stderr)
        return 2
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        print(f"biosparc-server: the database cannot be reached: {reason}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _run(args: argparse.Namespace) -> int:
    from biosparc_desktop.server import database, people

    now = datetime.now(UTC)
    if args.command == "init":
        engine = database.server_engine(args.db)
        revision = database.initialise(engine)
        print(f"The server database is ready (schema {revision}).")
        return 0
    factory = database.open_server(args.db)
    if args.command == "add-user":
        with factory() as session, session.begin():
            staff_id, code = people.add_person(session, args.name, args.email, now)
        print(f"Added {args.name} (staff id {staff_id}). One-time enrolment code, valid 7 days:")
        print(code)
        return 0
    if args.command == "devices":
        with factory() as session:
            rows = people.devices(session)
        if args.json:
            print(json.dumps([_device_json(r) for r in rows], ensure_ascii=False, indent=2))
        else:
            for r in rows:
                state = "revoked" if r.revoked_at else "active"
                seen = r.last_seen_at.isoformat(timespec="seconds") if r.last_seen_at else "never"
                print(f"{r.id}  {r.person}  {r.name}  last seen {seen}  {state}")
            print(f"({len(rows)} devices)")
        return 0
    if args.command == "revoke":
        with factory() as session, session.begin():
            row = people.revoke(session, args.device_id, now)
        print(f"Revoked {row.name} ({row.person}); it can no longer sync.")
        return 0
    return _serve(args, factory)


def _serve(args: argparse.Namespace, factory: object) -> int:
    import uvicorn

    from biosparc_desktop.server.app import create_app

    if (args.cert is None) != (args.key is None):
        print("biosparc-server: --cert and --key go together.", file=sys.stderr)
        return 2
    for path in (args.cert, args.key):
        if path is not None and not path.is_file():
            print(f"biosparc-server: no file at {path}.", file=sys.stderr)
            return 2
    app = create_app(factory)  # type: ignore[arg-type]
    scheme = "https" if args.cert else "http"
    print(f"Serving Biosparc Desktop sync on {scheme}://{args.host}:{args.port}", flush=True)
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        ssl_certfile=str(args.cert) if args.cert else None,
        ssl_keyfile=str(args.key) if args.key else None,
        log_level="warning",
        timeout_graceful_shutdown=5,
    )
    return 0


def _device_json(row: object) -> dict[str, object]:
    from biosparc_desktop.server.people import DeviceRow

    assert isinstance(row, DeviceRow)
    return {
        "id": row.id,
        "person": row.person,
        "name": row.name,
        "created_at": row.created_at.isoformat(),
        "last_seen": row.last_seen_at.isoformat() if row.last_seen_at else None,
        "revoked": row.revoked_at is not None,
        "revoked_at": row.revoked_at.isoformat() if row.revoked_at else None,
    }


if __name__ == "__main__":
    sys.exit(main())
