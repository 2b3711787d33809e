"""``backup``, ``backups``, ``restore`` and ``trash``."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from biosparc_desktop.cli.output import print_json, print_table
from biosparc_desktop.cli.runtime import Runtime, UsageError, say_waiting
from biosparc_desktop.services.trash import TrashItem
from biosparc_desktop.store.backups import backup_to, list_backups, make_backup, record_counts
from biosparc_desktop.store.restore import WAITING, restore_backup


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = commands.add_parser(
        "backup", help="back the database up (verified copy through SQLite's backup API)"
    )
    backup.add_argument(
        "--to", metavar="PATH", type=Path, help="write the copy here (a file or a folder)"
    )
    backup.set_defaults(func=_backup)

    backups = commands.add_parser("backups", help="list the backups, newest first")
    backups.add_argument("--json", action="store_true", help="print JSON")
    backups.set_defaults(func=_backups)

    restore = commands.add_parser(
        "restore",
        help="replace the database with a backup (the current one is kept as a backup); "
        "close Biosparc Desktop first",
    )
    restore.add_argument("path", metavar="PATH", type=Path, help="the backup file")
    restore.set_defaults(func=_restore)

    trash = commands.add_parser("trash", help="deleted records")
    sub = trash.add_subparsers(dest="trash_command", required=True, metavar="ACTION")
    listing = sub.add_parser("list", help="list what is in the Trash")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=_trash_list)
    back = sub.add_parser("restore", help="bring a record back from the Trash")
    back.add_argument("id", metavar="ID", help="the record's id (see “trash list”)")
    back.set_defaults(func=_trash_restore)
    sub.add_parser("empty", help="remove everything in the Trash for good").set_defaults(
        func=_trash_empty
    )


def _database_file(rt: Runtime) -> Path:
    path = rt.location.sqlite_path
    if path is None:
        raise UsageError("Backups are made of database files; this database is on a server.")
    return path


def _backup(rt: Runtime) -> int:
    path = _database_file(rt)
    target: Path | None = rt.args.to
    if target is None:
        written = make_backup(path, rt.location.data_dir / "backups", kind="manual").path
    else:
        written = backup_to(path, target.expanduser())
    print(f"Backup written to {written} ({record_counts(written).summary()}).")
    return 0


def _backups(rt: Runtime) -> int:
    found = list_backups(rt.location.data_dir / "backups", with_counts=True)
    if rt.args.json:
        print_json(
            [
                {
                    "path": str(b.path),
                    "created_at": b.created_at,
                    "kind": b.kind,
                    "size_bytes": b.size_bytes,
                    "counts": dict(b.counts.by_table) if b.counts else None,
                }
                for b in found
            ]
        )
        return 0
    print_table(
        found,
        [
            ("Made", 16, lambda b: _local(b.created_at)),
            ("Kind", 17, lambda b: b.kind_label),
            ("Records", 84, lambda b: b.counts.summary() if b.counts else "unreadable"),
            ("File", 46, lambda b: b.path.name),
        ],
    )
    return 0


def _restore(rt: Runtime) -> int:
    path = _database_file(rt)
    source: Path = rt.args.path.expanduser()
    result = restore_backup(
        source.resolve(),
        path,
        rt.location.data_dir / "backups",
        on_step=lambda step: say_waiting() if step == WAITING else None,
    )
    print(f"Restored {path} from {source} ({result.counts.summary()}).")
    if result.previous is not None and result.previous_was_damaged:
        print(f"The damaged database was moved aside, not deleted: {result.previous}")
    elif result.previous is not None:
        print(f"The database it replaced was kept as a backup: {result.previous}")
    return 0


def _trash_list(rt: Runtime) -> int:
    items = rt.services.trash.rows()
    if rt.args.json:
        print_json(items)
        return 0
    print_table(
        items,
        [
            ("Id", 36, lambda i: i.id),
            ("Kind", 11, lambda i: i.kind_label),
            ("Deleted", 16, lambda i: _local(i.deleted_at)),
            ("What", 40, lambda i: str(i.title)),
            ("Linked to", 50, _links),
        ],
    )
    return 0


def _links(item: TrashItem) -> str:
    return "; ".join(str(link) for link in item.links)


def _trash_restore(rt: Runtime) -> int:
    item = rt.services.trash.restore(rt.args.id.strip())
    print(f"Restored {item.kind_label.lower()} “{item.title}”.")
    return 0


def _trash_empty(rt: Runtime) -> int:
    removed = rt.services.trash.empty()
    if removed:
        print(f"Emptied the Trash: {removed} record{'s' if removed != 1 else ''} removed for good.")
    else:
        print("The Trash is already empty.")
    return 0


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
