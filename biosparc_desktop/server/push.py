"""One pushed batch, exactly once: applied in one transaction with its place in
the feed, or refused with a reason; either answer is stored with the batch id,
so a resend (a lost answer, a retry after a crash) gets the same answer."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from biosparc_desktop.domain.server import ServerBatch, ServerCounter
from biosparc_desktop.errors import BiosparcError, ValidationError
from biosparc_desktop.server.apply import Known, Outcome, Sender, ServerApplier
from biosparc_desktop.services.archive_tables import chunked

FEED = "feed"
LABEL_LIMIT = 200


@dataclass(frozen=True)
class Incoming:
    batch_id: str
    device_seq: int
    base_seq: int
    label: str
    client_at: str | None
    changes: list[Any]


def parse_batch(raw: Any) -> Incoming:
    """A batch as the laptop sent it, or ValidationError in plain words."""
    if not isinstance(raw, dict):
        raise ValidationError("A batch must be a JSON object.")
    batch_id, changes = raw.get("batch_id"), raw.get("changes")
    device_seq, base_seq = raw.get("device_seq"), raw.get("base_seq")
    if not isinstance(batch_id, str) or not 0 < len(batch_id) <= 36:
        raise ValidationError("A batch came without a valid batch id.")
    if not isinstance(changes, list):
        raise ValidationError("A batch came without its list of changes.")
    if not isinstance(device_seq, int) or not isinstance(base_seq, int) or base_seq < 0:
        raise ValidationError("A batch came without its sequence numbers.")
    label = str(raw["label"]) if isinstance(raw.get("label"), str) else "Change"
    at = raw.get("at")
    client_at = at if isinstance(at, str) and _is_time(at) else None
    return Incoming(batch_id, device_seq, base_seq, label[:LABEL_LIMIT], client_at, changes)


def take_seq(session: Session) -> int:
    """The next feed number; the counter row stays locked until this transaction ends."""
    value = session.execute(
        update(ServerCounter)
        .where(ServerCounter.name == FEED)
        .values(value=ServerCounter.value + 1)
        .returning(ServerCounter.value)
    ).scalar()
    if value is None:
        session.add(ServerCounter(name=FEED, value=1))
        session.flush()
        return 1
    return int(value)


def push_many(
    factory: sessionmaker[Session], batches: list[tuple[Sender, Incoming]], now: datetime
) -> list[dict[str, Any]]:
    """Apply or refuse a laptop's batches in order, in one transaction; returns an
    answer per batch. The feed counter stays locked until the commit, so feed order
    is commit order and no laptop can read past a batch still committing.

    Each batch succeeds or fails alone. The first try applies them all straight
    through; only when one is refused is the push done again with a savepoint per
    batch, so the refused one is taken back and the others stay.
    """
    if not batches:
        return []
    try:
        return _push_all(factory, batches, now, careful=False)
    except _Refusal:
        return _push_all(factory, batches, now, careful=True)


class _Refusal(Exception):
    """A batch was refused on the quick path: the push starts again, carefully."""


def _push_all(
    factory: sessionmaker[Session],
    batches: list[tuple[Sender, Incoming]],
    now: datetime,
    *,
    careful: bool,
) -> list[dict[str, Any]]:
    with factory() as session, session.begin():
        counter = session.scalars(
            select(ServerCounter).where(ServerCounter.name == FEED).with_for_update()
        ).one()
        done = _answers_stored(session, [batch.batch_id for _sender, batch in batches])
        known = Known()
        changes = [c for _sender, batch in batches for c in batch.changes]
        try:
            reader = ServerApplier(session, batches[0][0], base_seq=0, seq=0, now=now, known=known)
            reader.preload(changes)
        except (BiosparcError, *_MALFORMED):
            known = Known()  # a malformed change: its batch is refused when it comes
        answers: list[dict[str, Any]] = []
        records: list[ServerBatch] = []  # written together at the end
        last = counter.value  # written once at the end too
        for sender, batch in batches:
            if batch.batch_id in done:  # sent before (a lost answer): the same answer again
                answers.append(done[batch.batch_id])
                continue
            seq = last + 1
            try:
                outcome = _apply(session, seq, known, sender, batch, now, careful=careful)
            except (BiosparcError, *_MALFORMED) as exc:
                if not careful:
                    raise _Refusal from exc
                known = Known()  # the savepoint took back what was read in the batch
                reason = (
                    exc.message
                    if isinstance(exc, BiosparcError)
                    else f"A change in the batch is not one the server understands ({exc})."
                )
                answer = _refused(batch, reason)
                records.append(_record(sender, batch, None, [], answer, now))
            else:
                # A batch that changed nothing for anyone takes no place in the feed.
                seq_used = seq if outcome.feed else None
                if seq_used is not None:
                    last = seq
                    known.seqs_here.add(seq)
                answer = {
                    "batch_id": batch.batch_id,
                    "status": "applied",
                    "seq": seq_used,
                    "conflicts": outcome.conflicts,
                    "server_changes": outcome.answer,
                }
                records.append(_record(sender, batch, seq_used, outcome.feed, answer, now))
            done[batch.batch_id] = answer
            answers.append(answer)
        counter.value = last
        session.add_all(records)
        return answers


# What a change the server cannot read raises on its way through the applier.
_MALFORMED = (TypeError, KeyError, ValueError, AttributeError)


def _answers_stored(session: Session, batch_ids: list[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for chunk in chunked(batch_ids):
        for batch_id, answer in session.execute(
            select(ServerBatch.batch_id, ServerBatch.answer).where(ServerBatch.batch_id.in_(chunk))
        ):
            found[batch_id] = json.loads(answer)
    return found


def _apply(
    session: Session,
    seq: int,
    known: Known,
    sender: Sender,
    batch: Incoming,
    now: datetime,
    *,
    careful: bool,
) -> Outcome:
    """One batch at feed number ``seq``; raises what refuses it."""
    applier = ServerApplier(
        session, sender, base_seq=min(batch.base_seq, seq - 1), seq=seq, now=now, known=known
    )
    if not careful:
        return applier.run(batch.changes)
    savepoint = session.begin_nested()
    try:
        outcome = applier.run(batch.changes)
    except BaseException:
        savepoint.rollback()
        raise
    savepoint.commit()
    return outcome


def server_batch(session: Session, label: str, changes: list[Any], now: datetime) -> int:
    """A batch the server itself makes (a person added by the administrator), in the feed."""
    seq = take_seq(session)
    session.add(
        ServerBatch(
            batch_id=str(uuid.uuid4()),
            seq=seq,
            device_id=None,
            label=label,
            client_at=None,
            received_at=now,
            changes=json.dumps(changes, ensure_ascii=False),
            answer="{}",
        )
    )
    return seq


def _refused(batch: Incoming, reason: str) -> dict[str, Any]:
    return {"batch_id": batch.batch_id, "status": "refused", "reason": reason}


def _record(
    sender: Sender,
    batch: Incoming,
    seq: int | None,
    feed: list[Any],
    answer: dict[str, Any],
    now: datetime,
) -> ServerBatch:
    return ServerBatch(
        batch_id=batch.batch_id,
        seq=seq,
        device_id=sender.device_id,
        device_seq=batch.device_seq,
        staff_public_id=sender.staff_public_id,
        staff_name=sender.staff_name,
        label=batch.label,
        client_at=batch.client_at,
        received_at=now,
        changes=json.dumps(feed, ensure_ascii=False),
        answer=json.dumps(answer, ensure_ascii=False),
    )


def _is_time(text: str) -> bool:
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return len(text) <= 40
