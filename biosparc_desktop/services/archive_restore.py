"""Dumping the whole database, and restoring or merging a dump by public id.

A restore is one write and one journal batch: into an empty database it brings
back every record exactly (timestamps and Trash included); into one with data it
adds the records it does not have, updates those the archive holds a newer
version of (by ``updated_at``) and keeps the rest. Unique names that already exist
(a tag, a link between the same two records) are reused rather than doubled.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, UniqueConstraint, select, tuple_
from sqlalchemy.orm import Session

from biosparc_desktop.domain.base import Base, Record
from biosparc_desktop.errors import ValidationError
from biosparc_desktop.services.archive_tables import (
    JOURNAL,
    MAX_PROBLEMS,
    Problem,
    PublicIds,
    chunked,
    dump_table,
    foreign_keys,
    tables,
)
from biosparc_desktop.services.bulk_write import BulkInserter, bulk_mode, insert_plain
from biosparc_desktop.services.context import BATCH_ID, ServiceContext
from biosparc_desktop.services.last_interaction import refresh_all

Progress = Callable[[int, int, str], None]


@dataclass
class RestoreSummary:
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    kept: dict[str, int] = field(default_factory=dict)
    journal_entries: int = 0
    batch_id: str | None = None

    @property
    def records_added(self) -> int:
        return sum(self.added.values())

    def describe(self) -> str:
        added = self.records_added
        return (
            f"{added:,} {'record' if added == 1 else 'records'} added,"
            f" {sum(self.updated.values()):,} updated,"
            f" {sum(self.kept.values()):,} already up to date"
        )


class ArchiveData:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        """Every table's records (the journal included), references by public id."""
        with self._ctx.read() as session:
            public_ids = PublicIds(session)
            return {t.name: dump_table(session, t, public_ids) for t in tables()}

    def is_empty(self) -> bool:
        with self._ctx.read() as session:
            return all(
                session.execute(select(t.c.id).limit(1)).first() is None
                for t in tables()
                if t.name != JOURNAL
            )

    def restore(
        self,
        records: dict[str, list[dict[str, Any]]],
        *,
        label: str,
        progress: Progress | None = None,
        backup: str | None = None,
    ) -> RestoreSummary:
        """Add or update the checked records of an archive; all of it or nothing.

        ``backup`` names the safety backup made first (see ServiceContext.write).
        """
        summary = RestoreSummary()
        try:
            self._restore(records, label, progress, summary, backup)
        except _NothingToWrite:
            summary.batch_id = None  # the database has it all: no empty action to undo
        return summary

    def _restore(
        self,
        records: dict[str, list[dict[str, Any]]],
        label: str,
        progress: Progress | None,
        summary: RestoreSummary,
        backup: str | None,
    ) -> None:
        with self._ctx.write(label, backup=backup) as session, bulk_mode(session):
            restorer = _Restorer(session, BulkInserter(session, self._ctx.now()), summary)
            order = tables()
            for done, table in enumerate(order, 1):
                rows = records.get(table.name, [])
                if table.name == JOURNAL:
                    restorer.journal(table, rows)
                else:
                    restorer.table(table, rows)
                if progress is not None:
                    progress(done, len(order), f"Restoring {table.name.replace('_', ' ')}")
            restorer.finish()
            if not (summary.added or summary.updated or summary.journal_entries):
                raise _NothingToWrite
            summary.batch_id = str(session.info[BATCH_ID])


class _NothingToWrite(Exception):
    pass


