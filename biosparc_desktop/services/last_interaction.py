"""Keeping ``organisation.last_interaction_at`` in step: one hook on every flush.

Logging, editing, trashing, restoring or purging an interaction, linking it to
another organisation, a merge, undo and redo all flush through the ORM; the hook
sees the interactions and links each flush touched and recomputes the newest
live interaction of the organisations concerned, in the same transaction. It
writes with a Core UPDATE, so the change journal does not record this derived
value and ``updated_at`` is left alone. Bulk Core writes (an archive restore,
the bench generator) call :func:`refresh_all` themselves.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Connection, ScalarSelect, event, func, inspect, select, update
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from biosparc_desktop.domain.activities import Interaction, InteractionOrganisation
from biosparc_desktop.domain.organisations import Organisation
from biosparc_desktop.services.journal_record import deleted_in_flush

_INSTALLED: weakref.WeakSet[sessionmaker[Session]] = weakref.WeakSet()


def install_last_interaction(session_factory: sessionmaker[Session]) -> None:
    """Keep the column in step on every flush of sessions from this factory (once each)."""
    if session_factory not in _INSTALLED:
        event.listen(session_factory, "after_flush", _after_flush)
        _INSTALLED.add(session_factory)


def _after_flush(session: Session, flush_context: UOWTransaction) -> None:
    organisations: set[int] = set()
    interactions: set[int] = set()
    # Links taken out of an interaction's list are deleted as orphans, which
    # session.deleted does not show: the unit of work does.
    deleted = deleted_in_flush(session, flush_context)
    added_or_gone = {id(o) for o in session.new} | {id(o) for o in deleted}
    for obj in (*session.new, *session.dirty, *deleted):
        if isinstance(obj, InteractionOrganisation):
            # Both ends of a link that moved (a merge re-points links to the survivor).
            state = inspect(obj)
            history = state.attrs.organisation_id.history
            ends = (*history.added, *history.deleted, state.dict.get("organisation_id"))
            organisations.update(i for i in ends if i is not None)
        elif isinstance(obj, Interaction):
            state = inspect(obj)
            key = state.identity[0] if state.identity else state.dict.get("id")
            changed = (
                id(obj) in added_or_gone
                or state.attrs.occurred_at.history.has_changes()
                or state.attrs.deleted_at.history.has_changes()
            )
            if key is not None and changed:
                interactions.add(int(key))
    if not organisations and not interactions:
        return
    connection = session.connection()
    if interactions:
        organisations.update(
            connection.scalars(
                select(InteractionOrganisation.organisation_id).where(
                    InteractionOrganisation.interaction_id.in_(interactions)
                )
            )
        )
    refresh(connection, organisations)


def _newest_live_interaction() -> ScalarSelect[datetime]:
    return (
        select(func.max(Interaction.occurred_at))
        .join(InteractionOrganisation, InteractionOrganisation.interaction_id == Interaction.id)
        .where(
            InteractionOrganisation.organisation_id == Organisation.id,
            Interaction.deleted_at.is_(None),
        )
        .correlate(Organisation)
        .scalar_subquery()
    )


def refresh(connection: Connection, organisation_ids: Iterable[int]) -> None:
    """Recompute the column for these organisations."""
    ids = sorted(set(organisation_ids))
    for start in range(0, len(ids), 500):  # within SQLite's limit on bound values
        connection.execute(
            update(Organisation)
            .where(Organisation.id.in_(ids[start : start + 500]))
            .values(
                last_interaction_at=_newest_live_interaction(),
                updated_at=Organisation.updated_at,  # derived: not an edit of the record
            )
        )


def refresh_all(connection: Connection) -> None:
    """Recompute the column for every organisation (after a bulk Core write)."""
    connection.execute(
        update(Organisation).values(
            last_interaction_at=_newest_live_interaction(),
            updated_at=Organisation.updated_at,
        )
    )
