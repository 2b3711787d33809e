"""Keeping the index in step: one hook on every flush of the session factory.

Creates, edits, moves to the Trash, restores, undo and redo all flush through
the ORM, so the hook sees each of them and re-reads the touched records into
the index within the same transaction. The index holds trashed records too;
searches leave them out by their ``deleted_at``, so a restore needs nothing
special. Writes that bypass the ORM (bulk Core inserts in the bench generator)
call :func:`biosparc_desktop.search.index.rebuild` or ``replace`` themselves.
"""

from __future__ import annotations

import weakref
from collections import defaultdict

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from biosparc_desktop.domain.contacts import ContactEmail
from biosparc_desktop.search.documents import MODELS
from biosparc_desktop.search.index import remove, replace

_KIND_OF = {model: kind for kind, model in MODELS.items()}
_INSTALLED: weakref.WeakSet[sessionmaker[Session]] = weakref.WeakSet()


def install_search_index(session_factory: sessionmaker[Session]) -> None:
    """Update the index on every flush of sessions from this factory (once per factory)."""
    if session_factory not in _INSTALLED:
        event.listen(session_factory, "after_flush", _after_flush)
        _INSTALLED.add(session_factory)


def _after_flush(session: Session, _flush_context: object) -> None:
    if session.get_bind().dialect.name != "sqlite":
        return  # the FTS index exists only on SQLite; other databases search with LIKE
    touched: dict[str, set[int]] = defaultdict(set)
    gone: dict[str, set[int]] = defaultdict(set)
    new, deleted = list(session.new), list(session.deleted)
    new_ids, deleted_ids = {id(o) for o in new}, {id(o) for o in deleted}
    for obj in (*new, *session.dirty, *deleted):
        if isinstance(obj, ContactEmail):
            # An email is part of its contact's index row.
            contact_id = inspect(obj).dict.get("contact_id")
            if contact_id is not None:
                touched["contact"].add(contact_id)
            continue
        kind = _KIND_OF.get(type(obj))
        if kind is None:
            continue  # not searchable (bookkeeping rows may not even have an integer key)
        record_id = _identity(obj)
        if record_id is None:
            continue
        if id(obj) in deleted_ids:
            gone[kind].add(record_id)
        elif id(obj) in new_ids or session.is_modified(obj):
            touched[kind].add(record_id)
    if not touched and not gone:
        return
    connection = session.connection()
    for kind, ids in gone.items():
        remove(connection, kind, ids)
    for kind, ids in touched.items():
        replace(connection, kind, ids - gone.get(kind, set()))


def _identity(obj: object) -> int | None:
    """The record's id without loading anything (a purged record may be expired).

    A record inserted by this flush has its id but no identity key yet.
    """
    state = inspect(obj)
    if state.identity:
        return int(state.identity[0])
    value = state.dict.get("id")
    return int(value) if value is not None else None