class _Restorer:
    def __init__(self, session: Session, bulk: BulkInserter, summary: RestoreSummary) -> None:
        self._session = session
        self._bulk = bulk
        self._summary = summary
        self._ids: dict[str, dict[str, int]] = {}  # table → public id → id in this database
        self._problems: list[Problem] = []

    def table(self, table: Table, rows: list[dict[str, Any]]) -> None:
        cls = _class_of(table)
        ids = self._ids.setdefault(table.name, {})
        wanted = [row["public_id"] for row in rows]
        existing: dict[str, tuple[int, Any]] = {}
        for chunk in chunked(wanted):
            query = select(table.c.public_id, table.c.id, table.c.updated_at).where(
                table.c.public_id.in_(chunk)
            )
            existing.update({p: (i, u) for p, i, u in self._session.execute(query)})
        new: list[dict[str, Any]] = []
        for number, row in enumerate(rows, 1):
            found = existing.get(row["public_id"])
            if found is None:
                new.append(row)
                continue
            ids[row["public_id"]] = found[0]
            if row["updated_at"] > found[1]:
                self._update(cls, table, found[0], row, number)
            else:
                self._count(self._summary.kept, table)
        # Unique names and links can only clash with rows that were here before.
        check_unique = self._session.execute(select(table.c.id).limit(1)).first() is not None
        # Rows that refer to rows of their own table (member organisations) go in
        # generations: parents first, so every reference is known when it is needed.
        self_refs = [name for name, target in foreign_keys(table).items() if target is table]
        position = {row["public_id"]: number for number, row in enumerate(rows, 1)}
        while new:
            ready, waiting = new, []
            if self_refs:
                ready = [r for r in new if all(r.get(n) in (None, *ids) for n in self_refs)]
                waiting = [r for r in new if r not in ready] if ready else []
                ready = ready or new  # a loop or a missing parent: reported by _translate
            self._insert(cls, table, ready, position, check_unique)
            new = waiting
        self._raise_problems()

    def _insert(
        self,
        cls: type[Record],
        table: Table,
        ready: list[dict[str, Any]],
        position: dict[str, int],
        check_unique: bool,
    ) -> None:
        ids = self._ids[table.name]
        translated = []
        for row in ready:
            values = self._translate(table, row, position[row["public_id"]])
            reused = self._same_unique(table, values) if check_unique else None
            if reused is not None:
                ids[row["public_id"]] = reused
                self._count(self._summary.kept, table)
            else:
                translated.append(values)
        self._raise_problems()
        for values, new_id in zip(translated, self._bulk.insert(cls, translated), strict=True):
            ids[values["public_id"]] = new_id
            self._count(self._summary.added, table)

    def _update(
        self, cls: type[Record], table: Table, record_id: int, row: dict[str, Any], number: int
    ) -> None:
        values = self._translate(table, row, number)
        obj = self._session.get(cls, record_id)
        assert obj is not None
        for name, value in values.items():
            if name != "public_id" and getattr(obj, name) != value:
                setattr(obj, name, value)
        self._count(self._summary.updated, table)

    def _translate(self, table: Table, row: dict[str, Any], number: int) -> dict[str, Any]:
        """References by public id → integer ids of this database."""
        values = dict(row)
        for name, target in foreign_keys(table).items():
            ref = values.get(name)
            if ref is None:
                continue
            found = self._id_of(target, ref)
            if found is None:
                self._problems.append(
                    Problem(
                        f"data/{table.name}.json, record {number}",
                        f"it refers to {_a(target.name.replace('_', ' '))} ({ref}) that is"
                        " neither in the archive nor in this database.",
                    )
                )
            values[name] = found
        return values

    def _id_of(self, table: Table, public_id: str) -> int | None:
        known = self._ids.setdefault(table.name, {})
        if public_id not in known:
            found = self._session.scalar(select(table.c.id).where(table.c.public_id == public_id))
            if found is None:
                return None
            known[public_id] = found
        return known[public_id]

    def _same_unique(self, table: Table, values: dict[str, Any]) -> int | None:
        """The id of an existing row that the unique constraints say is this one."""
        for constraint in table.constraints:
            if not isinstance(constraint, UniqueConstraint):
                continue
            names = [c.name for c in constraint.columns]
            if names == ["public_id"]:
                continue
            key = tuple(values.get(n) for n in names)
            if any(v is None for v in key):
                continue
            columns = [table.c[n] for n in names]
            condition = (
                columns[0] == key[0] if len(columns) == 1 else tuple_(*columns) == tuple_(*key)
            )
            found = self._session.scalar(select(table.c.id).where(condition))
            if found is not None:
                return int(found)
        return None

    def journal(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """History entries of batches this database does not have yet."""
        batches = {row["batch_id"] for row in rows}
        present: set[str] = set()
        for chunk in chunked(sorted(batches)):
            query = select(table.c.batch_id).where(table.c.batch_id.in_(chunk)).distinct()
            present.update(self._session.scalars(query))
        staff = _class_of(Base.metadata.tables["staff_member"])
        entries = []
        for row in rows:
            if row["batch_id"] in present:
                continue
            entry = dict(row)
            if entry.get("staff_id") is not None:
                entry["staff_id"] = self._id_of(staff.__table__, entry["staff_id"])  # type: ignore[attr-defined]
            entries.append(entry)
        if entries:
            names = {c.name for c in table.columns if c.name != "id"}
            full = [{n: e.get(n) for n in sorted(names)} for e in entries]
            insert_plain(self._bulk.connection, table, full)
        self._summary.journal_entries = len(entries)

    def finish(self) -> None:
        self._bulk.refresh_search_index()
        # Bulk inserts bypass the flush hook that keeps this derived column.
        refresh_all(self._bulk.connection)

    def _raise_problems(self) -> None:
        if self._problems:
            shown = "; ".join(str(p).rstrip(".") for p in self._problems[:3])
            more = len(self._problems) - 3
            if more > 0:
                raise ValidationError.of(
                    "The archive cannot be imported, so nothing was changed:"
                    " {problems} (and {count} more).",
                    field="file",
                    problems=shown,
                    count=more,
                )
            raise ValidationError.of(
                "The archive cannot be imported, so nothing was changed: {problems}.",
                field="file",
                problems=shown,
            )

    @staticmethod
    def _count(counts: dict[str, int], table: Table) -> None:
        counts[table.name] = counts.get(table.name, 0) + 1


def _a(noun: str) -> str:
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def _class_of(table: Table) -> type[Record]:
    for mapper in Base.registry.mappers:
        if mapper.local_table is table:
            cls = mapper.class_
            assert issubclass(cls, Record)
            return cls
    raise KeyError(table.name)


__all__ = ["MAX_PROBLEMS", "ArchiveData", "RestoreSummary"]
