"""Applying one laptop's batch on the server: conflicts, deletes, twins, rules.

Everything here runs inside the push transaction (see push.py). What the server
decides differently from what the laptop sent is said twice: in the feed (so every
laptop converges) and in the answer (so the sender takes the server's values back).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import UniqueConstraint, inspect, select
from sqlalchemy.orm import Session

from biosparc_desktop.domain.base import Base, Record, Trashable
from biosparc_desktop.domain.server import (
    ServerAlias,
    ServerBatch,
    ServerFieldClock,
    ServerTombstone,
)
from biosparc_desktop.domain.sync import SyncConflict
from biosparc_desktop.errors import ValidationError
from biosparc_desktop.server.rules import check_record, check_row, check_value
from biosparc_desktop.services.journal_children import child_links
from biosparc_desktop.services.journal_values import class_for, dump, plain, snapshot
from biosparc_desktop.sync.apply import FIXED, Applier, MissingParent
from biosparc_desktop.sync.wire import Change, foreign_keys, row_out, synced_tables

CHUNK = 500


@dataclass(frozen=True)
class Sender:
    device_id: str
    staff_public_id: str | None
    staff_name: str
    client_at: datetime | None


@dataclass
class Outcome:
    feed: list[Change] = field(default_factory=list)  # what every other laptop applies
    answer: list[Change] = field(default_factory=list)  # what the sender takes back
    conflicts: int = 0


@dataclass
class Known:
    """The server's bookkeeping read so far in one push: the batches of a push share
    it, so a laptop's 2,000 small batches cost a few queries, not a few per batch."""

    clocks: dict[tuple[str, str, str], ServerFieldClock | None] = field(default_factory=dict)
    # (entity, public id) -> the feed number of the batch that removed it for good
    tombstones: dict[tuple[str, str], int] = field(default_factory=dict)
    aliases: dict[tuple[str, str], str] = field(default_factory=dict)
    # the record ids whose clocks, tombstones and aliases have been read
    clock_ids: set[str] = field(default_factory=set)
    tombstone_ids: set[str] = field(default_factory=set)
    alias_ids: set[str] = field(default_factory=set)
    # feed numbers this push has taken (all by its one laptop), not yet stored
    seqs_here: set[int] = field(default_factory=set)


