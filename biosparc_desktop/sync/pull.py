"""Applying what the server sends on a laptop: feed pages, the first snapshot, and
the server's answers to pushed batches. Each is one local transaction, and moves
the cursor in that same transaction, so a sync cut off anywhere resumes cleanly."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from biosparc_desktop.domain.journal import ChangeEntry
from biosparc_desktop.domain.people import StaffMember
from biosparc_desktop.domain.sync import SyncApplied, SyncOutgoing, SyncState
from biosparc_desktop.services.archive_tables import chunked
from biosparc_desktop.services.context import BATCH_ID, BATCH_LABEL, STAFF_ID
from biosparc_desktop.services.journal_record import UNJOURNALLED
from biosparc_desktop.services.journal_values import class_for
from biosparc_desktop.sync.apply import Applier, MissingParent
from biosparc_desktop.sync.local import local_write
from biosparc_desktop.sync.snapshot_load import SnapshotLoader
from biosparc_desktop.sync.wire import Change

log = logging.getLogger(__name__)


class LaptopApplier(Applier):
    """The server's word is final here: a change whose record is gone is skipped."""

    def insert(self, change: Change) -> bool:
        try:
            return super().insert(change)
        except MissingParent as exc:
            log.warning("skipped %s %s: no %s here", change["entity"], change["record_id"], exc)
            return False

    def update(self, change: Change) -> bool:
        try:
            return super().update(change)
        except MissingParent as exc:
            log.warning("skipped a change of %s: no %s here", change["record_id"], exc)
            return False


def state_of(session: Session) -> SyncState:
    state = session.get(SyncState, 1)
    if state is None:
        from biosparc_desktop.errors import NotFound

        raise NotFound(
            "This laptop has not joined a team server (biosparc sync join URL --code CODE)."
        )
    return state


def entry_mark(session: Session) -> int:
    return int(session.scalar(select(func.max(ChangeEntry.id))) or 0)


def apply_page(factory: sessionmaker[Session], page: dict[str, Any]) -> int:
    """Apply one page of the feed; returns how many batches were new here."""
    applied = 0
    with local_write(factory) as session:
        state = state_of(session)
        applier = LaptopApplier(session)
        known = _applied_already(session, [str(b["batch_id"]) for b in page["batches"]])
        mark = entry_mark(session)
        for batch in page["batches"]:
            seq = int(batch["seq"])
            if seq <= state.cursor:
                continue  # already here (a page fetched twice): cursors only move forward
            if batch["changes"] and not batch["own"]:
                session.info[BATCH_ID] = batch["batch_id"]
                session.info[BATCH_LABEL] = batch.get("label") or "Change"
                session.info[STAFF_ID] = _staff_id(session, batch.get("staff"))
                applier.apply(batch["changes"])
                applied += 1
                mark = entry_mark(session)  # only applying journals anything
            record = SyncApplied(batch_id=batch["batch_id"], server_seq=seq, entry_mark=mark)
            if batch["batch_id"] in known:
                session.merge(record)
            else:
                session.add(record)
                known.add(batch["batch_id"])
            state.cursor = seq
        state.cursor = max(state.cursor, int(page["cursor"]))
    return applied


def _applied_already(session: Session, batch_ids: list[str]) -> set[str]:
    found: set[str] = set()
    for chunk in chunked(batch_ids):
        found |= set(
            session.scalars(select(SyncApplied.batch_id).where(SyncApplied.batch_id.in_(chunk)))
        )
    return found


def apply_answers(factory: sessionmaker[Session], answers: list[dict[str, Any]]) -> None:
    """The server's answers to pushed batches, in one local transaction: each batch
    leaves the outbox, and what the server decided otherwise (a conflict, a twin
    record) is taken back here."""
    with local_write(factory) as session:
        state = state_of(session)
        for answer in answers:
            _take_answer(session, state, answer)
            session.flush()  # each answer's own batch id reaches the journal


def _take_answer(session: Session, state: SyncState, answer: dict[str, Any]) -> None:
    outgoing = session.get(SyncOutgoing, answer["batch_id"])
    if answer.get("status") == "refused":
        if outgoing is not None:
            outgoing.refused = str(answer.get("reason") or "refused")
        return
    if outgoing is not None:
        session.delete(outgoing)
    extra = answer.get("server_changes") or []
    if not extra:
        return
    own_batch = str(uuid.uuid5(uuid.NAMESPACE_URL, "biosparc-answer:" + answer["batch_id"]))
    session.info[BATCH_ID] = own_batch
    session.info[BATCH_LABEL] = "Team server's decision"
    session.info[STAFF_ID] = None
    for change in extra:
        if change.get("action") == "alias":
            _rename(session, change["entity"], change["record_id"], change["new"])
    LaptopApplier(session).apply([c for c in extra if c.get("action") != "alias"])
    session.merge(
        SyncApplied(batch_id=own_batch, server_seq=state.cursor, entry_mark=entry_mark(session))
    )


def apply_snapshot(factory: sessionmaker[Session], lines: Iterator[dict[str, Any]]) -> int:
    """Load the team's records on a first sync; returns the feed number they are at.

    One transaction: a snapshot cut off half way leaves nothing behind, and the
    next sync starts it again.
    """
    first = next(lines)
    seq = int(first["seq"])
    with local_write(factory) as session:
        state = state_of(session)
        session.info[UNJOURNALLED] = True
        SnapshotLoader(session).load(lines)
        session.merge(
            SyncApplied(batch_id=f"snapshot-{seq}", server_seq=seq, entry_mark=entry_mark(session))
        )
        state.cursor = seq
        state.queued_through = entry_mark(session)
    return seq


def _staff_id(session: Session, public_id: str | None) -> int | None:
    if not public_id:
        return None
    return session.scalar(select(StaffMember.id).where(StaffMember.public_id == public_id))


def _rename(session: Session, entity: str, old: str, new: str) -> None:
    """The team already had this record under another id: take that id, keep the row."""
    cls = class_for(entity)
    if session.scalar(select(cls.id).where(cls.public_id == new)) is None:
        session.execute(update(cls).where(cls.public_id == old).values(public_id=new))
