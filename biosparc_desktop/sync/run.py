"""One sync of a laptop: queue, push in order, then pull until up to date.

Every step commits on its own, so a sync cut off at any moment (no network,
the process killed) loses nothing: the next sync resends what was not
acknowledged (the server answers a resend from its record) and pulls from the
cursor that was committed with the last page applied.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from biosparc_desktop.domain.sync import SyncApplied, SyncConflict, SyncOutgoing, SyncState
from biosparc_desktop.errors import BiosparcError, NotFound
from biosparc_desktop.sync import token_store
from biosparc_desktop.sync.client import Offline, Refused, SyncClient
from biosparc_desktop.sync.join import queue_existing_records, remember
from biosparc_desktop.sync.local import local_write
from biosparc_desktop.sync.outbox import outgoing, queue_new_batches
from biosparc_desktop.sync.pull import apply_answers, apply_page, apply_snapshot, state_of

PUSH_CHANGES = 2_000  # changes per push request (a batch is never split)

Progress = Callable[[str], object]


@dataclass(frozen=True)
class Status:
    server: str | None
    device_id: str | None
    pending: int
    refused: int
    last_sync: datetime | None
    conflicts: int
    cursor: int
    last_error: str | None
    token_in_file: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "server": self.server,
            "device_id": self.device_id,
            "pending": self.pending,
            "refused": self.refused,
            "last_sync": self.last_sync.isoformat() if self.last_sync else None,
            "conflicts": self.conflicts,
            "cursor": self.cursor,
            "last_error": self.last_error,
        }


@dataclass(frozen=True)
class Report:
    pushed: int
    refused: list[str]
    pulled: int
    conflicts: int
    brought: int = 0  # records this laptop had before it joined (on a join)


def account(state: SyncState) -> str:
    return f"{state.server_url}#{state.device_id}"


class Syncer:
    """The laptop's sync for one open database."""

    def __init__(self, factory: sessionmaker[Session], data_dir: Path) -> None:
        self._factory = factory
        self._data_dir = data_dir

    # -- joining and leaving --------------------------------------------------

    def join(self, url: str, code: str, *, ca_file: str | None = None) -> Report:
        url = url.strip().rstrip("/")
        if not url.startswith(("http://", "https://")):
            raise Refused.of("“{url}” is not a server address (it starts with https://).", url=url)
        with self._factory() as session:
            if session.get(SyncState, 1) is not None:
                raise Refused("This laptop has already joined a team server; leave it first.")
        with SyncClient(url, ca_file=ca_file) as client:
            enrolled = client.enrol(code, _device_name())
        with local_write(self._factory) as session:
            state = remember(session, url, enrolled, ca_file)
            state.token_in_file = token_store.save(
                self._data_dir, account(state), enrolled["token"]
            )
            brought = queue_existing_records(session, state)
        return replace(self.sync(), brought=brought)

    def leave(self) -> None:
        with local_write(self._factory) as session:
            state = state_of(session)
            token_store.forget(self._data_dir, account(state))
            session.query(SyncOutgoing).delete()
            session.delete(state)

    # -- syncing ------------------------------------------------------------------

    def sync(self, *, progress: Progress | None = None) -> Report:
        say = progress or (lambda _text: None)
        with self._factory() as session:
            state = state_of(session)
            url, ca_file = state.server_url, state.ca_file
            token = token_store.load(self._data_dir, account(state), state.token_in_file)
            loaded = session.scalar(
                select(SyncApplied.batch_id).where(SyncApplied.batch_id.like("snapshot-%")).limit(1)
            )
        if not token:
            raise Refused("This laptop's device token is missing; join the team server again.")
        try:
            with SyncClient(url, token=token, ca_file=ca_file) as client:
                if loaded is None:
                    say("Loading the team's records")
                    apply_snapshot(self._factory, client.snapshot())
                pushed, refused = self._push(client, say)
                pulled = self._pull(client, say)
        except BiosparcError as exc:
            self._note(error=exc.message)
            raise
        self._note(error=None)
        with self._factory() as session:
            conflicts = _open_conflicts(session)
        return Report(pushed, refused, pulled, conflicts)

    def _push(self, client: SyncClient, say: Progress) -> tuple[int, list[str]]:
        with local_write(self._factory) as session:
            queue_new_batches(session, state_of(session))
        with self._factory() as session:
            waiting = outgoing(session)
        pushed, refused = 0, []
        request: list[dict[str, Any]] = []
        size = 0
        for item in waiting:
            request.append(
                {**item.payload, "device_seq": item.device_seq, "base_seq": item.base_seq}
            )
            size += len(item.payload["changes"])
            if size >= PUSH_CHANGES or item is waiting[-1]:
                say(f"Sending {pushed + len(request)} of {len(waiting)} changes")
                answers = client.push(request)
                apply_answers(self._factory, answers)
                for answer in answers:
                    if answer.get("status") == "refused":
                        refused.append(str(answer.get("reason")))
                    else:
                        pushed += 1
                request, size = [], 0
        return pushed, refused

    def _pull(self, client: SyncClient, say: Progress) -> int:
        pulled = 0
        while True:
            with self._factory() as session:
                cursor = state_of(session).cursor
            page = client.pull(cursor)
            pulled += apply_page(self._factory, page)
            if page["batches"]:
                say(f"Received {pulled} changes")
            if not page["more"]:
                return pulled

    def wait_for_changes(self, seconds: int) -> bool:
        """Long-poll the server; True when something new is waiting to be pulled."""
        with self._factory() as session:
            state = state_of(session)
            url, ca_file, cursor = state.server_url, state.ca_file, state.cursor
            token = token_store.load(self._data_dir, account(state), state.token_in_file)
        with SyncClient(url, token=token, ca_file=ca_file) as client:
            page = client.pull(cursor, wait=seconds)
        return bool(page["batches"])

    def _note(self, *, error: str | None) -> None:
        try:
            with local_write(self._factory) as session:
                state = session.get(SyncState, 1)
                if state is None:
                    return
                state.last_error = error
                if error is None:
                    state.last_sync_at = datetime.now(UTC)
        except BiosparcError:
            pass  # the database itself is the problem; the caller already has an error

    # -- reading ----------------------------------------------------------------

    def status(self) -> Status:
        with self._factory() as session:
            state = session.get(SyncState, 1)
            queued = session.scalar(
                select(func.count()).select_from(SyncOutgoing).where(SyncOutgoing.refused.is_(None))
            )
            refused = session.scalar(
                select(func.count())
                .select_from(SyncOutgoing)
                .where(SyncOutgoing.refused.is_not(None))
            )
            unqueued = _unqueued_batches(session, state) if state is not None else 0
            return Status(
                server=state.server_url if state else None,
                device_id=state.device_id if state else None,
                pending=int(queued or 0) + unqueued,
                refused=int(refused or 0),
                last_sync=state.last_sync_at if state else None,
                conflicts=_open_conflicts(session),
                cursor=state.cursor if state else 0,
                last_error=state.last_error if state else None,
                token_in_file=state.token_in_file if state else False,
            )


def _open_conflicts(session: Session) -> int:
    return int(
        session.scalar(
            select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
        )
        or 0
    )


def _unqueued_batches(session: Session, state: SyncState) -> int:
    """Local batches journalled since the last queueing (made since the last sync)."""
    from biosparc_desktop.domain.journal import ChangeEntry

    query = (
        select(func.count(func.distinct(ChangeEntry.batch_id)))
        .where(ChangeEntry.id > state.queued_through)
        .where(ChangeEntry.batch_id.not_in(select(SyncApplied.batch_id)))
    )
    return int(session.scalar(query) or 0)


def _device_name() -> str:
    from biosparc_desktop.sync.join import default_device_name

    return default_device_name()


__all__ = ["NotFound", "Offline", "Refused", "Report", "Status", "Syncer"]
