"""Joining a team: enrol with a one-time code, remember the server, and queue the
records this laptop already holds so the team gets them at the first push."""

from __future__ import annotations

import json
import platform
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from biosparc_desktop.domain.sync import SyncOutgoing, SyncState
from biosparc_desktop.services.journal_values import plain
from biosparc_desktop.sync.pull import entry_mark
from biosparc_desktop.sync.wire import Change, foreign_keys, synced_tables

JOIN_BATCH = 2_000  # records per batch when a laptop brings its own records


def default_device_name() -> str:
    return platform.node() or "Laptop"


def remember(
    session: Session, url: str, enrolled: dict[str, Any], ca_file: str | None
) -> SyncState:
    state = SyncState(
        id=1,
        server_url=url,
        device_id=enrolled["device_id"],
        device_name=default_device_name(),
        staff_public_id=enrolled.get("staff_id"),
        ca_file=ca_file,
        cursor=0,
        queued_through=entry_mark(session),
        next_device_seq=1,
    )
    session.add(state)
    session.flush()
    return state


def queue_existing_records(session: Session, state: SyncState) -> int:
    """Every record already here, as insert batches (owners first); returns the count."""
    changes: list[Change] = []
    public: dict[str, dict[int, str]] = {}
    for table in synced_tables():
        if table.name == "sync_conflict":
            continue
        links = foreign_keys(table.name)
        for target in set(links.values()) - public.keys():
            target_table = next(t for t in synced_tables() if t.name == target)
            public[target] = dict(
                session.execute(select(target_table.c.id, target_table.c.public_id)).all()
            )
        for mapping in session.execute(select(table)).mappings():
            row = {
                key: (
                    public[links[key]].get(value)
                    if key in links and value is not None
                    else plain(value)
                )
                for key, value in mapping.items()
                if key != "id"
            }
            changes.append(
                {
                    "entity": table.name,
                    "record_id": row["public_id"],
                    "action": "insert",
                    "field": None,
                    "old": None,
                    "new": row,
                }
            )
    for start in range(0, len(changes), JOIN_BATCH):
        batch_id = str(uuid.uuid4())
        payload = {
            "batch_id": batch_id,
            "label": "Records this laptop had before joining",
            "at": None,
            "changes": changes[start : start + JOIN_BATCH],
        }
        session.add(
            SyncOutgoing(
                batch_id=batch_id,
                device_seq=state.next_device_seq,
                base_seq=0,
                payload=json.dumps(payload, ensure_ascii=False),
            )
        )
        state.next_device_seq += 1
    session.flush()
    return len(changes)
