"""``biosparc sync``: join a team server, sync, see and resolve conflicts, leave.

Exit codes: 0 done; 2 refused in words (a bad code, a revoked laptop, a batch
that breaks a rule, a version mismatch); 3 the server cannot be reached (nothing
is lost: the changes wait for the next sync).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from biosparc_desktop.cli.output import print_json
from biosparc_desktop.cli.runtime import Runtime
from biosparc_desktop.sync.client import Offline
from biosparc_desktop.sync.conflicts import KEEP, ConflictService
from biosparc_desktop.sync.run import Report, Syncer

OFFLINE = 3


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sync = commands.add_parser(
        "sync", help="sync with the team server: push this laptop's changes, then pull the team's"
    )
    sync.set_defaults(func=_sync)
    sub = sync.add_subparsers(dest="sync_command", metavar="ACTION")
    join = sub.add_parser("join", help="join a team server with a one-time code, then sync")
    join.add_argument("url", metavar="URL", help="the server's address, e.g. https://sync.example")
    join.add_argument("--code", required=True, help="the one-time enrolment code")
    join.add_argument("--ca", metavar="FILE", help="your company's CA certificate (PEM)")
    join.set_defaults(func=_join)
    status = sub.add_parser("status", help="server, changes waiting, last sync, conflicts")
    status.add_argument("--json", action="store_true", help="print JSON")
    status.set_defaults(func=_status)
    conflicts = sub.add_parser("conflicts", help="the review queue")
    conflicts.add_argument("--json", action="store_true", help="print JSON")
    conflicts.set_defaults(func=_conflicts)
    resolve = sub.add_parser("resolve", help="resolve one conflict")
    resolve.add_argument("id", metavar="ID")
    resolve.add_argument("--keep", required=True, choices=KEEP)
    resolve.set_defaults(func=_resolve)
    sub.add_parser("leave", help="forget the server; the data stays here").set_defaults(func=_leave)


def _syncer(rt: Runtime) -> Syncer:
    database = rt.database
    rt.services  # noqa: B018 - installs the journal and search index on the session factory
    return Syncer(database.session_factory, database.location.data_dir)


def _say(text: str) -> None:
    """Progress, for a person watching a terminal (scripts see only the result)."""
    if sys.stderr.isatty():
        print(text, file=sys.stderr, flush=True)


def _sync(rt: Runtime) -> int:
    try:
        report = _syncer(rt).sync(progress=_say)
    except Offline as exc:
        print(f"biosparc: {exc}", file=sys.stderr)
        return OFFLINE
    return _report(report)


def _join(rt: Runtime) -> int:
    syncer = _syncer(rt)
    try:
        report = syncer.join(rt.args.url, rt.args.code, ca_file=rt.args.ca)
    except Offline as exc:
        print(f"biosparc: {exc}", file=sys.stderr)
        return OFFLINE
    if syncer.status().token_in_file:
        _say(
            "No system keyring was found, so the device token is kept in a file only you "
            "can read, beside the database."
        )
    code = _report(report)
    if report.brought:
        pairs = len(rt.services.duplicates.all())
        if pairs:
            print(
                f"{pairs} pairs of records look alike (this laptop's and the team's); "
                "review them in the app with Edit → Find duplicates. Nothing was merged."
            )
    return code


def _report(report: Report) -> int:
    print(f"Sent {_changes(report.pushed)}, received {_changes(report.pulled)}.")
    if report.conflicts:
        waiting = (
            "1 conflict waits" if report.conflicts == 1 else f"{report.conflicts} conflicts wait"
        )
        print(f"{waiting} for review (biosparc sync conflicts).")
    if report.refused:
        for reason in report.refused:
            print(f"biosparc: the team server refused a change: {reason}", file=sys.stderr)
        return 2
    return 0


def _changes(count: int) -> str:
    return "1 change" if count == 1 else f"{count} changes"


def _status(rt: Runtime) -> int:
    status = _syncer(rt).status()
    if rt.args.json:
        json.dump(status.as_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if status.server is None:
        print("Not joined to a team server (biosparc sync join URL --code CODE).")
        return 0
    last = status.last_sync.astimezone().strftime("%Y-%m-%d %H:%M") if status.last_sync else "never"
    print(f"Server: {status.server}")
    print(f"Last sync: {last}")
    print(f"Changes waiting: {status.pending}")
    if status.refused:
        print(f"Changes the server refused: {status.refused}")
    print(f"Conflicts to review: {status.conflicts}")
    if status.last_error:
        print(f"Last problem: {status.last_error}")
    return 0


def _conflicts(rt: Runtime) -> int:
    rows = ConflictService(rt.services.context).open_conflicts()
    if rt.args.json:
        print_json([r.as_json() for r in rows])
        return 0
    for r in rows:
        print(
            f"{r.id}  {r.entity} {r.record_id} {r.field or ''}: "
            f"mine {_shown(r.mine)} ({r.who or '—'}), theirs {_shown(r.theirs)} ({r.kept_by or '—'})"
        )
    print("(1 conflict)" if len(rows) == 1 else f"({len(rows)} conflicts)")
    return 0


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:59] + "…"


def _resolve(rt: Runtime) -> int:
    ConflictService(rt.services.context).resolve(rt.args.id, rt.args.keep)
    print("Resolved; the choice goes to the team at the next sync.")
    return 0


def _leave(rt: Runtime) -> int:
    syncer = _syncer(rt)
    unsent = syncer.status().pending
    syncer.leave()
    print("This laptop has left the team server; its data stays here.")
    if unsent:
        print(
            f"{unsent} changes had not reached the team; they stay on this laptop only.",
            file=sys.stderr,
        )
    return 0
