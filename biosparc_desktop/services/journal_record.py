"""Writing the change journal: one listener on every flush of the session factory.

It records every insert, field update and delete in the same transaction as the
change itself, so the journal can never disagree with the data.
"""

from __future__ import annotations

import uuid
import weakref
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Mapper, Session, UOWTransaction, sessionmaker
from sqlalchemy.orm.attributes import get_history
from sqlalchemy.orm.util import identity_key

from biosparc_desktop.domain.base import Record, utcnow
from biosparc_desktop.domain.journal import ChangeEntry
from biosparc_desktop.services.context import BATCH_ID, BATCH_LABEL, STAFF_ID
from biosparc_desktop.services.journal_children import Departure, child_links, pointer_rows
from biosparc_desktop.services.journal_values import class_for, dump, plain, snapshot

# Bookkeeping columns whose changes are not worth a history line of their own.
QUIET_FIELDS = frozenset({"id", "updated_at", "created_at", "public_id"})

_INSTALLED: weakref.WeakSet[sessionmaker[Session]] = weakref.WeakSet()

# Set in a session's info to write without journalling: a team snapshot loaded on a
# laptop's first sync is the team's state, not anyone's action to undo or push.
UNJOURNALLED = "unjournalled"


def install_journal(session_factory: sessionmaker[Session]) -> None:
    """Record every change made through sessions of this factory (once per factory)."""
    # A WeakSet, not event.contains(): SQLAlchemy's registry can mistake a new factory
    # for a collected one that had the same id().
    if session_factory not in _INSTALLED:
        event.listen(session_factory, "after_flush", _record_flush)
        _INSTALLED.add(session_factory)


def batch_columns(session: Session) -> dict[str, Any]:
    """The columns every entry of the session's current action shares."""
    batch = session.info.get(BATCH_ID)
    if batch is None:
        batch = session.info[BATCH_ID] = str(uuid.uuid4())
    return {
        "batch_id": batch,
        "batch_label": session.info.get(BATCH_LABEL, "Change"),
        "at": utcnow(),
        "staff_id": session.info.get(STAFF_ID),
    }


def deleted_in_flush(session: Session, flush_context: UOWTransaction) -> list[Record]:
    """Rows this flush deleted: those passed to ``session.delete`` and also the
    orphans (an email taken out of a contact's list), which only the unit of work knows.

    Worked out once per flush: the journal and the last-interaction hook both ask.
    """
    cached: list[Record] | None = flush_context.attributes.get(_DELETED_KEY)
    if cached is not None:
        return cached
    found: dict[int, Record] = {id(o): o for o in session.deleted if isinstance(o, Record)}
    for state, (is_delete, list_only) in flush_context.states.items():
        obj = state.obj()
        if is_delete and not list_only and isinstance(obj, Record):
            found.setdefault(id(obj), obj)
    result = list(found.values())
    flush_context.attributes[_DELETED_KEY] = result
    return result


_DELETED_KEY = "biosparc.deleted_in_flush"


def _record_flush(session: Session, flush_context: UOWTransaction) -> None:
    if session.info.get(UNJOURNALLED):
        return
    shared = batch_columns(session)
    rows: list[dict[str, Any]] = []
    departures: list[Departure] = []
    links = child_links()

    def add(obj: Record, action: str, field: str | None, old: Any, new: Any) -> None:
        rows.append(
            {
                "entity": obj.__tablename__,  # type: ignore[attr-defined]
                "record_id": obj.public_id,
                "action": action,
                "field": field,
                "old_value": old,
                "new_value": new,
            }
        )

    deleted = deleted_in_flush(session, flush_context)
    deleted_ids = {id(o) for o in deleted}
    gone = {(o.__tablename__, o.id) for o in deleted}  # type: ignore[attr-defined]
    for obj in session.new:
        if isinstance(obj, Record):
            add(obj, "insert", None, None, dump(snapshot(obj)))
    for obj in session.dirty:
        if not isinstance(obj, Record) or id(obj) in deleted_ids or not session.is_modified(obj):
            continue
        mapper: Mapper[Any] = inspect(type(obj))
        link = links.get(obj.__tablename__)  # type: ignore[attr-defined]
        for column_attr in mapper.column_attrs:
            key = column_attr.key
            if key in QUIET_FIELDS:
                continue
            history = get_history(obj, key)
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old == new:
                continue
            add(obj, "update", key, dump(plain(old)), dump(plain(new)))
            if link is not None and key == link.column and old is not None:
                departures.append(Departure(link.child, obj.public_id, old))
    for obj in deleted:
        values = snapshot(obj)
        add(obj, "delete", None, dump(values), None)
        link = links.get(obj.__tablename__)  # type: ignore[attr-defined]
        parent_id = values.get(link.column) if link is not None else None
        if link is not None and parent_id is not None and (link.parent, parent_id) not in gone:
            departures.append(Departure(link.child, obj.public_id, parent_id))
    if departures:
        rows += pointer_rows(
            session.connection(), departures, _known_public_ids(session, departures)
        )
    if rows:
        session.execute(insert(ChangeEntry), [{**shared, **row} for row in rows])


def _known_public_ids(session: Session, departures: list[Departure]) -> dict[tuple[str, int], str]:
    """Public ids of the owning records already loaded in the session, to spare a query."""
    known: dict[tuple[str, int], str] = {}
    for departure in departures:
        table = child_links()[departure.child].parent
        key = identity_key(class_for(table), (departure.parent_id,))
        obj = session.identity_map.get(key)
        public_id = inspect(obj).dict.get("public_id") if obj is not None else None
        if public_id is not None:
            known[(table, departure.parent_id)] = public_id
    return known
