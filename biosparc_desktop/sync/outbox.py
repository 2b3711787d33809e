"""The outbox: the change journal's local batches, queued in commit order.

Queueing fixes each batch's wire form, its per-device sequence number and the
server sequence it had seen (``base_seq``, for telling conflicts from edits made
after seeing the other change). Batches applied from the server are never queued.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from biosparc_desktop.domain.bookkeeping import LOCAL_TABLES
from biosparc_desktop.domain.journal import ChangeEntry
from biosparc_desktop.domain.sync import SyncApplied, SyncOutgoing, SyncState
from biosparc_desktop.services.journal_children import CHILD, CHUNK
from biosparc_desktop.services.journal_values import class_for, load
from biosparc_desktop.sync.wire import Change, foreign_keys, row_out, value_out


@dataclass(frozen=True)
class Outgoing:
    batch_id: str
    device_seq: int
    base_seq: int
    payload: dict[str, Any]
    refused: str | None


def queue_new_batches(session: Session, state: SyncState) -> int:
    """Queue every local batch journalled since the last call; returns how many."""
    entries = list(
        session.scalars(
            select(ChangeEntry)
            .where(ChangeEntry.id > state.queued_through)
            .order_by(ChangeEntry.id)
        )
    )
    if not entries:
        return 0
    remote = set(
        session.scalars(
            select(SyncApplied.batch_id).where(
                SyncApplied.batch_id.in_({e.batch_id for e in entries})
            )
        )
    )
    queued = set(
        session.scalars(
            select(SyncOutgoing.batch_id).where(
                SyncOutgoing.batch_id.in_({e.batch_id for e in entries})
            )
        )
    )
    to_public = _PublicIds(session, entries)
    to_public.prefetch(entries)
    batches: dict[str, list[ChangeEntry]] = {}
    for entry in entries:
        if entry.batch_id in remote or entry.batch_id in queued:
            continue
        batches.setdefault(entry.batch_id, []).append(entry)
    seen = _SeenBefore(session, entries[0].id, entries[-1].id)
    for batch_id, rows in batches.items():
        changes = [_change(row, to_public) for row in rows]
        changes = [c for c in changes if c is not None]
        if not changes:
            continue
        payload = {
            "batch_id": batch_id,
            "label": rows[0].batch_label,
            "at": rows[0].at.isoformat(),
            "changes": changes,
        }
        session.add(
            SyncOutgoing(
                batch_id=batch_id,
                device_seq=state.next_device_seq,
                base_seq=seen.before(rows[0].id),
                payload=json.dumps(payload, ensure_ascii=False),
            )
        )
        state.next_device_seq += 1
    state.queued_through = entries[-1].id
    session.flush()
    return len(batches)


def base_seq(session: Session, first_entry_id: int) -> int:
    """The newest server batch applied here before this local batch was made."""
    seen = session.scalar(
        select(func.max(SyncApplied.server_seq)).where(SyncApplied.entry_mark < first_entry_id)
    )
    return int(seen or 0)


class _SeenBefore:
    """:func:`base_seq` for many local batches in order, with two queries in all."""

    def __init__(self, session: Session, first_entry_id: int, last_entry_id: int) -> None:
        self._seen = base_seq(session, first_entry_id)
        self._marks = session.execute(
            select(SyncApplied.entry_mark, SyncApplied.server_seq)
            .where(SyncApplied.entry_mark >= first_entry_id)
            .where(SyncApplied.entry_mark <= last_entry_id)
            .order_by(SyncApplied.entry_mark)
        ).all()
        self._next = 0

    def before(self, entry_id: int) -> int:
        """Call with rising entry ids."""
        while self._next < len(self._marks) and self._marks[self._next][0] < entry_id:
            self._seen = max(self._seen, int(self._marks[self._next][1] or 0))
            self._next += 1
        return self._seen


def outgoing(session: Session, *, include_refused: bool = False) -> list[Outgoing]:
    query = select(SyncOutgoing).order_by(SyncOutgoing.device_seq)
    if not include_refused:
        query = query.where(SyncOutgoing.refused.is_(None))
    return [
        Outgoing(o.batch_id, o.device_seq, o.base_seq, json.loads(o.payload), o.refused)
        for o in session.scalars(query)
    ]


def pending_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(SyncOutgoing)) or 0)


def _change(entry: ChangeEntry, to_public: _PublicIds) -> Change | None:
    if entry.action == CHILD or entry.entity in LOCAL_TABLES:
        return None
    change: Change = {
        "entity": entry.entity,
        "record_id": entry.record_id,
        "action": entry.action,
        "field": entry.field,
        "old": None,
        "new": None,
    }
    old, new = load(entry.old_value), load(entry.new_value)
    position = entry.id
    if entry.action == "insert":
        change["new"] = row_out(entry.entity, new, to_public.at(position))
    elif entry.action == "delete":
        change["old"] = row_out(entry.entity, old, to_public.at(position))
    else:
        assert entry.field is not None
        change["old"] = value_out(entry.entity, entry.field, old, to_public.at(position))
        change["new"] = value_out(entry.entity, entry.field, new, to_public.at(position))
    return change


class _PublicIds:
    """Integer keys to public ids as they were when each entry was journalled.

    A key names the row that had it then: if that row was removed later (its
    delete is in the journal after the entry, with the row's public id) that one,
    else the row that has it now. SQLite may give a removed row's key to a new one.
    """

    def __init__(self, session: Session, entries: list[ChangeEntry]) -> None:
        self._session = session
        self._removed: dict[tuple[str, int], list[tuple[int, str]]] = {}
        self._current: dict[tuple[str, int], str | None] = {}
        targets = {t for e in entries for t in foreign_keys(e.entity).values()}
        for entry in entries:
            if entry.action == "delete" and entry.entity in targets:
                row = load(entry.old_value) or {}
                if "id" in row:
                    key = (entry.entity, int(row["id"]))
                    self._removed.setdefault(key, []).append((entry.id, entry.record_id))

    def prefetch(self, entries: list[ChangeEntry]) -> None:
        """Read the current public ids of every key the entries hold, a chunk at a time."""
        wanted: dict[str, set[int]] = {}
        for entry in entries:
            links = foreign_keys(entry.entity)
            if not links or entry.action not in ("insert", "update"):
                continue
            if entry.action == "insert":
                row = load(entry.new_value) or {}
                pairs = [(links[k], v) for k, v in row.items() if k in links and v is not None]
            elif entry.field in links:
                pairs = [
                    (links[entry.field], v)
                    for v in (load(entry.old_value), load(entry.new_value))
                    if v is not None
                ]
            else:
                pairs = []
            for table, value in pairs:
                wanted.setdefault(table, set()).add(int(value))
        for table, ids in wanted.items():
            cls = class_for(table)
            unique = sorted(ids)
            for start in range(0, len(unique), CHUNK):
                chunk = unique[start : start + CHUNK]
                found = dict(
                    self._session.execute(
                        select(cls.id, cls.public_id).where(cls.id.in_(chunk))
                    ).all()
                )
                for row_id in chunk:
                    self._current[(table, row_id)] = found.get(row_id)

    def at(self, position: int) -> Any:
        def to_public(table: str, row_id: int) -> str | None:
            for removed_at, public_id in self._removed.get((table, row_id), ()):
                if removed_at > position:
                    return public_id
            return self._now(table, row_id)

        return to_public

    def _now(self, table: str, row_id: int) -> str | None:
        key = (table, row_id)
        if key not in self._current:
            cls = class_for(table)
            self._current[key] = self._session.scalar(select(cls.public_id).where(cls.id == row_id))
        return self._current[key]


__all__ = ["CHUNK", "Outgoing", "base_seq", "outgoing", "pending_count", "queue_new_batches"]
