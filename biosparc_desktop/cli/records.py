"""``add``, ``edit``, ``show`` and ``delete`` for every kind of record, through its service.

Every write is the service's own (its rules, change journal, undo and search index);
a status given with other fields is saved in the same transaction, as one undo step.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
from functools import partial
from typing import Any

from biosparc_desktop.cli.fields import linked_ids, read_assignments
from biosparc_desktop.cli.output import print_fields, print_record, to_jsonable
from biosparc_desktop.cli.record_kinds import KINDS, RecordKind
from biosparc_desktop.cli.runtime import Runtime, UsageError
from biosparc_desktop.errors import NotFound


def add_commands(kind: RecordKind, sub: argparse._SubParsersAction[Any]) -> None:
    """``add``, ``show``, ``edit`` and ``delete`` under the kind's command."""
    fields_help = _fields_help(kind)
    p = sub.add_parser(
        "add",
        help=f"add {kind.a_noun}; prints its id",
        description=f"Add {kind.a_noun} and print its id.",
        epilog=fields_help,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("assignments", nargs="*", metavar="FIELD=VALUE", help="see the fields below")
    p.set_defaults(func=partial(_add, kind))

    p = sub.add_parser(
        "show",
        help=f"show one {kind.noun}",
        description=f"Show one {kind.noun}: every field, as `add` and `edit` take them.",
    )
    p.add_argument("id", metavar="ID", help=f"the {kind.noun}'s id")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=partial(_show, kind))

    p = sub.add_parser(
        "edit",
        help=f"change fields of {kind.a_noun}",
        description=f"Change the named fields of {kind.a_noun}; the others stay as they are.",
        epilog=fields_help,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("id", metavar="ID", help=f"the {kind.noun}'s id")
    p.add_argument("assignments", nargs="*", metavar="FIELD=VALUE", help="see the fields below")
    p.set_defaults(func=partial(_edit, kind))

    p = sub.add_parser(
        "delete",
        help=f"move {kind.a_noun} to the Trash",
        description=f"Move {kind.a_noun} to the Trash (`biosparc trash restore ID` brings it back).",
    )
    p.add_argument("id", metavar="ID", help=f"the {kind.noun}'s id")
    p.set_defaults(func=partial(_delete, kind))


def _fields_help(kind: RecordKind) -> str:
    width = max(len(field.name) for field in kind.fields)
    lines = [f"  {field.name.ljust(width)}  {field.accepts}" for field in kind.fields]
    return (
        "fields (FIELD=VALUE; an empty VALUE clears the field):\n"
        + "\n".join(lines)
        + f"\nworked out by Biosparc, not set: {', '.join(kind.computed)}"
    )


def _read(rt: Runtime, kind: RecordKind) -> dict[str, Any]:
    values = read_assignments(rt.args.assignments, kind.by_name, kind.computed, kind.command)
    for name, value in values.items():
        target = kind.by_name[name].link
        if target is not None:
            for public_id in linked_ids(value):
                _existing(rt, KINDS[target], public_id, field=name)
    return values


def _existing(rt: Runtime, kind: RecordKind, public_id: str, *, field: str = "ID") -> Any:
    """The record's row; an unknown id is a mistake on the command line."""
    try:
        return kind.service(rt.services).get(public_id.strip())
    except NotFound:
        raise UsageError(
            f"{field}: no {kind.noun} has the id “{public_id[:60]}” (or it is in the Trash); "
            f"`biosparc {kind.command} list --json` shows the ids."
        ) from None


def _split(
    kind: RecordKind, values: dict[str, Any], *, adding: bool
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(draft fields, status moves): an agreement is recorded at any status when added."""
    moves = {
        name: value
        for name, value in values.items()
        if name in kind.moves and not (adding and name in kind.draft_fields)
    }
    return {k: v for k, v in values.items() if k not in moves}, moves


def _add(kind: RecordKind, rt: Runtime) -> int:
    values = _read(rt, kind)
    changes, moves = _split(kind, values, adding=True)
    service = kind.service(rt.services)
    draft = dataclasses.replace(kind.blank(), **changes)
    create = getattr(service, kind.create)
    if not moves:
        row = create(draft)  # the service names the action itself
    else:
        name = str(getattr(draft, "title", "") or "").strip()[:60]
        with rt.services.context.write(f"Add {kind.noun} {name}".strip()):
            row = create(draft)
            for field, value in moves.items():
                kind.moves[field](rt.services, row.id, row, value)
    print(row.id)
    return 0


def _edit(kind: RecordKind, rt: Runtime) -> int:
    row = _existing(rt, kind, rt.args.id)
    values = _read(rt, kind)
    if not values:
        raise UsageError(
            f"Name the fields to change, as FIELD=VALUE; see `biosparc {kind.command} edit --help`."
        )
    changes, moves = _split(kind, values, adding=False)
    service = kind.service(rt.services)
    # Fields and a status move together are one transaction and one undo step; either
    # alone is the service's own action, named by the service.
    label = f"Edit {kind.noun} {kind.title(row)[:60]}"
    together = rt.services.context.write(label) if changes and moves else contextlib.nullcontext()
    with together:
        if changes:
            # Start from the service's draft of the record, so only the named fields change.
            service.update(row.id, dataclasses.replace(service.draft(row.id), **changes))
        for field, value in moves.items():
            kind.moves[field](rt.services, row.id, row, value)
    saved = service.get(row.id)
    print(f"Saved {kind.noun} “{kind.title(saved)}” ({saved.id}).")
    return 0


def _show(kind: RecordKind, rt: Runtime) -> int:
    row = _existing(rt, kind, rt.args.id)
    record = to_jsonable(row)
    if kind.extra:
        draft = kind.service(rt.services).draft(row.id)
        record |= {name: to_jsonable(getattr(draft, name)) for name in kind.extra}
    if rt.args.json:
        print_record(record)
    else:
        print_fields(record)
    return 0


def _delete(kind: RecordKind, rt: Runtime) -> int:
    row = _existing(rt, kind, rt.args.id)
    kind.service(rt.services).delete(row.id)
    print(
        f"Moved {kind.noun} “{kind.title(row)}” to the Trash; "
        f"`biosparc trash restore {row.id}` brings it back."
    )
    return 0