class ServerApplier(Applier):
    def __init__(
        self,
        session: Session,
        sender: Sender,
        *,
        base_seq: int,
        seq: int,
        now: datetime,
        known: Known | None = None,
    ) -> None:
        super().__init__(session)
        self.sender = sender
        self.base = base_seq
        self.seq = seq
        self.now = now
        self.outcome = Outcome()
        self._touched: dict[int, Record] = {}
        self._known = known if known is not None else Known()
        self._clocks = self._known.clocks
        self._tombstones = self._known.tombstones
        self._aliases = self._known.aliases

    # -- the batch ------------------------------------------------------------

    def run(self, changes: list[Change]) -> Outcome:
        for change in changes:
            _check_shape(change)
        changes = [self._unalias(c) for c in self._with_aliases(changes)]
        self._load_tombstones(changes)
        self._load_clocks(changes)
        self.prefetch(changes)
        self.apply(changes)
        for obj in self._touched.values():
            if inspect(obj).deleted or inspect(obj).detached:
                continue
            check_record(obj)
        self.session.flush()
        return self.outcome

    # -- the three actions --------------------------------------------------

    def insert(self, change: Change) -> bool:
        change = self._unalias(change)  # a twin found earlier in this batch
        entity, record_id = change["entity"], change["record_id"]
        row: dict[str, Any] = change["new"]
        check_row(entity, row)
        if (entity, record_id) in self._tombstones and not self._brings_back(entity, record_id):
            self._gone(entity, record_id, row)
            return False
        existing = self.record(entity, record_id)
        if existing is not None:
            for key, raw in row.items():
                if key not in FIXED and key in inspect(type(existing)).columns:
                    self._update_field(existing, entity, record_id, key, raw)
            return False  # the field updates went to the feed one by one
        for key, target in foreign_keys(entity).items():
            value = row.get(key)
            if value is None:
                continue
            if (target, value) in self._tombstones or self.to_local(target, value) is None:
                self._gone(entity, record_id, row)
                return False
        twin = self._twin(entity, row)
        if twin is not None:
            self.session.add(ServerAlias(entity=entity, alias_id=record_id, record_id=twin))
            self._aliases[(entity, record_id)] = twin
            self.outcome.answer.append(
                {"entity": entity, "record_id": record_id, "action": "alias", "new": twin}
            )
            return False
        super().insert(change)
        obj = self._pending[(entity, record_id)]
        self._touched[id(obj)] = obj
        self.outcome.feed.append(change)
        self._note_trashed_parent(entity, record_id, row)
        return True

    def update(self, change: Change) -> bool:
        change = self._unalias(change)  # a twin found earlier in this batch
        entity, record_id, name = change["entity"], change["record_id"], change["field"]
        if not isinstance(name, str) or name in FIXED:
            return False
        check_value(entity, name, change["new"])
        if (entity, record_id) in self._tombstones:
            other = dump(change["new"])
            self._conflict("gone", entity, record_id, name, kept=None, other=other)
            return False
        obj = self.record(entity, record_id)
        if obj is None:
            self._conflict("gone", entity, record_id, name, kept=None, other=dump(change["new"]))
            return False
        return self._update_field(obj, entity, record_id, name, change["new"])

    def delete(self, change: Change) -> bool:
        change = self._unalias(change)  # a twin found earlier in this batch
        entity, record_id = change["entity"], change["record_id"]
        obj = self.record(entity, record_id)
        self._tombstone(entity, record_id)
        if obj is None:
            return False
        self._detach(entity, obj)
        super().delete(change)
        self.outcome.feed.append(change)
        return True

    # -- fields and conflicts -------------------------------------------------

    def _update_field(self, obj: Record, entity: str, record_id: str, name: str, raw: Any) -> bool:
        current = self._wire_value(entity, obj, name)
        if current == raw:
            return False
        clock = self._clock(entity, record_id, name)
        concurrent = (
            clock is not None and clock.seq > self.base and clock.device_id != self.sender.device_id
        )
        if isinstance(obj, Trashable) and obj.deleted_at is not None and name != "deleted_at":
            # A delete beats an edit made elsewhere; the edit waits in the queue.
            self._conflict("deleted", entity, record_id, name, kept=dump(current), other=dump(raw))
            self._take_back(entity, record_id, name, raw, current)
            return False
        if concurrent:
            assert clock is not None
            self._conflict(
                "field", entity, record_id, name, kept=dump(current), other=dump(raw), clock=clock
            )
            self._take_back(entity, record_id, name, raw, current)
            return False
        if name == "deleted_at" and raw is not None:
            self._edits_lost_to_delete(entity, record_id)
        try:
            self.set_field(obj, {"entity": entity}, name, raw)
        except MissingParent:
            self._conflict("gone", entity, record_id, name, kept=dump(current), other=dump(raw))
            return False
        self._set_clock(entity, record_id, name)
        self._touched[id(obj)] = obj
        self.outcome.feed.append(
            {
                "entity": entity,
                "record_id": record_id,
                "action": "update",
                "field": name,
                "old": current,
                "new": raw,
            }
        )
        return True

    def _take_back(self, entity: str, record_id: str, name: str, mine: Any, kept: Any) -> None:
        """The sender sets the field back to the value everyone has."""
        self.outcome.answer.append(
            {
                "entity": entity,
                "record_id": record_id,
                "action": "update",
                "field": name,
                "old": mine,
                "new": kept,
            }
        )

    def _edits_lost_to_delete(self, entity: str, record_id: str) -> None:
        """Fields another laptop changed that this one, deleting, had not seen."""
        for (e, r, name), clock in list(self._clocks.items()):
            if (e, r) != (entity, record_id) or clock is None or name == "deleted_at":
                continue
            if clock.seq > self.base and clock.device_id != self.sender.device_id:
                obj = self.record(entity, record_id)
                value = self._wire_value(entity, obj, name) if obj is not None else None
                self._conflict(
                    "deleted", entity, record_id, name, kept=None, other=dump(value), clock=clock
                )

    def _conflict(
        self,
        kind: str,
        entity: str,
        record_id: str,
        name: str | None,
        *,
        kept: str | None,
        other: str | None,
        clock: ServerFieldClock | None = None,
    ) -> None:
        kept_by, kept_at = self._who(clock)
        conflict = SyncConflict(
            kind=kind,
            entity=entity,
            record_id=record_id,
            field=name,
            kept_value=kept,
            other_value=other,
            kept_by=kept_by,
            kept_at=kept_at,
            other_by=self.sender.staff_name,
            other_at=self.sender.client_at or self.now,
        )
        self.session.add(conflict)
        self.session.flush([conflict])
        row = row_out("sync_conflict", snapshot(conflict), lambda _t, _i: None)
        change = {
            "entity": "sync_conflict",
            "record_id": conflict.public_id,
            "action": "insert",
            "field": None,
            "old": None,
            "new": row,
        }
        self.outcome.feed.append(change)
        self.outcome.answer.append(change)
        self.outcome.conflicts += 1

    def _who(self, clock: ServerFieldClock | None) -> tuple[str | None, datetime | None]:
        if clock is None:
            return None, None
        batch = self.session.scalar(select(ServerBatch).where(ServerBatch.seq == clock.seq))
        if batch is None:
            return None, None
        at = datetime.fromisoformat(batch.client_at) if batch.client_at else batch.received_at
        return batch.staff_name, at

    def _note_trashed_parent(self, entity: str, record_id: str, row: dict[str, Any]) -> None:
        link = child_links().get(entity)
        for key, target in foreign_keys(entity).items():
            value = row.get(key)
            if value is None:
                continue
            parent = self.record(target, value)
            in_trash = isinstance(parent, Trashable) and parent.deleted_at is not None
            if in_trash and (
                link is not None or target in {"organisation", "contact", "agreement"}
            ):
                self._conflict("orphan", entity, record_id, key, kept=None, other=dump(value))
                return

    # -- deletes for good ------------------------------------------------------

    def _detach(self, entity: str, obj: Record) -> None:
        """Rows elsewhere that point at a record being removed: links that may be empty
        are emptied, link rows are removed; each is a change in the feed."""
        owned = {link.child for link in child_links().values() if link.parent == entity}
        for table in synced_tables():
            for column in table.columns:
                if not any(fk.column.table.name == entity for fk in column.foreign_keys):
                    continue
                if table.name in owned and column.name == child_links()[table.name].column:
                    continue  # owned rows go with their record (the ORM cascade)
                cls = class_for(table.name)
                rows = self.session.scalars(
                    select(cls).where(getattr(cls, column.name) == obj.id)
                ).all()
                for row in rows:
                    if column.nullable:
                        setattr(row, column.name, None)
                        self.outcome.feed.append(
                            {
                                "entity": table.name,
                                "record_id": row.public_id,
                                "action": "update",
                                "field": column.name,
                                "old": obj.public_id,
                                "new": None,
                            }
                        )
                    else:
                        self.session.delete(row)
                        self._tombstone(table.name, row.public_id)
                        self.outcome.feed.append(
                            {
                                "entity": table.name,
                                "record_id": row.public_id,
                                "action": "delete",
                                "field": None,
                                "old": None,
                                "new": None,
                            }
                        )
        self.session.flush()

    def _tombstone(self, entity: str, record_id: str) -> None:
        if (entity, record_id) not in self._tombstones:
            self._tombstones[(entity, record_id)] = self.seq
            self.session.merge(ServerTombstone(entity=entity, record_id=record_id, seq=self.seq))

    def _brings_back(self, entity: str, record_id: str) -> bool:
        """A removed record comes back only from a laptop that knew it was removed:
        the one that removed it (an undo of its own delete) or one that had pulled
        the removal. A laptop offline since before never brings it back."""
        seq = self._tombstones[(entity, record_id)]
        knew = seq <= self.base or seq == self.seq or seq in self._known.seqs_here
        if not knew:
            remover = self.session.scalar(
                select(ServerBatch.device_id).where(ServerBatch.seq == seq)
            )
            knew = remover == self.sender.device_id
        if knew:
            del self._tombstones[(entity, record_id)]
            tombstone = self.session.get(ServerTombstone, (entity, record_id))
            if tombstone is not None:
                self.session.delete(tombstone)
        return knew

    def _gone(self, entity: str, record_id: str, row: dict[str, Any]) -> None:
        """A record added where the team no longer has it (or what it belongs to): the
        review queue keeps the row, and the sender takes its copy back so every laptop
        holds the same records ("keep mine" there adds it again)."""
        self._conflict("gone", entity, record_id, None, kept=None, other=dump(row))
        self.outcome.answer.append(
            {"entity": entity, "record_id": record_id, "action": "delete", "old": None, "new": None}
        )

    # -- bookkeeping ----------------------------------------------------------

    def _wire_value(self, entity: str, obj: Record, name: str) -> Any:
        value = getattr(obj, name)
        target = foreign_keys(entity).get(name)
        if target is None or value is None:
            return plain(value)
        cls = class_for(target)
        return self.session.scalar(select(cls.public_id).where(cls.id == value))

    def _clock(self, entity: str, record_id: str, name: str) -> ServerFieldClock | None:
        key = (entity, record_id, name)
        if key not in self._clocks:
            self._clocks[key] = self.session.get(ServerFieldClock, key)
        return self._clocks[key]

    def _set_clock(self, entity: str, record_id: str, name: str) -> None:
        clock = self._clock(entity, record_id, name)
        if clock is None:
            clock = ServerFieldClock(
                entity=entity,
                record_id=record_id,
                field=name,
                seq=self.seq,
                device_id=self.sender.device_id,
            )
            self.session.add(clock)
            self._clocks[(entity, record_id, name)] = clock
        else:
            clock.seq = self.seq
            clock.device_id = self.sender.device_id

    def preload(self, changes: list[Change]) -> None:
        """Read the bookkeeping of every record these changes touch (a whole push)."""
        for change in changes:
            _check_shape(change)
        self._with_aliases(changes)
        self._load_tombstones(changes)
        self._load_clocks(changes)

    def _load_clocks(self, changes: list[Change]) -> None:
        wanted = {c["record_id"] for c in changes if c["action"] == "update"}
        ids = list(wanted - self._known.clock_ids)
        self._known.clock_ids |= wanted
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            for clock in self.session.scalars(
                select(ServerFieldClock).where(ServerFieldClock.record_id.in_(chunk))
            ):
                self._clocks[(clock.entity, clock.record_id, clock.field)] = clock

    def _load_tombstones(self, changes: list[Change]) -> None:
        ids = {c["record_id"] for c in changes}
        for change in changes:
            if change["action"] == "insert" and isinstance(change["new"], dict):
                ids |= {
                    v for k, v in change["new"].items() if k in foreign_keys(change["entity"]) and v
                }
        wanted = list(ids - self._known.tombstone_ids)
        self._known.tombstone_ids |= ids
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start : start + CHUNK]
            rows = self.session.execute(
                select(
                    ServerTombstone.entity, ServerTombstone.record_id, ServerTombstone.seq
                ).where(ServerTombstone.record_id.in_(chunk))
            ).all()
            self._tombstones.update({(e, r): seq for e, r, seq in rows})

    def _with_aliases(self, changes: list[Change]) -> list[Change]:
        ids = {c["record_id"] for c in changes if isinstance(c.get("record_id"), str)}
        for change in changes:
            if isinstance(change.get("new"), dict):
                ids |= {v for v in change["new"].values() if isinstance(v, str) and len(v) == 36}
            elif isinstance(change.get("new"), str) and len(change["new"]) == 36:
                ids.add(change["new"])
        wanted = list(ids - self._known.alias_ids)
        self._known.alias_ids |= ids
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start : start + CHUNK]
            for alias in self.session.scalars(
                select(ServerAlias).where(ServerAlias.alias_id.in_(chunk))
            ):
                self._aliases[(alias.entity, alias.alias_id)] = alias.record_id
        return changes

    def _unalias(self, change: Change) -> Change:
        if not self._aliases or not isinstance(change, dict):
            return change
        entity, record_id = str(change["entity"]), str(change["record_id"])  # shape checked
        links = foreign_keys(entity)
        result = dict(change)
        result["record_id"] = self._aliases.get((entity, record_id), record_id)
        if change.get("action") == "insert" and isinstance(change.get("new"), dict):
            result["new"] = {
                k: self._aliases.get((links[k], v), v) if k in links and v else v
                for k, v in change["new"].items()
            }
        elif (
            change.get("action") == "update" and change.get("field") in links and change.get("new")
        ):
            result["new"] = self._aliases.get(
                (links[change["field"]], change["new"]), change["new"]
            )
        return result

    def _twin(self, entity: str, row: dict[str, Any]) -> str | None:
        """The public id of a record the team already has with the same natural key."""
        table = Base.metadata.tables[entity]
        cls = class_for(entity)
        for constraint in table.constraints:
            if not isinstance(constraint, UniqueConstraint):
                continue
            names = [c.name for c in constraint.columns]
            if names == ["public_id"] or any(row.get(n) is None for n in names):
                continue
            values = [self.local_value(entity, n, row[n]) for n in names]
            conditions = [getattr(cls, n) == v for n, v in zip(names, values, strict=True)]
            found = self.session.scalar(select(cls.public_id).where(*conditions))
            if found is not None:
                return str(found)
        return None


_ACTIONS = frozenset({"insert", "update", "delete"})


def _check_shape(change: Any) -> None:
    if (
        not isinstance(change, dict)
        or change.get("entity") not in {t.name for t in synced_tables()}
        or change.get("action") not in _ACTIONS
        or not isinstance(change.get("record_id"), str)
        or len(change["record_id"]) > 36
    ):
        raise ValidationError("A change in the batch is not one the server understands.")
